"""Deals that tell one event are one story: the assignment's pairs of sides, joined.

An article is filed by the two sides it weighs most, and a story's articles do not all weigh
the same two: one outlet leads with a third state's part ("X deported the activist a few days
after the summit"), another names the sanctioning body and not its state ("the Treasury"),
a third names one side only ("Kyiv said 230 soldiers came home"). Filed apart, the outlets'
accounts of one event never meet, and the ledger tells it twice. A careful reader files them
together because they tell the same event: the same person freed, the same number freed on
the same day, the same two people meeting or calling on the same day, the same target
sanctioned on the same day. Deals (and articles no deal took) that share such an event, lie
close in time and have a side in common are one deal, which takes the two sides its events
weigh most; a person freed is one story whatever sides the outlets filed it under (one files
a soldier's release under his captors and the state that protests, another under the states
of the handover). Two exchanges of one season between other sides share no such event, so
they stay apart; an act of a third side told in passing in a deal's article ties nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from datetime import date
from typing import Protocol, TypeVar

from dealwatch.model import EventMention, EventType, Extraction
from dealwatch.reconcile.groups import Canon, date_key, full_day
from dealwatch.unionfind import UnionFind

NEAR_DAYS = 90  # deals further apart than this in time are not one story whatever they share


class Draft(Protocol):
    """What a deal as the assignment drafts it holds (``assign.DealDraft``)."""

    sides: tuple[str, str]
    documents: set[str]
    anchors: list[date]
    names: Counter[str]


D = TypeVar("D", bound=Draft)
Unit = tuple[str, Hashable]  # a deal ("deal", its draft's id()) or an article ("doc", its id)


def event_keys(m: EventMention, canon: Canon) -> list[Hashable]:
    """What a mention shares with the same event told by another outlet, and with no other
    event: a person freed; a number freed on a day; two people meeting or calling on a day;
    a target sanctioned on a day. Statements (promises, demands) are about people freed in
    many deals, so they tie nothing; nor does an event told as still to come."""
    if m.expected or m.type in (EventType.PROMISE, EventType.DEMAND):
        return []
    day = date_key(m)
    day = day if day is not None and full_day(day) else None
    keys: list[Hashable] = []
    if m.type == EventType.RELEASE:
        people = {canon.name(m.document, p) for p in m.persons}
        keys += [("freed", p) for p in canon.non_countries({p for p in people if p})]
        if day is not None and m.count is not None and m.count >= 2 and not m.count_named:
            keys.append(("number", m.count, day))
    elif day is not None and m.type in (EventType.MEETING, EventType.CALL):
        named = sorted(canon.non_countries(
            {n for n in (canon.name(m.document, p) for p in m.participants) if n}))
        keys += [(m.type, a, b, day) for i, a in enumerate(named) for b in named[i + 1:]]
    elif day is not None and m.type in (EventType.SANCTIONS_IMPOSED,
                                        EventType.SANCTIONS_RELIEF):
        keys += [(m.type, t.casefold(), day) for t in m.targets]
    return keys


def _apart(a: tuple[date, date] | None, b: tuple[date, date] | None) -> int:
    """Days between two spans of time (0 when they overlap; unknown spans are near)."""
    if a is None or b is None:
        return 0
    return max((b[0] - a[1]).days, (a[0] - b[1]).days, 0)


def _joins(unit_of: dict[str, Unit], keys: dict[str, list[Hashable]],
           span: dict[Unit, tuple[date, date]], size: dict[Unit, int],
           sides: dict[Unit, frozenset[str]]) -> dict[Unit, Unit]:
    """Which unit each unit joins. ``unit_of`` maps a mention to its unit: its deal, or, for
    a mention of no deal, its article. Units whose mentions share a key, whose ``span`` of
    days lie within ``NEAR_DAYS``, and of which one is an article or both deals have a side
    in common (``sides``: two exchanges of other sides may free as many on one day) are
    joined; each joined set goes to its unit of the largest ``size`` (ties: the first in
    ``unit_of``'s order). Returns unit -> the unit it joins, for the units that move."""
    order: dict[Unit, int] = {}
    for unit in unit_of.values():
        order.setdefault(unit, len(order))
    holders: dict[Hashable, list[Unit]] = defaultdict(list)
    for mid, found in keys.items():
        for key in found:
            unit = unit_of[mid]
            if unit not in holders[key]:
                holders[key].append(unit)
    union = UnionFind(len(order))
    for key, units in holders.items():
        named = isinstance(key, tuple) and key[:1] == ("freed",)  # one person freed: one story
        for k, one in enumerate(units):
            for other in units[k + 1:]:
                if _apart(span.get(one), span.get(other)) <= NEAR_DAYS and (
                        one[0] == "doc" or other[0] == "doc" or named
                        or sides.get(one, frozenset()) & sides.get(other, frozenset())):
                    union.union(order[one], order[other])
    sets: dict[int, list[Unit]] = defaultdict(list)
    for unit, n in order.items():
        sets[union.find(n)].append(unit)
    moves: dict[Unit, Unit] = {}
    for units in sets.values():
        if len(units) < 2:
            continue
        deals = [u for u in units if u[0] == "deal"]
        if not deals:
            continue  # articles of no deal tie only to a deal
        home = max(deals, key=lambda u: (size.get(u, 0), -order[u]))
        moves.update({u: home for u in units if u != home})
    return moves


def _spans(days: Iterable[tuple[Unit, date]]) -> dict[Unit, tuple[date, date]]:
    """Each unit's first and last day."""
    out: dict[Unit, tuple[date, date]] = {}
    for unit, day in days:
        lo, hi = out.get(unit, (day, day))
        out[unit] = (min(lo, day), max(hi, day))
    return out


def one_story(exs: list[Extraction], owner: dict[str, D | None], deals: list[D], canon: Canon,
              side_of: Callable[[str, str | None], str | None],
              weigh: Callable[[list[EventMention]], Counter[str]]) -> list[D]:
    """Deals (and articles of no deal) that tell one event are one deal: ``owner`` (mention
    id -> deal) is updated in place; the deals that remain are returned. ``side_of(document,
    name)`` is the side a name acts for; ``weigh`` how strongly mentions are about each side:
    a joined deal's sides are the two its mentions weigh most."""
    keys: dict[str, list[Hashable]] = {}
    unit_of: dict[str, Unit] = {}  # a mention's deal, or its article where it has none
    for ex in exs:
        for m in ex.events:
            d, by = owner[m.id], side_of(m.document, m.by)
            unit_of[m.id] = ("deal", id(d)) if d is not None else ("doc", ex.document)
            # an act of a third side told in a deal's article ties that deal to no other
            keys[m.id] = event_keys(m, canon) if d is None or by is None or by in d.sides \
                else []
    unit_days: list[tuple[Unit, date]] = []
    for d in deals:
        unit_days += [(("deal", id(d)), day) for day in d.anchors]
    for ex in exs:
        day = canon.published.get(ex.document)
        if day is not None:
            unit_days.append((("doc", ex.document), day))
    size: dict[Unit, int] = {("deal", id(d)): len(d.documents) for d in deals}
    of_deal: dict[Unit, frozenset[str]] = {("deal", id(d)): frozenset(d.sides) for d in deals}
    moves = _joins(unit_of, keys, _spans(unit_days), size, of_deal)
    if not moves:
        return deals
    draft: dict[Unit, D] = {("deal", id(d)): d for d in deals}
    for unit, home in moves.items():
        into = draft[home]
        if unit in draft:
            gone = draft[unit]
            into.documents |= gone.documents
            into.anchors += gone.anchors
            into.names.update(gone.names)
        else:
            into.documents.add(str(unit[1]))
    for mid, unit in unit_of.items():
        if unit in moves:
            owner[mid] = draft[moves[unit]]
    homes = {id(draft[h]): draft[h] for h in moves.values()}
    of_home: dict[int, list[EventMention]] = defaultdict(list)  # one pass over the mentions
    for ex in exs:
        for m in ex.events:
            d = owner[m.id]
            if d is not None and id(d) in homes:
                of_home[id(d)].append(m)
    for key, story in homes.items():
        weight = weigh(of_home[key])
        ranked = sorted(weight, key=lambda s: (-weight[s], s not in story.sides, s))
        if len(ranked) >= 2:
            first, second = sorted(ranked[:2], key=str.casefold)
            story.sides = (first, second)
    moved = {u for u in moves if u in draft}
    return [d for d in deals if ("deal", id(d)) not in moved]
