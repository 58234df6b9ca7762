"""Start-up of the commands a user types first: wall time and peak memory of each, cold and warm.

usage: python benchmarks/bench_startup.py [--repeat 3] [--workdir DIR]

Builds a store from examples/ once (`dealwatch analyze`, not timed), then runs `dealwatch
ledger --json`, `events --json` and `entities --json` on it, each in a fresh process: first
with an empty cache folder (cold: the name-symbol table is derived and written), then with the
same folder again (warm, best and median of --repeat runs). Last, the README's first
command, `dealwatch analyze examples/ --markdown - --quiet` on a new store (the ledger
built), warm. Wall time is the child's, from start to exit; peak memory is its own resident
high-water mark (os.wait4), so each command is measured alone.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def run(args: list[str], cache: Path, cwd: Path) -> tuple[float, float]:
    """Run `dealwatch ARGS` in a fresh interpreter: (wall seconds, peak MB)."""
    env = {**os.environ, "DEALWATCH_CACHE_DIR": str(cache)}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "dealwatch.cli", *args], cwd=cwd, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        raise SystemExit(f"dealwatch {' '.join(args)} failed ({child.returncode})")
    return wall, usage.ru_maxrss / 1024  # Linux: kilobytes


def line(name: str, runs: list[tuple[float, float]]) -> str:
    walls = [w for w, _ in runs]
    peak = max(m for _, m in runs)
    if len(runs) == 1:
        return f"{name:34s} {walls[0]:6.2f} s  {peak:6.0f} MB"
    return (f"{name:34s} {min(walls):6.2f} s best  {statistics.median(walls):6.2f} s median  "
            f"{peak:6.0f} MB peak  ({len(runs)} runs)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="warm runs of each command")
    ap.add_argument("--workdir", help="folder for the store and the cache (default: temporary)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="dealwatch-startup-") as tmp:
        work = Path(args.workdir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        cache = work / "cache"
        db = work / "example.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        run(["analyze", str(EXAMPLES), "--db", str(db), "--quiet"], work / "setup-cache", work)
        commands = [["ledger", "--json"], ["events", "--json"], ["entities", "--json"]]
        for cmd in commands:
            for old in cache.glob("*"):
                old.unlink()
            cold = run([*cmd, "--db", str(db)], cache, work)
            print(line(f"{' '.join(cmd)} (cold cache)", [cold]), flush=True)
            warm = [run([*cmd, "--db", str(db)], cache, work) for _ in range(args.repeat)]
            print(line(f"{' '.join(cmd)} (warm)", warm), flush=True)
        fresh = []
        for n in range(args.repeat):
            new = work / f"new{n}.db"
            fresh.append(run(["analyze", str(EXAMPLES), "--db", str(new), "--markdown", "-",
                              "--quiet"], cache, work))
        print(line("analyze examples/ (new store, warm)", fresh))
    return 0


if __name__ == "__main__":
    sys.exit(main())
