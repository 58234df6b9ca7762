"""Incremental cost and merge growth on large synthetic stores (no spaCy needed).

usage: python benchmarks/bench_incremental.py [--sizes 10000,100000] [--ingest 1000,4000]
       [--merge 1000,2000,4000,8000,16000] [--rebuild 100000] [--keep DIR]
       [--pg URL]   (or DEALWATCH_TEST_PG: PostgreSQL too)

Prints, for stores of 10k and 100k synthetic articles (each with its claims, written through
the Store API): the time to add one more article beyond its extraction (what `analyze` does
for it: id and near-duplicate lookups, storing in one transaction), on SQLite and PostgreSQL;
then the time of the whole ledger (``build_ledger``, with its stages) against the number of
event mentions, with the growth exponent between sizes (1 = linear);
and the peak memory of ingesting 1k and 4k articles (flat: streaming, batched commits);
then a full rebuild of 100k articles (``dealwatch rebuild``: the ledger built and kept) in a
process of its own, with its stages and that process's peak RSS; with ``--keep``, the kept
ledger read back after it, each read in a process of its own: the whole (``ledger``), the
deals' summaries (``deals``) and the largest deal alone (``events --deal``). ``--keep DIR``
keeps the synthetic SQLite stores there and reuses them in the next run (building 100k takes
minutes).

The corpus: many stories, each two countries with a few people (spelled several ways by
different outlets), releases with counts, sanctions relief, meetings and calls, dated within
the story's months; articles of 30 outlets published a few days after what they report.
Functions are importable: ``synthetic_articles``, ``build_store``, ``time_add_one``,
``ingest_peak_memory``, ``merge_scaling``, ``rebuild_figures``.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import multiprocessing
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from dealwatch.ingest.dedup import band_keys
from dealwatch.kept import rebuild
from dealwatch.model import (
    Article,
    EntityType,
    EventMention,
    EventType,
    Evidence,
    Extraction,
    NameMention,
    Precision,
    Resolution,
    Status,
    TimeExpr,
)
from dealwatch.pipeline import AnalyzeReport, build_ledger, ingest
from dealwatch.resolve.keys import name_symbols
from dealwatch.store import Store, database_url

COUNTRIES = ["Iran", "Venezuela", "Russia", "United States", "China", "Turkey", "Qatar",
             "Ukraine", "Armenia", "Azerbaijan", "Syria", "Cuba", "Germany", "Poland"]
GIVEN = ["Sergei", "Alexei", "Maria", "Elena", "John", "Ahmad", "Paul", "Olga", "Viktor",
         "Nikolai", "Tatiana", "Omar", "Yuri", "Anna", "Mark", "Ksenia", "Igor", "Dmitry"]
SYLLABLES = ["ka", "lo", "ver", "shi", "tan", "mi", "ro", "zu", "dov", "bek", "nar", "po",
             "li", "sko", "gor", "vin", "ta", "mur", "zhe", "ny"]
WORDS = ["officials", "said", "the", "prisoners", "were", "freed", "after", "months", "of",
         "talks", "between", "envoys", "both", "governments", "while", "relatives", "waited",
         "at", "border", "crossing", "for", "news"]
PER_STORY = 50  # articles a story gets


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() + rng.choice(
        ["ov", "enko", "ian", "i", "sky", "ski"])


def _variant(name: str, rng: random.Random) -> str:
    """A spelling an outlet might use (transliteration noise)."""
    swaps = [("ov", "ou"), ("sky", "ski"), ("zhe", "že"), ("y", "i"), ("ei", "ey")]
    old, new = rng.choice(swaps)
    return name.replace(old, new, 1) if old in name else name


def _story(k: int, rng: random.Random) -> dict[str, object]:
    a, b = rng.sample(COUNTRIES, 2)
    people = [f"{rng.choice(GIVEN)} {_surname(rng)}" for _ in range(4)]
    start = date(2012, 1, 1) + timedelta(days=rng.randrange(13 * 365))
    return {"sides": (a, b), "people": people, "start": start,
            "target": f"{_surname(rng)} Holdings", "counts": [rng.randrange(2, 60)
                                                             for _ in range(3)]}


def _text(doc: str, n: int, rng: random.Random) -> str:
    body = " ".join(rng.choice(WORDS) + (str(rng.randrange(1000)) if i % 4 == 0 else "")
                    for i in range(90))
    return f"Report {doc} number {n}. {body}."


def _when(day: date, start: int) -> TimeExpr:
    return TimeExpr(start, start + 10, day.strftime("%B %d"), day.isoformat(), Precision.DAY,
                    Resolution.RELATIVE_TO_PUBLISHED)


def synthetic_article(n: int, seed: int = 0, per_story: int = PER_STORY
                      ) -> tuple[Article, Extraction]:
    """Article ``n`` of the synthetic corpus and its claims (the same for the same n, seed)."""
    story_no = n // per_story
    story = _story(story_no, random.Random(f"{seed}:{story_no}"))
    rng = random.Random(f"{seed}:{story_no}:{n}")
    doc = hashlib.sha1(f"{seed}:{n}".encode()).hexdigest()[:16]
    a, b = story["sides"]  # type: ignore[misc]
    people: list[str] = story["people"]  # type: ignore[assignment]
    counts: list[int] = story["counts"]  # type: ignore[assignment]
    start: date = story["start"]  # type: ignore[assignment]
    round_no = rng.randrange(3)
    day = start + timedelta(days=30 * round_no)
    published = day + timedelta(days=rng.randrange(4))
    person = people[round_no]
    spelled = _variant(person, rng) if rng.random() < 0.3 else person
    ev = Evidence(doc, 0, 40, "freed")
    mentions = [EventMention(f"{doc}-1", doc, EventType.RELEASE, Status.OCCURRED, ev, "freed",
                             date=_when(day, 0), by=a, count=counts[round_no],
                             persons=(spelled,)),
                EventMention(f"{doc}-2", doc, EventType.SANCTIONS_RELIEF, Status.OCCURRED, ev,
                             "lifted", date=_when(day, 50), by=b,
                             targets=(str(story["target"]),))]
    if rng.random() < 0.5:
        mentions.append(EventMention(
            f"{doc}-3", doc, rng.choice([EventType.MEETING, EventType.CALL]), Status.OCCURRED,
            ev, "met", date=_when(day - timedelta(days=10), 90), participants=tuple(people[2:])))
    names = [NameMention(doc, spelled, EntityType.PERSON, 0, len(spelled), ("journalist",), a),
             NameMention(doc, a, EntityType.COUNTRY, 10, 10 + len(a)),
             NameMention(doc, b, EntityType.COUNTRY, 20, 20 + len(b))]
    names += [NameMention(doc, p, EntityType.PERSON, 30, 30 + len(p)) for p in people[2:]]
    article = Article(id=doc, path=f"synthetic/{story_no:06d}/{n:07d}.txt",
                      text=_text(doc, n, rng), outlet=f"Outlet {rng.randrange(30)}",
                      published=published, published_evidence="synthetic", format="txt")
    return article, Extraction(doc, tuple(mentions), tuple(names), ())


def synthetic_articles(count: int, seed: int = 0, start: int = 0,
                       per_story: int = PER_STORY) -> Iterator[tuple[Article, Extraction]]:
    """``count`` synthetic articles with claims, from article number ``start``."""
    for n in range(start, start + count):
        yield synthetic_article(n, seed, per_story)


def _fake_keys(doc: str) -> list[str]:
    """Band keys for bulk loading: unique per document, as real ones nearly always are, and
    far cheaper to make than a MinHash (the article added afterwards gets real ones)."""
    return [f"{b}:" + hashlib.blake2b(f"{doc}:{b}".encode(), digest_size=12).hexdigest()
            for b in range(9)]


def build_store(url: str, count: int, seed: int = 0, batch: int = 2000) -> float:
    """Fill a store with ``count`` synthetic articles through the Store API; seconds taken."""
    begin = time.perf_counter()
    with Store.open(url) as store:
        items: list[tuple[Article, Extraction | None]] = []
        for article, extraction in synthetic_articles(count, seed):
            items.append((article, extraction))
            if len(items) >= batch:
                store.store_articles(items, "synthetic", dedup=False,
                                     keys=[_fake_keys(a.id) for a, _ in items])
                items = []
        if items:
            store.store_articles(items, "synthetic", dedup=False,
                                 keys=[_fake_keys(a.id) for a, _ in items])
    return time.perf_counter() - begin


def stored_or_built(db: Path, count: int, seed: int = 0) -> float | None:
    """The synthetic store of ``count`` articles at ``db``: reused when it holds that many,
    else built afresh; the seconds building took (None: reused)."""
    if db.exists():
        with Store.open(str(db)) as store:
            if store.counts()["documents"] != count:
                db.unlink()
    return None if db.exists() else build_store(str(db), count, seed)


def median_ms(fn: Callable[[], Any], rounds: int) -> float:
    """The median wall time of ``fn`` over ``rounds`` calls, in milliseconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def time_add_one(url: str, n: int, seed: int = 0, repeat: int = 5) -> float:
    """Median seconds `analyze`'s ingest takes to add one new article to the store, beyond
    its extraction (the extraction is given): the pipeline's own code path."""
    times = []
    with Store.open(url) as store:
        for k in range(repeat):
            article, extraction = synthetic_article(n + k, seed + 1)

            def extract(articles: list[Article], _report: AnalyzeReport,
                        ex: Extraction = extraction) -> list[tuple[Article, Extraction]]:
                return [(a, ex) for a in articles]

            begin = time.perf_counter()
            report = ingest([article], store, extract)
            times.append(time.perf_counter() - begin)
            assert report.added == [article.path], report
    return sorted(times)[len(times) // 2]


def _ingest_synthetic(store: Store, count: int, seed: int) -> None:
    """`analyze`'s ingest of ``count`` synthetic articles, their extraction given."""
    claims: dict[str, Extraction] = {}

    def articles() -> Iterator[Article]:
        for article, extraction in synthetic_articles(count, seed):
            claims[article.id] = extraction
            yield article

    def extract(batch: list[Article], _report: AnalyzeReport
                ) -> list[tuple[Article, Extraction]]:
        return [(a, claims.pop(a.id)) for a in batch]

    ingest(articles(), store, extract)


def ingest_peak_memory(sizes: list[int], seed: int = 7) -> list[tuple[int, float, float]]:
    """For each number of articles: (articles, seconds, peak MiB of Python allocations) of
    `analyze`'s ingest into a new SQLite store, extraction given. Flat peaks mean the
    articles stream through and nothing stored is read back."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(str(Path(tmp) / "warm.db")) as store:
            _ingest_synthetic(store, 20, seed + 1)  # imports and caches are not the corpus
        for size in sizes:
            with Store.open(str(Path(tmp) / f"i{size}.db")) as store:
                tracemalloc.start()
                begin = time.perf_counter()
                _ingest_synthetic(store, size, seed)
                seconds = time.perf_counter() - begin
                peak = tracemalloc.get_traced_memory()[1] / 2**20
                tracemalloc.stop()
            rows.append((size, seconds, peak))
    return rows


def merge_scaling(sizes: list[int], seed: int = 0, keep: Path | None = None
                  ) -> list[tuple[int, int, float, dict[str, float]]]:
    """For each number of articles: (mentions, events, seconds of the whole build_ledger from
    a SQLite store, seconds per stage: read, resolve, merge, ledger). rigour's name tables
    are loaded first (a one-off cost of the process, not of the corpus). ``keep``: a folder
    where the stores are kept and reused (else they are built afresh and removed)."""
    name_symbols("sergei")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            db = (keep or Path(tmp)) / f"synthetic-{size}-{seed}.db"
            stored_or_built(db, size, seed)
            stages: dict[str, float] = {}
            with Store.open(str(db)) as store:
                begin = time.perf_counter()
                ledger = build_ledger(store, stages)
                total = time.perf_counter() - begin
            mentions = sum(len(ex.events) for _, ex in synthetic_articles(size, seed))
            rows.append((mentions, len(ledger.events), total, stages))
            if keep is None:
                db.unlink()
    return rows


def _rebuild_in_child(db: str) -> tuple[float, float, dict[str, float], int, float, float]:
    name_symbols("sergei")  # rigour's tables: a one-off cost of the process, not the corpus
    stages: dict[str, float] = {}
    with Store.open(db) as store:
        begin, cpu = time.perf_counter(), time.process_time()
        events = len(rebuild(store, stages).events)
        seconds, cpu = time.perf_counter() - begin, time.process_time() - cpu
    unit = 2**20 if sys.platform == "darwin" else 2**10  # ru_maxrss: KiB on Linux
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / unit
    forked = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / unit
    return seconds, cpu, stages, events, peak, forked


def _update_in_child(db: str, size: int) -> tuple[float, float, dict[str, float], int, int,
                                                   float, float, float]:
    """Add one new article (with its claims) to a store whose ledger is kept, then bring the
    kept ledger up to date (``kept.update``, what the next ``ledger`` does) and read the
    deals' summaries and the deal of the new article: (seconds to add and update, CPU
    seconds, seconds per stage, deals merged again, deals kept, seconds to read the
    summaries and the deal, peak RSS in MiB)."""
    from dealwatch.kept import kept_deal, kept_summaries, update

    name_symbols("sergei")  # rigour's tables: a one-off cost of the process, not the corpus
    stages: dict[str, float] = {}
    article, extraction = synthetic_article(size)
    with Store.open(db) as store:
        begin, cpu = time.perf_counter(), time.process_time()
        ingest([article], store, lambda batch, _report: [(article, extraction)])
        added = time.perf_counter() - begin
        ledger, memo = update(store, stages)
        seconds, cpu = time.perf_counter() - begin, time.process_time() - cpu
        stages = {"add": added, **stages}
        deal = next(e.deal for e in ledger.events if e.sources[0].document == article.id)
        begin = time.perf_counter()
        kept_summaries(store)
        kept_deal(store, deal or "none")
        read = time.perf_counter() - begin
    again = len(memo.made) - len(memo.reused)
    unit = 2**20 if sys.platform == "darwin" else 2**10  # ru_maxrss: KiB on Linux
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / unit
    return seconds, cpu, stages, again, len(memo.reused), read, peak, \
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / unit


def update_figures(size: int, keep: Path, seed: int = 0) -> tuple[Any, ...]:
    """``_update_in_child`` on a copy of the kept store of ``size`` articles (rebuilt first
    when its ledger is not kept), in a process of its own."""
    import shutil

    db = keep / f"synthetic-{size}-{seed}.db"
    stored_or_built(db, size, seed)
    with tempfile.TemporaryDirectory(dir=keep) as tmp:
        copy = Path(tmp) / db.name
        shutil.copyfile(db, copy)
        return _in_own_process(_update_in_child, str(copy), size)


def _read_in_child(db: str, what: str) -> tuple[float, float, int]:
    """Read the kept ledger after a rebuild as a command does: the whole (``ledger``), the
    deals' summaries (``deals``) or the largest deal (``events --deal``): (seconds, peak RSS
    in MiB, events read)."""
    from dealwatch.kept import kept_deal, kept_ledger, kept_summaries

    with Store.open(db) as store:
        largest = max(kept_summaries(store), key=lambda row: int(row["events"]))["id"]
        begin = time.perf_counter()
        if what == "whole":
            events = len(kept_ledger(store).events)
        elif what == "summaries":
            events = sum(int(row["events"]) for row in kept_summaries(store))
        else:
            events = len(kept_deal(store, largest).events)
        seconds = time.perf_counter() - begin
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return seconds, peak / (2**20 if sys.platform == "darwin" else 2**10), events


def read_figures(size: int, seed: int = 0, keep: Path | None = None
                 ) -> list[tuple[str, float, float, int]]:
    """The kept ledger read after a rebuild, each read in a process of its own: (what,
    seconds, peak RSS in MiB, events)."""
    with tempfile.TemporaryDirectory() as tmp:
        db = (keep or Path(tmp)) / f"synthetic-{size}-{seed}.db"
        stored_or_built(db, size, seed)
        rows = []
        for what in ("whole", "summaries", "one deal"):
            with multiprocessing.get_context("spawn").Pool(1) as pool:
                rows.append((what, *pool.apply(_read_in_child, (str(db), what))))
        return rows


def rebuild_figures(size: int, seed: int = 0, keep: Path | None = None
                    ) -> tuple[float, float, dict[str, float], int, float, float]:
    """A full rebuild (``dealwatch rebuild``: build_ledger, then the ledger kept in the store)
    of a synthetic store of ``size`` articles, in a process of its own: (seconds, CPU
    seconds, seconds per stage, events, that process's peak RSS in MiB, the peak RSS of the
    process it forks to merge deals on the other core, 0 if none). On a busy machine
    the CPU seconds say more than the wall time."""
    with tempfile.TemporaryDirectory() as tmp:
        db = (keep or Path(tmp)) / f"synthetic-{size}-{seed}.db"
        stored_or_built(db, size, seed)
        return _in_own_process(_rebuild_in_child, str(db))


def _in_own_process(fn: Any, *args: Any) -> Any:
    """``fn(*args)`` in a new process that may fork its own (``rebuild`` merges on every
    core): not a pool's worker, whose processes may have no children."""
    context = multiprocessing.get_context("spawn")
    mine, theirs = context.Pipe(duplex=False)
    child = context.Process(target=_send, args=(theirs, fn, args))
    child.start()
    result = mine.recv()
    child.join()
    return result


