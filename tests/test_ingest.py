"""Readers, cleaning, publication dates, near-duplicates and bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dealwatch.ingest import Deduper, clean_text, find_published, read_inputs
from dealwatch.model import Article, Rejected

BODY = ("The government freed three political prisoners on Wednesday after talks with a "
        "visiting envoy, officials said. The release followed months of quiet contacts.")


def read(*paths: Path, **kw: int) -> list[Article | Rejected]:
    return list(read_inputs([str(p) for p in paths], **kw))


def test_text_file_with_published_line_and_boilerplate(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Daily Planet\nPublished: 12 February 2025, 21:40 EET\n\nHeadline here\n\n"
                 f"{BODY}\n\nPhoto: Jane Doe via Agency\n\nRead more:\nMarkets rally on "
                 "rate hopes\nLocal team wins\n\nThis story originally appeared on Daily Planet\n")
    (art,) = read(f)
    assert isinstance(art, Article)
    assert art.published == date(2025, 2, 12)
    assert "Published" in (art.published_evidence or "")
    assert art.outlet == "Daily Planet"
    assert "Markets rally" not in art.text and "originally appeared" not in art.text
    assert "Photo:" not in art.text
    assert BODY in art.text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 16.09.2025", date(2025, 9, 16)),
        ("Published: 2023-09-19", date(2023, 9, 19)),
        ("Published: Aug. 15, 2025, 6:52 p.m. ET", date(2025, 8, 15)),
        ("Published: Thu, 07 Jul 2022 11:20:00 -0500", date(2022, 7, 7)),
        ("Published: 17/01/2016 21:05 CET", date(2016, 1, 17)),
        ("Posted 26/11/2023 23:10", date(2023, 11, 26)),
    ],
)
def test_published_line_formats(line: str, expected: date) -> None:
    assert find_published(f"Outlet\n{line}\n\n{BODY}")[0] == expected


def test_closing_via_line_and_no_date_is_none() -> None:
    assert find_published(f"{BODY}\n\nvia February 16th 2025")[0] == date(2025, 2, 16)
    assert find_published(BODY) == (None, None)
    quoted = f"{BODY} The ministry said the swap took place on 8 December 2022."
    assert find_published(quoted) == (None, None)


def test_html_meta_local_date_and_main_text(tmp_path: Path) -> None:
    f = tmp_path / "p.html"
    f.write_text(
        "<html><head><title>Prisoners freed</title>"
        '<meta property="article:published_time" content="2023-11-28T00:35:00+03:00"></head>'
        "<body><div class='cookie'><p>We use cookies. Accept all?</p></div>"
        "<nav><a href='/'>Home</a><a href='/world'>World</a></nav>"
        f"<article><h1>Prisoners freed</h1><p>{BODY}</p><p>{BODY.replace('three', 'four')}"
        "</p></article><footer>All rights reserved</footer></body></html>")
    (art,) = read(f)
    assert isinstance(art, Article)
    assert art.published == date(2023, 11, 28)  # the local date, not UTC's 27th
    assert "freed three political prisoners" in art.text
    assert "cookies" not in art.text and "Home" not in art.text


def test_jsonl_lines_and_a_bad_line(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    good = {"text": BODY, "title": "T", "outlet": "O", "published": "2024-06-22",
            "url": "https://o.example/x"}
    f.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"title": "no text"}) + "\n")
    items = read(f)
    assert isinstance(items[0], Article) and items[0].published == date(2024, 6, 22)
    assert items[0].outlet == "O" and items[0].path.endswith("#1")
    assert [type(i).__name__ for i in items[1:]] == ["Rejected", "Rejected"]
    assert all(isinstance(i, Rejected) and i.path.endswith(("#2", "#3")) for i in items[1:])


def test_rss_and_atom_feeds(tmp_path: Path) -> None:
    rss = tmp_path / "f.xml"
    rss.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><title>One</title><link>https://w.example/1</link>"
        f"<pubDate>Thu, 14 Mar 2024 11:00:00 +0000</pubDate><description>{BODY}"
        "</description></item><item><title>Empty</title></item></channel></rss>")
    atom = tmp_path / "f.atom"
    atom.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        f"<entry><title>Two</title><updated>2024-03-15T10:00:00Z</updated>"
        f"<published>2024-03-15T10:00:00Z</published><content type='html'>&lt;p&gt;{BODY}"
        "&lt;/p&gt;</content></entry></feed>")
    items = read(rss, atom)
    arts = [i for i in items if isinstance(i, Article)]
    assert [a.title for a in arts] == ["One", "Two"]
    assert arts[0].published == date(2024, 3, 14) and arts[0].outlet == "Wire"
    assert any(isinstance(i, Rejected) for i in items)  # the item without content


def test_bad_inputs_are_rejected_with_a_reason(tmp_path: Path) -> None:
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    empty = tmp_path / "e.txt"
    empty.write_text("   \n")
    big = tmp_path / "big.txt"
    big.write_text(BODY * 50)
    latin = tmp_path / "l.txt"
    latin.write_bytes(("Caf\xe9 " + BODY).encode("latin-1"))
    odd = tmp_path / "x.pdf"
    odd.write_text(BODY)
    items = read(binary, empty, big, latin, odd, tmp_path / "missing.txt", max_bytes=2000)
    assert all(isinstance(i, Rejected) for i in items)
    reasons = {Path(i.path).name: i.reason for i in items if isinstance(i, Rejected)}
    assert "binary" in reasons["b.txt"]
    assert "empty" in reasons["e.txt"]
    assert "limit" in reasons["big.txt"]
    assert "UTF-8" in reasons["l.txt"]
    assert "unsupported" in reasons["x.pdf"]
    assert "no such file" in reasons["missing.txt"]


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    f = tmp_path / "u.txt"
    f.write_bytes(BODY.encode("utf-16"))
    (art,) = read(f)
    assert isinstance(art, Article) and art.text.startswith("The government")


def test_folder_and_glob_are_expanded_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(BODY)
    (tmp_path / "a.txt").write_text(BODY.replace("three", "five"))
    (tmp_path / ".hidden.txt").write_text(BODY)
    names = [Path(a.path).name for a in read(tmp_path)]
    assert names == ["a.txt", "b.txt"]
    assert len(list(read_inputs([str(tmp_path / "*.txt")]))) == 1


def test_clean_text_drops_trailing_headlines_and_repeated_sentences() -> None:
    text = (f"{BODY}\n\nThe envoy met the president. The envoy met the president again. "
            "The envoy met the president.\n\nMarkets Rally As Rates Fall\nStorm Hits Coast\n"
            "Team Wins Cup Final\n")
    cleaned, removed = clean_text(text)
    assert "Storm Hits Coast" not in cleaned and "Storm Hits Coast" in removed
    assert cleaned.count("The envoy met the president.") == 1
    assert BODY in cleaned


def test_deduper_finds_a_republished_wire_story() -> None:
    d = Deduper()
    long = " ".join([BODY] * 3)
    assert d.check("a", long) is None
    assert d.check("b", long.replace("Wednesday", "Thursday", 1)) == "a"
    assert d.check("c", "A completely different story about a harbour festival " * 5) is None
