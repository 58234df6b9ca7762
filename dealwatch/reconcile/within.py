"""Joining the mentions of one article into the events it tells."""

from __future__ import annotations

import re
from collections import Counter

from dealwatch.model import EventMention, EventType
from dealwatch.reconcile.compare import (
    compatible,
    days_agree,
    numbers,
    one_and_joint,
    one_sentence,
    other_sides,
)
from dealwatch.reconcile.groups import (
    MEETING_LIKE,
    Canon,
    Proto,
    add,
    merge_into,
    near_days,
    own_date,
)

NEAR_CHARS = 400  # mentions this close in one article tell one story


def dated(a: Proto, b: Proto) -> bool:
    """Either group has a time expression of its own, even one that could not be resolved
    (a day taken from the article's time frame is every sentence's)."""
    return any(own_date(m) for m in (*a.mentions, *b.mentions))


def dates_the_other(a: Proto, b: Proto) -> bool:
    """``a`` says only when ("the prisoners' release on Wednesday evening") and ``b``, told
    next to it, says only who or how many: one release told twice."""
    if not a.dates or a.persons or a.counts or a.targets or b.dates:
        return False
    gap = min(abs(x.evidence.start - y.evidence.start) for x in a.mentions for y in b.mentions)
    return gap <= NEAR_CHARS


def other_half(a: Proto, b: Proto) -> bool:
    """One group is told as what was given "in return" for the other: different people (or,
    with no one named, different numbers) freed in one article, one of them with the link
    phrase, are the two halves of a swap."""
    linked_a = any(m.link for m in a.mentions)
    linked_b = any(m.link for m in b.mentions)
    if not (a.persons and b.persons):
        if linked_a and linked_b and one_sentence(a, b) and (
                _price_named(a, b) or _price_named(b, a)):
            return True  # "The men freed by X in exchange for A were smugglers": A is the
            # price, not one of X's men
        # "10 hostages were handed over in return for 30 prisoners": no one named, two
        # numbers told in one sentence with the link between them
        counts_a = numbers(a)  # "X freed A and B, completing an exchange for three
        counts_b = numbers(b)  # militants"
        # ("the two sides swapped 307 for 307": as many each, neither side named, the one
        # told as the price is the other half)
        return bool(one_sentence(a, b) and counts_a and counts_b and (
            counts_a.isdisjoint(counts_b) and (linked_a or linked_b)
            or linked_a != linked_b and not a.by and not b.by))
    if a.persons & b.persons:
        return False
    if linked_a and linked_b:  # "X freed A in exchange for B": both told by one sentence
        return one_sentence(a, b)
    return linked_a != linked_b


def _price_named(a: Proto, b: Proto) -> bool:
    """``a`` names only its people, ``b`` only its side."""
    return bool(a.persons and not a.by and b.by and not b.persons)


def _against(a: Proto, b: Proto, against: dict[str, set[str]], canon: Canon) -> bool:
    """One group was traded against the other's side (see ``_traded_against``)."""
    for x, y in ((a, b), (b, a)):
        sides = {canon.side(s) for m in x.mentions for s in against.get(m.id, ())}
        if sides & {canon.side(s) for s in y.by}:
            return True
    return False


_SEPARATE = re.compile(r"^\W*separately\b|\bin a separate\b", re.IGNORECASE)
# "The foreigners' release was part of a wider exchange": one release told as a part of a
# larger whole, which the article tells next
_PART_OF = re.compile(r"\b(?:was|is|were|are) (?:one |a |just one |only one )?(?:part|strand|"
                      r"element|piece|component) of an? (?:larger|wider|broader|bigger)\b",
                      re.IGNORECASE)


def told_apart(a: Proto, b: Proto) -> bool:
    """One group is told as another event of its kind ("Separately, X freed a woman ...",
    "In a separate trade, ..."), or as a part of a larger one ("X's release was part of a
    wider exchange") told in another sentence, and they share no one: two events of the
    article."""
    if a.persons & b.persons:
        return False
    if any(_SEPARATE.search(m.evidence.quote) for m in (*a.mentions, *b.mentions)):
        return True
    for x, y in ((a, b), (b, a)):
        part = {m.evidence for m in x.mentions if _PART_OF.search(m.evidence.quote)}
        if part and not part & {m.evidence for m in y.mentions}:
            return True
    return False


