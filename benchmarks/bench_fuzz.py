"""Soak: thousands of seeded hostile inputs in mixed batches through ``analyze``'s path.

usage: python benchmarks/bench_fuzz.py [--n 10000] [--seed S] [--batch 200] [--good 20]
                                       [--big-every 10] [--big-scale 40]

Each batch of ``--batch`` hostile inputs (``fuzzgen``: truncated and garbled HTML, binaries,
bad UTF-8/16/32, XML bombs, XXE, broken JSON lines, control characters, mixed scripts, huge
lines, deep nesting, special files, bodies that invite a fetch) and ``--good`` good articles
is read, extracted and stored as ``analyze`` does (the real readers, spaCy, a SQLite store
per batch, the default per-article budget), with a canary HTTP server up. Every
``--big-every``-th batch has huge and deep inputs ``--big-scale`` times larger (megabytes).

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="hostile inputs in all")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--batch", type=int, default=200, help="hostile inputs a batch")
    ap.add_argument("--good", type=int, default=20, help="good articles a batch")
    ap.add_argument("--big-every", type=int, default=10)
    ap.add_argument("--big-scale", type=float, default=40)
    args = ap.parse_args()
    logging.disable(logging.CRITICAL)  # trafilatura's complaints about broken pages

    nlp = load_nlp()
    rng = random.Random(args.seed)
    codes: Counter[str] = Counter()
    tracebacks: list[str] = []
    problems: Counter[str] = Counter()
    lost_batches = inputs = goods = total_bytes = 0
    seconds = 0.0
    slow_batches: list[tuple[float, str, list[fuzzgen.Case]]] = []
    examples: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="dealwatch-fuzz-") as tmp, \
            canary_server() as canary:
        root = Path(tmp)
        done, b = 0, 0
        while done < args.n:
            n_bad = min(args.batch, args.n - done)
            big = args.big_every and b % args.big_every == args.big_every - 1
            folder = root / f"b{b:04d}"
            cases = fuzzgen.write_batch(folder, rng, n_bad, args.good, canary.url,
                                        args.big_scale if big else 1.0)
            total_bytes += sum(_size(c.path) for c in cases)
            printed: list[str] = []
            try:
                store, timed, took = run_batch(folder, nlp, printed)
            except Exception:  # noqa: BLE001 - a crash is what the soak counts
                tracebacks.append(traceback.format_exc())
                done, b = done + n_bad, b + 1
                continue
            seconds += took
            with store:
                docs = store.documents_info()
                rejected = store.rejected()
                texts = [a.text for a in store.articles()]
            (root / f"{folder.name}.db").unlink(missing_ok=True)
            ids = {d.id for d in docs}

            def known(path: Path, ids: set[str] = ids) -> bool:
                items = list(read_inputs([str(path)]))
                return bool(items) and all(isinstance(i, Article) and i.id in ids
                                           for i in items)

            found = fuzzgen.check_batch(cases, {d.path: d.id for d in docs}, texts,
                                        [(r.path, r.line()) for r in rejected], printed, known)
            lost_batches += bool(found.lost)
            for name in ("lost", "no_line", "not_once", "raw_lines", "leaked"):
                problems[name] += len(getattr(found, name))
                if getattr(found, name):
                    examples.setdefault(name, repr(getattr(found, name)[:3]))
            for r in rejected:
                codes[r.code] += 1
                if r.code in ("DW111", "DW109"):
                    examples.setdefault(r.code, r.line()[:300])
            inputs += n_bad
            goods += args.good
            for secs, paths in timed.batches:
                if paths:
                    slow_batches.append((secs, f"b{b:04d}", [c for c in cases if any(
                        fuzzgen._of(c.path, p) for p in paths)]))
            slow_batches = sorted(slow_batches, key=lambda s: -s[0])[:5]
            done, b = done + n_bad, b + 1
            print(f"  batch {b}: {n_bad} hostile + {args.good} good, {took:.1f} s, "
                  f"{len(rejected)} rejected, {len(docs)} stored", file=sys.stderr, flush=True)
            # keep the folders of the slowest batches (timed alone below), drop the others
            keep = {name for _, name, _ in slow_batches}
            for old in root.glob("b*"):
                if old.is_dir() and old.name not in keep:
                    shutil.rmtree(old, ignore_errors=True)
        slowest: list[tuple[float, str, int]] = []
        for _, _, batch_cases in slow_batches:
            for case in batch_cases:
                if case.path.exists() or case.path.is_symlink():
                    slowest.append((alone(str(case.path), nlp, root), case.path.name,
                                    _size(case.path)))
        slowest.sort(reverse=True)
        requests = len(canary.requests)

    mb = total_bytes / 1e6
    print(f"inputs: {inputs} hostile + {goods} good in {b} batches "
          f"({mb:.1f} MB, seed {args.seed})")
    print(f"tracebacks (exceptions out of a batch): {len(tracebacks)}")
    for tb in tracebacks[:3]:
        print("  " + tb.strip().splitlines()[-1])
    print(f"bugs caught as rejections (DW111 reading, DW109 extraction): "
          f"{codes['DW111'] + codes['DW109']}")
    print(f"batches with a lost good article: {lost_batches} ({problems['lost']} articles)")
    print(f"network requests seen by the canary: {requests}")
    print("rejections by code: " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())))
    print(f"inputs with no line: {problems['no_line']}")
    print(f"rejections not printed exactly once: {problems['not_once']}; printed lines with a "
          f"control character: {problems['raw_lines']}; stored texts with an expanded "
          f"entity: {problems['leaked']}")
    for name, example in examples.items():
        print(f"  e.g. {name}: {example}")
    print(f"time: {seconds:.0f} s, {seconds / max(mb, 1e-9):.1f} s per MB, "
          f"{seconds / max(inputs + goods, 1) * 1000:.0f} ms per input")
    if slowest:
        secs, name, size = slowest[0]
        print(f"slowest input (timed alone): {secs:.2f} s, {name} ({size} bytes); over "
              f"{SLOW:.0f} s: {sum(s > SLOW for s, _, _ in slowest)} of the {len(slowest)} "
              "inputs of the 5 slowest batches")
    print(f"slowest batch of 16: {slow_batches[0][0]:.2f} s" if slow_batches else "")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
