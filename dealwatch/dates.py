"""Dates: every date expression of a text, resolved against the publication date.

Explicit dates are read as written; relative ones ("on Wednesday", "last month", "in June",
"two days later") are resolved against the publication date or an earlier date of the same
text. Nothing is ever taken from the clock: without an anchor an expression keeps its text and
stays unresolved (``value`` None, or ``XXXX-06`` for a month whose year is unknown).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dealwatch.model import Precision, Resolution, TimeExpr

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "several": None}

_MON = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
        r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dotted", re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b")),
    ("mdy", re.compile(rf"\b{_MON}\s+{_DAY}(?:\s*[–-]\s*\d{{1,2}})?(?:,?\s+{_YEAR})?\b(?!:)")),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?\b")),
    ("month_year", re.compile(rf"\b{_MON}(?:\s+of)?,?\s+{_YEAR}\b")),
    ("month_of", re.compile(rf"\b(?:in\s+)?{_MON}\s+(?:of\s+)?(?P<mod>this|last|next)\s+year\b")),
    ("rel_unit", re.compile(
        r"\b(?P<mod>(?:late |early |earlier |later )?(?:last|this|next|past|previous|"
        r"earlier this|later this))\s+(?P<unit>week|month|year)\b", re.I)),
    ("season", re.compile(r"\b(?P<mod>last|this|next)\s+(?P<season>spring|summer|autumn|fall|"
                          r"winter)\b", re.I)),
    ("month_rel", re.compile(r"\b(?P<mod>last|next|this|in|since|until|by|early|late|mid-)\s*"
                             r"(?P<mon>January|February|March|April|May|June|July|August|"
                             r"September|October|November|December)\b(?!\s+\d)")),
    ("weekday", re.compile(rf"\b(?P<pre>(?i:late|early)\s+(?:on\s+)?|"
                           rf"(?i:in\s+)?the\s+early\s+hours\s+of\s+|(?i:on|last|next)\s+)?"
                           rf"{_WD}{_PART}\b")),
    ("deictic", re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>day|week|"
                       r"month|year)s?\s+ago\b", re.I)),
    ("anaphor", re.compile(
        r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>day|week)s?\s+"
        r"(?P<dir>earlier|later|before|after)|the\s+(?P<same>same|next|following|previous)\s+"
        r"day|the\s+day\s+(?P<dir2>before|after))\b", re.I)),
    ("year", re.compile(r"\b(?P<pre>[Ii]n|[Ss]ince|[Uu]ntil|by|of|from|[Dd]uring|early|late|"
                        r"mid-?)\s+"
                        r"(?P<year>(?:19|20)\d\d)\b(?!\s*(?:-|–)?\s*(?:year|point|page))")),
]
_FUTURE = re.compile(r"\b(will|'ll|shall|is to|are to|plans? to|is expected to|are "
                     r"expected to|is scheduled|are scheduled|upcoming)\b", re.I)


def _sentence_of(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [p for p in (text.find(". ", end), text.find("\n", end)) if p >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1:right]


def resolve_weekday(weekday: int, published: date, future: bool) -> date:
    """The weekday nearest the publication date: the one before (or that day), or after."""
    if future:
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _month_back(year: int, month: int, n: int = 1) -> tuple[int, int]:
    index = year * 12 + (month - 1) - n
    return index // 12, index % 12 + 1


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _mk(m: re.Match[str], value: str | None, prec: Precision | None,
        how: Resolution) -> TimeExpr:
    text = m.group(0)
    lead = len(text) - len(text.lstrip())
    return TimeExpr(m.start() + lead, m.end(), text.strip(), value, prec, how)


class _Resolver:
    def __init__(self, text: str, published: date | None) -> None:
        self.text = text
        self.published = published
        self.last_day: date | None = None
        self._year: tuple[int, int] | None = None  # (year, where it was written)

    def saw_year(self, year: int, m: re.Match[str]) -> None:
        self._year = (year, m.end())

    def anchor_year(self, m: re.Match[str]) -> int | None:
        """A year written shortly before (same or next sentences) anchors a bare month."""
        if self._year and m.start() - self._year[1] <= 300:
            return self._year[0]
        return None

    def future(self, m: re.Match[str]) -> bool:
        return bool(_FUTURE.search(_sentence_of(self.text, m.start(), m.end())))

    def year_for(self, month: int, day: int | None,
                 m: re.Match[str]) -> tuple[int | None, Resolution]:
        if self.published is not None:
            year = self.published.year
            probe = date(year, month, min(day or 1, 28))
            if probe > self.published and not self.future(m):
                year -= 1
            elif probe < self.published - timedelta(days=180) and self.future(m):
                year += 1
            return year, Resolution.RELATIVE_TO_PUBLISHED
        anchor = self.anchor_year(m)
        if anchor is not None:
            return anchor, Resolution.RELATIVE_TO_TEXT
        return None, Resolution.UNRESOLVED

    def explicit(self, kind: str, m: re.Match[str]) -> TimeExpr | None:
        g = m.groupdict()
        month = int(g["m"]) if g.get("m") else MONTHS.get((g.get("mon") or "").lower().rstrip("."))
        if month is None:
            return None
        if kind == "month_year":
            self.saw_year(int(g["year"]), m)
            return _mk(m, f"{int(g['year']):04d}-{month:02d}", Precision.MONTH,
                       Resolution.EXPLICIT)
        day = int(g["day"])
        if g.get("year"):
            year = int(g["year"])
            if not _valid(year, month, day):
                return None
            self.saw_year(year, m)
            self.last_day = date(year, month, day)
            return _mk(m, self.last_day.isoformat(), Precision.DAY, Resolution.EXPLICIT)
        if not _valid(2000, month, day):
            return None
        found, how = self.year_for(month, day, m)
        if found is None:
            return _mk(m, f"XXXX-{month:02d}-{day:02d}", Precision.DAY, how)
        self.last_day = date(found, month, day) if _valid(found, month, day) else None
        return _mk(m, f"{found:04d}-{month:02d}-{day:02d}", Precision.DAY, how)

    def relative(self, kind: str, m: re.Match[str]) -> TimeExpr | None:
        g = m.groupdict()
        pub = self.published
        unresolved = Resolution.UNRESOLVED
        if kind == "month_rel":
            month = MONTHS[g["mon"].lower()]
            if pub is None:
                anchor = self.anchor_year(m)
                if anchor is not None:
                    return _mk(m, f"{anchor:04d}-{month:02d}", Precision.MONTH,
                               Resolution.RELATIVE_TO_TEXT)
                return _mk(m, f"XXXX-{month:02d}", Precision.MONTH, unresolved)
            year = pub.year
            fut = g["mod"] == "next" or (g["mod"] != "last" and self.future(m))
            if fut and month < pub.month:
                year += 1
            elif not fut and (month > pub.month or (g["mod"] == "last" and month >= pub.month)):
                year -= 1
            return _mk(m, f"{year:04d}-{month:02d}", Precision.MONTH,
                       Resolution.RELATIVE_TO_PUBLISHED)
        if kind == "month_of":
            if pub is None:
                return _mk(m, None, None, unresolved)
            month = MONTHS[g["mon"].lower().rstrip(".")]
            year = pub.year + {"this": 0, "last": -1, "next": 1}[g["mod"]]
            return _mk(m, f"{year:04d}-{month:02d}", Precision.MONTH,
                       Resolution.RELATIVE_TO_PUBLISHED)
        if kind == "year":
            self.saw_year(int(g["year"]), m)
            return _mk(m, g["year"], Precision.YEAR, Resolution.EXPLICIT)
        if pub is None and kind != "anaphor":
            return _mk(m, None, None, unresolved)
        assert pub is not None or kind == "anaphor"
        if kind == "weekday":
            pre = (g.get("pre") or "").strip().lower()
            fut = pre == "next" or (pre != "last" and self.future(m))
            assert pub is not None
            day = resolve_weekday(WEEKDAYS[g["wd"].lower()], pub, fut)
            self.last_day = day
            return _mk(m, day.isoformat(), Precision.DAY, Resolution.RELATIVE_TO_PUBLISHED)
        if kind == "deictic":
            assert pub is not None
            shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["word"].lower()]
            day = pub + timedelta(days=shift)
            self.last_day = day
            return _mk(m, day.isoformat(), Precision.DAY, Resolution.RELATIVE_TO_PUBLISHED)
        if kind == "rel_unit":
            assert pub is not None
            return self._unit(m, g["mod"].lower(), g["unit"].lower(), pub)
        if kind == "season":
            assert pub is not None
            shift = {"last": -1, "this": 0, "next": 1}[g["mod"].lower()]
            return _mk(m, f"{pub.year + shift}-{SEASONS[g['season'].lower()]}", Precision.SEASON,
                       Resolution.RELATIVE_TO_PUBLISHED)
        if kind == "ago":
            assert pub is not None
            n = NUMBERS.get(g["n"].lower()) if not g["n"].isdigit() else int(g["n"])
            if n is None or g["unit"].lower() != "day":
                return _mk(m, None, None, unresolved)
            day = pub - timedelta(days=n)
            return _mk(m, day.isoformat(), Precision.DAY, Resolution.RELATIVE_TO_PUBLISHED)
        return self._anaphor(m)

    def _unit(self, m: re.Match[str], mod: str, unit: str, pub: date) -> TimeExpr:
        back = 0 if "this" in mod else (1 if any(w in mod for w in ("last", "past", "previous"))
                                        else -1)
        how = Resolution.RELATIVE_TO_PUBLISHED
        if unit == "year":
            return _mk(m, str(pub.year - back), Precision.YEAR, how)
        if unit == "month":
            y, mo = _month_back(pub.year, pub.month, back)
            return _mk(m, f"{y:04d}-{mo:02d}", Precision.MONTH, how)
        ref = pub - timedelta(weeks=back)
        iso = ref.isocalendar()
        return _mk(m, f"{iso[0]}-W{iso[1]:02d}", Precision.WEEK, how)

    def _anaphor(self, m: re.Match[str]) -> TimeExpr:
        g = m.groupdict()
        after = self.text[m.end():m.end() + 2].lstrip()
        clause_follows = (g.get("dir") or "").lower() in ("after", "before") and (
            not after or after[0].isalnum())
        if self.last_day is None or clause_follows:
            # "a day after the incursion": relative to an event, not to a date we know
            return _mk(m, None, None, Resolution.UNRESOLVED)
        if g.get("same"):
            shift = {"same": 0, "next": 1, "following": 1, "previous": -1}[g["same"].lower()]
        elif g.get("dir2"):
            shift = -1 if g["dir2"].lower() == "before" else 1
        else:
            n = int(g["n"]) if g["n"].isdigit() else (NUMBERS.get(g["n"].lower()) or 1)
            n *= 7 if g["unit"].lower() == "week" else 1
            shift = -n if g["dir"].lower() in ("earlier", "before") else n
        day = self.last_day + timedelta(days=shift)
        return _mk(m, day.isoformat(), Precision.DAY, Resolution.RELATIVE_TO_TEXT)


def find_dates(text: str, published: date | None) -> list[TimeExpr]:
    """Every date expression of a text, non-overlapping, in order, each resolved if it can be."""
    spans: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            spans.append((m.start(), m.end(), kind, m))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    end = -1
    for s in spans:
        if s[0] >= end:
            chosen.append(s)
            end = s[1]
    resolver = _Resolver(text, published)
    out = []
    for _, _, kind, m in chosen:
        if kind in ("iso", "dotted", "mdy", "dmy", "month_year"):
            found = resolver.explicit(kind, m)
        else:
            found = resolver.relative(kind, m)
        if found is not None and not _false_hit(text, m, kind):
            out.append(found)
    return out


def _false_hit(text: str, m: re.Match[str], kind: str) -> bool:
    """Words that look like dates but are not: "May" the verb, "a protest march"."""
    if kind == "month_rel" and m.group("mon") in ("May", "March"):
        before = text[max(0, m.start() - 1):m.start()]
        return m.group("mod") not in ("in", "since", "until", "by", "last", "next", "early",
                                      "late") or before.isalpha()
    if kind == "mdy" and m.group("mon").rstrip(".") in ("May", "March", "Mar") and not m.group(
            "year"):
        return not m.group("day")
    return False
