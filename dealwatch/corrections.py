"""Editors' corrections applied to a ledger: pure functions from the machine's events and
documents, and the recorded corrections, to the corrected ones.

An event correction names its event by the mentions the event held when it was made; it
applies to the event of the ledger that holds most of them, so it survives new articles
joining the event, a rebuild and a re-extraction that finds the same sentences. A correction
whose mentions no event holds any more is kept and shown as unmatched. Corrections apply in
the order they were made; undone ones are shown and not applied.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from dealwatch.model import (
    ARTICLE_FIELDS,
    EVENT_FIELDS,
    Applied,
    Article,
    Correction,
    DocumentInfo,
    Event,
    EventMention,
    EventType,
    Fix,
)
from dealwatch.reconcile.assemble import to_event
from dealwatch.reconcile.groups import Canon, Proto, add

PRECISION_OF_LENGTH = {4: "year", 7: "month", 10: "day"}


def check_value(field: str, value: str | None, *, article: bool = False) -> str | None:
    """The value a correction of ``field`` may hold, normalised ("" and None clear it);
    ValueError says in one line what is wrong."""
    fields = ARTICLE_FIELDS if article else EVENT_FIELDS
    if field not in fields:
        raise ValueError(f"cannot correct {field!r}: one of {', '.join(fields)}")
    text = (value or "").strip()
    if not text:
        if field == "type":
            raise ValueError("an event's type cannot be cleared (mark it not an event)")
        return None
    if field in ("date", "published"):
        try:
            if field == "published" and len(text) != 10:
                raise ValueError
            if len(text) == 10:
                date.fromisoformat(text)
            elif len(text) == 7:
                date.fromisoformat(text + "-01")
            elif not (len(text) == 4 and text.isdigit()):
                raise ValueError
        except ValueError:
            want = "YYYY-MM-DD" if field == "published" else "YYYY-MM-DD, YYYY-MM or YYYY"
            raise ValueError(f"{field} {text!r} is not a date ({want})") from None
    elif field == "count":
        if not text.isdigit():
            raise ValueError(f"count {text!r} is not a whole number")
        text = str(int(text))
    elif field == "type":
        names = [t.value for t in EventType]
        if text not in names:
            raise ValueError(f"type {text!r} is not one of {', '.join(names)}")
    elif field == "persons":
        text = "; ".join(p.strip() for p in text.split(";") if p.strip())
    return text


def machine_value(event: Event, field: str) -> str | None:
    """An event's value of ``field`` as a correction writes it."""
    if field == "persons":
        return "; ".join(event.persons) or None
    if field == "location":
        return event.location
    value = getattr(event, field)
    if value is None:
        return None
    return value.value if isinstance(value, EventType) else str(value)


def _with_value(event: Event, field: str, value: str | None) -> Event:
    if field == "date":
        precision = PRECISION_OF_LENGTH.get(len(value)) if value else None
        return replace(event, date=value, date_precision=precision, date_text=None)
    if field == "count":
        return replace(event, count=int(value) if value else None)
    if field == "persons":
        return replace(event, persons=tuple(value.split("; ")) if value else ())
    if field == "type":
        return replace(event, type=EventType(value or event.type.value))
    if field == "by":
        return replace(event, by=value)
    if field == "to":
        return replace(event, to=value)
    return replace(event, location=value)


@dataclass
class Corrected:
    """The events after the corrections, and every correction with where it stands."""

    events: list[Event]
    corrections: list[Correction]


def _original(done: Sequence[Correction], field: str, now: str | None) -> str | None:
    """The machine's value of ``field``: the one the first correction of it overrode."""
    return next((c.machine for c in done if c.field == field), now)


def _find(events: Sequence[Event], anchor: Iterable[str], skip: int = -1) -> int | None:
    """The index of the event holding most of ``anchor`` (None: none holds any)."""
    wanted = set(anchor)
    best, best_overlap = None, 0
    for i, e in enumerate(events):
        if i == skip:
            continue
        overlap = len(wanted.intersection(e.mentions))
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    return best


def _rebuild(mention_ids: Iterable[str], kind: EventType, like: Event,
             mentions: Mapping[str, EventMention], canon: Canon) -> Event | None:
    """An event made again from mentions, keeping ``like``'s deal and the fields its
    corrections set."""
    found = sorted((mentions[i] for i in mention_ids if i in mentions),
                   key=lambda m: (m.document, m.evidence.start))
    if not found:
        return None
    proto = Proto(kind)
    for m in found:
        add(proto, m, canon)
    event = to_event(proto, canon)
    for c in like.corrected:  # the fields editors set stay set
        if c.kind == Fix.FIELD and c.field:
            event = _with_value(event, c.field, c.value)
    return replace(event, deal=like.deal, corrected=like.corrected)


