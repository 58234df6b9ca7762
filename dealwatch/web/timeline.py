"""The timeline as data: each event with the days it covers, filters, and axis ticks.

An event dated to a day covers that day; one dated only to a month or a year covers the whole
month or year, and is drawn as a span. An event without a calendar date is listed apart, never
placed on a guessed day.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from dealwatch.model import Event, EventType
from dealwatch.render import event_summary, events_by_date
from dealwatch.web.bounds import read_date
from dealwatch.web.snapshot import Snapshot

EPOCH = date(1970, 1, 1)
# Okabe-Ito based: distinguishable with the common colour-vision deficiencies.
TYPE_COLOURS: dict[EventType, str] = {
    EventType.RELEASE: "#009e73",
    EventType.SANCTIONS_RELIEF: "#0072b2",
    EventType.SANCTIONS_IMPOSED: "#d55e00",
    EventType.MEETING: "#e69f00",
    EventType.CALL: "#4aa3d8",
    EventType.LETTER: "#cc79a7",
    EventType.DEMAND: "#8c6d1f",
    EventType.PROMISE: "#6a4c93",
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def type_label(t: EventType | str) -> str:
    """'sanctions_relief' -> 'sanctions relief'."""
    return (t.value if isinstance(t, EventType) else t).replace("_", " ")


def covered_days(value: str | None) -> tuple[date, date] | None:
    """First and last day a calendar value covers ('2024-03' -> Mar 1..31), else None."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            day = date(parts[0], parts[1], parts[2])
            return day, day
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        if len(parts) == 1 and len(value) == 4:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None
    return None


def day_number(d: date) -> int:
    """Days since 1970-01-01 (what the browser code positions by)."""
    return (d - EPOCH).days


def from_day_number(n: int) -> date:
    return EPOCH + timedelta(days=n)


def actors(e: Event) -> list[str]:
    """Who acted in an event: the side that acted, the one acted upon, the participants."""
    return list(dict.fromkeys(n for n in (e.by, e.to, *e.participants) if n))


@dataclass(frozen=True)
class Filters:
    """What the timeline shows: event types (none: all), one actor, one outlet, a range."""

    types: tuple[str, ...] = ()
    actor: str | None = None
    outlet: str | None = None
    start: date | None = None
    end: date | None = None

    def keeps(self, e: Event, outlets: list[str]) -> bool:
        if self.types and e.type.value not in self.types:
            return False
        if self.actor and self.actor not in actors(e):
            return False
        return not (self.outlet and self.outlet not in outlets)

    def in_range(self, first: date, last: date) -> bool:
        return not ((self.start and last < self.start) or (self.end and first > self.end))

    def to_dict(self) -> dict[str, Any]:
        return {"types": list(self.types), "actor": self.actor, "outlet": self.outlet,
                "from": self.start.isoformat() if self.start else None,
                "to": self.end.isoformat() if self.end else None}


def parse_bound(value: str | None, last: bool = False) -> date | None:
    """A range bound from '2024', '2024-03', '2024-03-13' or a form like 'Nov 2023' (the last
    day when ``last``); None when unreadable."""
    try:
        first, final, _ = read_date(value or "")
    except ValueError:
        return None
    return final if last else first


def item(e: Event, snap: Snapshot) -> dict[str, Any]:
    """One event as the timeline draws it."""
    outlets = list(dict.fromkeys(snap.label(s.document) for s in e.sources))
    days = covered_days(e.date)
    out: dict[str, Any] = {
        "id": e.id, "type": e.type.value, "label": type_label(e.type),
        "status": e.status.value, "summary": event_summary(e),
        "what": event_summary(replace(e, date=None)), "date": e.date,
        "precision": e.date_precision, "date_text": e.date_text,
        "background": e.background, "actors": actors(e), "outlets": outlets,
        "start": None, "end": None, "start_day": None, "end_day": None,
    }
    if days:
        out.update(start=days[0].isoformat(), end=days[1].isoformat(),
                   start_day=day_number(days[0]), end_day=day_number(days[1]))
    return out


def all_items(snap: Snapshot) -> list[tuple[Event, dict[str, Any]]]:
    """Every event with its timeline item, by date (made once per snapshot)."""
    return snap.memoized(  # type: ignore[no-any-return]
        "timeline", lambda: [(e, item(e, snap)) for e in events_by_date(snap.ledger.events)])


def timeline_items(snap: Snapshot, filters: Filters) -> tuple[list[dict[str, Any]],
                                                              list[dict[str, Any]]]:
    """The dated items (by date) and the undated ones that pass the filters."""
    dated, undated = [], []
    for e, it in all_items(snap):
        if not filters.keeps(e, it["outlets"]):
            continue
        if it["start"] is None:
            undated.append(it)
        elif filters.in_range(date.fromisoformat(it["start"]), date.fromisoformat(it["end"])):
            dated.append(it)
    return dated, undated


def choices(snap: Snapshot) -> dict[str, list[str]]:
    """Every type, actor and outlet the filters can choose."""
    def make() -> dict[str, list[str]]:
        items = [it for _, it in all_items(snap)]
        acts = sorted({a for it in items for a in it["actors"]}, key=str.casefold)
        outlets = sorted({o for it in items for o in it["outlets"]}, key=str.casefold)
        return {"types": [t.value for t in EventType], "actors": acts, "outlets": outlets}
    return snap.memoized("choices", make)  # type: ignore[no-any-return]


def domain(items: Iterable[dict[str, Any]]) -> tuple[int, int] | None:
    """The days the items span, padded a little so that marks do not touch the edges."""
    starts = [it["start_day"] for it in items if it["start_day"] is not None]
    if not starts:
        return None
    first = min(starts)
    last = max(it["end_day"] for it in items if it["end_day"] is not None)
    pad = max(15, (last - first) // 30)
    return first - pad, last + pad


def ticks(first: int, last: int, most: int = 12) -> list[tuple[int, str]]:
    """Axis ticks between two day numbers: years, quarters, months or days, at most ``most``."""
    span = max(1, last - first)
    a, b = from_day_number(first), from_day_number(last)
    if span > 365 * 2:
        step = max(1, -(-(b.year - a.year + 1) // most))
        return [(day_number(date(y, 1, 1)), str(y)) for y in range(a.year, b.year + 1)
                if date(y, 1, 1) >= a and (y - a.year) % step == 0]
    if span > 45:
        months = []
        y, m = a.year, a.month
        while date(y, m, 1) <= b:
            if date(y, m, 1) >= a:
                months.append(date(y, m, 1))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        step = max(1, -(-len(months) // most))
        return [(day_number(d), MONTHS[d.month - 1] + (f" {d.year}" if d.month == 1 or i == 0
                                                       else ""))
                for i, d in enumerate(months[::step])]
    step = max(1, -(-span // most))
    return [(n, f"{from_day_number(n).day} {MONTHS[from_day_number(n).month - 1]}")
            for n in range(first, last + 1, step)]


def picture_note(dated: list[dict[str, Any]], undated: list[dict[str, Any]]) -> str:
    """The line under a timeline picture's title: what it shows and what it leaves out."""
    outlets = len({o for it in dated for o in it["outlets"]})
    return (f"{len(dated)} dated event{'' if len(dated) == 1 else 's'} from {outlets} "
            f"outlet{'' if outlets == 1 else 's'}; {len(undated)} undated not shown")
