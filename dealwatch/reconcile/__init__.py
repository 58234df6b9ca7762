"""Reconcile: event mentions from many articles in, merged events with their conflicts out.

Mentions of one event in one article are joined first (a bare "the release" joins the
release the article describes). Then articles are joined pairwise, most similar first: two
mentions are the same event only when nothing contradicts (type, side, date, count) and
something positive ties them (a shared person, target, count, day or pair of participants).
Where merged sources still disagree, the event keeps a conflict listing each value with the
documents that gave it. Nothing is rounded away.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date

from dealwatch.model import Conflict, Entity, Event, EventMention, EventType, Extraction
from dealwatch.reconcile.across import across_documents
from dealwatch.reconcile.assemble import to_event
from dealwatch.reconcile.groups import Canon, Proto
from dealwatch.reconcile.memo import Answer, Question, Recorder
from dealwatch.reconcile.within import stands, within_document
from dealwatch.reconcile.years import complete_years
from dealwatch.resolve import EntityIndex

__all__ = ["all_conflicts", "merge_events"]


def merge_events(extractions: Iterable[Extraction], resolution: EntityIndex,
                 published: dict[str, date] | None = None,
                 deal_of: Mapping[str, str | None] | None = None,
                 canon: Canon | None = None,
                 asked: dict[str | None, dict[Question, Answer]] | None = None) -> list[Event]:
    """All the articles' mentions merged into events, each with its sources and conflicts.

    ``published`` maps document ids to publication dates, so an article is never taken to
    report an event dated after it appeared. ``deal_of`` maps mention ids to deal ids: the
    mentions of two deals are never merged, and each event carries its deal. ``asked``, when
    given, receives for each deal the questions its merge asked the canon, with the answers
    (``memo.Recorder``)."""
    canon = canon or Canon(resolution, published)
    deal_of = deal_of or {}
    recorders: dict[str | None, Recorder] = {}

    def canon_of(deal: str | None) -> Canon:
        if asked is None:
            return canon
        got = recorders.get(deal)
        if got is None:
            got = recorders[deal] = Recorder(canon)
        return got

    protos: dict[str | None, list[Proto]] = defaultdict(list)
    for ex in extractions:
        by_kind: dict[tuple[EventType, str | None], list[EventMention]] = defaultdict(list)
        for m in ex.events:
            by_kind[(m.type, deal_of.get(m.id))].append(m)
        for (_, deal), mentions in by_kind.items():
            protos[deal].extend(g for g in within_document(mentions, canon_of(deal))
                                if stands(g))
    events: list[Event] = []
    for deal in list(protos):  # each deal's groups let go once its events are made
        group = protos.pop(deal)
        mine = canon_of(deal)
        merged = complete_years(across_documents(group, mine), mine)
        freed = frozenset(x for p in merged if p.type == EventType.RELEASE for x in p.persons)
        actors = frozenset(x for p in merged for x in (
            *p.by, *(p.people if p.type != EventType.RELEASE else ())))
        events.extend(replace(to_event(p, mine, freed, actors), deal=deal) for p in merged)
    if asked is not None:
        for deal, recorder in recorders.items():
            asked[deal] = recorder.asked
    events.sort(key=event_order)
    return events


def event_order(e: Event) -> tuple[bool, str, str, int, str]:
    """The ledger's order of events: by day and kind, then in the order the articles tell
    them (the first told first); the id last, so the order is total."""
    return (e.date is None, e.date or "", e.type.value,
            min((s.start for s in e.sources), default=0), e.id)


def all_conflicts(events: Iterable[Event], entities: Iterable[Entity],
                  others: Iterable[Conflict] = ()) -> list[Conflict]:
    """Every conflict of the ledger in one list: events first, then entities, then ``others``
    (lists of names spelled differently)."""
    out = [c for e in events for c in e.conflicts]
    seen = {(c.field, tuple(v.value for v in c.values)) for c in out}
    for c in (*(c for ent in entities for c in ent.conflicts), *others):
        key = (c.field, tuple(v.value for v in c.values))
        if key not in seen:
            out.append(c)
            seen.add(key)
    return out
