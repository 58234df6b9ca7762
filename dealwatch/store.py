"""The store: articles, their extractions (claims) and decisions, in SQLite or any SQL database.

SQLAlchemy Core with portable types only (JSON is kept as TEXT), so the same tables work on
SQLite (the default: a bare path such as ``dealwatch.db``) and on PostgreSQL (a URL). Every
write is one explicit transaction: an article goes in with its extraction or not at all, and a
failure never touches what was stored before.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)

from dealwatch import __version__
from dealwatch.errors import StoreError
from dealwatch.model import Article, Decision, Extraction, Rejected

# The store's layout version; a later layout upgrades stores of this one in place.
SCHEMA_VERSION = "1"
SQLITE_HEADER = b"SQLite format 3\x00"

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
TABLES = (documents, extractions, rejected, decisions)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


def database_url(url_or_path: str) -> URL:
    """The SQLAlchemy URL for a URL or a file path (a bare path means SQLite)."""
    if "://" not in url_or_path:
        return URL.create("sqlite", database=str(Path(url_or_path).expanduser()))
    try:
        return make_url(url_or_path)
    except ArgumentError as exc:
        raise StoreError(f"{url_or_path}: not a database URL ({_first_line(exc)})") from exc


def _check_sqlite_file(url: URL, name: str) -> None:
    """Refuse, before SQLite touches it, a file that is not a SQLite database."""
    if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
        return
    path = Path(url.database)
    if path.is_dir():
        raise StoreError(f"{name}: not a dealwatch database (it is a directory)")
    if path.is_file() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise StoreError(f"{name}: not a dealwatch database (not a SQLite file)")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """Foreign keys on; WAL (readers do not block the writer) on a new or dealwatch database
    only, since switching the journal mode rewrites the header of someone else's file."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    tables = {row[0] for row in cur.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables or {"meta", "documents"} <= tables:
        cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def _engine(url: URL, name: str) -> Engine:
    try:
        engine = create_engine(url)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise StoreError(f"{name}: cannot open the database (no driver for "
                         f"'{url.drivername}': {_first_line(exc)})") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _document_row(a: Article) -> dict[str, Any]:
    return {
        "id": a.id, "path": a.path, "title": a.title, "outlet": a.outlet, "url": a.url,
        "published": a.published.isoformat() if a.published else None,
        "published_evidence": a.published_evidence, "format": a.format,
        "duplicate_of": a.duplicate_of, "text": a.text, "removed": json.dumps(list(a.removed)),
        "added_at": _now(),
    }


def _article(row: Any) -> Article:
    return Article(
        id=row.id, path=row.path, text=row.text, title=row.title, outlet=row.outlet,
        url=row.url, published=date.fromisoformat(row.published) if row.published else None,
        published_evidence=row.published_evidence, format=row.format,
        duplicate_of=row.duplicate_of, removed=tuple(json.loads(row.removed)),
    )


def _rejected_key(rej: Rejected) -> str:
    return hashlib.sha256("\0".join((rej.path, rej.code, rej.reason)).encode()).hexdigest()


def _pair(left: str, right: str) -> Any:
    """The condition 'this pair of names, in either order'."""
    c = decisions.c
    return ((c.left == left) & (c.right == right)) | ((c.left == right) & (c.right == left))


