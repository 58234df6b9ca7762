"""Versioned, in-place upgrades of a store's layout.

Each step upgrades a store of one version to the next inside the caller's transaction, so an
upgrade is all or nothing; ``upgrade`` runs the steps from the stored version to
``SCHEMA_VERSION``. A new layout adds a step here and bumps ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, insert, select, update

from dealwatch.errors import StoreError
from dealwatch.store.schema import (
    SCHEMA_VERSION,
    bands,
    corrections,
    documents,
    kept,
    kept_parts,
    meta,
)

PAGE = 500  # documents read at a time while backfilling: memory stays flat


def _v1_to_v2(conn: Connection) -> None:
    """Add the near-duplicate band index and fill it from every stored original."""
    from dealwatch.ingest.dedup import band_keys

    bands.create(conn, checkfirst=True)
    last = ""
    while True:
        rows = conn.execute(
            select(documents.c.id, documents.c.text)
            .where(documents.c.duplicate_of.is_(None), documents.c.id > last)
            .order_by(documents.c.id).limit(PAGE)
        ).all()
        if not rows:
            break
        conn.execute(insert(bands), [{"key": key, "document": doc_id}
                                     for doc_id, text in rows
                                     for key in dict.fromkeys(band_keys(text))])
        last = rows[-1][0]


def _v2_to_v3(conn: Connection) -> None:
    """Add the table of the kept ledger (empty: the next read builds it)."""
    kept.create(conn, checkfirst=True)


def _v3_to_v4(conn: Connection) -> None:
    """Add the table of the editors' corrections (empty)."""
    corrections.create(conn, checkfirst=True)


def _v4_to_v5(conn: Connection) -> None:
    """Add the table of the kept ledger's parts (empty: the next read builds them)."""
    kept_parts.create(conn, checkfirst=True)


STEPS: dict[str, Callable[[Connection], None]] = {"1": _v1_to_v2, "2": _v2_to_v3,
                                                  "3": _v3_to_v4, "4": _v4_to_v5}


def upgrade(conn: Connection, version: str, name: str) -> None:
    """Bring a store of ``version`` up to ``SCHEMA_VERSION``, step by step."""
    while version != SCHEMA_VERSION:
        step = STEPS.get(version)
        if step is None:
            raise StoreError(f"{name}: store schema {version} is not supported (this dealwatch "
                             f"reads {SCHEMA_VERSION}); analyze the articles again into a new "
                             f"database")
        step(conn)
        version = str(int(version) + 1)
        conn.execute(update(meta).where(meta.c.key == "schema").values(value=version))