def stands(g: Proto) -> bool:
    """Whether a group of one article is an event the ledger can hold. A meeting or a call is
    between people: told of no one ("the group met on Saturday") it is none. A release told
    with no side, no one freed and no number ("the prisoner exchange" in a sentence about
    something else, "the freed Americans") says nothing of its own: it joins the release its
    article tells, and where the article tells none it is no release of the ledger."""
    if g.type in MEETING_LIKE:
        return len(g.people) >= 1
    if g.type == EventType.RELEASE:
        return bool(g.by or g.persons or g.counts or g.named_counts)
    return True


def _traded_against(mentions: list[EventMention]) -> dict[str, set[str]]:
    """For each release told "in exchange for" with no side, the sides of the releases its
    sentence told it was traded against: it is none of theirs ("X freed 16 in exchange for
    eight held in the West": the eight are not X's)."""
    told: dict[object, set[str]] = {}
    for m in mentions:
        if m.type == EventType.RELEASE and m.by and m.link:
            told.setdefault(m.evidence, set()).add(m.by)
    return {m.id: told.get(m.evidence, set()) for m in mentions
            if m.type == EventType.RELEASE and m.link and not m.by}


def _a_day_off(a: Proto, b: Proto) -> bool:
    """Both give one full day each, a day apart."""
    return len(a.dates) == 1 and len(b.dates) == 1 and near_days(next(iter(a.dates)),
                                                                 next(iter(b.dates)))


def _summed_up(a: Proto, b: Proto, named: Counter[tuple[frozenset[str], int]]) -> bool:
    """ "In eight days X freed four and Y sent a diplomat home. ... On May 26 A and B were
    traded": ``a`` gives only a side and a number, with no day and no one named, and ``b`` is
    the one release of that side and number the article names people for (``named``)."""
    if a.type != EventType.RELEASE or b.type != EventType.RELEASE or a.persons or (
            not b.persons) or dated(a, a) or len(a.counts) != 1 or not a.by:
        return False
    key = (frozenset(a.by), next(iter(a.counts)))
    return frozenset(b.by) == key[0] and numbers(b) == {key[1]} and named[key] == 1


_SWAP_WORDS = frozenset({"exchange", "exchanged", "swap", "swapped", "trade", "traded"})


def _named_after_the_lead(groups: list[Proto], canon: Canon) -> list[Proto]:
    """ "X freed dozens of its best-known prisoners on Friday ... A walked out of the prison
    at Y ... B and C were also freed": where the article's one dated release of its one side
    leaves its number unstated, the people told freed after it with no side, day or number
    of their own are among its freed (none of them in another release of the article), unless
    the article tells a swap."""
    releases = [g for g in groups if g.type == EventType.RELEASE]
    sides = {canon.side(x) for g in releases for x in g.by}
    leads = [g for g in releases if g.by and not g.counts and dated(g, g)]
    if len(sides) != 1 or len(leads) != 1 or any(
            m.link or m.cue.lower() in _SWAP_WORDS for g in releases for m in g.mentions):
        return groups  # a swap: people freed with no side may be its other half
    lead = leads[0]
    start = min(m.evidence.start for m in lead.mentions)
    joined: set[int] = set()
    for p in releases:
        if (p is lead or p.by or p.counts or not p.persons or dated(p, p)
                or p.persons & lead.persons or min(m.evidence.start for m in p.mentions) < start
                or any(m.link for m in p.mentions) or told_apart(lead, p)):
            continue
        if any(q is not p and q is not lead and p.persons & q.persons for q in releases):
            continue
        merge_into(lead, p)
        joined.add(id(p))
    return [g for g in groups if id(g) not in joined]


# The words of a pardon: an act of grace that frees people in a release told apart.
_PARDON_WORDS = frozenset({"pardon", "pardons", "pardoned", "pardoning", "clemency", "commute",
                           "commuted", "commuting"})
_STEP_DAYS = 7  # how long before a release a pardon of its people is a step towards it