def apply_to_events(events: Sequence[Event], corrections: Sequence[Correction],
                    mentions: Mapping[str, EventMention], canon: Canon) -> Corrected:
    """The machine's events with the editors' event corrections applied."""
    out = list(events)
    told: list[Correction] = []
    for c in corrections:
        if c.kind == Fix.ARTICLE:
            continue
        if c.undone_at:
            told.append(replace(c, status=Applied.UNDONE))
            continue
        i = _find(out, c.anchor)
        if i is None:
            told.append(replace(c, status=Applied.UNMATCHED))
            continue
        event = out[i]
        if c.kind == Fix.NOT_EVENT:
            del out[i]
            applied = c
        elif c.kind == Fix.FIELD and c.field:
            applied = replace(c, machine=_original(event.corrected, c.field,
                                                   machine_value(event, c.field)))
            fixed = _with_value(event, c.field, c.value)
            out[i] = replace(fixed, corrected=(*event.corrected, replace(
                applied, status=Applied.APPLIED)))
        elif c.kind == Fix.SAME_EVENT:
            j = _find(out, c.other_anchor, skip=i)
            if j is None:
                told.append(replace(c, status=Applied.UNMATCHED))
                continue
            other = out[j]
            merged = _rebuild((*event.mentions, *other.mentions), event.type,
                              replace(event, corrected=(*event.corrected, *other.corrected)),
                              mentions, canon)
            applied = c
            if merged is not None:
                merged = replace(merged, corrected=(*merged.corrected, replace(
                    c, status=Applied.APPLIED)))
                out[i] = merged
                del out[j]
        elif c.kind == Fix.NOT_SOURCE:
            gone = [m for m in event.mentions if m in mentions
                    and mentions[m].document == c.other]
            if not gone:
                told.append(replace(c, status=Applied.UNMATCHED))
                continue
            applied = c
            kept = [m for m in event.mentions if m not in gone]
            rest = _rebuild(kept, event.type, event, mentions, canon)
            alone = _rebuild(gone, event.type, replace(event, corrected=()), mentions, canon)
            parts = [] if rest is None else [replace(rest, corrected=(*rest.corrected, replace(
                c, status=Applied.APPLIED)))]
            out[i:i + 1] = [*parts, *([] if alone is None else [alone])]
        else:
            told.append(replace(c, status=Applied.UNMATCHED))
            continue
        told.append(replace(applied, status=Applied.APPLIED))
    out.sort(key=lambda e: (e.date is None, e.date or "", e.type.value,
                            min((s.start for s in e.sources), default=0), e.id))
    return Corrected(out, told)


def apply_to_documents(docs: Sequence[DocumentInfo], corrections: Sequence[Correction]
                       ) -> tuple[list[DocumentInfo], list[Correction]]:
    """The documents with the editors' metadata corrections, and those corrections with
    where they stand."""
    index = {d.id: i for i, d in enumerate(docs)}
    out = list(docs)
    told: list[Correction] = []
    for c in corrections:
        if c.kind != Fix.ARTICLE:
            continue
        if c.undone_at:
            told.append(replace(c, status=Applied.UNDONE))
            continue
        i = index.get(c.target)
        if i is None or c.field not in ARTICLE_FIELDS:
            told.append(replace(c, status=Applied.UNMATCHED))
            continue
        doc = out[i]
        applied = replace(c, machine=_original(doc.corrected, c.field, getattr(doc, c.field)),
                          status=Applied.APPLIED)
        out[i] = replace(_with_metadata(doc, c.field, c.value),
                         corrected=(*doc.corrected, applied))
        told.append(applied)
    return out, told


def _with_metadata(doc: DocumentInfo, field: str, value: str | None) -> DocumentInfo:
    if field == "outlet":
        return replace(doc, outlet=value)
    if field == "title":
        return replace(doc, title=value)
    if field == "url":
        return replace(doc, url=value)
    return replace(doc, published=value, published_evidence="corrected by an editor")


def in_order(corrections: Iterable[Correction]) -> list[Correction]:
    """Corrections in the order they were made (their numbers)."""
    return sorted(corrections, key=lambda c: c.id)


def with_document(article: Article, doc: DocumentInfo) -> Article:
    """A stored article shown with the metadata editors corrected (its text untouched)."""
    if not doc.corrected:
        return article
    return replace(article, outlet=doc.outlet, title=doc.title, url=doc.url,
                   published=date.fromisoformat(doc.published) if doc.published else None,
                   published_evidence=doc.published_evidence)
