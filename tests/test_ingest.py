"""Readers, cleaning, publication dates, near-duplicates and bad input."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from dealwatch import errors
from dealwatch.ingest import Deduper, clean_text, find_published, read_article, read_inputs
from dealwatch.model import Article, Rejected

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
BODY = ("The government freed three political prisoners on Wednesday after talks with a "
        "visiting envoy, officials said. The release followed months of quiet contacts.")
BODY2 = ("Officials in the capital said more releases could follow if sanctions on the state "
         "airline were eased, but gave no timetable for a second round of talks.")


def read(*paths: Path | str, **kw: int) -> list[Article | Rejected]:
    return list(read_inputs([str(p) for p in paths], **kw))


def one(path: Path, **kw: int) -> Article:
    items = read(path, **kw)
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def rejected(path: Path, **kw: int) -> Rejected:
    items = read(path, **kw)
    assert len(items) == 1 and isinstance(items[0], Rejected), items
    return items[0]


# --- plain text ------------------------------------------------------------------------------


def test_text_file_with_masthead_date_and_boilerplate(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(
        "Daily Planet - World\nPublished: 12 February 2025, 21:40 EET\n\n"
        "Envoy secures release of three prisoners\n\n"
        f"{BODY}\n\nFeatured\n\nJane Doe via Agency\n(AP Photo/John Roe)\n\n"
        "So what does it mean?\n\n"
        f"{BODY2}\n\nRead more from Daily Planet:\nMarkets rally on rate hopes\n"
        "Local team wins cup\nThe envoy is expected to return next month.\n\n"
        "This story originally appeared on Daily Planet\n")
    art = one(f)
    assert art.published == date(2025, 2, 12)
    assert art.published_evidence == "line 'Published: 12 February 2025, 21:40 EET'"
    assert art.outlet == "Daily Planet"
    assert art.title == "Envoy secures release of three prisoners"
    assert art.format == "txt" and art.path == str(f) and art.duplicate_of is None
    for junk in ("Daily Planet - World", "Published", "Featured", "via Agency", "AP Photo",
                 "Markets rally", "Local team", "originally appeared", "Read more"):
        assert junk not in art.text
        assert any(junk in r for r in art.removed), junk
    for kept in (BODY, BODY2, "So what does it mean?", "expected to return next month."):
        assert kept in art.text
    assert "\n\n" in art.text  # paragraphs stay apart


def test_same_text_gets_the_same_id_and_other_text_another(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"{BODY}\n\n{BODY2}\n")
    (tmp_path / "b.txt").write_text(f"Published: 2024-01-02\n\n{BODY}\n\n{BODY2}\n")
    (tmp_path / "c.txt").write_text(f"{BODY2}\n\n{BODY}\n")
    a, b, c = (one(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt"))
    assert a.id == b.id != c.id
    assert len(a.id) == 16 and int(a.id, 16) >= 0
    assert one(tmp_path / "a.txt").id == a.id


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 12 February 2025, 21:40 EET", date(2025, 2, 12)),
        ("Published: 16.09.2025", date(2025, 9, 16)),
        ("Published: 24.11.2023 | 18:02", date(2023, 11, 24)),
        ("Published: 2023-09-19", date(2023, 9, 19)),
        ("Published: Aug. 15, 2025, 6:52 p.m. ET", date(2025, 8, 15)),
        ("Published: Thu, 07 Jul 2022 11:20:00 -0500", date(2022, 7, 7)),
        ("Published: 17/01/2016 21:05 CET", date(2016, 1, 17)),
        ("Published: 05/03/2016 09:00", date(2016, 3, 5)),  # day first
        ("Published: Sun 26 Nov 2023 - 07:55 EET", date(2023, 11, 26)),
        ("Published 15/08/2024 17:30 MSK", date(2024, 8, 15)),
        ("Posted 26/11/2023 23:10 | Some Times", date(2023, 11, 26)),
        ("Posted: August 18, 2016", date(2016, 8, 18)),
        ("December 16, 2015 | 08:10", date(2015, 12, 16)),
        ("First published on Sept. 3, 2024", date(2024, 9, 3)),
    ],
)
def test_date_line_formats(line: str, expected: date) -> None:
    found, evidence = find_published(f"Outlet\n{line}\n\nHeadline\n\n{BODY}")
    assert found == expected
    assert evidence is not None and line[:12] in evidence


def test_original_date_wins_over_updated_and_updated_alone_counts() -> None:
    text = "Updated: Feb. 14, 2025\nPublished: Feb. 12, 2025, 6:02 a.m. ET\n\n" + BODY
    assert find_published(text)[0] == date(2025, 2, 12)
    found, evidence = find_published("Updated: Feb. 14, 2025\n\n" + BODY)
    assert found == date(2025, 2, 14) and "Updated" in (evidence or "")


def test_closing_via_line_and_datelines() -> None:
    assert find_published(f"{BODY}\n\nvia February 16th 2025") == (
        date(2025, 2, 16), "closing line 'via February 16th 2025'")
    found, evidence = find_published(f"WASHINGTON, March 30, 2022 — {BODY}")
    assert found == date(2022, 3, 30) and (evidence or "").startswith("dateline")
    # a dateline without a year is not enough on its own ...
    assert find_published(f"JERUSALEM, Nov. 26 (XYZ) - {BODY}") == (None, None)
    # ... unless another line gives the year
    found, evidence = find_published(f"JERUSALEM, Nov. 26 (XYZ) - {BODY}\n\n© 2023 Some Times")
    assert found == date(2023, 11, 26) and "year from" in (evidence or "")


def test_no_evidence_gives_none_and_body_dates_do_not_count() -> None:
    assert find_published(BODY) == (None, None)
    quoted = (f"{BODY}\n\nThe ministry said the exchange had been completed on 8 December 2022 "
              "and that the pilot was home.\n\nPosted on social media by the ministry.")
    assert find_published(quoted) == (None, None)
    assert find_published("Published: 3 days ago\n\n" + BODY) == (None, None)


def test_url_date_is_the_last_resort() -> None:
    found, evidence = find_published(BODY, url="https://x.example/world/2022/03/31/story")
    assert found == date(2022, 3, 31) and "url" in (evidence or "")


@pytest.mark.parametrize(("url", "expected"), [
    ("https://x.example/world/2025/feb/16/belarus-frees", date(2025, 2, 16)),
    ("https://x.example/news/20250216/belarus", date(2025, 2, 16)),
    ("https://x.example/news/2025-02-16-belarus", date(2025, 2, 16)),
    ("https://x.example/story/12345678/belarus", None),
    ("https://x.example/2025/13/45/belarus", None),
    ("https://x.example/2025/foo/16/belarus", None),
])
def test_url_date_forms(url: str, expected: date | None) -> None:
    assert find_published(BODY, url=url)[0] == expected


# --- HTML ------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Prisoners freed in swap | The Harbour Post</title>
{meta}</head><body>
<div class="cookie-consent"><p>We use cookies to personalise ads. Accept all cookies?</p>
<button>Accept</button></div>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World news</a></nav></header>
<article><h1>Prisoners freed in swap</h1>
<p class="byline">By A. Writer</p>{time}
<p>{body}</p><p>{body2}</p></article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/x">Storm hits coast</a></li>
</ul></aside><footer><p>&copy; 2023 The Harbour Post. All rights reserved.</p></footer>
</body></html>"""


