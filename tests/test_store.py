"""The SQLite store: round trips, idempotence, failures that leave data intact."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dealwatch.errors import StoreError
from dealwatch.model import (
    Article,
    Decision,
    EntityType,
    EventMention,
    EventType,
    Evidence,
    Extraction,
    NameMention,
    Rejected,
    Status,
)
from dealwatch.store import Store


def article(n: int = 1) -> Article:
    return Article(id=f"id{n}", path=f"a{n}.txt", text=f"Text number {n} about a release.",
                   published=date(2025, 2, 16), outlet="Outlet", removed=("Featured",))


def extraction(n: int = 1) -> Extraction:
    ev = EventMention(f"m{n}", f"id{n}", EventType.RELEASE, Status.OCCURRED,
                      Evidence(f"id{n}", 0, 4, "Text"), "freed", count=3, persons=("A B",))
    return Extraction(f"id{n}", (ev,), (NameMention(f"id{n}", "A B", EntityType.PERSON, 0, 3),),
                      ())


def test_round_trip_and_idempotent_add(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store.open(str(db)) as store:
        assert store.add_article(article(), extraction())
        assert not store.add_article(article(), extraction())
        assert store.counts()["documents"] == 1
    with Store.open(f"sqlite:///{db}") as store:
        assert list(store.articles()) == [article()]
        assert list(store.extractions()) == [extraction()]
        assert store.known_ids() == {"id1"} and store.has_document("id1")


def test_rejected_recorded_once(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.db")) as store:
        rej = Rejected("bad.txt", "DW103", "binary content")
        store.add_rejected(rej)
        store.add_rejected(rej)
        assert store.rejected() == [rej]


def test_decisions_replace_and_remove(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.db")) as store:
        store.add_decision(Decision("A", "B", True, 1.0, ("user",), "user"))
        store.add_decision(Decision("B", "A", False, 1.0, ("user",), "user"))
        (d,) = store.decisions()
        assert not d.same
        store.remove_decision("A", "B")
        assert store.decisions() == []


def test_failed_write_keeps_what_was_stored(tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "s.db")) as store:
        store.add_article(article(1), extraction(1))
        broken = Article(id="id2", path="a2.txt", text="x" * 10)
        bad = Extraction("id2", (), (), ())
        object.__setattr__(bad, "to_dict", lambda: {"x": {1, 2}})  # not JSON: write fails
        with pytest.raises(TypeError):
            store.add_article(broken, bad)
        assert store.known_ids() == {"id1"}  # no half-written article


def test_not_a_database_is_refused_and_untouched(tmp_path: Path) -> None:
    f = tmp_path / "notes.db"
    f.write_text("my precious notes")
    with pytest.raises(StoreError, match="not a dealwatch database"):
        Store.open(str(f))
    assert f.read_text() == "my precious notes"
