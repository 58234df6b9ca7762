"""Entities from the groups of name mentions resolve joined: the canonical name, spellings with
their documents, roles, nationality, and the spelling conflict between outlets.

Each group is read once: its spellings and their documents serve the canonical name, the
spellings, the documents and the index from (document, surface text) to the entity's name.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from dealwatch.model import Conflict, Entity, EntityType, NameMention, Spelling
from dealwatch.places import country_named, country_of_capital, country_of_demonym
from dealwatch.resolve.blocks import head_dropped
from dealwatch.resolve.spelling import spelling_conflict

_SPELLED = (EntityType.PERSON, EntityType.ORGANIZATION)  # the types spelling_conflict reads


def canonical_country(m: NameMention) -> str | None:
    """The country a country mention names ("Russia", "Russian"), or None."""
    return country_named(m.text) or country_of_demonym(m.text)


def build_entities(
    groups: Iterable[tuple[EntityType, list[NameMention]]],
) -> tuple[list[Entity], dict[tuple[str, str], str]]:
    """The entities of the groups (type, mentions), sorted by type and name, and for each
    (document, surface text) the name of its entity."""
    entities: list[Entity] = []
    index: dict[tuple[str, str], str] = {}
    for etype, mentions in groups:
        entities.append(_entity(etype, mentions, index))
    entities.sort(key=lambda e: (e.type.value, e.name))
    return entities, index


def _entity(etype: EntityType, mentions: list[NameMention],
            index: dict[tuple[str, str], str]) -> Entity:
    # one pass over the mentions: each surface text with the documents that wrote it (in
    # the order first met), the cover names, the roles (first met first), the nationalities
    spell: dict[str, set[str]] = {}
    covers: set[str] = set()
    met: dict[str, None] = {}
    countries: list[str] = []
    for m in mentions:
        docs = spell.get(m.text)
        if docs is None:
            spell[m.text] = {m.document}
        else:
            docs.add(m.document)
        if m.alias_of:
            covers.add(m.text)
        for r in m.roles:
            met.setdefault(r)
        if m.country:
            countries.append(m.country)
    name = canonical_name(etype, mentions, spell, covers)
    for text, docs in spell.items():  # every (document, surface text) of the mentions
        for doc in docs:
            index[(doc, text)] = name
    spellings = tuple(Spelling(t, tuple(sorted(spell[t]))) for t in sorted(spell))
    roles = tuple(met)
    ent_id = "ent-" + hashlib.sha1(f"{etype.value}:{name}".encode()).hexdigest()[:10]
    named = tuple(s for s in spellings if s.text not in covers) if covers else spellings
    return Entity(
        id=ent_id, name=name, type=etype,
        aliases=tuple(sorted(spell)),
        spellings=spellings,
        roles=roles[:12],
        country=Counter(countries).most_common(1)[0][0] if countries else (
            country_of_capital(name) if etype == EntityType.PLACE else None),
        # fewer than two spellings, or another type: no conflict, as spelling_conflict says
        conflicts=_spelling_conflicts(ent_id, name, etype, named)
        if len(named) >= 2 and etype in _SPELLED else (),
        documents=tuple(sorted(set().union(*spell.values()))),
    )


def canonical_name(etype: EntityType, mentions: list[NameMention],
                   spell: dict[str, set[str]], covers: set[str]) -> str:
    """Most documents first, then the longest full form; a cover name only when the group
    has nothing else."""
    if etype == EntityType.COUNTRY:
        for m in mentions:
            found = canonical_country(m)
            if found:
                return found
    # a cover name whose true name the article never named as a name: the cover names
    docs = {t: d for t, d in spell.items() if t not in covers} or spell
    full = [t for t in docs if len(t.split()) >= 2] or list(docs)
    if etype == EntityType.ORGANIZATION and len(full) > 1:  # a body by its whole name, not
        # the short form news also calls it ("the Vark" for "the Vark Revolutionary Front")
        full = [t for t in full if not any(head_dropped(t, u) for u in full)] or full
    return max(full, key=lambda t: (len(docs[t]), len(t), t))


def _spelling_conflicts(ent_id: str, name: str, etype: EntityType,
                        spellings: tuple[Spelling, ...]) -> tuple[Conflict, ...]:
    """Outlets spell one person's or organisation's name differently (``spelling.py``)."""
    conflict = spelling_conflict(ent_id, name, etype, spellings)
    return (conflict,) if conflict else ()
