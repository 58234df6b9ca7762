"""The store: articles, their extractions (claims) and decisions, in SQLite or PostgreSQL.

SQLAlchemy Core with portable types only (JSON is kept as TEXT), so the same tables work on
SQLite (the default: a bare path such as ``dealwatch.db``) and on PostgreSQL (a
``postgresql://`` URL, through psycopg 3). Every write is one explicit transaction: an article
goes in with its extraction or not at all, and a failure never touches what was stored
before. Several processes may write at once: writes are idempotent (an article stored twice
is stored once) and near-duplicate checks are made again under a lock when storing.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    delete,
    func,
    insert,
    inspect,
    select,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError, SQLAlchemyError

from dealwatch import __version__
from dealwatch.errors import StoreError
from dealwatch.model import Article, Decision, DocumentInfo, Extraction, Rejected
from dealwatch.store.corrections import corrections_stamp
from dealwatch.store.engine import (
    SQLITE_HEADER,
    WRITE,
    check_sqlite_file,
    database_url,
    first_line,
    lock,
    make_engine,
)
from dealwatch.store.migrations import STEPS, upgrade
from dealwatch.store.schema import (
    SCHEMA_VERSION,
    TABLES,
    bands,
    decisions,
    documents,
    extractions,
    meta,
    metadata,
    rejected,
)

__all__ = ["SCHEMA_VERSION", "SQLITE_HEADER", "Store", "database_url", "metadata"]

STREAM = 500  # rows fetched at a time by the streaming reads
SCHEMA_LOCK = "dealwatch:schema"  # held while a store is created or upgraded
CLAIMS_STAMP = "claims_replaced"  # meta key: when claims were last extracted again


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


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
        """Open (creating or upgrading the tables when needed) a store; a file or database
        that is not one is refused untouched."""
        url = database_url(url_or_path)
        bare = "://" not in url_or_path
        # The database as the user wrote it (not the driver chosen for it), password hidden.
        name = url_or_path if bare else make_url(url_or_path).render_as_string(
            hide_password=True)
        if url.get_backend_name() == "sqlite":
            check_sqlite_file(url, name)
        store = cls(make_engine(url, name), name)
        try:
            store._prepare()
        except BaseException:
            store.close()
            raise
        return store

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return str(self.engine.dialect.name)

    def _prepare(self) -> None:
        try:
            with self.engine.connect() as conn:  # a read first: opening never waits for a writer
                version = self._checked_version(conn)
            if version == SCHEMA_VERSION:
                return
            with self._write() as conn:
                lock(conn, [SCHEMA_LOCK])
                version = self._checked_version(conn)  # another process may have done it
                if version is None:
                    metadata.create_all(conn)
                    conn.execute(insert(meta), [
                        {"key": "schema", "value": SCHEMA_VERSION},
                        {"key": "created_by", "value": f"dealwatch {__version__}"},
                        {"key": "created_at", "value": _now()},
                    ])
                elif version != SCHEMA_VERSION:
                    upgrade(conn, version, self.name)
        except OperationalError as exc:
            raise StoreError(f"{self.name}: cannot open the database "
                             f"({first_line(exc)})") from exc
        except DatabaseError as exc:
            raise StoreError(f"{self.name}: not a dealwatch database "
                             f"({first_line(exc)})") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.name}: cannot open the database "
                             f"({first_line(exc)})") from exc

    def _checked_version(self, conn: Connection) -> str | None:
        """The stored layout version (None: no store yet); another database is refused."""
        existing = set(inspect(conn).get_table_names())
        version = self._version(conn) if "meta" in existing else None
        if version is None and existing - {t.name for t in metadata.sorted_tables}:
            raise StoreError(f"{self.name}: not a dealwatch database (it holds other "
                             f"tables: {', '.join(sorted(existing)[:3])})")
        if version not in (None, SCHEMA_VERSION, *STEPS):
            raise StoreError(f"{self.name}: store schema {version} is not supported "
                             f"(this dealwatch reads {SCHEMA_VERSION}); analyze the "
                             f"articles again into a new database")
        return version

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
            raise StoreError(f"{self.name}: cannot {action} ({first_line(exc)})") from exc

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A write transaction (SQLite: holding the write lock from its start)."""
        with self.engine.connect() as conn:
            conn.execution_options(**{WRITE: True})
            with conn.begin():
                yield conn

    def _by(self, *columns: Any) -> list[ColumnElement[Any]]:
        """ORDER BY terms that sort like Python (code points) on every backend."""
        if self.backend == "postgresql":
            return [c.collate("C") for c in columns]
        return list(columns)

    # --- articles and their claims ---------------------------------------------------------

    def known_ids(self) -> set[str]:
        """The ids of every stored document (prefer ``known_among`` on a large store)."""
        with self._failures("read documents"), self.engine.connect() as conn:
            return {str(r[0]) for r in conn.execute(select(documents.c.id))}

    def known_among(self, ids: Iterable[str]) -> set[str]:
        """Which of these ids are stored: one indexed query, whatever the size of the store."""
        return self._ids_among(ids, documents.c.id, "read documents")

    def stale_among(self, ids: Iterable[str], extractor: str) -> set[str]:
        """Which of these stored ids were extracted by another extractor version (their
        claims are re-read with the current one when the article comes in again)."""
        return self._ids_among(ids, extractions.c.document, "read extractions",
                               extractions.c.extractor != extractor)

    def _ids_among(self, ids: Iterable[str], column: Any, what: str,
                   *where: ColumnElement[bool]) -> set[str]:
        """The ids among these that ``column`` holds (under ``where``), a chunk a query."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        with self._failures(what), self.engine.connect() as conn:
            for start in range(0, len(wanted), STREAM):
                chunk = wanted[start:start + STREAM]
                found.update(str(r[0]) for r in conn.execute(
                    select(column).where(column.in_(chunk), *where)))
        return found

    def replace_extraction(self, extraction: Extraction, extractor: str) -> None:
        """Put a new extraction of a stored article in place of the old one, in one
        transaction: the article and its decisions stay as they are."""
        with self._failures(f"re-extract {extraction.document}"), self._write() as conn:
            lock(conn, [extraction.document])
            conn.execute(delete(extractions).where(
                extractions.c.document == extraction.document))
            conn.execute(insert(extractions), [{
                "document": extraction.document, "extractor": extractor,
                "data": json.dumps(extraction.to_dict(), ensure_ascii=False)}])
            # the claims changed with no article added: the fingerprint must see it
            conn.execute(delete(meta).where(meta.c.key == CLAIMS_STAMP))
            conn.execute(insert(meta).values(key=CLAIMS_STAMP,
                                             value=f"{_now()}/{uuid.uuid4().hex[:8]}"))

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this id is stored."""
        return bool(self.known_among([doc_id]))

    def near_duplicate_of(self, keys: Sequence[str]) -> str | None:
        """The earliest stored original sharing a near-duplicate band with these keys."""
        with self._failures("read documents"), self.engine.connect() as conn:
            return self._original(conn, keys)

    def _original(self, conn: Connection, keys: Sequence[str]) -> str | None:
        if not keys:
            return None
        query = (select(documents.c.id).join(bands, bands.c.document == documents.c.id)
                 .where(bands.c.key.in_(list(keys)))
                 .order_by(*self._by(documents.c.added_at, documents.c.path, documents.c.id))
                 .limit(1))
        row = conn.execute(query).first()
        return None if row is None else str(row[0])

    def add_article(self, article: Article, extraction: Extraction | None,
                    extractor: str = "") -> bool:
        """Store an article as given with its extraction in one transaction; False if it
        was already stored. An original is indexed for later near-duplicate checks."""
        return self.store_articles([(article, extraction)], extractor, dedup=False)[0] is not None

    def store_articles(self, items: Sequence[tuple[Article, Extraction | None]],
                       extractor: str = "", *, dedup: bool = True,
                       keys: Sequence[Sequence[str]] | None = None) -> list[Article | None]:
        """Store a batch in one transaction; for each item the article as stored, or None
        when it was already there (stored by an earlier run or a concurrent one).

        With ``dedup``, an original that turns out, under the lock, to be a near-duplicate
        of an article stored meanwhile by another writer is stored as its duplicate
        (without extraction): two concurrent runs never keep both. ``keys`` are the band
        keys of each article when the caller has them already."""
        if keys is None:
            from dealwatch.ingest.dedup import band_keys  # numpy: only when writing

            keys = [band_keys(a.text) if a.duplicate_of is None else [] for a, _ in items]
        names = ", ".join(a.path for a, _ in items[:3]) + (" ..." if len(items) > 3 else "")
        try:
            with self._failures(f"store {names}"), self._write() as conn:
                lock(conn, [a.id for a, _ in items] + [k for ks in keys for k in ks])
                present = {str(r[0]) for r in conn.execute(select(documents.c.id).where(
                    documents.c.id.in_([a.id for a, _ in items])))}
                if not dedup:
                    return self._store_all(conn, items, extractor, keys, present)
                return [self._store_one(conn, a, ex, extractor, ks, dedup, present)
                        for (a, ex), ks in zip(items, keys, strict=True)]
        except StoreError as exc:
            if (isinstance(exc.__cause__, IntegrityError) and len(items) == 1
                    and self.has_document(items[0][0].id)):
                return [None]  # another writer stored it first
            raise

    def _store_one(self, conn: Connection, article: Article, extraction: Extraction | None,
                   extractor: str, keys: Sequence[str], dedup: bool,
                   present: set[str]) -> Article | None:
        if article.id in present:
            return None
        present.add(article.id)
        if dedup and article.duplicate_of is None:
            original = self._original(conn, keys)
            if original is not None:
                article, extraction, keys = replace(article, duplicate_of=original), None, ()
        # Statements with parameters apart (not .values()): compiled once, cached.
        conn.execute(insert(documents), [_document_row(article)])
        if extraction is not None:
            conn.execute(insert(extractions), [{
                "document": article.id, "extractor": extractor,
                "data": json.dumps(extraction.to_dict(), ensure_ascii=False)}])
        if article.duplicate_of is None and keys:
            conn.execute(insert(bands), [{"key": k, "document": article.id}
                                         for k in dict.fromkeys(keys)])
        return article

    @staticmethod
    def _store_all(conn: Connection, items: Sequence[tuple[Article, Extraction | None]],
                   extractor: str, keys: Sequence[Sequence[str]],
                   present: set[str]) -> list[Article | None]:
        """Store articles as given, each table in one statement (bulk loads)."""
        out: list[Article | None] = []
        docs, claims, index = [], [], []
        for (article, extraction), ks in zip(items, keys, strict=True):
            if article.id in present:
                out.append(None)
                continue
            present.add(article.id)
            out.append(article)
            docs.append(_document_row(article))
            if extraction is not None:
                claims.append({"document": article.id, "extractor": extractor,
                               "data": json.dumps(extraction.to_dict(), ensure_ascii=False)})
            if article.duplicate_of is None:
                index += [{"key": k, "document": article.id} for k in dict.fromkeys(ks)]
        for table, rows in ((documents, docs), (extractions, claims), (bands, index)):
            if rows:
                conn.execute(insert(table), rows)
        return out

    def articles(self) -> Iterator[Article]:
        """Every stored article, by path; streamed, a page at a time."""
        query = select(documents).order_by(*self._by(documents.c.path, documents.c.id))
        with self._failures("read documents"), self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=STREAM).execute(query):
                yield _article(row)

    def documents_info(self) -> list[DocumentInfo]:
        """What the ledger lists of every stored article (not its text), by path."""
        c = documents.c
        query = select(c.id, c.path, c.title, c.outlet, c.published, c.duplicate_of,
                       c.published_evidence, c.url).order_by(*self._by(c.path, c.id))
        with self._failures("read documents"), self.engine.connect() as conn:
            return [DocumentInfo(id=r.id, path=r.path, title=r.title, outlet=r.outlet,
                                 published=r.published, duplicate_of=r.duplicate_of,
                                 published_evidence=r.published_evidence, url=r.url)
                    for r in conn.execution_options(yield_per=STREAM).execute(query)]

    def extractions(self, digests: dict[str, str] | None = None, *, since: str | None = None,
                    before: str | None = None) -> Iterator[Extraction]:
        """Every stored extraction, by document id (those from ``since`` and before
        ``before``, when given); streamed, a page at a time. ``digests``, when given,
        receives a digest of each document's stored claims."""
        (document,) = self._by(extractions.c.document)
        query = select(extractions.c.data).order_by(document)
        if since is not None:
            query = query.where(document >= since)
        if before is not None:
            query = query.where(document < before)
        with self._failures("read extractions"), self.engine.connect() as conn:
            for (data,) in conn.execution_options(yield_per=STREAM).execute(query):
                ex = Extraction.from_dict(json.loads(data))
                if digests is not None:
                    digests[ex.document] = hashlib.blake2b(
                        data.encode(), digest_size=16).hexdigest()
                yield ex

    def document_at(self, position: int) -> str | None:
        """The id of the document at ``position`` in the order of ``extractions``."""
        (document,) = self._by(extractions.c.document)
        query = select(extractions.c.document).order_by(document).offset(position).limit(1)
        with self._failures("read extractions"), self.engine.connect() as conn:
            found = conn.execute(query).scalar()
        return None if found is None else str(found)

    # --- rejected inputs --------------------------------------------------------------------

    def add_rejected(self, rej: Rejected) -> None:
        """Record a rejected input; the same path, code and reason are recorded once."""
        key = _rejected_key(rej)
        try:
            with self._failures(f"record {rej.path}"), self._write() as conn:
                lock(conn, [key])
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
        c = rejected.c
        query = select(c.path, c.code, c.reason).order_by(*self._by(c.path, c.code, c.reason))
        with self._failures("read rejected inputs"), self.engine.connect() as conn:
            return [Rejected(p, code, r) for p, code, r in conn.execute(query)]

    # --- decisions --------------------------------------------------------------------------

    def add_decision(self, d: Decision) -> None:
        """Record a decision; it replaces an earlier one of the same source on the same pair
        (in either order)."""
        with self._failures("record a decision"), self._write() as conn:
            lock(conn, ["decision:" + "\0".join(sorted((d.left, d.right)))])
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
        with self._failures("remove a decision"), self._write() as conn:
            return int(conn.execute(delete(decisions).where(cond)).rowcount)

    def decisions(self) -> list[Decision]:
        """Every decision, oldest first."""
        query = select(decisions).order_by(decisions.c.id)
        with self._failures("read decisions"), self.engine.connect() as conn:
            return [Decision(r.left, r.right, bool(r.same), float(r.score),
                             tuple(json.loads(r.reasons)), r.source, r.matcher)
                    for r in conn.execute(query)]

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, extractions, rejected, decisions, corrections."""
        with self._failures("count rows"), self.engine.connect() as conn:
            return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                    for t in TABLES}

    def fingerprint(self) -> str:
        """A cheap token that changes whenever an article, a rejection, a decision or a
        correction is stored, replaced or removed, or an article's claims are extracted
        again: a cache of the ledger is fresh while it is unchanged."""
        parts = []
        with self._failures("read the store's state"), self.engine.connect() as conn:
            for table, stamp in ((documents, documents.c.added_at),
                                 (rejected, rejected.c.added_at), (decisions, decisions.c.id)):
                count, last = conn.execute(select(func.count(), func.max(stamp))
                                           .select_from(table)).one()
                parts.append(f"{table.name}:{count}:{last}")
            parts.append(str(conn.execute(select(meta.c.value).where(
                meta.c.key == CLAIMS_STAMP)).scalar()))
            parts.append(corrections_stamp(conn))
        return "|".join(parts)
