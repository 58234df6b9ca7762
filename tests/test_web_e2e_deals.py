"""Deals end to end in a real browser (Debian's Chromium, driven by Playwright) against a real
`dealwatch serve` over a store of two deals and one article of no deal: /deals, a deal's
ledger opened from it, the register of the freed, and a filtered timeline opened straight from
its address."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser import WIDTHS, Server, chromium, open_page, serve, shot
from playwright.sync_api import Browser
from spacy.language import Language
from webfixtures import OTHER_DEAL, fill_two_deals

NAME = "Marlovia ↔ Quessia"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Server]:
    db = fill_two_deals(tmp_path_factory.mktemp("e2e-deals") / "two.db", nlp)
    yield from serve(db, db.parent / "serve.log")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from chromium()


@pytest.mark.parametrize("width", list(WIDTHS))
def test_deals_page_opens_a_deals_ledger(server: Server, browser: Browser, width: str) -> None:
    deals = server.json("/deals.json")
    page, problems = open_page(browser, width)
    page.goto(server.url + "/deals")
    rows = page.locator("table.deals tbody tr")
    assert rows.count() == len(deals["deals"]) == 2
    assert "Side not stated" in page.locator("main").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    shot(page, f"deals-{width}")
    page.locator("a.deal-link", has_text=NAME).click()
    page.wait_for_url(f"**/ledger?deal={OTHER_DEAL}")
    assert page.locator("h1").inner_text() == f"{NAME}, round by round"
    assert page.locator("select[name=deal]").input_value() == OTHER_DEAL
    assert page.locator("section.deal").count() == 1
    shown = page.locator("section.deal").inner_text()  # the selector still lists every deal
    assert "Dravonia" not in shown and "Quessia gave" in shown
    two_sided = page.locator("article.round.two-sided")
    one_sided = page.locator("article.round.one-sided")
    assert two_sided.count() >= 1 and one_sided.count() >= 1
    for i in range(two_sided.count()):
        assert two_sided.nth(i).locator(".sides > .side").count() == 2
    for i in range(one_sided.count()):
        card = one_sided.nth(i)
        assert card.locator(".sides").count() == 0 and card.locator(".side").count() == 1
        assert card.locator(".no-counterpart").is_visible()
        assert "No counterpart reported" in card.inner_text()
    disputed = page.locator("table.stated tr.disagrees")
    assert disputed.count() == 1 and disputed.is_visible()
    assert "partly kept" in page.locator("table.promises").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    shot(page, f"deal-ledger-{width}")
    assert problems == []
    page.close()


def test_the_deal_selector_switches_and_clears_the_filter(server: Server,
                                                          browser: Browser) -> None:
    page, problems = open_page(browser)
    page.goto(server.url + "/ledger")
    assert page.locator("section.deal").count() == 3  # two deals and the side not stated
    page.select_option("select[name=deal]", OTHER_DEAL)
    page.click("form.deal-filter button[type=submit]")
    page.wait_for_url(f"**/ledger?deal={OTHER_DEAL}")
    assert page.locator("section.deal").count() == 1
    page.locator(".deal-current a", has_text="every deal").click()
    page.wait_for_url("**/ledger")
    assert page.locator("section.deal").count() == 3
    assert problems == []
    page.close()


def test_the_register_of_the_freed_filters_by_deal_and_links_each_release(
        server: Server, browser: Browser) -> None:
    every = server.json("/freed.json")["freed"]
    mine = server.json(f"/freed.json?deal={OTHER_DEAL}")["freed"]
    assert 0 < len(mine) < len(every)
    page, problems = open_page(browser)
    page.goto(server.url + "/freed")
    rows = page.locator("table.freed tbody tr")
    assert rows.count() == len(every)
    shot(page, "freed-deals-desktop")
    page.select_option("select[name=deal]", OTHER_DEAL)
    page.click("form.deal-filter button[type=submit]")
    page.wait_for_url(f"**/freed?deal={OTHER_DEAL}")
    assert rows.count() == len(mine)
    assert [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())] == [
        f["name"] for f in mine]
    assert all(rows.nth(i).locator("td").nth(2).inner_text() == NAME
               for i in range(rows.count()))
    rows.first.locator("td").nth(5).locator("a").click()
    page.wait_for_url("**/events/ev-*")
    assert mine[0]["name"] in page.locator("dl.facts").inner_text()
    assert NAME in page.locator("dl.facts").inner_text()
    assert problems == []
    page.close()


@pytest.mark.parametrize("width", list(WIDTHS))
def test_a_filtered_timeline_opened_from_its_address_shows_only_that_deal(
        server: Server, browser: Browser, width: str) -> None:
    data = server.json(f"/timeline.json?deal={OTHER_DEAL}")
    mine = {i["id"] for i in data["dated"] + data["undated"]}
    others = {e["id"] for e in server.json("/events.json")["events"]} - mine
    assert data["dated"] and others
    page, problems = open_page(browser, width)
    page.goto(f"{server.url}/timeline?deal={OTHER_DEAL}")
    rows = page.locator("ol.tl-rows > li.tl-row")
    assert rows.count() == len(data["dated"])
    shown = {(rows.nth(i).locator(".tl-label a").get_attribute("href") or "").rsplit("/", 1)[-1]
             for i in range(rows.count())}
    assert shown == {i["id"] for i in data["dated"]} and not shown & others
    assert all(rows.nth(i).locator(".tl-mark").is_visible() for i in range(rows.count()))
    assert page.locator(".deal-current").is_visible() and NAME in page.locator(
        ".deal-current").inner_text()
    page.locator(".tl-types input[value=release]").uncheck()  # the page's own filter still works
    releases = [i for i in data["dated"] if i["type"] == "release"]
    assert page.locator("ol.tl-rows > li.tl-row:visible").count() == len(data["dated"]) - len(
        releases)
    page.locator(".tl-types input[value=release]").check()
    for link in page.locator("a[download]").all():
        href = link.get_attribute("href") or ""
        assert href.endswith(f"?deal={OTHER_DEAL}")
        answer = page.request.get(server.url + href)
        assert answer.ok
    svg = page.request.get(server.url + f"/timeline.svg?deal={OTHER_DEAL}").text()
    assert NAME in svg and "Dravonia" not in svg
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    shot(page, f"timeline-deal-{width}")
    assert problems == []
    page.close()


def test_an_unknown_deal_in_the_address_is_a_clear_404(server: Server,
                                                       browser: Browser) -> None:
    page, problems = open_page(browser)
    answer = page.goto(f"{server.url}/timeline?deal=nowhere")
    assert answer is not None and answer.status == 404
    assert page.locator("h1").inner_text() == "No such deal"
    assert page.locator("ul.deal-list li").count() == 3
    page.locator("ul.deal-list a", has_text=NAME).click()
    page.wait_for_url(f"**/ledger?deal={OTHER_DEAL}")
    assert problems == ["console: Failed to load resource: the server responded with a status "
                        "of 404 (Not Found)"]
    page.close()

