"""Cues of calls: "spoke by telephone", "called Xland's prime minister", "in a call on
Tuesday, A told B", "was on the line to B" (not a statement to the press made by phone)."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import Cue, children_of, infinitive, many_times
from dealwatch.extract.names import DocNames
from dealwatch.extract.talks import OFFICIALS, names_a_day, person_named
from dealwatch.model import EntityType, EventType
from dealwatch.places import country_of_demonym
from dealwatch.state_bodies import table


def _phone(tok: Token) -> bool:
    """ "phone", "telephone", "video", and what they make a line of ("a video link", "a
    phone line", "a video call")."""
    return tok.lemma_.lower() in lx.PHONE_WORDS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in lx.PHONE_WORDS
        for c in tok.children)


def spoke_by_phone(tok: Token) -> bool:
    """ "spoke by phone", "talked over a video link": a verb of speaking that tells a call."""
    return tok.lemma_.lower() in ("speak", "talk") and any(
        _phone(o) for prep in children_of(tok, "prep", "agent")
        if prep.lower_ in ("by", "over", "on") for o in children_of(prep, "pobj"))


def call_cue(tok: Token, names: DocNames) -> Cue | None:
    lemma = tok.lemma_.lower()
    if many_times(tok):
        return None  # "have spoken by phone several times": a tally, no call told
    if tok.pos_ == "NOUN" and lemma in ("call", "conversation", "talk"):
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
        preps = {p.lower_ for p in children_of(tok, "prep")}
        if mods & lx.PHONE_WORDS or (lemma == "call" and preps & {"with", "between"}):
            return Cue(tok, EventType.CALL)
        if lemma == "call" and _told_in_a_call(tok, names):
            return Cue(tok, EventType.CALL)
        return None
    if _on_the_line(tok, names):
        return Cue(tok, EventType.CALL)
    if tok.pos_ != "VERB":
        return None
    if _to_the_press(tok):
        return None  # "told reporters by phone", "told the channel X over a video link",
        # "telephoned news bureaus"
    if lemma in ("telephone", "phone") or lemma == "ring" and not _ringed_round(tok, names):
        return Cue(tok, EventType.CALL)
    # "spoke by telephone", "agreed the swap by phone", "pressed it on him over the phone":
    # whatever was done by phone was done in a call
    for prep in children_of(tok, "prep", "agent"):
        if (lemma in ("speak", "talk") or prep.lower_ in ("by", "over") or (
                lemma == "call" and prep.lower_ == "on")) and any(
                _phone(o) for o in children_of(prep, "pobj")):  # "called them on a speakerphone"
            return Cue(tok, EventType.CALL)
    if lemma in ("speak", "talk"):
        return None
    if lemma == "call":
        objs = children_of(tok, "dobj")
        if (tok.dep_ == "relcl" and objs and objs[0].pos_ == "PROPN") or (
                tok.tag_ in ("VBP", "VBZ") and children_of(tok, "oprd")):
            return None  # "the former minister many readers still call Annie": a name given
        named = children_of(tok, "oprd")  # "called Chancellor A on July 1": the parser's
        if not objs and len(named) == 1 and (person_named(named[0], names) or _an_office_named(
                named[0], names)):  # "called him A" with no "him": A is whom was called
            objs = named
        elif children_of(tok, "oprd", "attr") or any(
                c.i > tok.i for c in children_of(tok, "ccomp")) or any(
                not infinitive(x) for x in children_of(tok, "xcomp")):
            return None  # (but "called A to discuss the case": why A was called; and a
            # clause before the verb is no name given: "the day after A won, B called him")
        if any(p.lower_ in ("for", "on", "off") and not (
                p.lower_ == "on" and names_a_day(p)) for p in children_of(tok, "prep", "prt")):
            return None  # ("called on X to free" asks; "called A on July 1" is a day)
        if objs and (names.at(objs[0]) is not None or _an_office_named(objs[0], names)):
            return Cue(tok, EventType.CALL)  # "called Xland's prime minister"
        if objs and objs[0].lower_ in ("him", "her") and (any(
                names_a_day(p) for p in children_of(tok, "prep")) or any(
                infinitive(x) for x in children_of(tok, "xcomp", "advcl"))):
            return Cue(tok, EventType.CALL)  # "called her on Monday evening to apologize"
    return None


