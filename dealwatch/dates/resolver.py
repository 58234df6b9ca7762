"""Date expressions resolved to TIMEX3 values against the publication date or the text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from dealwatch.dates import patterns as p
from dealwatch.dates.stretch import a_stretch, day_meant
from dealwatch.model import Precision, Resolution, TimeExpr

EXPLICIT = Resolution.EXPLICIT
PUBLISHED = Resolution.RELATIVE_TO_PUBLISHED
IN_TEXT = Resolution.RELATIVE_TO_TEXT
UNRESOLVED = Resolution.UNRESOLVED


def resolve_weekday(weekday: int, published: date, future: bool) -> date:
    """The weekday nearest the publication date: the one before (or that day), or after."""
    if future:
        return published + timedelta(days=(weekday - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def week_of(day: date) -> str:
    """The ISO week of a day, TIMEX3 style: ``2025-W07``."""
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


# A paragraph ends: a blank line, or a line that ends a sentence.
_SENTENCE_END = re.compile(r"[.!?;][\"”'’)]?\s+|\n")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n|[.!?\"”'’][ \t]*\n")


def _month_shift(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return left, min(ends) if ends else len(text)


def _back(day: date, unit: str, n: int) -> date | None:
    """The same day ``n`` weeks, months, years or decades before ``day`` (none when that
    month has no such day: "a year ago today" on February 29)."""
    if unit == "week":
        return day - timedelta(weeks=n)
    if unit == "month":
        y, mo = _month_shift(day.year, day.month, -n)
    else:
        y, mo = day.year - n * (10 if unit == "decade" else 1), day.month
    return date(y, mo, day.day) if _valid(y, mo, day.day) else None


def _shift_of(mod: str) -> int:
    if any(w in mod for w in ("last", "previous", "past")):
        return -1
    if any(w in mod for w in ("next", "following")):
        return 1
    return 0


# "(the day after) the signing": the event a relative day counts from, by its first word.
_EVENT_AFTER = re.compile(r"\s+(?:the|its|their|his|her)\s+([A-Za-z]+)\b")
_JUST_BEFORE = 300  # characters: the sentence or two before
# A story told in order: the next day written without its year is within weeks of the last
# one; a day within two months of the report may be its news, of the report's year.
_STORY_STEP = timedelta(days=92)
_FRESH = timedelta(days=60)
_SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)
_DUE = re.compile(r"\bdue\s+(?:on|in|by|for)\s+$", re.IGNORECASE)
# A detention's first day: what follows it may come years later.
_HELD_FROM = re.compile(r"\b(?:arrest|detain|seiz|kidnap|abduct|jail|imprison|sentenc|convict|"
                        r"captur|hijack|taken hostage|held)", re.IGNORECASE)


# "Four days later, on May 31", "A week after, May 9": the day just reckoned, named again
_RESTATING = re.compile(r"\b(?:later|earlier|after|before),?\s+(?:on\s+)?$", re.IGNORECASE)
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


def _a_later_clause(text: str, end: int, at: int) -> bool:
    """The word at ``at`` is in a clause of its own begun after the day that ends at ``end``."""
    return at >= end and p.CLAUSE_BREAK.search(text, end, at) is not None


_WEEKEND_OF = re.compile(r"\s+(?:before|after|of|following|preceding)\b", re.IGNORECASE)
_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the same) year\b", re.IGNORECASE)
_MEASURED_FROM = re.compile(r"\b(?:days|weeks|months|years)\s+(?:after|since)\s+(?:the|an?)\s+"
                            r"[^,.;:]{0,30}?\b(?:of|on)\s+$", re.IGNORECASE)


class _Resolver:
    def __init__(self, text: str, published: date | None) -> None:
        self.text = text
        self.published = published
        self.last_day: date | None = None  # the day the story goes on from
        # the day told last, a look back included: what "the same day", "the next day" and
        # "two days later" count from ("On Wednesday he had told reporters ... The same day")
        self.last_told: date | None = None
        # where the day told last is written, and the day a stretch it ends began ("ran
        # from 2 March to 9 March"): "that morning" in a sentence of the first is its start
        self._told_at: tuple[date, tuple[int, int]] | None = None
        self.stretch_start: date | None = None
        self._reckoned: tuple[date, int] | None = None  # "four days later": the day, its end
        self._year: tuple[int, int] | None = None  # (year, where it was written)
        # a timeline's year headings ("2018" on a line of its own, "November 1979." opening
        # an entry): where each is, its year
        self._headings = sorted((h.start(), int(h[1])) for pattern in (
            p.YEAR_HEADING, p.MONTH_HEADING) for h in pattern.finditer(text))
        self.handlers: dict[str, Callable[[re.Match[str]], TimeExpr | None]] = {
            "iso": self._day, "numeric": self._day, "mdy": self._day, "dmy": self._day,
            "holiday": self._holiday,
            "month_year": self._month_year, "season_year": self._season_year,
            "quarter": self._quarter, "quarter_code": self._quarter, "fiscal": self._fiscal,
            "decade": self._decade, "century": self._century, "month_of": self._month_of,
            "rel_unit": self._rel_unit, "part_of": self._part_of, "weekend": self._weekend,
            "season": self._season,
            "month_rel": self._month_rel, "weekday": self._weekday, "deictic": self._deictic,
            "ordinal_day": self._ordinal_day,
            "that_part": self._that_part,
            "ago": self._ago, "anaphor": self._anaphor, "year": self._year_expr,
            "year_bare": self._year_bare, "ref": self._ref,
        }

    # -- helpers ---------------------------------------------------------------------------
    def mk(self, m: re.Match[str], value: str | None, prec: Precision | None,
           how: Resolution, *, kind: str = "DATE", until: str | None = None) -> TimeExpr:
        text = m.group(0)
        start = m.start() + len(text) - len(text.lstrip())
        text = text.strip()
        lead = p.PREPOSITION.match(text)
        if lead and lead.end() < len(text):
            start += lead.end()
            text = text[lead.end():]
        if value is None:
            how = UNRESOLVED
        return TimeExpr(start, start + len(text), text, value, prec, how, kind, until)

    def saw_year(self, year: int, m: re.Match[str]) -> None:
        self._year = (year, m.end())

    def sentence_year(self, m: re.Match[str]) -> int | None:
        """ "Weeks after the landing of April 17, 1961, X said on May 18 ...": a year written
        earlier in the same sentence is the year of a day written after it without one."""
        if self._year and m.start() - self._year[1] <= 200 and not _SENTENCE_END.search(
                self.text, self._year[1], m.start()):
            return self._year[0]
        return None

    def anchor_year(self, m: re.Match[str]) -> int | None:
        """A year written shortly before (same or next sentences) anchors a bare month; not
        across a paragraph break ("... the riots of July 2024.\n\nIn August the
        ministers were sanctioned": a new paragraph is not told in that year's frame)."""
        if self._year and m.start() - self._year[1] <= 300 and not _PARAGRAPH_END.search(
                self.text, self._year[1], m.start()):
            return self._year[0]
        return None

    def _looks_back(self, day: date, m: re.Match[str]) -> bool:
        """A day before the one told last, in a sentence of what someone had said ("It was
        to start on Sunday. On Saturday night he had said ..."): a look back, not the day
        the story goes on from ("In the afternoon" is still Sunday's)."""
        if self.last_day is None or day >= self.last_day:
            return False
        left, right = _sentence(self.text, m.start(), m.end())
        return bool(p.PLUPERFECT.search(self.text[left:right]))

    def _measured_from(self, m: re.Match[str]) -> bool:
        """A day a span is counted from ("737 days after the attack of 7 May 2029"): the story
        does not go on from it ("Ten were freed around 8 a.m." after it is the main day's)."""
        left, _ = _sentence(self.text, m.start(), m.end())
        return _MEASURED_FROM.search(self.text[max(left, m.start() - 60):m.start()]) is not None

    def future(self, m: re.Match[str]) -> bool:
        """The sentence speaks of what is to come ("will meet on Tuesday", "said talks would
        resume on Wednesday")."""
        left, right = _sentence(self.text, m.start(), m.end())
        if _DUE.search(self.text, max(left, m.start() - 12), m.start()):
            return True  # "the vote due on March 3": when it is to be, whatever the verb
        if p.SAID_ON.search(self.text[max(left, m.start() - 40):m.start()]):
            return False  # "said on Wednesday it will ...": the saying's day, past
        if p.MADE_ON.search(self.text[max(left, m.start() - 60):m.start()]):
            return False  # "under the deal reached on Monday, X will free 30": made, past
        if any(not _a_later_clause(self.text, m.end(), f.start())
               for f in p.FUTURE.finditer(self.text, left, right)):
            return True
        return bool(p.WOULD.search(self.text[left:m.start()]))

    def year_for(self, month: int, day: int | None, m: re.Match[str]) -> tuple[int | None,
                                                                                 Resolution]:
        """The year of a month (and day) written without one: the year heading the timeline
        entry it is in, else the publication's (or the one before), else a year written
        shortly before."""
        heading = next((y for at, y in reversed(self._headings) if at < m.start()), None)
        if heading is not None:
            return heading, IN_TEXT
        same = self.sentence_year(m)
        if same is not None:
            return same, IN_TEXT
        if self._year is not None and _THAT_YEAR.match(self.text, m.end()):
            return self._year[0], IN_TEXT  # "In December 2029 ... since March of that year"
        restated = self._restated(month, day, m)
        if restated is not None:
            return restated, IN_TEXT
        story = self._story_year(month, day)
        if story is not None:
            return story, IN_TEXT
        if self.published is not None:
            year = self.published.year
            probe = date(year, month, min(day or 1, 28))
            if probe > self.published and not self.future(m):
                year -= 1
            elif probe < self.published - timedelta(days=180) and self.future(m):
                year += 1
            return year, PUBLISHED
        anchor = self.anchor_year(m)
        if anchor is not None:
            return anchor, IN_TEXT
        return None, UNRESOLVED

    def _restated(self, month: int, day: int | None, m: re.Match[str]) -> int | None:
        """ "Four days later, on May 31": a day written just after the day told, that names
        the same day of the month, restates it, so it is of that day's year."""
        if self._reckoned is None or day is None:
            return None
        last, end = self._reckoned
        if last.month != month or last.day != day or m.start() - end > 6:
            return None
        return last.year if _RESTATING.search(self.text, max(0, m.start() - 14),
                                              m.start()) else None

    def _story_day(self) -> date | None:
        """The day the story goes on from, where it is written, when what follows may take
        its year: not a day that opens a stretch ("held since June 2, 2029") nor a
        detention's ("arrested on February 24, 2029. On May 26 he was freed": people are
        held for years, the release may be of the report's year)."""
        last, told_at = self.last_day, self._told_at
        if last is None or told_at is None or told_at[0] != last:
            return None
        if _SINCE.search(self.text, max(0, told_at[1][0] - 8), told_at[1][0]):
            return None
        left, right = _sentence(self.text, *told_at[1])
        return None if _HELD_FROM.search(self.text, left, right) else last

    def _story_month_year(self, month: int) -> int | None:
        """ "In the small hours of June 25, 2029, raiders overran the post. Before June was
        out, the raiders named their price": a month written without its year, the month of
        the day the story goes on from or one of the next two, is of that day's year where
        the publication's year would put it months before the report (``_story_year`` for a
        day, with the same exceptions)."""
        out = self.published
        last = self._story_day()
        if out is None or last is None:
            return None
        year = out.year if month <= out.month else out.year - 1
        if year == last.year or out - date(year, month, 1) <= _FRESH:
            return None
        first = date(last.year, month, 1)
        return last.year if last.replace(day=1) <= first <= last + _STORY_STEP else None

    def _story_year(self, month: int, day: int | None) -> int | None:
        """ "The two men signed the accord on September 17, 2030. ... On October 15 the five
        landed": a day written without its year, weeks after the day the story goes on
        from, is of that day's year (a story told in order), where the publication's year
        would put it months before the report and a year or more after that day (a look
        back written long after). Not after a day that opens a stretch ("held since June 2,
        2029") or a detention ("arrested on June 2, 2029"): what follows it may be recent."""
        out = self.published
        if day is None or out is None:
            return None
        last = self._story_day()
        if last is None or not _valid(last.year, month, day):
            return None
        told = date(last.year, month, day)
        year = out.year if date(out.year, month, min(day, 28)) <= out else out.year - 1
        if year == last.year or not _valid(year, month, day):
            return None
        read = date(year, month, day)
        if last <= told <= last + _STORY_STEP and out - read > _FRESH:
            return last.year
        return None

    # -- explicit and partly explicit ------------------------------------------------------
    def _day(self, m: re.Match[str]) -> TimeExpr | None:
        g = m.groupdict()
        month = int(g["m"]) if g.get("m") else p.MONTHS.get(g["mon"].lower().rstrip("."))
        if month is None:
            return None
        day = int(g["day"])
        if month > 12 and day <= 12 and g.get("sep") == "/":
            month, day = day, month  # US order: 02/13/1998
        if not _valid(2000, month, day):
            return None
        return self._on_day(m, month, day, g.get("year"), g.get("day2"))

    def _holiday(self, m: re.Match[str]) -> TimeExpr | None:
        """ "On New Year's Day", "on Christmas Eve 2029": the day the feast falls on, read as
        that day written with its month and day."""
        month, day = p.HOLIDAYS[m["hol"].lower().replace("’", "'")]
        return self._on_day(m, month, day, m["year"])

    def _on_day(self, m: re.Match[str], month: int, day: int, written: str | None,
                day2: str | None = None) -> TimeExpr | None:
        """A day of a month, its year written or not (``day2``: the last day of a span,
        "May 3-5"), as the day the story goes on from when it is not still to come."""
        if written:
            year: int | None = int(written)
            how = EXPLICIT
            self.saw_year(int(written), m)
        else:
            year, how = self.year_for(month, day, m)
            year = self._year_of_weekday(year, month, day, m)
        until = None
        if day2 and int(day2) > day and _valid(2000, month, int(day2)):
            until = (f"{year:04d}" if year else "XXXX") + f"-{month:02d}-{int(day2):02d}"
        if year is None:
            return self.mk(m, f"XXXX-{month:02d}-{day:02d}", Precision.DAY, how, until=until)
        if not _valid(year, month, day):
            return None
        told = date(year, month, day)
        # a day still to come ("the charges would be dropped on May 3") is no day the text
        # goes on from: "In the afternoon, the court discharged her" is not its
        to_come = self.published is not None and told > self.published or (
            self.published is None and self.future(m))
        if not to_come and not self._measured_from(m):
            if not self._looks_back(told, m):
                self.last_day = told
            before = self._told_at
            self.stretch_start = before[0] if before is not None and a_stretch(
                self.text, before[1], (m.start(), m.end())) else None
            self._told_at = (told, (m.start(), m.end()))
            self.last_told = told
        return self.mk(m, told.isoformat(), Precision.DAY, how, until=until)

    def _year_of_weekday(self, year: int | None, month: int, day: int,
                         m: re.Match[str]) -> int | None:
        """ "Sunday, January 19" without a year: of the years next to the report's, the one
        whose January 19 is a Sunday, when the year read otherwise has it another day."""
        named = p.WEEKDAY_BEFORE.search(self.text[max(0, m.start() - 14):m.start()]) or (
            p.WEEKDAY_OPENS.match(self.text, m.start()))
        if named is None or year is None or self.published is None:
            return year
        weekday = p.WEEKDAYS[named["wd"].lower()]
        if _valid(year, month, day) and date(year, month, day).weekday() == weekday:
            return year
        near = [y for y in (self.published.year, self.published.year - 1,
                            self.published.year + 1)
                if _valid(y, month, day) and date(y, month, day).weekday() == weekday
                and abs((date(y, month, day) - self.published).days) <= _HALF_YEAR]
        return near[0] if near else year

    def _month_year(self, m: re.Match[str]) -> TimeExpr:
        year = int(m["year"])
        self.saw_year(year, m)
        month = p.MONTHS[m["mon"].lower().rstrip(".")]
        return self.mk(m, f"{year:04d}-{month:02d}", Precision.MONTH, EXPLICIT)

    def _season_year(self, m: re.Match[str]) -> TimeExpr:
        year = int(m["year"])
        self.saw_year(year, m)
        return self.mk(m, f"{year}-{p.SEASONS[m['season'].lower()]}", Precision.SEASON,
                       EXPLICIT)

    def _quarter(self, m: re.Match[str]) -> TimeExpr | None:
        g = m.groupdict()
        ord_ = g["ord"].lower()
        if ord_[0] in "qh":
            letter, n = ord_[0].upper(), int(ord_[1])
        else:
            letter, n = ("Q" if g["unit"].lower() == "quarter" else "H"), p.ORDINALS[ord_]
        if letter == "H" and n > 2:
            return None
        written = g.get("year") or g.get("year2")
        months = 3 if letter == "Q" else 6
        if written:
            self.saw_year(int(written), m)
            return self.mk(m, f"{written}-{letter}{n}", Precision.QUARTER, EXPLICIT)
        pub = self.published
        if g.get("mod") and pub is not None:
            year = pub.year + {"this": 0, "last": -1, "next": 1}[g["mod"].lower()]
            return self.mk(m, f"{year}-{letter}{n}", Precision.QUARTER, PUBLISHED)
        if letter == "H" and "the year" not in m.group(0).lower():
            return None  # "the second half" of a match
        if pub is None:
            anchor = self.anchor_year(m)
            value = f"{anchor}-{letter}{n}" if anchor else f"XXXX-{letter}{n}"
            return self.mk(m, value, Precision.QUARTER, IN_TEXT if anchor else UNRESOLVED)
        year = pub.year
        if date(year, (n - 1) * months + 1, 1) > pub and not self.future(m):
            year -= 1
        return self.mk(m, f"{year}-{letter}{n}", Precision.QUARTER, PUBLISHED)

    def _fiscal(self, m: re.Match[str]) -> TimeExpr:
        self.saw_year(int(m["year"]), m)
        return self.mk(m, f"FY{m['year']}", Precision.YEAR, EXPLICIT)

    def _decade(self, m: re.Match[str]) -> TimeExpr:
        g = m.groupdict()
        if g.get("cent"):
            return self.mk(m, f"{g['cent']}{g['dec']}", Precision.DECADE, EXPLICIT)
        d = int(g.get("dec2") or g.get("dec3") or 0)
        if self.published is not None:
            cent = "20" if 2000 + 10 * d <= self.published.year else "19"
            return self.mk(m, f"{cent}{d}", Precision.DECADE, PUBLISHED)
        return self.mk(m, f"{'19' if d >= 3 else '20'}{d}", Precision.DECADE, IN_TEXT)

    def _century(self, m: re.Match[str]) -> TimeExpr | None:
        n = int(m["n"]) if m["n"] else p.CENTURY_WORDS[m["nw"].lower()]
        if not 1 <= n <= 30:
            return None
        return self.mk(m, f"{n - 1:02d}", Precision.CENTURY, EXPLICIT)

    def _year_expr(self, m: re.Match[str]) -> TimeExpr | None:
        if p.COUNT_WORDS.match(self.text, m.end()):
            return None  # "and 2000 troops"
        self.saw_year(int(m["year"]), m)
        return self.mk(m, m["year"], Precision.YEAR, EXPLICIT)

    def _year_bare(self, m: re.Match[str]) -> TimeExpr | None:
        year = int(m["year"])
        if p.NUMBER_LEAD.search(self.text[max(0, m.start() - 20):m.start()]):
            return None
        if self.published is not None and year > self.published.year + 30:
            return None
        return self._year_expr(m)

    # -- relative to the publication date --------------------------------------------------
    def _month_rel(self, m: re.Match[str]) -> TimeExpr | None:
        mod = m["mod"].lower()
        if m["mon"] in ("May", "March") and (
                mod not in ("in", "since", "until", "by", "last", "next", "early", "late",
                            "through", "from", "during", "between", "mid-", "of", "before",
                            "after", "the end of", "the beginning of", "the start of",
                            "the middle of")
                or self.text[max(0, m.start() - 1):m.start()].isalpha()
                or mod == "of" and _NAME_GOES_ON.match(self.text, m.end())):
            return None  # "may" the verb, "march" the noun; "of March Inc." a name
        month = p.MONTHS[m["mon"].lower()]
        if self._year is not None and _THAT_YEAR.match(self.text, m.end()):
            return self.mk(m, f"{self._year[0]:04d}-{month:02d}", Precision.MONTH, IN_TEXT)
        pub = self.published
        if pub is None:
            anchor = self.anchor_year(m)
            if anchor is not None:
                return self.mk(m, f"{anchor:04d}-{month:02d}", Precision.MONTH, IN_TEXT)
            return self.mk(m, f"XXXX-{month:02d}", Precision.MONTH, UNRESOLVED)
        story = self._story_month_year(month) if mod not in ("this", "last", "next") and (
            not self.future(m)) else None
        if story is not None:
            return self.mk(m, f"{story:04d}-{month:02d}", Precision.MONTH, IN_TEXT)
        year = pub.year
        if mod != "this":
            fut = mod == "next" or (mod != "last" and self.future(m))
            if fut and month < pub.month:
                year += 1
            elif not fut and (month > pub.month or (mod == "last" and month >= pub.month)):
                year -= 1
        return self.mk(m, f"{year:04d}-{month:02d}", Precision.MONTH, PUBLISHED)

    def _month_of(self, m: re.Match[str]) -> TimeExpr:
        if self.published is None:
            return self.mk(m, None, None, UNRESOLVED)
        month = p.MONTHS[m["mon"].lower().rstrip(".")]
        year = self.published.year + {"this": 0, "last": -1, "next": 1}[m["mod"]]
        return self.mk(m, f"{year:04d}-{month:02d}", Precision.MONTH, PUBLISHED)

    def _rel_unit(self, m: re.Match[str]) -> TimeExpr | None:
        mod, unit = m["mod"].lower(), m["unit"].lower()
        if mod in ("last", "previous") and p.DURATION_LEAD.search(
                self.text[max(0, m.start() - 7):m.start()]):
            return None  # "over the last week" is a duration
        base, how = self.published, PUBLISHED
        if mod.startswith("the ") and mod.split()[-1] in ("previous", "following", "next") \
                and self.last_day is not None:
            base, how = self.last_day, IN_TEXT
        if base is None:
            return self.mk(m, None, None, UNRESOLVED)
        shift = _shift_of(mod)
        if unit == "week":
            return self.mk(m, week_of(base + timedelta(weeks=shift)), Precision.WEEK, how)
        if unit == "month":
            y, mo = _month_shift(base.year, base.month, shift)
            return self.mk(m, f"{y:04d}-{mo:02d}", Precision.MONTH, how)
        if unit == "quarter":
            y, mo = _month_shift(base.year, base.month, 3 * shift)
            return self.mk(m, f"{y}-Q{(mo - 1) // 3 + 1}", Precision.QUARTER, how)
        if unit == "decade":
            return self.mk(m, str(base.year // 10 + shift), Precision.DECADE, how)
        if unit == "century":
            return self.mk(m, f"{base.year // 100 + shift:02d}", Precision.CENTURY, how)
        return self.mk(m, str(base.year + shift), Precision.YEAR, how)

    def _weekend(self, m: re.Match[str]) -> TimeExpr | None:
        pub = self.published
        if pub is None:
            return self.mk(m, None, None, UNRESOLVED)
        mod = m["mod"].lower()
        shift = _shift_of(mod)
        if mod == "the" and _WEEKEND_OF.match(self.text, m.end()):
            return self.mk(m, None, None, UNRESOLVED)  # "the weekend before the verdict":
            # another event's weekend, not this week's (a time of its own, left unknown)
        if mod == "the":
            weekend_now = pub.weekday() >= 5
            shift = 0 if weekend_now or self.future(m) else -1
        return self.mk(m, week_of(pub + timedelta(weeks=shift)) + "-WE", Precision.WEEK,
                       PUBLISHED)

    def _part_of(self, m: re.Match[str]) -> TimeExpr | None:
        """"the end of the year": the year (month, week) of the publication date."""
        pub = self.published
        if pub is None:
            return self.mk(m, None, None, UNRESOLVED)
        unit = m["unit"].lower()
        if unit == "week":
            return self.mk(m, week_of(pub), Precision.WEEK, PUBLISHED)
        if unit == "month":
            return self.mk(m, f"{pub.year:04d}-{pub.month:02d}", Precision.MONTH, PUBLISHED)
        return self.mk(m, str(pub.year), Precision.YEAR, PUBLISHED)

    def _season(self, m: re.Match[str]) -> TimeExpr | None:
        if self.published is None:
            return self.mk(m, None, None, UNRESOLVED)
        mod = m["mod"].lower()
        code = p.SEASONS[m["season"].lower()]
        if mod == "the":  # "in the spring": the latest one, or the next when spoken of ahead
            starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
            year = self.published.year
            if self.future(m):
                year += 1 if starts < self.published.month - 2 else 0
            elif starts > self.published.month:
                year -= 1
            return self.mk(m, f"{year}-{code}", Precision.SEASON, PUBLISHED)
        year = self.published.year + _shift_of(mod)
        return self.mk(m, f"{year}-{p.SEASONS[m['season'].lower()]}", Precision.SEASON,
                       PUBLISHED)

    def _in_labelled_entry(self, m: re.Match[str], weekday: int) -> date | None:
        """The day of that name within three days of the day that labels the paragraph the
        weekday is told in (a chronology's entry), if one does."""
        start = max(self.text.rfind("\n", 0, m.start()) + 1, 0)
        label = p.DAY_LABEL.match(self.text, start)
        if label is None:
            return None
        month = p.MONTHS[label["mon"].lower()]
        day = int(label["d2"] or label["d1"])
        year = int(label["y"]) if label["y"] else self.year_for(month, day, label)[0]
        if year is None or not _valid(year, month, day):
            return None
        told = date(year, month, day)
        if label.end() > m.start("wd"):  # the label's own "Thursday and Friday": its days
            near = [told - timedelta(days=k) for k in range(day - int(label["d1"]) + 1)]
        else:
            near = [told + timedelta(days=k) for k in range(-3, 4)]
        found = [d for d in near if d.weekday() == weekday]
        return found[0] if found else None

    def _weekday(self, m: re.Match[str]) -> TimeExpr | None:
        # the word right before the day's name ("every Monday", "Good Friday"), not before
        # its "on" ("95 prisoners each on Tuesday" is a day)
        before = self.text[max(0, m.start("wd") - 8):m.start("wd")]
        if p.WEEKDAY_NAME_BEFORE.search(before) or p.WEEKDAY_NAME_AFTER.match(self.text,
                                                                               m.end()):
            return None
        if p.DATE_FOLLOWS.match(self.text, m.end()):
            return None  # "Wednesday, Feb. 12, 2025": the full date that follows says it
        pre = (m["pre"] or "").strip().lower()
        weekday = p.WEEKDAYS[m["wd"].lower()]
        told = self.last_day
        if told is not None and told.weekday() == weekday and p.DATE_BEFORE.search(
                self.text[max(0, m.start("wd") - 16):m.start("wd")]):
            return self.mk(m, told.isoformat(), Precision.DAY, IN_TEXT)  # "Jan. 12, a Sunday"
        following = pre.endswith(("the following", "the next"))
        if following or pre in ("the", "on the", "that") and not (
                p.WEEKDAY_OF_ANOTHER.match(self.text, m.end())):
            # "the following Saturday": after the day told before; "On the Monday the gunmen
            # let 40 guests leave", "That Monday": the story's, on or after the day told last
            # (not the one before the report)
            if told is not None:
                gap = (weekday - told.weekday()) % 7
                day = told + timedelta(days=gap or (7 if following else 0))
                self.last_day = self.last_told = day
                return self.mk(m, day.isoformat(), Precision.DAY, IN_TEXT)
            if following:
                return self.mk(m, None, None, UNRESOLVED)
        labelled = self._in_labelled_entry(m, weekday)
        if labelled is not None:  # "Thursday and Friday, December 30-31. On Friday ..."
            self.last_day = self.last_told = labelled
            return self.mk(m, labelled.isoformat(), Precision.DAY, IN_TEXT)
        if self.published is None:  # a day told, but not which: "the same day", "two days
            self.last_day = self.last_told = None  # later" after it are of that unknown day,
            # not of the last known
            return self.mk(m, None, None, UNRESOLVED)
        fut = pre == "next" or (pre != "last" and self.future(m))
        day = resolve_weekday(weekday, self.published, fut)
        if m["week"]:  # "Monday of last week": that weekday of the week before the report's
            shift = {"last": -7, "next": 7}.get(m["week"].lower(), 0)
            day = self.published + timedelta(days=weekday - self.published.weekday() + shift)
        elif pre == "last" and (self.published - day).days <= 1:
            day -= timedelta(weeks=1)  # "last Tuesday", said on a Wednesday: not yesterday
            # (which news calls "on Tuesday" or "yesterday") but the week before's
        elif pre == "next" and day.isocalendar()[1] == self.published.isocalendar()[1]:
            day += timedelta(weeks=1)  # "next Thursday", said on a Wednesday: next week's
        if day <= self.published:  # (a day still to come is none the story goes on from:
            # "She is expected home on Tuesday. The deal had been struck the day before")
            if not self._looks_back(day, m):
                self.last_day = day
            self.last_told = day
        if m["part"]:
            return self.mk(m, f"{day.isoformat()}T{p.PARTS[m['part'].lower()]}", Precision.DAY,
                           PUBLISHED, kind="TIME")
        return self.mk(m, day.isoformat(), Precision.DAY, PUBLISHED)

    def _that_part(self, m: re.Match[str]) -> TimeExpr | None:
        """ "that evening", "late that night", "In the afternoon, ...": a part of the day the
        text told last; with no day told before it says nothing. "Earlier in the day" and
        "later in the evening" tell of the day told last (not one still to come), or else of
        the day of the report."""
        if m["part3"]:  # a day told last that is still to come is not the one meant
            told = self.last_day is not None and (
                self.published is None or self.last_day <= self.published)
            day, how = (self.last_day, IN_TEXT) if told else (self.published, PUBLISHED)
            if day is None:
                return None
            word = m["part3"].lower()
            if word == "day":
                return self.mk(m, day.isoformat(), Precision.DAY, how)
            return self.mk(m, f"{day.isoformat()}T{p.PARTS[word]}", Precision.DAY, how,
                           kind="TIME")
        day = self._stretch_begun(m) or self.last_day
        if day is None:
            return None
        part = p.PARTS[(m["part"] or m["part2"]).lower()]
        return self.mk(m, f"{day.isoformat()}T{part}", Precision.DAY, IN_TEXT, kind="TIME")

    def _stretch_begun(self, m: re.Match[str]) -> date | None:
        """ "The handovers went on from 2 March to 9 March. The first forty ... that morning":
        "that day" in a sentence of the first of a stretch told last is the stretch's start."""
        if self.stretch_start is None or self.last_told != self.last_day:
            return None
        sentence = self.text[self.text.rfind(".", 0, m.start()) + 1:m.start()]
        return day_meant(sentence, self.stretch_start)

    def _deictic(self, m: re.Match[str]) -> TimeExpr | None:
        if self.published is None:
            return self.mk(m, None, None, UNRESOLVED)
        word = m["word"].lower()
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1, "the day before yesterday": -2,
                 "the day after tomorrow": 2}.get(word, 0)
        day = self.published + timedelta(days=shift)
        self.last_day = self.last_told = day
        part = m["part"] or (word.split()[-1] if word.startswith(("this ", "last ")) else None)
        if word == "tonight":
            part = "night"
        if part:
            return self.mk(m, f"{day.isoformat()}T{p.PARTS[part.lower()]}", Precision.DAY,
                           PUBLISHED, kind="TIME")
        return self.mk(m, day.isoformat(), Precision.DAY, PUBLISHED)

    def _ordinal_day(self, m: re.Match[str]) -> TimeExpr | None:
        """ "on the 15th": that day of the month of the day told last, else of the report's
        month (or the month before, for a day not yet come when it appeared)."""
        day, told_before = int(m["day"]), self.last_day
        base = told_before or self.published
        if base is None:
            return self.mk(m, None, None, UNRESOLVED)
        y, mo = base.year, base.month
        if told_before is None and day > base.day and not self.future(m):
            y, mo = _month_shift(y, mo, -1)
        if not _valid(y, mo, day):
            return None
        told = date(y, mo, day)
        self.last_day = self.last_told = told
        return self.mk(m, told.isoformat(), Precision.DAY,
                       PUBLISHED if told_before is None else IN_TEXT)

    def _ago(self, m: re.Match[str]) -> TimeExpr | None:
        pub = self.published
        if pub is None:
            return self.mk(m, None, None, UNRESOLVED)
        n = p.number_word(m["n"])
        if n is None:
            return self.mk(m, "PAST_REF", Precision.REF, PUBLISHED)
        unit = m["unit"].lower()
        if m["today"] and unit != "day":  # "two years ago today": that day, years back
            then = _back(pub - timedelta(days=1 if m["today"].lower() == "yesterday" else 0),
                         unit, n)
            if then is not None:
                return self.mk(m, then.isoformat(), Precision.DAY, PUBLISHED)
        if unit == "day":
            return self.mk(m, (pub - timedelta(days=n)).isoformat(), Precision.DAY, PUBLISHED)
        if unit == "week" and n == 1:  # "a week ago": that day last week
            return self.mk(m, (pub - timedelta(weeks=1)).isoformat(), Precision.DAY, PUBLISHED)
        if unit == "week":
            return self.mk(m, week_of(pub - timedelta(weeks=n)), Precision.WEEK, PUBLISHED)
        if unit == "month":
            y, mo = _month_shift(pub.year, pub.month, -n)
            return self.mk(m, f"{y:04d}-{mo:02d}", Precision.MONTH, PUBLISHED)
        years = n * (10 if unit == "decade" else 1)
        if m["this"] and unit == "year":  # "a year ago this week": that week, years back
            leap = pub.month == 2 and pub.day == 29  # no February 29 that year
            then = pub.replace(year=pub.year - years, day=28 if leap else pub.day)
            if m["this"].lower() == "week" and (
                    (then - timedelta(days=3)).month != (then + timedelta(days=3)).month):
                # the anniversary's week, a few days either side: its month is not sure
                return self.mk(m, str(then.year), Precision.YEAR, PUBLISHED)
            return self.mk(m, f"{then.year:04d}-{then.month:02d}", Precision.MONTH, PUBLISHED)
        return self.mk(m, str(pub.year - years), Precision.YEAR, PUBLISHED)

    def _ref(self, m: re.Match[str]) -> TimeExpr | None:
        word = m["ref"].lower()
        if word == "current" and re.match(r"\s+(?:accounts?|affairs|events?|flows?)\b",
                                          self.text[m.end():m.end() + 12], re.I):
            return None
        if word == "the past" and re.match(r"\s+(?:\d|few|several|two|three|four|five|week|"
                                           r"month|year|decade|day)", self.text[m.end():],
                                           re.I):
            return None
        return self.mk(m, p.REFS[word], Precision.REF, PUBLISHED)

    # -- relative to another date of the text ----------------------------------------------
    def _anaphor(self, m: re.Match[str]) -> TimeExpr:
        g = m.groupdict()
        after = self.text[m.end():m.end() + 2].lstrip()
        direction = (g.get("dir") or g.get("dir2") or g.get("dir3") or "").lower()
        if direction in ("after", "before", "of") and after and after[0].isalnum() and not (
                self._just_told(m)):
            # "a day after the incursion": relative to an event, not to a date we know
            return self.mk(m, None, None, UNRESOLVED)
        base = self.last_told
        if g.get("same") or g.get("that"):
            base = self._stretch_begun(m) or base
        unit = (g.get("unit") or "day").lower()
        if base is None and unit == "year" and self._year is not None:
            base = date(self._year[0], 7, 1)
        if base is None:
            return self.mk(m, None, None, UNRESOLVED)
        if g.get("same") or g.get("that"):
            shift = {"same": 0, "next": 1, "following": 1, "previous": -1,
                     "preceding": -1}.get((g.get("same") or "same").lower(), 0)
        elif g.get("dir2") or g.get("dir3"):  # ("the day of the signing" just told: 0)
            shift = {"before": -1, "after": 1}.get(direction, 0)
        else:
            n = p.number_word(g["n"])
            if n is None and unit == "hour":
                n = 0  # "a few hours later": that day
            if n is None:
                return self.mk(m, None, None, UNRESOLVED)
            if unit == "hour":  # "48 hours later": two days; "six hours later": that day
                if n % 24 and n >= 12:
                    return self.mk(m, None, None, UNRESOLVED)  # which day, not told
                n, unit = n // 24, "day"
            shift = -n if direction in ("earlier", "before") else n
        if unit == "month":
            y, mo = _month_shift(base.year, base.month, shift)
            return self.mk(m, f"{y:04d}-{mo:02d}", Precision.MONTH, IN_TEXT)
        if unit == "year":
            return self.mk(m, str(base.year + shift), Precision.YEAR, IN_TEXT)
        day = base + timedelta(days=shift * (7 if unit == "week" else 1))
        self._reckoned = (day, m.end())
        self.last_told = day  # "Six days later, he ... The following day": the day after it
        return self.mk(m, day.isoformat(), Precision.DAY, IN_TEXT)

    def _just_told(self, m: re.Match[str]) -> bool:
        """ "On 31 August A and B signed the accord. The day after the signing, ...": the
        event after "after" is one the text just told, by the same word's stem, and so on the
        day told last (within the sentence or two before)."""
        noun = _EVENT_AFTER.match(self.text, m.end())
        if noun is None or self.last_told is None:
            return False
        stem = noun.group(1).lower()
        stem = stem[:-3] if stem.endswith("ing") and len(stem) > 5 else stem[:5]
        before = self.text[max(0, m.start() - _JUST_BEFORE):m.start()].lower()
        return len(stem) >= 3 and re.search(rf"\b{re.escape(stem)}", before) is not None

    def resolve(self, kind: str, m: re.Match[str]) -> TimeExpr | None:
        return self.handlers[kind](m)


_HALF_YEAR = 183  # a weekday moves a date's year only to a day this near the report


# The head words of the names of movements and armed groups named for a day: "the 23 March
# Movement", "the April 6 Youth Movement", "the 26th of July Movement".
_BODY_HEADS = ("Movement", "Front", "Organization", "Organisation", "Brigade", "Brigades",
               "Group", "Party", "Alliance", "Army", "Coalition", "Commando", "Command")
_BODY_AFTER = re.compile(r"\s+(?:[A-Z][\w'-]*\s+){0,3}(?:" + "|".join(_BODY_HEADS) + r")\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def names_a_body(text: str, start: int, end: int) -> bool:
    """The date is the first words of a body's name: "the" before it, and capitalised words
    ending in a head word like "Movement" after it ("the October 9 Liberation Movement";
    not "On October 9 Revolutionary Guards attacked")."""
    the = _THE_BEFORE.search(text[max(0, start - 8):start]) or text[start:start + 4].lower() \
        == "the "
    return bool(the and _BODY_AFTER.match(text, end))


def find_dates(text: str, published: date | None) -> list[TimeExpr]:
    """Every date expression of a text, non-overlapping, in order, each resolved if it can be.

    Where two expressions overlap, the one that starts first wins, then the longer one. Month
    names in capitals ("DEC. 7 -- ...") are read as names; each expression keeps its own text."""
    given = text
    text = p.capitalised(text)
    spans: list[tuple[int, int, int, str, re.Match[str]]] = []
    low = text.lower()
    for order, (kind, pattern) in enumerate(p.PATTERNS):
        needs = p.NEEDS.get(kind)
        if needs and not any(word in low for word in needs):
            continue
        for m in pattern.finditer(text):
            spans.append((m.start(), -(m.end() - m.start()), order, kind, m))
    spans.sort(key=lambda s: s[:3])
    resolver = _Resolver(text, published)
    out: list[TimeExpr] = []
    end = -1
    for start, _, _, kind, m in spans:
        if start < end:
            continue
        if names_a_body(text, m.start(), m.end()):
            end = m.end()  # "the October 9 Liberation Movement": a name, no day
            continue
        found = resolver.resolve(kind, m)
        if found is not None:
            if text != given:
                found = replace(found, text=given[found.start:found.end])
            out.append(found)
            end = m.end()
    return out
