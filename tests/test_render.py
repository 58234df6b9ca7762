"""The ledger JSON contract, Markdown, CSV and terminal tables."""

from __future__ import annotations

import copy
import csv
import io
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from dealwatch import markdown, render
from dealwatch.model import (
    Conflict,
    ConflictValue,
    Deal,
    DocumentInfo,
    Entity,
    EntityType,
    Event,
    EventType,
    Evidence,
    Freed,
    Ledger,
    PromiseCheck,
    Rejected,
    Round,
    Spelling,
    Status,
    Tie,
)

RELEASE_QUOTE = "Belarus freed 52 | prisoners in exchange for relief"
RELIEF_QUOTE = "The United States eased sanctions on Belavia"


DEAL = "belarus--united-states-2025"
TOTALS = {"freed": {"Belarus": {"people": 52, "named": 1, "unnamed": 51, "releases": 1,
                                "releases_without_count": 0}},
          "demanded": {"Belarus": 1300}, "promised": {},
          "running": [{"event": "e1", "date": "2025-09-11", "side": "Belarus",
                       "count": 52, "freed_so_far": 52}]}


def ledger() -> Ledger:
    release_src = Evidence("d1", 0, len(RELEASE_QUOTE), RELEASE_QUOTE)
    relief_src = Evidence("d2", 10, 10 + len(RELIEF_QUOTE), RELIEF_QUOTE)
    count = Conflict("count", (ConflictValue("52", ("d1",)), ConflictValue("53", ("d2",))),
                     "e1", "count of the release on 2025-09-11")
    spelling = Conflict("name", (ConflictValue("Ann Lee", ("d1",)),
                                 ConflictValue("Anne Lee", ("d2",))), "p1", "spelling of Ann Lee")
    return Ledger(
        documents=[DocumentInfo("d1", "in/a.txt", "Prisoners freed", "Outlet A", "2025-09-12",
                                None),
                   DocumentInfo("d2", "in/b.html", "Sanctions eased", None, None, None),
                   DocumentInfo("d3", "in/c.txt", "Prisoners freed", "Outlet A", "2025-09-12",
                                "d1")],
        rejected=[Rejected("in/bad.bin", "DW103", "binary content")],
        entities=[Entity("p1", "Ann Lee", EntityType.PERSON, ("Ann Lee", "Anne Lee"),
                         (Spelling("Ann Lee", ("d1",)), Spelling("Anne Lee", ("d2",))),
                         ("journalist",), "Belarus", (spelling,), ("d1", "d2")),
                  Entity("c1", "Belarus", EntityType.COUNTRY, ("Belarus",), documents=("d1",))],
        events=[Event("e3", EventType.DEMAND, Status.STATED, date_text="soon", count=1300,
                      by="Belarus", sources=(release_src,)),
                Event("e2", EventType.SANCTIONS_RELIEF, Status.OCCURRED, date="2025-09",
                      date_precision="month", by="United States", to="Belarus",
                      targets=("Belavia",), sources=(relief_src,), link="in return"),
                Event("e1", EventType.RELEASE, Status.OCCURRED, date="2025-09-11",
                      date_precision="day", by="Belarus", to="United States", count=52,
                      persons=("Ann Lee",), sources=(release_src,), conflicts=(count,))],
        rounds=[Round("r1", "2025-09-11", {"Belarus": ("e1",), "United States": ("e2",)},
                      "Belarus: 52 freed ↔ United States: sanctions eased on Belavia",
                      (release_src,), DEAL, Tie.LINK)],
        totals={DEAL: TOTALS},
        promises=[PromiseCheck("e3", "Belarus", "free more", None, (), "no delivery yet",
                               DEAL)],
        conflicts=[count, spelling],
        deals=[Deal(DEAL, "Belarus ↔ United States", ("Belarus", "United States"),
                    "2025-09", "2025-09-11", ("d1", "d2"), ("e3", "e2", "e1"), TOTALS)],
        freed=[Freed("Ann Lee", ("Ann Lee", "Anne Lee"), DEAL, "2025-09-11", "Belarus", "e1",
                     ("d1",))],
    )


def as_json() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render.ledger_json(ledger()))
    return data


# --- the JSON contract -------------------------------------------------------------------------


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(render.ledger_schema())


def test_ledger_json_validates_against_the_published_schema() -> None:
    data = as_json()
    assert data["schema"] == "dealwatch.ledger/2"
    assert data == ledger().to_dict()
    render.validate_ledger(data)
    render.validate_ledger(Ledger().to_dict())  # an empty ledger is a ledger


