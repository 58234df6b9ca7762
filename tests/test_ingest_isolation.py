"""Every input is read in isolation (``dealwatch.ingest.isolation``): reading never reaches
the network, and one bad input is one ``Rejected``, recorded, while the batch goes on.

The reproducers of issue 14 are here, read by the real readers, spaCy and a SQLite store.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile import DEEP, GOOD, broken_batch, canary_server, url_bodies
from spacy.language import Language

from dealwatch import errors
from dealwatch.cli import handles_errors, main
from dealwatch.ingest import isolated, offline, read_data, read_inputs
from dealwatch.ingest.feeds import MAX_ELEMENTS, without_declarations
from dealwatch.model import Article, Rejected
from dealwatch.pipeline import run_analyze
from dealwatch.store import Store


def _by_path(items: list[Article | Rejected]) -> dict[str, Article | Rejected]:
    return {item.path: item for item in items}


# --- never the network ---------------------------------------------------------------------------


def test_reading_url_bodies_and_markup_sends_no_request(tmp_path: Path) -> None:
    with canary_server() as canary:
        paths = url_bodies(tmp_path, canary.url)
        items = list(read_inputs([str(p) for p in paths]))
        assert canary.requests == []
    assert len(items) >= len(paths)
    # nothing read carries the canary page's date (1999-12-31) or its text
    for item in items:
        if isinstance(item, Article):
            assert item.published is None or item.published.year != 1999, item.path
            assert "Canary page" not in item.text
    markup = _by_path(items)[str(tmp_path / "markup.html")]
    assert isinstance(markup, Article) and "Dravonia freed five" in markup.text


def test_analyzing_url_bodies_sends_no_request_and_stores_them(
        tmp_path: Path, nlp: Language) -> None:
    with canary_server() as canary:
        paths = url_bodies(tmp_path, canary.url)
        with Store.open(str(tmp_path / "s.db")) as store:
            report = run_analyze([str(p) for p in paths], store, nlp)
            docs = store.documents_info()
        assert canary.requests == []
    outcomes = (report.added + report.skipped + [p for p, _ in report.duplicates]
                + [r.path for r in report.rejected])
    assert {str(p) for p in paths} <= {o.split("#")[0] for o in outcomes}
    assert str(tmp_path / "records.jsonl#4") in report.added  # the others say the same
    assert docs and all(d.published is None or "1999" not in d.published for d in docs)


def test_the_guard_refuses_a_connection_a_library_attempts() -> None:
    """Belt and braces: even a library handed a URL cannot fetch it while reading."""
    from htmldate import find_date

    with canary_server() as canary:
        with offline(), pytest.raises(errors.NetworkAttempt):
            urllib.request.urlopen(f"{canary.url}/direct", timeout=5)  # noqa: S310
        with offline(), pytest.raises(ValueError, match="couldn't be processed"):
            find_date(f"{canary.url}/x")  # htmldate's own download, refused
        assert canary.requests == []
        urllib.request.urlopen(f"{canary.url}/after", timeout=5).read()  # noqa: S310
        assert canary.requests == ["GET /after"]  # outside reading, the guard is off


# --- one bad input never stops a batch -----------------------------------------------------------


def test_each_reproducer_is_rejected_with_its_code_and_the_rest_is_read(tmp_path: Path) -> None:
    expected = broken_batch(tmp_path)
    items = _by_path(list(read_inputs([str(tmp_path)])))
    for path, code in expected.items():
        assert isinstance(items[path], Rejected), path
        assert items[path].code == code, (path, items[path])
    assert isinstance(items[f"{tmp_path}/good.txt"], Article)
    assert isinstance(items[f"{tmp_path}/lines.jsonl#4"], Article)


def test_a_broken_batch_stores_its_good_articles_and_records_every_rejection(
        tmp_path: Path, nlp: Language) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    expected = broken_batch(folder)
    with Store.open(str(tmp_path / "s.db")) as store:
        run_analyze([str(folder)], store, nlp)
        stored = {d.path for d in store.documents_info()}
        recorded = {r.path: r.code for r in store.rejected()}
    assert stored == {f"{folder}/good.txt", f"{folder}/lines.jsonl#4"}
    assert recorded == expected


def test_analyze_prints_one_line_per_rejection_and_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    expected = broken_batch(folder)
    result = CliRunner().invoke(main, ["analyze", str(folder), "--db", str(tmp_path / "s.db"),
                                       "--quiet"])
    assert result.exit_code == 1, result.output
    lines = [ln for ln in result.stderr.splitlines() if ": rejected (" in ln]
    assert len(lines) == len(expected)
    assert f"{folder}/new\\nline.txt: rejected (DW104): empty file" in lines
    assert "2 added" in result.stderr and "7 rejected" in result.stderr


def test_report_prints_one_line_per_rejection_keeps_the_good_and_exits_1(
        tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    expected = broken_batch(folder)
    out = tmp_path / "report.html"
    with canary_server() as canary:
        (folder / "bait.html").write_text(canary.url + "/x", encoding="utf-8")
        result = CliRunner().invoke(main, ["report", str(folder), "-o", str(out),
                                           "--db", str(tmp_path / "s.db")])
        assert canary.requests == []
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = [ln for ln in result.stderr.splitlines() if ": rejected (" in ln]
    assert len(lines) == len(expected)
    assert f"{folder}/new\\nline.txt: rejected (DW104): empty file" in lines
    assert "3 articles)" in result.stderr and "Dravonia" in out.read_text(encoding="utf-8")
    with Store.open(str(tmp_path / "s.db")) as store:
        assert len(store.rejected()) == len(lines)


def test_a_deep_json_ld_block_leaves_the_page_readable(tmp_path: Path) -> None:
    page = (f'<html><head><script type="application/ld+json">{DEEP}</script>'
            '<script type="application/ld+json">{"datePublished": "2024-09-03", "n": '
            f'{"9" * 5000}}}</script><meta name="date" content="2024-09-02"></head>'
            f"<body><article><p>{GOOD}</p></article></body></html>")
    (item,) = read_data("deep.html", page.encode())
    assert isinstance(item, Article) and "Dravonia freed five" in item.text
    assert str(item.published) == "2024-09-02"  # the unreadable blocks are passed over


def test_an_impossible_feed_date_is_passed_over_and_the_item_kept() -> None:
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
            f"<title>x</title><pubDate>0000-00-00</pubDate><description>{GOOD}</description>"
            "</item></channel></rss>")
    (item,) = read_data("feed.xml", feed.encode())
    assert isinstance(item, Article) and item.published is None


def test_a_feed_keeps_its_items_without_the_entities_its_doctype_declares(
        tmp_path: Path) -> None:
    secret = tmp_path / "secret.dat"
    secret.write_text("not for the store\n", encoding="utf-8")
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    feed = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{laughs}'
            f'<!ENTITY file SYSTEM "file://{secret}">]><rss version="2.0"><channel><title>T'
            f"</title><item><title>x</title><description>&l9; &file; {GOOD}</description>"
            "</item></channel></rss>")
    plain = without_declarations(feed.encode())
    assert plain.startswith(b'<?xml version="1.0"?><rss version="2.0">')
    assert b"<!ENTITY" not in plain and plain.endswith(feed.split("]>", 1)[1].encode())
    (item,) = read_data("laughs.xml", feed.encode())
    assert isinstance(item, Article) and "Dravonia freed five" in item.text
    assert "lollol" not in item.text and "not for the store" not in item.text


def test_a_feed_of_more_elements_than_read_within_the_budget_is_rejected() -> None:
    def feed(n: int) -> bytes:
        return ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
                f"<title>x</title><description>{GOOD}</description>{'<x/>' * n}</item>"
                "</channel></rss>").encode()

    (item,) = read_data("many.xml", feed(MAX_ELEMENTS))
    assert isinstance(item, Rejected) and item.code == "DW105"
    assert "tags is over the 100,000" in item.reason
    (item,) = read_data("some.xml", feed(100))
    assert isinstance(item, Article)


@pytest.mark.parametrize("levels", [300, 50_000])
def test_a_feed_nested_deeper_than_any_feed_is_rejected_before_feedparser(levels: int) -> None:
    # feedparser handles each element in Python: 50,000 nested ones took seconds
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
            f"<title>x</title><description>{GOOD}</description>{'<x>' * levels}"
            f"{'</x>' * levels}</item></channel></rss>")
    (item,) = read_data("deep.xml", feed.encode())
    assert isinstance(item, Rejected) and item.code == "DW107"
    assert "nested deeper than any feed" in item.reason
    shallow = feed.replace("<x>" * levels, "<x>" * 40).replace("</x>" * levels, "</x>" * 40)
    (item,) = read_data("shallow.xml", shallow.encode())
    assert isinstance(item, Article) and "Dravonia freed five" in item.text


def test_a_nul_in_a_record_is_rejected_not_a_store_failure(tmp_path: Path,
                                                           nlp: Language) -> None:
    (tmp_path / "nul.jsonl").write_text(json.dumps({"text": GOOD + "\u0000"}) + "\n")
    with Store.open(str(tmp_path / "s.db")) as store:
        report = run_analyze([str(tmp_path / "nul.jsonl")], store, nlp)
        assert [r.code for r in store.rejected()] == ["DW106"]
    assert not report.added


def test_a_path_the_system_refuses_is_rejected(tmp_path: Path) -> None:
    too_long = str(tmp_path / ("x" * 300 + ".txt"))  # a name over 255 bytes
    (item,) = list(read_inputs([too_long]))
    assert isinstance(item, Rejected) and item.code == "DW102"


_READ_LOCKED = """
import json, sys
from dealwatch.ingest.readers import read_inputs
from dealwatch.model import Rejected
items = list(read_inputs(sys.argv[1:]))
print(json.dumps([[r.code, r.path] for r in items if isinstance(r, Rejected)]))
"""
# Root reads a mode-000 folder; without the capabilities that let it (util-linux's setpriv,
# part of every Debian system) it reads as an ordinary user does.
_UNPRIVILEGED = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]


def test_a_path_inside_a_mode_000_folder_is_rejected(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(GOOD)
    locked.chmod(0)
    prefix = _UNPRIVILEGED if os.geteuid() == 0 else []
    try:
        done = subprocess.run(
            [*prefix, sys.executable, "-c", _READ_LOCKED, str(locked / "a.txt"), str(locked)],
            capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    finally:
        locked.chmod(0o755)
    assert json.loads(done.stdout) == [["DW102", str(locked / "a.txt")], ["DW102", str(locked)]]


def test_a_folder_that_cannot_be_listed_is_rejected_not_skipped(tmp_path: Path) -> None:
    """A folder below PATH_MAX's reach cannot be listed, even by root: ``os.walk`` would pass
    over it in silence."""
    (tmp_path / "good.txt").write_text(GOOD)
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        for _ in range(20):  # 20 x 250 characters: past the 4,096 of a path
            os.mkdir("d" * 250, dir_fd=fd)
            inner = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
    finally:
        os.close(fd)
    items = list(read_inputs([str(tmp_path)]))
    assert isinstance(items[0], Article)
    refused = [r for r in items if isinstance(r, Rejected)]
    assert refused and {r.code for r in refused} == {"DW102"}
    assert "cannot read the folder" in refused[0].reason


# --- whatever else goes wrong --------------------------------------------------------------------


def test_an_unforeseen_error_becomes_a_read_failed_rejection() -> None:
    def broken() -> list[Article | Rejected]:
        raise KeyError("unexpected\nkey")

    (rej,) = isolated("odd.txt", broken)
    assert isinstance(rej, Rejected) and rej.code == "DW111"
    assert "KeyError" in rej.reason and "\n" not in rej.line()


def test_a_command_stopped_by_an_unforeseen_error_exits_2_with_one_line() -> None:
    import click

    @click.command()
    @handles_errors
    def boom() -> None:
        raise RuntimeError("store vanished\nmid-run")

    result = CliRunner().invoke(boom, [])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "internal error (RuntimeError" in result.stderr


def test_a_text_longer_than_spacy_takes_is_rejected_when_read_and_recorded(
        tmp_path: Path, nlp: Language) -> None:
    paragraphs = [" ".join(f"Dravonia freed {i} prisoners on day {j}, officials said."
                           for j in range(20)) for i in range(nlp.max_length // 1000 + 10)]
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(paragraphs))
    with Store.open(str(tmp_path / "s.db")) as store:
        report = run_analyze([str(path)], store, nlp)
        assert [(r.path, r.code) for r in store.rejected()] == [(str(path), "DW112")]
    assert not report.added and "split the article" in report.rejected[0].reason


@pytest.mark.parametrize("root", ["svg", "math"])
def test_a_fragment_whose_root_is_svg_or_math_is_read(root: str) -> None:
    """Found by the fuzz suite: htmldate asked lxml to drop such a root and lxml stopped on
    an assertion (DW111); the page's metadata and markup date are passed over instead."""
    page = f"<{root}><a href='/home'>Logo</a><p>{GOOD}</p>"
    (item,) = read_data("fragment.html", page.encode())
    assert isinstance(item, Article) and "Dravonia freed five" in item.text
