"""End to end in a real browser: Debian's Chromium, driven by Playwright, against a real
`dealwatch serve` on 127.0.0.1 over a store of the example corpus.

Screenshots of every page at 1280 px and 390 px go to $DEALWATCH_SCREENSHOTS (default:
out/screenshots). Chromium comes from `scripts/install-browser.sh` (which `.ci/run` calls);
without it these tests fail, they never skip.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import WIDTHS, Server, chromium, open_page, serve, shot
from playwright.sync_api import Browser
from spacy.language import Language
from webfixtures import HOSTILE, NEW_ROUND, TOKEN, fill_examples


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    return fill_examples(tmp_path_factory.mktemp("e2e") / "examples.db", nlp)


@pytest.fixture(scope="module")
def server(example_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A read-only server on the example store."""
    yield from serve(example_db, tmp_path_factory.mktemp("logs") / "serve.log")


@pytest.fixture()
def writable(example_db: Path, tmp_path: Path) -> Iterator[Server]:
    """A server with a token, on a copy of the example store."""
    db = tmp_path / "copy.db"
    shutil.copy(example_db, db)
    yield from serve(db, tmp_path / "serve.log", TOKEN)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from chromium()


# --- every page, at both widths -----------------------------------------------------------------


def _pages(server: Server) -> dict[str, str]:
    event = next(e for e in server.json("/events.json?type=release")["events"]
                 if e["disputed"])
    person = next(e for e in server.json("/entities.json")["entities"]
                  if e["type"] == "person" and e["spellings"] > 1)
    article = max(server.json("/articles.json")["articles"], key=lambda a: a["events"])
    deal = server.json("/deals.json")["deals"][0]["id"]
    return {"deals": "/deals", "ledger": "/ledger", "ledger-deal": f"/ledger?deal={deal}",
            "timeline": "/timeline", "events": "/events", "freed": "/freed",
            "event": f"/events/{event['id']}", "entities": "/entities",
            "entity": f"/entities/{person['id']}", "articles": "/articles",
            "article": f"/articles/{article['id']}", "search": "/search?q=Vorsik",
            "upload": "/upload"}


@pytest.mark.parametrize("width", list(WIDTHS))
def test_every_page_opens_cleanly_at_desktop_and_phone_width(
        server: Server, browser: Browser, width: str) -> None:
    page, problems = open_page(browser, width)
    for name, path in _pages(server).items():
        answer = page.goto(server.url + path)
        assert answer is not None and answer.status == 200, path
        assert page.locator("h1").first.is_visible(), path
        assert page.locator("header.site nav a").count() >= 5
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px at {width} width"
        size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        assert size >= 15, f"{path}: body text {size}px"
        shot(page, f"{name}-{width}")
    assert problems == []
    page.close()


def test_click_from_the_ledger_to_an_event_to_its_source(server: Server,
                                                         browser: Browser) -> None:
    page, problems = open_page(browser)
    page.goto(server.url + "/ledger")
    first_round = page.locator("article.round").first
    link = first_round.locator(".side a").first
    title = link.inner_text()
    link.click()
    page.wait_for_url("**/events/ev-*")
    assert page.locator(".sources .source").count() >= 2
    assert page.locator(".sources mark").count() >= 2  # key words highlighted
    shot(page, "flow-1-event")
    source = page.locator(".sources .source figcaption a").first
    outlet = source.inner_text()
    source.click()
    page.wait_for_url("**/articles/*#at-*")
    target = page.locator("mark.ev-mark:target")
    assert target.count() == 1 and target.is_visible()
    assert outlet in page.locator("dl.facts").inner_text()
    shot(page, "flow-2-source")
    assert title
    assert problems == []
    page.close()


