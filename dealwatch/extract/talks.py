"""Cues of talks: meetings (calls are read in ``calls``)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import (
    Cue,
    children_of,
    has_prt,
    infinitive,
    many_times,
    negated,
    word_in,
)
from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType, EventType


def is_negotiation(tok: Token) -> bool:
    """The talks a deal came out of, told as where it was made: "agreed in talks between the
    two offices", "sealed during talks held in X", "the swap was negotiated by A and B", "the
    product of a year of secret negotiations", "the official who led the negotiations", "X
    hosted the negotiating sessions". Talks told for themselves ("talks planned for
    October", "pulled out of talks", "negotiations stalled") are not: they made no deal."""
    if tok.pos_ == "VERB":
        return tok.lemma_.lower() == "negotiate" and _negotiates_a_deal(tok)
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    sessions = tok.lemma_.lower() in ("session", "round") and any(
        c.lower_ == "negotiating" for c in tok.children if c.dep_ in ("compound", "amod"))
    if tok.lower_ not in lx.TALKS_NOUNS and not sessions:
        return False
    top = _stretch_of(tok)
    head = top.head
    if top.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        verb = head.head
        if head.lower_ == "of":
            return verb.lemma_.lower() in lx.ORIGIN_NOUNS  # "the product of negotiations"
        if head.lower_ == "in" and verb.lemma_.lower() == "take" and any(
                c.lower_ == "part" for c in verb.children):
            return True  # "no mediator had taken part in the negotiations"
        if head.lower_ in ("in", "during", "through", "at", "after") and verb.pos_ == "VERB":
            made = verb.lemma_.lower() in lx.DEAL_MAKING_VERBS and not negated(verb)
            return made and not is_negotiation(verb)  # one meeting for "negotiated in talks"
        return False
    if top.dep_ == "dobj" and head.pos_ == "VERB":
        return head.lemma_.lower() in lx.TALKS_ROLE_VERBS and not negated(head)
    return False


def _stretch_of(tok: Token) -> Token:
    """ "months of negotiations", "a year of talks", "a round of talks": the stretch stands
    for the talks."""
    top = tok
    while (top.dep_ == "pobj" and top.head.lower_ == "of"
           and top.head.head.lemma_.lower() in lx.SPAN_NOUNS):
        top = top.head.head
    return top


def talks_run(tok: Token) -> bool:
    """ "X hosted the talks on Tuesday", "A led a round of talks": the verb that runs the talks
    is done when they are, and its day is theirs (not "agreed on Tuesday in talks")."""
    top = _stretch_of(tok)
    return top.dep_ == "dobj" and top.head.pos_ == "VERB" and (
        top.head.lemma_.lower() in lx.TALKS_ROLE_VERBS)


def _negotiates_a_deal(verb: Token) -> bool:
    """ "The swap was negotiated by A", "it was negotiated directly", "the first statement
    the two had negotiated": a deal is what the verb makes."""
    if negated(verb):
        return False
    made = children_of(verb, "nsubjpass", "dobj")
    if verb.dep_ == "relcl" and made and verb.head.lemma_.lower() not in lx.DEAL_WORDS:
        return False  # "the only countries that negotiated the deal": said of the countries
    if verb.dep_ in ("relcl", "acl") and not made:
        made = [verb.head]
    for tok in made:
        if tok.lower_ in ("it", "which", "that") or tok.lemma_.lower() in lx.DEAL_WORDS:
            return True
        if tok.dep_ == "attr":  # "the statement was the first (that) they negotiated"
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in lx.DEAL_WORDS
                       for c in tok.head.children)
    return False


def _arrest_scene(tok: Token) -> bool:
    """The meeting is where people were seized: "summoned to a meeting and arrested",
    "arrested after being called to what they were told was a meeting"."""
    for verb in tok.ancestors:
        if verb.lemma_.lower() in lx.ARREST_VERBS or any(
                c.dep_ == "conj" and c.lemma_.lower() in lx.ARREST_VERBS
                for c in verb.children):
            return True
    return False


def _told_as_freed(obj: Token) -> bool:
    """ "the freed prisoners", "the men who were released", "the hostages freed on Friday"."""
    return any(c.dep_ in ("amod", "acl", "relcl") and (
        c.lemma_.lower() in lx.RELEASE_VERBS  # an adjective "freed" is its own lemma
        or c.lower_.endswith("ed") and {c.lower_[:-1], c.lower_[:-2]} & lx.RELEASE_VERBS)
        for c in obj.children)


