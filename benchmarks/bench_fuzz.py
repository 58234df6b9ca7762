"""Soak: thousands of seeded hostile inputs in mixed batches through ``analyze``'s path.

usage: python benchmarks/bench_fuzz.py [--n 10000] [--seed S] [--batch 200] [--good 20]
                                       [--big-every 10] [--big-scale 40] [--jobs 1]

Each batch of ``--batch`` hostile inputs (``fuzzgen``: truncated and garbled HTML, binaries,
bad UTF-8/16/32, XML bombs, XXE, broken JSON lines, control characters, mixed scripts, huge
lines, deep nesting, special files, bodies that invite a fetch) and ``--good`` good articles
is read, extracted and stored as ``analyze`` does (the real readers, spaCy, a SQLite store
per batch, the default per-article budget), with a canary HTTP server up. Every
``--big-every``-th batch has huge and deep inputs ``--big-scale`` times larger (megabytes).
``--jobs N`` runs N batches at a time, each in a worker process with its own spaCy pipeline
(the batches are written, in order, by the main process from the one seed; what is checked
is the same).

Prints: inputs, tracebacks (an exception out of the batch), rejections that are bugs caught
(DW111, DW109), batches that lost a good article, requests the canary saw, rejections by
code, inputs with no line, rejections not printed exactly once, printed lines with a control
character, stored texts with an expanded entity, time per MB, the slowest inputs (timed
again alone) and peak RSS.
"""

from __future__ import annotations

import argparse
import logging
import random
import resource
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

import fuzzgen  # noqa: E402 - a sibling script
from hostile import canary_server  # noqa: E402 - the tests' canary server

from dealwatch.ingest import read_inputs  # noqa: E402
from dealwatch.ingest.budget import per_article  # noqa: E402
from dealwatch.model import Article, Rejected  # noqa: E402
from dealwatch.pipeline import extract_each, ingest, load_nlp  # noqa: E402
from dealwatch.store import Store  # noqa: E402

SLOW = 10.0  # seconds no input under the size limit may take


class Timed:
    """The inputs of each of ``ingest``'s batches and the seconds the batch took."""

    def __init__(self) -> None:
        self.pending: list[str] = []
        self.batches: list[tuple[float, list[str]]] = []
        self.clock = time.perf_counter()

    def items(self, items: Iterable[Article | Rejected]) -> Iterator[Article | Rejected]:
        for item in items:
            self.pending.append(item.path)
            yield item

    def done(self, _n: int) -> None:
        now = time.perf_counter()
        self.batches.append((now - self.clock, self.pending))
        self.pending, self.clock = [], now


def run_batch(folder: Path, nlp: Any, printed: list[str]) -> tuple[Store, Timed, float]:
    """Analyze ``folder`` into a new store; the store (open), the timings, the seconds."""
    store = Store.open(str(folder.parent / f"{folder.name}.db"))
    timed = Timed()
    start = time.perf_counter()
    with per_article(None):
        ingest(timed.items(read_inputs([str(folder)], max_chars=nlp.max_length)),
               store, lambda arts, rep: extract_each(arts, nlp, rep),
               on_rejected=lambda r: printed.append(r.line()), on_batch=timed.done)
    return store, timed, time.perf_counter() - start


def alone(path: str, nlp: Any, scratch: Path) -> float:
    """Seconds to analyze one input on its own, in a fresh store."""
    db = scratch / f"alone-{time.monotonic_ns()}.db"
    with Store.open(str(db)) as store:
        start = time.perf_counter()
        with per_article(None):
            ingest(read_inputs([path], max_chars=nlp.max_length), store,
                   lambda arts, rep: extract_each(arts, nlp, rep))
        took = time.perf_counter() - start
    db.unlink(missing_ok=True)
    return took


def _size(path: Path) -> int:
    return path.stat().st_size if path.is_file() and not path.is_symlink() else 0


@dataclass
class Outcome:
    """What one batch came to, as a worker reports it."""

    name: str
    took: float = 0.0
    traceback: str | None = None
    codes: Counter[str] = field(default_factory=Counter)
    problems: dict[str, list[str]] = field(default_factory=dict)
    bugs: list[str] = field(default_factory=list)
    timed: list[tuple[float, list[str]]] = field(default_factory=list)
    rejected: int = 0
    stored: int = 0


_nlp: Any = None


def _worker_start() -> None:
    global _nlp
    logging.disable(logging.CRITICAL)  # trafilatura's complaints about broken pages
    _nlp = load_nlp()
    _warm(_nlp)


