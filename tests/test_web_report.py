"""`dealwatch report` (one self-contained HTML file) and `dealwatch timeline` (SVG/PNG), through
the CLI on the example corpus plus a hostile article."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image
from webfixtures import EXAMPLES, hostile_jsonl

from dealwatch.cli import main
from dealwatch.web.highlight import safe_url, segments
from dealwatch.web.templating import script_hash, static_text


def _tags(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """Every start tag of a page with its attributes."""
    found: list[tuple[str, list[tuple[str, str | None]]]] = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, attrs))

    Collect().feed(html)
    return found


@pytest.fixture(scope="module")
def reported(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    folder = tmp_path_factory.mktemp("report")
    db = folder / "r.db"
    out = folder / "report.html"
    result = CliRunner().invoke(main, ["report", str(EXAMPLES), str(hostile_jsonl(folder)),
                                       "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8"), db


def test_report_is_one_self_contained_file(reported: tuple[str, Path]) -> None:
    html, _ = reported
    tags = _tags(html)
    assert not {t for t, _ in tags} & {"link", "img", "iframe", "object", "embed", "base"}
    for tag, attrs in tags:
        for name, value in attrs:
            if name in ("src", "srcset", "action", "href", "formaction"):
                assert (value or "").startswith("#"), (tag, name, value)
    assert not re.search(r"""url\(\s*['"]?(https?:|//)""", html)
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S)
    assert len(scripts) == 1 and scripts[0] == static_text("timeline.js")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp and "default-src 'none'" in csp.group(1)
    assert script_hash(scripts[0]) in csp.group(1)  # only our own script may run
    assert "<style>" in html and ".tl-row" in html and ".t-release{--c:" in html


def test_report_holds_ledger_timeline_events_and_sources(reported: tuple[str, Path]) -> None:
    html, _ = reported
    for anchor in ('id="ledger"', 'id="timeline"', 'id="freed"', 'id="events"'):
        assert anchor in html
    assert html.count('<article class="round card two-sided"') >= 2
    assert 'id="deal-dravonia-united-states-2024"' in html  # the deal's own section
    assert 'href="#deal-dravonia-united-states-2024"' in html  # the register links to it
    assert "Tied by a link phrase" in html and "Yegor Lansky" in html
    assert html.count('class="event-card card"') >= 10
    assert "Meridian Wire" in html and "<mark>" in html
    assert 'href="#ev-' in html  # links stay inside the file
    assert 'href="/' not in html


def test_hostile_text_in_the_report_is_text(reported: tuple[str, Path]) -> None:
    html, _ = reported
    assert "<script>alert" not in html and "<img" not in html and "<b>Outlet" not in html
    assert not re.search(r"""href=["']?\s*javascript:""", html, re.I)
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html
    assert "Evil &lt;b&gt;Outlet&lt;/b&gt;" in html


def test_report_needs_articles_or_a_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["report", "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "--db" in result.output


def test_timeline_pictures_from_the_cli(reported: tuple[str, Path], tmp_path: Path) -> None:
    _, db = reported
    svg, png = tmp_path / "t.svg", tmp_path / "t.png"
    result = CliRunner().invoke(main, ["timeline", "--db", str(db), "--svg", str(svg),
                                       "--png", str(png), "--type", "release"])
    assert result.exit_code == 0, result.output
    assert "undated not shown" in result.output
    root = ET.fromstring(svg.read_text(encoding="utf-8"))  # well-formed XML
    texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert any(t.startswith("2024-03-13") and "release of 3" in t for t in texts)
    assert not any("meeting" in t for t in texts if t[:1].isdigit())
    assert len(list(root.iter("{http://www.w3.org/2000/svg}circle"))) >= 2
    # named and described for screen readers: role=img, labelled by its <title> and <desc>
    assert root.get("role") == "img" and root.get("aria-labelledby") == "tl-title tl-desc"
    title = root.find("{http://www.w3.org/2000/svg}title")
    desc = root.find("{http://www.w3.org/2000/svg}desc")
    assert title is not None and title.get("id") == "tl-title" and title.text == texts[0]
    assert desc is not None and desc.get("id") == "tl-desc" and desc.text
    assert "from 2024-" in desc.text and "release " in desc.text and "meeting" not in desc.text
    assert "undated not shown" in desc.text
    with Image.open(png) as image:
        assert image.format == "PNG" and image.width == 2 * int(root.get("width") or 0)
    hostile = CliRunner().invoke(main, ["timeline", "--db", str(db), "--svg", str(svg)])
    assert hostile.exit_code == 0
    assert "<b>" not in svg.read_text(encoding="utf-8")  # escaped if any label carried it
    ET.fromstring(svg.read_text(encoding="utf-8"))
    bad = CliRunner().invoke(main, ["timeline", "--db", str(db), "--from", "March"])
    assert bad.exit_code == 2 and "--from" in bad.output


def test_timeline_lists_without_a_picture(reported: tuple[str, Path]) -> None:
    _, db = reported
    result = CliRunner().invoke(main, ["timeline", "--db", str(db), "--type", "demand"])
    assert result.exit_code == 0 and "demand of 900" in result.output


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)),
                                      max_size=6))
def test_segments_cover_the_text_exactly(text: str, spans: list[tuple[int, int]]) -> None:
    segs = segments(text, [(a, b, i) for i, (a, b) in enumerate(spans)])
    assert "".join(s["text"] for s in segs) == text
    for s in segs:
        for i in s["marks"]:
            a, b = spans[i]
            assert max(0, a) <= s["start"] and s["start"] + len(s["text"]) <= min(len(text), b)


def test_only_plain_web_addresses_become_links() -> None:
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x",
                "vbscript:x", "//evil.example", "http:/x", "https://a b", None, ""):
        assert safe_url(bad) is None, bad


def test_the_articles_table_names_outlets_and_files_never_server_paths(
        reported: tuple[str, Path]) -> None:
    html, _ = reported
    articles = html[html.index('<section id="sources">'):]
    assert str(EXAMPLES) not in articles and "/tmp/" not in articles
    assert ">None<" not in articles
    assert "01_meridian-wire.txt" in articles or "Meridian Wire" in articles
