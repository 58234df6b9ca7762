"""Groups of mentions believed to be one event, the names they use, and how they grow."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dealwatch.dates.patterns import WEEKDAYS
from dealwatch.extract.lexicon import LESSER_OFFICES, SOLE_OFFICES, head_offices
from dealwatch.model import TALKS_OF_A_DEAL, Entity, EntityType, EventMention, EventType
from dealwatch.places import country_for_actor, country_of_capital
from dealwatch.resolve import EntityIndex, Sides, norm

MEETING_LIKE = (EventType.MEETING, EventType.CALL)
# Offices whose holder acts for a state (a head of it, a minister, a lawmaker), unless the
# role says the office is left ("former"; "vice" and "deputy" are offices still).
_IN_OFFICE = SOLE_OFFICES | frozenset({"minister", "senator", "sen.", "rep.", "congressman",
                                       "congresswoman", "lawmaker", "mp"})
_OUT_OF_OFFICE = LESSER_OFFICES - {"vice", "deputy", "acting"}
# Words of a role that tell its holder held: "the jailed lawmaker" is one of the freed.
_HELD_ROLE = frozenset({"jailed", "detained", "imprisoned", "arrested", "captured",
                        "convicted", "abducted", "kidnapped", "held", "captive", "hostage",
                        "prisoner", "detainee"})


@dataclass
class Proto:
    """A group of mentions believed to be one event, with its fields gathered."""

    type: EventType
    mentions: list[EventMention] = field(default_factory=list)
    by: Counter[str] = field(default_factory=Counter)
    people: set[str] = field(default_factory=set)  # participants (meeting/call)
    persons: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    concessions: set[str] = field(default_factory=set)  # the kinds of act statements are about
    counts: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    # numbers of people named where no number is stated: the count when nothing else is
    named_counts: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    dates: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # the date keys some mention writes in its own sentence (the rest come from the time frame)
    own_dates: set[str] = field(default_factory=set)
    # weekdays (0 = Monday) of dates that name one but resolve to no day ("on Wednesday" in
    # an undated article)
    weekdays: set[int] = field(default_factory=set)
    # Kept as mentions join, since every comparison asks: the documents, the earliest full
    # day and the earliest publication (None: none known; odd: a day that is no date).
    docs: set[str] = field(default_factory=set)
    first_day: date | None = None
    first_pub: date | None = None
    odd_day: bool = False
    # What comparisons derive from the group (its key, its sides), dropped as it grows.
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def documents(self) -> set[str]:
        return self.docs

    def deal_talks(self) -> bool:
        """The group tells the talks a deal came out of, with no day ("agreed in talks")."""
        return (self.type == EventType.MEETING and not self.dates
                and any(m.what == TALKS_OF_A_DEAL for m in self.mentions))

    def same_acts(self, other: Proto) -> bool:
        """Statements about acts of one kind, or of kinds unknown ("to free them" and "to back
        the bid" are two promises)."""
        return not (self.concessions and other.concessions) or bool(
            self.concessions & other.concessions)

    def compared(self) -> Hashable | None:
        """Everything ``compare.compatible`` reads of the group, as one value: two groups
        with equal values compare alike with any third. None for a group with a day that is
        no date (its comparison reads the mentions themselves)."""
        if self.odd_day:
            return None
        key = self.memo.get("compared")
        if key is None:
            key = self.memo["compared"] = (
                self.type, self.first_day, self.first_pub, self.deal_talks(),
                tuple(sorted(self.by.items())) if self.type == EventType.LETTER
                else frozenset(self.by),
                frozenset(self.persons), frozenset(self.people), frozenset(self.targets),
                frozenset(self.concessions), frozenset(self.counts),
                frozenset(self.named_counts), frozenset(self.dates), frozenset(self.own_dates),
                frozenset(self.weekdays))
        return key

    def specific(self) -> bool:
        return bool(self.persons or self.targets or self.counts or self.dates
                    or len(self.people) >= 2)


class Canon:
    """Canonical names and sides for the surface forms of mentions, and publication dates."""

    def __init__(self, resolution: EntityIndex, published: dict[str, date] | None = None) -> None:
        self.published = published or {}
        self.res = resolution
        self.entities: dict[str, Entity] = {e.name: e for e in resolution.entities}
        self.sides = Sides(resolution.entities)
        self._countries: dict[str, bool] = {}
        self._sides: dict[str | None, str | None] = {}
        # the people each written form may name, for a form the index gave another reading
        self._people: dict[str, set[str]] = defaultdict(set)
        for e in resolution.entities:
            if e.type == EntityType.PERSON:
                for form in (e.name, *e.aliases):
                    self._people[norm(form)].add(e.name)

    def name(self, doc: str, surface: str | None) -> str | None:
        name = self.res.canonical(doc, surface)
        if name is None:
            return None
        ent = self.entities.get(name)
        if ent is not None and ent.type == EntityType.PLACE:
            return country_for_actor(name) or name  # "Minsk agreed" is Belarus acting
        return name

    def leaders_state(self, name: str | None) -> str | None:
        """The state a head of state or government acts for, where the articles name the
        office and the state ("Russian President A" in one article, "A pardoned her" in
        another): a release or a sanction is the state's act."""
        ent = self._head(name)
        return ent.country if ent is not None and ent.country else None

    def head_of_no_state(self, name: str | None) -> bool:
        """A head of state or government no article names the state of ("President A")."""
        ent = self._head(name)
        return ent is not None and not ent.country

    def _head(self, name: str | None) -> Entity | None:
        """The person of that name, if some article names them in a head's office."""
        ent = self.entities.get(name) if name is not None else None
        if ent is None or ent.type != EntityType.PERSON:
            return None
        return ent if head_offices({w for role in ent.roles for w in role.lower().split()}) else (
            None)

    def is_state(self, name: str) -> bool:
        ent = self.entities.get(name)
        return ent is not None and ent.type == EntityType.COUNTRY

    def in_office(self, name: str) -> bool:
        """A person some article names in a state's office ("President A", "Foreign Minister
        B", "Sen. C"), not a former one nor one any article tells as held ("the jailed
        lawmaker C"): one who frees, asks or negotiates, never one of the freed or of those a
        demand is about."""
        ent = self.entities.get(name)
        if ent is None or ent.type != EntityType.PERSON:
            return False
        if any(set(role.lower().split()) & _HELD_ROLE for role in ent.roles):
            return False  # "the jailed lawmaker A": held, whatever office he had
        for role in ent.roles:
            words = set(role.lower().split())
            if not words & _OUT_OF_OFFICE and words & _IN_OFFICE:
                return True
        return False

    def heads_a_state(self, name: str) -> bool:
        """A person some article names as a state's head ("President A", "Prime Minister
        B"), not a former or deputy one."""
        ent = self.entities.get(name)
        return ent is not None and ent.type == EntityType.PERSON and any(
            head_offices(set(role.lower().split())) for role in ent.roles)

    def written(self, doc: str, surface: str) -> str | None:
        """The entity's name for a written form, as the resolution's index gives it (a place
        stays a place: "Moscow", not its country)."""
        return self.res.canonical(doc, surface)

    def type_of(self, name: str) -> EntityType | None:
        """The type of the entity of that name, None when no entity has it."""
        ent = self.entities.get(name)
        return ent.type if ent is not None else None

    def person(self, doc: str, surface: str) -> str | None:
        """The person a freed person's written name is: where the article also tagged the
        form as a place ("Venner" once read as a town), the one person of that alias."""
        name = self.res.canonical(doc, surface)
        ent = self.entities.get(name or "")
        if ent is not None and ent.type != EntityType.PERSON:
            people = self._people.get(norm(surface), set())
            if len(people) == 1:
                return next(iter(people))
        return self.name(doc, surface)

    def sides_of(self, p: Proto) -> frozenset[str | None]:
        """The sides of those a group says acted (kept on the group until it grows)."""
        got = p.memo.get("sides")
        if got is None or got[0] is not self:
            got = p.memo["sides"] = (self, frozenset(self.side(x) for x in p.by))
        return got[1]

    def named(self, p: Proto) -> frozenset[str]:
        """The people and organisations among a group's participants (kept on the group
        until it grows)."""
        got = p.memo.get("named")
        if got is None or got[0] is not self:
            got = p.memo["named"] = (self, frozenset(self.non_countries(p.people)))
        return got[1]

    def non_countries(self, names: set[str]) -> set[str]:
        """The people and organisations among names (countries are too vague to tie events)."""
        return {n for n in names if not self.is_country(n)}

    def is_country(self, name: str) -> bool:
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


def date_key(m: EventMention) -> str | None:
    if m.date is None or not m.date.value:
        return None
    value = m.date.value
    if value.endswith("_REF") or not value[:4].replace("X", "0").isdigit() or len(value) < 4:
        return None  # a reference, a fiscal year, a decade or a century
    if "-W" in value or "-Q" in value or "-H" in value or value[-2:] in SEASON_CODES:
        return None
    return value.split("T")[0]


def own_date(m: EventMention) -> bool:
    """The mention's date is written in its own sentence (not taken from the time frame)."""
    return m.date is not None and m.evidence.start <= m.date.start < m.evidence.end


def unresolved_weekday(m: EventMention) -> int | None:
    """The weekday a mention's own date names when it resolves to no full day ("Wednesday's
    swap" in an article without a date): 0 for Monday, None when there is none."""
    if m.date is None or not own_date(m):
        return None
    value = m.date.value or ""
    if len(value) >= 10 and "X" not in value[:10]:
        return None  # a full day says more than its weekday
    words = "".join(c if c.isalpha() else " " for c in m.date.text.casefold()).split()
    named = [WEEKDAYS[w] for w in words if w in WEEKDAYS]
    return named[0] if len(named) == 1 else None


def full_day(key: str) -> bool:
    """A date key that gives a whole day ("2030-12-07"), not a month, a year or a day whose
    month or year is unknown ("XXXX-12-07")."""
    return len(key) == 10 and "X" not in key


def near_days(a: str, b: str) -> bool:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    except ValueError:
        return False


def earlier(a: date | None, b: date | None) -> date | None:
    return b if a is None else a if b is None else min(a, b)


def add(proto: Proto, m: EventMention, canon: Canon) -> None:
    doc = m.document
    proto.memo.clear()
    proto.mentions.append(m)
    proto.docs.add(doc)
    if not m.expected:  # an article telling a release still to come does not bound its day
        proto.first_pub = earlier(proto.first_pub, canon.published.get(doc))
    by = canon.name(doc, m.by)
    if by:
        proto.by[by] += 1
    proto.people.update(n for n in (canon.name(doc, p) for p in m.participants) if n)
    proto.persons.update(n for n in (canon.person(doc, p) for p in m.persons) if n)
    proto.targets.update(norm(t) for t in m.targets)
    if m.concession:
        proto.concessions.add(m.concession)
    if m.count is not None:
        (proto.named_counts if m.count_named else proto.counts)[m.count].add(doc)
    key = date_key(m)
    if key:
        proto.dates[key].add(doc)
        if own_date(m):
            proto.own_dates.add(key)
        if full_day(key):
            try:
                proto.first_day = earlier(proto.first_day, date.fromisoformat(key))
            except ValueError:
                proto.odd_day = True  # after_publication then fails on it as it always did
    weekday = unresolved_weekday(m)
    if weekday is not None:
        proto.weekdays.add(weekday)


def merge_into(a: Proto, b: Proto) -> None:
    a.memo.clear()
    a.mentions.extend(b.mentions)
    a.docs |= b.docs
    a.first_day = earlier(a.first_day, b.first_day)
    a.first_pub = earlier(a.first_pub, b.first_pub)
    a.odd_day = a.odd_day or b.odd_day
    a.by.update(b.by)
    a.people |= b.people
    a.persons |= b.persons
    a.targets |= b.targets
    a.concessions |= b.concessions
    for n, docs in b.counts.items():
        a.counts[n] |= docs
    for n, docs in b.named_counts.items():
        a.named_counts[n] |= docs
    for when, docs in b.dates.items():
        a.dates[when] |= docs
    a.own_dates |= b.own_dates
    a.weekdays |= b.weekdays
