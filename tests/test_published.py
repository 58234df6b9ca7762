"""The publication date of a page: candidates weighed, European date forms, the page's zone.

Every page here is invented: the patterns are how pages are published, not any one site.
"""

from __future__ import annotations

from datetime import date

import pytest

from dealwatch.ingest import find_published
from dealwatch.ingest.dateforms import byline_date, date_in, date_only_line, label_date

BODY = ("The council approved the new harbour plan on Tuesday after a long debate, the mayor "
        "said. Work on the quay is to start in spring and take two years.")


def page(head: str = "", body: str = "", tail: str = "") -> str:
    """An invented news page: ``head`` in <head>, ``body`` before the article's text."""
    return (f"<html><head><title>Harbour plan approved | Coast Courier</title>{head}</head>"
            f"<body><article><h1>Harbour plan approved</h1>{body}<p>{BODY}</p></article>"
            f"{tail}</body></html>")


def meta(key: str, value: str) -> str:
    return f'<meta property="{key}" content="{value}">'


def ld(**fields: str) -> str:
    pairs = ", ".join(f'"{k}": "{v}"' for k, v in fields.items())
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", {pairs}}}</script>'


# --- the forms of a date ---------------------------------------------------------------------


@pytest.mark.parametrize(("line", "expected"), [
    ("10. September 2017", date(2017, 9, 10)),
    ("3. März 2021, 14:05 Uhr", date(2021, 3, 3)),
    ("Mittwoch, 01. Dezember 2021", date(2021, 12, 1)),
    ("25.01.2022", date(2022, 1, 25)),
    ("8.5.12", date(2012, 5, 8)),
    ("Di, 8.5.12 um 10:30 Uhr", date(2012, 5, 8)),
    ("12 juillet 2019", date(2019, 7, 12)),
])
def test_european_date_lines(line: str, expected: date) -> None:
    assert date_only_line(line) == expected


@pytest.mark.parametrize("line", ["8.5.12.4", "Version 8.5.12", "10. September", "31.02.2022"])
def test_what_is_no_date_line(line: str) -> None:
    assert date_only_line(line) is None


@pytest.mark.parametrize(("line", "label", "expected"), [
    ("Datum 25.01.2022", "datum", date(2022, 1, 25)),
    ("Datum: 3. Mai 2020", "datum", date(2020, 5, 3)),
    ("Veröffentlicht am 16.08.2019", "veröffentlicht", date(2019, 8, 16)),
    ("Erstellt am 2.11.2021 | Kultur", "erstellt", date(2021, 11, 2)),
    ("Aktualisiert am 19.02.2020", "updated", date(2020, 2, 19)),
    ("Stand: 07.11.2023 10:14 Uhr", "updated", date(2023, 11, 7)),
])
def test_german_labels(line: str, label: str, expected: date) -> None:
    assert label_date(line) == (label, expected)


@pytest.mark.parametrize(("line", "expected"), [
    ("24. April 2020 | Pressemitteilungen", date(2020, 4, 24)),
    ("02.02.2022 10:16 Uhr - Regionalliga - Redaktion", date(2022, 2, 2)),
    ("14/03/2021 - 08:30 - Source: Example Agency", date(2021, 3, 14)),
    ("5. Juni 2019 von Anna Beispiel", date(2019, 6, 5)),
    ("25.01.2022 ist ein wichtiger Tag für die Stadt", None),  # a sentence, not a byline
    ("2020/7/11-12: the results of two race days", None),  # a range, not a date
])
def test_a_date_set_off_at_the_start_of_a_byline(line: str, expected: date | None) -> None:
    assert byline_date(line) == expected


def test_a_date_inside_a_short_label() -> None:
    assert date_in("Publié le 29 mai 2019") == date(2019, 5, 29)
    assert date_in("Veröffentlicht am 10.09.2017 um 10:00") == date(2017, 9, 10)
    assert date_in("vor 3 Stunden") is None