def _warm(nlp: Any) -> None:
    """Pay once, before any clock, what loads on first use (as ``analyze`` does before an
    article's budget starts): one invented article analyzed, untimed."""
    with tempfile.TemporaryDirectory(prefix="dealwatch-warm-") as tmp:
        page = Path(tmp) / "warm.html"
        page.write_text(fuzzgen._html(fuzzgen.good_text(random.Random(0))), encoding="utf-8")
        alone(str(page), nlp, Path(tmp))


def soak_batch(folder: Path, cases: list[fuzzgen.Case]) -> Outcome:
    """Analyze one written batch into a new store and judge it (in a worker process)."""
    out = Outcome(folder.name)
    printed: list[str] = []
    try:
        store, timed, out.took = run_batch(folder, _nlp, printed)
    except Exception:  # noqa: BLE001 - a crash is what the soak counts
        out.traceback = traceback.format_exc()
        return out
    with store:
        docs = store.documents_info()
        rejected = store.rejected()
        texts = [a.text for a in store.articles()]
    (folder.parent / f"{folder.name}.db").unlink(missing_ok=True)
    ids = {d.id for d in docs}

    def known(path: Path) -> bool:
        items = list(read_inputs([str(path)]))
        return bool(items) and all(isinstance(i, Article) and i.id in ids for i in items)

    found = fuzzgen.check_batch(cases, {d.path: d.id for d in docs}, texts,
                                [(r.path, r.line()) for r in rejected], printed, known)
    out.problems = {name: getattr(found, name) for name in
                    ("lost", "no_line", "not_once", "raw_lines", "leaked")}
    out.codes = Counter(r.code for r in rejected)
    out.bugs = [r.line()[:300] for r in rejected if r.code in ("DW111", "DW109")]
    out.timed = [(secs, paths) for secs, paths in timed.batches if paths]
    out.rejected, out.stored = len(rejected), len(docs)
    return out


@dataclass
class Totals:
    """The soak's tallies over every batch."""

    codes: Counter[str] = field(default_factory=Counter)
    problems: Counter[str] = field(default_factory=Counter)
    tracebacks: list[str] = field(default_factory=list)
    examples: dict[str, str] = field(default_factory=dict)
    lost_batches: int = 0
    seconds: float = 0.0
    batches: int = 0
    # the slowest of analyze's batches of 16: (seconds, fuzz batch, its cases)
    slow: list[tuple[float, str, list[fuzzgen.Case]]] = field(default_factory=list)

    def add(self, out: Outcome, cases: list[fuzzgen.Case]) -> None:
        self.batches += 1
        if out.traceback:
            self.tracebacks.append(out.traceback)
            return
        self.seconds += out.took
        self.codes.update(out.codes)
        self.lost_batches += bool(out.problems["lost"])
        for name, found in out.problems.items():
            self.problems[name] += len(found)
            if found:
                self.examples.setdefault(name, repr(found[:3]))
        for line in out.bugs:
            self.examples.setdefault("DW111/DW109", line)
        for secs, paths in out.timed:
            self.slow.append((secs, out.name, [c for c in cases if any(
                fuzzgen._of(c.path, p) for p in paths)]))
        self.slow = sorted(self.slow, key=lambda s: -s[0])[:5]


def _batches(args: argparse.Namespace, root: Path,
             url: str) -> Iterator[tuple[Path, list[fuzzgen.Case]]]:
    """Each batch written, in order, from the one seed."""
    rng = random.Random(args.seed)
    done, b = 0, 0
    while done < args.n:
        n_bad = min(args.batch, args.n - done)
        big = args.big_every and b % args.big_every == args.big_every - 1
        folder = root / f"b{b:04d}"
        yield folder, fuzzgen.write_batch(folder, rng, n_bad, args.good, url,
                                          args.big_scale if big else 1.0)
        done, b = done + n_bad, b + 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="hostile inputs in all")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--batch", type=int, default=200, help="hostile inputs a batch")
    ap.add_argument("--good", type=int, default=20, help="good articles a batch")
    ap.add_argument("--big-every", type=int, default=10)
    ap.add_argument("--big-scale", type=float, default=40)
    ap.add_argument("--jobs", type=int, default=1, help="batches at a time")
    args = ap.parse_args()
    logging.disable(logging.CRITICAL)

    totals = Totals()
    inputs = goods = total_bytes = 0
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dealwatch-fuzz-") as tmp, \
            canary_server() as canary, \
            ProcessPoolExecutor(max(args.jobs, 1), initializer=_worker_start) as pool:
        root = Path(tmp)
        running: dict[Future[Outcome], list[fuzzgen.Case]] = {}
        written = _batches(args, root, canary.url)
        for folder, cases in written:
            total_bytes += sum(_size(c.path) for c in cases)
            inputs += sum(1 for c in cases if not c.good)
            goods += sum(c.good for c in cases)
            running[pool.submit(soak_batch, folder, cases)] = cases
            while len(running) >= max(args.jobs, 1):
                _collect(running, totals, root)
        while running:
            _collect(running, totals, root)
        print(f"  all batches: {time.perf_counter() - start:.0f} s of wall time",
              file=sys.stderr, flush=True)
        nlp = load_nlp()
        _warm(nlp)
        slowest: list[tuple[float, str, int]] = []
        for _, _, batch_cases in totals.slow:
            for case in batch_cases:
                if case.path.exists() or case.path.is_symlink():
                    slowest.append((alone(str(case.path), nlp, root), case.path.name,
                                    _size(case.path)))
        slowest.sort(reverse=True)
        requests = len(canary.requests)
    _report(args, totals, inputs, goods, total_bytes, requests, slowest,
            time.perf_counter() - start)


