"""The kept ledger: the one last built from the store's claims, with the key it was built for.

``key`` names the claims (the store's fingerprint) and the code that built them, so a kept
ledger is read only while neither changed. Writing replaces the one row in one transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select

from dealwatch.store.schema import kept

if TYPE_CHECKING:
    from dealwatch.store import Store


def read_kept(store: Store, key: str) -> str | None:
    """The kept ledger's JSON, if it was built for ``key``."""
    with store._failures("read the kept ledger"), store.engine.connect() as conn:
        row = conn.execute(select(kept.c.key, kept.c.data).where(kept.c.id == 1)).first()
    return str(row.data) if row is not None and row.key == key else None


def write_kept(store: Store, key: str, data: str) -> None:
    """Keep ``data`` as the ledger built for ``key`` (replacing the one kept before)."""
    with store._failures("keep the ledger"), store._write() as conn:
        conn.execute(delete(kept))
        conn.execute(insert(kept), {"id": 1, "key": key, "data": data,
                                    "built_at": datetime.now(UTC).isoformat()})
