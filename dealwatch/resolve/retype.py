"""People the tagger took for bodies in one article and some other article names in an office.

spaCy's small model types a foreign name it does not know as an organisation now and then
("Xa Yb signed his own pardon decrees"), while another outlet writes "President Xa Yb". A
careful reader takes them for one person: an organisation of one article whose full name is
written exactly as a person's that an article names with an office or a role ("President",
"the foreign minister") is that person, and so is the surname alone that article gives the
same body, and a one-word body that is such a person's surname. A body no article gives a
role to is left as it is ("the White House" a person to a careless tagger somewhere has no
office).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from dealwatch.model import EntityType, NameMention
from dealwatch.resolve.keys import norm


class Group(Protocol):
    type: EntityType
    mentions: list[NameMention]


G = TypeVar("G", bound=Group)


def people_taken_for_bodies(clusters: Sequence[G]) -> list[G]:
    """The clusters, with organisations that are people named with a role elsewhere retyped
    as people, and their surnames alone (in the same article) joined to them."""
    officials = {norm(m.text) for c in clusters if c.type == EntityType.PERSON
                 and any(m.roles for m in c.mentions)
                 for m in c.mentions if len(m.text.split()) >= 2}
    if not officials:
        return list(clusters)
    clusters = _lone_surnames(clusters)
    surnames: dict[tuple[str, str], G] = {}
    for c in clusters:
        if c.type == EntityType.ORGANIZATION and any(
                len(m.text.split()) >= 2 and norm(m.text) in officials for m in c.mentions):
            _retype(c)
            for m in c.mentions:
                surnames.setdefault((m.document, norm(m.text.split()[-1])), c)
    out: list[G] = []
    for c in clusters:
        owner = _owner(c, surnames) if surnames else None
        if owner is None:
            out.append(c)
        else:
            _retype(c)
            owner.mentions.extend(c.mentions)
    return out


def _lone_surnames(clusters: Sequence[G]) -> list[G]:
    """A body of one word that is the surname of exactly one person some article names in
    full with an office ("Nour met the envoy" beside "President Abdel Karim el-Nour"; the
    surname of "el-Nour" is "Nour") is that person: the tagger took the lone surname for a
    body. The owners of a surname in the body's own articles are looked at first, then those
    of every article; each is found by a lookup, and whether a surname's owners are one person
    is asked once (a large store names one president in thousands of articles)."""
    owners: dict[str, list[G]] = {}
    here: dict[tuple[str, str], list[G]] = {}  # (document, surname) -> its owners there
    for c in clusters:
        if c.type == EntityType.PERSON and any(m.roles for m in c.mentions):
            for key in {norm(m.text).split()[-1] for m in c.mentions
                        if len(norm(m.text).split()) >= 2}:
                owners.setdefault(key, []).append(c)
                for doc in {m.document for m in c.mentions}:
                    here.setdefault((doc, key), []).append(c)
    one: dict[str, bool] = {}  # surname -> its owners of every article are one person
    out: list[G] = []
    for c in clusters:
        keys = {norm(m.text) for m in c.mentions} if c.type == EntityType.ORGANIZATION else set()
        key = next(iter(keys)) if len(keys) == 1 and all(
            len(m.text.split()) == 1 for m in c.mentions) else ""
        if key not in owners:
            out.append(c)
            continue
        local = list({id(o): o for m in c.mentions
                      for o in here.get((m.document, key), ())}.values())
        if local:
            ok = _one_person(local)
        else:
            local = owners[key]
            if key not in one:
                one[key] = _one_person(local)
            ok = one[key]
        if ok and all(o is not c for o in local):
            _retype(c)  # (one person, however many articles name them in full)
            local[0].mentions.extend(c.mentions)
        else:
            out.append(c)
    return out


# The particles of Arabic names, written apart or hyphenated: "al-Nour", "el-Nour".
_PARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul"})


def _one_person(owners: Sequence[Group]) -> bool:
    """The clusters name one person, however spelt: each of their full names shares two words
    or more with the first, particles aside ("Abdel Karim al-Nour", "Karim el-Nour")."""
    names = [set(n.split()) for o in owners for n in _full(o)]
    return bool(names) and all(len(names[0] & x) >= 2 for x in names[1:])


def _full(c: Group) -> frozenset[str]:
    """The full names of a person, compared without their particles ("Abdel Karim al-Nour"
    and "Abdel Karim el-Nour" are one)."""
    return frozenset(" ".join(w for w in norm(m.text).split() if w not in _PARTICLES)
                     for m in c.mentions if len(m.text.split()) >= 2)


def _owner(c: G, surnames: dict[tuple[str, str], G]) -> G | None:
    """The retyped person whose surname a one-word body of the same article is."""
    if c.type != EntityType.ORGANIZATION or any(len(m.text.split()) != 1 for m in c.mentions):
        return None
    owners = {id(o): o for m in c.mentions
              if (o := surnames.get((m.document, norm(m.text)))) is not None and o is not c}
    return next(iter(owners.values())) if len(owners) == 1 else None


def _retype(c: Group) -> None:
    c.type = EntityType.PERSON
    c.mentions[:] = [replace(m, type=EntityType.PERSON) for m in c.mentions]
