"""The kept ledger: the one last built from the store's claims, with the key it was built for,
and its parts (each deal's ledger, the deals' index and summaries).

``key`` names the claims (the store's fingerprint) and the code that built them, so a kept
ledger or part is read only while neither changed. Writing replaces the ledger and all its
parts in one transaction: a part is never read beside a ledger of another build.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select

from dealwatch.store.schema import kept, kept_parts

if TYPE_CHECKING:
    from dealwatch.store import Store


def read_kept(store: Store, key: str) -> str | None:
    """The kept ledger's JSON, if it was built for ``key``."""
    with store._failures("read the kept ledger"), store.engine.connect() as conn:
        row = conn.execute(select(kept.c.key, kept.c.data).where(kept.c.id == 1)).first()
    return str(row.data) if row is not None and row.key == key else None


def read_part(store: Store, key: str, part: str) -> str | None:
    """One kept part's JSON, if it was built for ``key``."""
    return read_parts(store, key, [part]).get(part)


def read_parts(store: Store, key: str, names: list[str]) -> dict[str, str]:
    """The kept parts named (those built for ``key``), by name; a few hundred a query."""
    found: dict[str, str] = {}
    with store._failures("read the kept ledger"), store.engine.connect() as conn:
        for at in range(0, len(names), 500):
            rows = conn.execute(select(kept_parts.c.part, kept_parts.c.key, kept_parts.c.data)
                                .where(kept_parts.c.part.in_(names[at:at + 500])))
            found.update((row.part, str(row.data)) for row in rows if row.key == key)
    return found


def read_parts_like(store: Store, prefix: str) -> tuple[str | None, dict[str, str]]:
    """The kept parts whose names begin with ``prefix``, whatever key they were built for,
    by name; and that key (one for all: parts are written together)."""
    found: dict[str, str] = {}
    key: str | None = None
    with store._failures("read the kept ledger"), store.engine.connect() as conn:
        rows = conn.execute(select(kept_parts.c.part, kept_parts.c.key, kept_parts.c.data)
                            .where(kept_parts.c.part.startswith(prefix, autoescape=True)))
        for row in rows:
            key = str(row.key)
            found[row.part] = str(row.data)
    return key, found


def write_kept(store: Store, key: str, data: str, parts: dict[str, str] | None = None) -> None:
    """Keep ``data`` as the ledger built for ``key``, and ``parts`` (name -> JSON) beside it,
    replacing the ledger and every part kept before."""
    with store._failures("keep the ledger"), store._write() as conn:
        conn.execute(delete(kept))
        conn.execute(delete(kept_parts))
        conn.execute(insert(kept), {"id": 1, "key": key, "data": data,
                                    "built_at": datetime.now(UTC).isoformat()})
        if parts:
            conn.execute(insert(kept_parts), [{"part": name, "key": key, "data": value}
                                              for name, value in parts.items()])
