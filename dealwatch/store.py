"""The store: articles, their extractions (claims) and decisions, in SQLite or any SQL database.

Each article is written with its extraction in one transaction, so a failure never leaves half
an article behind and never touches what was stored before.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Engine,
    Float,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    insert,
    select,
)
from sqlalchemy.exc import DatabaseError, SQLAlchemyError

from dealwatch.errors import StoreError
from dealwatch.model import Article, Decision, Extraction, Rejected

SCHEMA_VERSION = "1"
metadata = MetaData()

meta = Table("meta", metadata, Column("key", String(64), primary_key=True),
             Column("value", Text, nullable=False))
documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),
    Column("path", Text, nullable=False),
    Column("data", Text, nullable=False),  # Article.to_dict() as JSON
    Column("duplicate_of", String(64)),
    Column("added_at", String(32), nullable=False),
)
extractions = Table(
    "extractions", metadata,
    Column("document", String(64), primary_key=True),
    Column("extractor", String(64), nullable=False),
    Column("data", Text, nullable=False),
)
rejected = Table(
    "rejected", metadata,
    Column("path", String(1000), nullable=False),
    Column("code", String(16), nullable=False),
    Column("reason", String(1000), nullable=False),
    Column("added_at", String(32), nullable=False),
    UniqueConstraint("path", "code", "reason"),
)
decisions = Table(
    "decisions", metadata,
    Column("left_name", String(500), nullable=False),
    Column("right_name", String(500), nullable=False),
    Column("same", Boolean, nullable=False),
    Column("score", Float, nullable=False),
    Column("reasons", Text, nullable=False),
    Column("source", String(16), nullable=False),
    Column("matcher", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    UniqueConstraint("left_name", "right_name", "source"),
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _url(url_or_path: str) -> str:
    if "://" in url_or_path:
        return url_or_path
    return f"sqlite:///{Path(url_or_path).expanduser()}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


class Store:
    """A dealwatch database. Open it with ``Store.open(path_or_url)``."""

    def __init__(self, engine: Engine, name: str) -> None:
        self.engine = engine
        self.name = name

    @classmethod
    def open(cls, url_or_path: str) -> Store:
        """Open (creating when missing) a store; a file that is not one is refused, untouched."""
        url = _url(url_or_path)
        if url.startswith("sqlite:///"):
            path = Path(url.removeprefix("sqlite:///"))
            if path.exists() and path.stat().st_size > 0:
                with path.open("rb") as fh:
                    if fh.read(16) != b"SQLite format 3\x00":
                        raise StoreError(f"{path}: not a dealwatch database (not SQLite)")
        try:
            engine = create_engine(url)
        except (SQLAlchemyError, ValueError) as exc:
            raise StoreError(f"{url_or_path}: cannot open the database ({exc})") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine, url_or_path)
        store._prepare()
        return store

    def _prepare(self) -> None:
        try:
            with self.engine.begin() as conn:
                existing = set(self.engine.dialect.get_table_names(conn))
                foreign = existing - set(metadata.tables)
                if foreign and "meta" not in existing:
                    raise StoreError(f"{self.name}: not a dealwatch database "
                                     f"(has tables {', '.join(sorted(foreign)[:3])})")
                metadata.create_all(conn)
                row = conn.execute(select(meta.c.value).where(meta.c.key == "schema")).first()
                if row is None:
                    conn.execute(insert(meta).values(key="schema", value=SCHEMA_VERSION))
                elif row[0] != SCHEMA_VERSION:
                    raise StoreError(f"{self.name}: store schema {row[0]} is not supported "
                                     f"(this dealwatch reads {SCHEMA_VERSION})")
        except DatabaseError as exc:
            raise StoreError(f"{self.name}: not a dealwatch database ({exc.orig})") from exc

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # --- articles and their claims ---------------------------------------------------------

    def known_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return {r[0] for r in conn.execute(select(documents.c.id))}

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.id).where(documents.c.id == doc_id)).first() \
                is not None

    def add_article(self, article: Article, extraction: Extraction | None,
                    extractor: str = "") -> bool:
        """Store an article with its extraction in one transaction; False if already stored."""
        try:
            with self.engine.begin() as conn:
                found = conn.execute(select(documents.c.id).where(documents.c.id == article.id))
                if found.first() is not None:
                    return False
                conn.execute(insert(documents).values(
                    id=article.id, path=article.path, data=json.dumps(article.to_dict()),
                    duplicate_of=article.duplicate_of, added_at=_now()))
                if extraction is not None:
                    conn.execute(insert(extractions).values(
                        document=article.id, extractor=extractor,
                        data=json.dumps(extraction.to_dict())))
            return True
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.name}: cannot store {article.path} ({exc})") from exc

    def articles(self) -> Iterator[Article]:
        with self.engine.connect() as conn:
            for (data,) in conn.execute(select(documents.c.data).order_by(documents.c.path)):
                yield Article.from_dict(json.loads(data))

    def extractions(self) -> Iterator[Extraction]:
        with self.engine.connect() as conn:
            query = select(extractions.c.data).order_by(extractions.c.document)
            for (data,) in conn.execute(query):
                yield Extraction.from_dict(json.loads(data))

    # --- rejected inputs --------------------------------------------------------------------

    def add_rejected(self, rej: Rejected) -> None:
        """Record a rejected input once."""
        with self.engine.begin() as conn:
            seen = conn.execute(select(rejected.c.path).where(
                rejected.c.path == rej.path, rejected.c.code == rej.code,
                rejected.c.reason == rej.reason)).first()
            if seen is None:
                conn.execute(insert(rejected).values(path=rej.path, code=rej.code,
                                                     reason=rej.reason, added_at=_now()))

    def rejected(self) -> list[Rejected]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(rejected.c.path, rejected.c.code, rejected.c.reason)
                                .order_by(rejected.c.path))
            return [Rejected(p, c, r) for p, c, r in rows]

    # --- decisions --------------------------------------------------------------------------

    def add_decision(self, d: Decision) -> None:
        """Record a decision; a newer one on the same pair (either order) replaces the older."""
        with self.engine.begin() as conn:
            self._delete_pair(conn, d.left, d.right, d.source)
            conn.execute(insert(decisions).values(
                left_name=d.left, right_name=d.right, same=d.same, score=d.score,
                reasons=json.dumps(list(d.reasons)), source=d.source, matcher=d.matcher,
                created_at=_now()))

    def remove_decision(self, left: str, right: str, source: str = "user") -> None:
        with self.engine.begin() as conn:
            self._delete_pair(conn, left, right, source)

    @staticmethod
    def _delete_pair(conn: Any, left: str, right: str, source: str) -> None:
        for a, b in ((left, right), (right, left)):
            conn.execute(decisions.delete().where(
                decisions.c.left_name == a, decisions.c.right_name == b,
                decisions.c.source == source))

    def decisions(self) -> list[Decision]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(decisions).order_by(decisions.c.created_at))
            return [Decision(r.left_name, r.right_name, bool(r.same), float(r.score),
                             tuple(json.loads(r.reasons)), r.source, r.matcher) for r in rows]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: len(conn.execute(select(t)).all())
                    for t in (documents, extractions, rejected, decisions)}