def _a_step_before(p: Proto, g: Proto) -> bool:
    """``p``'s day, if it has one, is that of ``g`` or up to a week before it."""
    if g.first_day is None:
        return False
    if p.first_day is not None:
        return 0 <= (g.first_day - p.first_day).days <= _STEP_DAYS
    day = g.first_day.isoformat()
    return all(day.startswith(k) for k in p.dates)


def _pardons_folded(groups: list[Proto]) -> list[Proto]:
    """ "X freed A, B and C on Friday. ... A day earlier the president had pardoned A and the
    two others": a pardon of people the article tells freed in one dated release, on its day or
    up to a week before, is a step of that release, not a release of its own."""
    releases = [g for g in groups if g.type == EventType.RELEASE]
    pardons = {id(g) for g in releases if all(m.cue.lower() in _PARDON_WORDS for m in g.mentions)}
    joined: set[int] = set()
    for p in releases:
        if not p.persons or id(p) not in pardons:
            continue
        homes = [g for g in releases if id(g) not in pardons and id(g) not in joined
                 and p.persons <= g.persons and _a_step_before(p, g)]
        if len(homes) == 1:
            merge_into(homes[0], p)
            joined.add(id(p))
    return [g for g in groups if id(g) not in joined]


# Acts one side does: a release or a promise another side made is never this one's.
_ONE_SIDES = frozenset({EventType.RELEASE, EventType.PROMISE})


def within_document(mentions: list[EventMention], canon: Canon) -> list[Proto]:
    """Join the mentions of one article: specific ones when compatible, bare ones to the nearest."""
    against = _traded_against(mentions)
    protos: list[Proto] = []
    for m in mentions:
        single = Proto(m.type)
        add(single, m, canon)
        protos.append(single)
    # A day the mention took from the article's time frame does not make it specific: it
    # joins the event its article tells around it like any bare mention.
    specific = [p for p in protos if p.specific() and (
        p.persons or p.targets or p.counts or len(p.people) >= 2 or own_date(p.mentions[0]))]
    bare = [p for p in protos if p not in specific]
    named = Counter((frozenset(p.by), c) for p in specific if p.type == EventType.RELEASE
                    and p.persons for c in numbers(p))
    groups: list[Proto] = []
    for p in specific:
        for g in groups:
            ok, score = compatible(g, p, canon, one_article=True)
            ok = ok and not other_half(g, p) and not _against(g, p, against, canon) and (
                not told_apart(g, p))
            # Without a positive tie, two mentions of one article are one event only when
            # neither carries a time of its own ("the release of X in June" vs "52 freed").
            # Nor are two releases of different people named ("X freed" and "Y let go").
            untied = not dated(g, p) and not (g.persons and p.persons)
            if ok and (score > 0 or untied
                       or dates_the_other(g, p) or dates_the_other(p, g)
                       or _summed_up(g, p, named) or _summed_up(p, g, named)):
                merge_into(g, p)
                break
        else:
            groups.append(p)
    groups = _pardons_folded(_named_after_the_lead(groups, canon))
    for p in bare:
        # an event of its kind whose day does not contradict its own (a frame's day included);
        # else, for a release, the one a day off ("called the release a positive step" told
        # the next day by a frame: the article's one release of that side)
        same = [g for g in groups if g.type == p.type and days_agree(g, p) and g.same_acts(p)
                and (not g.deal_talks() or p.deal_talks()) and not told_apart(g, p)
                and not other_half(g, p) and not _against(g, p, against, canon)]
        if not same and p.type == EventType.RELEASE:
            same = [g for g in groups if g.type == p.type and _a_day_off(g, p)
                    and not told_apart(g, p)]
        # (the talks a deal came out of are told as such: a meeting told of no one is not
        # they; a mention told "separately" is another event)
        # the nearest event it can be (its side and its frame's day agree), if there is one;
        # never one another side made ("the Americans freed by Iran" is not the US's pardon)
        same = [g for g in same if compatible(g, p, canon, one_article=True)[0]] or [
            g for g in same if not (g.type in _ONE_SIDES and other_sides(g, p, canon))
            and not one_and_joint(g, p)]
        if same:
            pos = p.mentions[0].evidence.start
            nearest = min(same, key=lambda g: (
                not g.counts, min(abs(x.evidence.start - pos) for x in g.mentions)))
            merge_into(nearest, p)
        else:
            groups.append(p)
    return groups
