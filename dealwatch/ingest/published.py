"""The publication date of an article, with the evidence it came from.

Only dedicated places count: HTML metadata, JSON-LD, the article's ``<time>``, a
``Published:`` line, a date line under the masthead, a closing ``via <date>`` line, a
dateline, the URL. A date inside the body (a quoted statement, a background fact) is never
taken for the publication date, and nothing is guessed: no evidence gives ``(None, None)``.
The candidates of a page are weighed against each other (``published_html``); the forms a
date is written in are in ``dateforms``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from copy import deepcopy
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from dealwatch import errors
from dealwatch.ingest.dateforms import (
    DAY,
    MONTH,
    MONTHS,
    byline_date,
    date_at_start,
    date_only_line,
    from_match,
    label_date,
    parse_date,
    safe_date,
    via_date,
)
from dealwatch.ingest.published_html import Candidate, html_candidates, weigh
from dealwatch.model import Article

__all__ = ["MONTHS", "as_filed", "date_at_start", "date_only_line", "filed_on", "find_published",
           "label_date", "parse_date", "via_date"]

_DAY_MONTH = [re.compile(MONTH + r"\s+" + DAY + r"\b", re.IGNORECASE),
              re.compile(DAY + r"\s+" + MONTH + r"(?!\w)", re.IGNORECASE)]
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'-]+(?:[ -][A-Z][A-Z.'-]+)*(?:,\s+[A-Z][\w.]+)*)"
                       r",\s+(?P<rest>[^—–(]{3,40}?)\s*(?:\([^)]{1,30}\)\s*)?[-—–]")
_COPYRIGHT_YEAR = re.compile(r"^(?:©|\(c\)|copyright)\s*(?P<y>(?:19|20)\d\d)(?![\d–-])",
                             re.IGNORECASE)
_URL_DATES = [
    re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?:[/-]|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<mon>[a-z]{3,9})/(?P<d>[0-3]?\d)(?:/|$)"),  # feb
    re.compile(r"[/_-](?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:[/_.-]|$)"),  # /20250216/
]
_HEAD_LINES = 8
_TAIL_LINES = 3
_FILED_BEFORE = 4  # days: a story filed this long before the paper that printed it

Found = tuple[date | None, str | None]


def find_published(text: str, *, html: str | None = None,
                   url: str | None = None) -> Found:
    """The publication date of an article and the evidence used; (None, None) when none.

    ``text`` is the raw text (before cleaning), so date lines are still in it.
    """
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]
    original, updated = _from_label_lines(lines)
    from_text = [c for c in (original, _from_top_line(lines), _from_via_line(lines),
                             _from_dateline(lines)) if c]
    from_url = _from_url(url)
    tree = _tree(html) if html else None
    if tree is not None:
        candidates, modified = html_candidates(tree)
        best = weigh(candidates, modified, from_text + ([from_url] if from_url else []))
        if best:
            return best.day, best.evidence
    for found in (*from_text, from_url):
        if found:
            return found.day, found.evidence
    by_htmldate = _htmldate(tree) if tree is not None else (None, None)
    if by_htmldate[0]:
        return by_htmldate
    for found in (updated, _from_yearless_dateline(lines, url)):
        if found:
            return found.day, found.evidence
    return None, None


def _tree(html: str) -> Any:
    from dealwatch.ingest.html import parse_html

    try:
        return parse_html(html)
    except errors.Malformed:
        return None


def _quote(line: str, limit: int = 70) -> str:
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _from_label_lines(lines: list[str]) -> tuple[Candidate | None, Candidate | None]:
    original = updated = None
    for line in lines:
        hit = label_date(line)
        if hit is None:
            continue
        label, found = hit
        evidence = f"line '{_quote(line)}'"
        if label == "updated":
            if updated is None:
                updated = Candidate(found, "text", evidence + " (no original date given)")
        elif original is None:
            original = Candidate(found, "text", evidence)
    return original, updated


def _from_top_line(lines: list[str]) -> Candidate | None:
    # a date line among several is a timeline's heading ("9 November 2029" over an entry,
    # then "14 July 2030" over the next), not the day the piece came out
    timeline = sum(1 for line in lines if date_only_line(line)) >= 2
    for line in lines[:_HEAD_LINES]:
        found = date_only_line(line)
        if found and not timeline:
            return Candidate(found, "text", f"date line '{_quote(line)}'")
        found = byline_date(line)
        if found:
            return Candidate(found, "text", f"byline '{_quote(line)}'")
        found = _after_a_section(line)
        if found and not timeline:
            return Candidate(found, "text", f"date line '{_quote(line)}'")
    return None


def _after_a_section(line: str) -> date | None:
    """A masthead line that names the section or edition, then the day: ``World | Monday 8
    September 2031``, ``Evening edition · 8 Sept 2031``. Only a short line whose last part
    is nothing but a date."""
    parts = re.split(r"\s+[|·•]\s+", line.strip())
    if len(parts) < 2 or len(line) > 80 or any(date_at_start(p) for p in parts[:-1]):
        return None
    return date_only_line(parts[-1])


def _from_via_line(lines: list[str]) -> Candidate | None:
    for line in reversed(lines[-_TAIL_LINES:]):
        found = via_date(line)
        if found:
            return Candidate(found, "text", f"closing line '{_quote(line)}'")
    return None


def _from_dateline(lines: list[str]) -> Candidate | None:
    """A dateline with a full date: ``WASHINGTON, March 30, 2022 —``."""
    for line in lines[:_HEAD_LINES]:
        m = _DATELINE.match(line)
        found = date_at_start(m["rest"]) if m else None
        if m and found:
            return Candidate(found, "text", f"dateline '{m['place']}, {m['rest'].strip()}'")
    return None


def _from_yearless_dateline(lines: list[str], url: str | None) -> Candidate | None:
    """``JERUSALEM, Nov. 26 —`` is enough only with a year from a copyright line or the URL."""
    for m, dm in _datelines_with_a_day(lines):
        year, source = _year_elsewhere(lines, url)
        found = safe_date(year, MONTHS[dm["mon"].lower()], int(dm["d"])) if year else None
        if found:
            return Candidate(found, "text", f"dateline '{m['place']}, {m['rest'].strip()}' "
                             f"+ year from {source}")
    return None


def _datelines_with_a_day(lines: list[str]) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """The datelines among the first lines that give a day and a month (``JERUSALEM, Nov. 26
    —``): each line's match and its day and month's."""
    for line in lines[:_HEAD_LINES]:
        m = _DATELINE.match(line)
        dm = next((d for form in _DAY_MONTH if m and (d := form.match(m["rest"].strip()))), None)
        if m and dm:
            yield m, dm


def filed_on(text: str, published: date | None) -> date | None:
    """The day a story was filed, when its dateline names one a few days before the paper
    that printed it: a morning paper of Saturday carries "NORTHPORT, May 9 -" from Friday,
    and the story's "this morning", "today" and "yesterday" count from Friday. None when
    the dateline names no day, the day the paper appeared, or one too far from it."""
    if published is None:
        return None
    head = text.split("\n", _HEAD_LINES)[:_HEAD_LINES]  # (only the first lines are read)
    first = next(_datelines_with_a_day([ln.strip() for ln in head]), None)
    if first is None:
        return None
    month, day = MONTHS[first[1]["mon"].lower()], int(first[1]["d"])
    year = published.year - (month > published.month)  # a December story in January
    found = safe_date(year, month, day)
    return found if found and 0 < (published - found).days <= _FILED_BEFORE else None


def as_filed(article: Article) -> Article:
    """The article as its text is read: its relative days count from the day its dateline
    says it was filed (``filed_on``) when that is before the day it was published."""
    filed = filed_on(article.text, article.published)
    return article if filed is None else replace(article, published=filed)


def _year_elsewhere(lines: list[str], url: str | None) -> tuple[int | None, str]:
    for line in lines:
        c = _COPYRIGHT_YEAR.match(line)
        if c:
            return int(c["y"]), f"line '{_quote(line, 40)}'"
    u = re.search(r"/(?P<y>(?:19|20)\d\d)/", url or "")
    return (int(u["y"]), "the URL") if u else (None, "")


def _from_url(url: str | None) -> Candidate | None:
    for form in _URL_DATES:
        m = form.search(url or "")
        if m is None or (m.groupdict().get("mon") and m["mon"] not in MONTHS):
            continue
        found = from_match(m)
        if found:
            return Candidate(found, "url", f"url '{m.group(0)}'")
    return None


def _htmldate(tree: Any) -> Found:
    """htmldate's extensive search, when nothing else dates the page. A 1 January it finds
    only in the extensive search is a year alone (a ``© 2020`` footer), not a date."""
    found = _htmldate_day(tree, extensive=True)
    if found is None:
        return None, None
    if found.endswith("-01-01") and _htmldate_day(tree, extensive=False) != found:
        return None, None
    bare = _without_scripts(tree)
    # a timestamp in a script's data (an asset's, a widget's) or in the keywords alone; a
    # page with neither is searched once (the same tree gives the same day)
    if bare is not None and _htmldate_day(bare, extensive=True) != found:
        return None, None
    return date.fromisoformat(found), "htmldate (page markup)"


_KEYWORDS = "//meta[translate(@name, 'KEYWORDS', 'keywords')='keywords']"


def _without_scripts(tree: Any) -> Any:
    """The page without its scripts' data (JSON-LD, which describes the page, stays) and
    without its keywords (search terms: a listing's keywords repeat its record's fields, a
    change time among them): what a reader of the page, or of its description, can see.
    None when the page has neither (it is its own copy)."""
    if not any(map(_script_data, tree.xpath("//script"))) and not tree.xpath(_KEYWORDS):
        return None
    copy = deepcopy(tree)
    for script in filter(_script_data, copy.xpath("//script")):
        script.drop_tree()
    for keywords in copy.xpath(_KEYWORDS):
        keywords.drop_tree()
    return copy


def _script_data(script: Any) -> bool:
    return "ld+json" not in (script.get("type") or "").lower()


# htmldate's extensive search hands strings to dateparser with all of its 200 locales: the
# first string compiles every locale's patterns, 16 s on the 2-core development machine,
# paid by whichever article comes first. dealwatch's reading hands it a parser of 24 major
# languages of news (compiled in a second or two; the same dates on htmldate's 1,000
# evaluation pages); htmldate called otherwise keeps its own.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar", "tr", "zh", "ja",
             "fa", "he", "hi", "id", "ko", "sv", "cs", "hu", "el", "ro")
_reading: ContextVar[bool] = ContextVar("dealwatch_htmldate_reading", default=False)


@lru_cache(maxsize=1)
def _few_locales() -> Any:
    from dateparser import DateDataParser

    return DateDataParser(languages=list(LANGUAGES), settings={
        "NORMALIZE": True, "PARSERS": ["custom-formats", "absolute-time"],
        "PREFER_DATES_FROM": "past", "PREFER_LOCALE_DATE_ORDER": True,
        "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True})  # htmldate's settings


def _use_few_locales() -> None:
    from htmldate import extractors

    theirs: Callable[[], Any] = extractors.get_external_parser
    if getattr(theirs, "dealwatch", False):
        return

    def parser() -> Any:
        return _few_locales() if _reading.get() else theirs()

    parser.dealwatch = True  # type: ignore[attr-defined]
    setattr(extractors, "get_external_parser", parser)  # noqa: B010 - typed as a cache


def _htmldate_day(tree: Any, *, extensive: bool) -> str | None:
    from htmldate import find_date

    _use_few_locales()
    token = _reading.set(True)
    # A tree, never the page's text: htmldate downloads a string that starts with "http".
    try:
        found = find_date(deepcopy(tree), original_date=True, extensive_search=extensive)
    except (ValueError, TypeError, AssertionError):  # AssertionError: lxml's drop_tree of a
        # root, which htmldate asks for on a fragment whose root is <svg> or <math>
        return None
    finally:
        _reading.reset(token)
    return str(found) if found else None
