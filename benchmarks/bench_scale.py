"""How dealwatch scales, in one run, on synthetic corpora (benchmarks/synth.py).

usage: python benchmarks/bench_scale.py [--sizes 1000,10000] [--spark-size 1000] [--ledger]
           [--no-spark] [--no-incremental] [--incremental-sizes 10000,100000]
           [--merge-sizes 1000,2000,4000,8000] [--workdir DIR] [--model NAME]

Prints, for each size: articles/s of `analyze` (run_analyze into a fresh SQLite store, then
the ledger built from it), articles/s of spaCy's nlp.pipe alone on the same cleaned texts and
the ratio, and the peak memory (RSS high-water mark) of each `analyze` run, each size in its
own process so that the peaks compare. Then Spark local[2] against one process on the same
input (the per-article stage: reading, cleaning, dates, extraction), and, when
benchmarks/bench_incremental.py is there, its figures: the time to add one article to a large
store and merge time against the number of events.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402 - a sibling script

# --- the measurements, each run in a child process -------------------------------------------


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def measure_analyze(corpus: str, db: str, model: str | None,
                    ledger: str | None = None) -> dict[str, Any]:
    """run_analyze into a fresh store (times and the RSS peak); the ledger build if asked."""
    from dealwatch.pipeline import build_ledger, load_nlp, run_analyze
    from dealwatch.store import Store

    for suffix in ("", "-wal", "-shm"):  # a fresh store
        Path(db + suffix).unlink(missing_ok=True)
    nlp = load_nlp(model)
    base = _peak_mb()  # the interpreter, the libraries and the model
    with Store.open(db) as store:
        start = time.perf_counter()
        report = run_analyze([corpus], store, nlp)
        analyze_s = time.perf_counter() - start
        peak = _peak_mb()
        events, ledger_s = None, None
        if ledger:
            start = time.perf_counter()
            events = len(build_ledger(store).events)
            ledger_s = time.perf_counter() - start
    return {"articles": len(report.added) + len(report.duplicates) + len(report.skipped),
            "added": len(report.added), "duplicates": len(report.duplicates),
            "rejected": len(report.rejected), "analyze_s": analyze_s, "ledger_s": ledger_s,
            "events": events, "base_mb": base, "peak_mb": peak}


def measure_spacy(corpus: str, model: str | None) -> dict[str, Any]:
    """spaCy's nlp.pipe alone, the model as shipped, on the cleaned texts of the corpus."""
    import spacy

    from dealwatch.ingest import read_inputs
    from dealwatch.model import Article
    from dealwatch.pipeline import BATCH, load_nlp

    texts = [a.text for a in read_inputs([corpus]) if isinstance(a, Article)]
    meta = load_nlp(model).meta
    plain = spacy.load(f"{meta['lang']}_{meta['name']}")
    list(plain.pipe(texts[:10]))  # warm-up
    start = time.perf_counter()
    for _ in plain.pipe(texts, batch_size=BATCH):
        pass
    return {"texts": len(texts), "spacy_s": time.perf_counter() - start,
            "words": sum(len(t.split()) for t in texts) / max(1, len(texts))}


