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

from dealwatch.document.bodies import (
    Reading,
    body_named_before,
    read_name,
    read_phrase,
    state_just_before,
)
from dealwatch.document.captors import captors_meant, pronoun_group
from dealwatch.document.context import ArticleContext, derived_id
from dealwatch.document.group_meant import armed_of_the_article, group_meant
from dealwatch.document.heads import dissidents_home, heads_of_the_other_state
from dealwatch.document.holders import Holding
from dealwatch.document.mediators import GO_BETWEENS
from dealwatch.document.offices import HEAD_OFFICES, SERVING_OFFICES, Office, People
from dealwatch.document.own_bodies import acts_of_their_bodies
from dealwatch.document.unnamed import (
    Clues,
    freed_group,
    freed_nationality,
    state_named,
    who_freed,
)
from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import actor_token, can_act, name_of, received, reporting_subjects
from dealwatch.extract.coref import Coref
from dealwatch.extract.counterparts import exchanged_for, nationality
from dealwatch.extract.governing import dateline_country
from dealwatch.extract.homecoming import MOVING_VERBS, off_the_plane
from dealwatch.extract.names import DocNames
from dealwatch.extract.parties import pair_that_traded
from dealwatch.extract.patients import verb_patient
from dealwatch.extract.shapes import went_home
from dealwatch.model import STATE_ACTS, EntityType, EventMention, EventType
from dealwatch.places import country_for_actor, country_of_demonym

STATEMENTS = frozenset({EventType.PROMISE, EventType.DEMAND})
SANCTIONS = frozenset({EventType.SANCTIONS_RELIEF, EventType.SANCTIONS_IMPOSED})
SIDED = STATE_ACTS | STATEMENTS  # meetings, calls and letters keep whoever took part
# Verbs whose subject speaks of, obtains or arranges an event another side carries out:
# "X welcomed the release", "Y secured the release", "a third country brokered the swap".
COMMENT_VERBS = frozenset(
    {"welcome", "hail", "praise", "describe", "call", "thank", "celebrate", "applaud", "laud",
     "criticize", "criticise", "condemn", "denounce", "decry", "mark", "secure", "win",
     "obtain", "seek", "arrange", "broker", "mediate", "facilitate", "organise", "organize",
     "supervise", "coordinate", "oversee", "host", "negotiate", "discuss", "await", "witness",
     "attend", "cover", "report", "hope", "want", "oppose", "question", "doubt", "push",
     "press", "lobby"}
)
OFFICES = HEAD_OFFICES | SERVING_OFFICES
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
    POINTED = "pointed"  # a group a common noun points back at ("the movement"): ``country``
    # holds its name
    NONE = "none"  # no actor


# The kinds of actor that are a side acting.
ACTED = frozenset({Kind.STATE, Kind.OFFICIAL, Kind.OTHER, Kind.POINTED})


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    country: str | None = None
    freed: str | None = None  # the actor found is this freed person
    actor: int | None = None  # the word the actor was read from
    speaker: str | None = None  # "X said his government was ready": X speaks for the body


@dataclass
class _Article:
    """What the pass reads from the whole article, once."""

    ctx: ArticleContext
    people: People
    persons: set[str]  # every name the article types as a person
    freed: set[str]  # everyone the article's releases, promises and demands free
    coref: Coref
    home: str | None = None  # the state of the article's dateline


