"""Export a ledger as FollowTheMoney entities (for Aleph / OpenAleph), CSV or JSON.

FollowTheMoney has no schema for a country: countries become ``country`` codes on the
entities and events that involve them. A person or organisation keeps every spelling as an
alias and its roles as positions; an event keeps its evidence quotes and source addresses; a
sanctions event becomes one Sanction per target, the target made an Organization when the
ledger does not already know it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry

from dealwatch import render
from dealwatch.model import Entity, EntityType, Event, EventType, Ledger

SCHEMA_OF = {EntityType.PERSON: "Person", EntityType.ORGANIZATION: "Organization"}
SANCTIONS = (EventType.SANCTIONS_RELIEF, EventType.SANCTIONS_IMPOSED)
FORMATS = ("ftm", "json", "csv")


def _country_code(name: str | None) -> str | None:
    code = registry.country.clean(name) if name else None
    return str(code) if code else None


class _Exporter:
    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.ids: dict[str, str] = {}  # any name or alias of an entity -> FtM id
        self.countries: dict[str, str] = {}  # a country's names -> ISO code
        self.extra: dict[str, EntityProxy] = {}  # organisations only sanctions name
        self.urls = {d.id: d.url for d in ledger.documents if d.url}
        self.outlets = render.document_labels(ledger)

    def entities(self) -> Iterator[EntityProxy]:
        for e in self.ledger.entities:
            if e.type == EntityType.COUNTRY:
                code = _country_code(e.name)
                if code:
                    for n in (e.name, *e.aliases, *(s.text for s in e.spellings)):
                        self.countries[n] = code
                continue
            schema = SCHEMA_OF.get(e.type)
            if schema is None:
                continue
            yield self.entity(e, schema)

    def entity(self, e: Entity, schema: str) -> EntityProxy:
        proxy = model.make_entity(schema)
        proxy.id = f"dw-{e.id}"
        proxy.add("name", e.name)
        for n in {*e.aliases, *(s.text for s in e.spellings)} - {e.name}:
            proxy.add("alias", n)
        if schema == "Person":
            for role in e.roles:
                proxy.add("position", role)
            proxy.add("nationality", _country_code(e.country), quiet=True)
        else:
            proxy.add("country", _country_code(e.country), quiet=True)
        for s in e.spellings:
            outlets = sorted({self.outlets.get(d, d) for d in s.documents})
            proxy.add("notes", f"spelled {s.text!r} by {', '.join(outlets)}")
        self._sources(proxy, e.documents)
        for n in (e.name, *e.aliases, *(s.text for s in e.spellings)):
            self.ids.setdefault(n, proxy.id)
        return proxy

    def _sources(self, proxy: EntityProxy, documents: tuple[str, ...] | list[str]) -> None:
        for d in documents:
            if d in self.urls:
                proxy.add("sourceUrl", self.urls[d], quiet=True)
            if d in self.outlets:
                proxy.add("publisher", self.outlets[d], quiet=True)

    def event(self, ev: Event) -> Iterator[EntityProxy]:
        proxy = model.make_entity("Event")
        proxy.id = f"dw-{ev.id}"
        proxy.add("name", render.event_summary(ev))
        proxy.add("date", ev.date, quiet=True)
        proxy.add("keywords", ev.type.value)
        proxy.add("summary", ev.what, quiet=True)
        proxy.add("location", ev.location, quiet=True)
        for n in (ev.by, ev.to, *ev.participants, *ev.persons):
            if not n:
                continue
            if n in self.countries:
                proxy.add("country", self.countries[n])
            elif n in self.ids:
                proxy.add("involved", self.ids[n])
            else:
                proxy.add("namesMentioned", n)
        if ev.by and ev.by in self.ids:
            proxy.add("organizer", self.ids[ev.by])
        for s in ev.sources:
            proxy.add("description", f"{self.outlets.get(s.document, s.document)}: {s.quote}")
        for c in ev.corrected:  # an editor's decision, with the machine's value it overrides
            proxy.add("notes", f"correction {c.id}: {c.says()}")
        self._sources(proxy, sorted({s.document for s in ev.sources}))
        yield proxy
        if ev.type in SANCTIONS:
            yield from self.sanctions(ev)

    def sanctions(self, ev: Event) -> Iterator[EntityProxy]:
        for target in ev.targets:
            if target in self.countries:
                continue  # "sanctions on Belarus": the country is the event's, not an entity
            target_id = self.ids.get(target) or self._target(target).id
            sanction = model.make_entity("Sanction")
            sanction.id = f"dw-{ev.id}-{_digest(target)}"
            sanction.add("entity", target_id)
            sanction.add("authority", ev.by, quiet=True)
            sanction.add("country", self.countries.get(ev.by or ""), quiet=True)
            relief = ev.type == EventType.SANCTIONS_RELIEF
            sanction.add("status", "eased" if relief else "imposed")
            sanction.add("startDate" if not relief else "endDate", ev.date, quiet=True)
            sanction.add("summary", ev.what or render.event_summary(ev))
            sanction.add("proof", f"dw-{ev.id}")  # the Event with the evidence
            self._sources(sanction, sorted({s.document for s in ev.sources}))
            yield sanction

    def _target(self, name: str) -> EntityProxy:
        if name not in self.extra:
            proxy = model.make_entity("Organization")
            proxy.id = f"dw-target-{_digest(name)}"
            proxy.add("name", name)
            self.extra[name] = proxy
        return self.extra[name]


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def ftm_entities(ledger: Ledger) -> list[dict[str, Any]]:
    """The ledger as FollowTheMoney entity dicts (``id``, ``schema``, ``properties``)."""
    ex = _Exporter(ledger)
    out = [p.to_dict() for p in ex.entities()]
    for ev in ledger.events:
        out.extend(p.to_dict() for p in ex.event(ev))
    out.extend(p.to_dict() for p in ex.extra.values())
    return out


def export(ledger: Ledger, fmt: str, what: str = "all") -> str:
    """The text of an export: ``ftm`` JSON lines, ``json``, or ``csv`` of events or entities."""
    if fmt == "ftm":
        return "".join(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n"
                       for d in ftm_entities(ledger))
    rows = {"events": render.event_rows(ledger), "entities": render.entity_rows(ledger)}
    if fmt == "json":
        data: Any = rows if what == "all" else rows[what]
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return render.rows_csv(rows["events" if what == "all" else what])
