"""Opening a database: URLs, drivers, and the per-backend settings concurrent use needs.

SQLite: WAL (readers never wait for the writer), a busy timeout, and ``BEGIN IMMEDIATE`` for
write transactions, so a second writer waits for the first instead of failing. PostgreSQL:
psycopg 3, and transaction-scoped advisory locks that serialize writers touching the same
keys (an article id, a near-duplicate band) while everything else runs in parallel.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from dealwatch.errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_SECONDS = 120  # how long a SQLite writer waits for another one
WRITE = "dealwatch_write"  # execution option: this transaction writes


def first_line(exc: BaseException) -> str:
    """The first line of a (driver) error, for one-line messages."""
    orig = getattr(exc, "orig", None) or exc
    lines = str(orig).strip().splitlines()
    return lines[0] if lines else type(orig).__name__


def database_url(url_or_path: str) -> URL:
    """The SQLAlchemy URL for a URL or a file path (a bare path means SQLite)."""
    if "://" not in url_or_path:
        return URL.create("sqlite", database=str(Path(url_or_path).expanduser()))
    try:
        url = make_url(url_or_path)
    except ArgumentError as exc:
        raise StoreError(f"{url_or_path}: not a database URL ({first_line(exc)})") from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")  # psycopg 3, a main dependency
    return url


def check_sqlite_file(url: URL, name: str) -> None:
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


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    """Foreign keys on; WAL (readers do not block the writer) on a new or dealwatch database
    only, since switching the journal mode rewrites the header of someone else's file.
    Transactions are begun by ``_sqlite_begin``, not by the driver."""
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    tables = {row[0] for row in cur.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables or {"meta", "documents"} <= tables:
        _use_wal(cur)
        # In WAL mode, NORMAL never corrupts and loses at most the last commits on a power
        # cut; FULL would wait for the disk at every article.
        cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _use_wal(cur: Any) -> None:
    """Switch to WAL unless another connection already has. The switch needs the database to
    itself and SQLite does not wait for that (no busy handler): while another process is
    creating the same store, retry until the busy timeout."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _sqlite_begin(conn: Connection) -> None:
    """A writer takes the write lock when it begins (waiting up to the busy timeout), so it
    never fails half-way when another process wrote in between; a reader takes nothing."""
    immediate = conn.get_execution_options().get(WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: URL, name: str) -> Engine:
    """An engine for the URL, set up for concurrent use; a missing driver is a StoreError."""
    sqlite = url.get_backend_name() == "sqlite"
    try:
        engine = create_engine(url, connect_args={"timeout": BUSY_SECONDS} if sqlite else {},
                               pool_pre_ping=not sqlite)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise StoreError(f"{name}: cannot open the database (no driver for "
                         f"'{url.drivername}': {first_line(exc)})") from exc
    if sqlite:
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def lock_key(value: str) -> int:
    """A signed 64-bit key for an advisory lock on a string."""
    return int.from_bytes(hashlib.blake2b(value.encode(), digest_size=8).digest(), "big",
                          signed=True)


# More keys than this in one transaction: take the whole store instead. The server's lock
# table holds 64 x max_connections entries; an analyze batch (16 articles) needs 160 keys.
FEW_LOCKS = 200
WHOLE_STORE = lock_key("dealwatch:whole-store")


def lock(conn: Connection, values: Iterable[str]) -> None:
    """Hold, until the transaction ends, locks on these strings (PostgreSQL; SQLite's write
    transaction already excludes every other writer). Every writer takes the whole-store lock
    first, shared for a few keys and exclusive for a bulk write (the server's lock table is
    small), then its keys in one order: writers on different keys run in parallel, and no
    two writers can deadlock."""
    if conn.dialect.name != "postgresql":
        return
    keys = sorted({lock_key(v) for v in values})
    if len(keys) > FEW_LOCKS:
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WHOLE_STORE})
        return
    conn.execute(text("SELECT pg_advisory_xact_lock_shared(:k)"), {"k": WHOLE_STORE})
    if keys:  # unnest keeps the array's (sorted) order
        conn.execute(text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS bigint[]))"
                          " AS k"), {"keys": keys})
