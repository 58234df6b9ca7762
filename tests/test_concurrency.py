"""Several writers and readers on one store at once, on SQLite and PostgreSQL: nothing lost,
nothing stored twice, near-duplicates kept once, readers never wait for a writer."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from sqlalchemy import insert
from test_store import article, extraction

from dealwatch.model import Article
from dealwatch.pipeline import build_ledger, run_analyze
from dealwatch.store import Store
from dealwatch.store.schema import documents

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
WORDS = ["guards", "prisoner", "freed", "bridge", "border", "envoy", "talks", "release",
         "sanctions", "flight", "minister", "court", "journalist", "activist", "deal", "swap",
         "round", "statement", "officials", "embassy"]


def _story(n: int) -> str:
    """A text of its own for each n (no two share a run of five words)."""
    return " ".join(f"{WORDS[(i * (n + 3)) % len(WORDS)]}{n}x{i % 9}" for i in range(120))


def _items(order: int) -> list[tuple[Article, Any]]:
    """30 distinct articles and, for ten of them, a near-duplicate; in two orders."""
    items = []
    for n in range(30):
        items.append((article(n, text=_story(n)), extraction(n)))
        if n % 3 == 0:
            copy = items[-1][0].text + " Updated with agency reporting."
            items.append((article(100 + n, text=copy, path=f"wire/{n}.txt"), extraction(100 + n)))
    return items if order == 0 else items[::-1]


def _writer(url: str, order: int, barrier: Any, out: Any) -> None:
    items = _items(order)
    barrier.wait()  # both create the store at once, then write at once
    with Store.open(url) as store:
        stored = []
        for start in range(0, len(items), 4):
            stored += store.store_articles(items[start:start + 4], "rules-1")
        out.put([(a.id, a.duplicate_of) for a in stored if a is not None])


def test_two_writers_store_everything_once(store_url: str) -> None:
    ctx = mp.get_context("fork")
    barrier, out = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(store_url, k, barrier, out)) for k in (0, 1)]
    for p in procs:
        p.start()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    added = [doc for result in results for doc in result]
    ids = [doc_id for doc_id, _ in added]
    assert sorted(ids) == sorted({a.id for a, _ in _items(0)})  # each stored, by one writer
    with Store.open(store_url) as store:
        stored = {a.id: a for a in store.articles()}
        claims = {e.document for e in store.extractions()}
    assert len(stored) == 40
    for n in range(0, 30, 3):  # of each near-duplicate pair exactly one original with claims
        pair = [stored[f"id{n}"], stored[f"id{100 + n}"]]
        originals = [a for a in pair if a.duplicate_of is None]
        assert len(originals) == 1, pair
        assert {a.id for a in pair} & claims == {originals[0].id}
    assert len(claims) == 30


def _analyze(url: str) -> subprocess.Popen[str]:
    cli = Path(sys.executable).with_name("dealwatch")
    return subprocess.Popen([str(cli), "analyze", str(EXAMPLES), "--db", url, "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "DEALWATCH_DB": ""})


@pytest.fixture(scope="module")
def one_run(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    """The ledger and row counts of the example corpus analyzed once, alone."""
    with Store.open(str(tmp_path_factory.mktemp("one") / "one.db")) as one:
        run_analyze([str(EXAMPLES)], one, nlp)
        return build_ledger(one).to_dict(), one.counts()


def test_two_analyze_runs_at_once_equal_one(store_url: str, one_run: tuple[Any, Any]) -> None:
    Store.open(store_url).close()
    runs = [_analyze(store_url) for _ in range(2)]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    expected, expected_counts = one_run
    with Store.open(store_url) as both:
        assert both.counts() == expected_counts
        assert build_ledger(both).to_dict() == expected
    added = sum(int(out.split(" added")[0].split()[-1]) for out in outputs)
    assert added == expected_counts["extractions"]  # each article extracted once in all


def test_reads_answer_while_a_long_write_is_open(store_url: str) -> None:
    with Store.open(store_url) as store:
        store.add_article(article(1), extraction(1))
    holding, release = threading.Event(), threading.Event()

    def long_write() -> None:
        with Store.open(store_url) as writer, writer._write() as conn:
            conn.execute(insert(documents).values(
                id="id2", path="b.txt", format="txt", text="x", removed="[]", added_at="now"))
            holding.set()
            release.wait(60)

    thread = threading.Thread(target=long_write)
    thread.start()
    try:
        assert holding.wait(30)
        seen: list[Any] = []
        reader = threading.Thread(target=lambda: seen.append(_ledger_docs(store_url)))
        start = time.perf_counter()
        reader.start()
        reader.join(20)
        assert not reader.is_alive(), "a read waited for the writer"
        assert seen == [["id1"]]  # and it does not see the uncommitted row
        assert time.perf_counter() - start < 20
    finally:
        release.set()
        thread.join(60)
    assert sorted(_ledger_docs(store_url)) == ["id1", "id2"]  # committed: now seen


def _ledger_docs(url: str) -> list[str]:
    with Store.open(url) as store:
        return [d.id for d in build_ledger(store).documents]


def test_a_second_writer_waits_instead_of_failing(store_url: str) -> None:
    Store.open(store_url).close()
    holding = threading.Event()

    def first() -> None:
        with Store.open(store_url) as writer, writer._write() as conn:
            conn.execute(insert(documents).values(
                id="id9", path="first.txt", format="txt", text="x", removed="[]",
                added_at="now"))
            holding.set()
            time.sleep(1.5)

    thread = threading.Thread(target=first)
    thread.start()
    assert holding.wait(30)
    with Store.open(store_url) as second:
        assert second.add_article(article(1), extraction(1))
        assert second.add_article(article(9, id="id9"), None) is False  # waited, then saw it
    thread.join(30)
    with Store.open(store_url) as store:
        assert store.known_ids() == {"id1", "id9"}
        assert json.loads(json.dumps(store.counts()))["documents"] == 2
