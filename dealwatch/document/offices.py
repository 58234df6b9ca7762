"""The people of an article and the offices they hold: who acts for a state, and which.

A president, a minister or an envoy acts for a state; an activist, a lawyer, a relative or a
reporter does not. The role words come with the name ("Belarusian President", "Qatar's
foreign ministry spokesman", "the opposition leader"), and an article that gives them once
("Russian President Vladimir Putin") does not repeat them ("Putin said"), so every mention of
a person in the article counts.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass

from dealwatch.document.bodies import read_words
from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType
from dealwatch.state_bodies import key

# Offices that act for a state whatever words come with them.
HEAD_OFFICES = frozenset(
    {"president", "premier", "prime", "minister", "chancellor", "king", "queen", "emir",
     "monarch", "sultan", "envoy", "ambassador", "consul", "dictator", "ruler", "leader",
     "taoiseach", "ayatollah"}
)
# Offices that act for a state when the role names the state or one of its bodies: a
# "government spokesman", "State Department spokesman", not "its spokesman".
SERVING_OFFICES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "secretary", "adviser", "advisor",
     "official", "officials", "negotiator", "diplomat", "head", "chief", "director",
     "commander", "general", "governor", "attorney-general", "prosecutor"}
)
# Words that say a person is never a side: relatives, lawyers and the press speak for others.
NEVER_SIDES = frozenset(
    {"journalist", "reporter", "correspondent", "editor", "lawyer", "wife", "husband", "son",
     "daughter", "mother", "father", "brother", "sister", "family", "relative", "cousin",
     "fiancee", "fiancé", "parent", "parents", "widow"}
)
# Words that say a person does not act for a state now: the opposition, the freed, people out
# of office. They may still demand or promise in their own name.
NOT_OFFICES = NEVER_SIDES | frozenset(
    {"opposition", "exiled", "former", "ex", "activist", "dissident", "writer", "blogger",
     "student", "prisoner", "detainee", "hostage",
     "captive", "worker", "businessman", "businesswoman", "athlete", "player", "star",
     "teacher", "researcher", "scientist", "veteran", "marine", "pilot", "smuggler",
     "dealer", "trafficker", "hacker", "citizen", "resident", "pastor", "priest",
     "rabbi", "imam", "tourist", "retired", "late", "candidate", "challenger", "rival",
     "critic", "coach", "dancer", "musician", "singer", "actor", "actress", "convicted",
     "jailed", "detained", "imprisoned", "freed", "released", "accused"}
)


class Office(enum.Enum):
    """What the article says of a person's role."""

    STATE = "state"  # acts for a state
    PRIVATE = "private"  # a role that never acts for one (an opposition leader, an activist)
    NEVER = "never"  # a role that is never a side at all: a relative, a lawyer, the press
    UNKNOWN = "unknown"  # no role given


@dataclass(frozen=True)
class Role:
    """One role phrase read: the office it names and the state it names."""

    office: Office
    country: str | None


def read_role(role: str) -> Role:
    """"Belarusian President" -> a state office of Belarus; "opposition leader" -> private."""
    words = key(role).replace("'s", " 's").split()
    if not words:
        return Role(Office.UNKNOWN, None)
    reading = read_words(words)
    if any(w in NEVER_SIDES for w in words):
        return Role(Office.NEVER, reading.country)
    if any(w in NOT_OFFICES for w in words):
        return Role(Office.PRIVATE, reading.country)
    if any(w in HEAD_OFFICES for w in words):
        return Role(Office.STATE, reading.country)
    if any(w in SERVING_OFFICES for w in words) and (reading.body or reading.country):
        return Role(Office.STATE, reading.country)
    return Role(Office.UNKNOWN, reading.country)


@dataclass(frozen=True)
class Person:
    """A person as the whole article describes them."""

    office: Office
    country: str | None  # the state they act for (or their nationality), when one is given


class People:
    """The people of one article, by any name the article calls them."""

    def __init__(self, names: DocNames) -> None:
        self.names = names
        people = [m for m in names.mentions if m.type == EntityType.PERSON]
        surnames: dict[str, set[str]] = defaultdict(set)
        for m in people:
            if len(m.text.split()) > 1:
                surnames[m.text.split()[-1]].add(m.text)
        # a lone surname -> the one full name it shortens
        self.full = {s: next(iter(f)) for s, f in surnames.items() if len(f) == 1}
        roles: dict[str, set[str]] = defaultdict(set)
        nationality: dict[str, set[str]] = defaultdict(set)
        for m in people:
            roles[self.name(m.text)].update(m.roles)
            if m.country:
                nationality[self.name(m.text)].add(m.country)
        self.roles: dict[str, set[str]] = dict(roles)  # full name -> its role phrases
        self.people = {name: _person(roles[name], nationality[name]) for name in list(roles)}

    def name(self, text: str) -> str:
        """The full name a person's mention stands for."""
        return text if len(text.split()) > 1 else self.full.get(text, text)

    def get(self, text: str) -> Person | None:
        """The person a name stands for, or None when it names no person of the article."""
        return self.people.get(self.name(text))

    def same(self, a: str, b: str) -> bool:
        """Two mentions name one person ("Venner", "Carl Venner"; not "Ana Ruiz", "Juan Ruiz")."""
        if self.name(a) == self.name(b):
            return True
        short = len(a.split()) == 1 or len(b.split()) == 1
        return short and a.split()[-1:] == b.split()[-1:]


def _person(roles: set[str], nationality: set[str]) -> Person:
    read = [read_role(r) for r in roles]
    if any(r.office == Office.STATE for r in read):
        states = {r.country for r in read if r.office == Office.STATE and r.country}
        if not states:
            states = nationality
        return Person(Office.STATE, next(iter(states)) if len(states) == 1 else None)
    offices = {r.office for r in read}
    office = next((o for o in (Office.NEVER, Office.PRIVATE) if o in offices), Office.UNKNOWN)
    # out of office, a country in a role is a nationality ("the American teacher"), unless
    # the role names two ("a Belgian aid worker held in Iran")
    nationality = nationality | {r.country for r in read if r.country}
    return Person(office, next(iter(nationality)) if len(nationality) == 1 else None)
