"""One deal's ledger: everything of a store's ledger that belongs to one deal; a summary
row per deal."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from dealwatch.errors import UsageError
from dealwatch.model import NO_DEAL, Ledger, Round


def find_deal(ledger: Ledger, wanted: str) -> str | None:
    """The id of the deal ``wanted`` names (its id or its name, any case); None for the
    events whose sides are not stated. Raises UsageError naming the deals there are."""
    return deal_named([(d.id, d.name) for d in ledger.deals], wanted)


def deal_named(deals: list[tuple[str, str]], wanted: str) -> str | None:
    """``find_deal`` over the deals' (id, name) pairs."""
    key = wanted.strip().casefold()
    if key in (NO_DEAL, "none"):
        return None
    for deal_id, name in deals:
        if key in (deal_id.casefold(), name.casefold()):
            return deal_id
    known = ", ".join(deal_id for deal_id, _ in deals) or "none yet"
    raise UsageError(f"no deal {wanted!r} in this store (deals: {known}; or {NO_DEAL!r})")


def for_deal(ledger: Ledger, deal: str | None) -> Ledger:
    """The ledger of one deal (None: the events whose sides are not stated): its events,
    rounds, totals, promises, freed, the documents that tell them, the entities those
    documents name, and the disagreements about any of these."""
    events = [e for e in ledger.events if e.deal == deal]
    ids = {e.id for e in events}
    docs = {s.document for e in events for s in e.sources}
    entities = [e for e in ledger.entities if docs & set(e.documents)]
    names = {e.name for e in entities} | {e.id for e in entities}
    subjects = ids | names | ({deal} if deal else set())
    return Ledger(
        documents=[d for d in ledger.documents if d.id in docs],
        rejected=[],
        entities=entities,
        events=events,
        rounds=[r for r in ledger.rounds if r.deal == deal],
        totals={k: v for k, v in ledger.totals.items() if k == (deal or NO_DEAL)},
        promises=[p for p in ledger.promises if p.deal == deal],
        conflicts=[c for c in ledger.conflicts
                   if c.subject in subjects
                   or (c.subject is None and any(docs & set(v.documents) for v in c.values))],
        decisions=[d for d in ledger.decisions if d.left in names or d.right in names],
        deals=[d for d in ledger.deals if d.id == deal],
        freed=[f for f in ledger.freed if f.deal == deal],
    )


def deal_summaries(ledger: Ledger) -> list[dict[str, Any]]:
    """One row per deal (then one for the events whose sides are not stated, if any): its
    sides and time, how many events, documents and rounds (two-sided of all), the people
    freed per side, and how many of the outlets' stated totals the ledger's sum disputes."""
    rows: list[dict[str, Any]] = []
    rounds_of: dict[str | None, list[Round]] = defaultdict(list)
    for r in ledger.rounds:
        rounds_of[r.deal].append(r)
    for d in ledger.deals:
        rounds = rounds_of.get(d.id, [])
        rows.append({
            "id": d.id, "deal": d.name, "sides": list(d.sides), "from": d.start, "to": d.end,
            "events": len(d.events), "documents": len(d.documents), "rounds": len(rounds),
            "two_sided_rounds": sum(1 for r in rounds if r.two_sided),
            "freed": {side: row.get("people", 0)
                      for side, row in d.totals.get("freed", {}).items()},
            "stated_totals": len(d.stated),
            "disputed_totals": sum(1 for s in d.stated if s.count != s.ledger_count),
        })
    apart = [e for e in ledger.events if e.deal is None]
    if apart:
        rounds = rounds_of.get(None, [])
        freed = ledger.totals.get(NO_DEAL, {}).get("freed", {})
        rows.append({
            "id": NO_DEAL, "deal": NO_DEAL, "sides": [], "from": None, "to": None,
            "events": len(apart),
            "documents": len({s.document for e in apart for s in e.sources}),
            "rounds": len(rounds), "two_sided_rounds": sum(1 for r in rounds if r.two_sided),
            "freed": {side: row.get("people", 0) for side, row in freed.items()},
            "stated_totals": 0, "disputed_totals": 0})
    return rows
