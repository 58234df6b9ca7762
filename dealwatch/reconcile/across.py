"""Joining the groups of different articles, blocked so the join stays near-linear."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable

from dealwatch.blocking import BlockIndex, BlockKey
from dealwatch.model import EventType
from dealwatch.reconcile.compare import ONE_A_MONTH, compatible, months
from dealwatch.reconcile.groups import MEETING_LIKE, Canon, Proto, full_day, merge_into
from dealwatch.reconcile.halves import join_halves


def block_keys(p: Proto, canon: Canon) -> list[BlockKey]:
    """What two groups must share for ``compatible`` to tie them with a score above 0: a
    person, a participant, a target, a count, a day, or (letters) the same senders. Counts and
    targets alone tie dated groups only within one month (dates of different months disagree;
    a date with only its year meets every month of that year)."""
    return [*shared_block_keys(p, canon), *own_block_keys(p)]


def own_block_keys(p: Proto) -> list[BlockKey]:
    """The key of the group alone: a group with a full day meets the groups whose day lacks
    its month or day of month (in a bucket of its own, so it meets no other full day)."""
    for day in (k.split("-") for k in p.dates):
        if len(day) == 3 and "X" not in day[1] + day[2]:
            return [(("day", "any"), frozenset({f"#{id(p)}"}))]
    return []


def shared_block_keys(p: Proto, canon: Canon) -> list[BlockKey]:
    """``block_keys`` but the group's own: read only from what ``Proto.compared`` holds, so
    groups that compare alike share them."""
    years = frozenset(month_bucket(k) for k in p.dates if k[:4].isdigit()) or None
    keys: list[BlockKey] = [(("person", x), None) for x in p.persons]
    keys += [(("people", x), None) for x in canon.non_countries(p.people)]
    keys += [(("target", t), years) for t in p.targets]
    keys += [(("count", n), years) for n in p.counts]
    for day in (k.split("-") for k in p.dates):
        if len(day) != 3:
            continue
        if "X" in day[1] + day[2]:  # a day without its month or day of month meets every day:
            keys.append((("day", "any"), None))
        else:  # a bucket of its own, so a full day meets only those; days of another
            # year never agree, so a known year is a time bucket (an unknown one meets all)
            keys.append((("day", day[1], day[2]),
                         frozenset({day[0]}) if day[0].isdigit() else None))
    if p.type in ONE_A_MONTH:  # a side's statement or sanctions of a month
        keys += [(("said", canon.side(x), m), None) for x in p.by for m in months(p)]
    if p.deal_talks():  # the talks of one deal, told by two outlets with no day
        keys.append((("talks", frozenset(canon.side(x) for x in p.people)), None))
    if p.type in MEETING_LIKE:  # a meeting of states, or of their people
        keys += [(("met", side), years) for side in {canon.side(x) for x in p.people} if side]
    if p.type == EventType.LETTER and p.by:
        keys.append((("letter", frozenset(p.by.items())), None))
    return keys


def month_bucket(value: str) -> str:
    """"2015-03" for a date of March 2015, "2015" when the month is not known."""
    parts = value.split("-")
    return "-".join(parts[:2]) if len(parts) > 1 and parts[1].isdigit() else parts[0][:4]


def across_documents(protos: list[Proto], canon: Canon) -> list[Proto]:
    """Join groups of different articles, the most strongly tied pair first, comparing only
    the pairs that share a blocking key; ties go to the earlier pair, as in a full scan."""
    by_type: dict[EventType, list[Proto]] = defaultdict(list)
    for p in protos:
        by_type[p.type].append(p)
    out: list[Proto] = []
    for group in by_type.values():
        out.extend(join_halves(join_unsided(join_bare(join_group(group, canon), canon),
                                            canon), canon))
    return out


def _bare(p: Proto) -> bool:
    """A release told with its side and nothing that tells it apart from another release of
    that side: no one named and no day (a year or a month may be given: "a year ago this week
    X swapped five officials"; a number may be, which the release it joins must not
    contradict)."""
    return (p.type == EventType.RELEASE and bool(p.by) and not p.persons
            and not p.named_counts and not any(full_day(k) for k in p.dates))


def join_bare(group: list[Proto], canon: Canon) -> list[Proto]:
    """ "X sent a convicted diplomat back home", "last year X let the officials go": a release
    told with its side and nothing that tells it apart (no one named, no day) is the one
    release of that side the other articles tell, when there is just one it can be."""
    bare = [p for p in group if _bare(p)]
    if not bare:
        return group
    of_side: dict[str | None, list[Proto]] = defaultdict(list)
    for g in group:
        if not _bare(g):
            for side in {canon.side(x) for x in g.by}:
                of_side[side].append(g)
    return _join_to_the_one(group, bare, lambda p: (
        g for side in {canon.side(x) for x in p.by} for g in of_side[side]), canon)


def _join_to_the_one(group: list[Proto], loose: list[Proto],
                     candidates: Callable[[Proto], Iterable[Proto]],
                     canon: Canon) -> list[Proto]:
    """Each of ``loose`` joins the one of its ``candidates`` told by other articles that it
    can be (``compatible``); with two it could be, it stays apart. ``group`` less those
    joined."""
    dead: set[int] = set()
    for p in loose:
        fits: list[Proto] = []
        for g in candidates(p):
            if (all(g is not f for f in fits) and not g.documents & p.documents
                    and compatible(g, p, canon)[0]):
                fits.append(g)
                if len(fits) > 1:
                    break  # two it could be: it stays apart
        if len(fits) == 1:
            merge_into(fits[0], p)
            dead.add(id(p))
    return [p for p in group if id(p) not in dead]


def join_group(group: list[Proto], canon: Canon) -> list[Proto]:
    """Join the groups of one type, the most strongly tied pair first. Groups that compare
    alike (``Proto.compared``: many outlets tell one round in the same words) are compared
    once per pair of their shapes, and a merge that leaves a group's shape as it was keeps
    the pairs scored for it."""
    index = BlockIndex()
    alike: dict[Hashable, list[BlockKey]] = {}  # the shared keys of the groups of one shape

    def keys_of(p: Proto) -> list[BlockKey]:
        key = p.compared()
        if key is None:
            return block_keys(p, canon)
        shared = alike.get(key)
        if shared is None:
            shared = alike[key] = shared_block_keys(p, canon)
        return [*shared, *own_block_keys(p)]

    for k, p in enumerate(group):
        index.add(k, keys_of(p))
    shapes: dict[Hashable, int] = {}  # a group's Proto.compared value -> a number

    def shape(p: Proto) -> int:  # -1: a group compared by its mentions, every time
        key = p.compared()
        return -1 if key is None else shapes.setdefault(key, len(shapes))

    kind = [shape(p) for p in group]
    known: dict[tuple[int, int], tuple[bool, float]] = {}  # the scores of pairs of shapes
    version = [0] * len(group)
    dead = [False] * len(group)
    heap: list[tuple[float, int, int, int, int]] = []
    docs_of = [p.docs for p in group]  # grown in place as groups merge
    push_pair = heapq.heappush

    def push(k: int, others: Iterable[int], above: int = -1) -> None:
        # the candidates above ``above`` only; a pair of shapes known not to tie is passed
        # over before its documents are looked at (it would not be pushed either way)
        docs, own = docs_of[k], kind[k]
        for m in others:
            if m <= above or dead[m]:
                continue
            pair = (own, kind[m]) if k < m else (kind[m], own)
            got = known.get(pair)
            if got is not None and not (got[0] and got[1] > 0):
                continue
            if not docs.isdisjoint(docs_of[m]):
                continue
            a, b = (k, m) if k < m else (m, k)
            if got is None:
                got = compatible(group[a], group[b], canon)
                if pair[0] >= 0 and pair[1] >= 0:
                    known[pair] = got
            if got[0] and got[1] > 0:
                push_pair(heap, (-got[1], a, b, version[a], version[b]))

    for k in range(len(group)):
        push(k, index.candidates(k), k)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if dead[a] or dead[b] or (version[a], version[b]) != (va, vb):
            continue  # a pair scored before one side grew or was merged away
        if not group[a].docs.isdisjoint(group[b].docs):
            continue  # one side took in an article of the other since the pair was scored
        merge_into(group[a], group[b])
        dead[b] = True
        before, kind[a] = kind[a], shape(group[a])
        if before < 0 or kind[a] != before:
            version[a] += 1
            index.add(a, keys_of(group[a]))
            push(a, index.candidates(a))
        # else it compares as it did with every other group, and its keys are the same: the
        # pairs scored for it stand (those that now share an article are passed over above)
    for p in group:
        p.memo.clear()  # what was kept for comparing: a large store holds many groups
    return [p for k, p in enumerate(group) if not dead[k]]


def _unsided(p: Proto) -> bool:
    """A release told only by its people: no side, no number, no day ("Among those who came
    home were A, B and C", in an article that tells no release)."""
    return (p.type == EventType.RELEASE and not p.by and bool(p.persons) and not p.counts
            and not any(full_day(k) for k in p.dates))


def join_unsided(group: list[Proto], canon: Canon) -> list[Proto]:
    """People another article tells as freed, with nothing else of their release, were freed
    in the one release of a side that the other articles tell and that can be theirs (none of
    its people left out by them: see ``compatible``); with two it could be (the halves of a
    swap, two rounds) they stay apart."""
    unsided = [p for p in group if _unsided(p)]
    if not unsided:
        return group
    sided = [g for g in group if g.by and g.type == EventType.RELEASE]
    return _join_to_the_one(group, unsided, lambda _: sided, canon)
