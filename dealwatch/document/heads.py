"""A head of state the article names without a state: the one side left.

"President Joe Smith pardoned him" names no state; a reader who has met "Norland's President
Ivan Dorn" in the same story, and knows the story's releases and sanctions are between Norland
and Ostland, knows this president is Ostland's. When a state's act is credited to a head of
state (a president, a prime minister, a king) of no given state, and of the states the
article's events name as acting or talking exactly one is left whose own head of that kind
the article does not name otherwise, the act is that state's. "The Smith administration"
names Smith as such a head.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from dealwatch.document.context import ArticleContext
from dealwatch.document.offices import Office, People, read_role
from dealwatch.extract import lexicon as lx
from dealwatch.extract.lexicon import head_offices
from dealwatch.extract.names import DocNames
from dealwatch.model import STATE_ACTS, EntityType, EventMention, EventType, NameMention
from dealwatch.places import country_named, country_of_demonym
from dealwatch.state_bodies import key


def sole_offices(roles: tuple[str, ...] | set[str]) -> set[str]:
    """The sole offices a person's roles give ("President" -> {"president"})."""
    out: set[str] = set()
    for role in roles:
        out |= head_offices(set(key(role).split()))
    return out


GOVERNMENT_NOUNS = frozenset({"administration", "government", "cabinet", "regime"})


_OWN_CITIZENS = re.compile(r"\bpolitical (?:prisoner|detainee)|\bdissident|\bopposition "
                           r"(?:figure|leader|activist|member|politician)", re.IGNORECASE)


def _own_dissidents(m: EventMention) -> bool:
    return m.type == EventType.RELEASE and _OWN_CITIZENS.search(m.evidence.quote) is not None


def dissidents_home(m: EventMention, doc: Doc, names: DocNames) -> str | None:
    """ "the Smith government released 20 Xians described as political prisoners": a state
    frees its own dissidents, so the one nationality the sentence gives the freed is its
    state (not "... after the Yian envoy's visit")."""
    if not _own_dissidents(m):
        return None
    states = _peoples_in(m, doc, names)
    return next(iter(states)) if len(states) == 1 else None


def _peoples_in(m: EventMention, doc: Doc, names: DocNames) -> set[str]:
    """The states of the peoples the mention's sentence names as people: "20 Xians", "two
    Xian citizens" (not "a Yian plane", "Yian officials said")."""
    out: set[str] = set()
    for n, state in _nationalities_in(m, names):
        span = doc.char_span(n.start, n.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" for c in root.children) or (
                root.dep_ in ("amod", "compound") and root.head.lemma_.lower() in (
                    lx.HELD_NOUNS | {"dissident", "activist", "citizen", "national"})):
            out.add(state)
    return out


def _nationalities_in(m: EventMention, names: DocNames) -> Iterator[tuple[NameMention, str]]:
    """The nationalities the mention's sentence writes ("Xian", "Xians"; not "Xland"), each
    with the state it is of."""
    for n in names.mentions:
        if n.type == EntityType.COUNTRY and m.evidence.start <= n.start < m.evidence.end:
            state = country_of_demonym(n.text)
            if state and not country_named(n.text):
                yield n, state


def _named_in_the_act(m: EventMention, ctx: ArticleContext) -> set[str]:
    """The states whose nationality the act's own sentence gives to what it is done to ("froze
    all Xian assets", "pardoned two Xians"; not "held in Xland", where its holder is told,
    nor "pardoned A after talks with the families of two Xian fishermen"), and the states a
    sanction is on."""
    out: set[str] = set()
    if _own_dissidents(m):
        return out  # (their nationality is his state's: ``dissidents_home``)
    done_to = _done_to(ctx.cue_token(m))
    out |= {state for n, state in _nationalities_in(m, ctx.names)
            if done_to is None or n.start in done_to}
    # the state a sanction bears on ("restored Xland's trade privileges"): no state's
    # head eases or imposes sanctions on his own state
    if m.type in (EventType.SANCTIONS_RELIEF, EventType.SANCTIONS_IMPOSED):
        out |= {c for c in map(country_named, m.targets) if c}
    return out