def test_extra_properties_are_allowed() -> None:
    data = as_json()
    data["generator"] = "dealwatch 0.2"
    data["events"][0]["confidence"] = 0.8
    render.validate_ledger(data)


def _broken(change: str) -> dict[str, Any]:
    data = copy.deepcopy(as_json())
    event = data["events"][0]
    if change == "no sources":
        event["sources"] = []
    elif change == "free-text date":
        event["date"] = "12 Sept"
    elif change == "bad month":
        event["date"] = "2025-13"
    elif change == "unknown type":
        event["type"] = "invasion"
    elif change == "count as text":
        event["count"] = "52"
    elif change == "one-value conflict":
        data["conflicts"][0]["values"] = data["conflicts"][0]["values"][:1]
    elif change == "bad entity type":
        data["entities"][0]["type"] = "animal"
    elif change == "bad published":
        data["documents"][0]["published"] = "Sept 12"
    elif change == "wrong schema":
        data["schema"] = "dealwatch.ledger/1"
    elif change == "no events key":
        del data["events"]
    return data


@pytest.mark.parametrize("change", [
    "no sources", "free-text date", "bad month", "unknown type", "count as text",
    "one-value conflict", "bad entity type", "bad published", "wrong schema", "no events key",
])
def test_broken_ledgers_are_invalid(change: str) -> None:
    with pytest.raises(jsonschema.ValidationError):
        render.validate_ledger(_broken(change))


words = st.text(min_size=1, max_size=12)
some = st.lists(words, max_size=3).map(tuple)
sources = st.builds(Evidence, words, st.integers(0, 999), st.integers(0, 999), words)
values = st.builds(ConflictValue, st.text(max_size=8), st.lists(words, min_size=1, max_size=2)
                   .map(tuple))
generated_events = st.builds(
    Event, words, st.sampled_from(list(EventType)), st.sampled_from(list(Status)),
    date=st.none() | st.dates().map(lambda d: d.isoformat()[: 4 + 3 * (d.day % 3)]),
    by=st.none() | words, persons=some, targets=some, count=st.none() | st.integers(0, 10**6),
    sources=st.lists(sources, min_size=1, max_size=3).map(tuple),
    conflicts=st.lists(st.builds(Conflict, words, st.lists(values, min_size=2, max_size=3)
                                 .map(tuple)), max_size=2).map(tuple))


@given(st.lists(generated_events, max_size=4))
def test_any_sourced_events_make_a_valid_ledger_and_render(evs: list[Event]) -> None:
    lg = Ledger(events=evs)
    render.validate_ledger(json.loads(render.ledger_json(lg)))
    assert len(list(csv.DictReader(io.StringIO(render.rows_csv(render.event_rows(lg)))))) \
        == len(evs)
    assert markdown.ledger_markdown(lg).count("\n| ") >= len(evs)


# --- rows, CSV, tables ---------------------------------------------------------------------------


def test_event_rows_by_date_undated_last() -> None:
    rows = render.event_rows(ledger())
    assert [r["id"] for r in rows] == ["e2", "e1", "e3"]
    assert rows[2]["date"] == "undated (soon)"
    assert rows[1]["sources"] == ["Outlet A [d1]"] and rows[0]["sources"] == ["b.html"]
    assert rows[1]["documents"] == ["d1"]
    assert rows[1]["conflicts"] == ["count: “52” (Outlet A [d1]) vs “53” (b.html)"]


def test_labels_tell_documents_of_the_same_outlet_apart() -> None:
    labels = render.document_labels(ledger())
    assert labels["d2"] == "b.html"
    assert (labels["d1"], labels["d3"]) == ("Outlet A [d1]", "Outlet A [d3]")


def test_csv_round_trips_through_dictreader() -> None:
    rows = render.event_rows(ledger())
    back = list(csv.DictReader(io.StringIO(render.rows_csv(rows))))
    assert [r["type"] for r in back] == ["sanctions_relief", "release", "demand"]
    assert back[1]["persons"] == "Ann Lee" and back[1]["count"] == "52"
    assert back[0]["count"] == "" and back[0]["targets"] == "Belavia"
    assert back[2]["date"] == "undated (soon)"
    assert list(back[0]) == list(rows[0])
    assert [{k: render.cell(v) for k, v in r.items()} for r in rows] == back


