"""How name resolution's blocking grows: candidate pairs of each step at several corpus sizes.

usage: python benchmarks/bench_resolve_scale.py [--store PATH] [--sizes 125,250,500,1000]
           [--synthetic-sizes 1000,2000,4000,8000] [--no-ledger]

For synthetic articles (benchmarks/bench_incremental.py: many stories, few distinct names)
and, with --store, for the articles of an analyzed store (real, varied text: keep such a
corpus outside the repository; e.g. `dealwatch analyze PAGES/ --db real.db --quiet` on the
pages of htmldate's evaluation set), the first N articles are resolved and, per step, the
number of candidate pairs is printed: people (names that could match under dw-person-2 inside
their surname blocks, resolve/people.py) and organisations (joined words, words, spelling,
"of"), with the distinct names and the seconds `resolve` took, and under them how many of
those pairs the matcher joins (the least an exact blocking can give). The growth exponents of
both from the smallest to the largest size follow (1 is linear). For a store, each size's
whole ledger (`build_ledger`: read, resolve, merge, ledger) is then built in a fresh process
from a copy of the store holding only those articles (SQLite): wall and CPU seconds and peak
memory. Last, `dealwatch ledger --json` on the whole store in a fresh process: wall time and
peak memory (the name-symbol table warm in the cache).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_incremental import synthetic_articles  # noqa: E402 - a sibling script

import dealwatch.resolve as resolve_module  # noqa: E402
from dealwatch.model import EntityType, Extraction  # noqa: E402
from dealwatch.resolve import blocks, norm, resolve  # noqa: E402
from dealwatch.resolve.org import match_org, org_tokens  # noqa: E402
from dealwatch.resolve.people import person_candidates  # noqa: E402
from dealwatch.resolve.person import match_person  # noqa: E402
from dealwatch.store import Store  # noqa: E402

STEPS = ("people", "lone", "joined", "words", "spelling", "of")


def pair_counts(extractions: list[Extraction]) -> tuple[dict[str, int], dict[str, int]]:
    """Candidate pairs of each blocking step over the distinct names (as resolve sees them
    after joining exact names), and how many of them the matcher joins (the least any exact
    blocking must give)."""
    people: dict[str, str] = {}
    orgs: dict[str, str] = {}
    for ex in extractions:
        for m in ex.names:
            if m.type == EntityType.PERSON:
                people.setdefault(norm(m.text), m.text)
            elif m.type == EntityType.ORGANIZATION:
                orgs.setdefault(norm(m.text), m.text)
    persons = dict(enumerate(sorted(people.values())))
    names = dict(enumerate(sorted(orgs.values())))
    found = person_candidates(persons)
    lone = {(i, j) for i, j in found
            if (len(persons[i].split()) == 1) != (len(persons[j].split()) == 1)}
    steps = {"people": found - lone, "lone": lone, **org_steps(names)}
    counts = {step: len(pairs) for step, pairs in steps.items()}
    counts |= {"names": len(people), "organisations": len(orgs)}
    joins = {step: sum(1 for i, j in pairs if match_person(persons[i], persons[j])[0] > 0)
             if step in ("people", "lone")
             else sum(1 for i, j in pairs if org_joins(names[i], names[j]))
             for step, pairs in steps.items()}
    return counts, joins


def org_steps(names: dict[int, str]) -> dict[str, set[tuple[int, int]]]:
    """The candidate pairs of each organisation step (``org_candidates`` is their union)."""
    tokens = {i: org_tokens(n) for i, n in names.items()}
    memo: dict[tuple[str, int], frozenset[str]] = {}
    return {"joined": blocks._joined_pairs(tokens), "words": blocks._word_pairs(tokens, memo),
            "spelling": blocks._spelling_pairs(tokens, memo), "of": blocks._of_pairs(names)}


def org_joins(a: str, b: str) -> bool:
    """What ``_merge_orgs`` joins: the matcher, or a short form."""
    return match_org(a, b)[0] > 0 or blocks.of_tail(a, b) or blocks.of_tail(b, a)


def resolve_counting(extractions: list[Extraction]) -> tuple[float, int]:
    """``resolve`` timed, and how many pairs of person names it asked the matcher about."""
    asked = [0]
    matcher = resolve_module.match_person

    def counted(a: str, b: str, tier: Any = None) -> tuple[float, tuple[str, ...]]:
        asked[0] += 1
        return matcher(a, b, tier) if tier is not None else matcher(a, b)

    resolve_module.match_person = counted  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        resolve(extractions)
        return time.perf_counter() - start, asked[0]
    finally:
        resolve_module.match_person = matcher  # type: ignore[assignment]


def exponent(sizes: list[int], values: list[int]) -> float:
    if values[0] <= 0 or values[-1] <= 0 or sizes[-1] == sizes[0]:
        return float("nan")
    return math.log(values[-1] / values[0]) / math.log(sizes[-1] / sizes[0])


def report(title: str, extractions: list[Extraction], sizes: Iterable[int],
           whole: Callable[[int], str] | None = None) -> None:
    print(f"\n{title}")
    print(f"{'articles':>8s} {'people':>7s} {'orgs':>6s}  "
          + " ".join(f"{s:>9s}" for s in STEPS) + f" {'resolve':>9s}")
    rows = []
    for n in sizes:
        part = extractions[:n]
        counts, joins = pair_counts(part)
        seconds, counts["asked"] = resolve_counting(part)
        rows.append((len(part), counts, joins))
        print(f"{len(part):8d} {counts['names']:7d} {counts['organisations']:6d}  "
              + " ".join(f"{counts.get(s, 0):9d}" for s in STEPS) + f" {seconds:8.2f}s",
              flush=True)
        print(f"{'joined by the matcher':>24s}"
              + " ".join(f"{joins.get(s, 0):9d}" for s in STEPS), flush=True)
        print(f"{'people compared':>24s} {counts['asked']:9d}  (the pairs of people and lone "
              f"names resolve asks the matcher about)", flush=True)
        if whole is not None:
            print(f"{'whole ledger':>24s} {whole(len(part))}", flush=True)
    if len(rows) > 1:
        sizes_done = [r[0] for r in rows]
        print("exponent, candidates " + " ".join(
            f"{s} {exponent(sizes_done, [r[1].get(s, 0) for r in rows]):.2f}" for s in STEPS))
        print("exponent, joined     " + " ".join(
            f"{s} {exponent(sizes_done, [r[2].get(s, 0) for r in rows]):.2f}" for s in STEPS))
        asked = exponent(sizes_done, [r[1]["asked"] for r in rows])
        print(f"exponent, people compared {asked:.2f}")


_BUILD = """
import json, resource, sys, time
from dealwatch.pipeline import build_ledger
from dealwatch.store import Store
with Store.open(sys.argv[1]) as store:
    wall, cpu = time.perf_counter(), time.process_time()
    build_ledger(store)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"wall": wall, "cpu": cpu, "peak": peak}))