@pytest.mark.parametrize(("line", "expected"), [
    ("Foreign Desk | Tuesday 9 September 2031", date(2031, 9, 9)),
    ("Evening edition · 9 Sept 2031", date(2031, 9, 9)),
    ("News | Region | 3 May 2030", date(2030, 5, 3)),
    ("Home | World | Politics", None),  # a menu, no date
    ("Edition 12 | Page 4", None),
])
def test_a_masthead_line_gives_the_section_then_the_day(line: str,
                                                         expected: date | None) -> None:
    assert find_published(f"Coast Courier\n{line}\n\n{BODY}")[0] == expected


def test_european_lines_date_a_text_and_an_update_alone_comes_last() -> None:
    assert find_published(f"Coast Courier\n10. September 2017\n\n{BODY}")[0] == date(2017, 9, 10)
    assert find_published(f"Datum 25.01.2022\n\n{BODY}")[0] == date(2022, 1, 25)
    text = f"Aktualisiert am 19.02.2020\nVeröffentlicht am 16.08.2019\n\n{BODY}"
    assert find_published(text)[0] == date(2019, 8, 16)


# --- weighing the candidates of a page -------------------------------------------------------


def test_a_utc_timestamp_takes_the_day_the_page_writes_in_its_own_zone() -> None:
    html = page(meta("article:published_time", "2024-03-06T03:15:00+00:00"))
    url = "https://courier.example/2024/03/05/harbour-plan/"
    found, evidence = find_published(BODY, html=html, url=url)
    assert found == date(2024, 3, 5) and "page's zone" in (evidence or "")
    # the visible byline of an evening in the Americas says the same
    html = page(meta("article:published_time", "2024-03-06T03:15:00Z"),
                '<p class="byline"><time datetime="2024-03-05 22:15:00">March 5, 2024, '
                "10:15 p.m. ET</time></p>")
    assert find_published(BODY, html=html)[0] == date(2024, 3, 5)


def test_a_utc_timestamp_keeps_its_day_without_a_local_date_or_out_of_any_zone_reach() -> None:
    html = page(meta("article:published_time", "2024-03-06T03:15:00+00:00"))
    assert find_published(BODY, html=html)[0] == date(2024, 3, 6)
    # 11:00 UTC is the 6th from -10:00 to +12:59: a URL one day earlier is another date
    html = page(meta("article:published_time", "2024-03-06T11:00:00Z"))
    url = "https://courier.example/2024/03/05/harbour-plan/"
    assert find_published(BODY, html=html, url=url)[0] == date(2024, 3, 6)
    # a timestamp with the page's own offset is already its day
    html = page(meta("article:published_time", "2024-03-06T00:30:00+01:00"))
    assert find_published(BODY, html=html, url=url)[0] == date(2024, 3, 6)


def test_a_published_field_holding_the_last_edit_gives_way_to_json_ld() -> None:
    head = (meta("article:published_time", "2022-05-20T09:41:12Z")
            + meta("article:modified_time", "2022-05-20T09:41:50Z")
            + ld(datePublished="2022-05-17T08:00:00Z", dateModified="2022-05-20T09:41:50Z"))
    found, evidence = find_published(BODY, html=page(head))
    assert found == date(2022, 5, 17) and "last edit" in (evidence or "")
    # published earlier than the last edit: the metadata holds the publication
    head = (meta("article:published_time", "2022-05-19T07:00:00Z")
            + meta("article:modified_time", "2022-05-20T09:41:50Z")
            + ld(datePublished="2022-05-17T08:00:00Z"))
    assert find_published(BODY, html=page(head))[0] == date(2022, 5, 19)


def test_a_time_of_an_embedded_post_a_comment_or_a_list_is_not_the_article() -> None:
    body = ('<blockquote class="social-embed"><p>A post <time datetime="2021-04-01T10:00:00Z">'
            "Apr 1, 2021</time></p></blockquote>"
            '<div class="comment-box"><time datetime="2021-04-09T18:00:00+02:00">9.4.21</time>'
            "</div>")
    tail = ('<div class="related-stories"><time datetime="2021-04-02">2 April 2021</time>'
            "</div>")
    _, evidence = find_published(BODY, html=page(body=body, tail=tail))
    assert not (evidence or "").startswith("<time")  # only htmldate's last resort may date it
    header = '<header><time datetime="2021-04-08T07:00:00+02:00">8. April 2021</time></header>'
    found, _ = find_published(BODY, html=page(body=header + body, tail=tail))
    assert found == date(2021, 4, 8)


