"""The ledger page, deal by deal: each deal's rounds with what ties each one, its totals per
side beside the totals the outlets state, its promises checked against what was delivered and
its history; then where the sources disagree.

A round whose concession has no counterpart reported is data of its own kind
(``two_sided`` false): the page shows it as one side's move, never in two columns.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from dealwatch.model import NO_DEAL, Deal, Event, PromiseCheck, Round, StatedCount, Tie
from dealwatch.render import event_summary, events_by_date
from dealwatch.web.briefs import (
    PER_PAGE,
    conflict_rows,
    deal_ref,
    event_brief,
    evidence,
    paginate,
    summary,
)
from dealwatch.web.snapshot import Snapshot

DEALS_PER_PAGE = 10
ROUNDS_PER_DEAL = 25  # on a page of several deals; a deal's own ledger pages through them all

# What ties a round, said for a reader (the ``tie`` value is the short name).
TIE_NOTES = {
    Tie.LINK: "Tied by a link phrase: an outlet says one was given in exchange for the other.",
    Tie.ARTICLE: "Told as one deal: one article tells this one move of each side together.",
    Tie.DAY: "Tied by the day: the two sides moved on the same day; no outlet links them "
             "in words.",
    Tie.NONE: "No counterpart reported: no outlet tells of anything the other side gave for "
              "this.",
}
HISTORY_NOTE = ("Background: every source tells these as context (an earlier act, a standing "
                "state), not as moves of this deal, so they are in no round or total.")


def ledger_page(snap: Snapshot, page: int = 1, per_page: int = PER_PAGE,
                deals_per_page: int = DEALS_PER_PAGE,
                rounds_per_deal: int = ROUNDS_PER_DEAL) -> dict[str, Any]:
    """The deals with their rounds, totals, stated totals, promises and history. A ledger of
    one deal pages through its rounds; a ledger of several pages through its deals, each
    showing its first rounds (its own ledger, ``?deal=``, has them all)."""
    led = snap.ledger
    rounds_of: dict[str | None, list[Round]] = defaultdict(list)
    for r in led.rounds:
        rounds_of[r.deal].append(r)
    sections: list[str | None] = [d.id for d in led.deals]
    if any(e.deal is None for e in led.events) or rounds_of.get(None):
        sections.append(None)
    deals = {d.id: d for d in led.deals}
    if len(sections) <= 1:
        did = sections[0] if sections else None
        shown, paging = paginate(rounds_of.get(did, []), page, per_page)
        offset = (paging["page"] - 1) * paging["per_page"]
        built = [deal_section(snap, did, deals.get(did or ""), rounds_of.get(did, []), shown,
                              offset)] if sections else []
        paging_of = "rounds"
    else:
        ids, paging = paginate(sections, page, deals_per_page)
        built = [deal_section(snap, did, deals.get(did or ""), rounds_of.get(did, []),
                              rounds_of.get(did, [])[:rounds_per_deal], 0) for did in ids]
        paging_of = "deals"
    return {
        "page": "ledger", "title": "Ledger", "summary": summary(snap), "deals": built,
        "paging": {**paging, "of": paging_of},
        "conflicts": [conflict_rows(c, snap) for c in led.conflicts[:PER_PAGE]],
        "conflicts_total": len(led.conflicts),
    }


def _events_of(snap: Snapshot) -> dict[str | None, list[Event]]:
    def make() -> dict[str | None, list[Event]]:
        out: dict[str | None, list[Event]] = defaultdict(list)
        for e in events_by_date(snap.ledger.events):
            out[e.deal].append(e)
        return dict(out)
    return snap.memoized("events_of_deal", make)  # type: ignore[no-any-return]


def deal_section(snap: Snapshot, did: str | None, deal: Deal | None, every_round: list[Round],
                 rounds: list[Round], offset: int) -> dict[str, Any]:
    """One deal (None: the events whose sides are not stated) as the ledger shows it, with
    ``rounds`` of its rounds (``every_round``) numbered from ``offset``."""
    events = _events_of(snap).get(did, [])
    order = list(deal.sides) if deal else []
    stated = list(deal.stated) if deal else []
    return {
        **deal_ref(did, snap), "apart": did is None, "sides": order,
        "start": deal.start if deal else None, "end": deal.end if deal else None,
        "events": len(events),
        "documents": len({s.document for e in events for s in e.sources}),
        "rounds": [round_row(r, offset + n, order, snap) for n, r in enumerate(rounds, 1)],
        "rounds_total": len(every_round),
        "two_sided": sum(1 for r in every_round if r.two_sided),
        "totals": totals(snap.ledger.totals.get(did or NO_DEAL, {}), snap),
        "stated": [stated_row(s, snap) for s in stated],
        "disputed_totals": sum(1 for s in stated if s.count != s.ledger_count),
        "promises": [promise_row(p, snap) for p in snap.ledger.promises if p.deal == did],
        "history": [event_brief(e, snap) for e in events if e.background],
        "history_note": HISTORY_NOTE,
    }


def round_row(r: Round, number: int, order: list[str], snap: Snapshot) -> dict[str, Any]:
    """A round: what each side gave (the deal's sides first), what ties it, the quotes."""
    sides = [s for s in order if s in r.gave] + sorted(
        (s for s in r.gave if s not in order), key=str.casefold)
    return {
        "id": r.id, "number": number, "date": r.date, "summary": r.summary,
        "tie": r.tie.value, "tie_note": TIE_NOTES[r.tie], "two_sided": r.two_sided,
        "gave": [{"side": side, "events": [event_brief(snap.events[i], snap)
                                           for i in r.gave[side] if i in snap.events]}
                 for side in sides],
        "links": [evidence(ev, snap) for ev in r.links],
    }


def totals(t: dict[str, Any], snap: Snapshot) -> dict[str, Any]:
    """A deal's totals per side: people freed (named, unnamed), releases and those without a
    number, the largest demand, the promised, and the running total."""
    demanded = [{"side": s, "people": n} for s, n in sorted((t.get("demanded") or {}).items())]
    return {
        "freed": [{"side": side, **row} for side, row in sorted((t.get("freed") or {}).items())],
        "demanded": demanded,
        "largest_demand": max((d["people"] for d in demanded), default=None),
        "promised": [{"side": s, "people": n}
                     for s, n in sorted((t.get("promised") or {}).items())],
        "running": [{**row, "summary": event_summary(snap.events[row["event"]])
                     if row.get("event") in snap.events else None}
                    for row in (t.get("running") or [])[:PER_PAGE]],
    }


def stated_row(s: StatedCount, snap: Snapshot) -> dict[str, Any]:
    """A total an outlet states beside the ledger's sum at the same point."""
    return {"side": s.side, "count": s.count, "date": s.date,
            "outlet": s.outlet or snap.label(s.document), "quote": evidence(s.evidence, snap),
            "ledger_count": s.ledger_count, "ledger_releases": s.ledger_releases,
            "agrees": s.count == s.ledger_count}


def promise_row(p: PromiseCheck, snap: Snapshot) -> dict[str, Any]:
    """A promise, how far it was kept, what is missing and the deliveries that count."""
    return {"event": p.promise, "by": p.by, "what": p.what, "status": p.status.value,
            "reason": p.reason, "missing": list(p.missing),
            "delivered_by": [event_brief(snap.events[i], snap) for i in p.delivered_by
                             if i in snap.events]}