def _an_office_named(noun: Token, names: DocNames) -> bool:
    """ "Xland's prime minister", "the Yian president": an office of a state named."""
    return noun.lemma_.lower() in OFFICIALS and any(
        (m := names.at(c)) is not None and m.type == EntityType.COUNTRY
        or c.dep_ == "amod" and country_of_demonym(c.text) is not None
        for c in noun.children if c.dep_ in ("poss", "amod", "compound"))


def _on_the_line(noun: Token, names: DocNames) -> bool:
    """ "A was on the direct line to B", "got on the phone with B": a call with a person."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ("line", "phone", "telephone") or (
            noun.dep_ != "pobj" or noun.head.lower_ != "on"
            or noun.head.head.lemma_.lower() not in ("be", "get", "stay")):
        return False
    return any(p.lower_ in ("to", "with") and any(
        person_named(o, names) for o in children_of(p, "pobj"))
               for h in (noun, noun.head.head) for p in children_of(h, "prep"))


def _ringed_round(verb: Token, names: DocNames) -> bool:
    """ "Army units ring the area": "ring" as surrounding a place (an object that is no one
    named, nor "him" or "her"), not a telephone call."""
    objs = children_of(verb, "dobj")
    return bool(objs) and names.at(objs[0]) is None and objs[0].lower_ not in (
        "him", "her", "them", "me", "us")


def _told_in_a_call(call: Token, names: DocNames) -> bool:
    """ "In a call on Tuesday, A told B that ...": the call of the person who speaks in it
    and the person spoken to."""
    if call.dep_ != "pobj" or call.head.lower_ not in ("in", "during"):
        return False
    verb = call.head.head
    if verb.pos_ != "VERB":
        return False
    heard = [*children_of(verb, "dobj", "dative"),
             *(o for p in children_of(verb, "prep") if p.lower_ == "to"
               for o in children_of(p, "pobj"))]
    return any(person_named(s, names) for s in children_of(verb, "nsubj")) and any(
        person_named(o, names) for o in heard)


# Who a statement to the press is made to: an interview or a briefing by phone is no call.
_PRESS = lx.NEWS_MEDIA | {"reporter", "journalist", "medium", "network", "interviewer", "bureau",
                         "correspondent", "newsroom"}


# Verbs of saying with no one told: what is said by phone with them is said to the reporter.
_SAID = frozenset({"say", "add", "explain", "comment", "insist", "recall"})


def _to_the_press(verb: Token) -> bool:
    """A verb of speaking whose hearer is the press ("told reporters by phone", "told the
    channel X over a video link", "spoke to journalists by telephone", "telephoned news
    bureaus", "rang correspondents"), or one that names no hearer ("said by phone")."""
    if verb.lemma_.lower() in _SAID:
        return True  # "he said by telephone from X": words to the reporter, who quotes them
    if verb.lemma_.lower() not in ("tell", "speak", "talk", "brief", "telephone",
                                   "phone", "call", "ring"):
        return False
    hearers = [*children_of(verb, "dobj", "dative"),
               *(o for p in children_of(verb, "prep") if p.lower_ in ("to", "with")
                 for o in children_of(p, "pobj"))]
    outlets = table().outlet_words  # a named outlet: "told the Valga Telegraph by phone"
    return any(t.lemma_.lower() in _PRESS or t.lower_.rstrip("s") in _PRESS
               or t.pos_ == "PROPN" and t.lower_ in outlets
               for h in hearers for t in (h, *h.children))
