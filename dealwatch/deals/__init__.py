"""Deals: one store holds many negotiations, and each has its own two-sided ledger.

``assign_deals`` files every event mention under the deal of its sides before any merging
(so no event ever holds sources of two deals); ``build_deals`` then gives each deal its
rounds, totals, the outlets' own totals beside the ledger's, its promises checked against
what was delivered, and the register of the people freed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dealwatch.deals.assign import Assignment, assign_deals
from dealwatch.deals.promises import check_promises
from dealwatch.deals.register import register
from dealwatch.deals.rounds import SideOf, build_rounds
from dealwatch.deals.totals import deal_totals, stated_counts, total_conflicts
from dealwatch.model import (
    NO_DEAL,
    Conflict,
    Deal,
    DocumentInfo,
    EntityType,
    Event,
    Extraction,
    Freed,
    PromiseCheck,
    Round,
    StatedTotal,
)
from dealwatch.places import country_named, country_of_demonym
from dealwatch.reconcile.groups import Canon

__all__ = ["Assignment", "DealsView", "assign_deals", "build_deals", "side_function",
           "states_of"]


@dataclass
class DealsView:
    """What the ledger shows of its deals."""

    deals: list[Deal] = field(default_factory=list)
    rounds: list[Round] = field(default_factory=list)
    totals: dict[str, Any] = field(default_factory=dict)  # deal id (or NO_DEAL) -> totals
    promises: list[PromiseCheck] = field(default_factory=list)
    freed: list[Freed] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def states_of(canon: Canon) -> set[str]:
    """The countries among the entities."""
    return {e.name for e in canon.res.entities if e.type == EntityType.COUNTRY}


def side_function(sides: tuple[str, ...], canon: Canon,
                  states: set[str] | None = None) -> SideOf:
    """The side an event's actor is in a deal: one of its sides, or another state that acts
    in it; a person of no known state, or no actor, is no side. ``states``: ``states_of``
    the canon, when the caller has them (one set for every deal)."""
    if states is None:
        states = states_of(canon)

    def side_of(e: Event) -> str | None:
        side = canon.side(e.by)
        if side is None or side in sides or side in states or country_named(side) == side:
            return side
        return None

    return side_of


def _span(events: list[Event]) -> tuple[str | None, str | None]:
    own = [e.date for e in events if e.date and not e.background] or \
        [e.date for e in events if e.date]
    return (min(own), max(own)) if own else (None, None)


def build_deals(events: list[Event], assignment: Assignment, canon: Canon,
                extractions: Iterable[Extraction], docs: Iterable[DocumentInfo]) -> DealsView:
    """Each deal's rounds, totals, stated totals, promises and freed; events of no deal
    are kept apart under "side not stated"."""
    by_deal: dict[str | None, list[Event]] = defaultdict(list)
    for e in events:
        by_deal[e.deal].append(e)
    outlets = {d.id: d.outlet for d in docs}
    stated: dict[str, list[tuple[StatedTotal, str, str | None, date | None]]] = \
        defaultdict(list)
    deals_of: dict[str, list[str]] = defaultdict(list)  # document -> its deals, in order
    for did, draft in assignment.deals.items():
        for doc in draft.documents:
            deals_of[doc].append(did)
    for ex in extractions:
        for t, side, deal in _sided_totals(ex, assignment, canon, deals_of.get(ex.document, [])):
            stated[deal].append((t, side, outlets.get(ex.document),
                                 canon.published.get(ex.document)))
    view = DealsView()
    states = states_of(canon)
    sides_of: dict[str | None, SideOf] = {}
    for did, draft in sorted(assignment.deals.items()):
        members = by_deal.get(did, [])
        if not members:
            continue
        side_of = sides_of[did] = side_function(draft.sides, canon, states)
        said = stated_counts(members, side_of, stated.get(did, []))
        start, end = _span(members)
        view.deals.append(Deal(
            did, draft.name, draft.sides, start, end,
            tuple(sorted({s.document for e in members for s in e.sources})),
            tuple(e.id for e in members), deal_totals(members, side_of), tuple(said)))
        view.rounds += build_rounds(members, side_of, did)
        view.totals[did] = view.deals[-1].totals
        view.promises += check_promises(members, side_of, did)
        view.conflicts += total_conflicts(did, said)
    apart = by_deal.get(None, [])
    if apart:
        side_of = sides_of[None] = side_function((), canon, states)
        view.rounds += build_rounds(apart, side_of, None)
        view.totals[NO_DEAL] = deal_totals(apart, side_of)
        view.promises += check_promises(apart, side_of, None)
    view.deals.sort(key=lambda d: (d.start is None, d.start or "", d.id))
    view.rounds.sort(key=lambda r: (r.date is None, r.date or "", r.id))
    def side_in_deal(e: Event) -> str | None:
        side_of = sides_of.get(e.deal)
        return side_of(e) if side_of else None

    view.freed = register(events, canon.entities.values(), side_in_deal)
    return view


_HELD_IN = re.compile(r"\b(\w+) (?:jails?|prisons?|custody|detention)\b", re.IGNORECASE)


def _sided_totals(ex: Extraction, assignment: Assignment, canon: Canon, deals: list[str]
                  ) -> list[tuple[StatedTotal, str, str]]:
    """The article's stated totals with the side that freed them and their deal. A total
    with no actor takes the side whose jails it says they left ("freed from Norlandic
    prisons"); of two totals in one sentence, one of each side ("110 hostages were released
    and 240 prisoners were freed from Norlandic jails"), the other takes the deal's other side.
    """
    found: list[tuple[StatedTotal, str | None, str | None]] = []
    for t in ex.totals:
        side = canon.side(canon.name(ex.document, t.side)) if t.side else None
        deal = _deal_of_total(assignment, deals, side)
        if side is None and deal is not None:
            held = [country_of_demonym(m[1]) for m in _HELD_IN.finditer(_clause(t, ex))]
            mine = {h for h in held if h in assignment.deals[deal].sides}
            side = mine.pop() if len(mine) == 1 else None
        found.append((t, side, deal))
    out = []
    for t, side, deal in found:
        if side is None and deal is not None:
            two = assignment.deals[deal].sides
            known = {s for u, s, d in found if d == deal and s in two
                     and u.evidence.start == t.evidence.start and u is not t}
            if len(known) == 1:
                side = next(x for x in two if x not in known)
        if side is not None and deal is not None:
            out.append((t, side, deal))
    return out


def _clause(t: StatedTotal, ex: Extraction) -> str:
    """The words of a total's sentence from its number up to the next total's number."""
    quote = t.evidence.quote
    at = {m.start(): int(m[0]) for m in re.finditer(r"\b\d+\b", quote)}
    mine = [i for i, n in at.items() if n == t.count]
    if not mine:
        return quote
    others = {u.count for u in ex.totals if u.evidence.start == t.evidence.start} - {t.count}
    after = [i for i, n in at.items() if n in others and i > mine[0]]
    return quote[mine[0]: min(after, default=len(quote))]


def _deal_of_total(assignment: Assignment, deals: list[str], side: str | None) -> str | None:
    """The deal a total stated in a document is about: the deal of the document (``deals``:
    those holding it) that has the side; with no side, the document's only deal."""
    mine = [assignment.deals[did] for did in deals]
    if side is not None:
        mine = [d for d in mine if side in d.sides]
    return mine[0].id if len(mine) == 1 else None
