"""Accessibility in a real browser: axe-core (from npm, see tests/axe.py) on every page of a
real `dealwatch serve` and on the one-file report, at 1280 px and 390 px, over a store of two
deals and an article of no deal. Any serious or critical violation fails, with the rule, its
impact and the elements that break it; the keyboard reaches every scrolling table.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from axe import BLOCKING, describe, run_axe
from browser import Server, chromium, serve
from click.testing import CliRunner
from playwright.sync_api import Browser, Page, Route
from spacy.language import Language
from webfixtures import OTHER_DEAL, TOKEN, fill_two_deals, served

from dealwatch.cli import main
from dealwatch.web import create_app

VIEWPORTS = {"desktop": (1280, 800), "phone": (390, 844)}
BUILDING = "/being-built"  # where the test shows the page the app answers while building
STATUS = {"building": 503, "unknown-deal": 404, "not-found": 404}  # the rest are 200


@pytest.fixture(scope="module")
def two_deals(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    return fill_two_deals(tmp_path_factory.mktemp("a11y") / "two.db", nlp)


@pytest.fixture(scope="module")
def server(two_deals: Path) -> Iterator[Server]:
    """A server with a token (so the upload form and its link are there)."""
    yield from serve(two_deals, two_deals.parent / "serve.log", TOKEN)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from chromium()


@pytest.fixture(scope="module")
def building_html(two_deals: Path) -> str:
    """The page the app answers while its first ledger is being built (as the app renders it:
    the build is held back the way tests/test_web.py does)."""
    app = create_app(str(two_deals))
    with served(app) as client:
        cache = app.state.cache
        cache.get()
        for thread in threading.enumerate():  # the server's own first build too: else it
            if thread.name == "dealwatch-first-ledger":  # may take the lock and build
                thread.join()
        cache._snapshot = None
        with cache._lock:
            answer = client.get("/ledger")
        assert answer.status_code == 503 and "being built" in answer.text
        cache.get()
        return answer.text


@pytest.fixture(scope="module")
def report_file(two_deals: Path) -> Path:
    out = two_deals.parent / "report.html"
    result = CliRunner().invoke(main, ["report", "--db", str(two_deals), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _pages(server: Server) -> dict[str, str]:
    """Every GET page of the app, each on real content."""
    event = next(e for e in server.json("/events.json")["events"] if e["disputed"])
    entity = next(e for e in server.json("/entities.json")["entities"]
                  if e["type"] == "person" and e["spellings"] > 1)
    article = max(server.json("/articles.json")["articles"], key=lambda a: a["events"])
    person = server.json("/freed.json")["freed"][0]["name"]
    if not server.json("/corrections.json")["corrections"]:  # the log with a row and its form
        server.post_json("/api/corrections", {"kind": "field", "event": event["id"],
                                              "field": "place", "value": "Geneva",
                                              "note": "checked by hand"})
    return {"rounds": "/rounds", "corrections": "/corrections",
            "events-table": "/events?type=release&sort=-count&from=2023",
            "events-bad-filter": "/events?from=yesterday",
            "timeline-view": "/timeline?type=release&view=2024-01..2024-12",
            "deals": "/deals", "ledger": "/ledger", "ledger-deal": f"/ledger?deal={OTHER_DEAL}",
            "timeline": "/timeline", "timeline-deal": f"/timeline?deal={OTHER_DEAL}",
            "events": "/events", "events-deal": f"/events?deal={OTHER_DEAL}",
            "event": f"/events/{event['id']}", "entities": "/entities",
            "entity": f"/entities/{entity['id']}", "freed": "/freed",
            "freed-deal": f"/freed?deal={OTHER_DEAL}", "articles": "/articles",
            "article": f"/articles/{article['id']}", "search": f"/search?q={person}",
            "search-empty": "/search", "upload": "/upload", "building": BUILDING,
            "unknown-deal": "/ledger?deal=nowhere", "not-found": "/events/no-such-event"}


def _open(browser: Browser, width: str) -> Page:
    w, h = VIEWPORTS[width]
    return browser.new_page(viewport={"width": w, "height": h}, bypass_csp=True)


def _check(page: Page, where: str) -> tuple[list[str], list[str]]:
    """(blocking, others): the page's serious or critical violations, and the rest."""
    found = run_axe(page)
    return (describe(where, [v for v in found if v["impact"] in BLOCKING]),
            describe(where, [v for v in found if v["impact"] not in BLOCKING]))


@pytest.mark.parametrize("width", list(VIEWPORTS))
def test_no_serious_or_critical_axe_violation_on_any_page(
        server: Server, browser: Browser, building_html: str, width: str) -> None:
    page = _open(browser, width)

    def building(route: Route) -> None:
        route.fulfill(status=503, body=building_html, content_type="text/html; charset=utf-8")

    page.route(server.url + BUILDING, building)
    blocking: list[str] = []
    others: list[str] = []
    for name, path in _pages(server).items():
        answer = page.goto(server.url + path)
        assert answer is not None and answer.status == STATUS.get(name, 200), path
        if name == "search":  # a search that finds something
            assert page.locator("main a[href^='/entities/']").count() >= 1
        found, rest = _check(page, f"{name} {path} at {width}")
        blocking += found
        others += rest
    page.close()
    print("\n".join(others))  # the moderate and minor ones, for whoever reads the log
    assert blocking == [], "\n" + "\n".join(blocking)


@pytest.mark.parametrize("width", list(VIEWPORTS))
def test_no_serious_or_critical_axe_violation_in_the_report(
        report_file: Path, browser: Browser, width: str) -> None:
    page = _open(browser, width)
    page.goto(report_file.as_uri())
    blocking, others = _check(page, f"report at {width}")
    page.close()
    print("\n".join(others))
    assert blocking == [], "\n" + "\n".join(blocking)