# Those whom a leader receives for talks: "received the visiting envoy", "received Peru's
# foreign minister A", "received a delegation from X".
OFFICIALS = frozenset({"president", "envoy", "ambassador", "minister", "secretary",
                        "official", "diplomat", "negotiator", "representative", "chancellor",
                        "king", "emir", "sheikh", "senator", "premier", "mediator",
                        "counterpart", "delegation", "delegate", "emissary"})


def _by_a_person(verb: Token) -> bool:
    """The passive's agent is a person named: "by A", "by Peru's president, A" (not "by
    senior officials")."""
    named = any(c.dep_ in ("appos", "npadvmod") and c.ent_type_ == "PERSON"
                for c in verb.children)  # "by the minister, A": the parse may hang A here
    return any(o.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in o.children) or (
        named and o.lemma_.lower() in OFFICIALS and o.tag_ in ("NN", "NNP"))
        for a in children_of(verb, "agent") for o in a.children)


def _met_by(verb: Token) -> bool:
    """ "At the guesthouse he was met by the minister of security, A": a visitor met by a
    person (not "was met with protests", not "met at the airport by his family")."""
    return bool(children_of(verb, "nsubjpass")) and _by_a_person(verb) and not (
        _at_arrival(verb)) and not any(  # nor "was met by her husband, A, and her sister"
        o.lemma_.lower() in lx.KIN_AND_COUNSEL for a in children_of(verb, "agent")
        for o in a.children)


def _at_arrival(verb: Token) -> bool:
    """The verb is done on or at a place of arrival: "met them on the tarmac", "at the
    airport"."""
    return any(p.lower_ in ("on", "at") and any(o.lemma_.lower() in lx.ARRIVAL_PLACES
                                               for o in p.children)
               for p in children_of(verb, "prep"))


# The families of the held, whom a leader meets: "received the freed women and their
# parents at the palace".
_KIN = frozenset({"family", "families", "parent", "parents", "relative", "relatives"})


def _received_an_official(verb: Token) -> bool:
    """ "President A received Peru's foreign minister B on Monday", "the envoy was received
    by A": an official received by another side's is a meeting; so are the families of the
    held ("received the freed women and their parents at the palace"), as a leader's
    meeting with them. A letter, money or the freed alone received are not."""
    if negated(verb):
        return False
    passive = bool(children_of(verb, "auxpass", "nsubjpass"))
    if passive and not _by_a_person(verb):
        return False  # a meeting received in the passive is received by a person ("was
        # received by Putin"), not by a ministry or a crowd
    received = children_of(verb, "nsubjpass" if passive else "dobj")
    if passive and not received and verb.dep_ == "conj":  # "A went back and was received"
        received = children_of(verb.head, "nsubj")
    for obj in received:
        words = [obj, *(c for c in obj.children if c.dep_ in ("compound", "appos"))]
        kin = [c for c in (obj, *obj.conjuncts) if c.lemma_.lower() in _KIN]
        if any(w.lemma_.lower() in OFFICIALS for w in words) or kin:
            return not _at_arrival(verb)
        if passive and (obj.lower_ in ("he", "she") or obj.ent_type_ == "PERSON") and not (
                obj.conjuncts):
            return not _at_arrival(verb)  # "On Sunday he was received by A": a visitor
        if not passive and (obj.lower_ in ("him", "her") or obj.ent_type_ == "PERSON" and (
                obj.pos_ == "PROPN" and not obj.conjuncts)) and any(
                s.ent_type_ == "PERSON" or s.lemma_.lower() in OFFICIALS
                for s in children_of(verb, "nsubj")):
            return not _at_arrival(verb)  # "President A received him in the Blue Room",
            # "A received B at the palace"
    return False


# Bodies of one side whose meeting is among themselves: "the cabinet met on Tuesday".
_BODIES = frozenset({"cabinet", "council", "parliament", "committee", "government", "board",
                     "assembly", "legislature", "senate", "congress", "politburo", "junta"})


# Lawmakers a government's people meet at home: "a closed meeting with senators".
_LAWMAKERS = frozenset({"senator", "lawmaker", "legislator", "congressman", "congresswoman",
                        "parliamentarian", "mp"})


def _with_lawmakers(tok: Token) -> bool:
    """The meeting is with lawmakers ("met lawmakers", "a meeting with senators"): a side's
    people among themselves, no talks between sides."""
    others = [*children_of(tok, "dobj"),
              *(o for p in children_of(tok, "prep") if p.lower_ == "with"
                for o in children_of(p, "pobj"))]
    return any(o.lemma_.lower() in _LAWMAKERS or o.lower_.rstrip("s") in _LAWMAKERS
               for o in others)


