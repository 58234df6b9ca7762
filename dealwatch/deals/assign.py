"""Which deal each event mention belongs to, before any mention is merged with another.

A deal is the exchange track between two sides. A side is a state, or an organisation acting
as one (it frees people, eases sanctions, promises or demands); a person acts for their
state, and a person of no known state is never a side. A reader tells which two sides an
article is about from who acts in it: the sides that free, ease, promise and demand weigh
most, those that only meet or call (a mediator hosting talks) least. Each mention belongs to
its article's deal, unless it names two sides of its own and neither is one of the article's
(a sidebar about another exchange).

The same two sides can deal more than once, years apart. The articles of one pair of sides are
put in time order by their publication day (or, undated, by the days they tell) and a gap of
more than a year starts another deal. An undated article that tells no day, or that names
people a dated article of its sides names (the days it tells may be background: an arrest
years before the release it reports), joins the deal of its sides that shares the most names
with it; an article of one side that no deal has joins the deal of its time whose people it
names. An article whose two sides no other article has, but which names the people of the
one pair of the other articles that has one of its sides, is a thread of that story and joins
it. Deals (and articles no deal took) that tell the same event are then one story and one
deal (``stories``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from dealwatch.deals.stories import one_story
from dealwatch.model import EntityType, EventMention, EventType, Extraction, Precision
from dealwatch.places import country_named
from dealwatch.reconcile.groups import Canon
from dealwatch.state_bodies import key as body_key
from dealwatch.state_bodies import table

ACTS = (EventType.RELEASE, EventType.SANCTIONS_RELIEF, EventType.SANCTIONS_IMPOSED,
        EventType.PROMISE, EventType.DEMAND)
GAP_DAYS = 366  # articles of one pair of sides further apart than this tell another deal
_VAGUE = frozenset({Precision.YEAR, Precision.DECADE, Precision.CENTURY, Precision.REF})

Pair = tuple[str, str]


@dataclass
class DealDraft:
    """A deal as the assignment finds it: its sides, articles and the days they tell."""

    sides: Pair
    documents: set[str] = field(default_factory=set)
    anchors: list[date] = field(default_factory=list)
    names: Counter[str] = field(default_factory=Counter)
    id: str = ""
    name: str = ""


@dataclass
class Assignment:
    """Each mention's deal id (None: its sides cannot be told), and the deals found."""

    of_mention: dict[str, str | None]
    deals: dict[str, DealDraft]


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "x"


