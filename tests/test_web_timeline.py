"""The timeline as a permalink, through FastAPI's TestClient on a real SQLite store of the
example corpus: filters and the zoomed view read from the address, pictures that follow them,
dots that link their events, and unreadable values said on the page, in the JSON and as a 400.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from spacy.language import Language
from webfixtures import fill_examples, served

from dealwatch.web import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[TestClient]:
    db = fill_examples(tmp_path_factory.mktemp("timeline") / "examples.db", nlp)
    with served(create_app(str(db))) as c:
        yield c


def _view_of(data: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """A view holding some of the dated items but not all: the months of the middle one."""
    dated = data["dated"]
    middle = dated[len(dated) // 2]
    view = f"{middle['start'][:7]}..{middle['end'][:7]}"
    return view, dated


def test_the_view_in_the_address_is_read_and_rendered(client: TestClient) -> None:
    view, dated = _view_of(client.get("/timeline.json").json())
    data = client.get("/timeline.json", params={"view": view}).json()
    start, end = data["view"]["start_day"], data["view"]["end_day"]
    inside = [i for i in dated if i["end_day"] >= start and i["start_day"] <= end]
    assert 0 < data["in_view_total"] == len(inside) < len(dated)
    assert data["dated_total"] == len(dated)  # the view zooms; it does not filter
    assert data["errors"] == [] and data["query"] == f"?view={data['view']['from']}.." \
        f"{data['view']['to']}"
    page = client.get("/timeline", params={"view": view}).text
    assert f'data-view-start="{start}" data-view-end="{end}"' in page
    rows = re.findall(r'<li class="tl-row ([^"]*)" data-type[^>]*data-start-day', page)
    assert len(rows) == len(dated)
    assert sum("out-of-range" not in r for r in rows) == len(inside)  # hidden without JS too
    assert f"({len(inside)} in view, {data['view']['from']} to {data['view']['to']})" in page


def test_a_filtered_page_links_pictures_of_the_same_view(client: TestClient) -> None:
    view, _ = _view_of(client.get("/timeline.json").json())
    page = client.get("/timeline", params=[("type", "release"), ("from", "Jan 2024"),
                                           ("view", view)]).text
    data = client.get("/timeline.json", params=[("type", "release"), ("from", "Jan 2024"),
                                                ("view", view)]).json()
    query = data["query"].replace("&", "&amp;")
    assert data["query"].startswith("?type=release&from=2024-01&view=")
    assert f'href="/timeline.svg{query}"' in page and f'href="/timeline.png{query}"' in page
    assert 'name="from" size="10" placeholder="YYYY-MM" value="2024-01"' in page
    svg = client.get("/timeline.svg" + data["query"])
    assert svg.status_code == 200
    root = ET.fromstring(svg.text)
    texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
    shown = [i for i in data["dated"] if i["end_day"] >= data["view"]["start_day"]
             and i["start_day"] <= data["view"]["end_day"]]
    assert f"{len(shown)} dated event" in texts[1] and data["view"]["from"] in texts[1]
    assert sum(1 for t in texts if re.match(r"\d{4}-\d{2}", t)) == len(shown)
    whole = client.get("/timeline.svg?type=release&from=2024-01").text
    assert whole != svg.text
    png = client.get("/timeline.png" + data["query"])
    assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n"


def test_every_dot_and_span_links_its_event(client: TestClient) -> None:
    data = client.get("/timeline.json").json()
    page = client.get("/timeline").text
    marks = re.findall(r'<a class="tl-mark (tl-dot|tl-span)" href="([^"]+)" title="[^"]*" '
                       r'aria-label="([^"]+)"', page)
    assert [m[1] for m in marks] == [f"/events/{i['id']}" for i in data["dated"]]
    assert all(m[2].startswith(i["label"]) for m, i in zip(marks, data["dated"], strict=True))


@pytest.mark.parametrize(("param", "value"), [("from", "Brumaire 2024"), ("to", "2024-13"),
                                              ("from", "yesterday"), ("view", "2024-05..2024-03"),
                                              ("type", "parade")])
def test_an_unreadable_value_is_said_never_dropped_in_silence(client: TestClient, param: str,
                                                              value: str) -> None:
    whole = client.get("/timeline.json").json()
    data = client.get("/timeline.json", params={param: value}).json()
    assert [(e["param"], e["value"]) for e in data["errors"]] == [(param, value)]
    assert data["dated_total"] == whole["dated_total"]  # nothing applied in its place
    page = client.get("/timeline", params={param: value})
    assert page.status_code == 200
    alert = re.search(r'<div class="tl-errors" id="tl-errors" role="alert">(.*?)</div>',
                      page.text, re.S)
    assert alert and param in alert.group(1) and value.replace("'", "&#39;") in alert.group(1)
    assert "expected" in alert.group(1)
    if param in ("from", "to"):  # the field shows what was given, marked as not read
        assert (f'name="{param}" size="10" placeholder="YYYY-MM" aria-invalid="true" '
                f'aria-describedby="tl-errors" value="{value}"') in page.text
    for picture in ("/timeline.svg", "/timeline.png"):
        refused = client.get(picture, params={param: value})
        assert refused.status_code == 400, picture
        assert value in refused.text and "expected" in refused.text
    assert 'class="tl-errors" id="tl-errors" role="alert" hidden' in client.get("/timeline").text


def test_human_forms_of_a_month_are_read_like_the_iso_ones(client: TestClient) -> None:
    iso = client.get("/timeline.json?from=2024-06&to=2024-09").json()
    for given in (("Jun 2024", "September 2024"), ("2024/06", "09/2024")):
        data = client.get("/timeline.json", params={"from": given[0], "to": given[1]}).json()
        assert data["errors"] == [] and data["dated"] == iso["dated"]
        assert data["query"] == "?from=2024-06&to=2024-09"


def test_a_hostile_value_is_said_as_text_only(client: TestClient) -> None:
    value = "<script>alert(1)</script>{{ 7*7 }}"
    page = client.get("/timeline", params={"from": value, "type": "<b>x</b>"}).text
    assert "<script>alert(1)" not in page and "<b>x</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;{{ 7*7 }}" in page and "&lt;b&gt;x" in page
    refused = client.get("/timeline.svg", params={"to": value})
    assert refused.status_code == 400 and "<script>alert(1)" not in refused.text
    assert client.get("/timeline.json", params={"from": value}).json()["errors"][0][
        "value"] == value