# A body's own people it meets or speaks to: "told shareholders at a meeting", "the annual
# meeting of investors" (no talks between sides).
_OWN_PEOPLE = frozenset({"shareholder", "stockholder", "investor", "analyst", "supporter",
                         "student"})


def _with_its_own(tok: Token) -> bool:
    """The meeting is a body's with its own people: "told shareholders at a meeting on
    Tuesday", "a meeting with investors", "the shareholders' meeting"."""
    around = [*children_of(tok, "compound", "poss", "dobj"),
              *(o for p in children_of(tok, "prep") if p.lower_ in ("with", "of")
                for o in children_of(p, "pobj"))]
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        around += children_of(tok.head.head, "dobj", "dative")  # "told X at a meeting"
    return any(o.lemma_.lower() in _OWN_PEOPLE for o in around)


def meeting_cue(tok: Token, names: DocNames) -> Cue | None:
    """A meeting the word signals (read only for a word that signals one: not a meeting
    with lawmakers, nor a body's with its own people)."""
    cue = _meeting_cue(tok, names)
    return None if cue is not None and (_with_lawmakers(tok) or _with_its_own(tok)
                                        or _of_its_own_body(tok) or _going_on(tok)
                                        or many_times(tok) or _among_doings(tok)) else cue


def _among_doings(noun: Token) -> bool:
    """ "two years of vigils, marches and meetings with officials": meetings listed among
    other doings of a stretch of time, none of them one told."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and any(
        c.pos_ == "NOUN" and c.lemma_.lower() not in lx.MEETING_NOUNS for c in noun.conjuncts)


def _going_on(noun: Token) -> bool:
    """ "The broader talks between X and Y continue, mostly through Z": talks told as still
    going on, in the present, are no meeting of a day."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.tag_ in ("VBZ", "VBP") and (
        verb.lemma_.lower() in ("continue", "drag", "resume") or (
            verb.lemma_.lower() == "go" and any(c.lower_ == "on" for c in verb.children)))


# A state's or a party's own bodies: "an emergency meeting of the National Security Council".
_OWN_BODIES = (_BODIES - {"government"}) | {"commission", "presidium", "leadership"}
# Words that make a body one of two sides together: "the Joint Military Commission".
_SHARED = frozenset({"joint", "bilateral", "trilateral", "mixed", "contact"})


def _of_its_own_body(tok: Token) -> bool:
    """ "convened an emergency meeting of the party's Central Military Commission": a body
    of one side meeting on its own is no talks between sides (a joint body's meeting is)."""
    if tok.lemma_.lower() != "meeting":
        return False
    for body in (o for p in children_of(tok, "prep") if p.lower_ == "of"
                 for o in children_of(p, "pobj")):
        words = {t.lower_ for t in body.subtree}
        if body.lemma_.lower() in _OWN_BODIES and not words & _SHARED:
            return True
    return False


