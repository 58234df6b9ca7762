"""The acting side: a state or a body acting as one, never a freed person.

A release, a sanction, a promise or a demand is made by a side: a state, or a body that acts
as one (an armed group, the EU). News names the side in many ways: the state itself, its
capital or seat of government ("Minsk", "the Kremlin"), an agency ("the US Treasury",
"Egyptian intelligence"), or a person who acts for it ("Belarusian President X"). A release
or a sanction is the state's act, so its side becomes the state; a named leader who demands
or promises is kept, since the text puts the words in their mouth, unless the promise is a
state's concession (to free people, to ease sanctions).

The actor the sentence parse found is not always a side: the freed person ("X's release"),
someone commenting on the event ("Y welcomed the release"), a relative, a lawyer, an outlet,
the Red Cross that people are handed to. Those are dropped, and a release told with no side
takes the state the article says held its people ("held in Iran", "a Russian court jailed
him").
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace

from spacy.tokens import Token

from dealwatch.document.bodies import Reading, read_name, read_phrase
from dealwatch.document.context import ArticleContext
from dealwatch.document.holders import Holding, holdings
from dealwatch.document.offices import Office, People
from dealwatch.extract import lexicon as lx
from dealwatch.extract import mention_id
from dealwatch.extract.args import Coref, actor_token
from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType, EventMention, EventType
from dealwatch.places import country_for_actor

STATE_ACTS = frozenset({EventType.RELEASE, EventType.SANCTIONS_RELIEF,
                        EventType.SANCTIONS_IMPOSED})
STATEMENTS = frozenset({EventType.PROMISE, EventType.DEMAND})
# Verbs whose subject speaks of, obtains or arranges an event another side carries out:
# "X welcomed the release", "Y secured the release", "a third country brokered the swap".
COMMENT_VERBS = frozenset(
    {"welcome", "hail", "praise", "describe", "call", "thank", "celebrate", "applaud", "laud",
     "criticize", "criticise", "condemn", "denounce", "decry", "mark", "secure", "win",
     "obtain", "seek", "arrange", "broker", "mediate", "facilitate", "organise", "organize",
     "supervise", "host", "negotiate", "discuss", "await", "witness", "attend", "cover",
     "report", "hope", "want", "oppose", "question", "doubt", "push", "press", "lobby"}
)
# A swap has two sides; which one a passive "were exchanged" means, the article cannot say.
TWO_SIDED = frozenset({"exchange", "swap", "trade"})
# Words that tie a promise to a state's concession: freeing people, easing sanctions.
CONCESSIONS = lx.RELEASE_VERBS | lx.RELEASE_NOUNS | lx.RELIEF_VERBS | lx.SANCTION_NOUNS | {
    "hand", "let", "send", "set"}
# A dateline glued to a name: "CAPITAL - Country released ...".
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’]+\s[-–—]\s+(\S.*)$")


class Kind(enum.Enum):
    """What the actor a sentence gives is, as a side."""

    STATE = "state"  # a state, or a body of one whose state is known
    BODY = "body"  # a state body whose state the text does not give ("the KGB")
    OFFICIAL = "official"  # a person acting for a state
    PERSON = "person"  # a person whose role the article does not give
    PRIVATE = "private"  # a person out of office: an opposition leader, an activist
    NOT_SIDE = "not_side"  # a freed person, a commentator, a lawyer, an outlet, the Red Cross
    OTHER = "other"  # any other actor: an armed group, a union of states
    NONE = "none"  # no actor


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    country: str | None = None
    freed: str | None = None  # the actor found is this freed person


@dataclass
class _Article:
    """What the pass reads from the whole article, once."""

    ctx: ArticleContext
    people: People
    persons: set[str]  # every name the article types as a person
    freed: set[str]  # everyone the article's releases, promises and demands free
    held: list[Holding]
    coref: Coref


def acting_sides(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Mentions whose ``by`` names the side that acted."""
    names = ctx.names
    article = _Article(
        ctx=ctx,
        people=People(names),
        persons={m.text for m in names.mentions if m.type == EntityType.PERSON},
        freed={p for m in mentions if m.type in STATE_ACTS | STATEMENTS for p in m.persons},
        held=holdings(ctx.doc, names),
        coref=Coref(names),
    )
    return [_with_side(article, m) for m in mentions]


