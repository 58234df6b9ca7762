"""Speed of dealwatch's per-article stage against spaCy's nlp.pipe alone, same texts, same run.

usage: python benchmarks/bench_analyze.py [--n 200] [--model NAME] [--store]

Prints articles per second for spaCy alone and for dealwatch's per-article stage (parse,
dates, extraction), their ratio, the date resolver's time per article, and with --store the
whole `analyze` (reading, cleaning, storing in SQLite, building the ledger) end to end.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from itertools import cycle, islice
from pathlib import Path

import spacy

from dealwatch.dates import find_dates
from dealwatch.ingest import read_inputs
from dealwatch.model import Article
from dealwatch.pipeline import analyze_texts, build_ledger, load_nlp, run_analyze
from dealwatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "examples", ROOT.parent / "shared" / "corpus"]


def corpus_articles() -> list[Article]:
    paths = [str(p) for p in CORPORA if p.exists()]
    return [a for a in read_inputs(paths) if isinstance(a, Article)]


def timed(fn: object, *args: object) -> float:
    start = time.perf_counter()
    fn(*args)  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200, help="articles per measurement")
    parser.add_argument("--model", default=None)
    parser.add_argument("--store", action="store_true", help="also time analyze end to end")
    args = parser.parse_args()

    base = corpus_articles()
    articles = list(islice(cycle(base), args.n))
    texts = [a.text for a in articles]
    nlp = load_nlp(args.model)
    plain = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])  # the model as shipped
    analyze_texts(articles[:10], nlp)  # warm-up
    list(plain.pipe(texts[:10]))

    # interleaved, so a machine that slows down between blocks slows both sides alike; the
    # ratio of each pair, and the best time of each side
    rounds = 5
    pairs = []
    for _ in range(rounds):
        pairs.append((timed(lambda: list(plain.pipe(texts, batch_size=16))),
                      timed(lambda: analyze_texts(articles, nlp))))
    spacy_s = min(p[0] for p in pairs)
    ours_s = min(p[1] for p in pairs)
    ratios = sorted(o / s for s, o in pairs)
    dates_s = min(timed(lambda: [find_dates(a.text, a.published) for a in articles])
                  for _ in range(rounds))
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"articles: {len(articles)} ({len(base)} distinct, {words:.0f} words on average); "
          f"model: {nlp.meta.get('name')} {nlp.meta.get('version')}; {rounds} interleaved rounds")
    print(f"{'stage':40s} {'seconds':>8s} {'articles/s':>11s}")
    print(f"{'spaCy nlp.pipe alone':40s} {spacy_s:8.2f} {len(texts) / spacy_s:11.1f}")
    print(f"{'dealwatch per-article (parse+dates+extract)':40s} {ours_s:8.2f} "
          f"{len(texts) / ours_s:11.1f}")
    print(f"ratio dealwatch / spaCy: {ours_s / spacy_s:.3f} best against best; per pair "
          f"median {ratios[len(ratios) // 2]:.3f}, range {ratios[0]:.3f}-{ratios[-1]:.3f} "
          f"(gate: at most 1.2)")
    print(f"dates: {1000 * dates_s / len(texts):.3f} ms per article "
          f"({100 * dates_s / spacy_s:.1f}% of the spaCy parse)")
    if args.store:
        paths = [str(p) for p in CORPORA if p.exists()]
        with tempfile.TemporaryDirectory() as tmp, Store.open(f"{tmp}/b.db") as store:
            start = time.perf_counter()
            report = run_analyze(paths, store, nlp)
            ledger = build_ledger(store)
            total = time.perf_counter() - start
        n = len(report.added) + len(report.duplicates)
        print(f"analyze end to end (read, clean, store, ledger): {n} articles in {total:.2f} s "
              f"= {n / total:.1f} articles/s; {len(ledger.events)} events")


if __name__ == "__main__":
    main()