# "for what they had been told was a routine meeting": a meeting someone was led to expect
_BELIEVED_TO_BE = re.compile(r"\bwhat\b[^.;]{0,60}\b(?:told|thought|believed|assumed|"
                             r"expected|promised)\b[^.;]{0,12}\b(?:was|were|would be)\s+"
                             r"(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _believed_to_be(noun: Token) -> bool:
    """The meeting is what someone was told or thought it would be ("for what they had been
    told was a routine meeting")."""
    sent = noun.sent
    before = sent.text[max(0, noun.idx - sent.start_char - 120):noun.idx - sent.start_char]
    return _BELIEVED_TO_BE.search(before) is not None


# Meals taken with someone: "A dined with B in Lima", "lunched with the envoy".
_MEALS = frozenset({"lunch", "dine", "breakfast", "sup"})
_MEAL_FORMS = frozenset({"dined", "dines", "dining"})  # (the lemmatiser gives "din")


def _ate_with(verb: Token, names: DocNames) -> bool:
    """ "A dined with B in Lima on 3 May": a meal with a named person or an official
    is a meeting (not "dined with friends")."""
    return (verb.lemma_.lower() in _MEALS or verb.lower_ in _MEAL_FORMS) and any(
        (m := names.at(o)) is not None and m.type == EntityType.PERSON
        or o.lemma_.lower() in OFFICIALS
        for p in children_of(verb, "prep") if p.lower_ == "with"
        for o in children_of(p, "pobj"))


# Places named after a meeting: "the meeting point", "the meeting room".
_PLACES = frozenset({"point", "place", "spot", "venue", "room", "hall", "site", "location",
                     "ground", "house", "area", "table"})


def _meeting_cue(tok: Token, names: DocNames) -> Cue | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma in lx.MEETING_NOUNS and _believed_to_be(tok):
        return None
    if lemma == "negotiate" and tok.pos_ == "VERB" and children_of(tok, "nsubjpass") and not (
            children_of(tok, "agent") or any(p.lower_ in ("with", "between")
                                             for p in children_of(tok, "prep"))):
        return None  # "the deal was negotiated in secret": how it came about, no meeting
    if (lemma in ("negotiate", "session", "round") or tok.lower_ in lx.TALKS_NOUNS) and (
            is_negotiation(tok)):
        return Cue(tok, EventType.MEETING)
    if tok.pos_ in ("NOUN", "PROPN") and lemma == "meeting" and _arrest_scene(tok):
        return None
    if tok.pos_ == "VERB" and lemma == "host":  # "hosted the visiting president X"
        for obj in children_of(tok, "dobj"):
            named = [names.at(t) for t in (obj, *children_of(obj, "appos"))]
            if any(m is not None and m.type == EntityType.PERSON for m in named):
                return Cue(tok, EventType.MEETING)
            if obj.lemma_.lower() in OFFICIALS and not negated(tok):
                return Cue(tok, EventType.MEETING)  # "hosted his Yian counterpart"
        return None
    if tok.pos_ == "VERB" and lemma == "visit" and not negated(tok) and any(
            o.lemma_.lower() in OFFICIALS for o in children_of(tok, "dobj")):
        return Cue(tok, EventType.MEETING)  # "visited the Yian president in X on Monday"
        # (not "the consul had visited A in prison": a call on a detainee)
    if tok.pos_ == "VERB" and lemma == "receive" and _received_an_official(tok):
        return Cue(tok, EventType.MEETING)
    if tok.pos_ == "VERB" and lemma == "meet":
        if tok.dep_ == "relcl" and any(c.lower_ == "had" for c in children_of(tok, "aux")):
            return None  # "X, whom he had met online": how people know each other, told
        if children_of(tok, "auxpass", "nsubjpass"):  # "was met with growing isolation"
            return Cue(tok, EventType.MEETING) if _met_by(tok) else None
        objs = children_of(tok, "dobj")
        if objs and objs[0].lemma_.lower() in lx.MEETING_NOT_OBJECTS:
            return None
        if not objs and not any(p.lower_ in ("with", "between") for p in children_of(
                tok, "prep")) and any(s.lemma_.lower() in _BODIES for s in children_of(
                tok, "nsubj")):
            return None  # "the security cabinet met for four hours": one side among itself
        if objs and (objs[0].lower_ in ("them", "him", "her") or (
                names.at(objs[0]) is None and objs[0].lemma_.lower() not in OFFICIALS)) and (
                _at_arrival(tok)):
            return None  # "met them on the tarmac", "met the group at the airport": a welcome
            # for the freed, no talks (not "met the envoy at the airport")
        if objs and _told_as_freed(objs[0]):
            return None  # "met the freed prisoners": a welcome too
        return Cue(tok, EventType.MEETING)
    if lemma in ("talk", "speak") and tok.tag_.startswith("VB") and _in_person(tok):
        return Cue(tok, EventType.MEETING)  # "A and B talked face to face"
    sat_down = tok.pos_ == "VERB" and lemma == "sit" and has_prt(tok, "down")
    if sat_down and (any(p.lower_ == "with" for p in children_of(tok, "prep")) or (
            _together(tok))):
        return Cue(tok, EventType.MEETING)  # "sat down with X", "the envoys sat down
        # together on Monday"
    if tok.pos_ == "VERB" and (_sat_with(tok, names) or _called_on(tok, names)
                               or _saw_in_person(tok, names)):
        return Cue(tok, EventType.MEETING)
    if tok.pos_ == "VERB" and (_across_the_table(tok) or _shook_hands(tok, names)
                               or _ate_with(tok, names)):
        return Cue(tok, EventType.MEETING)
    if tok.pos_ == "NOUN" and lemma == "visit" and _visit_to_host(tok, names):
        return Cue(tok, EventType.MEETING)  # "during A's visit to the White House on Feb. 9"
    if tok.pos_ in ("NOUN", "PROPN") and word_in(tok, lx.MEETING_NOUNS):
        if _setting(tok) or (tok.dep_ == "compound" and tok.head.lemma_.lower() in _PLACES):
            return None  # (not "escorted him to the meeting point": a place)
        if tok.head.dep_ == "prep" and tok.head.lower_ in ("in", "for") and (
                tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() not in
                lx.MEETING_NOUNS):
            return None  # "its interest in the climate summit": a subject, not a meeting
        preps = {p.lower_ for p in children_of(tok, "prep")}
        if lemma in ("meeting", "summit") or preps & {"with", "between"}:
            return Cue(tok, EventType.MEETING)
        if tok.head.lemma_.lower() in ("hold", "host", "open", "attend", "begin", "start") and (
                not infinitive(tok.head)):
            return Cue(tok, EventType.MEETING)  # not "allowed the firm to open talks"
    return None


def _together(verb: Token) -> bool:
    """ "A and B sat down together", "the two delegations sat down together": a plural or
    coordinated subject, together."""
    return any(c.lower_ == "together" for c in verb.children) and any(
        s.tag_ in ("NNS", "NNPS") or s.conjuncts for s in children_of(verb, "nsubj"))


def _sat_with(verb: Token, names: DocNames) -> bool:
    """ "A sat with B in Lima for four hours": two people named, the one with the other."""
    return verb.lemma_.lower() == "sit" and any(
        person_named(s, names) for s in children_of(verb, "nsubj")) and any(
        p.lower_ == "with" and any(person_named(o, names) for o in children_of(p, "pobj"))
        for p in children_of(verb, "prep"))


def _saw_in_person(verb: Token, names: DocNames) -> bool:
    """ "On Friday she saw the Sultan and his finance minister", "A saw President B": a
    person who saw an office holder met them (not "saw the deal as a trap", "saw them
    leave", "saw B on television", "she saw A in the camp")."""
    if verb.lemma_.lower() != "see" or verb.tag_ != "VBD" or children_of(
            verb, "xcomp", "ccomp", "oprd", "advcl") or any(
            p.lower_ == "as" or p.lower_ == "on" and not names_a_day(p)
            for p in children_of(verb, "prep")):
        return False
    if not any(s.lower_ in ("he", "she") or person_named(s, names) or s.lemma_.lower() in OFFICIALS
               for s in children_of(verb, "nsubj")):
        return False
    return any(_in_office(o, names) or o.lemma_.lower() in OFFICIALS | _HEADS
               for d in children_of(verb, "dobj") for o in (d, *d.conjuncts))


def _in_office(tok: Token, names: DocNames) -> bool:
    """A person the article names with an office ("Finance Minister A")."""
    found = names.at(tok)
    return found is not None and found.type == EntityType.PERSON and bool(found.roles)


# Heads of state a text names by their title alone: "saw the Sultan".
_HEADS = frozenset({"shah", "pope", "sultan", "monarch", "queen", "emperor", "pontiff"})


def _called_on(verb: Token, names: DocNames) -> bool:
    """ "A delegation called on the President at his home": a visit (not "called on X to
    free A", which asks, nor "called on Tuesday")."""
    if verb.lemma_.lower() != "call" or children_of(verb, "xcomp", "ccomp", "dobj"):
        return False
    for prep in children_of(verb, "prep", "prt"):
        if prep.lower_ != "on" or names_a_day(prep):
            continue
        for o in children_of(prep, "pobj"):
            if any(c.dep_ in ("relcl", "acl") or c.tag_ == "TO" for c in o.subtree):
                return False  # "called on X to free A" as the parser may hang it
            if person_named(o, names) or o.lemma_.lower() in lx.SOLE_OFFICES | {"pope"}:
                return True
    return False


def _across_the_table(verb: Token) -> bool:
    """ "A sat across the table from B": the two met (both named: "a former president
    sitting across the table from B" says less than who met)."""
    return verb.lemma_.lower() == "sit" and any(
        p.lower_ in ("across", "opposite") and any(o.lemma_.lower() == "table"
                                                   for o in children_of(p, "pobj"))
        for p in children_of(verb, "prep")) and any(
        p.lower_ == "from" for p in children_of(verb, "prep")) and (
        _named_subject(verb) or _a_states_official(verb))


def _shook_hands(verb: Token, names: DocNames) -> bool:
    """ "A and B shook hands on the deal", "A shook hands with B": two people named together,
    not a welcome of the freed ("shook hands with the released men")."""
    if verb.lemma_.lower() != "shake" or not any(o.lower_ == "hands"
                                                 for o in children_of(verb, "dobj")):
        return False
    people = [o for p in children_of(verb, "prep") if p.lower_ == "with"
              for o in children_of(p, "pobj")]
    people += [c for s in children_of(verb, "nsubj") for c in s.conjuncts]
    return any(person_named(o, names) and not _told_as_freed(o) for o in people) and (
        _named_subject(verb))


def _a_states_official(verb: Token) -> bool:
    """ "A Xian minister sat across a table from B", "a senior member of the Xian government
    ...": an official of a state the words name (a side, if no one by name)."""
    for subject in children_of(verb, "nsubj"):
        if subject.lemma_.lower() not in OFFICIALS | {"member"}:
            continue
        words = [*subject.children, *(o for p in children_of(subject, "prep") if p.lower_ == "of"
                                      for o in children_of(p, "pobj") for o in (o, *o.children))]
        if any(w.ent_type_ in ("NORP", "GPE") for w in words):
            return True
    return False


def _named_subject(verb: Token) -> bool:
    """The verb's subject is a name (a person's the document stage can tell from a place's
    later), not a description ("a former president")."""
    return any(s.pos_ == "PROPN" for s in children_of(verb, "nsubj"))


def _setting(tok: Token) -> bool:
    """ "on the sidelines of the X summit", "on the margins of a summit": the gathering where
    something else happened (two leaders met, a minister spoke at a forum), not a meeting of
    the deal. Where what happened there is told only as raising something with someone
    ("raised the case with B on the sidelines of the summit"), the summit stands for that
    encounter."""
    if not (tok.head.dep_ == "prep" and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in ("sideline", "margin", "fringe")):
        return False
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() in ("meet", "talk", "sit", "hold", "speak"):
        return True
    return not any(p.lower_ == "with" and children_of(p, "pobj")  # on the verb or its object
                   for h in (verb, *children_of(verb, "dobj")) for p in children_of(h, "prep"))


_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "following", "until"})


