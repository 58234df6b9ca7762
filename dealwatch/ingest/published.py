"""The publication date of an article, with the evidence it came from.

Only dedicated places count: HTML metadata, a ``Published:`` line, a date line under the
masthead, a closing ``via <date>`` line, a dateline, the URL. A date inside the body (a quoted
statement, a background fact) is never taken for the publication date, and nothing is guessed:
no evidence gives ``(None, None)``.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

from dealwatch import errors

MONTHS = {
    name: n
    for n, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")], start=1)
    for name in names
}
_MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DATE_FORMS = [
    re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"),  # ISO, local part
    re.compile(r"(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"(?P<d>[0-3]?\d)[./-](?P<m>[01]?\d)[./-](?P<y>(?:19|20)\d\d)(?!\d)"),  # DMY
    re.compile(_WEEKDAY + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR, re.IGNORECASE),
    re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.IGNORECASE),
]
_DAY_MONTH = [re.compile(_MONTH + r"\s+" + _DAY + r"\b", re.IGNORECASE),
              re.compile(_DAY + r"\s+" + _MONTH + r"(?!\w)", re.IGNORECASE)]
# Words that may stand beside a date on a date-only line: times, zones, weekdays.
_DATE_WORDS = re.compile(
    r"^(?:a|p|m|am|pm|at|on|st|nd|rd|th|t|z|utc|gmt|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|"
    r"pdt|bst|cet|cest|eet|eest|msk|ist|jst|aest|wib|mon|tue|tues|wed|thu|thur|thurs|fri|sat|"
    r"sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|" + "|".join(MONTHS) + r")$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?P<label>first published|published|posted|date|last updated|updated|modified)"
    r"(?:\s+on)?\s*(?::|\s)\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_VIA = re.compile(r"^via\s+(?P<rest>" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r")\.?$",
                  re.IGNORECASE)
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.'-]+(?:[ -][A-Z][A-Z.'-]+)*(?:,\s+[A-Z][\w.]+)*)"
                       r",\s+(?P<rest>[^—–(]{3,40}?)\s*(?:\([^)]{1,30}\)\s*)?[-—–]")
_COPYRIGHT_YEAR = re.compile(r"^(?:©|\(c\)|copyright)\s*(?P<y>(?:19|20)\d\d)(?![\d–-])",
                             re.IGNORECASE)
_URL_DATES = [
    re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?:[/-]|$)"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<mon>[a-z]{3,9})/(?P<d>[0-3]?\d)(?:/|$)"),  # feb
    re.compile(r"[/_-](?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?:[/_.-]|$)"),  # /20250216/
]
META_KEYS = ("article:published_time", "og:published_time", "datepublished", "pubdate",
             "publishdate", "publication_date", "dc.date.issued", "dc.date", "sailthru.date",
             "parsely-pub-date", "article.published", "date")
_HEAD_LINES = 8
_TAIL_LINES = 3

Found = tuple[date | None, str | None]


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> date | None:
    parts = m.groupdict()
    month = int(parts["m"]) if parts.get("m") else MONTHS[parts["mon"].lower().rstrip(".")]
    return _safe(int(parts["y"]), month, int(parts["d"]))


def date_at_start(text: str) -> date | None:
    """A full calendar date at the start of ``text``, as written (the local date)."""
    text = text.lstrip(" ,:|-–—")
    for form in _DATE_FORMS:
        m = form.match(text)
        if m:
            return _from_match(m)
    return None


def parse_date(text: str) -> date | None:
    """A full calendar date written in a common form; None when the text gives no full date.

    Numeric dates are read day first (``17/01/2016``); ISO timestamps give the local date as
    written (``2023-11-28T00:35:00+03:00`` is the 28th). dateparser is the fallback.
    """
    return date_at_start(text.strip()) or _dateparser(text)


def _dateparser(text: str) -> date | None:
    cleaned = re.sub(r"\b(\d{1,2})(st|nd|rd|th)\b", r"\1", text.split("|")[0])
    cleaned = re.sub(r"\b([ap])\.m\.", r"\1m", cleaned, flags=re.IGNORECASE).strip(" ,-–—")
    if not re.search(r"\b(?:19|20)\d\d\b", cleaned) or len(cleaned) > 60:
        return None  # a year must be written: relative dates ("2 days ago") never count
    import dateparser

    parsed = dateparser.parse(cleaned, languages=["en"], settings={
        "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "DMY"})
    return parsed.date() if isinstance(parsed, datetime) else None


def date_only_line(line: str) -> date | None:
    """The date of a line that holds nothing but a date (and perhaps a time and zone)."""
    found = date_at_start(line)
    if found is None or len(line) > 60:
        return None
    words = re.findall(r"[A-Za-z]+", line)
    return found if all(_DATE_WORDS.match(w) for w in words) else None


def label_date(line: str) -> tuple[str, date] | None:
    """``('published', date)`` for a ``Published: <date>`` style line (also Posted, Updated)."""
    for segment in re.split(r"\s+[|·•]\s+", line.strip()):
        m = _LABEL.match(segment)
        if m and len(line.split()) <= 14:
            found = parse_date(m["rest"]) if len(m["rest"]) <= 48 else date_at_start(m["rest"])
            if found:
                return m["label"].lower(), found
    return None


def via_date(line: str) -> date | None:
    """The date of a closing ``via February 16th 2025`` line."""
    m = _VIA.match(line.strip())
    return parse_date(m["rest"]) if m else None


def find_published(text: str, *, html: str | None = None,
                   url: str | None = None) -> Found:
    """The publication date of an article and the evidence used; (None, None) when none.

    ``text`` is the raw text (before cleaning), so date lines are still in it.
    """
    if html:
        found = _from_html(html)
        if found[0]:
            return found
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]
    original, updated = _from_label_lines(lines)
    for found in (original, _from_top_line(lines), _from_via_line(lines),
                  _from_dateline(lines), _from_url(url), updated,
                  _from_yearless_dateline(lines, url)):
        if found[0]:
            return found
    return None, None


def _quote(line: str, limit: int = 70) -> str:
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _from_label_lines(lines: list[str]) -> tuple[Found, Found]:
    original: Found = (None, None)
    updated: Found = (None, None)
    for line in lines:
        hit = label_date(line)
        if hit is None:
            continue
        label, found = hit
        evidence = f"line '{_quote(line)}'"
        if label in ("updated", "last updated", "modified"):
            if updated[0] is None:
                updated = (found, evidence + " (no original date given)")
        elif original[0] is None:
            original = (found, evidence)
    return original, updated


def _from_top_line(lines: list[str]) -> Found:
    for line in lines[:_HEAD_LINES]:
        found = date_only_line(line)
        if found:
            return found, f"date line '{_quote(line)}'"
    return None, None


def _from_via_line(lines: list[str]) -> Found:
    for line in reversed(lines[-_TAIL_LINES:]):
        found = via_date(line)
        if found:
            return found, f"closing line '{_quote(line)}'"
    return None, None


def _from_dateline(lines: list[str]) -> Found:
    """A dateline with a full date: ``WASHINGTON, March 30, 2022 —``."""
    for line in lines[:_HEAD_LINES]:
        m = _DATELINE.match(line)
        found = date_at_start(m["rest"]) if m else None
        if m and found:
            return found, f"dateline '{m['place']}, {m['rest'].strip()}'"
    return None, None


def _from_yearless_dateline(lines: list[str], url: str | None) -> Found:
    """``JERUSALEM, Nov. 26 —`` is enough only with a year from a copyright line or the URL."""
    for line in lines[:_HEAD_LINES]:
        m = _DATELINE.match(line)
        day_month = [dm for form in _DAY_MONTH if m and (dm := form.match(m["rest"].strip()))]
        if not m or not day_month:
            continue
        year, source = _year_elsewhere(lines, url)
        dm = day_month[0]
        found = _safe(year, MONTHS[dm["mon"].lower()], int(dm["d"])) if year else None
        if found:
            return found, f"dateline '{m['place']}, {m['rest'].strip()}' + year from {source}"
    return None, None


def _year_elsewhere(lines: list[str], url: str | None) -> tuple[int | None, str]:
    for line in lines:
        c = _COPYRIGHT_YEAR.match(line)
        if c:
            return int(c["y"]), f"line '{_quote(line, 40)}'"
    u = re.search(r"/(?P<y>(?:19|20)\d\d)/", url or "")
    return (int(u["y"]), "the URL") if u else (None, "")


def _from_url(url: str | None) -> Found:
    for form in _URL_DATES:
        m = form.search(url or "")
        if m is None or (m.groupdict().get("mon") and m["mon"] not in MONTHS):
            continue
        found = _from_match(m)
        if found:
            return found, f"url '{m.group(0)}'"
    return None, None


# --- HTML -------------------------------------------------------------------------------------


def _from_html(html: str) -> Found:
    from dealwatch.ingest.html import parse_html

    try:
        tree = parse_html(html)
    except errors.Malformed:
        return None, None
    for find in (_from_meta, _from_json_ld, _from_time_tag):
        found = find(tree)
        if found[0]:
            return found
    return _htmldate(tree)


def _from_meta(tree: Any) -> Found:
    metas = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in META_KEYS and meta.get("content") and key not in metas:
            metas[key] = meta.get("content").strip()
    for key in META_KEYS:
        found = parse_date(metas[key]) if key in metas else None
        if found:
            return found, f"meta {key} '{metas[key]}'"
    return None, None


def _from_json_ld(tree: Any) -> Found:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):  # not JSON, a 4,300-digit number, too deep
            continue
        for value in _json_values(data, "datePublished"):
            found = parse_date(value)
            if found:
                return found, f"JSON-LD datePublished '{value}'"
    return None, None


def _json_values(data: Any, key: str) -> list[str]:
    """Every string value of ``key`` in nested JSON, in document order; a stack, not
    recursion, so that no depth of nesting can exhaust Python's stack."""
    found: list[str] = []
    todo: list[Any] = [data]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            if isinstance(item.get(key), str):
                found.append(item[key])
            todo.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            todo.extend(reversed(item))
    return found


def _from_time_tag(tree: Any) -> Found:
    times = [t for t in tree.iter("time") if t.get("datetime")]
    marked = [t for t in times if t.get("pubdate") is not None
              or (t.get("itemprop") or "").lower() == "datepublished"]
    body = [t for t in times if not any(a.tag in ("aside", "nav", "footer", "li")
                                        for a in t.iterancestors())]
    for t in marked + body:
        found = parse_date(t.get("datetime"))
        if found:
            return found, f"<time datetime=\"{t.get('datetime')}\">"
    return None, None


def _htmldate(tree: Any) -> Found:
    from htmldate import find_date

    # A tree, never the page's text: htmldate downloads a string that starts with "http".
    try:
        found = find_date(tree, original_date=True, extensive_search=False)
    except (ValueError, TypeError, AssertionError):  # AssertionError: lxml's drop_tree of a
        # root, which htmldate asks for on a fragment whose root is <svg> or <math>
        return None, None
    return (date.fromisoformat(found), "htmldate (page markup)") if found else (None, None)
