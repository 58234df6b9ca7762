"""The editors' corrections: recorded, read back, undone — never deleted.

A correction is a decision like a name decision: who made it, when, why, and the machine's
value it overrides. Undoing one keeps it, with who undid it and when, so the log stays whole.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select, update

from dealwatch.errors import StoreError
from dealwatch.model import Applied, Article, Correction, Fix
from dealwatch.store.schema import corrections, documents

if TYPE_CHECKING:
    from dealwatch.store import Store


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _correction(row: Any) -> Correction:
    return Correction(int(row.id), Fix(row.kind), row.target, tuple(json.loads(row.anchor)),
                      row.field, row.value, row.other, tuple(json.loads(row.other_anchor)),
                      row.machine, row.editor, row.note, row.created_at, row.undone_at,
                      row.undone_by, Applied.UNDONE if row.undone_at else Applied.RECORDED)


def add_correction(store: Store, c: Correction) -> Correction:
    """Record ``c`` (its id and time are given here) and return it as stored."""
    made = replace(c, created_at=c.created_at or _now())
    with store._failures("record a correction"), store._write() as conn:
        result = conn.execute(insert(corrections).values(
            kind=made.kind.value, target=made.target, anchor=json.dumps(list(made.anchor)),
            field=made.field, value=made.value, other=made.other,
            other_anchor=json.dumps(list(made.other_anchor)), machine=made.machine,
            editor=made.editor, note=made.note, created_at=made.created_at))
        key = result.inserted_primary_key
        assert key is not None
    return replace(made, id=int(key[0]))


def read_corrections(store: Store) -> list[Correction]:
    """Every correction, undone ones included, oldest first."""
    query = select(corrections).order_by(corrections.c.id)
    with store._failures("read corrections"), store.engine.connect() as conn:
        return [_correction(r) for r in conn.execute(query)]


def undo_correction(store: Store, number: int, editor: str) -> Correction:
    """Mark correction ``number`` undone by ``editor``; an unknown or already undone one is
    refused with a one-line error."""
    with store._failures("undo a correction"), store._write() as conn:
        row = conn.execute(select(corrections).where(corrections.c.id == number)).first()
        if row is None:
            raise StoreError(f"{store.name}: there is no correction {number}")
        if row.undone_at:
            raise StoreError(f"{store.name}: correction {number} was undone already "
                             f"(by {row.undone_by or 'someone'} on {row.undone_at[:10]})")
        when = _now()
        conn.execute(update(corrections).where(corrections.c.id == number)
                     .values(undone_at=when, undone_by=editor))
    return replace(_correction(row), undone_at=when, undone_by=editor, status=Applied.UNDONE)


def corrections_stamp(conn: Connection) -> str:
    """A token that changes whenever a correction is recorded or undone (read on the
    connection of the store's fingerprint)."""
    count, last, undone, last_undone = conn.execute(select(
        func.count(), func.max(corrections.c.id), func.count(corrections.c.undone_at),
        func.max(corrections.c.undone_at))).one()
    return f"corrections:{count}:{last}:{undone}:{last_undone}"


def stored_article(store: Store, doc_id: str) -> Article | None:
    """One stored article as it was read (no correction applied)."""
    from dealwatch.store import _article

    with store._failures("read an article"), store.engine.connect() as conn:
        row = conn.execute(select(documents).where(documents.c.id == doc_id)).first()
    return None if row is None else _article(row)


def published_fixes(store: Store, doc_ids: list[str] | None = None) -> dict[str, str | None]:
    """The publication dates editors set (the last correction not undone wins), by article:
    what the article's relative dates are read against when it is extracted again."""
    query = select(corrections.c.target, corrections.c.value).where(
        corrections.c.kind == Fix.ARTICLE.value, corrections.c.field == "published",
        corrections.c.undone_at.is_(None)).order_by(corrections.c.id)
    if doc_ids is not None:
        query = query.where(corrections.c.target.in_(doc_ids))
    with store._failures("read corrections"), store.engine.connect() as conn:
        return {str(target): value for target, value in conn.execute(query)}
