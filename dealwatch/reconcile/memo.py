"""Each deal's merge kept with what it read, so an update merges again only the deals that
new claims touch.

``merge_events`` makes a deal's events from two things only: the deal's own mentions (in the
order of their documents, with those documents' publication days) and the answers the canon
gives about the names in them (a written name's entity, person and side, whether a name is a
country, an entity's type, the country of a place). A ``Recorder`` answers for the canon and
writes every question down with its answer. A deal's ``Merged`` record keeps the digest of
its inputs and those answers; when the ledger is built again, a deal whose inputs have the
same digest and whose questions all get the same answers from the new canon would be merged
into the same events, so its kept events are taken instead (``reusable``). Anything else —
another mention, a claim extracted again, a name that now resolves elsewhere, an entity that
changed side — merges the deal again. ``dealwatch rebuild`` merges every deal.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from secrets import token_hex
from typing import Any

from dealwatch.model import EntityType, Event, Extraction
from dealwatch.reconcile.groups import Canon

DealId = str | None
# a question: (what, *arguments); its answer: a string, a flag or nothing
Question = tuple[str | None, ...]
Answer = str | bool | None


class Recorder(Canon):
    """The canon's answers, each question and answer written down in ``asked``."""

    def __init__(self, canon: Canon) -> None:
        self.__dict__.update(canon.__dict__)  # the canon's state, shared, not built again
        self.base = canon
        self.asked: dict[Question, Answer] = {}

    def name(self, doc: str, surface: str | None) -> str | None:
        if surface is None:
            return None
        got = self.base.name(doc, surface)
        self.asked[("name", doc, surface)] = got
        return got

    def person(self, doc: str, surface: str) -> str | None:
        got = self.base.person(doc, surface)
        self.asked[("person", doc, surface)] = got
        return got

    def written(self, doc: str, surface: str) -> str | None:
        got = self.base.written(doc, surface)
        self.asked[("written", doc, surface)] = got
        return got

    def side(self, name: str | None) -> str | None:
        got = self.base.side(name)
        self.asked[("side", name)] = got
        return got

    def is_country(self, name: str) -> bool:
        got = self.base.is_country(name)
        self.asked[("country?", name)] = got
        return got

    def type_of(self, name: str) -> EntityType | None:
        got = self.base.type_of(name)
        self.asked[("type", name)] = got.value if got is not None else None
        return got

    def country_of(self, place: str) -> str | None:
        got = self.base.country_of(place)
        self.asked[("country of", place)] = got
        return got


def answer(canon: Canon, question: Question) -> Answer:
    """What ``canon`` answers to a question a ``Recorder`` wrote down."""
    what, *args = question
    if what == "side":
        return canon.side(args[0])
    text = [a or "" for a in args]  # the other questions are never asked about nothing
    if what == "name":
        return canon.name(text[0], text[1])
    if what == "person":
        return canon.person(text[0], text[1])
    if what == "written":
        return canon.written(text[0], text[1])
    if what == "country?":
        return canon.is_country(text[0])
    if what == "type":
        got = canon.type_of(text[0])
        return got.value if got is not None else None
    if what == "country of":
        return canon.country_of(text[0])
    raise ValueError(f"unknown question {what!r}")


@dataclass
class Merged:
    """A deal's merge: the digest of its inputs, the canon's answers it read, its events."""

    inputs: str
    asked: dict[Question, Answer]
    events: list[Event] | None = None  # None: the deal's events as its kept part holds them

    def to_dict(self) -> dict[str, Any]:
        return {"inputs": self.inputs, "asked": [[*q, a] for q, a in self.asked.items()],
                "events": None if self.events is None else [e.to_dict() for e in self.events]}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Merged:
        asked = {tuple(row[:-1]): row[-1] for row in d["asked"]}
        events = d.get("events")
        return cls(str(d["inputs"]), asked,
                   None if events is None else [Event.from_dict(e) for e in events])


@dataclass
class MergeMemo:
    """The deals' merges kept from the last build (``kept``), and what this build made
    (``made``: every deal's, reused or merged); ``reused`` names the deals not merged."""

    kept: dict[DealId, Merged] = field(default_factory=dict)
    made: dict[DealId, Merged] = field(default_factory=dict)
    reused: list[DealId] = field(default_factory=list)
    # the events of a kept deal, read when it is reused (from its kept part)
    events_of: Callable[[DealId], list[Event] | None] = lambda deal: None


def deal_inputs(extractions: Iterable[Extraction], digests: Mapping[str, str],
                deal_of: Mapping[str, str | None], published: Mapping[str, date]
                ) -> dict[DealId, str]:
    """Each deal's input digest: for each document in order, its claims' digest, its
    publication day and the ids of the deal's mentions in it."""
    hashers: dict[DealId, Any] = {}
    for ex in extractions:
        mine: dict[DealId, list[str]] = {}
        for m in ex.events:
            mine.setdefault(deal_of.get(m.id), []).append(m.id)
        day = published.get(ex.document)
        for deal, ids in mine.items():
            h = hashers.get(deal)
            if h is None:
                h = hashers[deal] = hashlib.blake2b(digest_size=16)
            # a document without a digest makes its deals' inputs new: merged again
            h.update("\x1f".join((ex.document, digests.get(ex.document) or token_hex(16),
                                  day.isoformat() if day else "", *ids, "\x1e")).encode())
    return {deal: h.hexdigest() for deal, h in hashers.items()}


def reusable(kept: Merged | None, inputs: str, canon: Canon) -> bool:
    """Whether a kept merge stands: the same inputs, and every answer it read the same."""
    if kept is None or kept.inputs != inputs:
        return False
    return all(answer(canon, q) == a for q, a in kept.asked.items())
