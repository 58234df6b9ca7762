"""Reconcile: event mentions from many articles in, merged events with their conflicts out.

Mentions of one event in one article are joined first (a bare "the release" joins the
release the article describes). Then articles are joined pairwise, most similar first: two
mentions are the same event only when nothing contradicts (type, side, date, count) and
something positive ties them (a shared person, target, count, day or pair of participants).
Where merged sources still disagree, the event keeps a conflict listing each value with the
documents that gave it. Nothing is rounded away.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from dealwatch.blocking import BlockIndex, BlockKey
from dealwatch.disagree import dates_agree, disagreement, places_agree, same_value
from dealwatch.model import (
    Conflict,
    Entity,
    EntityType,
    Event,
    EventMention,
    EventType,
    Extraction,
    Spelling,
)
from dealwatch.places import country_for_actor, country_of_capital
from dealwatch.resolve import EntityIndex, Sides, norm
from dealwatch.resolve.spelling import spelling_conflict

MEETING_LIKE = (EventType.MEETING, EventType.CALL)


@dataclass
class _Proto:
    """A group of mentions believed to be one event, with its fields gathered."""

    type: EventType
    mentions: list[EventMention] = field(default_factory=list)
    by: Counter[str] = field(default_factory=Counter)
    people: set[str] = field(default_factory=set)  # participants (meeting/call)
    persons: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    counts: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    # numbers of people named where no number is stated: the count when nothing else is
    named_counts: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    dates: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # Kept as mentions join, since every comparison asks: the documents, the earliest full
    # day and the earliest publication (None: none known; odd: a day that is no date).
    docs: set[str] = field(default_factory=set)
    first_day: date | None = None
    first_pub: date | None = None
    odd_day: bool = False

    @property
    def documents(self) -> set[str]:
        return self.docs

    def specific(self) -> bool:
        return bool(self.persons or self.targets or self.counts or self.dates
                    or len(self.people) >= 2)


class _Canon:
    """Canonical names and sides for the surface forms of mentions, and publication dates."""

    def __init__(self, resolution: EntityIndex, published: dict[str, date] | None = None) -> None:
        self.published = published or {}
        self.res = resolution
        self.entities: dict[str, Entity] = {e.name: e for e in resolution.entities}
        self.sides = Sides(resolution.entities)
        self._countries: dict[str, bool] = {}
        self._sides: dict[str | None, str | None] = {}

    def name(self, doc: str, surface: str | None) -> str | None:
        name = self.res.canonical(doc, surface)
        if name is None:
            return None
        ent = self.entities.get(name)
        if ent is not None and ent.type == EntityType.PLACE:
            return country_for_actor(name) or name  # "Minsk agreed" is Belarus acting
        return name

    def non_countries(self, names: set[str]) -> set[str]:
        """The people and organisations among names (countries are too vague to tie events)."""
        return {n for n in names if not self._is_country(n)}

    def _is_country(self, name: str) -> bool:
        known = self._countries.get(name)
        if known is None:  # asked for every pair compared: remember the answer
            ent = self.entities.get(name)
            known = bool(ent and ent.type == EntityType.COUNTRY) or bool(country_for_actor(name))
            self._countries[name] = known
        return known

    def country_of(self, place: str) -> str | None:
        """The country a place lies in, as far as the entities and the gazetteer know."""
        ent = self.entities.get(place)
        return (ent.country if ent else None) or country_of_capital(place)

    def side(self, name: str | None) -> str | None:
        """The country a name acts for: itself for a country, a person's nationality."""
        if name not in self._sides:  # asked for every pair compared: remember the answer
            self._sides[name] = self.sides.of(name)
        return self._sides[name]


SEASON_CODES = ("SP", "SU", "FA", "WI")
NEAR_CHARS = 400  # mentions this close in one article tell one story


def _date_key(m: EventMention) -> str | None:
    if m.date is None or not m.date.value:
        return None
    value = m.date.value
    if value.endswith("_REF") or not value[:4].replace("X", "0").isdigit() or len(value) < 4:
        return None  # a reference, a fiscal year, a decade or a century
    if "-W" in value or "-Q" in value or "-H" in value or value[-2:] in SEASON_CODES:
        return None
    return value.split("T")[0]


