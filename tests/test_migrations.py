"""Upgrading stores in place: a store of layout 1 (dealwatch 0.1-0.2), written with that
layout's own DDL, opens as the current layout with every row kept, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from dealwatch.ingest.dedup import band_keys
from dealwatch.model import Article, Decision, Rejected
from dealwatch.store import SCHEMA_VERSION, Store, database_url

# The layout-1 tables exactly as dealwatch 0.2.0 created them.
V1_DDL = """
CREATE TABLE meta (key VARCHAR(64) NOT NULL, value TEXT NOT NULL, PRIMARY KEY (key));
CREATE TABLE documents (id VARCHAR(128) NOT NULL, path TEXT NOT NULL, title TEXT, outlet TEXT,
  url TEXT, published VARCHAR(10), published_evidence TEXT, format VARCHAR(16) NOT NULL,
  duplicate_of VARCHAR(128), text TEXT NOT NULL, removed TEXT NOT NULL,
  added_at VARCHAR(32) NOT NULL, PRIMARY KEY (id));
CREATE TABLE extractions (document VARCHAR(128) NOT NULL, extractor VARCHAR(64) NOT NULL,
  data TEXT NOT NULL, PRIMARY KEY (document),
  FOREIGN KEY(document) REFERENCES documents (id) ON DELETE CASCADE);
CREATE TABLE rejected (path TEXT NOT NULL, code VARCHAR(16) NOT NULL, reason TEXT NOT NULL,
  key VARCHAR(64) NOT NULL, added_at VARCHAR(32) NOT NULL, UNIQUE (key));
CREATE TABLE decisions (id {serial} NOT NULL, "left" TEXT NOT NULL, "right" TEXT NOT NULL,
  same BOOLEAN NOT NULL, score FLOAT NOT NULL, reasons TEXT NOT NULL,
  source VARCHAR(16) NOT NULL, matcher VARCHAR(64) NOT NULL, created_at VARCHAR(32) NOT NULL,
  PRIMARY KEY (id), UNIQUE ("left", "right", source));
INSERT INTO meta VALUES ('schema', '1'), ('created_by', 'dealwatch 0.2.0'),
  ('created_at', '2025-09-01T10:00:00+00:00');
"""
STORY = " ".join(f"Officials said detainee number {i} was freed at the border crossing"
                 for i in range(40))
WIRE = STORY + " The agency contributed reporting."


def _doc(doc_id: str, path: str, body: str, duplicate_of: str | None) -> dict[str, object]:
    return {"id": doc_id, "path": path, "title": None, "outlet": "Wire", "url": None,
            "published": "2025-09-01", "published_evidence": "url", "format": "txt",
            "duplicate_of": duplicate_of, "text": body, "removed": json.dumps(["Share"]),
            "added_at": "2025-09-01T10:00:00+00:00"}


def make_v1_store(url: str) -> None:
    """A layout-1 store with an original, its near-duplicate, a claim set and decisions."""
    engine = create_engine(database_url(url))
    serial = "SERIAL" if engine.dialect.name == "postgresql" else "INTEGER"
    with engine.begin() as conn:
        for statement in V1_DDL.format(serial=serial).split(";"):
            if statement.strip():
                conn.execute(text(statement))
        insert_doc = text("INSERT INTO documents VALUES (:id, :path, :title, :outlet, :url, "
                          ":published, :published_evidence, :format, :duplicate_of, :text, "
                          ":removed, :added_at)")
        conn.execute(insert_doc, [_doc("d1", "a.txt", STORY, None),
                                  _doc("d2", "b.txt", WIRE, "d1")])
        conn.execute(text("INSERT INTO extractions VALUES ('d1', 'rules-1', :data)"),
                     {"data": json.dumps({"document": "d1", "events": [], "names": [],
                                          "dates": []})})
        conn.execute(text("INSERT INTO rejected VALUES ('x.bin', 'DW103', 'binary', 'k1', "
                          "'2025-09-01T10:00:00+00:00')"))
        conn.execute(text('INSERT INTO decisions ("left", "right", same, score, reasons, '
                          "source, matcher, created_at) VALUES ('Ann Lee', 'Anne Lee', "
                          "false, 1.0, '[\"user\"]', 'user', 'user', "
                          "'2025-09-01T10:00:00+00:00')"))
    engine.dispose()


def test_a_v1_store_upgrades_in_place(store_url: str) -> None:
    make_v1_store(store_url)
    with Store.open(store_url) as store:
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM meta WHERE key = 'schema'")
                                ).scalar_one() == SCHEMA_VERSION == "5"
            indexed = conn.execute(text("SELECT DISTINCT document FROM bands")).scalars().all()
            assert {"bands", "kept_ledger", "kept_parts"} <= set(inspect(conn).get_table_names())
        assert indexed == ["d1"]  # the original only, never its duplicate
        assert [a.id for a in store.articles()] == ["d1", "d2"]
        assert next(iter(store.articles())) == Article(
            id="d1", path="a.txt", text=STORY, outlet="Wire",
            published=date(2025, 9, 1), published_evidence="url",
            removed=("Share",))
        assert [e.document for e in store.extractions()] == ["d1"]
        assert store.rejected() == [Rejected("x.bin", "DW103", "binary")]
        assert store.decisions() == [Decision("Ann Lee", "Anne Lee", False, 1.0, ("user",),
                                              "user", "user")]
        # The upgraded index finds a new near-duplicate of the old original.
        assert store.near_duplicate_of(band_keys(STORY + " Updated at noon.")) == "d1"
    with Store.open(store_url) as store:  # opening again changes nothing
        assert store.counts() == {"documents": 2, "extractions": 1, "rejected": 1,
                                  "decisions": 1, "corrections": 0}


def test_an_upgraded_sqlite_file_takes_new_articles(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    make_v1_store(str(db))
    with Store.open(f"sqlite:///{db}") as store:
        assert store.add_article(Article(id="d3", path="c.txt", text="Other news."), None)
        assert store.known_among(["d1", "d2", "d3"]) == {"d1", "d2", "d3"}