def test_a_modification_time_is_not_the_publication() -> None:
    body = ('<p><time class="updated" datetime="2021-06-03">3 June 2021</time> '
            '<time class="entry-date published" datetime="2021-06-01">1 June 2021</time></p>')
    assert find_published(BODY, html=page(body=body))[0] == date(2021, 6, 1)


def test_a_time_is_read_as_its_visible_text_when_the_two_disagree() -> None:
    body = ('<p class="info"><time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019'
            "</time></p>")
    found, evidence = find_published(BODY, html=page(body=body))
    assert found == date(2019, 6, 29) and "text" in (evidence or "")


def test_publication_marks_that_disagree_mark_a_list() -> None:
    items = "".join(f'<div class="card"><time pubdate datetime="2019-09-{d}">{d} Sep</time>'
                    "</div>" for d in ("22", "20", "19"))
    body = '<p class="publication"><time datetime="2019-06-28T13:49:45Z">28 June 2019</time></p>'
    assert find_published(BODY, html=page(body=body, tail=items))[0] == date(2019, 6, 28)


def test_a_year_alone_in_a_footer_dates_no_page() -> None:
    html = page(tail="<footer><p>© 2019 Coast Courier</p></footer>")
    assert find_published(BODY, html=html) == (None, None)


def test_a_timestamp_only_in_a_scripts_data_dates_no_page() -> None:
    data = ('<script>window.__STATE__ = {"asset": {"createTime": '
            '"2011-02-02T03:02:36.000+0000", "views": 12}};</script>')
    assert find_published(BODY, html=page(tail=data)) == (None, None)
    seen = '<p class="byline">Posted 2011-02-02 by the desk</p>' + data
    assert find_published(BODY, html=page(tail=seen))[0] == date(2011, 2, 2)


def test_a_timestamp_only_in_the_keywords_dates_no_page() -> None:
    # a listing page's keywords repeat its record's fields, a change time among them
    words = ('<meta name="keywords" content="harbour, permits, Coast County, 2011-02-02 '
             '09:41:07, ferry">')
    assert find_published(BODY, html=page(head=words)) == (None, None)
    seen = '<p class="byline">Posted 2011-02-02 by the desk</p>'
    assert find_published(BODY, html=page(head=words, body=seen))[0] == date(2011, 2, 2)


def test_htmldate_searches_a_page_without_script_data_or_keywords_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import htmldate

    calls: list[bool] = []
    real = htmldate.find_date

    def counted(tree: object, **kw: bool) -> object:
        calls.append(kw["extensive_search"])
        return real(tree, **kw)

    monkeypatch.setattr(htmldate, "find_date", counted)
    seen = '<p class="byline">Posted 2011-02-02 by the desk</p>'
    plain = find_published(BODY, html=page(body=seen))
    assert plain == (date(2011, 2, 2), "htmldate (page markup)") and calls == [True]
    # a script's data or keywords: searched again without them, and the same day found
    calls.clear()
    data = '<script>window.__STATE__ = {"views": 12};</script>'
    assert find_published(BODY, html=page(body=seen, tail=data)) == plain
    assert calls == [True, True]
    # a 1 January also asks the fast search: a year alone is no date
    calls.clear()
    assert find_published(BODY, html=page(body=seen.replace("02-02", "01-01")))[0] == \
        date(2011, 1, 1)
    assert calls == [True, False]


def test_a_timelines_dated_headings_are_entries_and_its_closing_line_dates_it() -> None:
    text = ("Northern Review -- Explainer\n\nA timeline of the affair\n\n"
            "9 November 2029\nThe engineer was arrested at the airport.\n\n"
            "14 July 2030\nA court sentenced him to life.\n\n"
            "15 June 2031\nHe was flown home in an exchange.\n\nvia June 21st 2031\n")
    day, evidence = find_published(text)
    assert day == date(2031, 6, 21) and evidence is not None and "via" in evidence
    # one date line over the headline still dates the article
    single = "Northern Review\n\n9 November 2029\n\nThe engineer was arrested at the airport.\n"
    assert find_published(single)[0] == date(2029, 11, 9)
