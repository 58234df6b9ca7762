"""Totals of one deal a monitor can cite, and the outlets' own totals beside them.

Per side: the people freed (named and unnamed), the releases and those that gave no number
(counted apart, never guessed), the largest demand, the promised, and the running total
release by release. A total an outlet states ("Hamas has now freed 58 people") is set beside
what the ledger's releases of that side add up to at the same point; where they differ the
deal shows it as a disagreement, each outlet's number with its source and the ledger's sum
with the number of releases it is made of.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from dealwatch.deals.rounds import SideOf, people_freed
from dealwatch.model import (
    NO_DEAL,
    Conflict,
    ConflictValue,
    Event,
    EventType,
    StatedCount,
    StatedTotal,
    Status,
)


def _releases(events: Iterable[Event]) -> list[Event]:
    out = [e for e in events if e.type == EventType.RELEASE and e.status == Status.OCCURRED
           and not e.background]
    out.sort(key=lambda e: (e.date is None, e.date or "", e.id))
    return out


def deal_totals(events: list[Event], side_of: SideOf) -> dict[str, Any]:
    """People freed per side (named, unnamed, releases without a number), the largest demand,
    the promised, and the running total release by release."""
    freed: dict[str, dict[str, int]] = defaultdict(
        lambda: {"people": 0, "named": 0, "unnamed": 0, "releases": 0,
                 "releases_without_count": 0})
    named: dict[str, set[str]] = defaultdict(set)
    for e in _releases(events):
        side = side_of(e) or NO_DEAL
        row = freed[side]
        row["releases"] += 1
        if e.count is None and not e.persons:
            row["releases_without_count"] += 1
        row["people"] += people_freed(e)
        row["unnamed"] += max(0, people_freed(e) - len(e.persons))
        named[side].update(e.persons)
    for side, people in named.items():
        freed[side]["named"] = len(people)
    demanded: dict[str, int] = {}
    promised: dict[str, int] = {}
    for e in events:
        side = side_of(e) or NO_DEAL
        if e.type == EventType.DEMAND and e.count is not None:
            demanded[side] = max(demanded.get(side, 0), e.count)
        elif e.type == EventType.PROMISE and e.count is not None:
            promised[side] = promised.get(side, 0) + e.count
    return {"freed": dict(freed), "demanded": demanded, "promised": promised,
            "running": running(events, side_of)}


def running(events: list[Event], side_of: SideOf) -> list[dict[str, object]]:
    """Freed so far per side, release by release, in date order (undated releases last)."""
    out: list[dict[str, object]] = []
    sums: dict[str, int] = defaultdict(int)
    for e in _releases(events):
        side = side_of(e) or NO_DEAL
        sums[side] += people_freed(e)
        out.append({"event": e.id, "date": e.date, "side": side, "count": e.count,
                    "freed_so_far": sums[side]})
    return out


def stated_counts(events: list[Event], side_of: SideOf,
                  stated: list[tuple[StatedTotal, str, str | None, date | None]]
                  ) -> list[StatedCount]:
    """Each stated total (with its side resolved, outlet and publication day) beside the
    ledger's sum of that side's releases up to the day the total stood."""
    out = []
    releases = _releases(events)
    for total, side, outlet, published in stated:
        until = total.date.value if total.date and total.date.value else (
            published.isoformat() if published else None)
        since = total.since.value if total.since and total.since.value else None
        counted = [e for e in releases if side_of(e) == side
                   and not (until and e.date and e.date[:len(until)] > until)
                   and not (since and e.date and e.date < since[:len(e.date)])]
        out.append(StatedCount(side, total.count, total.document, outlet, total.evidence,
                               sum(people_freed(e) for e in counted), len(counted), until))
    return out


def total_conflicts(deal: str, stated: list[StatedCount]) -> list[Conflict]:
    """Where the outlets' totals for a side differ from the ledger's sum at the same point
    (the releases up to the day each total stood): one disagreement per side and point, each
    outlet's number with its document, and the ledger's sum."""
    out = []
    at_point: dict[tuple[str, int, int], list[StatedCount]] = defaultdict(list)
    for s in stated:
        at_point[(s.side, s.ledger_count, s.ledger_releases)].append(s)
    for (side, ours, releases), rows in sorted(at_point.items()):
        if {r.count for r in rows} == {ours}:
            continue
        values: dict[str, list[str]] = defaultdict(list)
        for r in rows:
            values[f"{r.count} ({r.outlet})" if r.outlet else str(r.count)].append(r.document)
        plural = "s" if releases != 1 else ""
        out.append(Conflict(
            "total freed",
            (*(ConflictValue(v, tuple(dict.fromkeys(d))) for v, d in values.items()),
             ConflictValue(f"{ours} (the ledger's sum of {releases} release{plural})", ())),
            deal,
            f"people freed by {side}: outlets say " + ", ".join(values)
            + f"; the ledger counts {ours} from {releases} release{plural}",
        ))
    return out
