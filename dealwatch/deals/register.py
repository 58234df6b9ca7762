"""The register of the freed: one row per named person freed, the list a monitor publishes."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from dealwatch.model import Entity, Event, EventType, Freed, Status


def register(events: Iterable[Event], entities: Iterable[Entity],
             side_of: Callable[[Event], str | None]) -> list[Freed]:
    """Every named person of every release that happened, with the spellings the outlets
    used, the deal, day and releasing side, and the documents that tell it."""
    known = {e.name: e for e in entities}
    rows = []
    for e in events:
        if e.type != EventType.RELEASE or e.status != Status.OCCURRED:
            continue
        docs = tuple(dict.fromkeys(s.document for s in e.sources))
        for person in e.persons:
            ent = known.get(person)
            spellings = tuple(dict.fromkeys(
                [person, *(s.text for s in ent.spellings)] if ent else [person]))
            rows.append(Freed(person, spellings, e.deal, e.date, side_of(e), e.id, docs,
                              e.background))
    rows.sort(key=lambda r: (r.deal or "~", r.date is None, r.date or "", r.name.casefold()))
    return rows
