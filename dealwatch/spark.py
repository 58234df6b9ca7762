"""Apache Spark for the heavy per-article stage; a thin shell over ingest and the pipeline.

``spark_extract`` reads JSON lines (one article a line, as the ``.jsonl`` reader takes them)
or Parquet (the same fields as columns) and, in the executors, runs exactly what ``analyze``
runs on one machine: ``ingest.read_record`` (cleaning, publication date, id) and
``pipeline.analyze_texts`` (dates and events), with the spaCy pipeline loaded once per
executor process. It writes one Parquet row per input record: the article and its extraction
as JSON, or the rejection. ``load_output`` brings such a folder into a store the way
``analyze`` stores what it read (near-duplicates kept once, known articles skipped), after
which resolution, merging and the ledger run as usual.

Nothing in the pipeline imports this module; PySpark (``pip install 'dealwatch[spark]'``) is
imported only when a Spark command runs.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from dealwatch.errors import ExtractionFailed, SparkError, TooLarge
from dealwatch.extract import EXTRACTOR_VERSION
from dealwatch.ingest import MAX_BYTES, read_record_line
from dealwatch.ingest.budget import budget_seconds, per_article
from dealwatch.model import Article, Extraction, Rejected
from dealwatch.pipeline import BATCH, AnalyzeReport, extract_each, ingest, load_nlp
from dealwatch.store import Store

if TYPE_CHECKING:
    from pyspark.accumulators import Accumulator
    from pyspark.sql import DataFrame, SparkSession
    from spacy.language import Language

# One row per input record, in input order (file, line).
OUTPUT_COLUMNS = (("file", "string"), ("line", "long"), ("path", "string"), ("id", "string"),
                  ("article", "string"), ("extraction", "string"), ("rejected", "string"),
                  ("extractor", "string"))
SUCCESS = "_SUCCESS"

# The spaCy pipeline of this (executor) process, by model name: loaded once, reused by every
# task the process runs (PySpark reuses its Python workers).
_NLP: dict[str | None, Language] = {}


def executor_nlp(model: str | None) -> Language:
    """The spaCy pipeline of this process, loaded on first use."""
    if model not in _NLP:
        _NLP[model] = load_nlp(model)
    return _NLP[model]


# --- executors: records in, rows out (plain Python, no Spark needed) ------------------------


def _rejected_row(file: str, line: int, rej: Rejected) -> dict[str, Any]:
    return {"file": file, "line": line, "path": rej.path, "id": None, "article": None,
            "extraction": None, "rejected": json.dumps(rej.to_dict(), ensure_ascii=False),
            "extractor": None}


def _article_row(file: str, line: int, article: Article,
                 extraction: Extraction) -> dict[str, Any]:
    return {"file": file, "line": line, "path": article.path, "id": article.id,
            "article": json.dumps(article.to_dict(), ensure_ascii=False),
            "extraction": json.dumps(extraction.to_dict(), ensure_ascii=False),
            "rejected": None, "extractor": EXTRACTOR_VERSION}


def _extract_batch(batch: list[tuple[str, int, Article | Rejected]],
                   model: str | None, budget: float | None) -> Iterator[dict[str, Any]]:
    """Rows of one batch in input order, its articles extracted together; a failing or slow
    article is retried alone and rejected (the pipeline's own isolation and budget)."""
    articles = [item for *_, item in batch if isinstance(item, Article)]
    report = AnalyzeReport()
    done: dict[Article, Extraction] = {}
    if articles:
        nlp = executor_nlp(model)
        with per_article(budget):
            done = dict(extract_each(articles, nlp, report))
    failed = {r.path: r for r in report.rejected}
    for file, line, item in batch:
        if isinstance(item, Rejected):
            yield _rejected_row(file, line, item)
        elif item in done:
            yield _article_row(file, line, item, done[item])
        else:
            yield _rejected_row(file, line, failed[item.path])


def _read_one(where: str, raw: str, budget: float | None) -> Article | Rejected:
    size = len(raw.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:  # the single-machine reader's limit, per record: one file may be huge
        return Rejected(where, TooLarge.code, f"{size} bytes is over the {MAX_BYTES}-byte limit")
    with per_article(budget):
        return read_record_line(where, raw)


def extract_records(records: Iterable[tuple[str, int, str]], model: str | None = None,
                    budget: float | None = None) -> Iterator[dict[str, Any]]:
    """Output rows of (file, line, JSON record) inputs, in their order: read and clean each
    record, extract the articles in batches, each article within ``budget`` seconds (None:
    the default). What each executor runs on its partition."""
    batch: list[tuple[str, int, Article | Rejected]] = []
    found = 0  # articles in the batch
    for file, line, raw in records:
        item = _read_one(f"{file}#{line}", raw, budget)
        batch.append((file, line, item))
        found += isinstance(item, Article)
        if found >= BATCH:
            yield from _extract_batch(batch, model, budget)
            batch, found = [], 0
    if batch:
        yield from _extract_batch(batch, model, budget)


def _counted(records: Iterable[tuple[str, int, str]], done: Accumulator[int],
             model: str | None, budget: float | None) -> Iterator[dict[str, Any]]:
    """``extract_records``, adding each row written to ``done`` (the driver's count)."""
    for row in extract_records(records, model, budget):
        done.add(1)
        yield row


# --- the driver ------------------------------------------------------------------------------


def _pyspark() -> Any:
    try:
        import pyspark
    except ImportError as exc:
        raise SparkError("PySpark is not installed; install it with "
                         "pip install 'dealwatch[spark]' (it needs Java 17 or newer)") from exc
    return pyspark


@contextmanager
def spark_session(master: str | None = None, app: str = "dealwatch",
                  console_progress: bool = True) -> Iterator[SparkSession]:
    """The running Spark session, or a new one on ``master`` (e.g. ``local[2]``; without it,
    what spark-submit set, else ``local[*]``), stopped at the end only if it was started here.
    ``console_progress=False``: a new session draws no stage bars of its own (dealwatch
    draws one)."""
    _pyspark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        yield active
        return
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    if not console_progress:
        builder = builder.config("spark.ui.showConsoleProgress", "false")
    # Without a master and outside spark-submit (which sets the gateway port), PySpark runs
    # locally: its workers should run this interpreter, the one dealwatch and its model are
    # in. PySpark reads the variable when the context starts.
    local = master.startswith("local") if master else "PYSPARK_GATEWAY_PORT" not in os.environ
    if local:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # noqa: BLE001 - Java missing, port in use...: one line
        raise SparkError(f"cannot start Spark ({_one_line(exc)}); it needs Java 17 or "
                         "newer") from exc
    try:
        yield spark
    finally:
        spark.stop()


def _one_line(exc: BaseException) -> str:
    """The line of a Spark failure that says what went wrong: a dealwatch error raised in an
    executor (``... [DW300]``) when there is one, else the first line."""
    lines = [ln.strip() for ln in str(exc).strip().splitlines() if ln.strip()]
    ours = [ln for ln in lines if re.search(r"\[DW\d{3}\]$", ln)]
    return (ours or lines or [type(exc).__name__])[-1 if ours else 0]


def _input_lines(spark: SparkSession, source: str, fmt: str) -> DataFrame:
    """(file, line, value): every non-blank record of the input with its line (row) number
    in its file, counted from 1 like the JSON-lines reader counts."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    if fmt == "parquet":
        raw = spark.read.parquet(source)
        # a row becomes the JSON record the reader takes (dates as ISO text, nulls left out)
        raw = raw.select(F.to_json(F.struct(*raw.columns)).alias("value"))
    else:
        raw = spark.read.text(source)
    # Within one file, ids grow with the position in the file (splits are read in order).
    df = raw.select(F.regexp_replace(F.input_file_name(), "^file://", "").alias("file"),
                    F.monotonically_increasing_id().alias("pos"), "value")
    df = df.withColumn("line", F.row_number().over(Window.partitionBy("file").orderBy("pos")))
    return df.where(F.trim("value") != "").select("file", "line", "value")


def _output_schema() -> Any:
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    kinds = {"string": StringType(), "long": LongType()}
    return StructType([StructField(n, kinds[t], True) for n, t in OUTPUT_COLUMNS])


# A progress bar opened with the number of records: it yields a function to call with how
# many more records are done (``dealwatch.progress.progress`` with its label given).
Bar = Callable[[int], AbstractContextManager[Callable[[int], None]]]


@contextmanager
def _watching(done: Accumulator[int], total: int, bar: Bar | None) -> Iterator[None]:
    """While the block runs, move ``bar`` on as the executors' rows come back to the driver:
    an accumulator's count grows as each task (a partition) ends."""
    if bar is None:
        yield
        return
    shown = 0
    with bar(total) as advance:

        def catch_up() -> None:
            nonlocal shown
            now = min(int(done.value), total)  # a task run twice counts its rows twice
            advance(now - shown)
            shown = now

        stop = threading.Event()

        def poll() -> None:
            while not stop.wait(0.25):
                catch_up()

        watcher = threading.Thread(target=poll, name="dealwatch-progress", daemon=True)
        watcher.start()
        try:
            yield
        finally:
            stop.set()
            watcher.join()
            catch_up()


@dataclass
class ExtractSummary:
    """What one spark-extract run wrote."""

    records: int
    articles: int
    rejected: int
    partitions: int


def spark_extract(spark: SparkSession, source: str, output: str, *, model: str | None = None,
                  partitions: int | None = None, fmt: str | None = None,
                  overwrite: bool = False, budget: float | None = None,
                  on_rejected: Callable[[Rejected], None] | None = None,
                  bar: Bar | None = None) -> ExtractSummary:
    """Read, clean and extract every record of ``source`` in the executors; write Parquet.

    Each article has ``budget`` seconds (None: the default); ``on_rejected`` gets every
    rejected record, in input order, once the job is written. ``bar``, when given, shows
    records done of total as partitions end (the records are counted first, for it)."""
    from pyspark.sql import functions as F

    fmt = fmt or ("parquet" if source.rstrip("/").endswith(".parquet") else "json")
    n = partitions or max(2, spark.sparkContext.defaultParallelism * 2)
    try:
        lines = _input_lines(spark, source, fmt)
        # Ranges of (file, line), sorted, one per partition: with little data and much work
        # a row, the partitions are many and even, and part files come out in input order.
        keyed: Any = lines.rdd.map(lambda r: ((r.file, r.line), r.value)).sortByKey(
            numPartitions=n)
        total = lines.count() if bar is not None else 0
    except Exception as exc:  # noqa: BLE001 - a missing path, an unreadable file: one line
        raise SparkError(f"{source}: cannot read the input ({_one_line(exc)})") from exc
    done = spark.sparkContext.accumulator(0)
    rows = keyed.map(lambda kv: (kv[0][0], kv[0][1], kv[1])).mapPartitions(
        partial(_counted, done=done, model=model, budget=budget_seconds(budget)))
    out = spark.createDataFrame(rows, _output_schema())
    try:
        with _watching(done, total, bar):
            out.write.mode("overwrite" if overwrite else "errorifexists").parquet(output)
    except Exception as exc:  # noqa: BLE001 - the output exists, an executor failed: one line
        if "PATH_ALREADY_EXISTS" in str(exc):
            raise SparkError(f"{output}: already exists; choose another folder or use "
                             "--overwrite") from exc
        raise SparkError(f"{source}: the Spark job failed ({_one_line(exc)})") from exc
    written = spark.read.parquet(output)
    counts = written.agg(F.count("*").alias("n"), F.count("article").alias("a")).first()
    assert counts is not None
    if on_rejected is not None and counts["n"] != counts["a"]:
        refused = written.where(F.col("rejected").isNotNull()).orderBy("file", "line")
        for row in refused.select("rejected").toLocalIterator():
            on_rejected(Rejected.from_dict(json.loads(row["rejected"])))
    return ExtractSummary(int(counts["n"]), int(counts["a"]), int(counts["n"]) - int(counts["a"]),
                          n)


# --- loading an output folder into a store (pyarrow; no Spark needed) ------------------------


def read_output(folder: str) -> Iterator[dict[str, Any]]:
    """The rows of a spark-extract output folder (local, hdfs:// or s3://), in input order."""
    try:
        import pyarrow.dataset as ds
        import pyarrow.fs as pafs
    except ImportError as exc:
        raise SparkError("pyarrow is not installed; install it with "
                         "pip install 'dealwatch[spark]'") from exc
    try:
        fs, root = pafs.FileSystem.from_uri(folder) if "://" in folder else \
            (pafs.LocalFileSystem(), folder)
        if fs.get_file_info(f"{root.rstrip('/')}/{SUCCESS}").type == pafs.FileType.NotFound:
            raise SparkError(f"{folder}: not a finished spark-extract output (no {SUCCESS})")
        data = ds.dataset(root, filesystem=fs, format="parquet")
        missing = {n for n, _ in OUTPUT_COLUMNS} - set(data.schema.names)
    except (OSError, ValueError) as exc:
        raise SparkError(f"{folder}: cannot read it ({str(exc).splitlines()[0]})") from exc
    if missing:
        raise SparkError(f"{folder}: not a spark-extract output (no {', '.join(sorted(missing))})")
    # Spark numbers part files by partition, and partitions are ranges of the input order.
    for fragment in sorted(data.get_fragments(), key=lambda f: f.path):
        for batch in fragment.to_batches(columns=[n for n, _ in OUTPUT_COLUMNS]):
            yield from batch.to_pylist()


def load_output(folder: str, store: Store,
                on_batch: Callable[[int], None] | None = None) -> AnalyzeReport:
    """Store every article of a spark-extract output through ``analyze``'s own ingest: known
    articles are skipped, near-duplicates are kept once (``duplicate_of``), rejected inputs
    are recorded; an article the extractor failed on is reported, not stored."""
    pending: OrderedDict[str, str] = OrderedDict()  # article id -> its extraction's JSON
    failed: list[Rejected] = []

    def items() -> Iterator[Article | Rejected]:
        for row in read_output(folder):
            if row["article"] is None:
                rej = Rejected.from_dict(json.loads(row["rejected"]))
                if rej.code == ExtractionFailed.code:  # as analyze: reported, not stored
                    failed.append(rej)
                else:
                    yield rej
                continue
            article = Article.from_dict(json.loads(row["article"]))
            pending[article.id] = row["extraction"]
            # ingest works a batch at a time: older entries were skipped or are duplicates
            while len(pending) > 4 * BATCH:
                pending.popitem(last=False)
            yield article

    def extract(articles: list[Article],
                _report: AnalyzeReport) -> list[tuple[Article, Extraction]]:
        return [(a, Extraction.from_dict(json.loads(pending.pop(a.id)))) for a in articles]

    report = ingest(items(), store, extract, on_batch=on_batch)
    report.rejected.extend(failed)
    return report
