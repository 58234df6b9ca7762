"""The side of a release no sentence names, from the two sides of the article.

An exchange between a state and a group that holds captives has two sides, and each frees the
other's people: "Israel released 39
Palestinians ... Hamas is to free 50 ... 24 captives had been handed over: 13 Israeli women
and children ...". When a release still has no side after every other reading, its freed are
of one nationality, and the article's releases, promises and their agents name exactly two
sides, a state and a group, of which the state is the freed people's own country, the group
freed them (and the other way round). Between two states it says nothing: a state frees its
own citizens as often as the other's (political prisoners).

People sent home ("30 Yian soldiers were returned", "handed back", "came home") were freed by
the other of the article's two states, whatever the two are: a state frees its own political
prisoners but does not send them home.

Whom people were handed to says who did not free them: "the aid worker was handed to Belgian
officials" in an article whose two sides are Belgium and another state was freed by the other
state. The article's sides here are also those it says held people ("a Belgian prison").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from dealwatch.document import unnamed
from dealwatch.document.context import ArticleContext, derived_id
from dealwatch.document.holders import nationality
from dealwatch.extract import lexicon as lx
from dealwatch.extract.counts import own_number
from dealwatch.extract.cue import has_prt
from dealwatch.extract.go_on import joint_word
from dealwatch.extract.patients import verb_patient
from dealwatch.extract.shapes import went_home
from dealwatch.model import TALKS_OF_A_DEAL, EntityType, EventMention, EventType
from dealwatch.places import country_for_actor, country_of_demonym

ACTS = (EventType.RELEASE, EventType.PROMISE)


def other_side(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Releases without a side, given the other of the article's two sides."""
    if not any(m.type in (EventType.RELEASE, EventType.SANCTIONS_RELIEF) and m.by is None
               for m in mentions):
        return mentions
    mentions = _swap_halves(ctx, mentions)
    sides = {m.by for m in mentions if m.type in ACTS and m.by} | _agents(ctx)
    between = ctx.mediators()  # a go-between is no side
    sides = {s for s in sides if _is_side(ctx, s) and s not in between}
    mentions = _not_the_receiver(ctx, mentions, sides)
    mentions = _sent_home(ctx, mentions, sides)
    # Between two states, people are often freed by their own state (political prisoners);
    # between a state and a group that holds captives, each frees the other's people.
    if len(sides) != 2 or sum(1 for s in sides if country_for_actor(s)) != 1:
        return mentions
    out = []
    for m in mentions:
        home = _home(ctx, m) if m.type == EventType.RELEASE and m.by is None else None
        homes = {s for s in sides if country_for_actor(s) == home or s == home or (
            home is not None and (s.startswith(home) or home.startswith(s)))}
        out.append(replace(m, by=next(iter(sides - homes))) if home and len(homes) == 1 else m)
    return out