def test_csv_of_entities_joins_lists_and_keeps_quotes() -> None:
    back = list(csv.DictReader(io.StringIO(render.rows_csv(render.entity_rows(ledger())))))
    assert back[0]["aliases"] == "Ann Lee; Anne Lee"
    assert back[0]["conflicts"] == "name: “Ann Lee” (Outlet A [d1]) vs “Anne Lee” (b.html)"
    assert render.rows_csv([]) == ""


def test_rows_with_different_keys_share_one_header() -> None:
    back = list(csv.DictReader(io.StringIO(render.rows_csv([{"a": 1}, {"b": [1, 2]}]))))
    assert back == [{"a": "1", "b": ""}, {"a": "", "b": "1; 2"}]


def test_terminal_table() -> None:
    rows = render.document_rows(ledger())
    table = render.rows_table(rows, "Documents")
    assert [c.header for c in table.columns] == list(rows[0]) and table.row_count == 3
    console = Console(file=io.StringIO(), width=200, color_system=None)
    render.print_table(rows, ["outlet", "published"], "Documents", console=console)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "Outlet A" in out and "2025-09-12" in out and "in/a.txt" not in out


# --- Markdown ------------------------------------------------------------------------------------


def test_markdown_lists_conflict_values_with_their_documents() -> None:
    md = markdown.ledger_markdown(ledger())
    section = md.split("## Where sources disagree")[1].split("##")[0]
    assert "count of the release on 2025-09-11" in section
    assert "“52” — Outlet A [d1]" in section and "“53” — b.html" in section
    assert "“Anne Lee” — b.html" in section


def test_markdown_rounds_say_what_each_side_gave_with_the_link_quote() -> None:
    md = markdown.ledger_markdown(ledger())
    assert ("Round 1 — 2025-09-11** (tied by a link phrase): Belarus gave: 52 freed (Ann Lee); "
            "United States gave: Belavia sanctions eased") in md
    assert "link: “Belarus freed 52 \\| prisoners in exchange for relief” — Outlet A [d1]" in md


def test_markdown_escapes_pipes_and_newlines_in_cells() -> None:
    lg = ledger()
    lg.documents[0] = DocumentInfo("d1", "in/a.txt", "A | B\nC", "Outlet A", "2025-09-12", None)
    md = markdown.ledger_markdown(lg)
    assert "| A \\| B C |" in md
    assert "\n| in/a.txt" not in md and "\nC |" not in md
    tables: list[list[str]] = [[]]
    for line in md.splitlines():
        if line.startswith("|"):
            tables[-1].append(line)
        elif tables[-1]:
            tables.append([])
    for table in filter(None, tables):  # every row of a table has the header's column count
        assert len({line.replace("\\|", "").count("|") for line in table}) == 1, table


def test_markdown_sections() -> None:
    md = markdown.ledger_markdown(ledger())
    for heading in ("# Exchange ledger", "## Documents", "## Deals",
                    "## Deal: Belarus ↔ United States (`belarus--united-states-2025`)",
                    "### Rounds", "### Totals", "### Promises", "## Events", "## People freed",
                    "## Where sources disagree", "## Rejected inputs"):
        assert heading in md
    events = md.split("## Events")[1].split("##")[0]
    assert events.index("2025-09 ") < events.index("2025-09-11") < events.index("undated (soon)")
    assert "Belarus → United States" in events
    assert "not delivered yet" in md and "in/bad.bin — DW103: binary content" in md
    assert "| Belarus | 52 | 1 | 51 | 1 | 0 |" in md and "Largest demand by Belarus: 1300" in md
    assert "| Ann Lee | Anne Lee | Belarus ↔ United States | 2025-09-11 | Belarus |" in md


def test_markdown_of_an_empty_ledger() -> None:
    md = markdown.ledger_markdown(Ledger())
    assert "0 documents" in md and "None found." in md


def test_a_cell_that_starts_like_a_formula_stays_text_in_a_spreadsheet() -> None:
    rows = [{"what": "=HYPERLINK(\"http://x.example\",\"click\")", "who": ["+1 caller", "Ann"],
             "note": "@SUM(A1)", "plain": "Ann Lee", "count": 5}]
    back = list(csv.DictReader(io.StringIO(render.rows_csv(rows))))[0]
    assert back["what"].startswith("'=HYPERLINK")
    assert back["who"] == "'+1 caller; Ann" and back["note"] == "'@SUM(A1)"
    assert (back["plain"], back["count"]) == ("Ann Lee", "5")