def _send(pipe: Any, fn: Any, args: tuple[Any, ...]) -> None:
    pipe.send(fn(*args))


def _exponent(rows: list[tuple[int, int, float, dict[str, float]]]) -> str:
    """k in time ~ mentions^k, from the first to the last size (1 = linear)."""
    if len(rows) < 2 or rows[0][2] <= 0:
        return "-"
    first, last = rows[0], rows[-1]
    return f"{math.log(last[2] / first[2]) / math.log(last[0] / first[0]):.2f}"


def _pg_database(admin: str, name: str) -> str:
    engine = create_engine(database_url(admin), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return database_url(admin).set(database=name).render_as_string(hide_password=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="store sizes (articles)")
    parser.add_argument("--merge", default="1000,2000,4000,8000,16000",
                        help="corpus sizes (articles) for the merge timings")
    parser.add_argument("--ingest", default="1000,4000",
                        help="corpus sizes (articles) for the ingest memory figures")
    parser.add_argument("--rebuild", default="100000",
                        help="corpus sizes (articles) for the full rebuild (empty: none)")
    parser.add_argument("--keep", help="a folder to keep the synthetic stores in and reuse")
    parser.add_argument("--update", default="",
                        help="store sizes (articles) for adding one article to a store whose "
                             "ledger is kept and updating it (needs --keep; empty: none)")
    parser.add_argument("--pg", default=os.environ.get("DEALWATCH_TEST_PG"),
                        help="PostgreSQL admin URL (default: DEALWATCH_TEST_PG)")
    args = parser.parse_args()
    keep = Path(args.keep) if args.keep else None
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    band_keys("warm up the MinHash permutations")
    print("== adding one article (beyond its extraction) to a store of N articles")
    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(s) for s in args.sizes.split(",") if s):
            targets = [("sqlite", str(Path(tmp) / f"s{size}.db"))]
            if args.pg:
                targets.append(("postgresql", _pg_database(args.pg, f"dw_bench_{size}")))
            for backend, url in targets:
                built = build_store(url, size)
                one = time_add_one(url, size)
                print(f"{backend:10s} N={size:>7d}  add one: {one * 1000:7.1f} ms   "
                      f"(store built in {built:.0f} s, {size / built:.0f} articles/s)")
    print("== ingest (analyze without extraction) into a new SQLite store: peak memory")
    for size, seconds, peak in ingest_peak_memory([int(s) for s in args.ingest.split(",") if s]):
        print(f"articles {size:>6d}  {size / seconds:6.0f} articles/s  peak {peak:6.1f} MiB")
    print("== the whole ledger (build_ledger: read, resolve, merge, rounds/totals/promises)")
    print_merge_scaling([int(s) for s in args.merge.split(",") if s], keep)
    print("== a full rebuild (dealwatch rebuild: the ledger built and kept), own process")
    for size in (int(s) for s in args.rebuild.split(",") if s):
        seconds, cpu, stages, events, peak, forked = rebuild_figures(size, keep=keep)
        parts = "  ".join(f"{k} {v:5.2f}" for k, v in stages.items())
        print(f"articles {size:>7d}  events {events:>6d}  rebuild {seconds:7.2f} s, CPU "
              f"{cpu:6.2f} s  ({parts})  peak RSS {peak:6.0f} MiB (its merging child "
              f"{forked:.0f} MiB)", flush=True)
        if keep:  # the store rebuilt above, its ledger and parts kept: read them
            for what, seconds, peak, n in read_figures(size, keep=keep):
                print(f"  read {what:<10s} {seconds:6.2f} s  ({n} events)  peak RSS "
                      f"{peak:6.0f} MiB", flush=True)
    if args.update and keep:
        print("== one article added to a store whose ledger is kept, the ledger updated")
        print_update_figures([int(s) for s in args.update.split(",") if s], keep)


