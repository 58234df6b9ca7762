"""A person's own organisation: "Kai Strand told reporters that his Vorta Front was freeing
the two men", "Strand's Vorta Front". A careful reader takes what such a person frees or
sanctions as the organisation's act, as the article tells it: a release is a side's, and the
side is the body the person leads or speaks for, not the person.
"""

from __future__ import annotations

from dataclasses import replace

from dealwatch.document.context import ArticleContext
from dealwatch.document.offices import People
from dealwatch.extract.lexicon import JOINED_HEADS
from dealwatch.model import STATE_ACTS, EntityType, EventMention

_OWNERS = frozenset({"his", "her"})


def bodies_of_people(ctx: ArticleContext, people: People) -> dict[str, str]:
    """The full name of each person the article gives one organisation of their own: a
    capitalised name ending in a word like "Front" or "Alliance", owned by the person."""
    names = ctx.names
    found: dict[str, set[str]] = {}
    for head in ctx.doc:
        if head.pos_ != "PROPN" or head.lower_ not in JOINED_HEADS or not head.text[:1].isupper():
            continue
        words = [t for t in head.subtree if t.dep_ == "compound" or t.i == head.i]
        body = " ".join(t.text for t in words if t.i <= head.i)
        for poss in (c for c in head.children if c.dep_ == "poss"):
            owner = names.at(poss)
            if owner is not None and owner.type == EntityType.PERSON:
                person = owner.text
            elif poss.lower_ in _OWNERS:  # the person the sentence names last before "his"
                before = [n for n in names.mentions if n.type == EntityType.PERSON
                          and head.sent.start_char <= n.start < poss.idx]
                if not before:
                    continue
                person = before[-1].text
            else:
                continue
            found.setdefault(people.name(person), set()).add(body)
    return {p: next(iter(bodies)) for p, bodies in found.items() if len(bodies) == 1}


def acts_of_their_bodies(ctx: ArticleContext, people: People,
                         mentions: list[EventMention]) -> list[EventMention]:
    """Releases and sanctions credited to a person the article gives a body of their own are
    that body's (see the module's text)."""
    if not any(m.type in STATE_ACTS and m.by and people.get(m.by) is not None
               for m in mentions):
        return mentions
    bodies = bodies_of_people(ctx, people)
    if not bodies:
        return mentions
    return [replace(m, by=bodies[people.name(m.by)])
            if m.type in STATE_ACTS and m.by and people.name(m.by) in bodies else m
            for m in mentions]