def test_html_meta_gives_the_local_date_title_outlet_and_main_text(tmp_path: Path) -> None:
    f = tmp_path / "p.html"
    meta = '<meta property="article:published_time" content="2023-11-28T00:35:00+03:00">'
    f.write_text(PAGE.format(meta=meta, time="", body=BODY, body2=BODY2))
    art = one(f)
    assert art.published == date(2023, 11, 28)  # the local date, not UTC's 27th
    assert "article:published_time" in (art.published_evidence or "")
    assert art.title == "Prisoners freed in swap" and art.outlet == "The Harbour Post"
    assert art.format == "html"
    assert BODY in art.text and BODY2 in art.text
    for junk in ("cookies", "Home", "World news", "Storm hits", "All rights", "By A. Writer"):
        assert junk not in art.text


@pytest.mark.parametrize(
    ("meta", "time", "expected", "evidence"),
    [
        ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
         '"datePublished": "2024-06-22T23:30:00-04:00"}]}</script>', "", date(2024, 6, 22),
         "JSON-LD"),
        ("", '<p><time datetime="2023-11-28T00:35:00+03:00">28 November</time></p>',
         date(2023, 11, 28), "<time"),
        ("", "", None, None),
    ],
)
def test_html_date_sources(tmp_path: Path, meta: str, time: str, expected: date | None,
                           evidence: str | None) -> None:
    f = tmp_path / "p.html"
    f.write_text(PAGE.format(meta=meta, time=time, body=BODY, body2=BODY2))
    art = one(f)
    assert art.published == expected
    assert (art.published_evidence or "").startswith(evidence or "") and (
        evidence is not None or art.published_evidence is None)


