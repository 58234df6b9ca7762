"""Whose terms a statement gives: "the spokesman restated Iran's terms: ... must be freed".

A spokesman, an envoy or an aide often relays a state's position: the sentence names the
state as the owner of the terms, the demands, the offer ("restated Iran's terms", "conveyed
Norland's offer"). A careful reader takes that state as the side that demands or promises,
not the person who spoke. Only terms passed on ("restated", "relayed", "conveyed", "set
out") count, not terms rejected or answered; only a country owns them here; and a head of
state or government who speaks keeps the statement (a president's words are the
president's).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dealwatch.document.bodies import read_phrase
from dealwatch.document.context import ArticleContext
from dealwatch.document.offices import HEAD_OFFICES, People
from dealwatch.document.said import STATEMENTS
from dealwatch.model import EntityType, EventMention
from dealwatch.places import country_of_capital

# Nouns for what a side asks or offers, whose owner is the side.
TERMS = frozenset({"term", "terms", "demand", "condition", "offer", "proposal", "position",
                   "request", "ultimatum", "precondition"})
# Verbs of passing on another's words: "rejected Iran's terms" is no relaying of them.
RELAYING = frozenset({"restate", "relay", "convey", "repeat", "reiterate", "present", "outline",
                      "deliver", "spell", "set", "lay", "read", "state", "give", "pass"})


def whose_terms(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Promises and demands relayed as a country's terms take that country as their side; a
    statement told by its noun with no side takes the state it belongs to ("a key demand of
    Astana")."""
    if not any(m.type in STATEMENTS for m in mentions):
        return mentions
    out = []
    for m in mentions:
        owner = _owner(ctx, m) if m.type in STATEMENTS else None
        if owner is None and m.type in STATEMENTS and m.by is None:
            owner = _whose_cue(ctx, m)
        if owner is not None and owner != m.by and (
                m.by is None or not _a_head(ctx.people(), m.by)):
            m = replace(m, by=owner)
        out.append(m)
    return out


def _owner(ctx: ArticleContext, m: EventMention) -> str | None:
    """The one country its sentence names as the owner of terms, demands or an offer."""
    sent = ctx.sentence_of(m)
    if sent is None:
        return None
    owners = set()
    for tok in sent:
        if (tok.lemma_.lower() in TERMS and tok.pos_ == "NOUN" and tok.dep_ == "dobj"
                and tok.head.lemma_.lower() in RELAYING):
            for c in tok.children:
                found = ctx.names.at(c) if c.dep_ == "poss" else None
                if found is not None and found.type == EntityType.COUNTRY:
                    owners.add(found.text)
    return owners.pop() if len(owners) == 1 else None


def _whose_cue(ctx: ArticleContext, m: EventMention) -> str | None:
    """ "the ban had been a key demand of Astana", "Norland's offer": the state a statement
    told by its noun belongs to (a capital stands for its country)."""
    cue = ctx.cue_token(m)
    if cue is None or cue.pos_ != "NOUN":
        return None
    owners = [c for c in cue.children if c.dep_ == "poss"]
    owners += [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]
    found = {_state(ctx, o) for o in owners} - {None}
    return found.pop() if len(found) == 1 else None


def _state(ctx: ArticleContext, tok: Token) -> str | None:
    name = ctx.names.at(tok)
    if name is not None and name.type == EntityType.COUNTRY:
        return name.text
    if name is not None and name.type != EntityType.PERSON and country_of_capital(name.text):
        return country_of_capital(name.text)
    if name is not None and name.type == EntityType.PERSON:
        return None
    reading = read_phrase(tok, ctx.names)  # a seat of government: "a demand of the Elysee"
    return reading.country if reading.country and not reading.not_side else None


def _a_head(people: People, name: str) -> bool:
    """A person the article gives an office at the head of a state (or a ministry)."""
    roles = people.names.mentions
    full = people.name(name)
    return any(w in HEAD_OFFICES for m in roles if m.type == EntityType.PERSON
               and people.name(m.text) == full for r in m.roles for w in r.lower().split())
