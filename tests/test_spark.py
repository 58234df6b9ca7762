"""Spark in local mode (local[2]) against the single-machine pipeline, on the example corpus.

One Spark session for the module. The example files are turned into raw JSON-lines records
(text and HTML as written, not cleaned): cleaning, publication dates and extraction happen in
the executors.
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import feedparser
import pytest
from click.testing import CliRunner
from hostile import DEEP, GOOD, canary_server
from pyspark.sql import SparkSession
from spacy.language import Language

from dealwatch.cli import main
from dealwatch.errors import SparkError
from dealwatch.ingest.readers import fragment_text
from dealwatch.model import Rejected
from dealwatch.pipeline import build_ledger, run_analyze
from dealwatch.progress import progress
from dealwatch.spark import extract_records, load_output, spark_extract, spark_session
from dealwatch.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")


def _feed_records(path: Path) -> Iterator[dict[str, Any]]:
    feed = feedparser.parse(path.read_bytes())
    for item in feed.entries:
        content = "\n".join(c.get("value", "") for c in item.get("content") or [])
        content = content.strip() or item.get("summary", "")
        yield {"text": fragment_text(content) if "<" in content else content,
               "title": item.get("title"), "url": item.get("link"),
               "published": item.get("published"), "outlet": feed.feed.get("title")}


def example_records() -> list[dict[str, Any]]:
    """Every article of examples/ as a raw record, in the order analyze reads them."""
    out: list[dict[str, Any]] = []
    for path in sorted(EXAMPLES.iterdir()):
        if path.suffix == ".txt":
            out.append({"text": path.read_text(encoding="utf-8")})
        elif path.suffix == ".html":
            out.append({"html": path.read_text(encoding="utf-8")})
        elif path.suffix == ".xml":
            out.extend(_feed_records(path))
        elif path.suffix == ".jsonl":
            out.extend(json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()
                       if ln.strip())
    return out


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    with spark_session("local[2]", app="dealwatch-tests") as session:
        yield session


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("spark") / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in example_records()), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def claims(spark: SparkSession, corpus: Path) -> Path:
    out = corpus.parent / "claims"
    summary = spark_extract(spark, str(corpus), str(out), partitions=3)
    assert (summary.records, summary.articles, summary.rejected) == (8, 8, 0)
    return out


def _comparable(ledger: dict[str, Any]) -> dict[str, Any]:
    """The ledger without what says where a document was read from: its path (a file of
    examples/ or a line of corpus.jsonl) and, for the feed items, the wording of the
    publication-date evidence ("feed item published '...'" against "field 'published' '...'")."""
    docs = [{k: v for k, v in d.items() if k not in ("path", "published_evidence")}
            for d in ledger["documents"]]
    return {**ledger, "documents": sorted(docs, key=lambda d: d["id"])}


def test_spark_ledger_equals_the_single_machine_ledger(claims: Path, tmp_path: Path,
                                                       nlp: Language) -> None:
    with Store.open(str(tmp_path / "one.db")) as store:
        run_analyze([str(EXAMPLES)], store, nlp)
        single = build_ledger(store).to_dict()
    with Store.open(str(tmp_path / "spark.db")) as store:
        report = load_output(str(claims), store)
        spark_ledger = build_ledger(store).to_dict()
    assert (len(report.added), len(report.duplicates), report.rejected) == (7, 1, [])
    assert len(single["events"]) >= 5 and single["rounds"]
    assert _comparable(spark_ledger) == _comparable(single)
    # what is left out above differs only where the document came from
    paths = sorted(d["path"] for d in spark_ledger["documents"])
    assert paths == [f"{claims.parent / 'corpus.jsonl'}#{n}" for n in range(1, 9)]
    evidence = {d["id"]: d["published_evidence"] for d in single["documents"]}
    for doc in spark_ledger["documents"]:
        if doc["published_evidence"] != evidence[doc["id"]]:
            assert evidence[doc["id"]].startswith("feed item published"), doc


def test_loading_again_adds_nothing(claims: Path, tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.db")) as store:
        load_output(str(claims), store)
        before = store.counts()
        again = load_output(str(claims), store)
        assert store.counts() == before
    assert (again.added, len(again.skipped)) == ([], 8)


def test_bad_records_are_rejected_and_the_rest_extracted(spark: SparkSession,
                                                         tmp_path: Path) -> None:
    good = example_records()[0]
    src = tmp_path / "mixed.jsonl"
    src.write_text(json.dumps(good) + "\n{not json\n\n" + json.dumps({"title": "no body"}) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out"
    summary = spark_extract(spark, str(src), str(out), partitions=2)
    assert (summary.records, summary.articles, summary.rejected) == (3, 1, 2)
    with Store.open(str(tmp_path / "s.db")) as store:
        report = load_output(str(out), store)
        rejected = store.rejected()
    assert [(r.path, r.code) for r in rejected] == [(f"{src}#2", "DW107"), (f"{src}#4", "DW107")]
    assert len(report.added) == 1 and len(report.rejected) == 2


def test_parquet_input_gives_the_same_claims(spark: SparkSession, claims: Path,
                                             corpus: Path, tmp_path: Path) -> None:
    src = str(tmp_path / "corpus.parquet")
    spark.read.json(str(corpus)).write.parquet(src)
    out = tmp_path / "out"
    spark_extract(spark, src, str(out), partitions=2)
    def ids(folder: Path) -> set[str]:
        return {r.id for r in spark.read.parquet(str(folder)).select("id").collect()}
    assert ids(out) == ids(claims) and len(ids(out)) == 8


def test_failures_are_one_line(spark: SparkSession, claims: Path, corpus: Path,
                               tmp_path: Path) -> None:
    with pytest.raises(SparkError, match="cannot read the input") as missing:
        spark_extract(spark, str(tmp_path / "nothing.jsonl"), str(tmp_path / "o"))
    with pytest.raises(SparkError, match="already exists; .* --overwrite") as exists:
        spark_extract(spark, str(corpus), str(claims))
    with pytest.raises(SparkError, match=r"cannot load the spaCy model .*\[DW300\]") as model:
        spark_extract(spark, str(corpus), str(tmp_path / "o"), model="no_such_model")
    for caught in (missing, exists, model):
        assert "\n" not in str(caught.value)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_counts_the_records_as_partitions_end(spark: SparkSession, corpus: Path,
                                                       tmp_path: Path) -> None:
    screen = Terminal()
    summary = spark_extract(spark, str(corpus), str(tmp_path / "out"), partitions=2,
                            bar=partial(progress, "records", stream=screen))
    shown = screen.getvalue()
    assert summary.records == 8 and "records" in shown and "8/8" in shown, shown
    assert "0/8" in shown  # drawn before the job ended, not only at the end


def test_executor_function_runs_without_spark() -> None:
    huge = json.dumps({"text": "word " * 1_000_001})
    rows = list(extract_records([("f.jsonl", 1, json.dumps(example_records()[0])),
                                 ("f.jsonl", 2, "[1, 2]"), ("f.jsonl", 3, huge)]))
    assert rows[0]["path"] == "f.jsonl#1" and json.loads(rows[0]["extraction"])["events"]
    codes = [Rejected.from_dict(json.loads(r["rejected"])).code for r in rows[1:]]
    assert codes == ["DW107", "DW105"]  # malformed; over the reader's size limit


def test_load_refuses_a_folder_that_is_not_an_output(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.db")) as store, pytest.raises(SparkError, match="_SUCCESS"):
        load_output(str(tmp_path), store)


def test_cli_extract_load_ledger(spark: SparkSession, corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out, db = str(tmp_path / "claims"), str(tmp_path / "c.db")
    res = runner.invoke(main, ["spark-extract", str(corpus), "--output", out,
                               "--master", "local[2]", "--partitions", "2"])
    assert res.exit_code == 0, res.output
    assert "8 records: 8 articles, 0 rejected" in res.output
    assert "━" not in res.output  # standard error is no terminal here: no bar
    res = runner.invoke(main, ["load", out, "--db", db])
    assert res.exit_code == 0 and "7 added" in res.output, res.output
    res = runner.invoke(main, ["ledger", "--db", db, "--json"])
    assert json.loads(res.output)["events"]
    res = runner.invoke(main, ["load", str(tmp_path), "--db", db])
    assert res.exit_code == 2 and "not a finished spark-extract output" in res.output
    # the session the tests run on is still up: the command stops only one it started
    assert spark.sparkContext._jsc is not None


def test_cli_extract_a_hostile_batch_one_line_each_and_exit_1(
        spark: SparkSession, tmp_path: Path) -> None:
    """Good records beside the inputs of issue 14 as JSON lines: the good ones extracted, each
    bad one written as rejected and printed as one line, exit 1; nothing fetched."""
    good = [json.dumps(r) for r in example_records()[:2]]
    with canary_server() as canary:
        bad = {
            json.dumps({"text": GOOD})[:-2] + ' \\ud800"}': "DW106",  # a lone surrogate
            '{"text": "x", "n": ' + "9" * 5000 + "}": "DW107",  # over 4,300 digits
            '{"text": ' + DEEP + "}": "DW107",  # 100,000 deep
            "{not json": "DW107",
            json.dumps({"text": GOOD + "\u0000"}): "DW106",
            json.dumps({"title": "\x1b[2J\nno body"}): "DW107",
        }
        src = tmp_path / "hostile.jsonl"
        src.write_text("\n".join([good[0], *bad, good[1],
                                  json.dumps({"html": f"{canary.url}/x"})]) + "\n",
                       encoding="utf-8")
        out = tmp_path / "claims"
        res = CliRunner().invoke(main, ["spark-extract", str(src), "--output", str(out),
                                        "--master", "local[2]", "--partitions", "2"])
        assert canary.requests == []
    assert res.exit_code == 1, res.output
    assert "Traceback" not in res.output
    lines = [ln for ln in res.stderr.splitlines() if ": rejected (" in ln]
    codes = [ln.split(": rejected (")[1][:5] for ln in lines]
    assert codes == list(bad.values()), lines  # in input order, lines 2 to 7
    assert [ln.split(": rejected")[0] for ln in lines] == [f"{src}#{n}" for n in range(2, 8)]
    assert "9 records: 3 articles, 6 rejected" in res.stderr
    with Store.open(str(tmp_path / "s.db")) as store:
        report = load_output(str(out), store)
        assert len(report.added) == 3 and len(store.rejected()) == 6


def test_the_executors_keep_the_per_article_budget() -> None:
    rows = list(extract_records([("f.jsonl", 1, json.dumps(example_records()[0])),
                                 ("f.jsonl", 2, json.dumps({"text": GOOD}))], budget=1e-6))
    codes = [Rejected.from_dict(json.loads(r["rejected"])).code for r in rows]
    assert codes == ["DW114", "DW114"]