def print_update_figures(sizes: list[int], keep: Path) -> None:
    """Print ``update_figures`` for each size."""
    for size in sizes:
        seconds, cpu, stages, again, reused, read, peak, forked = update_figures(size, keep)
        parts = "  ".join(f"{k} {v:5.2f}" for k, v in stages.items())
        print(f"articles {size:>7d}  add one and update {seconds:7.2f} s, CPU {cpu:6.2f} s "
              f"({parts})  deals merged again {again}, kept {reused}; then read the deals "
              f"and that deal {read:5.2f} s; peak RSS {peak:6.0f} MiB (merging child "
              f"{forked:.0f} MiB)", flush=True)


def print_merge_scaling(sizes: list[int], keep: Path | None = None) -> None:
    """Print ``merge_scaling``'s rows and the growth exponent."""
    if not sizes:
        return
    rows = merge_scaling(sizes, keep=keep)
    for mentions, events, total, stages in rows:
        parts = "  ".join(f"{k} {v:5.2f}" for k, v in stages.items())
        print(f"mentions {mentions:>7d}  events {events:>6d}  build_ledger {total:7.2f} s  "
              f"({parts})", flush=True)
    steps = ", ".join(
        f"{a[0]}->{b[0]}: {math.log(b[2] / a[2]) / math.log(b[0] / a[0]):.2f}"
        for a, b in zip(rows, rows[1:], strict=False) if a[2] > 0)
    print(f"growth exponent (time ~ mentions^k): k={_exponent(rows)} overall; per step {steps}")


if __name__ == "__main__":
    main()