def _done_to(cue: Token | None) -> set[int] | None:
    """The character offsets of the words naming what the act is done to: its object ("froze
    all Xian assets", "pardoning two Xians"), its passive subject, whom it is granted to
    ("granted clemency to five Xians") or, for a noun, what it is of ("the release of two
    Xians"); None when the act's word is not found."""
    if cue is None:
        return None
    heads = [cue, cue.head] if cue.pos_ == "NOUN" and cue.dep_ == "dobj" else [cue]
    out: set[int] = set()
    for word in heads:
        for c in word.children:
            if c.dep_ in ("dobj", "nsubjpass", "dative", "poss") or (
                    c.dep_ == "prep" and c.lower_ in ("to", "of", "on")):
                out.update(t.idx for t in c.subtree)
    return out


def government_heads(doc: Doc, names: DocNames) -> set[str]:
    """People the article names as heading a government: "the Smith administration"."""
    out: set[str] = set()
    for tok in doc:
        if tok.lemma_.lower() in GOVERNMENT_NOUNS:
            for c in tok.children:
                m = names.at(c) if c.dep_ == "compound" else None
                if m is not None and m.type == EntityType.PERSON:
                    out.add(m.text)
    return out


def _freeing_beside(m: EventMention, mentions: list[EventMention]) -> set[str]:
    """The states another release of ``m``'s sentence names as freeing ("X frees ten Yians
    as Smith lets A go home": X)."""
    return {x.by for x in mentions if x.type == EventType.RELEASE and x.id != m.id and x.by
            and x.evidence.start == m.evidence.start and country_named(x.by) == x.by}


def heads_of_the_other_state(people: People, mentions: list[EventMention],
                             ctx: ArticleContext) -> list[EventMention]:
    """State acts credited to a head of no given state, given the state the article leaves
    for that office (see the module's text). People named as heading a government ("the
    Smith administration") are heads of a state as a president is. Nothing is read of the
    article unless a state act is credited to a person of it."""
    if not any(m.type in STATE_ACTS and m.by and people.get(m.by) is not None
               for m in mentions):
        return mentions
    doc, names = ctx.doc, ctx.names
    governing = government_heads(doc, names)
    roles = people.roles
    states = {s for m in mentions for s in (m.by, *m.participants)
              if s and country_named(s) == s}  # the article's sides: acting or talking
    named = {c for c, n in Counter(country_named(m.text) for m in names.mentions
                                   if m.type == EntityType.COUNTRY).items() if c and n >= 2}
    held: dict[str, set[str]] = {}  # office -> the states whose holder the article names
    for phrases in roles.values():
        role_states = {r.country for r in map(read_role, phrases)
                       if r.office == Office.STATE and r.country}
        for office in sole_offices(phrases):
            held.setdefault(office, set()).update(role_states)
    out = []
    for m in mentions:
        person = people.get(m.by) if m.type in STATE_ACTS and m.by else None
        heads = m.by in governing and person is not None and person.office != Office.NEVER
        if person is not None and (person.office == Office.STATE or heads) and (
                person.country is None):
            offices = sole_offices(roles.get(people.name(m.by or ""), set())) or (
                {"president"} if heads else set())
            left = {s for s in states if not any(s in held.get(o, ()) for o in offices)}
            beside = _freeing_beside(m, mentions) if m.type == EventType.RELEASE else set()
            if (m.link or beside) and len(states) == 1:  # "X freed four ... In return,
                left = named - states  # President Smith granted clemency to seven", "X frees
                # ten Yians as Smith lets A go home": not X's president
            left -= beside
            left -= _named_in_the_act(m, ctx)  # "President Smith froze all Xian assets":
            # the state the act is done to, or whose people it frees, is not his
            home = dissidents_home(m, doc, names)
            if home is not None:
                m = replace(m, by=home)
            elif offices and len(left) == 1:
                m = replace(m, by=next(iter(left)))
        out.append(m)
    return out
