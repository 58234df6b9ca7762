"""Every record round-trips through JSON."""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealwatch.model import (
    Article,
    Conflict,
    ConflictValue,
    Correction,
    Entity,
    EntityType,
    Event,
    EventMention,
    EventType,
    Evidence,
    Extraction,
    Fix,
    Ledger,
    NameMention,
    Precision,
    Resolution,
    Spelling,
    StatedTotal,
    Status,
    TimeExpr,
    _plain,
)

text = st.text(max_size=30)
names = st.lists(st.text(min_size=1, max_size=12), max_size=3).map(tuple)
evidence = st.builds(Evidence, text, st.integers(0, 10_000), st.integers(0, 10_000), text)
times = st.builds(TimeExpr, st.integers(0, 99), st.integers(0, 99), text,
                  st.none() | st.sampled_from(["2025-02-12", "XXXX-06", "2024"]),
                  st.none() | st.sampled_from(list(Precision)), st.sampled_from(list(Resolution)))
mentions = st.builds(
    EventMention, text, text, st.sampled_from(list(EventType)), st.sampled_from(list(Status)),
    evidence, text, date=st.none() | times, by=st.none() | text, participants=names,
    persons=names, targets=names, count=st.none() | st.integers(0, 5000),
    location=st.none() | text, what=st.none() | text, link=st.none() | text,
    background=st.booleans())
conflicts = st.builds(Conflict, text, st.lists(st.builds(ConflictValue, text, names),
                                               max_size=3).map(tuple))


def roundtrip(obj: Any) -> Any:
    return type(obj).from_dict(json.loads(json.dumps(obj.to_dict())))


@given(mentions)
def test_event_mention(m: EventMention) -> None:
    assert roundtrip(m) == m


maybe = st.none() | text
events = st.builds(
    Event, text, st.sampled_from(list(EventType)), st.sampled_from(list(Status)),
    date=st.none() | st.sampled_from(["2025-02", "2025-02-12", "2025"]),
    date_precision=st.none() | st.sampled_from([p.value for p in Precision]), date_text=maybe,
    by=maybe, to=maybe, participants=names, persons=names, targets=names,
    count=st.none() | st.integers(0, 9), location=maybe, what=maybe, link=maybe,
    background=st.booleans(), sources=st.lists(evidence, max_size=2).map(tuple),
    conflicts=st.lists(conflicts, max_size=2).map(tuple), mentions=names)
articles = st.builds(
    Article, text, text, text, title=maybe, outlet=maybe, url=maybe,
    published=st.none() | st.dates(), published_evidence=maybe,
    format=st.sampled_from(["txt", "html", "jsonl", "feed"]), duplicate_of=maybe, removed=names)


@given(events)
def test_event(e: Event) -> None:
    assert roundtrip(e) == e


@given(articles)
def test_article(a: Article) -> None:
    assert roundtrip(a) == a


totals = st.builds(StatedTotal, text, st.integers(0, 5000), evidence, side=maybe,
                   date=st.none() | times, since=st.none() | times)


@given(totals)
def test_stated_total(t: StatedTotal) -> None:
    assert roundtrip(t) == t


@given(st.builds(Extraction, text, st.lists(mentions, max_size=2).map(tuple),
                 st.lists(st.builds(NameMention, text, text, st.sampled_from(list(EntityType)),
                                    st.integers(0, 9), st.integers(0, 9), names),
                          max_size=2).map(tuple),
                 st.lists(times, max_size=2).map(tuple), st.lists(totals, max_size=2).map(tuple)))
def test_extraction(x: Extraction) -> None:
    assert roundtrip(x) == x


def test_an_extraction_stored_before_totals_reads_without_them() -> None:
    old = {"document": "d", "events": [], "names": [], "dates": []}
    assert Extraction.from_dict(old).totals == ()


@given(st.builds(Entity, text, text, st.sampled_from(list(EntityType)), names,
                 conflicts=st.lists(conflicts, max_size=1).map(tuple)))
def test_entity(e: Entity) -> None:
    assert roundtrip(e) == e


def test_every_field_of_a_mention_round_trips_and_enums_come_out_as_plain_strings() -> None:
    ev = Evidence("d", 4, 30, "Varnia let the two go in return")
    m = EventMention("d-1", "d", EventType.PROMISE, Status.STATED, ev, "vowed",
                     context=(Evidence("d", 40, 60, "the two were named"),), count=2,
                     count_named=True, concession="release", expected=True)
    data = m.to_dict()
    assert type(data["type"]) is str and data["type"] == "promise"
    assert data["context"] == [{"document": "d", "start": 40, "end": 60,
                                "quote": "the two were named"}]
    assert roundtrip(m) == m


def test_an_unknown_kind_of_event_is_refused_on_reading() -> None:
    data = EventMention("d-1", "d", EventType.RELEASE, Status.OCCURRED,
                        Evidence("d", 0, 5, "freed"), "freed").to_dict()
    data["type"] = "coronation"
    with pytest.raises(ValueError, match="coronation"):
        EventMention.from_dict(data)


def test_an_entity_is_written_out_as_the_generic_record_form() -> None:
    """``Entity.to_dict`` (written field by field, for speed) gives what every other record
    gets from its fields, key order included, alone and inside a ledger; so do an event's and
    its sources'."""
    entity = Entity(
        "ent-1", "Ilse Varn", EntityType.PERSON, ("I. Varn", "Ilse Varn"),
        (Spelling("I. Varn", ("d2",)), Spelling("Ilse Varn", ("d1", "d3"))), ("activist",),
        "Norland", (Conflict("name", (ConflictValue("Ilse Varn", ("d1", "d3")),
                                      ConflictValue("I. Varn", ("d2",))), "ent-1"),),
        ("d1", "d2", "d3"))
    generic = {f.name: _plain(getattr(entity, f.name)) for f in fields(Entity)}
    assert json.dumps(entity.to_dict()) == json.dumps(generic)
    assert Ledger(entities=[entity]).to_dict()["entities"] == [generic]
    assert Entity.from_dict(json.loads(json.dumps(entity.to_dict()))) == entity
    source = Evidence("d1", 4, 30, "Norland freed two prisoners.")
    event = Event(
        "ev-1", EventType.RELEASE, Status.OCCURRED, "2031-05-08", "day", "on Thursday",
        "Norland", "Sweden", ("Ilse Varn",), ("Ilse Varn", "Per Holm"), (), 2, "Oslo",
        "two prisoners", "swap", True, (source, Evidence("d2", 0, 9, "Two freed.")),
        (Conflict("count", (ConflictValue("2", ("d1",)), ConflictValue("3", ("d2",))),
                  "ev-1"),),
        ("m1", "m2"), "norland--sweden-2031",
        (Correction(1, Fix.FIELD, "ev-1", ("m1",), "count", "2", machine="3",
                    editor="ana", created_at="2031-05-09T10:00:00+00:00"),))
    for record in (source, event):
        generic = {f.name: _plain(getattr(record, f.name)) for f in fields(type(record))}
        assert json.dumps(record.to_dict()) == json.dumps(generic)
    assert Event.from_dict(json.loads(json.dumps(event.to_dict()))) == event
