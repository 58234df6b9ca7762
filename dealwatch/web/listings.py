"""The app's listings as tables (``tables``): events, names, articles, rounds, the freed and
the corrections — each a spec of columns and filters and a function from a snapshot to its
flat rows. The pages keep their own lists (``events``, ``entities``...) as before, and add
the table's state beside them."""

from __future__ import annotations

from typing import Any

from dealwatch.render import events_by_date
from dealwatch.web.briefs import deal_ref, event_brief
from dealwatch.web.snapshot import Snapshot
from dealwatch.web.tables import Column, Spec

EVENTS = Spec("/events", (
    Column("date", "Date", "date"), Column("type", "Type"), Column("what", "Event"),
    Column("by", "Side"), Column("count", "Number", "num"), Column("persons", "People"),
    Column("outlets", "Outlets"), Column("deal_name", "Deal")),
    type_key="type", side_key="by", outlet_key="outlets", date_key="date")
ENTITIES = Spec("/entities", (
    Column("name", "Name"), Column("type", "Kind"), Column("country", "Country"),
    Column("spellings", "Spellings", "num"), Column("documents", "Articles", "num"),
    Column("events", "Events", "num")),
    type_key="type", side_key="country", outlet_key="outlets")
ARTICLES = Spec("/articles", (
    Column("outlet", "Outlet"), Column("published", "Published", "date"),
    Column("title", "Title"), Column("events", "Events", "num")),
    outlet_key="outlet", date_key="published")
FREED = Spec("/freed", (
    Column("name", "Name"), Column("other_spellings", "Also spelled"),
    Column("deal_name", "Deal"), Column("date", "Date", "date"), Column("side", "Freed by"),
    Column("release", "Release"), Column("outlets", "Sources")),
    side_key="side", outlet_key="outlets", date_key="date")
ROUNDS = Spec("/rounds", (
    Column("date", "Date", "date"), Column("deal_name", "Deal"), Column("summary", "Round"),
    Column("sides", "Sides"), Column("tie", "Tied by"), Column("outlets", "Outlets")),
    side_key="sides", outlet_key="outlets", date_key="date")
CORRECTIONS = Spec("/corrections", (
    Column("id", "No.", "num"), Column("says", "Correction"), Column("target", "Of"),
    Column("editor", "Editor"), Column("status", "Status"), Column("when", "When", "date")),
    type_key="kind", side_key="editor", date_key="when", default_sort="-id")


def event_rows(snap: Snapshot) -> list[dict[str, Any]]:
    """Every event as a row (its brief, with the people and the deal's name)."""
    out = []
    for e in events_by_date(snap.ledger.events):
        brief = event_brief(e, snap)
        out.append({**brief, "persons": list(e.persons), "to": e.to,
                    "deal_name": brief["deal"]["name"]})
    return out


def entity_rows(snap: Snapshot) -> list[dict[str, Any]]:
    """People, organisations, countries and places, most reported first."""
    ents = sorted(snap.ledger.entities, key=lambda e: (-len(e.documents), e.name.casefold()))
    return [{"id": e.id, "name": e.name, "type": e.type.value, "country": e.country,
             "spellings": len(e.spellings), "documents": len(e.documents),
             "events": len(snap.by_entity.get(e.id, ())), "roles": list(e.roles),
             "outlets": list(dict.fromkeys(snap.label(d) for d in e.documents))}
            for e in ents]


def article_rows(snap: Snapshot) -> list[dict[str, Any]]:
    """The stored articles (near-duplicates apart)."""
    return [{"id": d.id, "outlet": snap.label(d.id), "title": d.title or d.path,
             "published": d.published, "path": d.path,
             "events": len(snap.by_document.get(d.id, ()))}
            for d in snap.ledger.documents if not d.duplicate_of]


def freed_rows(snap: Snapshot) -> list[dict[str, Any]]:
    """The register of the freed, flat: the template's row with the deal's name, the
    release's words and the outlets."""
    from dealwatch.web.deal_pages import freed_row

    out = []
    for f in snap.ledger.freed:
        row = freed_row(f, snap)
        out.append({**row, "deal_name": row["deal"]["name"],
                    "release": row["event"].get("what") or row["event"]["id"],
                    "outlets": [s["outlet"] for s in row["sources"]]})
    return out


def round_rows(snap: Snapshot) -> list[dict[str, Any]]:
    """Every round of every deal: its day, what each side gave, what ties it."""
    out = []
    for r in snap.ledger.rounds:
        docs = [s.document for ids in r.gave.values() for i in ids
                for s in (snap.events[i].sources if i in snap.events else ())]
        deal = deal_ref(r.deal, snap)
        out.append({"id": r.id, "date": r.date, "deal": deal, "deal_name": deal["name"],
                    "summary": r.summary, "sides": sorted(r.gave), "tie": r.tie.value,
                    "gave": [{"side": side, "events": [event_brief(snap.events[i], snap)
                                                       for i in ids if i in snap.events]}
                             for side, ids in sorted(r.gave.items())],
                    "outlets": list(dict.fromkeys(snap.label(d) for d in docs))})
    return out