"""


def first_articles(db: str, n: int, folder: str) -> str:
    """A copy of a SQLite store that keeps only its first ``n`` analyzed articles (by
    document id, the order of ``Store.extractions``)."""
    copy = os.path.join(folder, f"first-{n}.db")
    shutil.copyfile(db, copy)
    with sqlite3.connect(copy) as conn:
        keep = [r[0] for r in conn.execute(
            "SELECT document FROM extractions ORDER BY document LIMIT ?", (n,))]
        conn.execute("CREATE TEMP TABLE keep (id TEXT PRIMARY KEY)")
        conn.executemany("INSERT INTO keep VALUES (?)", [(k,) for k in keep])
        for table, column in (("extractions", "document"), ("bands", "document"),
                              ("documents", "id")):
            conn.execute(f"DELETE FROM {table} WHERE {column} NOT IN (SELECT id FROM keep)")
        conn.execute("DELETE FROM kept_ledger")
    return copy


def whole_ledger(db: str, total: int, folder: str) -> Callable[[int], str]:
    """For a size, the whole ledger of that many articles built in a fresh process."""
    def run(n: int) -> str:
        path = db if n >= total else first_articles(db, n, folder)
        out = subprocess.run([sys.executable, "-c", _BUILD, path], check=True,
                             capture_output=True, text=True).stdout
        got = json.loads(out.strip().splitlines()[-1])
        if path != db:
            os.remove(path)
        return (f"build_ledger {got['wall']:.2f} s wall, {got['cpu']:.2f} s CPU, "
                f"{got['peak']:.0f} MB peak (fresh process)")
    return run


def ledger_run(db: str) -> None:
    """`dealwatch ledger --json` on the whole store in a fresh process: wall and peak."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "dealwatch.cli", "ledger", "--db", db,
                              "--json"], stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    print(f"\ndealwatch ledger --json on {db}: {wall:.2f} s wall, "
          f"{usage.ru_maxrss / 1024:.0f} MB peak, exit {os.waitstatus_to_exitcode(status)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", help="an analyzed store of real articles (SQLite file or URL)")
    ap.add_argument("--sizes", default="125,250,500,1000", help="articles of the store")
    ap.add_argument("--synthetic-sizes", default="1000,2000,4000,8000")
    ap.add_argument("--no-ledger", action="store_true", help="skip the whole-ledger runs")
    args = ap.parse_args()
    sizes = [int(s) for s in args.synthetic_sizes.split(",") if s]
    if sizes:
        synthetic = [ex for _, ex in synthetic_articles(max(sizes), seed=1)]
        report("synthetic articles (benchmarks/bench_incremental.py)", synthetic, sizes)
    if args.store:
        with Store.open(args.store) as store:
            real = list(store.extractions())
        wanted = [int(s) for s in args.sizes.split(",") if s]
        with tempfile.TemporaryDirectory() as folder:
            whole = (None if args.no_ledger or not os.path.isfile(args.store)
                     else whole_ledger(args.store, len(real), folder))
            report(f"articles of {args.store} ({len(real)} stored)", real,
                   [n for n in wanted if n < len(real)] + [len(real)], whole)
        if not args.no_ledger:
            ledger_run(args.store)
    return 0


if __name__ == "__main__":
    sys.exit(main())
