"""One dict per page, built from a snapshot: the HTML template and the ``.json`` twin both
render exactly this dict (like Datasette's ``/table`` and ``/table.json``).

Every value is plain JSON data. Highlighting is data too (segments, see ``highlight``): the
templates escape every piece of article text. The ledger page (``ledger_page``) and the deals,
the register of the freed and the deal filter (``deal_pages``) have modules of their own.
"""

from __future__ import annotations

from typing import Any

from dealwatch.model import Article, Correction, EventType, Fix
from dealwatch.render import event_summary, events_by_date
from dealwatch.search import NameHit, SearchIndex, TextHit, search
from dealwatch.search import search_index as make_search_index
from dealwatch.web.briefs import (
    LIST_CAP,
    PER_PAGE,
    conflict_rows,
    deal_ref,
    event_brief,
    evidence,
    paginate,
)
from dealwatch.web.deal_pages import deal_scope, deals_page, freed_page, unknown_deal
from dealwatch.web.highlight import entity_aliases, key_spans, marked, safe_url, segments
from dealwatch.web.ledger_page import ledger_page
from dealwatch.web.listings import (
    ARTICLES,
    CORRECTIONS,
    ENTITIES,
    EVENTS,
    ROUNDS,
    article_rows,
    entity_rows,
    event_rows,
    round_rows,
)
from dealwatch.web.snapshot import Snapshot
from dealwatch.web.tables import Query, table
from dealwatch.web.timeline import (
    TYPE_COLOURS,
    choices,
    domain,
    timeline_items,
    type_label,
)
from dealwatch.web.timeline_query import TimelineState, in_view

__all__ = [
    "article_page", "articles_page", "deal_scope", "deals_page", "entities_page", "entity_page",
    "event_page", "events_page", "freed_page", "ledger_page", "paginate", "rounds_page",
    "search_page",
    "timeline_page", "type_names", "unknown_deal", "warm",
]

TIMELINE_LIMIT = 500  # more rows than this are cut; the filters narrow them down
SNIPPET = 90


# --- events ------------------------------------------------------------------------------------


