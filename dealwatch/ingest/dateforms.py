"""How news pages write a calendar date: the forms a publication date is read in.

English, German and French month names; day first when the date is numeric (``17/01/2016``,
``25.01.2022``, ``8.5.12``); ``10. September 2017`` and ``September 10, 2017``; ISO
timestamps read as the local date they are written in. A date must be whole: a year is always
written, so "2 days ago" or "Nov. 26" alone is no date here.
"""

from __future__ import annotations

import re
from datetime import date, datetime

MONTHS = {
    name: n
    for n, names in enumerate(
        [("january", "jan", "januar", "jänner", "jän", "janvier"),
         ("february", "feb", "februar", "feber", "février", "fevrier", "févr"),
         ("march", "mar", "märz", "maerz", "mär", "mrz", "mars"), ("april", "apr", "avril"),
         ("may", "mai"), ("june", "jun", "juni", "juin"),
         ("july", "jul", "juli", "juillet", "juil"), ("august", "aug", "août", "aout"),
         ("september", "sep", "sept", "septembre"), ("october", "oct", "oktober", "okt",
                                                      "octobre"),
         ("november", "nov", "novembre"), ("december", "dec", "dezember", "dez", "décembre",
                                           "decembre", "déc")], start=1)
    for name in names
}
MONTH = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_WEEKDAYS = ("mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
             "friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|"
             "sonnabend|sonntag|mo|di|mi|do|fr|sa|so")
_WEEKDAY = r"(?:(?:" + _WEEKDAYS + r")\.?,?\s+)?"
_DATE_FORMS = [
    re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"),  # ISO, local part
    re.compile(r"(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?!\d)"),
    re.compile(_WEEKDAY + r"(?P<d>[0-3]?\d)[./-](?P<m>[01]?\d)[./-](?P<y>(?:19|20)\d\d)(?!\d)",
               re.IGNORECASE),  # day first: 17/01/2016, 25.01.2022
    # German short form with a two-digit year, dots only: 8.5.12
    re.compile(_WEEKDAY + r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<yy>\d\d)(?![\d.])",
               re.IGNORECASE),
    re.compile(_WEEKDAY + DAY + r"\.?\s+" + MONTH + r",?\s+" + _YEAR, re.IGNORECASE),
    re.compile(_WEEKDAY + MONTH + r"\s+" + DAY + r",?\s+" + _YEAR, re.IGNORECASE),
]
# Words that may stand beside a date on a date-only line: times, zones, weekdays.
_DATE_WORDS = re.compile(
    r"^(?:a|p|m|am|pm|at|on|um|uhr|st|nd|rd|th|t|z|h|utc|gmt|et|est|edt|ct|cst|cdt|mt|mst|mdt|"
    r"pt|pst|pdt|bst|cet|cest|mez|mesz|eet|eest|msk|ist|jst|aest|wib|" + _WEEKDAYS + "|"
    + "|".join(MONTHS) + r")$",
    re.IGNORECASE,
)
_UPDATED = ("updated", "last updated", "modified", "aktualisiert", "zuletzt aktualisiert",
            "geändert", "stand")
_LABEL = re.compile(
    r"^(?P<label>first published|published|posted|date|last updated|updated|modified|"
    r"veröffentlicht|erstellt|publiziert|datum|zuletzt aktualisiert|aktualisiert|geändert|"
    r"stand)(?:\s+(?:on|am|vom))?\s*(?::|\s)\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_VIA = re.compile(r"^via\s+(?P<rest>" + MONTH + r"\s+" + DAY + r",?\s+" + _YEAR + r")\.?$",
                  re.IGNORECASE)
# After a date at the start of a byline line: "| Section", "- by A. Writer", "von A. Writer"
_BYLINE_REST = re.compile(r"^\s*(?:[|·•–—-]\s|von\s|by\s)", re.IGNORECASE)


def safe_date(y: int, m: int, d: int) -> date | None:
    """The date, or None when the numbers make no calendar date."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def from_match(m: re.Match[str]) -> date | None:
    """The date of a match of one of the forms (groups y or yy, m or mon, d)."""
    parts = m.groupdict()
    month = int(parts["m"]) if parts.get("m") else MONTHS[parts["mon"].lower().rstrip(".")]
    year = int(parts["y"]) if parts.get("y") else 2000 + int(parts["yy"])
    return safe_date(year, month, int(parts["d"]))


def _match_at_start(text: str) -> re.Match[str] | None:
    for form in _DATE_FORMS:
        m = form.match(text)
        if m and from_match(m):
            return m
    return None


def date_in(text: str) -> date | None:
    """The first full calendar date written anywhere in a short text (``Publié le 3 mai
    2019``, ``Veröffentlicht am 10.09.2017 um 10:00``), read as ``date_at_start`` reads it."""
    for start in [0, *(m.end() for m in re.finditer(r"[\s(|,:]+", text[:120]))]:
        found = date_at_start(text[start:]) if start < len(text) else None
        if found:
            return found
    return None


def date_at_start(text: str) -> date | None:
    """A full calendar date at the start of ``text``, as written (the local date)."""
    m = _match_at_start(text.lstrip(" ,:|-–—"))
    return from_match(m) if m else None


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
    words = re.findall(r"[^\W\d_]+", line)
    return found if all(_DATE_WORDS.match(w) for w in words) else None


def byline_date(line: str) -> date | None:
    """The date at the start of a short byline line: ``10. September 2017 | Sport``,
    ``25.01.2022 - von A. Writer``; the date must be set off from the words after it."""
    text = line.strip().lstrip(" ,:|-–—")
    m = _match_at_start(text)
    if m is None or len(text) > 80:
        return None
    rest = text[m.end():]
    rest = re.sub(r"^,?\s*(?:(?:um|at)\s+)?\d{1,2}[:.h]\d\d(?:\s*(?:uhr|[ap]\.?m\.?))?", "",
                  rest, flags=re.IGNORECASE)
    return from_match(m) if _BYLINE_REST.match(rest) else None


def label_date(line: str) -> tuple[str, date] | None:
    """``('published', date)`` for a ``Published: <date>`` style line (also Posted, Updated,
    ``Datum``, ``Veröffentlicht am``, ``Aktualisiert``); updates are labelled ``updated``."""
    for segment in re.split(r"\s+[|·•]\s+", line.strip()):
        m = _LABEL.match(segment)
        if m and len(line.split()) <= 14:
            found = parse_date(m["rest"]) if len(m["rest"]) <= 48 else date_at_start(m["rest"])
            if found:
                label = m["label"].lower()
                return ("updated" if label in _UPDATED else label), found
    return None


def via_date(line: str) -> date | None:
    """The date of a closing ``via February 16th 2025`` line."""
    m = _VIA.match(line.strip())
    return parse_date(m["rest"]) if m else None