def _swap_halves(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """ "Eleven Xians were exchanged for three Yians": the sentence's other release is Xland's
    (of the Yians), so the Xians, freed with no side told, were freed by the Yians' state: in
    a swap each side's people go home from the other's hands."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.type != EventType.RELEASE or m.by is not None:
            continue
        home = unnamed.freed_nationality(ctx.cue_token(m))
        k = ctx.sentence_index(m.evidence.start)
        others = [o for o in mentions if o is not m and o.type == EventType.RELEASE
                  and ctx.sentence_index(o.evidence.start) == k]
        if len(others) == 1 and others[0].by is None and (others[0].link or m.link):
            mine = home or _freed_home(ctx, m)  # "the release of the Xian A in return for
            theirs = _freed_home(ctx, others[0])  # the Yian B": each side gets its own
            if mine is not None and theirs is not None and theirs != mine:  # back, so
                out[i] = replace(m, by=theirs)  # Yland freed A (and Xland B)
            continue
        if home is None or len(others) != 1 or others[0].by is None or (
                country_for_actor(others[0].by) != home):
            continue
        # the release's verb, or the people traded ("for three Yians")
        theirs = _state_of_freed(ctx.cue_token(others[0]))
        if theirs is not None and theirs != home:
            out[i] = replace(m, by=theirs)
    return out


def _state_of_freed(cue: Token | None) -> str | None:
    """The state of the people a cue frees: its freed's nationality, or that of the people
    a noun names ("three Yians")."""
    return unnamed.freed_nationality(cue) or (
        nationality(cue) if cue is not None and cue.pos_ in ("NOUN", "PROPN") else None)


def _freed_home(ctx: ArticleContext, m: EventMention) -> str | None:
    """The state of the people a release frees, by its cue or the people traded."""
    cue = ctx.cue_token(m)
    if cue is None:
        return None
    found = _state_of_freed(cue)
    if found is None and cue.pos_ == "NOUN":  # "the release of the Xian aid worker A"
        for p in cue.children:
            for who in (o for o in p.children if p.lower_ == "of" and o.dep_ == "pobj"):
                found = next((c for t in who.subtree if t.i < who.i and t.dep_ in (
                    "amod", "compound") for c in [country_of_demonym(t.text)] if c), None)
    return found


def two_peoples(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """ "28 Xian servicemen and two Yian servicemen were handed over at the border": the
    people of each of the article's two states, handed over together, are two releases, each
    by the other state (not one release of their sum)."""
    out: list[EventMention] = []
    states: set[str] | None = None
    for m in mentions:
        cue = ctx.cue_token(m) if m.type == EventType.RELEASE else None
        groups = _groups_of_two_peoples(cue)
        if groups is None:
            out.append(m)
            continue
        if states is None:
            sides = {c for x in mentions if x.by and (c := country_for_actor(x.by))}
            states = sides if len(sides) == 2 else most_named(ctx) - ctx.mediators()
        if {kin for kin, _ in groups} != states:
            out.append(m)
            continue
        for kin, number in groups:
            other = next(iter(states - {kin}))
            out.append(replace(m, id=derived_id(m.id, other), by=other, count=number,
                               count_named=False, persons=()))
    return out


def _groups_of_two_peoples(cue: Token | None) -> list[tuple[str, int]] | None:
    """The two counted groups of two nationalities a release frees together ("28 Xians and
    two Yians"), each as its country and number; None if it frees no such pair."""
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return None
    patient = next((c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if patient is None:
        return None
    found: list[tuple[str, int]] = []
    for group in (patient, *(c for c in patient.conjuncts if c.i > patient.i)):
        kin = nationality(group)
        number = own_number(group)
        if kin is None or number is None:
            return None
        found.append((kin, number))
    return found if len(found) == 2 and found[0][0] != found[1][0] else None


def _not_the_receiver(ctx: ArticleContext, mentions: list[EventMention],
                      sides: set[str]) -> list[EventMention]:
    """ "handed to Belgian officials": freed by the other of the article's two states."""
    states = {country_for_actor(s) or s for s in sides if country_for_actor(s)}
    states |= {h.side for h in ctx.held() if country_for_actor(h.side)}
    if len(sides) == 2 and len(states) == 1 and states <= {country_for_actor(s) for s in sides}:
        states = set(sides)  # a state and a group that holds captives: the group freed them
    two = _two_states(ctx, states)
    if two is None:
        return mentions
    states = two
    out = []
    for m in mentions:
        receiver = None
        if m.by is None and m.type == EventType.RELEASE:
            receiver = unnamed.receiver(ctx.cue_token(m), ctx.names)
        elif m.by is None and m.type == EventType.SANCTIONS_RELIEF:
            receiver = _paid_to(ctx, m)
        out.append(replace(m, by=next(iter(states - {receiver})))
                   if receiver in states else m)
    return out


def _sent_home(ctx: ArticleContext, mentions: list[EventMention],
               sides: set[str]) -> list[EventMention]:
    """ "30 Yian soldiers were returned", "handed back", "came home": people sent home were
    freed by the other of the article's two states, not by their own (a state frees its own
    political prisoners, but it does not send them home)."""
    states = _two_states(ctx, {c for s in sides if (c := country_for_actor(s))})
    if states is None:
        return mentions
    out = []
    for m in mentions:
        home = None
        cue = ctx.cue_token(m) if m.type == EventType.RELEASE and m.by is None else None
        if _homeward(cue):
            home = unnamed.freed_nationality(cue) or _coming_home(cue)  # "30 Yian soldiers",
            # not any nationality of the sentence
        out.append(replace(m, by=next(iter(states - {home}))) if home in states else m)
    return out


def _coming_home(cue: Token | None) -> str | None:
    """The nationality of those who "came home": the verb's subject's."""
    if cue is None or not went_home(cue):
        return None
    return next((n for c in cue.children if c.dep_ == "nsubj"
                 for n in (nationality(c),) if n), None)


def _homeward(cue: Token | None) -> bool:
    """ "returned", "handed back", "sent back", "repatriated", "came home", "were sent home":
    a release that sends its people home (not "brought home" or "flown home", which their
    own state may have done)."""
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    return cue.lemma_.lower() in ("return", "repatriate") or has_prt(cue, "back") or (
        went_home(cue)) or cue.lemma_.lower() == "send" and any(
            c.dep_ == "advmod" and c.lower_ == "home" for c in cue.children)


def _two_states(ctx: ArticleContext, states: set[str]) -> set[str] | None:
    """The article's two states: those given, or else with the two it names most (no
    go-between); None unless there are exactly two."""
    if len(states) < 2:
        states = states | (most_named(ctx) - ctx.mediators())
    return states if len(states) == 2 else None


def _paid_to(ctx: ArticleContext, m: EventMention) -> str | None:
    """The state money handed over reaches: "a $400 million payment reached Tehran", "Iran
    received $400 million"."""
    cue = ctx.cue_token(m)
    if cue is None:
        return None
    lemma = cue.lemma_.lower()
    if lemma == "receive":
        places = [c for c in cue.children if c.dep_ == "nsubj"]
    elif lemma in ("reach", "arrive", "land"):
        places = [c for c in cue.children if c.dep_ == "dobj"]
        places += [o for p in cue.children if p.dep_ == "prep" and p.lower_ in ("in", "to")
                   for o in p.children if o.dep_ == "pobj"]
    else:
        return None
    return unnamed.state_named(places, ctx.names)


def most_named(ctx: ArticleContext) -> set[str]:
    """The two states an article is about: named far more often than any other (a third
    named at most half as often as the second)."""
    counts = Counter(c for m in ctx.names.mentions if m.type == EntityType.COUNTRY
                     for c in (country_for_actor(m.text),) if c)
    top = counts.most_common(3)
    if len(top) < 2 or (len(top) == 3 and 2 * top[2][1] > top[1][1]):
        return set()
    return {top[0][0], top[1][0]}


def _is_side(ctx: ArticleContext, name: str) -> bool:
    """A state or an organisation named in the article (not a person)."""
    if country_for_actor(name):
        return True
    return any(n.text == name and n.type == EntityType.ORGANIZATION for n in ctx.names.mentions)


def _agents(ctx: ArticleContext) -> set[str]:
    """Who the article says freed people in a participle ("the number freed by Hamas")."""
    out: set[str] = set()
    for tok in ctx.doc:
        if tok.dep_ == "agent" and tok.head.lemma_.lower() in lx.RELEASE_VERBS:
            for obj in tok.children:
                m = ctx.names.at(obj)
                if m is not None and m.type in (EntityType.ORGANIZATION, EntityType.COUNTRY):
                    out.add(country_for_actor(m.text) or m.text)
    return out


def _group_of_the_freed(ctx: ArticleContext, cue: Token | None) -> str | None:
    """The organisation the freed are told as of ("337 Vark detainees", "Vark fighters")."""
    patient = verb_patient(cue) if cue is not None and cue.pos_ in ("VERB", "AUX") else None
    if patient is None:
        return None
    for mod in patient.children:
        if mod.dep_ not in ("compound", "amod"):
            continue
        named = ctx.names.at(mod)
        if named is not None and named.type == EntityType.ORGANIZATION:
            return named.text
        if named is None and mod.pos_ == "PROPN":
            return mod.text  # a group's name the tagger left out ("Vark detainees")
    return None


def _home(ctx: ArticleContext, m: EventMention) -> str | None:
    """The country of the people a release frees: its own group ("eleven Israelis"), else the
    first nationality its sentence gives them ("24 captives: 13 Israeli women ...")."""
    cue = ctx.cue_token(m)
    found = unnamed.freed_nationality(cue)
    if found:
        return found
    group = _group_of_the_freed(ctx, cue)
    if group is not None:
        return group  # "337 Vark detainees have been flown into X": the Vark's own men
    sent = ctx.sentence_at(m.evidence.start)
    return unnamed.first_nationality(sent) if sent is not None else None


def talks_sides(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """The talks a deal came out of, told with fewer than two sides ("agreed in talks between
    the two offices", "X hosted the negotiating sessions"), were between the article's two
    states: those its releases, sanctions and promises are made by, else its two most named.
    So is the word "the two governments" gave to keep talking (``go_on.joint_word``). Talks
    told with no one named (``_bare_talks``) were between the two sides that act in it."""
    talks = [m for m in mentions if len(m.participants) < 2 and (
        m.what == TALKS_OF_A_DEAL or m.type == EventType.PROMISE and m.by is None
        and _joint(ctx.cue_token(m)))]
    bare = [m for m in mentions if _bare_talks(ctx, m)]
    if not talks and not bare:
        return mentions
    acts = [m.by for m in mentions if m.type in (*ACTS, EventType.SANCTIONS_RELIEF,
                                                  EventType.SANCTIONS_IMPOSED) and m.by]
    states = {c for by in acts for c in (country_for_actor(by),) if c}
    if len(states) != 2:
        states = most_named(ctx)
    # talks told with no one named are between the two sides that act in the article, a
    # state and an armed group or a strike committee as well as two states
    between = ctx.mediators()
    sides = {s for m in mentions if m.by and m.type in (
        *ACTS, EventType.DEMAND, EventType.SANCTIONS_RELIEF, EventType.SANCTIONS_IMPOSED)
        for s in (country_for_actor(m.by) or m.by,) if _is_side(ctx, s) and s not in between}
    if len(sides) < 2:
        sides = states  # the sides no act names: its two states (see above)
    given = {m.id: states for m in talks if len(states) == 2}
    given.update({m.id: sides for m in bare if len(sides) == 2})
    return [replace(m, participants=(*m.participants, *(s for s in sorted(given[m.id])
                                                        if s not in m.participants)))
            if m.id in given else m for m in mentions]


# Who sits at a table for a side, told without names: "the two negotiators met".
_NEGOTIATORS = frozenset({"negotiator", "delegation", "delegate", "officer", "envoy", "side",
                          "government", "minister", "team"})
# Talks told as opening: "the talks opened on Monday", "the meeting began at three".
_TALK_NOUNS = frozenset({"talk", "negotiation", "meeting", "session"})
_OPENING = frozenset({"open", "begin", "start", "convene"})


def _bare_talks(ctx: ArticleContext, m: EventMention) -> bool:
    """A meeting told with no one named, on a day its own sentence gives, by the words of
    talks between the story's sides: "On May 3 the two negotiators met behind closed doors",
    "the liaison officers sat down on Monday", "the formal talks opened on Monday" (not "a
    meeting of ministers", "meeting places", or talks that went on: "met again",
    "resumed")."""
    if m.type != EventType.MEETING or m.participants or m.by or m.date is None or not (
            m.evidence.start <= m.date.start < m.evidence.end) or len(
            (m.date.value or "").split("T")[0]) != 10:
        return False
    cue = ctx.cue_token(m)
    if cue is None or any(c.lower_ == "again" for c in cue.children):
        return False  # "the delegations met again on Sunday": the same talks going on
    if cue.pos_ == "VERB" and cue.lemma_.lower() in ("meet", "sit", "negotiate"):
        subject = [c for c in cue.children if c.dep_ == "nsubj"]
        return bool(subject) and subject[0].tag_ == "NNS" and subject[0].lemma_.lower() in (
            _NEGOTIATORS) and any(c.lower_ in ("the", "both") or c.dep_ == "nummod"
                                  for c in subject[0].children)
    return (cue.lemma_.lower() in _TALK_NOUNS and cue.dep_ == "nsubj"
            and cue.head.lemma_.lower() in _OPENING
            and any(c.dep_ == "det" and c.lower_ == "the" for c in cue.children))


def _joint(cue: Token | None) -> bool:
    return cue is not None and joint_word(cue)