def test_html_article_only_in_noscript_is_read_not_rejected(tmp_path: Path) -> None:
    """A blog template that writes the post for scripts and again in <noscript>: the precise
    reading keeps only the title and date, so the page is read again for recall."""
    post = f"<p>{BODY}</p><p>{BODY2}</p>"
    f = tmp_path / "blog.html"
    f.write_text(
        "<html><head><title>Harbour blog</title></head><body><div class='post'>"
        "<h2 class='title'>Harbour plan</h2><div class='post-header'><span class='publishdate'"
        " itemprop='datePublished'>May 19, 2021</span></div><div class='post-body'>"
        f"<script type='text/template'>{post}</script><noscript>{post}</noscript></div></div>"
        "</body></html>")
    art = one(f)
    assert BODY in art.text and BODY2 in art.text and art.published == date(2021, 5, 19)


# --- JSON lines ------------------------------------------------------------------------------


def test_jsonl_articles_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    good = {"text": BODY, "title": "T", "outlet": "O", "published": "2024-06-22",
            "url": "https://o.example/x"}
    page = {"html": PAGE.format(meta="", time="", body=BODY2, body2=BODY),
            "url": "https://o.example/2021/05/04/y"}
    f.write_text("\n".join([json.dumps(good), "{not json", json.dumps({"title": "no text"}),
                            "", json.dumps([1, 2]), json.dumps(page)]) + "\n")
    items = read(f)
    assert [type(i).__name__ for i in items] == [
        "Article", "Rejected", "Rejected", "Rejected", "Article"]
    first, last = items[0], items[-1]
    assert isinstance(first, Article) and isinstance(last, Article)
    assert first.path == f"{f}#1" and last.path == f"{f}#6"
    assert (first.title, first.outlet, first.url) == ("T", "O", "https://o.example/x")
    assert first.published == date(2024, 6, 22) and first.format == "jsonl"
    assert last.published == date(2021, 5, 4) and "url" in (last.published_evidence or "")
    assert BODY2 in last.text and "cookies" not in last.text
    bad = {i.path.rsplit("#", 1)[1]: i for i in items if isinstance(i, Rejected)}
    assert set(bad) == {"2", "3", "5"}
    assert all(r.code == errors.Malformed.code for r in bad.values())
    assert "not JSON" in bad["2"].reason and "'text'" in bad["3"].reason


