"""Recording editors' corrections: find what the editor means in the current ledger, check
the value, and store the correction with the machine's value it overrides.

The CLI (``dealwatch correct``) and the web app's forms call these; the ledger applies the
stored corrections on every build (``dealwatch.corrections``).
"""

from __future__ import annotations

from typing import TypeVar

from dealwatch.corrections import check_value, machine_value
from dealwatch.errors import UsageError
from dealwatch.model import Correction, DocumentInfo, Event, Fix, Ledger
from dealwatch.store import Store
from dealwatch.store.corrections import add_correction, undo_correction

T = TypeVar("T")


def _one(found: list[T], ref: str, what: str, where: str) -> T:
    """The one item ``ref`` names, or a one-line error: none, or several (give more)."""
    if len(found) == 1:
        return found[0]
    if not found:
        raise UsageError(f"no {what} {ref!r} in this store (see `dealwatch {where}`)")
    raise UsageError(f"{ref!r} names {len(found)} {what}s: give more of the id")


def find_event(ledger: Ledger, ref: str) -> Event:
    """The event ``ref`` names: its id, or a prefix of it that names one event."""
    key = ref.strip()
    exact = [e for e in ledger.events if e.id == key]
    found = exact or [e for e in ledger.events if key and e.id.startswith(key)]
    return _one(found, ref, "event", "events")


def find_document(ledger: Ledger, ref: str) -> DocumentInfo:
    """The article ``ref`` names: its id (or a prefix naming one), or its path."""
    key = ref.strip()
    found = [d for d in ledger.documents if key in (d.id, d.path)]
    found = found or [d for d in ledger.documents if key and d.id.startswith(key)]
    return _one(found, ref, "article", "articles")


def _value(field: str, value: str | None, *, article: bool = False) -> str | None:
    try:
        return check_value(field, value, article=article)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def correct_field(store: Store, ledger: Ledger, event_ref: str, field: str,
                  value: str | None, editor: str, note: str = "") -> Correction:
    """Record that the event's ``field`` has ``value`` ("" or None: it has none)."""
    event = find_event(ledger, event_ref)
    checked = _value(field, value)
    return add_correction(store, Correction(
        0, Fix.FIELD, event.id, event.mentions, field, checked,
        machine=machine_value(event, field), editor=editor, note=note))


def mark_not_event(store: Store, ledger: Ledger, event_ref: str, editor: str,
                   note: str = "") -> Correction:
    """Record that the event is not an event (a misreading, a hypothetical, a sidebar)."""
    event = find_event(ledger, event_ref)
    return add_correction(store, Correction(0, Fix.NOT_EVENT, event.id, event.mentions,
                                            editor=editor, note=note))


def merge_two(store: Store, ledger: Ledger, event_ref: str, other_ref: str, editor: str,
              note: str = "") -> Correction:
    """Record that two events are one (the first's type is kept)."""
    event, other = find_event(ledger, event_ref), find_event(ledger, other_ref)
    if event.id == other.id:
        raise UsageError(f"{event_ref!r} and {other_ref!r} are the same event")
    return add_correction(store, Correction(
        0, Fix.SAME_EVENT, event.id, event.mentions, other=other.id,
        other_anchor=other.mentions, editor=editor, note=note))


def remove_source(store: Store, ledger: Ledger, event_ref: str, document_ref: str,
                  editor: str, note: str = "") -> Correction:
    """Record that an article does not tell this event (its mentions become their own)."""
    event = find_event(ledger, event_ref)
    doc = find_document(ledger, document_ref)
    if doc.id not in {s.document for s in event.sources}:
        raise UsageError(f"article {document_ref!r} is not a source of event {event.id}")
    if len({s.document for s in event.sources}) == 1:
        # its mentions would become the same event again: what the editor means is that it
        # is no event (`correct not-event`) or that a field is wrong
        raise UsageError(f"article {document_ref!r} is the only source of event {event.id}: "
                         f"mark it not an event, or correct its fields, instead")
    return add_correction(store, Correction(0, Fix.NOT_SOURCE, event.id, event.mentions,
                                            other=doc.id, editor=editor, note=note))


def correct_article(store: Store, ledger: Ledger, document_ref: str, field: str,
                    value: str | None, editor: str, note: str = "") -> Correction:
    """Record an article's outlet, title, URL or publication date."""
    doc = find_document(ledger, document_ref)
    checked = _value(field, value, article=True)
    machine = getattr(doc, field)
    return add_correction(store, Correction(0, Fix.ARTICLE, doc.id, (), field, checked,
                                            machine=machine, editor=editor, note=note))


def undo(store: Store, number: int, editor: str) -> Correction:
    """Undo correction ``number``: the machine's values come back on the next read."""
    return undo_correction(store, number, editor)