class Store:
    """A dealwatch database. Open it with ``Store.open(path_or_url)``; use it as a context."""

    def __init__(self, engine: Engine, name: str) -> None:
        self.engine = engine
        self.name = name  # the database as shown to the user, password hidden

    @classmethod
    def open(cls, url_or_path: str) -> Store:
        """Open (creating tables when missing) a store; a file that is not one is refused."""
        url = database_url(url_or_path)
        bare = "://" not in url_or_path
        name = url_or_path if bare else url.render_as_string(hide_password=True)
        if url.get_backend_name() == "sqlite":
            _check_sqlite_file(url, name)
        store = cls(_engine(url, name), name)
        try:
            store._prepare()
        except BaseException:
            store.close()
            raise
        return store

    def _prepare(self) -> None:
        try:
            with self.engine.begin() as conn:
                existing = set(inspect(conn).get_table_names())
                version = self._version(conn) if "meta" in existing else None
                if version is None and existing - {t.name for t in metadata.sorted_tables}:
                    raise StoreError(f"{self.name}: not a dealwatch database (it holds other "
                                     f"tables: {', '.join(sorted(existing)[:3])})")
                if version not in (None, SCHEMA_VERSION):
                    raise StoreError(f"{self.name}: store schema {version} is not supported "
                                     f"(this dealwatch reads {SCHEMA_VERSION}); analyze the "
                                     f"articles again into a new database")
                metadata.create_all(conn)
                if version is None:
                    conn.execute(insert(meta), [
                        {"key": "schema", "value": SCHEMA_VERSION},
                        {"key": "created_by", "value": f"dealwatch {__version__}"},
                        {"key": "created_at", "value": _now()},
                    ])
        except OperationalError as exc:
            raise StoreError(f"{self.name}: cannot open the database "
                             f"({_first_line(exc)})") from exc
        except DatabaseError as exc:
            raise StoreError(f"{self.name}: not a dealwatch database "
                             f"({_first_line(exc)})") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.name}: cannot open the database "
                             f"({_first_line(exc)})") from exc

    @staticmethod
    def _version(conn: Connection) -> str | None:
        row = conn.execute(select(meta.c.value).where(meta.c.key == "schema")).first()
        return None if row is None else str(row[0])

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def _failures(self, action: str) -> Iterator[None]:
        """Turn database failures into one-line StoreErrors naming the database."""
        try:
            yield
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.name}: cannot {action} ({_first_line(exc)})") from exc

    # --- articles and their claims ---------------------------------------------------------

    def known_ids(self) -> set[str]:
        """The ids of every stored document."""
        with self._failures("read documents"), self.engine.connect() as conn:
            return {str(r[0]) for r in conn.execute(select(documents.c.id))}

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this id is stored."""
        query = select(documents.c.id).where(documents.c.id == doc_id)
        with self._failures("read documents"), self.engine.connect() as conn:
            return conn.execute(query).first() is not None

    def add_article(self, article: Article, extraction: Extraction | None,
                    extractor: str = "") -> bool:
        """Store an article with its extraction in one transaction; False if already stored."""
        try:
            with self._failures(f"store {article.path}"), self.engine.begin() as conn:
                found = conn.execute(select(documents.c.id).where(documents.c.id == article.id))
                if found.first() is not None:
                    return False
                conn.execute(insert(documents).values(**_document_row(article)))
                if extraction is not None:
                    conn.execute(insert(extractions).values(
                        document=article.id, extractor=extractor,
                        data=json.dumps(extraction.to_dict(), ensure_ascii=False)))
        except StoreError as exc:
            if isinstance(exc.__cause__, IntegrityError) and self.has_document(article.id):
                return False  # another writer stored it first
            raise
        return True

    def articles(self) -> Iterator[Article]:
        """Every stored article, by path."""
        with self._failures("read documents"), self.engine.connect() as conn:
            for row in conn.execute(select(documents).order_by(documents.c.path, documents.c.id)):
                yield _article(row)

    def extractions(self) -> Iterator[Extraction]:
        """Every stored extraction, by document id."""
        query = select(extractions.c.data).order_by(extractions.c.document)
        with self._failures("read extractions"), self.engine.connect() as conn:
            for (data,) in conn.execute(query):
                yield Extraction.from_dict(json.loads(data))

    # --- rejected inputs --------------------------------------------------------------------

    def add_rejected(self, rej: Rejected) -> None:
        """Record a rejected input; the same path, code and reason are recorded once."""
        key = _rejected_key(rej)
        try:
            with self._failures(f"record {rej.path}"), self.engine.begin() as conn:
                if conn.execute(select(rejected.c.key).where(rejected.c.key == key)).first():
                    return
                conn.execute(insert(rejected).values(path=rej.path, code=rej.code,
                                                     reason=rej.reason, key=key,
                                                     added_at=_now()))
        except StoreError as exc:
            if not isinstance(exc.__cause__, IntegrityError):  # else: a concurrent writer won
                raise

    def rejected(self) -> list[Rejected]:
        """Every rejected input, by path."""
        query = select(rejected.c.path, rejected.c.code, rejected.c.reason).order_by(
            rejected.c.path, rejected.c.code, rejected.c.reason)
        with self._failures("read rejected inputs"), self.engine.connect() as conn:
            return [Rejected(p, c, r) for p, c, r in conn.execute(query)]

    # --- decisions --------------------------------------------------------------------------

    def add_decision(self, d: Decision) -> None:
        """Record a decision; it replaces an earlier one of the same source on the same pair
        (in either order)."""
        with self._failures("record a decision"), self.engine.begin() as conn:
            conn.execute(delete(decisions).where(_pair(d.left, d.right),
                                                 decisions.c.source == d.source))
            conn.execute(insert(decisions).values(
                left=d.left, right=d.right, same=d.same, score=d.score,
                reasons=json.dumps(list(d.reasons), ensure_ascii=False), source=d.source,
                matcher=d.matcher, created_at=_now()))

    def remove_decision(self, left: str, right: str, source: str | None = None) -> int:
        """Remove the decisions on a pair (either order; of one source if given): undoes a
        merge or a split. Returns how many were removed."""
        cond = _pair(left, right)
        if source is not None:
            cond = cond & (decisions.c.source == source)
        with self._failures("remove a decision"), self.engine.begin() as conn:
            return int(conn.execute(delete(decisions).where(cond)).rowcount)

    def decisions(self) -> list[Decision]:
        """Every decision, oldest first."""
        query = select(decisions).order_by(decisions.c.id)
        with self._failures("read decisions"), self.engine.connect() as conn:
            return [Decision(r.left, r.right, bool(r.same), float(r.score),
                             tuple(json.loads(r.reasons)), r.source, r.matcher)
                    for r in conn.execute(query)]

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, extractions, rejected, decisions."""
        with self._failures("count rows"), self.engine.connect() as conn:
            return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                    for t in TABLES}

    def fingerprint(self) -> str:
        """A cheap token that changes whenever an article, a rejection or a decision is
        stored, replaced or removed: a cache of the ledger is fresh while it is unchanged."""
        parts = []
        with self._failures("read the store's state"), self.engine.connect() as conn:
            for table, stamp in ((documents, documents.c.added_at),
                                 (rejected, rejected.c.added_at), (decisions, decisions.c.id)):
                count, last = conn.execute(select(func.count(), func.max(stamp))
                                           .select_from(table)).one()
                parts.append(f"{table.name}:{count}:{last}")
        return "|".join(parts)