def test_timeline_filters_and_zoom(server: Server, browser: Browser) -> None:
    data = server.json("/timeline.json")
    page, problems = open_page(browser)
    page.goto(server.url + "/timeline")
    rows = page.locator("ol.tl-rows > li.tl-row")
    assert rows.count() == len(data["dated"])
    marks = page.locator("ol.tl-rows .tl-mark")
    assert all(marks.nth(i).is_visible() for i in range(marks.count()))
    spans = page.locator("ol.tl-rows .tl-span")
    assert spans.count() == sum(1 for i in data["dated"] if i["precision"] != "day")
    width = spans.first.bounding_box()
    dot = page.locator("ol.tl-rows .tl-dot").first.bounding_box()
    assert width and dot and width["width"] > 0
    assert page.locator(".tl-axis .tl-tick").count() >= 2

    for t in data["choices"]["types"]:  # only releases
        if t != "release":
            page.locator(f".tl-types input[value={t}]").uncheck()
    releases = [i for i in data["dated"] if i["type"] == "release"]
    assert page.locator("ol.tl-rows > li.tl-row:visible").count() == len(releases)
    undated = [i for i in data["undated"] if i["type"] == "release"]
    assert page.locator("ul.tl-undated > li:visible").count() == len(undated)
    shot(page, "timeline-releases")

    page.locator(".tl-types input[value=release]").uncheck()
    for t in data["choices"]["types"]:
        page.locator(f".tl-types input[value={t}]").check()
    outlet = data["choices"]["outlets"][0]
    page.select_option("select[name=outlet]", outlet)
    expected = [i for i in data["dated"] if outlet in i["outlets"]]
    assert page.locator("ol.tl-rows > li.tl-row:visible").count() == len(expected)
    page.select_option("select[name=outlet]", "")
    actor = max(data["choices"]["actors"],
                key=lambda a: sum(a in i["actors"] for i in data["dated"]))
    page.select_option("select[name=actor]", actor)
    expected = [i for i in data["dated"] if actor in i["actors"]]
    assert 0 < page.locator("ol.tl-rows > li.tl-row:visible").count() == len(expected)
    page.select_option("select[name=actor]", "")

    before = page.locator(".tl-status").inner_text()
    for _ in range(4):
        page.click("[data-zoom=in]")
    assert page.locator(".tl-status").inner_text() != before
    assert page.locator("ol.tl-rows > li.tl-row:visible").count() < len(data["dated"])
    shot(page, "timeline-zoomed")
    page.click("[data-zoom=fit]")
    assert page.locator("ol.tl-rows > li.tl-row:visible").count() == len(data["dated"])

    png = page.request.get(server.url + page.locator("a[download]").nth(1)
                           .get_attribute("href"))  # type: ignore[operator]
    assert png.ok and png.body()[:8] == b"\x89PNG\r\n\x1a\n"
    assert problems == []
    page.close()


# --- writing, then reading what was written -------------------------------------------------------


def test_upload_an_article_with_the_token_and_see_the_ledger_change(
        writable: Server, browser: Browser, tmp_path: Path) -> None:
    before = writable.json("/ledger.json")
    article = tmp_path / "lakeside-times.txt"
    article.write_text(NEW_ROUND, encoding="utf-8")
    page, problems = open_page(browser)
    page.goto(writable.url + "/upload")
    page.set_input_files("input[name=files]", str(article))
    page.fill("input[name=token]", "wrong")
    page.click("form.upload button[type=submit]")
    assert "wrong access token" in page.locator(".error").inner_text()
    assert problems == ["console: Failed to load resource: the server responded with a status "
                        "of 403 (Forbidden)"]
    problems.clear()
    page.set_input_files("input[name=files]", str(article))
    page.fill("input[name=token]", TOKEN)
    page.click("form.upload button[type=submit]")
    page.wait_for_selector(".result", timeout=120_000)
    assert "1 added" in page.locator(".result").inner_text()
    shot(page, "upload-done")
    page.click("text=See the ledger")
    page.wait_for_url("**/ledger")
    after = writable.json("/ledger.json")
    assert after["summary"]["documents"] == before["summary"]["documents"] + 1
    assert after["summary"]["events"] > before["summary"]["events"]
    rounds = [r for d in after["deals"] for r in d["rounds"]]
    assert len(rounds) == sum(len(d["rounds"]) for d in before["deals"]) + 1
    assert page.locator("article.round").count() == len(rounds)
    assert "9 freed" in page.locator("article.round").last.inner_text()
    shot(page, "upload-ledger")
    assert problems == []
    page.close()


def test_hostile_article_is_inert_in_the_browser(writable: Server, browser: Browser) -> None:
    posted = writable.post_json("/api/articles", HOSTILE)
    assert len(posted["added"]) == 1
    doc = next(a for a in writable.json("/articles.json")["articles"] if "Evil" in a["outlet"])
    for width in WIDTHS:
        page, problems = open_page(browser, width)
        page.goto(f"{writable.url}/articles/{doc['id']}")
        text = page.locator("article.article-text").inner_text()
        assert "<script>alert('x')</script>" in text and "{{ 7*7 }}" in text
        assert page.locator("article.article-text script, article.article-text img").count() == 0
        assert "Evil <b>Outlet</b>" in page.locator("dl.facts").inner_text()
        assert page.locator("a[href^='javascript:']").count() == 0
        shot(page, f"hostile-{width}")
        event = page.locator("mark.ev-mark a").first
        event.click()
        page.wait_for_url("**/events/*")
        assert page.locator(".sources blockquote script").count() == 0
        assert problems == [], problems
        page.close()
