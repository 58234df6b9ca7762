"""Dates typed into the timeline's filters or its address: '2024', '2024-03', '2024-03-13',
and the common human forms that name one day, month or year without doubt ('Nov 2023',
'November 2023', '2023/11', '11/2023', '13 March 2024', 'March 13, 2024').

A form whose order of day and month is a guess ('03/04/2024') is not read; nor is anything
else ('yesterday', '2023-13'). timeline.js reads the same forms, with the same messages.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

EXPECTED = "YYYY, YYYY-MM or YYYY-MM-DD (or e.g. Nov 2023)"
# English names, whatever the machine's locale: the names news and readers use.
_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
MONTH_NAMES = {**{n: i for i, n in enumerate(_NAMES, 1)},
               **{n[:3]: i for i, n in enumerate(_NAMES, 1)}, "sept": 9}
_MONTH = r"([A-Za-z]{3,9})\.?"
_FORMS = (  # (pattern, the groups' meaning: y year, m month number, n month name, d day)
    (re.compile(r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?", re.ASCII), "ymd"),
    (re.compile(r"(\d{1,2})/(\d{4})", re.ASCII), "my"),
    (re.compile(_MONTH + r",?\s+(\d{4})", re.ASCII), "ny"),
    (re.compile(r"(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})", re.ASCII), "dny"),
    (re.compile(_MONTH + r"\s+(\d{1,2}),?\s+(\d{4})", re.ASCII), "ndy"),
)


def read_date(text: str) -> tuple[date, date, str]:
    """The first and last day a typed date covers, and its canonical text ('Nov 2023' ->
    Nov 1, Nov 30, '2023-11'); ValueError saying what is expected when it is unreadable."""
    value = " ".join(text.split())
    for pattern, meaning in _FORMS:
        match = pattern.fullmatch(value)
        if match:
            parts = dict(zip(meaning, match.groups(), strict=True))
            found = _covered(parts)
            if found:
                return found
    raise ValueError(f"expected {EXPECTED}")


def _number(text: str | None) -> int | None:
    return int(text) if text else None


def _covered(parts: dict[str, str | None]) -> tuple[date, date, str] | None:
    year = int(parts.get("y") or 0)
    month = _number(parts.get("m"))
    if parts.get("n") is not None:
        month = MONTH_NAMES.get((parts["n"] or "").lower())
        if month is None:
            return None
    day = _number(parts.get("d"))
    if year < 1000:  # not a year of news (and the browser would read "0012" as 1912)
        return None
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31), f"{year:04d}"
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last), f"{year:04d}-{month:02d}"
        one = date(year, month, day)
    except ValueError:  # month 13, 30 February
        return None
    return one, one, one.isoformat()


def read_range(text: str) -> tuple[date, date, str]:
    """A range 'FROM..TO' (each a date ``read_date`` reads): its first and last day and its
    canonical text; ValueError when either end is unreadable or it ends before it starts."""
    if text.count("..") != 1:
        raise ValueError(f"expected FROM..TO, each {EXPECTED}")
    start_text, end_text = text.split("..")
    try:
        start, end = read_date(start_text)[0], read_date(end_text)[1]
    except ValueError:
        raise ValueError(f"expected FROM..TO, each {EXPECTED}") from None
    if end < start:
        raise ValueError("the range ends before it starts; expected FROM..TO, FROM first")
    return start, end, f"{start.isoformat()}..{end.isoformat()}"