def _collect(running: dict[Future[Outcome], list[fuzzgen.Case]], totals: Totals,
             root: Path) -> None:
    """Tally the batches done; keep the folders of the slowest (timed alone at the end)."""
    done, _ = wait(list(running), return_when=FIRST_COMPLETED)
    for future in done:
        cases = running.pop(future)
        try:
            out = future.result()
        except Exception:  # noqa: BLE001 - the judging itself failed: counted as a crash
            out = Outcome(cases[0].path.parent.name if cases else "?",
                          traceback=traceback.format_exc())
        totals.add(out, cases)
        print(f"  batch {out.name}: {len(cases)} inputs, {out.took:.1f} s, {out.rejected} "
              f"rejected, {out.stored} stored" + (" TRACEBACK" if out.traceback else ""),
              file=sys.stderr, flush=True)
        keep = {name for _, name, _ in totals.slow}
        keep |= {c[0].path.parent.name for c in running.values() if c}
        for old in root.glob("b*"):
            if old.is_dir() and old.name not in keep:
                shutil.rmtree(old, ignore_errors=True)


def _report(args: argparse.Namespace, totals: Totals, inputs: int, goods: int,
            total_bytes: int, requests: int, slowest: list[tuple[float, str, int]],
            wall: float) -> None:
    mb = total_bytes / 1e6
    codes, problems = totals.codes, totals.problems
    print(f"inputs: {inputs} hostile + {goods} good in {totals.batches} batches "
          f"({mb:.1f} MB, seed {args.seed}, {args.jobs} at a time)")
    print(f"tracebacks (exceptions out of a batch): {len(totals.tracebacks)}")
    for tb in totals.tracebacks[:3]:
        print("  " + tb.strip().splitlines()[-1])
    print(f"bugs caught as rejections (DW111 reading, DW109 extraction): "
          f"{codes['DW111'] + codes['DW109']}")
    print(f"batches with a lost good article: {totals.lost_batches} "
          f"({problems['lost']} articles)")
    print(f"network requests seen by the canary: {requests}")
    print("rejections by code: " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))
    print(f"inputs with no line: {problems['no_line']}")
    print(f"rejections not printed exactly once: {problems['not_once']}; printed lines with a "
          f"control character: {problems['raw_lines']}; stored texts with an expanded "
          f"entity: {problems['leaked']}")
    for name, example in totals.examples.items():
        print(f"  e.g. {name}: {example}")
    seconds = totals.seconds
    print(f"time: {seconds:.0f} s in the batches ({wall:.0f} s of wall time), "
          f"{seconds / max(mb, 1e-9):.1f} s per MB, "
          f"{seconds / max(inputs + goods, 1) * 1000:.0f} ms per input")
    if slowest:
        secs, name, size = slowest[0]
        print(f"slowest input (timed alone): {secs:.2f} s, {name} ({size} bytes); over "
              f"{SLOW:.0f} s: {sum(s > SLOW for s, _, _ in slowest)} of the {len(slowest)} "
              "inputs of the 5 slowest batches")
    if totals.slow:
        print(f"slowest batch of 16: {totals.slow[0][0]:.2f} s")
    main_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: {max(main_rss, worker_rss):.0f} MB (main {main_rss:.0f} MB, largest "
          f"worker {worker_rss:.0f} MB)")


if __name__ == "__main__":
    main()
