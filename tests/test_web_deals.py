"""The web app on a store of two deals (the example corpus and an invented exchange) and one
article of no deal: /deals, /freed, the ledger deal by deal, and ``?deal=`` on every page that
lists the ledger, kept in every link so a filtered page is a permalink."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from spacy.language import Language
from webfixtures import OTHER_DEAL, fill_two_deals, served

from dealwatch.model import NO_DEAL, Ledger
from dealwatch.pipeline import build_ledger
from dealwatch.store import Store
from dealwatch.web import create_app, pages
from dealwatch.web.snapshot import Snapshot
from dealwatch.web.templating import Links, render

EXAMPLE_DEAL = "dravonia--united-states-2024"
LISTS = {"ledger": "deals", "events": "events", "entities": "entities", "freed": "freed"}


@pytest.fixture(scope="module")
def two_deals(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    return fill_two_deals(tmp_path_factory.mktemp("deals") / "two.db", nlp)


@pytest.fixture(scope="module")
def ledger(two_deals: Path) -> Ledger:
    with Store.open(str(two_deals)) as store:
        return build_ledger(store)


@pytest.fixture(scope="module")
def client(two_deals: Path) -> Iterator[TestClient]:
    with served(create_app(str(two_deals))) as c:
        yield c


def get(client: TestClient, path: str, **params: str) -> Any:
    answer = client.get(path, params=params)
    assert answer.status_code == 200, (path, answer.text[:300])
    return answer.json() if path.endswith(".json") else answer.text


# --- /deals -------------------------------------------------------------------------------------


def test_deals_page_lists_every_deal_and_the_events_of_no_deal_apart(
        client: TestClient, ledger: Ledger) -> None:
    data = get(client, "/deals.json")
    html = get(client, "/deals")
    assert [d["id"] for d in data["deals"]] == [d.id for d in ledger.deals] == [
        OTHER_DEAL, EXAMPLE_DEAL]
    for row, deal in zip(data["deals"], ledger.deals, strict=True):
        assert row["name"] == deal.name and row["sides"] == list(deal.sides)
        assert (row["from"], row["to"]) == (deal.start, deal.end)
        assert row["events"] == len(deal.events)
        rounds = [r for r in ledger.rounds if r.deal == deal.id]
        assert (row["rounds"], row["two_sided_rounds"]) == (
            len(rounds), sum(r.two_sided for r in rounds))
        assert {f["side"]: f["people"] for f in row["freed"]} == {
            side: t["people"] for side, t in deal.totals["freed"].items()}
        assert f'href="/ledger?deal={deal.id}"' in html and deal.name in html
    other = data["deals"][0]
    assert other["two_sided_rounds"] < other["rounds"]  # a release with no counterpart
    assert other["disputed_totals"] == 1 and "the ledger counts" in other["disputes"][0]
    assert data["apart"]["name"] == "Side not stated"
    assert data["apart"]["events"] == sum(1 for e in ledger.events if e.deal is None) > 0
    assert 'href="/ledger?deal=side+not+stated"' in html
    assert '<a href="/deals" aria-current="page">Deals</a>' in html  # the nav links it


# --- ?deal= on the pages that list the ledger ---------------------------------------------------


@pytest.mark.parametrize("wanted", [OTHER_DEAL, "Marlovia ↔ Quessia", "MARLOVIA ↔ QUESSIA"])
def test_a_deal_by_id_or_name_shows_only_its_events_names_and_freed(
        client: TestClient, ledger: Ledger, wanted: str) -> None:
    mine = {e.id for e in ledger.events if e.deal == OTHER_DEAL}
    events = get(client, "/events.json", deal=wanted)
    assert {e["id"] for e in events["events"]} == mine
    assert events["deal"] == {"id": OTHER_DEAL, "param": OTHER_DEAL,
                              "name": "Marlovia ↔ Quessia", "anchor": "deal-marlovia-quessia-2023"}
    timeline = get(client, "/timeline.json", deal=wanted)
    assert {i["id"] for i in timeline["dated"] + timeline["undated"]} == mine
    freed = get(client, "/freed.json", deal=wanted)["freed"]
    assert {f["name"] for f in freed} == {f.name for f in ledger.freed if f.deal == OTHER_DEAL}
    assert {f["deal"]["id"] for f in freed} == {OTHER_DEAL}
    names = {e["name"] for e in get(client, "/entities.json", deal=wanted)["entities"]}
    assert "Tomas Brell" in names and "Aleksei Vorsik" not in names
    led = get(client, "/ledger.json", deal=wanted)
    assert [d["id"] for d in led["deals"]] == [OTHER_DEAL]
    assert led["summary"]["events"] == len(mine)


def test_the_events_of_no_deal_are_a_deal_filter_too(client: TestClient,
                                                     ledger: Ledger) -> None:
    apart = {e.id for e in ledger.events if e.deal is None}
    events = get(client, "/events.json", deal=NO_DEAL)["events"]
    assert {e["id"] for e in events} == apart
    (section,) = get(client, "/ledger.json", deal=NO_DEAL)["deals"]
    assert section["apart"] and section["events"] == len(apart)
    assert "no side that can be told" in get(client, "/ledger", deal=NO_DEAL)


def test_a_deals_snapshot_is_built_once_and_kept(client: TestClient) -> None:
    get(client, "/ledger.json", deal=OTHER_DEAL)
    snap = client.app.state.cache.get()  # type: ignore[attr-defined]
    built = snap.memo[f"deal:{OTHER_DEAL}"]
    get(client, "/events", deal="Marlovia ↔ Quessia")
    get(client, "/timeline.svg", deal=OTHER_DEAL)
    assert snap.memo[f"deal:{OTHER_DEAL}"] is built
    assert [k for k in snap.memo if k.startswith("deal:marlovia")] == [f"deal:{OTHER_DEAL}"]
    assert isinstance(built, Snapshot) and [d.id for d in built.ledger.deals] == [OTHER_DEAL]


def test_a_filtered_page_keeps_the_deal_in_its_links_and_forms(client: TestClient) -> None:
    q = f"deal={OTHER_DEAL}"
    for page in LISTS:
        html = get(client, f"/{page}", deal=OTHER_DEAL)
        assert f'href="/{page}.json?{q}"' in html, page  # its JSON twin
        assert f'<option value="{OTHER_DEAL}" selected>' in html, page  # the deal selector
        for other in LISTS:  # the same deal's other pages
            assert f'href="/{other}?{q}"' in html, (page, other)
    timeline = get(client, "/timeline", deal=OTHER_DEAL)
    assert f'href="/timeline.svg?{q}"' in timeline and f'href="/timeline.png?{q}"' in timeline
    form = re.search(r'<form class="tl-controls".*?</form>', timeline, re.S)
    assert form and f'<input type="hidden" name="deal" value="{OTHER_DEAL}">' in form.group()
    events = get(client, "/events", deal=OTHER_DEAL, type="release")
    assert f'<input type="hidden" name="deal" value="{OTHER_DEAL}">' in events
    assert '<input type="hidden" name="type" value="release">' in events  # kept on a new deal


@pytest.mark.parametrize(("template", "builder"), [
    ("ledger.html", lambda s: pages.ledger_page(s, 1, per_page=1)),
    ("events.html", lambda s: pages.events_page(s, 1, "release")),
    ("entities.html", lambda s: pages.entities_page(s, 1)),
    ("freed.html", lambda s: pages.freed_page(s, 1, per_page=1)),
])
def test_pagination_links_carry_the_deal(client: TestClient, template: str,
                                         builder: Any) -> None:
    full = client.app.state.cache.get()  # type: ignore[attr-defined]
    view, scope = pages.deal_scope(full, OTHER_DEAL)
    data = {**builder(view), **scope}
    data["paging"] = {**data["paging"], "page": 2, "pages": 3}  # a middle page of three
    html = render(template, data, Links()).replace("&amp;", "&")
    name = template.removesuffix(".html")
    for n in (1, 3):
        link = re.search(rf'href="/{name}\?page={n}[^"]*"', html)
        assert link and f"deal={OTHER_DEAL}" in link.group(), (template, n)
    if name == "events":
        assert "type=release" in html


@pytest.mark.parametrize(("template", "builder"), [
    ("ledger.html", pages.ledger_page), ("events.html", pages.events_page),
    ("entities.html", pages.entities_page), ("freed.html", pages.freed_page),
    ("deals.html", pages.deals_page),
])
def test_a_page_dict_without_a_deal_filter_renders_too(client: TestClient, template: str,
                                                       builder: Any) -> None:
    """As the report and the web benchmark render them: no ``deal``, no selector."""
    snap = client.app.state.cache.get()  # type: ignore[attr-defined]
    html = render(template, builder(snap), Links())
    assert "</main>" in html and 'name="deal"' not in html and "Only <strong>" not in html


def test_the_timeline_pictures_of_a_deal_show_only_it(client: TestClient) -> None:
    svg = get(client, "/timeline.svg", deal=OTHER_DEAL)
    assert "Marlovia ↔ Quessia" in svg and "Quessia" in svg
    assert "Dravonia" not in svg and "Dravonia" in get(client, "/timeline.svg")
    png = client.get("/timeline.png", params={"deal": OTHER_DEAL})
    assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.content != client.get("/timeline.png").content
    snap = client.app.state.cache.get()  # type: ignore[attr-defined]
    assert snap.of_deal(OTHER_DEAL).memo["timeline.png"] == png.content  # drawn once


def test_an_unknown_deal_is_a_404_that_names_the_deals(client: TestClient) -> None:
    for page in (*LISTS, "timeline"):
        answer = client.get(f"/{page}", params={"deal": "Atlantis ↔ Lemuria"})
        assert answer.status_code == 404, page
        assert "no deal &#39;Atlantis ↔ Lemuria&#39;" in answer.text
        for deal in (OTHER_DEAL, EXAMPLE_DEAL):
            assert f'href="/ledger?deal={deal}"' in answer.text
        twin = client.get(f"/{page}.json", params={"deal": "atlantis"})
        assert twin.status_code == 404 and "no deal 'atlantis'" in twin.json()["error"]
        assert [d["id"] for d in twin.json()["deals"]] == [OTHER_DEAL, EXAMPLE_DEAL, NO_DEAL]
    for picture in ("/timeline.svg", "/timeline.png"):
        assert client.get(picture, params={"deal": "atlantis"}).status_code == 404


# --- the ledger, deal by deal -------------------------------------------------------------------


def test_ledger_shows_each_deals_rounds_with_their_ties(client: TestClient,
                                                        ledger: Ledger) -> None:
    data = get(client, "/ledger.json")
    assert [d["id"] for d in data["deals"]] == [OTHER_DEAL, EXAMPLE_DEAL, NO_DEAL]
    other = data["deals"][0]
    assert other["rounds_total"] == len([r for r in ledger.rounds if r.deal == OTHER_DEAL])
    two = [r for r in other["rounds"] if r["two_sided"]]
    one = [r for r in other["rounds"] if not r["two_sided"]]
    assert two and one
    assert {g["side"] for g in two[0]["gave"]} == {"Marlovia", "Quessia"}
    assert two[0]["tie"] == "link phrase" and two[0]["links"]
    assert one[0]["tie"] == "no counterpart reported" and len(one[0]["gave"]) == 1
    html = get(client, "/ledger", deal=OTHER_DEAL)
    card = re.search(rf'<article class="round card one-sided" id="{one[0]["id"]}">.*?</article>',
                     html, re.S)
    assert card, "a round of one side is shown as such"
    assert 'class="sides"' not in card.group() and card.group().count('class="side"') == 1
    assert "No counterpart reported" in card.group()
    both = re.search(rf'<article class="round card two-sided" id="{two[0]["id"]}">.*?</article>',
                     html, re.S)
    assert both and both.group().count('class="side"') == 2 and "Tied by a link phrase" in \
        both.group()


def test_ledger_shows_totals_stated_totals_promises_and_history(client: TestClient,
                                                                ledger: Ledger) -> None:
    other, example = get(client, "/ledger.json")["deals"][:2]
    deal = ledger.deals[0]
    freed = {row["side"]: row for row in other["totals"]["freed"]}
    for side, row in deal.totals["freed"].items():
        for key in ("people", "named", "unnamed", "releases", "releases_without_count"):
            assert freed[side][key] == row[key], (side, key)
    (stated,) = other["stated"]
    (said,) = deal.stated
    assert (stated["count"], stated["ledger_count"]) == (said.count, said.ledger_count)
    assert stated["outlet"] == "Riverside Gazette" and not stated["agrees"]
    (promise,) = other["promises"]
    assert promise["status"] == "partly kept" and promise["missing"] == ["Arvid Kolm"]
    assert [e["type"] for e in example["history"]] == ["sanctions_imposed"]
    html = get(client, "/ledger", deal=OTHER_DEAL)
    row = re.search(r'<tr class="disagrees">.*?</tr>', html, re.S)
    assert row and f"<strong>{said.count}</strong>" in row.group() and "disagrees" in row.group()
    assert "partly kept" in html and "<strong>Missing:</strong> Arvid Kolm" in html
    assert "freed by <strong>Quessia</strong>" in html
    assert f"{freed['Quessia']['named']} named, {freed['Quessia']['unnamed']} unnamed" in html
    assert "Background: every source tells these as context" in get(
        client, "/ledger", deal=EXAMPLE_DEAL)


def test_a_deals_disputed_total_links_to_the_deal(client: TestClient) -> None:
    data = get(client, "/ledger.json")
    total = next(c for c in data["conflicts"] if c["field"] == "total freed")
    assert total["subject_kind"] == "deal" and total["subject_ref"]["id"] == OTHER_DEAL
    assert f'<a href="/ledger?deal={OTHER_DEAL}">{total["about"]}' in get(client, "/ledger")


# --- the register of the freed ------------------------------------------------------------------


def test_freed_register_has_one_row_per_person_freed_with_its_release_and_sources(
        client: TestClient, ledger: Ledger) -> None:
    data = get(client, "/freed.json")
    html = get(client, "/freed")
    assert [(f["name"], f["event"]["id"]) for f in data["freed"]] == [
        (f.name, f.event) for f in ledger.freed]
    for row, f in zip(data["freed"], ledger.freed, strict=True):
        assert row["spellings"] == list(f.spellings) and row["date"] == f.date
        assert row["side"] == (f.side or NO_DEAL) and row["deal"]["id"] == (f.deal or NO_DEAL)
        assert [s["document"] for s in row["sources"]] == list(f.documents)
        assert f'href="/events/{f.event}"' in html
    lanski = next(f for f in data["freed"] if f["name"] == "Yahor Lanski")
    assert lanski["other_spellings"] == ["Yegor Lansky"] and lanski["side"] == "Dravonia"
    assert "Meridian Wire" in [s["outlet"] for s in lanski["sources"]]
    assert "Yegor Lansky" in html and f'href="/ledger?deal={EXAMPLE_DEAL}"' in html


def test_an_event_page_names_its_deal(client: TestClient, ledger: Ledger) -> None:
    event = next(e for e in ledger.events if e.deal == OTHER_DEAL)
    data = get(client, f"/events/{event.id}.json")
    assert data["deal"]["id"] == OTHER_DEAL
    assert f'<a href="/ledger?deal={OTHER_DEAL}">Marlovia ↔ Quessia</a>' in get(
        client, f"/events/{event.id}")