def time_of_another(tok: Token) -> bool:
    """ "X deported her a few days after the summit": a bare "the summit" (nothing of its
    own: no one, no place, no day) that times another act is a meeting told elsewhere, if at
    all (its day may still date the act: "a statement released after the meeting"); the
    act's subject did not take part in it."""
    return (tok.dep_ == "pobj" and tok.head.lower_ in _TIME_PREPOSITIONS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            and all(c.dep_ in ("det", "punct") for c in tok.children))


def _visit_to_host(visit: Token, names: DocNames) -> bool:
    """A named person's visit to a state or its seat ("Chancellor A's visit to the White
    House", "the visit of B to Moscow"): the visitor meets the host (not a visit to a prison
    or to the freed)."""
    visitor = [c for c in visit.children if c.dep_ == "poss"] + [
        o for p in children_of(visit, "prep") if p.lower_ == "of" for o in children_of(p, "pobj")]
    host = [o for p in children_of(visit, "prep") if p.lower_ == "to"
            for o in children_of(p, "pobj")]
    return any(person_named(v, names) for v in visitor) and any(
        o.ent_type_ in ("GPE", "FAC", "ORG") or (o.pos_ == "PROPN" and o.ent_type_ != "PERSON")
        for o in host)


def _in_person(verb: Token) -> bool:
    """ "talked face to face", "spoke in person": talks told as a meeting (read from the
    words that follow, which a parse often hangs elsewhere)."""
    after = [t.lower_ for t in verb.doc[verb.i + 1:verb.i + 4]]
    return after == ["face", "to", "face"] or after[:2] == ["in", "person"]


def person_named(tok: Token, names: DocNames) -> bool:
    """The word is (part of) a person's name the article tags."""
    found = names.at(tok)
    return found is not None and found.type == EntityType.PERSON


def names_a_day(prep: Token) -> bool:
    """ "on July 1", "on Tuesday": a day, not whom one calls on."""
    return any(o.ent_type_ in ("DATE", "TIME") for o in children_of(prep, "pobj"))


_JUDGING = frozenset({"call", "describe", "hail", "welcome", "praise", "criticize",
                      "criticise", "term", "dub", "label", "condemn", "applaud"})


def judged(noun: Token) -> bool:
    """A meeting or call told as what someone judged it ("called the meeting a positive step",
    "hailed the talks"): its subject comments on it, and took part only if the text says so."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "nsubjpass") and (
        noun.head.lemma_.lower() in _JUDGING)
