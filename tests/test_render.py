"""The ledger JSON contract, Markdown and CSV output."""

from __future__ import annotations

import csv
import io

import jsonschema
import pytest

from dealwatch import render
from dealwatch.model import (
    Conflict,
    ConflictValue,
    DocumentInfo,
    Entity,
    EntityType,
    Event,
    EventType,
    Evidence,
    Ledger,
    Round,
    Status,
)


def ledger() -> Ledger:
    src = Evidence("d1", 0, 20, "52 | prisoners freed")
    conflict = Conflict("count", (ConflictValue("52", ("d1",)), ConflictValue("53", ("d2",))),
                        "e1", "count of the release")
    return Ledger(
        documents=[DocumentInfo("d1", "a.txt", None, "Outlet A", "2025-09-12", None),
                   DocumentInfo("d2", "b.txt", "T", None, None, "d1")],
        entities=[Entity("p1", "Ann Lee", EntityType.PERSON, ("Ann Lee", "Anne Lee")),
                  Entity("c1", "Belarus", EntityType.COUNTRY, ("Belarus",))],
        events=[Event("e1", EventType.RELEASE, Status.OCCURRED, date="2025-09-11",
                      date_precision="day", by="Belarus", count=52, persons=("Ann Lee",),
                      sources=(src,), conflicts=(conflict,)),
                Event("e2", EventType.SANCTIONS_RELIEF, Status.OCCURRED, by="United States",
                      targets=("Belavia",), sources=(src,), link="in return"),
                Event("e3", EventType.DEMAND, Status.STATED, count=1300, sources=(src,))],
        rounds=[Round("r1", "2025-09-11", {"Belarus": ("e1",), "United States": ("e2",)},
                      "Belarus: 52 freed ↔ United States: sanctions eased on Belavia", (src,))],
        totals={"freed": {"Belarus": {"people": 52, "releases": 1,
                                      "releases_without_count": 0}}},
        conflicts=[conflict],
    )


def test_ledger_json_validates_against_the_published_schema() -> None:
    data = ledger().to_dict()
    assert data["schema"] == "dealwatch.ledger/1"
    render.validate_ledger(data)


def test_an_event_without_sources_is_invalid() -> None:
    data = ledger().to_dict()
    data["events"][0]["sources"] = []
    with pytest.raises(jsonschema.ValidationError):
        render.validate_ledger(data)
    data = ledger().to_dict()
    data["events"][0]["date"] = "12 Sept"
    with pytest.raises(jsonschema.ValidationError):
        render.validate_ledger(data)


def test_markdown_shows_conflicts_and_escapes_pipes() -> None:
    md = render.ledger_markdown(ledger())
    assert "“52” (Outlet A)" in md and "“53” (b.txt)" in md
    assert "52 \\| prisoners" in md
    assert "Belarus: 52 freed" in md


def test_csv_round_trips() -> None:
    rows = render.event_rows(ledger())
    back = list(csv.DictReader(io.StringIO(render.rows_csv(rows))))
    assert [r["type"] for r in back] == ["release", "sanctions_relief", "demand"]
    assert back[0]["persons"] == "Ann Lee" and back[0]["count"] == "52"
    assert back[1]["date"] == "undated"
