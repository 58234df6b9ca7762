"""The small pieces every page dict is made of: a page of a list, an event in a list, a quote
with its outlet, a disagreement with the outlets of each value, a deal's name and address."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dealwatch.deals.assign import slug
from dealwatch.markdown import describe_gift
from dealwatch.model import NO_DEAL, Conflict, Event, Evidence
from dealwatch.render import event_summary
from dealwatch.web.snapshot import Snapshot
from dealwatch.web.timeline import type_label

PER_PAGE = 100
LIST_CAP = 30  # outlets shown per spelling or conflict value; the total is given


def paginate(items: list[Any], page: int, per_page: int = PER_PAGE) -> tuple[list[Any],
                                                                             dict[str, int]]:
    """One page of a list, and where it is: ``page``, ``pages``, ``total``."""
    pages = max(1, -(-len(items) // per_page))
    page = min(max(1, page), pages)
    return items[(page - 1) * per_page: page * per_page], {
        "page": page, "pages": pages, "total": len(items), "per_page": per_page}


def summary(snap: Snapshot) -> dict[str, int]:
    """How much the ledger holds: articles, duplicates, rejects, events, rounds, deals."""
    led = snap.ledger
    return {"documents": len(led.documents),
            "duplicates": sum(1 for d in led.documents if d.duplicate_of),
            "rejected": len(led.rejected), "events": len(led.events),
            "rounds": len(led.rounds), "conflicts": len(led.conflicts),
            "entities": len(led.entities), "deals": len(led.deals)}


def deal_names(snap: Snapshot) -> dict[str, str]:
    """Deal id -> its name (made once per snapshot)."""
    return snap.memoized(  # type: ignore[no-any-return]
        "deal_names", lambda: {d.id: d.name for d in snap.ledger.deals})


def deal_ref(deal: str | None, snap: Snapshot) -> dict[str, str]:
    """A deal as a page names and links it: ``param`` is what ``?deal=`` takes (its id, or
    "side not stated" for the events of no deal), ``anchor`` its section's id in a page."""
    if deal is None:
        return {"id": NO_DEAL, "param": NO_DEAL, "name": NO_DEAL.capitalize(),
                "anchor": "deal-" + slug(NO_DEAL)}
    return {"id": deal, "param": deal, "name": deal_names(snap).get(deal, deal),
            "anchor": "deal-" + slug(deal)}


def undated_summary(e: Event) -> str:
    """An event's title without its date (for lists that show the date beside it)."""
    return event_summary(replace(e, date=None))


def event_brief(e: Event, snap: Snapshot) -> dict[str, Any]:
    """An event in a list: its id, title, date, deal and the outlets that told it."""
    return {"id": e.id, "type": e.type.value, "label": type_label(e.type),
            "status": e.status.value, "summary": event_summary(e), "what": undated_summary(e),
            "date": e.date, "date_precision": e.date_precision, "date_text": e.date_text,
            "count": e.count, "by": e.by, "background": e.background,
            "gift": describe_gift(e), "disputed": [c.field for c in e.conflicts],
            "deal": deal_ref(e.deal, snap),
            "outlets": list(dict.fromkeys(snap.label(s.document) for s in e.sources)),
            "corrected": [c.says() for c in e.corrected]}


def evidence(ev: Evidence, snap: Snapshot) -> dict[str, Any]:
    """A quote with its document, outlet, publication day and place in the text."""
    doc = snap.articles.get(ev.document)
    return {"document": ev.document, "outlet": snap.label(ev.document),
            "published": doc.published.isoformat() if doc and doc.published else None,
            "start": ev.start, "end": ev.end, "quote": ev.quote}


def conflict_rows(c: Conflict, snap: Snapshot) -> dict[str, Any]:
    """A disagreement: what it is about (an event, an entity or a deal), and each value with
    the outlets that gave it."""
    subject = c.subject or ""
    kind = ("event" if subject in snap.events else "entity" if subject in snap.entities
            else "deal" if subject in deal_names(snap) else None)
    return {"field": c.field, "subject": c.subject, "subject_kind": kind,
            "subject_ref": deal_ref(subject, snap) if kind == "deal" else None,
            "about": c.about or (f"{c.field} of {c.subject}" if c.subject else c.field),
            "values": [{"value": v.value, "documents": list(v.documents[:LIST_CAP]),
                        "outlets": [snap.label(d) for d in v.documents[:LIST_CAP]],
                        "total": len(v.documents)} for v in c.values]}