def events_page(snap: Snapshot, page: int = 1, etype: str | None = None,
                query: Query | None = None, errors: tuple[str, ...] = (),
                keep: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every event by date (undated last), a page at a time: sorted, filtered, downloadable
    (``query``, from the address)."""
    t = table(event_rows(snap), EVENTS, query or Query(type=etype, page=page), list(errors),
              keep)
    return {"page": "events", "title": "Events", "type": t["filters"]["type"],
            "events": t["rows"], "paging": t["paging"], "table": t}


def rounds_page(snap: Snapshot, query: Query | None = None, errors: tuple[str, ...] = (),
                keep: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every round of every deal as a table: day, deal, what each side gave, the tie."""
    t = table(round_rows(snap), ROUNDS, query or Query(), list(errors), keep)
    return {"page": "rounds", "title": "Rounds", "rounds": t["rows"], "paging": t["paging"],
            "table": t}


def event_page(snap: Snapshot, event_id: str) -> dict[str, Any] | None:
    """One event: its fields, every source side by side with the key words marked, and the
    disagreements between sources."""
    e = snap.events.get(event_id)
    if e is None:
        return None
    aliases = entity_aliases(snap.ledger.entities)
    sources = []
    for ev in e.sources:
        src = evidence(ev, snap)
        src["segments"] = marked(ev.quote, key_spans(ev.quote, e, aliases))
        sources.append(src)
    names = {"by": e.by, "to": e.to, "location": e.location}
    lists = {"persons": e.persons, "targets": e.targets, "participants": e.participants}
    return {
        "page": "event", "title": event_summary(e), "event": event_brief(e, snap),
        "fields": {**{k: _named(v, snap) for k, v in names.items()},
                   **{k: [_named(n, snap) for n in v] for k, v in lists.items()},
                   "count": e.count, "what": e.what, "link": e.link, "status": e.status.value,
                   "date": e.date, "date_precision": e.date_precision,
                   "date_text": e.date_text},
        "sources": sources,
        "conflicts": [conflict_rows(c, snap) for c in e.conflicts],
        "rounds": [{"id": r.id, "date": r.date, "summary": r.summary}
                   for r in snap.rounds_of.get(e.id, [])],
        "promise": next(({"state": p.status.value, "reason": p.reason,
                          "missing": list(p.missing)}
                         for p in snap.ledger.promises if p.promise == e.id), None),
        "deal": deal_ref(e.deal, snap),
        "corrected": [_correction_row(c, snap) for c in e.corrected],
        "form": {"date": e.date or "", "count": "" if e.count is None else str(e.count),
                 "side": e.by or "", "to": e.to or "", "persons": "; ".join(e.persons),
                 "place": e.location or "", "type": e.type.value,
                 "types": [t.value for t in EventType],
                 "documents": [{"id": d, "outlet": snap.label(d)}
                               for d in dict.fromkeys(s.document for s in e.sources)]},
    }


def _correction_row(c: Correction, snap: Snapshot) -> dict[str, Any]:
    """A correction as the pages show it."""
    target = (f"/articles/{c.target}" if c.kind == Fix.ARTICLE
              else f"/events/{c.target}" if c.target in snap.events else None)
    return {"id": c.id, "kind": c.kind.value, "says": c.says(), "status": c.status.value,
            "editor": c.editor, "when": c.created_at, "note": c.note, "field": c.field,
            "value": c.value, "machine": c.machine, "target": c.target, "link": target,
            "undone_by": c.undone_by, "undone_at": c.undone_at}


def corrections_page(snap: Snapshot, query: Query | None = None,
                     errors: tuple[str, ...] = (), keep: dict[str, Any] | None = None
                     ) -> dict[str, Any]:
    """Every correction editors made, newest first, with where it stands."""
    rows = [_correction_row(c, snap) for c in snap.ledger.corrections]
    t = table(rows, CORRECTIONS, query or Query(), list(errors), keep)
    return {"page": "corrections", "title": "Corrections", "corrections": t["rows"],
            "paging": t["paging"], "table": t}


def _named(name: str | None, snap: Snapshot) -> dict[str, Any] | None:
    if not name:
        return None
    ent = snap.entity_named(name)
    return {"name": name, "entity": ent.id if ent else None}


# --- entities ----------------------------------------------------------------------------------


def entities_page(snap: Snapshot, page: int = 1, query: Query | None = None,
                  errors: tuple[str, ...] = (), keep: dict[str, Any] | None = None
                  ) -> dict[str, Any]:
    """People, organisations, countries and places, most reported first."""
    t = table(entity_rows(snap), ENTITIES, query or Query(page=page), list(errors), keep)
    return {"page": "entities", "title": "People and organisations", "paging": t["paging"],
            "entities": t["rows"], "table": t}


def entity_page(snap: Snapshot, entity_id: str) -> dict[str, Any] | None:
    """One entity: canonical name, every spelling with the outlets that used it, roles,
    events."""
    e = snap.entities.get(entity_id)
    if e is None:
        return None
    events = events_by_date(snap.by_entity.get(e.id, []))
    return {
        "page": "entity", "title": e.name,
        "entity": {"id": e.id, "name": e.name, "type": e.type.value, "country": e.country,
                   "aliases": list(e.aliases), "roles": list(e.roles)},
        "spellings": [{"text": s.text, "documents": list(s.documents[:LIST_CAP]),
                       "outlets": [snap.label(d) for d in s.documents[:LIST_CAP]],
                       "total": len(s.documents)} for s in e.spellings],
        "conflicts": [conflict_rows(c, snap) for c in e.conflicts[:LIST_CAP]],
        "events": [event_brief(ev, snap) for ev in events[:PER_PAGE]],
        "events_total": len(events),
        "documents": [{"id": d, "outlet": snap.label(d)} for d in e.documents[:PER_PAGE]],
        "documents_total": len(e.documents),
    }


# --- articles ----------------------------------------------------------------------------------


def articles_page(snap: Snapshot, page: int = 1, query: Query | None = None,
                  errors: tuple[str, ...] = (), keep: dict[str, Any] | None = None
                  ) -> dict[str, Any]:
    """Every stored article with its events, the near-duplicates with what they duplicate,
    and the rejected inputs with the reason."""
    t = table(article_rows(snap), ARTICLES, query or Query(page=page), list(errors), keep)
    return {
        "page": "articles", "title": "Articles", "paging": t["paging"], "table": t,
        "articles": t["rows"],
        "duplicates": [{"id": d.id, "outlet": snap.label(d.id), "title": d.title,
                        "published": d.published, "path": d.path,
                        "duplicate_of": d.duplicate_of,
                        "duplicate_of_outlet": snap.label(d.duplicate_of or ""),
                        "reason": "near-duplicate of an article already stored"}
                       for d in snap.ledger.documents if d.duplicate_of][:PER_PAGE],
        "rejected": [r.to_dict() for r in snap.ledger.rejected[:PER_PAGE]],
        "rejected_total": len(snap.ledger.rejected),
    }


def article_page(snap: Snapshot, doc_id: str) -> dict[str, Any] | None:
    """One article: its text with every extracted event marked, and the events."""
    a = snap.articles.get(doc_id)
    if a is None:
        return None
    told = snap.by_document.get(doc_id, [])
    spans = [(ev.start, ev.end, {"event": e.id, "type": e.type.value,
                                 "summary": event_summary(e)}) for e, ev in told]
    return {
        "page": "article", "title": a.title or snap.label(a.id),
        "article": {"id": a.id, "outlet": snap.label(a.id), "title": a.title,
                    "published": a.published.isoformat() if a.published else None,
                    "published_evidence": a.published_evidence,
                    "path": a.path,
                    "url": a.url, "link": safe_url(a.url), "format": a.format,
                    "duplicate_of": a.duplicate_of, "removed": list(a.removed),
                    "text": a.text},
        "form": {"outlet": a.outlet or "", "title": a.title or "", "url": a.url or "",
                 "published": a.published.isoformat() if a.published else ""},
        "corrected": [_correction_row(c, snap) for d in snap.ledger.documents
                      if d.id == doc_id for c in d.corrected],
        "highlights": [{"start": s, "end": t, **p} for s, t, p in spans],
        "segments": segments(a.text, spans),
        "events": [event_brief(e, snap) for e in dict.fromkeys(e for e, _ in told)],
    }


# --- the timeline ------------------------------------------------------------------------------


def timeline_page(snap: Snapshot, state: TimelineState,
                  limit: int = TIMELINE_LIMIT) -> dict[str, Any]:
    """Dated events on a time axis (spans for month or year dates), undated ones apart; the
    view (a zoomed range), the values of the address that could not be read, and the
    permalink of this state."""
    dated, undated = timeline_items(snap, state.filters)
    span = domain(dated)
    return {
        "page": "timeline", "title": "Timeline", "filters": state.filters.to_dict(),
        "choices": choices(snap),
        "colours": {t.value: c for t, c in TYPE_COLOURS.items()},
        "dated": dated[:limit], "dated_total": len(dated), "truncated": len(dated) > limit,
        # every event is on the page: the browser can filter it without asking again
        "complete": len(dated) <= limit and not any(state.filters.to_dict().values()),
        "undated": undated[:limit], "undated_total": len(undated),
        "domain": {"start_day": span[0], "end_day": span[1]} if span else None,
        "in_view_total": sum(1 for it in dated if in_view(it, state.view)),
        **state.to_dict(),
    }


# --- search ------------------------------------------------------------------------------------


def search_page(snap: Snapshot, query: str, limit: int = 50) -> dict[str, Any]:
    """Names (every spelling, in any script or romanization), places, events and articles
    that the query finds (``dealwatch.search``), each with what matched it."""
    found = search(search_index(snap), query)
    out: dict[str, Any] = {"page": "search", "title": "Search", "q": found.query,
                           "entities": [], "places": [], "events": [], "articles": [],
                           "spellings": found.spellings}
    if not found.query:
        return out
    out["entities"] = [_name_hit(h) for h in found.names]
    out["places"] = [_name_hit(h) for h in found.places]
    out["events"] = [{**event_brief(ev, snap), "matched": hit.matched, "matched_in": hit.field}
                     for ev, hit in found.events[:limit]]
    out["articles"] = [{**_snippet(a, hit, snap), "matched": hit.matched,
                        "matched_in": hit.field} for a, hit in found.articles[:limit]]
    totals = {"events": len(found.events), "articles": len(found.articles)}
    for key in ("entities", "places", "events", "articles"):
        out[f"{key}_total"] = totals.get(key, len(out[key]))
        out[key] = out[key][:limit]
    return out


def _name_hit(hit: NameHit) -> dict[str, Any]:
    e = hit.entity
    return {"id": e.id, "name": e.name, "type": e.type.value, "matched": hit.spelling,
            "how": hit.match.how, "reasons": list(hit.match.reasons)}


def search_index(snap: Snapshot) -> SearchIndex:
    """The snapshot's names and texts folded for search (made once)."""
    return snap.memoized(  # type: ignore[no-any-return]
        "search", lambda: make_search_index(snap.ledger, snap.articles, snap.labels))


def _snippet(a: Article, hit: TextHit, snap: Snapshot) -> dict[str, Any]:
    """Where in the article the query was found: the words around it, it marked; the title
    and outlet alone when the match was there."""
    at, n = (hit.start, hit.end - hit.start) if hit.field == "text" else (0, 0)
    text = a.text
    start, end = max(0, at - SNIPPET), min(len(text), at + n + SNIPPET)
    piece = text[start:end]
    marks = [(at - start, at - start + n, True)] if n else []
    return {"id": a.id, "title": a.title, "outlet": snap.label(a.id),
            "segments": [{"text": s["text"], "key": bool(s["marks"])}
                         for s in segments(piece, marks)],
            "cut_start": start > 0, "cut_end": end < len(text)}


def type_names() -> list[dict[str, str]]:
    """Every event type with its label and colour (the legend)."""
    return [{"type": t.value, "label": type_label(t), "colour": TYPE_COLOURS[t]}
            for t in EventType]



def warm(snap: Snapshot) -> Snapshot:
    """Make a snapshot's derived tables now (timeline items, filter choices, search folds),
    so that the first page after a rebuild is as fast as the next ones."""
    choices(snap)
    search_index(snap)
    return snap
