"""The store's tables: one layout for SQLite and PostgreSQL, portable types only.

JSON is kept as TEXT (the same bytes on every backend); dates and times are ISO strings.
``SCHEMA_VERSION`` names this layout; ``migrations`` upgrades older stores to it in place.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# The store's layout version: "1" (0.1-0.2), "2" adds the near-duplicate band index, "3" the
# kept ledger, "4" the editors' corrections, "5" the kept ledger's parts.
SCHEMA_VERSION = "5"

metadata = MetaData()

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
documents = Table(
    "documents", metadata,
    Column("id", String(128), primary_key=True),
    Column("path", Text, nullable=False),
    Column("title", Text),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", String(10)),  # ISO date
    Column("published_evidence", Text),
    Column("format", String(16), nullable=False),
    Column("duplicate_of", String(128)),
    Column("text", Text, nullable=False),
    Column("removed", Text, nullable=False),  # JSON list of dropped boilerplate lines
    Column("added_at", String(32), nullable=False),
)
extractions = Table(
    "extractions", metadata,
    Column("document", String(128), ForeignKey("documents.id", ondelete="CASCADE"),
           primary_key=True),
    Column("extractor", String(64), nullable=False),  # extractor version that produced it
    Column("data", Text, nullable=False),  # Extraction.to_dict() as JSON
)
rejected = Table(
    "rejected", metadata,
    Column("path", Text, nullable=False),
    Column("code", String(16), nullable=False),
    Column("reason", Text, nullable=False),
    # Unique on path+code+reason through their hash: long paths and reasons stay indexable.
    Column("key", String(64), nullable=False, unique=True),
    Column("added_at", String(32), nullable=False),
)
decisions = Table(
    "decisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("left", Text, nullable=False),
    Column("right", Text, nullable=False),
    Column("same", Boolean, nullable=False),
    Column("score", Float, nullable=False),
    Column("reasons", Text, nullable=False),  # JSON list
    Column("source", String(16), nullable=False),
    Column("matcher", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    UniqueConstraint("left", "right", "source"),
)
# v2: the MinHash LSH band keys of every stored original (not of its near-duplicates), so a
# new article's candidates are one indexed lookup, whatever the size of the store.
bands = Table(
    "bands", metadata,
    Column("key", String(40), primary_key=True),
    Column("document", String(128), ForeignKey("documents.id", ondelete="CASCADE"),
           primary_key=True),
)
# v3: the ledger last built from the claims, kept so that reading it is not rebuilding it. One
# row; ``key`` names the claims (the store's fingerprint) and the code that built it.
kept = Table(
    "kept_ledger", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", Text, nullable=False),
    Column("data", Text, nullable=False),  # Ledger.to_dict() as JSON
    Column("built_at", String(32), nullable=False),
)
# v4: the editors' corrections of events and articles, as recorded decisions: never deleted;
# an undone one keeps who undid it and when.
corrections = Table(
    "corrections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),
    Column("target", Text, nullable=False),
    Column("anchor", Text, nullable=False),  # JSON list of mention ids
    Column("field", String(32)),
    Column("value", Text),
    Column("other", Text),
    Column("other_anchor", Text, nullable=False),  # JSON list of mention ids
    Column("machine", Text),
    Column("editor", Text, nullable=False),
    Column("note", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("undone_at", String(32)),
    Column("undone_by", Text),
)
# v5: the kept ledger's parts, written with it in one transaction under its key: each deal's
# ledger, the deals' index and summary rows, so a command about one deal reads that deal.
kept_parts = Table(
    "kept_parts", metadata,
    Column("part", String(300), primary_key=True),
    Column("key", Text, nullable=False),
    Column("data", Text, nullable=False),  # JSON
)
# Tables counted by Store.counts (bands and the kept ledger are derived, not content).
TABLES = (documents, extractions, rejected, decisions, corrections)
V1_TABLES = ("meta", "documents", "extractions", "rejected", "decisions")
