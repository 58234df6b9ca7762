"""Listings as tables: sorted by any column, filtered by type, side, outlet, dates and text,
paginated, downloadable as CSV and JSON of exactly the filtered rows, the state in the
address — on invented rows, and through the app on the example store."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from spacy.language import Language
from webfixtures import fill_examples, served

from dealwatch.web import create_app
from dealwatch.web.tables import Column, Query, Spec, query_of, rows_csv, table

SPEC = Spec("/things", (Column("date", "Date", "date"), Column("name", "Name"),
                        Column("count", "Number", "num"), Column("outlets", "Outlets")),
            type_key="kind", side_key="by", outlet_key="outlets", date_key="date")
ROWS = [
    {"date": "2024-03-02", "name": "Árni Björk", "count": 12, "kind": "release", "by": "Norvalia",
     "outlets": ["Harbour Post", "Bay Herald"]},
    {"date": "2024-01-15", "name": "Lena Ost", "count": 3, "kind": "meeting", "by": "Kestria",
     "outlets": ["Bay Herald"]},
    {"date": None, "name": "Ivo Dask", "count": None, "kind": "release", "by": "Norvalia",
     "outlets": ["Coastal Times"]},
    {"date": "2023-11", "name": "=cmd|' /C calc'!A0", "count": 40, "kind": "release",
     "by": "Kestria", "outlets": ["Harbour Post"]},
]


def _names(t: dict[str, object]) -> list[str]:
    return [r["name"] for r in t["rows"]]  # type: ignore[attr-defined, index]


def test_sorting_puts_empty_cells_last_both_ways_and_numbers_by_value() -> None:
    up = table(ROWS, SPEC, Query(sort="count"), [])
    assert [r["count"] for r in up["rows"]] == [3, 12, 40, None]
    down = table(ROWS, SPEC, Query(sort="-count"), [])
    assert [r["count"] for r in down["rows"]] == [40, 12, 3, None]
    by_date = table(ROWS, SPEC, Query(sort="date"), [])
    assert _names(by_date)[-1] == "Ivo Dask"
    heads = {c["key"]: c for c in up["columns"]}
    assert heads["count"]["sorted"] == "asc" and "sort=-count" in heads["count"]["sort_url"]
    assert heads["name"]["sorted"] is None and "sort=name" in heads["name"]["sort_url"]


def test_filters_combine_and_text_ignores_accents_and_case() -> None:
    t = table(ROWS, SPEC, Query(type="release", side="norvalia"), [])
    assert _names(t) == ["Árni Björk", "Ivo Dask"]
    assert _names(table(ROWS, SPEC, Query(outlet="Bay Herald"), [])) == ["Árni Björk",
                                                                       "Lena Ost"]
    assert _names(table(ROWS, SPEC, Query(q="ARNI"), [])) == ["Árni Björk"]
    dated = table(ROWS, SPEC, Query(start="2024-01", end="2024-02"), [])
    assert _names(dated) == ["Lena Ost"], "an undated row is outside every range"
    assert table(ROWS, SPEC, Query(type="release"), [])["matched"] == 3
    assert table(ROWS, SPEC, Query(), [])["options"]["side"] == ["Kestria", "Norvalia"]


def test_unreadable_values_are_said_not_ignored() -> None:
    query, errors = query_of({"from": "yesterday", "to": "2024-13-99x", "page": "two"})
    assert query.start is None and query.page == 1
    assert [e.split(":")[0] for e in errors] == ["from 'yesterday' is not a date",
                                                 "to '2024-13-99x' is not a date",
                                                 "page 'two' is not a number"]
    assert "YYYY-MM-DD" in errors[0]
    human, none = query_of({"from": "Nov 2023", "to": "March 13, 2024"})
    assert (human.start, human.end, none) == ("2023-11", "2024-03-13", [])
    t = table(ROWS, SPEC, Query(sort="colour"), errors)
    assert t["errors"][-1].startswith("sort 'colour' is not a column")


def test_pages_downloads_and_csv_keep_the_filtered_rows() -> None:
    t = table(ROWS, SPEC, Query(type="release", sort="-count"), [], {"deal": "d1"}, per_page=1)
    assert t["paging"] == {"page": 1, "pages": 3, "total": 3, "per_page": 1}
    assert t["downloads"]["csv"] == "/things.csv?deal=d1&type=release&sort=-count"
    assert t["downloads"]["json"].endswith("&all=1")
    every = table(ROWS, SPEC, Query(type="release", sort="-count", all=True), [])
    assert len(every["rows"]) == 3
    text = rows_csv(every["rows"], SPEC.columns)
    lines = list(csv.reader(io.StringIO(text)))
    assert lines[0] == ["date", "name", "count", "outlets"]
    assert lines[1][1] == "'=cmd|' /C calc'!A0", "a formula stays text in a spreadsheet"
    assert lines[2][3] == "Harbour Post; Bay Herald"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[TestClient]:
    db: Path = fill_examples(tmp_path_factory.mktemp("tables") / "t.db", nlp)
    with served(create_app(str(db))) as c:
        yield c


def test_a_sorted_filtered_events_view_is_an_address_with_its_csv(client: TestClient) -> None:
    everything = client.get("/events.json").json()["table"]
    assert everything["matched"] == everything["total"] > 3
    view = client.get("/events.json?type=release&sort=-count").json()
    counts = [e["count"] for e in view["events"]]
    assert counts and all(e["type"] == "release" for e in view["events"])
    numbers = [c for c in counts if c is not None]
    assert numbers == sorted(numbers, reverse=True)
    html = client.get("/events?type=release&sort=-count").text
    assert 'aria-sort="descending"' in html and "/events.csv?type=release&amp;sort=-count" in html
    download = client.get("/events.csv?type=release&sort=-count")
    assert download.status_code == 200 and download.headers["content-type"].startswith(
        "text/csv")
    rows = list(csv.DictReader(io.StringIO(download.text)))
    assert [r["count"] for r in rows] == [str(c) if c is not None else "" for c in counts]
    assert all(r["type"] == "release" for r in rows)
    every = client.get("/events.json?type=release&sort=-count&all=1").json()
    assert len(every["events"]) == len(rows)


@pytest.mark.parametrize("path", ["/events", "/entities", "/articles", "/freed", "/rounds",
                                  "/corrections"])
def test_every_listing_sorts_filters_and_downloads(client: TestClient, path: str) -> None:
    data = client.get(path + ".json").json()
    t = data["table"]
    first = t["columns"][0]["key"]
    page = client.get(f"{path}?sort=-{first}")
    assert page.status_code == 200
    assert 'aria-sort="descending"' in page.text or t["total"] == 0
    assert client.get(f"{path}.csv").status_code == 200
    bad = client.get(f"{path}?from=yesterday")
    assert "from &#39;yesterday&#39; is not a date" in bad.text
    assert client.get(f"{path}.csv?from=yesterday").status_code == 400
    assert client.get(f"{path}.json?q=zzzzzz-nothing").json()["table"]["matched"] == 0