def _near_days(a: str, b: str) -> bool:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    except ValueError:
        return False


def _earlier(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else min(a, b)


def _add(proto: _Proto, m: EventMention, canon: _Canon) -> None:
    doc = m.document
    proto.mentions.append(m)
    proto.docs.add(doc)
    proto.first_pub = _earlier(proto.first_pub, canon.published.get(doc))
    by = canon.name(doc, m.by)
    if by:
        proto.by[by] += 1
    proto.people.update(n for n in (canon.name(doc, p) for p in m.participants) if n)
    proto.persons.update(n for n in (canon.name(doc, p) for p in m.persons) if n)
    proto.targets.update(norm(t) for t in m.targets)
    if m.count is not None:
        (proto.named_counts if m.count_named else proto.counts)[m.count].add(doc)
    key = _date_key(m)
    if key:
        proto.dates[key].add(doc)
        if len(key) == 10 and "X" not in key:
            try:
                proto.first_day = _earlier(proto.first_day, date.fromisoformat(key))
            except ValueError:
                proto.odd_day = True  # _after_publication then fails on it as it always did


def _day_match(a: _Proto, b: _Proto) -> bool:
    """Both give the same day (a year the text leaves out is no disagreement)."""
    return any(len(x.split("-")) == 3 and len(y.split("-")) == 3 and dates_agree(x, y)
               for x in a.dates for y in b.dates)


def _after_publication(a: _Proto, b: _Proto, canon: _Canon) -> bool:
    """An article cannot report what happened after it was published: a's days are later
    than the publication of one of b's articles."""
    if a.type in (EventType.PROMISE, EventType.DEMAND):
        return False
    if not a.odd_day:  # the same answer from the days and publications kept on the groups
        return (a.first_day is not None and b.first_pub is not None
                and a.first_day > b.first_pub)
    days = [date.fromisoformat(k) for k in a.dates if len(k) == 10 and "X" not in k]
    if not days:
        return False
    pubs = [canon.published[d] for d in b.documents if d in canon.published]
    return bool(pubs) and min(days) > min(pubs)


def _compatible(a: _Proto, b: _Proto, canon: _Canon) -> tuple[bool, float]:
    """Whether two groups can be one event, and how strongly they are tied (0 = not at all)."""
    if a.type != b.type or _after_publication(a, b, canon) or _after_publication(b, a, canon):
        return False, 0.0
    sides_a = {canon.side(x) for x in a.by}
    sides_b = {canon.side(x) for x in b.by}
    if sides_a and sides_b and not sides_a & sides_b:
        return False, 0.0
    shared_persons = len(a.persons & b.persons)
    shared_targets = len(a.targets & b.targets)
    people_a, people_b = canon.non_countries(a.people), canon.non_countries(b.people)
    shared_people = len(people_a & people_b)
    same_day = _day_match(a, b)
    near_day = False
    for x in a.dates:
        for y in b.dates:
            if not dates_agree(x, y):
                if _near_days(x, y):
                    near_day = True
                    continue
                return False, 0.0
    nested = people_a <= people_b or people_b <= people_a or shared_people >= 2
    if a.type in MEETING_LIKE and people_a and people_b and not nested:
        return False, 0.0
    strong = shared_persons > 0 or same_day or shared_people >= 2
    if near_day and not strong:
        return False, 0.0
    if a.counts and b.counts and not set(a.counts) & set(b.counts) and not strong:
        return False, 0.0
    score = 2.0 * shared_persons + 1.5 * shared_targets + 1.0 * max(0, shared_people - 1)
    score += 2.0 if same_day else 0.0
    score += 1.5 if set(a.counts) & set(b.counts) else 0.0
    if a.type == EventType.LETTER and a.by and a.by == b.by:
        score += 1.0
    return True, score


def _merge_into(a: _Proto, b: _Proto) -> None:
    a.mentions.extend(b.mentions)
    a.docs |= b.docs
    a.first_day = _earlier(a.first_day, b.first_day)
    a.first_pub = _earlier(a.first_pub, b.first_pub)
    a.odd_day = a.odd_day or b.odd_day
    a.by.update(b.by)
    a.people |= b.people
    a.persons |= b.persons
    a.targets |= b.targets
    for n, docs in b.counts.items():
        a.counts[n] |= docs
    for n, docs in b.named_counts.items():
        a.named_counts[n] |= docs
    for when, docs in b.dates.items():
        a.dates[when] |= docs


def _dated(a: _Proto, b: _Proto) -> bool:
    """Either group has a time expression, even one that could not be resolved."""
    return any(m.date is not None for m in (*a.mentions, *b.mentions))


def _dates_the_other(a: _Proto, b: _Proto) -> bool:
    """``a`` says only when ("the prisoners' release on Wednesday evening") and ``b``, told
    next to it, says only who or how many: one release told twice."""
    if not a.dates or a.persons or a.counts or a.targets or b.dates:
        return False
    gap = min(abs(x.evidence.start - y.evidence.start) for x in a.mentions for y in b.mentions)
    return gap <= NEAR_CHARS


def _other_half(a: _Proto, b: _Proto) -> bool:
    """One group is told as what was given "in return" for the other: different people freed
    in one article, one of them with the link phrase, are the two halves of a swap."""
    if not a.persons or not b.persons or a.persons & b.persons:
        return False
    linked_a = any(m.link for m in a.mentions)
    linked_b = any(m.link for m in b.mentions)
    return linked_a != linked_b


def _days_agree(a: _Proto, b: _Proto) -> bool:
    """No day of one group contradicts a day of the other."""
    return all(dates_agree(x, y) for x in a.dates for y in b.dates)


def _stands(g: _Proto) -> bool:
    """A meeting or a call is between people: told of one person alone or of no one ("the
    group met on Saturday", "he met them on the tarmac") it is not an event of the ledger."""
    return g.type not in MEETING_LIKE or len(g.people) >= 1


def _own_date(m: EventMention) -> bool:
    """The mention's date is written in its own sentence (not taken from the time frame)."""
    return m.date is not None and m.evidence.start <= m.date.start < m.evidence.end


def _within_document(mentions: list[EventMention], canon: _Canon) -> list[_Proto]:
    """Join the mentions of one article: specific ones when compatible, bare ones to the nearest."""
    protos: list[_Proto] = []
    for m in mentions:
        single = _Proto(m.type)
        _add(single, m, canon)
        protos.append(single)
    # A day the mention took from the article's time frame does not make it specific: it
    # joins the event its article tells around it like any bare mention.
    specific = [p for p in protos if p.specific() and (
        p.persons or p.targets or p.counts or len(p.people) >= 2 or _own_date(p.mentions[0]))]
    bare = [p for p in protos if p not in specific]
    groups: list[_Proto] = []
    for p in specific:
        for g in groups:
            ok, score = _compatible(g, p, canon)
            ok = ok and not _other_half(g, p)
            # Without a positive tie, two mentions of one article are one event only when
            # neither carries a time of its own ("the release of X in June" vs "52 freed").
            if ok and (score > 0 or (bool(g.dates) == bool(p.dates) and not _dated(g, p))
                       or _dates_the_other(g, p) or _dates_the_other(p, g)):
                _merge_into(g, p)
                break
        else:
            groups.append(p)
    for p in bare:
        # a bare mention joins an event of its kind whose day does not contradict its own
        same = [g for g in groups if g.type == p.type and _days_agree(g, p)]
        if same:
            pos = p.mentions[0].evidence.start
            nearest = min(same, key=lambda g: (
                not g.counts, min(abs(x.evidence.start - pos) for x in g.mentions)))
            _merge_into(nearest, p)
        else:
            groups.append(p)
    return groups


def merge_events(extractions: Iterable[Extraction], resolution: EntityIndex,
                 published: dict[str, date] | None = None) -> list[Event]:
    """All the articles' mentions merged into events, each with its sources and conflicts.

    ``published`` maps document ids to publication dates, so an article is never taken to
    report an event dated after it appeared."""
    canon = _Canon(resolution, published)
    protos: list[_Proto] = []
    for ex in extractions:
        by_type: dict[EventType, list[EventMention]] = defaultdict(list)
        for m in ex.events:
            by_type[m.type].append(m)
        for mentions in by_type.values():
            protos.extend(g for g in _within_document(mentions, canon) if _stands(g))
    merged = _across_documents(protos, canon)
    events = [_to_event(p, canon) for p in merged]
    events.sort(key=lambda e: (e.date is None, e.date or "", e.type.value, e.id))
    return events


def _block_keys(p: _Proto, canon: _Canon) -> list[BlockKey]:
    """What two groups must share for ``_compatible`` to tie them with a score above 0: a
    person, a participant, a target, a count, a day, or (letters) the same senders. Counts and
    targets alone tie dated groups only within one month (dates of different months disagree;
    a date with only its year meets every month of that year)."""
    years = frozenset(_month_bucket(k) for k in p.dates if k[:4].isdigit()) or None
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
            keys.append((("day", "any"), frozenset({f"#{id(p)}"})))
    if p.type == EventType.LETTER and p.by:
        keys.append((("letter", frozenset(p.by.items())), None))
    return keys


def _month_bucket(value: str) -> str:
    """"2015-03" for a date of March 2015, "2015" when the month is not known."""
    parts = value.split("-")
    return "-".join(parts[:2]) if len(parts) > 1 and parts[1].isdigit() else parts[0][:4]


def _across_documents(protos: list[_Proto], canon: _Canon) -> list[_Proto]:
    """Join groups of different articles, the most strongly tied pair first, comparing only
    the pairs that share a blocking key; ties go to the earlier pair, as in a full scan."""
    by_type: dict[EventType, list[_Proto]] = defaultdict(list)
    for p in protos:
        by_type[p.type].append(p)
    out: list[_Proto] = []
    for group in by_type.values():
        out.extend(_join_group(group, canon))
    return out


def _join_group(group: list[_Proto], canon: _Canon) -> list[_Proto]:
    index = BlockIndex()
    for k, p in enumerate(group):
        index.add(k, _block_keys(p, canon))
    version = [0] * len(group)
    dead = [False] * len(group)
    heap: list[tuple[float, int, int, int, int]] = []

    def push(k: int, others: Iterable[int]) -> None:
        for m in others:
            a, b = min(k, m), max(k, m)
            if dead[m] or group[a].documents & group[b].documents:
                continue
            ok, score = _compatible(group[a], group[b], canon)
            if ok and score > 0:
                heapq.heappush(heap, (-score, a, b, version[a], version[b]))

    for k in range(len(group)):
        push(k, (m for m in index.candidates(k) if m > k))
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        if dead[a] or dead[b] or (version[a], version[b]) != (va, vb):
            continue  # a pair scored before one side grew or was merged away
        _merge_into(group[a], group[b])
        dead[b] = True
        version[a] += 1
        index.add(a, _block_keys(group[a], canon))
        push(a, index.candidates(a))
    return [p for k, p in enumerate(group) if not dead[k]]


def _majority(counter: dict[str, set[str]]) -> str:
    """The value most documents gave (ties: the larger value, so the choice is stable)."""
    return max(counter, key=lambda k: (len(counter[k]), len(k), k))


def _to_event(p: _Proto, canon: _Canon) -> Event:
    ids = sorted(m.id for m in p.mentions)
    ev_id = "ev-" + hashlib.sha1(":".join(ids).encode()).hexdigest()[:10]
    conflicts: list[Conflict | None] = []
    date_value, precision, date_text = _choose_date(p)
    what = _event_words(p, date_value)
    # unresolved values ("XXXX-03-31") can be shown to no one; a month agrees with its days
    full_days = {k: v for k, v in p.dates.items() if "X" not in k}
    conflicts.append(disagreement("date", full_days, dates_agree, ev_id,
                                  f"date of {_event_words(p, None)}"))
    count = None
    if p.counts:
        by_count = {str(k): v for k, v in p.counts.items()}
        count = int(_majority(by_count))
        conflicts.append(disagreement("count", by_count, same_value, ev_id, f"count of {what}"))
    elif p.named_counts:  # no source states a number: as many as the sources name
        count = max(p.named_counts)
    conflicts.extend(_name_conflicts(p, canon, ev_id, what))
    locs: dict[str, set[str]] = defaultdict(set)
    places: dict[str, set[str]] = defaultdict(set)  # as written: "Moscow", not its country
    for m in p.mentions:
        if m.location:
            locs[canon.name(m.document, m.location) or m.location].add(m.document)
            places[canon.res.canonical(m.document, m.location) or m.location].add(m.document)
    location = _majority(locs) if locs else None
    conflicts.append(disagreement("location", places, places_agree(canon.country_of), ev_id,
                                  f"place of {what}", min_documents=2))
    first = p.mentions[0]
    whats = [m.what for m in p.mentions if m.what]
    tos = Counter(n for n in (canon.name(m.document, m.to) for m in p.mentions) if n)
    sources = tuple(dict.fromkeys(e for m in sorted(
        p.mentions, key=lambda m: (m.document, m.evidence.start))
        for e in (m.evidence, *m.context)))
    return Event(
        id=ev_id,
        type=p.type,
        status=first.status,
        date=date_value,
        date_precision=precision,
        date_text=date_text,
        by=p.by.most_common(1)[0][0] if p.by else None,
        to=tos.most_common(1)[0][0] if tos else None,
        participants=tuple(sorted(p.people)),
        persons=tuple(sorted(p.persons)),
        targets=_target_names(p),
        count=count,
        location=location,
        what=max(whats, key=len) if whats else None,
        link=next((m.link for m in p.mentions if m.link), None),
        background=any(m.background for m in p.mentions),
        sources=sources,
        conflicts=tuple(c for c in conflicts if c is not None),
        mentions=tuple(ids),
    )


def _target_names(p: _Proto) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for m in p.mentions:
        for t in m.targets:
            seen.setdefault(norm(t), t)
    return tuple(sorted(seen.values()))


def _choose_date(p: _Proto) -> tuple[str | None, str | None, str | None]:
    """The best-supported calendar date, or none; the text it came from either way."""
    texts = [m.date for m in p.mentions if m.date is not None]
    calendar = [t for t in texts if t.calendar]
    if calendar:
        best_len = max(len(t.calendar or "") for t in calendar)
        precise = [t for t in calendar if len(t.calendar or "") == best_len]
        votes = Counter(t.calendar for t in precise)
        value = votes.most_common(1)[0][0]
        chosen = next(t for t in precise if t.calendar == value)
        prec = chosen.precision.value if chosen.precision else None
        return value, prec, chosen.text
    if texts:
        return None, None, texts[0].text
    return None, None, None


def _event_words(p: _Proto, day: str | None) -> str:
    """How a conflict's sentence names its event: "the release of Marc Fogel on 2025-02-11"
    (the day is left out of a sentence about the date itself)."""
    who = sorted(p.persons) or sorted(p.people)
    words = f"the {p.type.value.replace('_', ' ')}"
    if who:
        joiner = " of " if p.type in (EventType.RELEASE, EventType.SANCTIONS_RELIEF,
                                      EventType.SANCTIONS_IMPOSED) else " with "
        words += joiner + " and ".join(who[:2]) + (" and others" if len(who) > 2 else "")
    return words + (f" on {day}" if day else "")


def _name_conflicts(p: _Proto, canon: _Canon, ev_id: str, what: str) -> list[Conflict]:
    """People this event's sources spelled differently, by the entities' spelling rule."""
    spellings: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in p.mentions:
        for surface in (*m.persons, *m.participants):
            name = canon.name(m.document, surface)
            if name:
                spellings[name][surface].add(m.document)
    out = []
    for name, forms in spellings.items():
        ent = canon.entities.get(name)
        etype = ent.type if ent else EntityType.PERSON
        spelled = [Spelling(t, tuple(sorted(d))) for t, d in sorted(forms.items())]
        c = spelling_conflict(ev_id, name, etype, spelled)
        if c:
            out.append(Conflict(c.field, c.values, ev_id, f"{c.about}, in {what}"))
    return out


def all_conflicts(events: Iterable[Event], entities: Iterable[Entity],
                  others: Iterable[Conflict] = ()) -> list[Conflict]:
    """Every conflict of the ledger in one list: events first, then entities, then ``others``
    (lists of names spelled differently)."""
    out = [c for e in events for c in e.conflicts]
    seen = {(c.field, tuple(v.value for v in c.values)) for c in out}
    for c in (*(c for ent in entities for c in ent.conflicts), *others):
        key = (c.field, tuple(v.value for v in c.values))
        if key not in seen:
            out.append(c)
            seen.add(key)
    return out