def acting_sides(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Mentions whose ``by`` names the side that acted (a mention of two sides acting
    together, "A and B lifted their sanctions", becomes one mention for each)."""
    names = ctx.names
    people = ctx.people()
    article = _Article(
        ctx=ctx,
        people=people,
        persons={m.text for m in names.mentions if m.type == EntityType.PERSON},
        freed={p for m in mentions if m.type in SIDED for p in m.persons},
        coref=Coref(names),
        home=dateline_country(ctx.doc),
    )
    cues = [ctx.cue_token(m) if m.type in SIDED else None for m in mentions]
    verdicts = [judge(article, m, cue) if m.type in SIDED else Verdict(Kind.NONE)
                for m, cue in zip(mentions, cues, strict=True)]
    clues = Clues(ctx.held(), people, freed=article.freed)
    for m, cue, v in zip(mentions, cues, verdicts, strict=True):
        nationality = freed_nationality(cue) if m.type == EventType.RELEASE else None
        if nationality and v.kind in ACTED:
            clues.freers[nationality].add(v.country or m.by or "")
        told = freed_group(cue, m.count) if m.type == EventType.RELEASE else None
        if told is not None and v.kind in ACTED:
            clues.groups[told].add(v.country or m.by or "")
        if m.type == EventType.RELEASE and v.kind in ACTED and not m.link:
            clues.paid[v.country or m.by or ""].update(m.persons)
    out: list[EventMention] = []
    for m, cue, v in zip(mentions, cues, verdicts, strict=True):
        out.extend(_with_side(article, clues, m, cue, v))
    out = _the_group_holding(ctx, out, mentions, verdicts, article.persons)
    out = heads_of_the_other_state(people, out, ctx)
    out = acts_of_their_bodies(ctx, people, out)
    out = [replace(m, by=_holder_not(ctx, m)) if m.type == EventType.RELEASE
           and m.by is not None and m.by == m.to else m for m in out]
    # "X and Y traded her for B": neither is read from the clause (``pair_traded`` reads it)
    out = [replace(m, by=None) if m.type == EventType.RELEASE and m.by is not None and (
        cue := ctx.cue_token(m)) is not None and pair_that_traded(cue, names) else m
        for m in out]
    return _not_their_own_price(ctx, out)


def _holder_not(ctx: ArticleContext, m: EventMention) -> str | None:
    """ "A, who had spent 17 years in Xian custody, was handed to Y": Y received A and did not
    free them; the one side the article says held A did, if it says."""
    sides = {h.side for h in ctx.held() if h.people & set(m.persons)} - {m.to}
    return next(iter(sides)) if len(sides) == 1 else None


def _the_group_holding(ctx: ArticleContext, out: list[EventMention],
                       mentions: list[EventMention], verdicts: list[Verdict],
                       persons: set[str]) -> list[EventMention]:
    """ "Yian nationals held in X since October were released on Friday", in an article where
    one armed group frees people ("released by the rebels' movement") and X's state does
    nothing: the group held them there, not X. A release whose side was read only from
    where its people were held takes the one group the article tells freeing people,
    promising to or setting terms, when that side never acts in the article itself."""
    acting = {v.country or m.by for m, v in zip(mentions, verdicts, strict=True)
              if v.kind in ACTED and m.type in SIDED}
    groups = {m.by for m, v in zip(mentions, verdicts, strict=True)  # ("Y promised to free
              if v.kind in (Kind.OTHER, Kind.POINTED, Kind.PERSON)  # them": Y holds them)
              and m.type in (EventType.RELEASE, EventType.PROMISE, EventType.DEMAND)
              and m.by and country_for_actor(m.by) is None and m.by not in persons}
    if len(groups) != 1:
        return out
    group = next(iter(groups))
    read = {m.id for m, v in zip(mentions, verdicts, strict=True)
            if m.type == EventType.RELEASE and v.kind not in ACTED}
    doers = _doers(ctx)  # "held by X" says who held them
    return [replace(m, by=group) if m.id in read and m.by and m.by not in acting | doers
            and country_for_actor(m.by) and not _its_members(ctx, m, group) else m for m in out]


def _its_members(ctx: ArticleContext, m: EventMention, group: str) -> bool:
    """ "The five rebel commanders released from an Xian prison": the freed are told as the
    group's own people, held by the other side; the group did not hold them."""
    cue = ctx.cue_token(m)
    if cue is None:
        return False
    for tok in cue.sent:
        named = ctx.names.at(tok)
        if named is None or named.text != group or tok.dep_ not in ("compound", "amod", "nmod"):
            continue
        people = tok.head
        if lx.people_noun(people.lemma_.lower()) and not (  # (not "rebel fighters freed A")
                people.dep_ == "nsubj" and people.head.lemma_.lower() in lx.RELEASE_VERBS):
            return True
    return False


def _doers(ctx: ArticleContext) -> set[str]:
    """The states the article names as an agent ("held by X", "freed by X"), not a place
    ("held in X")."""
    out: set[str] = set()
    for m in ctx.names.mentions:
        if m.type != EntityType.COUNTRY:
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        root = span.root if span is not None else None
        if root is not None and root.dep_ == "pobj" and root.head.dep_ == "agent":
            out.add(country_for_actor(m.text) or m.text)
    return out


def _not_their_own_price(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """The people a side's release was traded for ("X freed 16 in exchange for eight held in
    the West") were not freed by that side: a side read for them from elsewhere in the
    article (where someone else was held) that is the side of a release told by a verb in
    their own sentence ("X freed ten Yians, who were exchanged for 252 Xians"), is dropped."""
    told: dict[int, set[str]] = {}  # a sentence's start -> sides of its releases by a verb
    for m in mentions:
        cue = ctx.cue_token(m) if m.type == EventType.RELEASE and m.by else None
        if cue is not None and cue.pos_ in ("VERB", "AUX"):
            told.setdefault(m.evidence.start, set()).add(m.by or "")
    if not told:
        return mentions
    out = []
    for m in mentions:
        if m.type == EventType.RELEASE and m.link and m.by in told.get(m.evidence.start, ()):
            cue = ctx.cue_token(m)
            if cue is not None and cue.pos_ in ("NOUN", "PROPN", "NUM"):
                m = replace(m, by=None)
        out.append(m)
    return out


def _with_side(a: _Article, clues: Clues, m: EventMention, cue: Token | None,
               verdict: Verdict) -> list[EventMention]:
    if m.type not in SIDED:
        return [m]
    holding = None
    if m.type in STATE_ACTS:
        by, holding = _state_act(clues, m, verdict, cue)
    else:
        by = _statement(m, verdict, cue, a.ctx.names)
    if holding is not None and not holding.sentence <= m.evidence.start < holding.sentence_end:
        span = a.ctx.doc.char_span(holding.sentence, holding.sentence_end,
                                   alignment_mode="expand")
        if span is not None and a.ctx.evidence(span) not in m.context:
            m = replace(m, context=(*m.context, a.ctx.evidence(span)))
    m = m if by == m.by else replace(m, by=by)
    return [m, *_co_actors(a, m, verdict, cue)]


def _co_actors(a: _Article, m: EventMention, v: Verdict,
               cue: Token | None = None) -> list[EventMention]:
    """One sanction for each side named beside the actor: "A and B lifted their sanctions";
    one release for each when they "exchanged 95 prisoners each". (Sides that "exchanged
    prisoners" freed different people, each told on its own.)"""
    if v.actor is None or v.kind not in ACTED:
        return []
    if m.type not in SANCTIONS and not (m.type == EventType.RELEASE and _each(cue)):
        return []
    out = []
    for tok in a.ctx.doc[v.actor].conjuncts:
        side = _side_named(a, tok)
        if side is not None and side != m.by:
            out.append(replace(m, id=derived_id(m.id, side), by=side))
    return out


def _each(cue: Token | None) -> bool:
    """A swap verb told of a number "each": "A and B exchanged 95 prisoners each"."""
    return cue is not None and cue.lemma_.lower() in lx.SWAPS and any(
        t.lower_ == "each" and t.dep_ in ("npadvmod", "advmod", "dep", "appos")
        for c in cue.children for t in (c, *c.children))


def _side_named(a: _Article, tok: Token) -> str | None:
    """The side one word names: a state, a body of one, or an organisation acting as one."""
    names = a.ctx.names
    named = name_of(tok, names)
    if named is not None and not can_act(named):
        return None
    reading = read_phrase(tok, names)
    if reading.not_side:
        return None
    if reading.country and reading.body:
        return reading.country
    if named is not None and named.type == EntityType.ORGANIZATION:
        return named.text
    return None


def judge(a: _Article, m: EventMention, cue: Token | None) -> Verdict:
    """What the mention's actor is, as a side."""
    names = a.ctx.names
    if m.by is not None and cue is not None and cue.lemma_.lower() == "receive":
        return _judge(a, m, cue, None)  # "X received 73 from Y": Y, read with the cue
    tok = actor_token(cue, names, a.coref) if cue is not None else None
    if tok is not None and cue is not None and tok.i == cue.i:
        tok = None  # a misparse made the cue its own subject
    granted = _amnesty_granted(cue, names) if m.by is None and (
        m.type == EventType.RELEASE) else None
    if granted is not None:
        return Verdict(Kind.STATE, granted)
    if tok is not None and cue is not None and (_comments(tok, cue) or _receives(tok, cue)
                                                or _came_out(tok, cue)
                                                or _the_freed_subject(tok, cue)
                                                or m.type == EventType.RELEASE
                                                and _go_between(tok)):
        return Verdict(Kind.NOT_SIDE)
    return replace(_judge(a, m, cue, tok), actor=tok.i if tok is not None else None)


def _judge(a: _Article, m: EventMention, cue: Token | None, tok: Token | None) -> Verdict:
    names = a.ctx.names
    if m.by is None:
        told = pronoun_group(tok) or tok  # "the kidnappers ... their demands": the kidnappers
        group = (group_meant(a.ctx.names, told) or captors_meant(a.ctx, told)
                 or armed_of_the_article(a.ctx.names, told))
        if group is not None:
            return Verdict(Kind.POINTED, group)
        if tok is not None:  # "the Russian foreign ministry": a body the NER left unnamed
            reading = read_phrase(tok, names)
            if reading.body:  # "its courts released them": a state's, maybe not one we know
                country = (reading.country or _source_country(cue, names)
                           or body_named_before(tok, names) or state_just_before(tok, names)
                           or _at_home(a, tok))
                speaker = _speaker(cue, names) if m.type in STATEMENTS else None
                return Verdict(Kind.STATE if country else Kind.BODY, country, speaker=speaker)
        elif m.type in STATEMENTS:  # "a US official said one demand was non-negotiable"
            country = _source_country(cue, names)
            if country is not None:
                return Verdict(Kind.STATE, country)
        return Verdict(Kind.NONE)
    by = undateline(m.by)
    if country_of_demonym(by):  # "The Azerbaijani foreign ministry", a NORP the NER made a
        if tok is not None and read_phrase(tok, names).not_side:  # person: a nationality,
            return Verdict(Kind.NOT_SIDE)  # no one; of "Xian media presented this as the
            # release of ...", the outlet, which tells of it
        return Verdict(Kind.STATE, country_of_demonym(by))
    person = a.people.get(by) if by in a.persons else None
    if person is not None:
        if _freed(a, m, by, tok, cue, person.office):
            return Verdict(Kind.NOT_SIDE, freed=by)
        if person.office == Office.STATE:
            return Verdict(Kind.OFFICIAL, person.country or _source_country(cue, names))
        if person.office == Office.NEVER and m.type == EventType.DEMAND and (
                tok is not None and cue is not None and tok.i < cue.i):
            return Verdict(Kind.PERSON)  # "A, the elder brother of B, demanded that ...": the
            # words are A's own (a relative speaks for no side, and is no one else's)
        return Verdict({Office.NEVER: Kind.NOT_SIDE, Office.PRIVATE: Kind.PRIVATE}.get(
            person.office, Kind.PERSON))
    own = country_for_actor(by)  # "Minsk", "Azerbaijani", "U.S."
    if own is not None:
        return Verdict(Kind.STATE, own)
    named = names.at(tok) if tok is not None else None
    if named is not None and named.text != by:
        tok = None  # "X would free three and the pirates would release all": the parse
        # gave the second verb the first's subject; the mention read its own
    reading = _reading(tok, by, a)
    if reading.not_side:
        return Verdict(Kind.NOT_SIDE)
    if reading.body:
        country = reading.country or (a.home if by.split()[-1].lower() in _COURTS else None) or (
            state_just_before(tok, names) if tok is not None else None)
        return Verdict(Kind.STATE if country else Kind.BODY, country)  # ("the Olmar
        # Magistrate's Court freed them", in an article datelined in the court's state)
    return Verdict(Kind.OTHER)


# A state's courts, named on their own: they act for the state the article is told from.
_COURTS = frozenset({"court", "tribunal", "judiciary"})


def _reading(tok: Token | None, by: str, a: _Article) -> Reading:
    """The actor's words as the sentence writes them ("the White House"), else its name."""
    found = read_phrase(tok, a.ctx.names) if tok is not None else Reading()
    if found.country is not None or found.not_side:
        return found
    named = read_name(by)
    return named if named.country is not None or named.not_side else Reading(
        body=found.body or named.body)


def state_speaking(subject: Token, names: DocNames) -> str | None:
    """The state a body or an official who speaks stands for ("the Kremlin", "a Kenyan
    official"), if the words give it."""
    reading = read_phrase(subject, names)
    official = subject.lemma_.lower() in OFFICES
    return reading.country if reading.country and (reading.body or official) else None


def _at_home(a: _Article, tok: Token) -> str | None:
    """ "the authorities freed 38", "state authorities", "the government": a body told with no
    state, in an article datelined in one, is that state's (where the story is told from)."""
    if any(c.dep_ in ("poss", "prep") for c in tok.children):
        return None  # "its courts", "the authorities of the region"
    if any(t.dep_ == "relcl" for t in (tok, *tok.ancestors)):
        return None  # "his own country, where the government ...": that country's
    return a.home


# What a state grants that frees its prisoners: "announced an amnesty", "a clemency law".
_MERCY = frozenset({"amnesty", "clemency", "pardon"})


def _amnesty_granted(cue: Token | None, names: DocNames) -> str | None:
    """ "The Xian government announced an amnesty on May 2, and hundreds of prisoners left
    jail": people freed in a clause joined to a state's amnesty are freed by that state."""
    if cue is None or cue.dep_ != "conj":
        return None
    verb = cue.head
    if not any(o.lemma_.lower() in _MERCY for o in verb.children if o.dep_ == "dobj"):
        return None
    return state_named([c for c in verb.children if c.dep_ == "nsubj"], names)


def _source_country(cue: Token | None, names: DocNames) -> str | None:
    """The state whose body or official reports the clause: "the Kremlin said that President X
    had pardoned them" (X is that state's president), "a Kenyan official said the government
    had agreed" (the government is Kenya's)."""
    return next((s for s in (state_speaking(c, names) for c in reporting_subjects(cue)) if s), None)


def _speaker(cue: Token | None, names: DocNames) -> str | None:
    """The person whose words a clause reports ("Maduro said his government was ready")."""
    for child in reporting_subjects(cue):
        m = names.at(child)
        if m is not None and m.type == EntityType.PERSON:
            return m.text
    return None


def undateline(text: str) -> str:
    """A name without the dateline glued before it ("CAPITAL - Country" -> "Country")."""
    found = _DATELINE.match(text)
    return found.group(1) if found else text


def _comments(tok: Token, cue: Token) -> bool:
    """The actor is the subject of a verb that speaks of a noun cue: "X welcomed the release",
    or what a pronoun subject of one stands for ("X said it had coordinated the exchange")."""
    if cue.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "nsubj" and tok.head.i != cue.i and tok.head.lemma_.lower() in COMMENT_VERBS:
        return True
    verb = cue.head
    return cue.dep_ == "dobj" and verb.lemma_.lower() in COMMENT_VERBS and any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)


def _came_out(tok: Token, cue: Token) -> bool:
    """The actor is the subject of a verb of the freed coming out or home: "Two Xians held
    in Y landed in Z", "33 Xians held in Y returned home", "A walked free", "the 52 held in Y
    left Z": they were freed,
    they freed no one."""
    let = any(c.dep_ == "aux" and c.lemma_.lower() == "let" for c in cue.children)
    if any(c.dep_ == "dobj" and c.lemma_.lower() in lx.DEAL_WORDS for c in cue.children):
        return False  # "A and B reached a deal": they made it, no one arrived
    return (tok.dep_ == "nsubj" and tok.head.i == cue.i and not let  # ("X let go three")
            and (cue.lemma_.lower() in lx.ARRIVE_VERBS | {"walk", "come", "go"} or (
                went_home(cue) and not any(c.dep_ == "dobj" for c in cue.children)) or (
                cue.lemma_.lower() in MOVING_VERBS and not any(  # "left Z", not "flew A home"
                    c.dep_ == "dobj" and c.ent_type_ not in ("GPE", "LOC", "FAC")
                    for c in cue.children)) or off_the_plane(cue)))


def _go_between(tok: Token) -> bool:
    """The actor is a go-between ("Xian mediators completed the exchange of A for B"), or the
    state word of one: they carried the swap, the sides freed the people."""
    return any(t.lemma_.lower() in GO_BETWEENS and t.pos_ == "NOUN" for t in (tok, tok.head)
               if t.i == tok.i or tok.dep_ in ("amod", "compound"))


def _the_freed_subject(tok: Token, cue: Token) -> bool:
    """ "The deal saw five Xians released": the subject the parse gave the participle is
    whom it frees."""
    patient = verb_patient(cue)
    return tok.dep_ == "nsubj" and tok.head.i == cue.i and patient is not None and (
        patient.i == tok.i)


def _receives(tok: Token, cue: Token) -> bool:
    """The actor is the subject of a verb of receiving: "Iran received $400 million", "Chile
    welcomed the freed prisoner"."""
    return (cue.lemma_.lower() in lx.RECEIVING_VERBS and tok.dep_ == "nsubj"
            and tok.head.i == cue.i) or received(cue, tok)


def _freed(a: _Article, m: EventMention, by: str, tok: Token | None, cue: Token | None,
           office: Office) -> bool:
    """The actor is one of the people freed: "X's release", or named among the freed (for a
    release or a sanction, anywhere in the article: the freed free no one)."""
    if any(a.people.same(by, p) for p in m.persons):
        return True
    if tok is not None and cue is not None and tok.dep_ == "poss" and tok.head.i == cue.i and (
            cue.lemma_.lower() in lx.RELEASE_NOUNS):
        # "his release" frees him; "the president's pardon of four spies" is the president's
        pardons_others = any(c.dep_ == "prep" and c.lower_ == "of" for c in cue.children)
        return not (pardons_others and office == Office.STATE)
    return m.type in STATE_ACTS and office != Office.STATE and any(
        a.people.same(by, p) for p in a.freed)


def _state_act(clues: Clues, m: EventMention, v: Verdict,
               cue: Token | None) -> tuple[str | None, Holding | None]:
    """A release's or a sanction's side: a state wherever the text lets us say which."""
    own = dissidents_home(m, cue.doc, clues.people.names) if cue is not None and (
        m.type == EventType.RELEASE) and (
        m.by is None) else None
    if own is not None:
        return own, None  # "the Smith government released 20 Yians described as political
        # prisoners": Yland freed its own dissidents (whatever state the dateline is in)
    if v.kind in (Kind.STATE, Kind.POINTED):
        return v.country, None
    home = _home_of_the_traded(cue, clues.people.names) if m.type == EventType.RELEASE and (
        v.kind == Kind.PERSON or v.kind == Kind.OFFICIAL and not v.country) else None
    if home is not None:
        return home, None
    if v.kind == Kind.OFFICIAL:
        return v.country or m.by, None
    if v.kind in (Kind.BODY, Kind.OTHER):
        return m.by, None
    if m.type == EventType.RELEASE:
        side, holding = who_freed(clues, m, cue, (v.freed,) if v.freed else ())
        if v.kind == Kind.PERSON and m.link and (side is None or side in clues.paid):
            # "X freed ten Yians. In exchange, B pardoned A": B gave A up for what X freed,
            # so acted for Yland, whose people came home; X did not free A (wherever the
            # article says X held people)
            price = _price_home(clues, m)
            if price is not None:
                return price, None
            if side is not None and not clues.paid[side] & set(m.persons):
                return m.by, None
        if side is not None:
            return side, holding
    return (m.by if v.kind == Kind.PERSON else None), None  # a person we know nothing of


def _price_home(clues: Clues, m: EventMention) -> str | None:
    """The one state whose people the article's other releases freed (not the freeing
    side's own), when those releases share no one with ``m``."""
    homes = {n for side, freed in clues.paid.items() if not freed & set(m.persons)
             for n, sides in clues.freers.items() if side in sides and n != side}
    return next(iter(homes)) if len(homes) == 1 else None


def _home_of_the_traded(cue: Token | None, names: DocNames) -> str | None:
    """ "In exchange for the Xians, B granted clemency to five Yians": a leader the article
    ties to no state gave people up for the Xians, so acted for Xland, whose people came
    back (the traded read as the swap readers read them, on the cue or its verb)."""
    if cue is None:
        return None
    for word in (cue, cue.head) if cue.pos_ not in ("VERB", "AUX") else (cue,):
        traded = exchanged_for(word, names)
        if traded is not None:
            return nationality(traded, names)
    return None


def _statement(m: EventMention, v: Verdict, cue: Token | None,
               names: DocNames) -> str | None:
    """A promise's or a demand's side: a named person is kept, other actors become states;
    a leader's promise to free people or ease sanctions is the state's concession; a demand
    an office makes is the person the office is named as ("X's foreign minister, A, ...")."""
    named = _office_named(cue.doc[v.actor], names) if cue is not None and (
        v.actor is not None and m.type == EventType.DEMAND) else None
    if named is not None:
        return named  # "X's foreign minister, A, demanded ...": A's words
    if v.kind in (Kind.STATE, Kind.POINTED):
        return v.country
    if v.kind in (Kind.NOT_SIDE, Kind.NONE):
        return None
    if v.kind == Kind.BODY and m.by is None and v.speaker:
        return v.speaker  # "X said his government was ready to ...": X's words
    if v.kind == Kind.OFFICIAL and v.country and m.type == EventType.PROMISE and (
            _concedes(m, cue)):
        return v.country
    return m.by


def _office_named(actor: Token, names: DocNames) -> str | None:
    """The person an office subject is named as: "X's foreign minister at the time, A, ...",
    by the article's name for them."""
    if actor.lemma_.lower() not in OFFICES:
        return None
    # the name as an apposition, or as a second subject of the verb the parse may make it
    beside = [c for c in actor.head.children if c.dep_ == "nsubj" and c.i > actor.i
              and c.i - actor.right_edge.i <= 4]
    for name in [*(c for c in actor.children if c.dep_ == "appos"), *beside]:
        found = names.at(name)
        if found is not None and found.type == EntityType.PERSON:
            return found.text
    return None


def _concedes(m: EventMention, cue: Token | None) -> bool:
    """The promise is to free people or ease sanctions."""
    if m.count is not None or m.persons or m.targets:
        return True
    return cue is not None and any(t.lemma_.lower() in CONCESSIONS for t in cue.subtree)
