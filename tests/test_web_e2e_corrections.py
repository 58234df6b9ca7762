"""Corrections end to end in a real browser (Debian's Chromium, driven by Playwright) against
a real `dealwatch serve` with named tokens: an editor corrects an event's count and date,
marks an event wrong, merges two, sets an article's outlet; the ledger, the report and the
exports show it; a rebuild and a re-analysis keep it; undo gives the machine's values back."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import Server, chromium, open_page, serve, shot
from playwright.sync_api import Browser, Page
from spacy.language import Language
from webfixtures import EXAMPLES, fill_examples

TOKEN = "maria-browser-token-77"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("e2e-corrections")
    db = fill_examples(folder / "c.db", nlp)
    tokens = folder / "editors.txt"
    tokens.write_text(f"maria {TOKEN}\n", encoding="utf-8")
    yield from serve(db, folder / "serve.log", token_file=tokens)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from chromium()


def _cli(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "dealwatch.cli", *args], capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode in (0, 1), done.stderr
    return done.stdout


def _submit(page: Page, form: str, fields: dict[str, str]) -> None:
    page.locator("details.correct summary").click()
    scope = page.locator(f"form.{form}")
    for name, value in fields.items():
        target = scope.locator(f"[name={name}]")
        if target.evaluate("e => e.tagName") == "SELECT":
            target.select_option(value)
        else:
            target.fill(value)
    scope.locator("[name=token]").fill(TOKEN)
    scope.locator("button[type=submit]").click()
    page.wait_for_load_state()


def test_an_editor_corrects_events_and_an_article_and_undoes(
        server: Server, browser: Browser, tmp_path: Path) -> None:
    page, problems = open_page(browser)
    events = server.json("/events.json")["events"]
    release = next(e for e in events if e["type"] == "release" and e["count"])
    machine_count, machine_date = release["count"], release["date"]

    page.goto(f"{server.url}/events/{release['id']}")
    _submit(page, "correct-fields", {"count": str(machine_count + 5), "date": "2024-03-15",
                                     "note": "the ministry's list"})
    assert page.url.endswith(f"/events/{release['id']}")
    said = page.locator("section.corrections").inner_text()
    assert f"count {machine_count + 5}, corrected from {machine_count} by maria" in said
    assert f"date 2024-03-15, corrected from {machine_date} by maria" in said
    shot(page, "correction-event")

    wrong = next(e for e in events if e["type"] == "meeting")
    page.goto(f"{server.url}/events/{wrong['id']}")
    _submit(page, "correct-not-event", {"note": "a plan, not a meeting"})
    assert page.url.endswith("/corrections")
    assert wrong["id"] not in {e["id"] for e in server.json("/events.json")["events"]}

    now = server.json("/events.json")["events"]
    one, two = [e for e in now if e["type"] == "sanctions_relief"][:1] + \
        [e for e in now if e["type"] == "demand"][:1]
    page.goto(f"{server.url}/events/{one['id']}")
    _submit(page, "correct-merge", {"other": two["id"]})
    merged = server.json("/events.json")["events"]
    assert len(merged) == len(now) - 1
    assert "merged with" in page.locator("section.corrections").inner_text()

    doc = server.json("/articles.json")["articles"][0]["id"]
    page.goto(f"{server.url}/articles/{doc}")
    _submit(page, "correct-article", {"outlet": "The Invented Gazette"})
    assert "outlet The Invented Gazette, corrected from" in page.locator("main").inner_text()

    page.goto(f"{server.url}/ledger")
    assert "corrected:" in page.locator("main").inner_text()

    # the report and the exports carry them; a rebuild and a re-analysis keep them
    report = tmp_path / "report.html"
    _cli("report", "--db", str(server.db), "--output", str(report))
    assert f"corrected from {machine_count} by maria" in report.read_text(encoding="utf-8")
    ftm = _cli("export", "--db", str(server.db), "--format", "ftm")
    assert "correction " in ftm and "by maria" in ftm
    _cli("rebuild", "--db", str(server.db))
    with sqlite3.connect(server.db) as conn:  # an older extractor: analyze reads them again
        conn.execute("UPDATE extractions SET extractor = 'rules-0'")
    _cli("analyze", str(EXAMPLES), "--db", str(server.db), "--quiet")
    after = next(e for e in server.json("/events.json")["events"]
                 if e["id"] == release["id"])
    assert (after["count"], after["date"]) == (machine_count + 5, "2024-03-15")

    # undo the count from the log: the machine's value is back, the log keeps both
    page.goto(f"{server.url}/corrections")
    log = server.json("/corrections.json")["corrections"]
    count_fix = next(c for c in log if c["field"] == "count")
    row = page.locator(f"tr#c{count_fix['id']}")
    row.locator("[name=token]").fill(TOKEN)
    row.locator("button[type=submit]").click()
    page.wait_for_load_state()
    back = server.json(f"/events/{release['id']}.json")
    assert back["fields"]["count"] == machine_count
    assert back["fields"]["date"] == "2024-03-15"
    logged = {c["id"]: c for c in server.json("/corrections.json")["corrections"]}
    assert (logged[count_fix["id"]]["status"], logged[count_fix["id"]]["undone_by"]) == (
        "undone", "maria")
    assert not problems, problems


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_a_sorted_filtered_events_table_opens_from_its_address_and_downloads_its_csv(
        server: Server, browser: Browser, width: str) -> None:
    page, problems = open_page(browser, width)
    page.goto(f"{server.url}/events?type=release&sort=-count")
    rows = page.locator("table.events-table tbody tr")
    expected = server.json("/events.json?type=release&sort=-count&all=1")["events"]
    assert rows.count() == len(expected) > 0
    assert page.locator("select[name=type]").input_value() == "release"
    assert page.locator("th[aria-sort=descending]").inner_text().lower().startswith("number")
    shown = [rows.nth(i).locator("td.num").inner_text() for i in range(rows.count())]
    assert shown == [str(e["count"]) if e["count"] is not None else "" for e in expected]
    with page.expect_download() as got:
        page.locator("a[download]", has_text="CSV").click()
    text = Path(got.value.path()).read_text(encoding="utf-8")
    lines = text.strip().splitlines()
    assert lines[0].startswith("date,type,what") and len(lines) == len(expected) + 1
    assert all(",release," in line for line in lines[1:])
    # a click on a heading sorts by it, and the address says so
    page.locator("th a.sort", has_text="Date").click()
    page.wait_for_url("**/events?*sort=date*")
    assert "type=release" in page.url
    shot(page, f"events-table-{width}")
    assert not problems, problems
