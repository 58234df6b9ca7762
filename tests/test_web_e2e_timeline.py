"""The timeline as a permalink in a real browser (Debian's Chromium through Playwright, a real
`dealwatch serve` on the example store, and the one-file report opened from disk): a filtered,
zoomed timeline opened from its address, the address and the picture links following every
change, a dot that opens its event, an unreadable value said on the page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from browser import Server, chromium, open_page, serve, shot
from playwright.sync_api import Browser, Page
from spacy.language import Language
from webfixtures import fill_examples

from dealwatch.store import Store
from dealwatch.web.report import report_html
from dealwatch.web.snapshot import load_snapshot

FILTERED = "/timeline?type=release&type=meeting&from=2024&to=2024&view=2024-03..2024-04"


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    return fill_examples(tmp_path_factory.mktemp("e2e-timeline") / "examples.db", nlp)


@pytest.fixture(scope="module")
def server(example_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from serve(example_db, tmp_path_factory.mktemp("logs") / "serve.log")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from chromium()


def visible_ids(page: Page) -> list[str]:
    rows = page.locator("ol.tl-rows > li.tl-row:visible .tl-label a")
    return [(rows.nth(i).get_attribute("href") or "").rsplit("/", 1)[-1]
            for i in range(rows.count())]


def params(url: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(url).query)


def test_a_filtered_zoomed_timeline_opens_from_its_address(server: Server,
                                                          browser: Browser) -> None:
    data = server.json(FILTERED.replace("/timeline", "/timeline.json"))
    start, end = data["view"]["start_day"], data["view"]["end_day"]
    wanted = [i["id"] for i in data["dated"] if i["end_day"] >= start and i["start_day"] <= end]
    assert wanted and len(wanted) < data["dated_total"]  # the view hides some of the filtered
    assert {i["type"] for i in data["dated"]} == {"release", "meeting"}
    page, problems = open_page(browser)
    page.goto(server.url + FILTERED)
    assert visible_ids(page) == wanted
    checked = page.locator(".tl-types input:checked")
    assert sorted(checked.nth(i).get_attribute("value") or ""
                  for i in range(checked.count())) == ["meeting", "release"]
    assert page.locator("input[name=from]").input_value() == "2024"
    for link, picture in zip(page.locator("a[download]").all(), ("svg", "png"), strict=True):
        href = link.get_attribute("href") or ""
        assert href == f"/timeline.{picture}{data['query']}"
        assert page.request.get(server.url + href).ok
    shot(page, "timeline-permalink")

    # a filter and a zoom are written into the address and the picture links (a page the
    # server filtered asks it again for a wider filter; a zoom never does)
    page.locator(".tl-types input[value=call]").check()
    page.wait_for_url("**type=call**")
    assert page.locator(".tl-types input[value=call]").is_checked()
    assert ("view", "2024-03-01..2024-04-30") in params(page.url)
    page.click("[data-zoom=out]")
    view = dict(params(page.url))["view"]
    assert view != "2024-03-01..2024-04-30"
    svg_href = page.locator("a[download]").first.get_attribute("href") or ""
    assert params(svg_href) == params(page.url)
    shown, status = visible_ids(page), page.locator(".tl-status").inner_text()
    assert len(shown) > len(wanted)

    # the copied address opens the same view, and its picture shows the same events
    copied = page.url
    again, more_problems = open_page(browser)
    again.goto(copied)
    assert visible_ids(again) == shown
    assert again.locator(".tl-status").inner_text() == status
    svg = again.request.get(server.url + svg_href).text()
    assert f"{len(shown)} dated event" in svg
    again.close()
    assert problems == [] and more_problems == []
    page.close()


def test_a_typed_date_is_read_or_said_unreadable(server: Server, browser: Browser) -> None:
    page, problems = open_page(browser)
    page.goto(server.url + "/timeline")
    alert = page.locator(".tl-errors[role=alert]")
    assert alert.is_hidden()
    page.fill("input[name=from]", "Jun 2024")
    page.press("input[name=from]", "Tab")
    assert ("from", "2024-06") in params(page.url)
    late = server.json("/timeline.json?from=2024-06")["dated"]
    assert visible_ids(page) == [i["id"] for i in late]
    page.fill("input[name=from]", "yesterday")
    page.press("input[name=from]", "Tab")
    assert alert.is_visible()
    text = alert.inner_text()
    assert "from" in text and "yesterday" in text and "YYYY-MM-DD" in text
    assert page.get_attribute("input[name=from]", "aria-invalid") == "true"
    assert "from" not in dict(params(page.url))  # the address holds what applies
    assert len(visible_ids(page)) == server.json("/timeline.json")["dated_total"]
    shot(page, "timeline-unreadable-from")
    page.fill("input[name=from]", "")
    page.press("input[name=from]", "Tab")
    assert alert.is_hidden() and page.get_attribute("input[name=from]", "aria-invalid") is None

    opened = page.goto(server.url + "/timeline?to=2024-13")  # the server says so too
    assert opened is not None and opened.status == 200
    assert alert.is_visible() and "2024-13" in alert.inner_text()
    assert problems == []
    page.close()


def test_a_dot_opens_its_event_by_click_and_by_keyboard(server: Server,
                                                        browser: Browser) -> None:
    page, problems = open_page(browser)
    page.goto(server.url + FILTERED)
    dot = page.locator("ol.tl-rows > li.tl-row:visible a.tl-dot").first
    event = (dot.get_attribute("href") or "").rsplit("/", 1)[-1]
    label = dot.get_attribute("aria-label") or ""
    assert event.startswith("ev-") and label.split(",")[0] in ("release", "meeting")
    dot.click()
    page.wait_for_url(f"**/events/{event}")
    assert page.locator("h1").is_visible()
    page.go_back()
    dot = page.locator("ol.tl-rows > li.tl-row:visible a.tl-mark").last
    event = (dot.get_attribute("href") or "").rsplit("/", 1)[-1]
    dot.focus()
    assert page.evaluate("document.activeElement.classList.contains('tl-mark')")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/events/{event}")
    assert problems == []
    page.close()


def test_the_report_keeps_the_timeline_state_in_its_hash(example_db: Path, tmp_path: Path,
                                                         browser: Browser) -> None:
    with Store.open(str(example_db)) as store:
        html = report_html(load_snapshot(store))
    report = tmp_path / "report.html"
    report.write_text(html, encoding="utf-8")
    page, problems = open_page(browser)
    page.goto(report.as_uri())
    total = len(visible_ids_in_report(page))
    for t in ("call", "meeting", "sanctions_imposed"):
        page.locator(f"#timeline .tl-types input[value={t}]").uncheck()
    releases = visible_ids_in_report(page)
    assert 0 < len(releases) < total
    page.click("#timeline [data-zoom=in]")
    assert page.evaluate("location.hash").startswith("#timeline?type=")
    assert "view=" in page.evaluate("location.hash")
    zoomed = visible_ids_in_report(page)
    copied = page.url
    again, more = open_page(browser)
    again.goto(copied)
    assert visible_ids_in_report(again) == zoomed
    assert again.locator("#timeline .tl-types input[value=call]").is_checked() is False
    dot = again.locator("#timeline ol.tl-rows > li.tl-row:visible a.tl-mark").first
    target = dot.get_attribute("href") or ""
    dot.click()
    assert again.evaluate("location.hash") == target and again.locator(target).is_visible()
    again.close()
    assert problems == [] and more == []
    page.close()


def visible_ids_in_report(page: Page) -> list[str]:
    rows = page.locator("#timeline ol.tl-rows > li.tl-row:visible .tl-label a")
    return [rows.nth(i).get_attribute("href") or "" for i in range(rows.count())]
