"""Ledger: merged events in, the exchange as rounds, running totals and promises kept out.

A round is a set of concessions tied together: a release and the sanctions relief (or the
counter-release) that an article links to it with words such as "in exchange for" or "in
return", or that happened on the same day. Totals count people freed per releasing side,
with the events that gave no number counted apart rather than guessed.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from dealwatch.model import (
    Event,
    EventType,
    Evidence,
    PromiseCheck,
    Round,
    Status,
)
from dealwatch.resolve import Sides

CONCESSIONS = (EventType.RELEASE, EventType.SANCTIONS_RELIEF)


def _docs(e: Event) -> set[str]:
    return {s.document for s in e.sources}


def _near(a: Event, b: Event) -> tuple[int, Evidence] | None:
    """How far before a's link sentence b is told in the same article (after counts double:
    "in return" looks back), with the quote holding the link."""
    best: tuple[int, Evidence] | None = None
    for sa in a.sources:
        for sb in b.sources:
            if sa.document == sb.document:
                gap = sa.start - sb.start if sb.start <= sa.start else 2 * (sb.start - sa.start)
                if best is None or gap < best[0]:
                    best = (gap, sa if a.link else sb)
    return best


def _pairs(moves: list[Event], sides: Sides) -> list[tuple[int, int, Evidence]]:
    """Concessions tied together: each move with a link phrase takes the nearest move of the
    other side in its article; moves of different sides on the same day are tied too."""
    # Only moves told in a shared article or on the same full day can be tied: index them
    # by both, so each move meets those few rather than every move (the same pairs, in the
    # same order, as a scan of all of them).
    by_doc: dict[str, set[int]] = defaultdict(set)
    by_day: dict[str, set[int]] = defaultdict(set)
    for j, b in enumerate(moves):
        for doc in _docs(b):
            by_doc[doc].add(j)
        if b.date and len(b.date) == 10:
            by_day[b.date].add(j)
    side = [sides.of(m.by) for m in moves]
    out = []
    for i, a in enumerate(moves):
        candidates = []
        near_ones = set(by_day.get(a.date, ())) if a.date and len(a.date) == 10 else set()
        for doc in _docs(a):
            near_ones |= by_doc[doc]
        for j in sorted(near_ones):
            b = moves[j]
            if i == j or side[i] == side[j] and a.by is not None:
                continue
            if a.date and b.date and a.date[:7] != b.date[:7]:
                continue  # different months are different rounds
            if a.date and b.date and len(a.date) == len(b.date) == 10 and a.date == b.date:
                out.append((i, j, a.sources[0]))
                continue
            near = _near(a, b)
            if a.link and near is not None and near[0] <= 800:
                candidates.append((near[0], j, near[1]))
        if candidates:
            _, j, ev = min(candidates, key=lambda c: c[0])
            out.append((i, j, ev))
    return out


def build_rounds(events: list[Event], sides: Sides) -> list[Round]:
    """Group the concessions that happened into rounds, earliest first."""
    moves = [e for e in events
             if e.type in CONCESSIONS and e.status == Status.OCCURRED and not e.background]
    parent = list(range(len(moves)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links: dict[int, list[Evidence]] = defaultdict(list)
    for i, j, ev in _pairs(moves, sides):
        parent[find(i)] = find(j)
        links[i].append(ev)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(moves)):
        groups[find(i)].append(i)
    rounds = [_round([moves[i] for i in members], [ev for i in members for ev in links[i]],
                     sides) for members in groups.values()]
    rounds.sort(key=lambda r: (r.date is None, r.date or ""))
    return rounds


def _describe(e: Event) -> str:
    if e.type == EventType.RELEASE:
        who = f"{e.count} freed" if e.count is not None else "people freed (number not given)"
        if e.persons:
            who += " incl. " + ", ".join(e.persons[:4])
        return who
    targets = ", ".join(e.targets) if e.targets else "unspecified targets"
    return f"sanctions eased on {targets}"


def _round(members: list[Event], links: list[Evidence], sides: Sides) -> Round:
    gave: dict[str, list[str]] = defaultdict(list)
    parts: dict[str, list[str]] = defaultdict(list)
    for e in members:
        side = sides.of(e.by) or "unknown side"
        gave[side].append(e.id)
        parts[side].append(_describe(e))
    dates = sorted(e.date for e in members if e.date)
    summary = " ↔ ".join(f"{side}: {'; '.join(p)}" for side, p in sorted(parts.items()))
    rid = "rd-" + hashlib.sha1(":".join(sorted(e.id for e in members)).encode()).hexdigest()[:10]
    return Round(
        id=rid,
        date=dates[0] if dates else None,
        gave={k: tuple(v) for k, v in sorted(gave.items())},
        summary=summary,
        links=tuple(dict.fromkeys(links)),
    )


def totals(events: list[Event], sides: Sides) -> dict[str, object]:
    """People freed per side (with uncounted releases apart), demanded, promised."""
    freed: dict[str, dict[str, int]] = defaultdict(
        lambda: {"people": 0, "releases": 0, "releases_without_count": 0})
    demanded: dict[str, int] = {}
    promised: dict[str, int] = {}
    for e in events:
        side = sides.of(e.by) or "unknown side"
        if e.type == EventType.RELEASE and e.status == Status.OCCURRED:
            row = freed[side]
            row["releases"] += 1
            if e.count is not None:
                row["people"] += e.count
            elif e.persons:
                row["people"] += len(e.persons)
            else:
                row["releases_without_count"] += 1
        elif e.type == EventType.DEMAND and e.count is not None:
            demanded[side] = max(demanded.get(side, 0), e.count)
        elif e.type == EventType.PROMISE and e.count is not None:
            promised[side] = promised.get(side, 0) + e.count
    running = _running(events, sides)
    return {"freed": dict(freed), "demanded": demanded, "promised": promised,
            "running": running}


def _running(events: list[Event], sides: Sides) -> list[dict[str, object]]:
    """Freed so far per side, release by release, in date order (undated releases last)."""
    out: list[dict[str, object]] = []
    sums: dict[str, int] = defaultdict(int)
    releases = [e for e in events if e.type == EventType.RELEASE and e.status == Status.OCCURRED]
    releases.sort(key=lambda e: (e.date is None, e.date or ""))
    for e in releases:
        side = sides.of(e.by) or "unknown side"
        sums[side] += e.count if e.count is not None else len(e.persons)
        out.append({"event": e.id, "date": e.date, "side": side, "count": e.count,
                    "freed_so_far": sums[side]})
    return out


def check_promises(events: list[Event], sides: Sides) -> list[PromiseCheck]:
    """Each promise, and the later events of the same side that delivered it."""
    out = []
    done = [e for e in events if e.type in CONCESSIONS and e.status == Status.OCCURRED]
    for p in (e for e in events if e.type == EventType.PROMISE):
        side = sides.of(p.by)
        hits = [d for d in done if side and sides.of(d.by) == side and _delivers(p, d)]
        if hits:
            reason = "delivered by " + ", ".join(_describe(d) for d in hits)
            out.append(PromiseCheck(p.id, p.by, p.what, True, tuple(d.id for d in hits), reason))
        else:
            out.append(PromiseCheck(p.id, p.by, p.what, None, (), "no delivery reported yet"))
    return out


def _delivers(promise: Event, done: Event) -> bool:
    if promise.date and done.date and done.date < promise.date[: len(done.date)]:
        return False
    if promise.persons and set(promise.persons) & set(done.persons):
        return True
    if promise.targets and done.type == EventType.SANCTIONS_RELIEF:
        return bool({t.lower() for t in promise.targets} & {t.lower() for t in done.targets})
    if promise.count is not None and done.count is not None and done.type == EventType.RELEASE:
        return done.count >= promise.count
    return False