# --- feeds -----------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Wire Service</title>
<item><title>One</title><link>https://w.example/1</link>
<pubDate>Thu, 14 Mar 2024 23:30:00 -0500</pubDate>
<content:encoded><![CDATA[<p>{body}</p><p>{body2}</p>]]></content:encoded></item>
<item><title>Empty</title><link>https://w.example/2</link></item>
<item><title>Two</title><description>{body2}</description></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Three</title><link href="https://a.example/3"/>
<published>2024-03-15T10:00:00+02:00</published>
<content type="html">&lt;p&gt;{body}&lt;/p&gt;&lt;ul&gt;&lt;li&gt;{body2}&lt;/li&gt;&lt;/ul&gt;
</content>
</entry></feed>"""


def test_rss_feed_items(tmp_path: Path) -> None:
    f = tmp_path / "f.rss"
    f.write_text(RSS.format(body=BODY, body2=BODY2))
    items = read(f)
    assert [i.path for i in items] == [f"{f}#0", f"{f}#1", f"{f}#2"]
    a, empty, b = items
    assert isinstance(a, Article) and isinstance(b, Article) and isinstance(empty, Rejected)
    assert empty.code == errors.EmptyInput.code
    assert (a.title, a.outlet, a.url, a.format) == ("One", "Wire Service", "https://w.example/1",
                                                    "feed")
    assert a.published == date(2024, 3, 14)  # local date; in UTC it is already the 15th
    assert a.text == f"{BODY}\n\n{BODY2}" and "<p>" not in a.text
    assert b.title == "Two" and b.published is None and b.text == BODY2


def test_atom_feed_and_a_feed_sniffed_by_content(tmp_path: Path) -> None:
    f = tmp_path / "f.atom"
    f.write_text(ATOM.format(body=BODY, body2=BODY2))
    (art,) = read(f)
    assert isinstance(art, Article)
    assert (art.title, art.outlet, art.url) == ("Three", "Atom Desk", "https://a.example/3")
    assert art.published == date(2024, 3, 15) and BODY in art.text and BODY2 in art.text
    sniffed = tmp_path / "feed"  # no suffix, but the content is a feed
    sniffed.write_text(ATOM.format(body=BODY, body2=BODY2))
    (again,) = read(sniffed)
    assert isinstance(again, Article) and again.id == art.id


def test_malformed_feed_is_rejected(tmp_path: Path) -> None:
    f = tmp_path / "bad.xml"
    f.write_text("<?xml version='1.0'?><rss><channel><item><title>x</titl")
    r = rejected(f)
    assert r.code in (errors.Malformed.code, errors.EmptyInput.code) and "feed" in r.reason


# --- bad input -------------------------------------------------------------------------------


def test_bad_inputs_are_rejected_with_a_code_and_reason(tmp_path: Path) -> None:
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    controls = tmp_path / "c.txt"
    controls.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50)
    empty = tmp_path / "e.txt"
    empty.write_text("  \n\n ")
    big = tmp_path / "big.txt"
    big.write_text(BODY * 50)
    junk_only = tmp_path / "j.txt"
    junk_only.write_text("Featured\n\nPublished: 2024-01-01\n")
    odd = tmp_path / "x.pdf"
    odd.write_text(BODY)
    expected = {
        "b.txt": (errors.BinaryFile, "binary"),
        "c.txt": (errors.BinaryFile, "non-text"),
        "e.txt": (errors.EmptyInput, "empty"),
        "big.txt": (errors.TooLarge, "limit"),
        "j.txt": (errors.EmptyInput, "no article text"),
        "x.pdf": (errors.UnsupportedFormat, "unsupported file type '.pdf'"),
        "missing.txt": (errors.NotFound, "no such file"),
    }
    items = read(*(tmp_path / n for n in expected), max_bytes=2000)
    assert all(isinstance(i, Rejected) for i in items) and len(items) == len(expected)
    for item in items:
        assert isinstance(item, Rejected)
        error, words = expected[Path(item.path).name]
        assert item.code == error.code and words in item.reason, item
        assert "\n" not in item.reason


def test_encodings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes(("Café " + BODY).encode("utf-16"))
    sig = tmp_path / "sig.txt"
    sig.write_bytes(b"\xef\xbb\xbf" + ("Café " + BODY).encode("utf-8"))
    latin = tmp_path / "latin.txt"
    latin.write_bytes(("Café " + BODY + " " + BODY2.replace("capital", "capitale é")).encode(
        "latin-1"))
    assert one(utf16).text.startswith("Café The government")
    assert one(sig).text.startswith("Café The government")
    assert one(latin).text.startswith("Café The government")  # detected by charset_normalizer
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(b"caf\xe9 \xff\xfe\x80 xx")
    r = rejected(garbage)  # no encoding makes readable text of it
    assert r.code == errors.BadEncoding.code and "readable" in r.reason
    monkeypatch.setitem(sys.modules, "charset_normalizer", None)  # as if not installed
    r = rejected(latin)
    assert r.code == errors.BadEncoding.code and "UTF-8" in r.reason and "0xe9" in r.reason


def test_read_article_never_raises_on_a_folder_or_unreadable_file(tmp_path: Path) -> None:
    (r,) = read_article(str(tmp_path))
    assert isinstance(r, Rejected) and r.code == errors.Unreadable.code
    locked = tmp_path / "locked.txt"
    locked.write_text(BODY)
    locked.chmod(0)
    try:
        items = read_article(str(locked))
        assert len(items) == 1  # root can still read it; anyone else gets Unreadable
        assert isinstance(items[0], Article) or items[0].code == errors.Unreadable.code
    finally:
        locked.chmod(0o644)


def test_folders_and_globs_expand_sorted_without_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "sub" / "b.html").write_text(PAGE.format(meta="", time="", body=BODY,
                                                          body2=BODY2))
    (tmp_path / "a.txt").write_text(BODY.replace("three", "five"))
    (tmp_path / "c.md").write_text(BODY.replace("three", "six"))
    (tmp_path / ".hidden.txt").write_text(BODY)
    (tmp_path / ".git" / "x.txt").write_text(BODY)
    (tmp_path / "README.md").write_text("# How to use these files\n\n" + BODY)
    (tmp_path / "notes.pdf").write_text(BODY)
    names = [Path(a.path).name for a in read(tmp_path)]
    assert names == ["a.txt", "c.md", "b.html"]
    assert [Path(a.path).name for a in read(tmp_path / "*.txt", tmp_path / "a.txt")] == ["a.txt"]
    (nothing,) = read(tmp_path / "*.docx")
    assert isinstance(nothing, Rejected) and nothing.code == errors.NotFound.code


# --- cleaning --------------------------------------------------------------------------------


def test_clean_text_trailing_headlines_and_repeated_sentences() -> None:
    text = (f"{BODY}\n\nThe envoy met the president in the capital. The talks lasted hours. "
            "The envoy met the president in the capital. The envoy met the president on "
            "Friday in the capital.\n\nMarkets Rally As Rates Fall\nStorm Hits Coast Overnight\n"
            "Team Wins Cup Final With Late Goal\n")
    cleaned, removed = clean_text(text)
    assert "Storm Hits Coast" not in cleaned and "Storm Hits Coast Overnight" in removed
    assert cleaned.count("The envoy met the president in the capital.") == 1
    assert "on Friday in the capital." in cleaned  # a new fact, not a repeat
    assert BODY in cleaned and "The talks lasted hours." in cleaned


@pytest.mark.parametrize("head", ["-- Further headlines --", "MORE NEWS", "== Other stories ==",
                                  "RELATED"])
def test_clean_text_drops_a_list_of_other_stories_headed_without_a_colon(head: str) -> None:
    text = (f"{BODY}\n\n{head}\n* Markets edge higher as buying returns\n"
            "* Three leaders meet in a capital, stress trade\n")
    cleaned, removed = clean_text(text)
    assert cleaned == BODY and head in removed
    assert "* Three leaders meet in a capital, stress trade" in removed


@pytest.mark.parametrize("head", ["Related on The Daily Courier", "More from the Observer", ""])
def test_clean_text_drops_linked_items_under_an_outlet_heading_or_none(head: str) -> None:
    text = (f"{BODY}\n\n{head}\n>> Markets edge higher as buying returns\n"
            "» Shipping: low water returns to the river gauge\n")
    cleaned, removed = clean_text(text)
    assert cleaned == BODY
    assert "» Shipping: low water returns to the river gauge" in removed


def test_clean_text_keeps_a_sentence_that_begins_like_a_list_head() -> None:
    text = f"{BODY}\n\nMore news is expected on Monday, officials said.\n"
    cleaned, removed = clean_text(text)
    assert "More news is expected" in cleaned and removed == ()


def test_clean_text_keeps_a_list_the_article_introduces() -> None:
    text = f"{BODY}\n\nThose freed were:\nAnna Kowal\nPiotr Nowak\nIgor Lis\n"
    cleaned, removed = clean_text(text)
    assert "Igor Lis" in cleaned and removed == ()


@pytest.mark.parametrize(
    "junk",
    [
        "Photo: Jane Doe/Agency", "(AP Photo/Jane Doe)", "Getty Images", "Sputnik via Reuters",
        "Related: Markets slide | Storm hits coast", "Tags: Iran, sanctions",
        "Share | Print | Report an error", "(c) Some Times. Reproduction without permission.",
        "You are receiving this because you subscribed. Unsubscribe", "Posted 16.09.2025",
        "via February 16th 2025", "As the Post reported earlier Envoy Unveils New Peace Plan.",
        "Correction: An earlier version misspelled a name.", "Advertisement",
        "Next story: Heatwave brings record power demand", "Up next: Ferry fares to rise",
        "Next issue: the cartel's pricing meeting and the output question",
        "Coming up: Ministers meet on the budget",
    ],
)
def test_clean_text_drops_furniture_lines(junk: str) -> None:
    cleaned, removed = clean_text(f"{BODY}\n\n{junk}\n\n{BODY2}")
    assert junk not in cleaned and junk in removed
    assert cleaned == f"{BODY}\n\n{BODY2}"


def test_clean_text_drops_a_lower_case_repeat_of_the_title() -> None:
    text = f"Envoy Meets President In Capital\n\n{BODY}\nenvoy meets president in capital\n{BODY2}"
    cleaned, removed = clean_text(text)
    assert removed == ("envoy meets president in capital",)
    assert cleaned.startswith("Envoy Meets President In Capital\n\n")


def test_clean_text_keeps_real_reporting_that_looks_like_furniture() -> None:
    text = ("As the Times reported earlier this month, the envoy met the president twice.\n"
            "More than 40 people were freed: most of them journalists.\n"
            "Posted on social media, the video showed the prisoners boarding a bus.\n" + BODY)
    cleaned, removed = clean_text(text)
    assert removed == () and cleaned == text


def test_clean_text_keeps_sentences_that_end_in_cjk_punctuation() -> None:
    text = "港口计划今天获得批准，市长表示工程将在春季开始。\n码头的工程预计需要两年时间完成。"
    assert clean_text(text)[0] == text


# --- near-duplicates -------------------------------------------------------------------------


def test_deduper_finds_a_republished_story_and_keeps_different_ones() -> None:
    d = Deduper()
    long = " ".join([BODY, BODY2] * 3)
    stored = "A completely different story about a harbour festival and its boats " * 4
    d.register("stored", d.keys(stored))
    assert d.check("a", long) is None
    assert d.check("b", long.replace("Wednesday", "Thursday", 1)) == "a"
    assert d.check("a", long) is None  # the same article again is not its own duplicate
    assert d.check("c", "The harbour festival drew record crowds to the quay this year. " * 4) \
        is None
    assert d.check("e", "A completely different story about a harbour festival and its boats "
                   * 4 + "Updated.") == "stored"


# --- the shared corpus -----------------------------------------------------------------------


def _gold_documents() -> list[tuple[Path, dict[str, str | None]]]:
    out = []
    for gold in sorted(CORPUS.rglob("gold.json")):
        for name, doc in json.loads(gold.read_text())["documents"].items():
            out.append((gold.parent / name, doc))
    return out


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside the repo")
def test_publication_dates_match_every_gold_file() -> None:
    docs = _gold_documents()
    assert len(docs) >= 29
    wrong = []
    for path, doc in docs:
        art = one(path)
        got = art.published.isoformat() if art.published else None
        if got != doc["published"]:
            wrong.append(f"{path.parent.name}/{path.name}: {got} != {doc['published']}")
        assert (art.published is None) == (art.published_evidence is None)
        lines = art.text.split("\n")
        assert not any(ln.startswith(("Published", "Posted", "Updated", "via ", "Read more",
                                      "Related:", "Tags:")) for ln in lines), path
    assert wrong == []


def test_bytes_are_read_as_the_file_they_name() -> None:
    from dealwatch.ingest import read_data

    html = b"<html><body><article><p>Officials said the talks went on.</p></article></body></html>"
    [page] = read_data("upload/page.html", html)
    assert isinstance(page, Article) and page.format == "html" and page.path == "upload/page.html"
    [bad] = read_data("upload/photo.png", b"\x89PNG\r\n")
    assert isinstance(bad, Rejected) and bad.code == errors.UnsupportedFormat.code
    assert "'.png'" in bad.reason
    [empty] = read_data("upload/blank.txt", b" \n ")
    assert isinstance(empty, Rejected) and "empty" in empty.reason
    [big] = read_data("upload/big.txt", b"word " * 100, max_bytes=100)
    assert isinstance(big, Rejected) and "limit" in big.reason


def test_the_characters_counted_as_no_text_are_their_unicode_categories() -> None:
    import unicodedata

    from dealwatch.ingest.readers import _ODD

    def odd(ch: str) -> bool:
        return ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Co", "Cs")
                                  and ch not in "\n\r\t\f")

    every = [chr(c) for c in range(sys.maxunicode + 1)]
    assert [ch for ch in every if _ODD.match(ch)] == [ch for ch in every if odd(ch)]
