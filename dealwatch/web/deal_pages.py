"""The deals of a store, the register of the freed, and the deal filter of the pages that list
the ledger: ``?deal=ID`` (a deal's id or name, or "side not stated") shows one deal's ledger,
built once per snapshot and deal."""

from __future__ import annotations

from typing import Any

from dealwatch.deals.view import deal_summaries, find_deal
from dealwatch.model import NO_DEAL, Freed
from dealwatch.web.briefs import PER_PAGE, deal_ref, event_brief
from dealwatch.web.snapshot import Snapshot
from dealwatch.web.tables import Query, table


def deal_choices(snap: Snapshot) -> list[dict[str, str]]:
    """Every deal a page can be filtered by, then "side not stated" when events have none."""
    def make() -> list[dict[str, str]]:
        refs = [deal_ref(d.id, snap) for d in snap.ledger.deals]
        if any(e.deal is None for e in snap.ledger.events):
            refs.append(deal_ref(None, snap))
        return refs
    return snap.memoized("deal_choices", make)  # type: ignore[no-any-return]


def deal_scope(snap: Snapshot, wanted: str | None) -> tuple[Snapshot, dict[str, Any]]:
    """The snapshot a page shows for ``?deal=wanted`` (the whole one without it) and what the
    page says of the filter: ``deal`` (None: every deal) and ``deal_choices``. Raises
    UsageError, naming the deals there are, when no deal is called ``wanted``."""
    choices = deal_choices(snap)
    if not (wanted or "").strip():
        return snap, {"deal": None, "deal_choices": choices}
    did = find_deal(snap.ledger, wanted or "")
    return snap.of_deal(did), {"deal": deal_ref(did, snap), "deal_choices": choices}


def unknown_deal(snap: Snapshot, message: str) -> dict[str, Any]:
    """The page (or JSON error) for a ``?deal=`` that names no deal: the deals there are."""
    return {"page": "error", "title": "No such deal", "error": message, "message": message,
            "deals": deal_choices(snap)}


def deals_page(snap: Snapshot) -> dict[str, Any]:
    """Every deal: its sides and time, events, rounds (two-sided of all), people freed per
    side and the outlets' stated totals the ledger disputes; the events of no deal apart."""
    disputes: dict[str, list[str]] = {}
    for c in snap.ledger.conflicts:
        if c.field == "total freed" and c.subject:
            disputes.setdefault(c.subject, []).append(c.about or c.field)
    rows = []
    for row in deal_summaries(snap.ledger):
        did = None if row["id"] == NO_DEAL else row["id"]
        rows.append({**row, **deal_ref(did, snap),
                     "freed": [{"side": s, "people": n} for s, n in sorted(row["freed"].items())],
                     "disputes": disputes.get(row["id"], [])})
    return {"page": "deals", "title": "Deals",
            "deals": [r for r in rows if r["param"] != NO_DEAL],
            "apart": next((r for r in rows if r["param"] == NO_DEAL), None)}


def freed_page(snap: Snapshot, page: int = 1, per_page: int = PER_PAGE,
               query: Query | None = None, errors: tuple[str, ...] = (),
               keep: dict[str, Any] | None = None) -> dict[str, Any]:
    """The register of the freed: one row per named person freed, with the spellings the
    outlets used, the deal, the day, the releasing side, the release and its sources."""
    from dealwatch.web.listings import FREED, freed_rows

    t = table(freed_rows(snap), FREED, query or Query(page=page), list(errors), keep,
              per_page=per_page)
    return {"page": "freed", "title": "People freed", "paging": t["paging"],
            "freed": t["rows"], "table": t}


def freed_row(f: Freed, snap: Snapshot) -> dict[str, Any]:
    """One person freed, as the register lists them."""
    ent = snap.entity_named(f.name)
    release = snap.events.get(f.event)
    return {"name": f.name, "entity": ent.id if ent else None,
            "spellings": list(f.spellings),
            "other_spellings": [s for s in f.spellings if s != f.name],
            "deal": deal_ref(f.deal, snap), "date": f.date, "side": f.side or NO_DEAL,
            "event": event_brief(release, snap) if release else {"id": f.event, "what": None},
            "sources": [{"document": d, "outlet": snap.label(d)} for d in f.documents],
            "background": f.background}
