"""The store on real SQLite files and a real PostgreSQL: round trips, idempotence, ordering,
failures that leave data intact, refusals.

The behaviour tests take the ``store`` fixture, built on ``store_url`` (tests/backends.py):
each runs on a temporary SQLite file and on an empty PostgreSQL database.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from sqlalchemy import create_engine, event, inspect, text

from dealwatch.errors import StoreError
from dealwatch.extract import EXTRACTOR_VERSION
from dealwatch.model import (
    Article,
    Decision,
    EntityType,
    EventMention,
    EventType,
    Evidence,
    Extraction,
    NameMention,
    Precision,
    Rejected,
    Resolution,
    StatedTotal,
    Status,
    TimeExpr,
)
from dealwatch.pipeline import run_analyze
from dealwatch.store import SCHEMA_VERSION, Store, database_url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with Store.open(store_url) as s:
        yield s


def article(n: int = 1, **kw: Any) -> Article:
    fields: dict[str, Any] = {
        "id": f"id{n}", "path": f"corpus/a{n}.txt", "text": f"Text {n}: Belarus freed 52 — «Ок».",
        "title": f"Title {n}", "outlet": "Outlet", "url": f"https://example.org/{n}",
        "published": date(2025, 9, 11), "published_evidence": "meta:article:published_time",
        "format": "html", "removed": ("Featured", "Share this"),
    }
    fields.update(kw)
    return Article(**fields)


def extraction(n: int = 1) -> Extraction:
    when = TimeExpr(0, 4, "Thursday", "2025-09-11", Precision.DAY,
                    Resolution.RELATIVE_TO_PUBLISHED)
    ev = EventMention(f"m{n}", f"id{n}", EventType.RELEASE, Status.OCCURRED,
                      Evidence(f"id{n}", 0, 4, "Text"), "freed", date=when, by="Belarus",
                      count=52, persons=("Ann Lee",))
    name = NameMention(f"id{n}", "Ann Lee", EntityType.PERSON, 0, 7, ("journalist",), "Belarus")
    total = StatedTotal(f"id{n}", 150, Evidence(f"id{n}", 0, 4, "Text"), "Belarus", when, when)
    return Extraction(f"id{n}", (ev,), (name,), (when,), (total,))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- behaviour, on every backend ---------------------------------------------------------------


def test_articles_and_extractions_round_trip(store: Store) -> None:
    bare = Article(id="id2", path="b.txt", text="plain")  # every optional field empty
    assert store.add_article(article(1), extraction(1), extractor="rules-1")
    assert store.add_article(bare, None)
    assert list(store.articles()) == [bare, article(1)]  # by path
    assert list(store.extractions()) == [extraction(1)]
    assert store.known_ids() == {"id1", "id2"}
    assert store.has_document("id1") and not store.has_document("id3")


def test_the_fingerprint_changes_when_claims_are_extracted_again(store: Store) -> None:
    assert store.add_article(article(1), extraction(1))
    before = store.fingerprint()
    assert store.fingerprint() == before
    store.replace_extraction(replace(extraction(2), document="id1"), "rules-9")
    assert store.fingerprint() != before, "a kept ledger would miss the new claims"


def test_adding_a_stored_article_again_changes_nothing(store: Store) -> None:
    assert store.add_article(article(1), extraction(1))
    changed = article(1, title="Another title")
    assert not store.add_article(changed, extraction(2))
    assert list(store.articles()) == [article(1)]
    assert list(store.extractions()) == [extraction(1)]
    assert store.counts() == {"documents": 1, "extractions": 1, "rejected": 0, "decisions": 0,
                              "corrections": 0}


def test_rejected_recorded_once(store: Store) -> None:
    rej = Rejected("bad.bin", "DW103", "binary content")
    long = Rejected("x/" * 800 + "long.txt", "DW106", "cannot decode " * 300)
    for r in (rej, rej, long, long, Rejected("bad.bin", "DW103", "another reason")):
        store.add_rejected(r)
    assert store.rejected() == [Rejected("bad.bin", "DW103", "another reason"), rej, long]


def test_a_later_decision_replaces_the_earlier_on_the_same_pair(store: Store) -> None:
    store.add_decision(Decision("Ann Lee", "Anne Lee", True, 0.9, ("same surname",), "auto",
                                "names-v1"))
    store.add_decision(Decision("Ann Lee", "Anne Lee", True, 1.0, ("user said so",), "user"))
    store.add_decision(Decision("Anne Lee", "Ann Lee", False, 1.0, ("changed mind",), "user"))
    auto, user = store.decisions()
    assert auto.source == "auto" and auto.matcher == "names-v1" and auto.score == 0.9
    assert user == Decision("Anne Lee", "Ann Lee", False, 1.0, ("changed mind",), "user")
    assert store.remove_decision("Ann Lee", "Anne Lee", source="user") == 1
    assert store.decisions() == [auto]
    assert store.remove_decision("Anne Lee", "Ann Lee") == 1
    assert store.decisions() == []


def test_a_failing_write_keeps_what_was_stored(store: Store) -> None:
    store.add_article(article(1), extraction(1))

    def fail_on_extraction(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO EXTRACTIONS"):
            raise RuntimeError("disk full")

    event.listen(store.engine, "before_cursor_execute", fail_on_extraction)
    try:
        with pytest.raises(RuntimeError, match="disk full"):
            store.add_article(article(2), extraction(2))  # the document row went in first
    finally:
        event.remove(store.engine, "before_cursor_execute", fail_on_extraction)
    assert store.known_ids() == {"id1"}  # rolled back: no half-written article
    assert list(store.extractions()) == [extraction(1)]
    assert store.add_article(article(2), extraction(2))  # and it can be stored later


def test_unserializable_extraction_rolls_back(store: Store) -> None:
    bad = Extraction("id2", (), (), ())
    object.__setattr__(bad, "to_dict", lambda: {"x": {1, 2}})  # a set is not JSON
    with pytest.raises(TypeError):
        store.add_article(article(2), bad)
    assert store.counts()["documents"] == 0


def test_counts(store: Store) -> None:
    store.add_article(article(1), extraction(1))
    store.add_article(article(2), None)
    store.add_rejected(Rejected("x", "DW104", "empty"))
    assert store.counts() == {"documents": 2, "extractions": 1, "rejected": 1, "decisions": 0,
                              "corrections": 0}


def test_listings_sort_like_python_on_every_backend(store: Store) -> None:
    paths = ["b.txt", "B.txt", "a_b.txt", "a-b.txt", "ä.txt", "Z/1.txt", "z.txt", "a b.txt"]
    for n, path in enumerate(paths):
        store.add_article(article(n, path=path), None)
        store.add_rejected(Rejected(path, "DW104", "empty"))
    assert [a.path for a in store.articles()] == sorted(paths)
    assert [d.path for d in store.documents_info()] == sorted(paths)
    assert [r.path for r in store.rejected()] == sorted(paths)


def test_names_are_case_sensitive_and_exact(store: Store) -> None:
    store.add_decision(Decision("ann lee", "Anne Lee", False, 1.0, ("user",), "user"))
    store.add_decision(Decision("Ann Lee", "Anne Lee", True, 1.0, ("user",), "user"))
    assert [d.same for d in store.decisions()] == [False, True]
    assert store.remove_decision("ANN LEE", "Anne Lee") == 0


def test_known_among_and_documents_info(store: Store) -> None:
    store.add_article(article(1), extraction(1))
    store.add_article(article(2, published=None, published_evidence=None), None)
    assert store.known_among(["id2", "id9", "id1", "id2"]) == {"id1", "id2"}
    assert store.known_among([]) == set()
    info = store.documents_info()
    assert [(d.id, d.published, d.outlet) for d in info] == [
        ("id1", "2025-09-11", "Outlet"), ("id2", None, "Outlet")]


LONG = " ".join(f"word{i} freed prisoners in round {i % 7}" for i in range(60))


def test_near_duplicates_found_through_the_stored_bands(store: Store) -> None:
    from dealwatch.ingest.dedup import band_keys

    original = article(1, text=LONG)
    store.add_article(original, extraction(1))
    keys = band_keys(LONG.replace("word3 ", "word3x "))
    assert store.near_duplicate_of(keys) == "id1"
    assert store.near_duplicate_of(band_keys("A harbour festival. " * 30)) is None
    # Stored with dedup, a near-duplicate becomes a duplicate without claims.
    later = article(2, text=LONG + " Updated.", path="z.txt")
    got = store.store_articles([(later, extraction(2))], "rules-1")
    assert got == [replace(later, duplicate_of="id1")]
    assert list(store.extractions()) == [extraction(1)]
    assert store.store_articles([(later, extraction(2))]) == [None]  # once only
    # A duplicate is not indexed: a third copy still points to the original.
    assert store.near_duplicate_of(band_keys(LONG + " Updated again.")) == "id1"


def test_a_batch_is_stored_in_one_transaction(store: Store) -> None:
    bad = Extraction("id3", (), (), ())
    object.__setattr__(bad, "to_dict", lambda: {"x": {1, 2}})
    with pytest.raises(TypeError):
        store.store_articles([(article(1), extraction(1)), (article(3), bad)])
    assert store.counts()["documents"] == 0
    got = store.store_articles([(article(1), extraction(1)), (article(2), None),
                                (article(1), extraction(1))])
    assert got == [article(1), article(2), None]


def test_a_large_batch_goes_in_whole(store: Store) -> None:
    # Past a few hundred lock keys, PostgreSQL writers take the whole store instead.
    batch = [(article(n, text=f"Text {n}: " + " ".join(f"w{n}x{i}" for i in range(40))),
              extraction(n)) for n in range(300)]
    assert all(store.store_articles(batch, "rules-1"))
    assert store.counts()["extractions"] == 300
    assert store.store_articles(batch[:5]) == [None] * 5


def test_another_schema_version_is_refused_untouched(store_url: str) -> None:
    with Store.open(store_url) as s, s.engine.begin() as conn:
        conn.execute(text("UPDATE meta SET value = '99' WHERE key = 'schema'"))
    with pytest.raises(StoreError, match="schema 99 is not supported"):
        Store.open(store_url)
    with pytest.raises(StoreError, match="schema 99 is not supported"):
        Store.open(store_url)  # and still refused: nothing was changed


def test_a_database_of_something_else_is_refused_untouched(store_url: str) -> None:
    with Store(create_engine(database_url(store_url)), "x").engine.begin() as conn:
        conn.execute(text("CREATE TABLE songs (title TEXT)"))
        conn.execute(text("INSERT INTO songs VALUES ('Kalinka')"))
    with pytest.raises(StoreError, match="not a dealwatch database .*songs"):
        Store.open(store_url)
    engine = create_engine(database_url(store_url))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT title FROM songs")).scalars().all() == ["Kalinka"]
        assert set(inspect(conn).get_table_names()) == {"songs"}
    engine.dispose()


def test_postgresql_connection_errors_hide_the_password() -> None:
    with pytest.raises(StoreError, match=r"postgresql://u:\*\*\*@127\.0\.0\.1:9/x: cannot "
                       r"open the database") as err:
        Store.open("postgresql://u:secret@127.0.0.1:9/x")
    assert "secret" not in str(err.value) and "\n" not in str(err.value)


# --- SQLite files --------------------------------------------------------------------------------


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store.open(str(db)) as s:
        s.add_article(article(1), extraction(1))
        s.add_rejected(Rejected("bad.txt", "DW104", "empty"))
        s.add_decision(Decision("A", "B", True, 1.0, ("user",), "user"))
    with Store.open(f"sqlite:///{db}") as s:
        assert list(s.articles()) == [article(1)]
        assert list(s.extractions()) == [extraction(1)]
        assert s.rejected() == [Rejected("bad.txt", "DW104", "empty")]
        assert s.decisions() == [Decision("A", "B", True, 1.0, ("user",), "user")]
        assert s.add_article(article(1), extraction(1)) is False


def test_schema_version_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.db")) as s, s.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM meta WHERE key = 'schema'")).scalar_one() \
            == SCHEMA_VERSION
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1


def test_a_file_that_is_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    f = tmp_path / "notes.db"
    f.write_text("my precious notes\n" * 100)
    before = digest(f)
    with pytest.raises(StoreError, match=r"notes\.db: not a dealwatch database \(") as err:
        Store.open(str(f))
    assert "\n" not in str(err.value)
    assert digest(f) == before


def test_another_sqlite_database_is_refused_and_untouched(tmp_path: Path) -> None:
    f = tmp_path / "other.db"
    with sqlite3.connect(f) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    before = digest(f)
    with pytest.raises(StoreError, match="not a dealwatch database .*songs"):
        Store.open(str(f))
    assert digest(f) == before


def test_connection_errors_name_the_database(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-dir" / "s.db"
    with pytest.raises(StoreError, match=f"{missing}: cannot open the database"):
        Store.open(str(missing))
    assert not missing.parent.exists()
    with pytest.raises(StoreError, match=r"nosuchdb://u:\*\*\*@host/x: cannot open") as err:
        Store.open("nosuchdb://u:secret@host/x")
    assert "secret" not in str(err.value)


def test_an_empty_file_becomes_a_store(tmp_path: Path) -> None:
    f = tmp_path / "new.db"
    f.touch()
    with Store.open(str(f)) as s:
        assert s.add_article(article(1), None)


def test_an_older_extractors_claims_are_read_again(tmp_path: Path, nlp: Language) -> None:
    text = "Norway freed two imprisoned sailors on Tuesday, officials said.\n"
    src = tmp_path / "a.txt"
    src.write_text(text)
    db = str(tmp_path / "s.db")
    with Store.open(db) as store:
        first = run_analyze([str(src)], store, nlp)
        (doc_id,) = store.known_ids()
        old = next(iter(store.extractions()))
        # as if an older extractor had stored it, with nothing found
        store.replace_extraction(Extraction(doc_id, (), (), ()), "rules-0")
        assert store.stale_among([doc_id], EXTRACTOR_VERSION) == {doc_id}
        again = run_analyze([str(src)], store, nlp)
        assert first.added and again.reextracted == [str(src)] and not again.added
        assert store.stale_among([doc_id], EXTRACTOR_VERSION) == set()
        (now,) = list(store.extractions())
        assert now.events == old.events and now.events  # the claims are back, once


def test_claims_read_in_two_processes_are_those_read_in_one(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large store's claims are read on two cores (store/parallel.py): the same records in
    the same order, with the same digests, on every backend."""
    import dealwatch.store.parallel as parallel

    assert all(store.store_articles([(article(n, id=f"id{n:03d}"), replace(
        extraction(n), document=f"id{n:03d}")) for n in range(1, 41)], "rules-1"))
    alone: dict[str, str] = {}
    expected = list(store.extractions(alone))
    assert store.document_at(10) == expected[10].document
    assert [e.document for e in store.extractions(since="id011", before="id021")] == \
        [f"id{n:03d}" for n in range(11, 21)]
    monkeypatch.setattr(parallel, "FORK_READ", 2)
    both: dict[str, str] = {}
    assert parallel.read_extractions(store, both) == expected
    assert both == alone and len(both) == 40
    store.store_articles([(article(99, id="id099"), None)], "rules-1")  # no claims: not read
    assert parallel.read_extractions(store) == expected