def measure_single(corpus: str, model: str | None) -> dict[str, Any]:
    """The per-article stage Spark runs (spark.extract_records), in one process."""
    from dealwatch.spark import executor_nlp, extract_records

    executor_nlp(model)  # model loading is not part of the throughput
    records = []
    for path in sorted(Path(corpus).glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            records += [(str(path), n, line) for n, line in enumerate(fh, 1) if line.strip()]
    start = time.perf_counter()
    rows = sum(1 for _ in extract_records(records, model))
    return {"records": rows, "seconds": time.perf_counter() - start}


def measure_spark(corpus: str, out: str, model: str | None) -> dict[str, Any]:
    """spark-extract on local[2], twice in one session: cold (the executors load the model
    inside the job) and warm (PySpark reuses its workers and their loaded model)."""
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from dealwatch.spark import spark_extract, spark_session

    start = time.perf_counter()
    times = []
    with spark_session("local[2]", app="dealwatch-bench") as spark:
        spark.sparkContext.setLogLevel("ERROR")
        session_s = time.perf_counter() - start
        for _ in range(2):
            started = time.perf_counter()
            summary = spark_extract(spark, corpus, out, model=model, overwrite=True)
            times.append(time.perf_counter() - started)
    return {"records": summary.records, "partitions": summary.partitions,
            "session_s": session_s, "cold_s": times[0], "warm_s": times[1]}


MEASURES = {"analyze": measure_analyze, "spacy": measure_spacy, "single": measure_single,
            "spark": measure_spark}


def in_child(kind: str, *args: str | None) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter (its own RSS peak); its JSON result."""
    cmd = [sys.executable, __file__, "--child", kind, *[a or "" for a in args]]
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if res.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{res.stderr[-3000:]}")
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


# --- the report ------------------------------------------------------------------------------


def bench_sizes(sizes: list[int], work: Path, model: str | None,
                ledger: bool) -> dict[int, Path]:
    corpora: dict[int, Path] = {}
    print(f"{'articles':>8} {'analyze a/s':>11} {'spaCy a/s':>10} {'ratio':>6} {'dups':>5} "
          f"{'base MB':>8} {'peak MB':>8} {'events':>7} {'ledger s':>8}")
    for n in sizes:
        # files of 1000 articles: a 10k-article file is over the readers' 5 MB limit
        corpus = synth.write_shards(n, work / f"synth-{n}", seed=1)
        corpora[n] = corpus
        a = in_child("analyze", str(corpus), str(work / f"analyze-{n}.db"), model,
                     "yes" if ledger else None)
        s = in_child("spacy", str(corpus), model)
        if a["rejected"] or not a["articles"]:
            raise SystemExit(f"analyze read {a['articles']} articles and rejected "
                             f"{a['rejected']}: see `dealwatch analyze {corpus}`")
        ours = a["articles"] / a["analyze_s"]
        alone = s["texts"] / s["spacy_s"]
        led = f"{a['events']:>7} {a['ledger_s']:>8.1f}" if ledger else f"{'-':>7} {'-':>8}"
        print(f"{n:>8} {ours:>11.1f} {alone:>10.1f} {alone / ours:>6.2f} {a['duplicates']:>5} "
              f"{a['base_mb']:>8.0f} {a['peak_mb']:>8.0f} {led}   "
              f"({s['words']:.0f} words an article, analyze {a['analyze_s']:.0f} s)", flush=True)
    print("ratio: spaCy-alone articles/s over analyze articles/s (analyze reads, cleans, "
          "dates, extracts and stores); peak: RSS high-water mark of the analyze process, "
          "base: the same after loading the model; ledger (--ledger): build_ledger afterwards")
    return corpora


def bench_spark(corpus: Path, work: Path, model: str | None) -> None:
    one = in_child("single", str(corpus), model)
    sp = in_child("spark", str(corpus), str(work / "spark-out"), model)
    one_rate = one["records"] / one["seconds"]
    warm, cold = sp["records"] / sp["warm_s"], sp["records"] / sp["cold_s"]
    print(f"\nSpark local[2] against one process, per-article stage (read, clean, dates, "
          f"extract), {sp['records']} records, {os.cpu_count()} cores on this machine")
    print(f"  one process:           {one['seconds']:7.1f} s {one_rate:7.1f} articles/s "
          "(model loaded before)")
    print(f"  Spark local[2], warm:  {sp['warm_s']:7.1f} s {warm:7.1f} articles/s "
          f"({sp['partitions']} partitions; speed-up {warm / one_rate:.2f}x)")
    print(f"  Spark local[2], cold:  {sp['cold_s']:7.1f} s {cold:7.1f} articles/s (the "
          f"executors load the model in the job; session start {sp['session_s']:.1f} s more)")


def bench_incremental(sizes: list[int], merge_sizes: list[int]) -> None:
    """Figures of benchmarks/bench_incremental.py (adding one article to a large store,
    merge time against events), when that module is there."""
    try:
        import bench_incremental as inc

        build, add_one, scaling = inc.build_store, inc.time_add_one, inc.print_merge_scaling
    except (ImportError, AttributeError) as exc:
        print(f"\n(no add-one / merge figures: benchmarks/bench_incremental.py is missing or "
              f"differs: {exc})")
        return
    print("\nAdding one article beyond its extraction (bench_incremental.time_add_one, SQLite)")
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            url = str(Path(tmp) / f"inc-{n}.db")
            built = build(url, n)
            print(f"  store of {n:>7} articles: {1000 * add_one(url, n):7.1f} ms "
                  f"(store built in {built:.0f} s)", flush=True)
    print("The whole ledger against the number of events (bench_incremental.merge_scaling)")
    scaling(merge_sizes)


def _ints(text: str) -> list[int]:
    return [int(s) for s in text.split(",") if s.strip()]


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        kind, args = sys.argv[2], [a or None for a in sys.argv[3:]]
        print(json.dumps(MEASURES[kind](*args)))  # type: ignore[operator]
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="corpus sizes, comma-separated")
    ap.add_argument("--spark-size", type=int, default=None,
                    help="corpus size for Spark against one process (default: the smallest)")
    ap.add_argument("--no-spark", action="store_true", help="leave out the Spark comparison")
    ap.add_argument("--no-incremental", action="store_true",
                    help="leave out bench_incremental's figures")
    ap.add_argument("--ledger", action="store_true",
                    help="also time build_ledger after each analyze (merging grows with events)")
    ap.add_argument("--incremental-sizes", default="10000,100000",
                    help="store sizes for the add-one-article time")
    ap.add_argument("--merge-sizes", default="1000,2000,4000,8000",
                    help="articles for merge time against events")
    ap.add_argument("--workdir", type=Path, default=None, help="keep corpora and stores here")
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    sizes = _ints(args.sizes)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        corpora = bench_sizes(sizes, work, args.model, args.ledger)
        if not args.no_spark:
            n = args.spark_size or min(sizes)
            corpus = corpora.get(n) or synth.write_shards(n, work / f"synth-{n}", seed=1)
            bench_spark(corpus, work, args.model)
        if not args.no_incremental:
            bench_incremental(_ints(args.incremental_sizes), _ints(args.merge_sizes))


if __name__ == "__main__":
    main()