def _headings(page: Page) -> list[int]:
    levels: list[int] = page.evaluate(
        "[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
    return levels


def _skips(levels: list[int]) -> list[tuple[int, int]]:
    return [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]


def test_one_h1_per_page_and_no_heading_skips_a_level(
        server: Server, browser: Browser, report_file: Path) -> None:
    page = _open(browser, "desktop")  # the same headings at every width
    paths = {k: server.url + v for k, v in _pages(server).items() if k != "building"}
    paths["report"] = report_file.as_uri()
    for name, url in paths.items():
        page.goto(url)
        levels = _headings(page)
        assert levels[:1] == [1] and levels.count(1) == 1, (name, levels)
        assert _skips(levels) == [], (name, levels)
    page.close()


def test_the_skip_link_is_first_and_moves_focus_to_the_main_content(
        server: Server, browser: Browser) -> None:
    page = _open(browser, "phone")
    page.goto(server.url + "/ledger")
    page.keyboard.press("Tab")
    focused: dict[str, Any] = page.evaluate(
        "({text: document.activeElement.textContent, href: document.activeElement.href})")
    assert focused["text"].strip() == "Skip to content" and focused["href"].endswith("#main")
    assert page.locator(".skip-link").is_visible()  # shown once it has the focus
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    page.keyboard.press("Tab")  # the next stop is inside the main content, past the menu
    assert page.evaluate("document.activeElement.closest('main') !== null")
    page.close()


def _scrolling_regions(page: Page) -> list[dict[str, Any]]:
    regions: list[dict[str, Any]] = page.evaluate("""
        [...document.querySelectorAll('.table-wrap')]
          .filter(w => w.scrollWidth > w.clientWidth)
          .map(w => ({tabindex: w.getAttribute('tabindex'), role: w.getAttribute('role'),
                      label: w.getAttribute('aria-label') || w.getAttribute('aria-labelledby')}))
    """)
    return regions


def test_wide_tables_at_390px_scroll_inside_a_labelled_region_the_keyboard_reaches(
        server: Server, browser: Browser) -> None:
    page = _open(browser, "phone")
    seen = 0
    for path in ("/ledger", f"/ledger?deal={OTHER_DEAL}", "/freed", "/articles", "/entities",
                 "/deals", "/events/no-such-event"):
        page.goto(server.url + path)
        assert page.evaluate("document.documentElement.scrollWidth - innerWidth") <= 1, path
        for region in _scrolling_regions(page):
            seen += 1
            assert region == {**region, "tabindex": "0", "role": "region"}, (path, region)
            assert region["label"], (path, region)
    assert seen >= 1  # at 390 px some table is wider than the screen
    page.goto(server.url + "/freed")
    wrap = page.locator(".table-wrap", has=page.locator("table.freed"))
    assert wrap.evaluate("w => w.scrollWidth > w.clientWidth")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Enter")
    for _ in range(40):  # on through the page's links and fields to the table's region
        page.keyboard.press("Tab")
        if wrap.evaluate("w => w === document.activeElement"):
            break
    assert wrap.evaluate("w => w === document.activeElement")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    # arrow keys scroll smoothly (an animation): wait for it rather than read at once
    page.wait_for_function("w => w.scrollLeft > 0", arg=wrap.element_handle(), timeout=5000)
    page.close()


@pytest.mark.parametrize("width", list(VIEWPORTS))
def test_the_ledgers_tables_stack_at_phone_width_each_cell_under_its_column_name(
        server: Server, browser: Browser, width: str) -> None:
    page = _open(browser, width)
    page.goto(f"{server.url}/ledger?deal={OTHER_DEAL}")
    tables = page.locator("table.stack")
    assert tables.count() == 3  # the outlets' totals, the running total, the promises
    for i in range(tables.count()):
        table = tables.nth(i)
        shown: dict[str, Any] = table.evaluate("""t => ({
            display: getComputedStyle(t).display,
            fits: t.parentElement.scrollWidth <= t.parentElement.clientWidth,
            columns: [...t.querySelectorAll('thead th')].map(th => th.textContent.trim()),
            rows: [...t.querySelectorAll('tbody tr')].map(tr => [...tr.cells].map(td =>
                getComputedStyle(td, '::before').content.replace(/^"|"$/g, '')))})""")
        assert shown["fits"], shown
        assert shown["rows"], shown
        if width == "phone":
            assert shown["display"] == "block"
            assert all(row == shown["columns"][:len(row)] for row in shown["rows"]), shown
        else:
            assert shown["display"] == "table"
            assert all(set(row) == {"none"} for row in shown["rows"]), shown
    page.close()


def test_the_being_built_page_reloads_once_when_the_ledger_is_ready_not_every_2_seconds(
        server: Server, browser: Browser, building_html: str) -> None:
    page = _open(browser, "phone")
    asked: list[str] = []
    ready = {"now": False}

    def answer(route: Route) -> None:
        asked.append(route.request.resource_type)
        if ready["now"]:
            route.fulfill(status=200, body=building_html.replace("Building the ledger", "Ready"),
                          content_type="text/html; charset=utf-8")
        else:
            route.fulfill(status=503, body=building_html,
                          content_type="text/html; charset=utf-8")

    page.route(server.url + BUILDING, answer)
    page.goto(server.url + BUILDING)
    page.wait_for_timeout(4500)  # two rounds of asking in the background
    assert asked[0] == "document" and asked.count("document") == 1  # never reloaded
    assert asked.count("fetch") >= 1
    ready["now"] = True
    page.wait_for_function("document.querySelector('h1').textContent === 'Ready'",
                           timeout=10_000)
    assert asked.count("document") == 2
    page.close()