def _with_side(a: _Article, m: EventMention) -> EventMention:
    if m.type not in STATE_ACTS | STATEMENTS:
        return m
    cue = cue_token(a.ctx, m)
    verdict = judge(a, m, cue)
    if m.type in STATE_ACTS:
        by, holding = _state_act(a, m, verdict, cue)
    else:
        by, holding = _statement(m, verdict, cue), None
    if holding is not None and not _told_in(holding, m):
        span = a.ctx.doc.char_span(holding.sentence, holding.sentence_end,
                                   alignment_mode="expand")
        if span is not None and a.ctx.evidence(span) not in m.context:
            m = replace(m, context=(*m.context, a.ctx.evidence(span)))
    return m if by == m.by else replace(m, by=by)


def cue_token(ctx: ArticleContext, m: EventMention) -> Token | None:
    """The cue word of a mention in the parse (its id names the word's offset)."""
    span = ctx.doc.char_span(m.evidence.start, m.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    same = [t for t in span if t.text == m.cue]
    exact = [t for t in same if mention_id(m.document, t.idx, m.type) == m.id]
    return next(iter(exact or same), None)


def judge(a: _Article, m: EventMention, cue: Token | None) -> Verdict:
    """What the mention's actor is, as a side."""
    names = a.ctx.names
    tok = actor_token(cue, names, a.coref) if cue is not None else None
    if tok is not None and cue is not None and _comments(tok, cue):
        return Verdict(Kind.NOT_SIDE)
    if m.by is None:
        if tok is not None:  # "the Russian foreign ministry": a body the NER left unnamed
            reading = read_phrase(tok, names)
            if reading.body:  # "its courts released them": a state's, but not one we know
                return Verdict(Kind.STATE if reading.country else Kind.BODY, reading.country)
        return Verdict(Kind.NONE)
    by = undateline(m.by)
    person = a.people.get(by) if by in a.persons else None
    if person is not None:
        if _freed(a, m, by, tok, cue, person.office):
            return Verdict(Kind.NOT_SIDE, freed=by)
        if person.office == Office.STATE:
            return Verdict(Kind.OFFICIAL, person.country or _source_country(cue, names))
        return Verdict({Office.NEVER: Kind.NOT_SIDE, Office.PRIVATE: Kind.PRIVATE}.get(
            person.office, Kind.PERSON))
    own = country_for_actor(by)  # "Minsk", "Azerbaijani", "U.S."
    if own is not None:
        return Verdict(Kind.STATE, own)
    reading = _reading(tok, by, a)
    if reading.not_side:
        return Verdict(Kind.NOT_SIDE)
    if reading.body:
        return Verdict(Kind.STATE if reading.country else Kind.BODY, reading.country)
    return Verdict(Kind.OTHER)


def _reading(tok: Token | None, by: str, a: _Article) -> Reading:
    """The actor's words as the sentence writes them ("the White House"), else its name."""
    found = read_phrase(tok, a.ctx.names) if tok is not None else Reading()
    if found.country is not None or found.not_side:
        return found
    named = read_name(by)
    return named if named.country is not None or named.not_side else Reading(
        body=found.body or named.body)


def _source_country(cue: Token | None, names: DocNames) -> str | None:
    """The state whose seat or body reports the clause: "the Kremlin said that President X
    had pardoned them" (X is that state's president)."""
    for verb in cue.ancestors if cue is not None else ():
        if verb.lemma_.lower() in lx.REPORTING_VERBS:
            for child in verb.children:
                if child.dep_ == "nsubj":
                    reading = read_phrase(child, names)
                    if reading.body and reading.country:
                        return reading.country
            return None
    return None


def undateline(text: str) -> str:
    """A name without the dateline glued before it ("CAPITAL - Country" -> "Country")."""
    found = _DATELINE.match(text)
    return found.group(1) if found else text


def _comments(tok: Token, cue: Token) -> bool:
    """The actor is the subject of a verb that speaks of a noun cue: "X welcomed the release"."""
    return (cue.pos_ in ("NOUN", "PROPN") and tok.dep_ == "nsubj" and tok.head.i != cue.i
            and tok.head.lemma_.lower() in COMMENT_VERBS)


def _freed(a: _Article, m: EventMention, by: str, tok: Token | None, cue: Token | None,
           office: Office) -> bool:
    """The actor is one of the people freed: "X's release", or named among the freed."""
    if any(a.people.same(by, p) for p in m.persons):
        return True
    if tok is not None and cue is not None and tok.dep_ == "poss" and tok.head.i == cue.i and (
            cue.lemma_.lower() in lx.RELEASE_NOUNS):
        # "his release" frees him; "the president's pardon of four spies" is the president's
        pardons_others = any(c.dep_ == "prep" and c.lower_ == "of" for c in cue.children)
        return not (pardons_others and office == Office.STATE)
    return office != Office.STATE and any(a.people.same(by, p) for p in a.freed)


def _state_act(a: _Article, m: EventMention, v: Verdict,
               cue: Token | None) -> tuple[str | None, Holding | None]:
    """A release's or a sanction's side: a state wherever the text lets us say which."""
    if v.kind == Kind.STATE:
        return v.country, None
    if v.kind == Kind.OFFICIAL:
        return v.country or m.by, None
    if v.kind in (Kind.BODY, Kind.OTHER):
        return m.by, None
    freed = (v.freed,) if v.freed else ()
    holding = holder(a, m, cue, freed) if m.type == EventType.RELEASE else None
    if holding is not None:
        return holding.side, holding
    return (m.by if v.kind == Kind.PERSON else None), None  # a person we know nothing of


def _statement(m: EventMention, v: Verdict, cue: Token | None) -> str | None:
    """A promise's or a demand's side: a named person is kept, other actors become states;
    a leader's promise to free people or ease sanctions is the state's concession."""
    if v.kind == Kind.STATE:
        return v.country
    if v.kind in (Kind.NOT_SIDE, Kind.NONE):
        return None
    if v.kind == Kind.OFFICIAL and v.country and m.type == EventType.PROMISE and (
            _concedes(m, cue)):
        return v.country
    return m.by


def _concedes(m: EventMention, cue: Token | None) -> bool:
    """The promise is to free people or ease sanctions."""
    if m.count is not None or m.persons or m.targets:
        return True
    return cue is not None and any(t.lemma_.lower() in CONCESSIONS for t in cue.subtree)


def holder(a: _Article, m: EventMention, cue: Token | None,
           freed: tuple[str, ...] = ()) -> Holding | None:
    """The side that held the people a release frees: theirs, else the one its sentence
    names, else (for people the release does not name) the one side the article says held
    anyone."""
    named = (*m.persons, *freed)
    if named:
        theirs = [h for h in a.held
                  if any(a.people.same(p, q) for p in named for q in h.people)]
        if theirs:
            return _one(theirs)
    here = [h for h in a.held if _told_in(h, m)]
    if cue is not None:  # "hostages held in A were freed and prisoners freed from B's jails"
        own = {t.i for t in cue.subtree} | {c.i for c in cue.children}
        tied = [h for h in here if h.tokens & own]
        here = tied or here
    if here:
        return _one(here)
    if named or (cue is not None and cue.lemma_.lower() in TWO_SIDED):
        return None  # where others were held says nothing of these, nor of a swap's sides
    return _one(a.held)


def _told_in(h: Holding, m: EventMention) -> bool:
    return h.sentence <= m.evidence.start < h.sentence_end


def _one(held: list[Holding]) -> Holding | None:
    """The holding when they all name one side, else none."""
    return held[0] if held and len({h.side for h in held}) == 1 else None
