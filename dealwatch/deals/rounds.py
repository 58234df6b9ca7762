"""Rounds of one deal: the concessions of its two sides tied together, each saying why.

A release and the sanctions relief (or the counter-release) are one round when an article
links them with words such as "in exchange for" or "in return" (a link phrase), when one
article tells exactly one move of each side in the same month (one article, one deal), or
when the two sides moved on the same day. A concession tied to nothing is a round of one side,
shown as having no counterpart reported, never as a two-sided round. Only a link phrase ties
a move whose side is not stated; the round then shows it as "side not stated".
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from datetime import date

from dealwatch.model import NO_DEAL, Event, EventType, Evidence, Round, Status, Tie
from dealwatch.unionfind import UnionFind

SideOf = Callable[[Event], str | None]  # the deal's side an event's actor is, if told

CONCESSIONS = (EventType.RELEASE, EventType.SANCTIONS_RELIEF)
_STRENGTH = {Tie.LINK: 3, Tie.ARTICLE: 2, Tie.DAY: 1, Tie.NONE: 0}
LINK_REACH = 800  # characters: a link phrase ties the other side's nearest move within this


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


def _months_apart(a: Event, b: Event) -> bool:
    return bool(a.date and b.date and a.date[:7] != b.date[:7])


def _pairs(moves: list[Event], side_of: SideOf) -> list[tuple[int, int, Tie, Evidence]]:
    """Concessions tied together, with what ties them."""
    # Only moves told in a shared article or on the same full day can be tied: index them
    # by both, so each move meets those few rather than every move.
    by_doc: dict[str, set[int]] = defaultdict(set)
    by_day: dict[str, set[int]] = defaultdict(set)
    for j, b in enumerate(moves):
        for doc in sorted(_docs(b)):  # in one order whatever the hash seed: ties come out so
            by_doc[doc].add(j)
        if b.date and len(b.date) == 10:
            by_day[b.date].add(j)
    side = [side_of(m) for m in moves]
    out: list[tuple[int, int, Tie, Evidence]] = []
    for i, a in enumerate(moves):
        if side[i] is not None and a.date and len(a.date) == 10:
            out.extend((i, j, Tie.DAY, a.sources[0]) for j in sorted(by_day[a.date])
                       if side[j] is not None and side[j] != side[i])
    paired = {i for i, _, _, _ in out}
    for i, a in enumerate(moves):
        if not a.link:
            continue
        candidates = []
        near_ones: set[int] = set()
        for doc in _docs(a):
            near_ones |= by_doc[doc]
        for j in sorted(near_ones):
            b = moves[j]
            # a link phrase ties even a move whose side is not stated ("Nine were freed. In
            # return, X eased sanctions"), but never two moves of one side, or of none
            if i == j or side[i] == side[j] \
                    or not _days_close(a, b, i in paired or j in paired):
                continue
            near = _near(a, b)
            if near is not None and near[0] <= LINK_REACH:
                candidates.append((near[0], j, near[1]))
        if candidates:
            _, j, ev = min(candidates, key=lambda c: c[0])
            out.append((i, j, Tie.LINK, ev))
    out.extend(_one_article(moves, side, by_doc, paired))
    return out


def _days_close(a: Event, b: Event, either_paired: bool) -> bool:
    """Two moves can be one round: the same month, and, both on full days, the same day or
    the next (a move already paired on its own day takes no counterpart of another day)."""
    if _months_apart(a, b):
        return False
    if a.date and b.date and len(a.date) == len(b.date) == 10 and a.date != b.date:
        gap = abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days)
        return gap <= 1 and not either_paired
    return True


def _one_article(moves: list[Event], side: list[str | None], by_doc: dict[str, set[int]],
                 paired: set[int]) -> list[tuple[int, int, Tie, Evidence]]:
    """An article that tells exactly one move of each of two sides tells them as one deal."""
    out = []
    for doc, members in by_doc.items():
        per_side: dict[str, list[int]] = defaultdict(list)
        for j in members:
            if side[j] is not None:
                per_side[side[j] or ""].append(j)
        if len(per_side) != 2 or any(len(v) != 1 for v in per_side.values()):
            continue
        (i,), (j,) = per_side.values()
        if not _days_close(moves[i], moves[j], i in paired or j in paired):
            continue
        first = min((s for e in (moves[i], moves[j]) for s in e.sources if s.document == doc),
                    key=lambda s: s.start)
        out.append((i, j, Tie.ARTICLE, first))
    return out


def build_rounds(events: list[Event], side_of: SideOf, deal: str | None = None) -> list[Round]:
    """Group the concessions that happened into rounds, earliest first."""
    moves = [e for e in events
             if e.type in CONCESSIONS and e.status == Status.OCCURRED and not e.background]
    union = UnionFind(len(moves))
    links: dict[int, list[Evidence]] = defaultdict(list)
    ties: dict[int, Tie] = {}
    for i, j, tie, ev in _pairs(moves, side_of):
        union.union(i, j)
        links[i].append(ev)  # the evidence of the tie: the link phrase, the article, the day
        for k in (i, j):
            if _STRENGTH[tie] > _STRENGTH[ties.get(k, Tie.NONE)]:
                ties[k] = tie
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(moves)):
        groups[union.find(i)].append(i)
    rounds = []
    for members in groups.values():
        tie = max((ties.get(i, Tie.NONE) for i in members), key=_STRENGTH.__getitem__)
        rounds.append(_round([moves[i] for i in members],
                             [ev for i in members for ev in links[i]], tie, side_of, deal))
    rounds.sort(key=lambda r: (r.date is None, r.date or "", r.id))
    return rounds


def people_freed(e: Event) -> int:
    """How many a release freed: its number, else the people it names."""
    return e.count if e.count is not None else len(e.persons)


def describe(e: Event) -> str:
    """A concession in a few words: "52 freed incl. A, B", "sanctions eased on X"."""
    if e.type == EventType.RELEASE:
        who = f"{e.count} freed" if e.count is not None else "people freed (number not given)"
        if e.persons:
            who += " incl. " + ", ".join(e.persons[:4])
        return who
    targets = ", ".join(e.targets) if e.targets else "unspecified targets"
    return f"sanctions eased on {targets}"


def _round(members: list[Event], links: list[Evidence], tie: Tie, side_of: SideOf,
           deal: str | None) -> Round:
    gave: dict[str, list[str]] = defaultdict(list)
    parts: dict[str, list[str]] = defaultdict(list)
    for e in members:
        side = side_of(e) or NO_DEAL
        gave[side].append(e.id)
        parts[side].append(describe(e))
    if len(gave) < 2:
        tie = Tie.NONE
    dates = sorted(e.date for e in members if e.date)
    summary = " ↔ ".join(f"{side}: {'; '.join(p)}" for side, p in sorted(parts.items()))
    if tie == Tie.NONE:
        summary += " (no counterpart reported)"
    rid = "rd-" + hashlib.sha1(":".join(sorted(e.id for e in members)).encode()).hexdigest()[:10]
    return Round(
        id=rid,
        date=dates[0] if dates else None,
        gave={k: tuple(v) for k, v in sorted(gave.items())},
        summary=summary,
        links=tuple(dict.fromkeys(links)),
        deal=deal,
        tie=tie,
    )