def _day(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


class _Sides:
    """The side a written name acts for, when it is a state or an organisation acting as one."""

    def __init__(self, extractions: list[Extraction], canon: Canon) -> None:
        self.canon = canon
        self._of: dict[tuple[str, str | None], str | None] = {}  # asked several times a mention
        self.states = {e.name for e in canon.res.entities if e.type == EntityType.COUNTRY}
        self.acting: set[str] = set()  # organisations that act as a side somewhere
        for ex in extractions:
            for m in ex.events:
                if m.type in ACTS and m.by:
                    name = canon.name(ex.document, m.by)
                    ent = canon.entities.get(name or "")
                    if name and ent is not None and ent.type == EntityType.ORGANIZATION \
                            and canon.side(name) == name:
                        self.acting.add(name)

    def of(self, doc: str, surface: str | None) -> str | None:
        key = (doc, surface)
        if key not in self._of:
            self._of[key] = self._side(doc, surface)
        return self._of[key]

    def _side(self, doc: str, surface: str | None) -> str | None:
        name = self.canon.name(doc, surface)
        side = self.canon.side(name)
        if side is None:
            return None
        if side in self.states or country_named(side) == side:
            return side
        if side in self.acting and body_key(side) not in table().bodies:
            return side  # not "the Treasury": a body of some state, not a side of its own
        return None


# What a promise or a demand of an exchange is about: people, their freeing, sanctions.
_DEAL_WORDS = re.compile(r"\b(?:free|freed|freeing|releas|pardon|swap|exchang|prisoner|"
                         r"hostage|detain|detention|return|hand|sanction|extradit)", re.I)


def _of_a_deal(m: EventMention) -> bool:
    """An act of an exchange: any release or sanction; a promise or a demand about people,
    their freeing or sanctions (not "families demand an inquiry", a sidebar's headline)."""
    if m.type not in (EventType.PROMISE, EventType.DEMAND):
        return True
    return bool(m.persons or m.count or m.targets or m.concession
                or (m.what and _DEAL_WORDS.search(m.what)))


def _weights(mentions: Iterable[EventMention], sides: _Sides) -> Counter[str]:
    """How strongly an article is about each side: acting in an exchange weighs three,
    taking part (or speaking of something else) one."""
    weight: Counter[str] = Counter()
    for m in mentions:
        by = sides.of(m.document, m.by)
        if by:
            weight[by] += 3 if m.type in ACTS and _of_a_deal(m) else 1
        for name in (m.to, *m.participants):
            side = sides.of(m.document, name)
            if side and side != by:
                weight[side] += 1
    return weight


def _top_pair(weight: Counter[str], order: dict[str, int]) -> Pair | None:
    ranked = sorted(weight, key=lambda s: (-weight[s], order.get(s, 1 << 30), s))
    if len(ranked) < 2:
        return None
    a, b = sorted(ranked[:2], key=str.casefold)
    return (a, b)


def _own_pair(m: EventMention, sides: _Sides) -> tuple[set[str], Pair | None]:
    """The sides a mention names, and the pair it names by itself (its actor and another)."""
    named = [s for s in (sides.of(m.document, n) for n in (m.by, m.to, *m.participants)) if s]
    distinct = list(dict.fromkeys(named))
    by = sides.of(m.document, m.by)
    if by and len(distinct) >= 2:
        other = next(s for s in distinct if s != by)
        a, b = sorted((by, other), key=str.casefold)
        return set(distinct), (a, b)
    return set(distinct), None


def _names(m: EventMention, canon: Canon) -> set[str]:
    found = {canon.name(m.document, n) for n in (*m.persons, *m.participants, m.by)}
    return canon.non_countries({n for n in found if n})


def assign_deals(extractions: Iterable[Extraction], canon: Canon) -> Assignment:
    """Every mention's deal, found from the sides of its article, its own sides and time."""
    exs = list(extractions)
    sides = _Sides(exs, canon)
    pair_of: dict[str, Pair | None] = {}  # mention id -> pair
    # (document, pair) -> the days its mentions tell, and the names they use
    told: dict[tuple[str, Pair], list[date]] = defaultdict(list)
    names: dict[tuple[str, Pair], Counter[str]] = defaultdict(Counter)
    loose: dict[str, tuple[str | None, Counter[str], list[date]]] = {}  # one side or none
    articles: dict[str, Pair | None] = {}  # document -> the pair its article is about
    for ex in exs:
        order: dict[str, int] = {}
        for m in sorted(ex.events, key=lambda m: m.evidence.start):
            for n in (m.by, m.to, *m.participants):
                s = sides.of(ex.document, n)
                if s:
                    order.setdefault(s, len(order))
        weight = _weights(ex.events, sides)
        article = _top_pair(weight, order)
        articles[ex.document] = article
        for m in ex.events:
            named, own = _own_pair(m, sides)
            pair = article
            if own is not None and m.type in ACTS and (
                    article is None or not named & set(article)):
                pair = own  # a sidebar: an act between two sides, none of them the article's
            pair_of[m.id] = pair
            # a year alone ("sanctions lifted in 1984") places no undated article in time:
            # it is as often the background of the story as its day
            day = _day(m.date.value) if m.date and m.date.precision not in _VAGUE else None
            if pair is not None:
                key = (ex.document, pair)
                if day is not None:
                    told[key].append(day)
                names[key].update(_names(m, canon))
            else:
                only = next(iter(weight)) if len(weight) == 1 else None
                entry = loose.setdefault(ex.document, (only, Counter(), []))
                entry[1].update(_names(m, canon))
                if day is not None:
                    entry[2].append(day)
    _fold_lone_pairs(pair_of, articles, told, names, exs)
    deals, deal_of_key = _split_in_time(told, names, canon)
    joined = {doc: _attach(doc, side, found, days, deals, canon)
              for doc, (side, found, days) in loose.items()}
    owner: dict[str, DealDraft | None] = {}
    for ex in exs:
        for m in ex.events:
            pair = pair_of.get(m.id)
            owner[m.id] = deal_of_key[(ex.document, pair)] if pair is not None \
                else joined.get(ex.document)
    deals = one_story(exs, owner, deals, canon, sides.of, lambda ms: _weights(ms, sides))
    _name_deals(deals)
    of_mention = {mid: (d.id if d is not None else None) for mid, d in owner.items()}
    return Assignment(of_mention, {d.id: d for d in deals})


SHARED_PEOPLE = 2  # people an article must share with a deal's other articles to join it


def _fold_lone_pairs(pair_of: dict[str, Pair | None], articles: dict[str, Pair | None],
                     told: dict[tuple[str, Pair], list[date]],
                     names: dict[tuple[str, Pair], Counter[str]],
                     exs: list[Extraction]) -> None:
    """An article whose two sides no other article has ("A and C" in a story the others
    tell as "A and B": C freed someone at A's request, a thread of the story) joins the pair
    of the other articles that has one of its sides and shares people with it, when exactly
    one such pair does: a careful reader files it with the story whose people it names."""
    docs_of: dict[Pair, set[str]] = defaultdict(set)
    for doc, pair in articles.items():
        if pair is not None:
            docs_of[pair].add(doc)
    people: dict[Pair, set[str]] = defaultdict(set)
    for (_doc, pair), found in names.items():
        people[pair].update(found)
    shared: dict[str, set[Pair]] = defaultdict(set)  # a side -> the pairs of 2+ articles
    for pair, docs in docs_of.items():
        if len(docs) >= 2:
            for side in pair:
                shared[side].add(pair)
    moves: dict[str, Pair] = {}
    for doc, pair in articles.items():
        if pair is None or docs_of[pair] != {doc}:
            continue
        own = set(names.get((doc, pair), ()))
        homes = [q for q in shared[pair[0]] | shared[pair[1]]
                 if len(own & people[q]) >= SHARED_PEOPLE]
        if len(homes) == 1:
            moves[doc] = homes[0]
    for ex in exs:
        home = moves.get(ex.document)
        if home is None:
            continue
        pair = articles[ex.document]
        assert pair is not None
        old = (ex.document, pair)
        for m in ex.events:
            if pair_of.get(m.id) == pair:
                pair_of[m.id] = home
        new = (ex.document, home)
        told[new] += told.pop(old, [])
        names[new].update(names.pop(old, Counter()))


def _split_in_time(told: dict[tuple[str, Pair], list[date]],
                   names: dict[tuple[str, Pair], Counter[str]], canon: Canon
                   ) -> tuple[list[DealDraft], dict[tuple[str, Pair], DealDraft]]:
    """Deals of each pair of sides: its articles in time order, a new deal after a long gap."""
    keys = list(names)
    anchor: dict[tuple[str, Pair], date | None] = {}
    for key in keys:
        anchor[key] = canon.published.get(key[0]) or (max(told[key]) if told[key] else None)
    dated_names: dict[Pair, Counter[str]] = defaultdict(Counter)
    for key in keys:
        if canon.published.get(key[0]) is not None:
            dated_names[key[1]].update(names[key])
    for key in keys:  # an undated article that names the people of a dated one of its sides
        # is placed by those names, not by the days it tells (an arrest years before is
        # background to the release it reports)
        if canon.published.get(key[0]) is None and names[key] & dated_names[key[1]]:
            anchor[key] = None
    by_pair: dict[Pair, list[tuple[str, Pair]]] = defaultdict(list)
    for key in keys:
        by_pair[key[1]].append(key)
    deal_of_key: dict[tuple[str, Pair], DealDraft] = {}
    deals: list[DealDraft] = []
    for pair, group in by_pair.items():
        dated = sorted((k for k in group if anchor[k] is not None),
                       key=lambda k: (anchor[k], k[0]))
        runs: list[DealDraft] = []
        last: date | None = None
        for k in dated:
            day = anchor[k]
            assert day is not None
            if not runs or last is None or (day - last).days > GAP_DAYS:
                runs.append(DealDraft(pair))
            runs[-1].documents.add(k[0])
            runs[-1].anchors.append(day)
            runs[-1].names.update(names[k])
            deal_of_key[k] = runs[-1]
            last = day
        for k in (k for k in group if anchor[k] is None):
            if not runs:
                runs.append(DealDraft(pair))
            best = max(runs, key=lambda d: (sum((d.names & names[k]).values()),
                                            max(d.anchors, default=date.min)))
            best.documents.add(k[0])
            best.names.update(names[k])
            deal_of_key[k] = best
        deals.extend(runs)
    return deals, deal_of_key


def _distance(day: date | None, deal: DealDraft) -> int:
    """Days from an article's day to the nearest end of a deal's span (0 inside it)."""
    if day is None or not deal.anchors:
        return GAP_DAYS
    lo, hi = min(deal.anchors), max(deal.anchors)
    return max((lo - day).days, (day - hi).days, 0)


def _attach(doc: str, side: str | None, found: Counter[str], days: list[date],
            deals: list[DealDraft], canon: Canon) -> DealDraft | None:
    """The deal an article of one side (or none) tells: of the deals with its side, the one
    that shares the most names with it, then the nearest in time. With no side, the one that
    shares the most names, or else the only deal of its time. None when nothing ties it to
    one deal."""
    day = canon.published.get(doc) or (max(days) if days else None)
    candidates = [d for d in deals if side is None or side in d.sides]
    if side is not None and not candidates:
        return _thread_of(doc, found, day, deals)
    scored = [(sum((d.names & found).values()), -_distance(day, d), d) for d in candidates]
    near = [s for s in scored if -s[1] <= GAP_DAYS]
    scored = [s for s in scored if s[0] > 0] or (near if side is not None or len(near) == 1
                                                 else [])
    if not scored:
        return None
    best = max(scored, key=lambda s: (s[0], s[1]))[2]
    best.documents.add(doc)
    return best


def _thread_of(doc: str, found: Counter[str], day: date | None,
               deals: list[DealDraft]) -> DealDraft | None:
    """An article of a side that is in no deal ("the Xian prosecutors wanted the witness
    questioned before the swap") is a thread of the story whose people it names: the one deal
    of its time that shares the most of them, at least two, and more than any other."""
    scored = sorted(((len(set(d.names) & set(found)), d) for d in deals
                     if _distance(day, d) <= GAP_DAYS), key=lambda s: -s[0])
    if not scored or scored[0][0] < SHARED_PEOPLE or (
            len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    best = scored[0][1]
    best.documents.add(doc)
    return best


def _name_deals(deals: list[DealDraft]) -> None:
    """Ids and names: "Belarus ↔ United States", with the years where the sides dealt twice."""
    per_pair = Counter(d.sides for d in deals)
    for d in deals:
        first = min(d.anchors, default=None)
        last = max(d.anchors, default=None)
        d.name = " ↔ ".join(d.sides)
        d.id = "--".join(slug(s) for s in d.sides)
        if first is not None:
            d.id += f"-{first.year}"
        if per_pair[d.sides] > 1 and first is not None and last is not None:
            d.name += f" ({first.year})" if first.year == last.year \
                else f" ({first.year}–{last.year})"
    seen: Counter[str] = Counter()
    for d in sorted(deals, key=lambda d: (d.id, min(d.anchors, default=date.min))):
        seen[d.id] += 1
        if seen[d.id] > 1:
            d.id += f"-{seen[d.id]}"
