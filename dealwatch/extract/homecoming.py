"""People said to have been held who come home: "Two citizens held in X landed in Y on
Saturday", "33 Yians held in X returned home", "three citizens who had been detained in X
had come home safely", "three Yians came home after two years in X's prisons", "A returned
to Y in a swap for B", "X and Y swapped prisoners, with 30 Yians returning home", "185 Yian
soldiers came home and 185 Xians were handed over in return". They were freed, by whoever
held them (the document stage reads who)."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import Cue, children_of, has_prt, perfect
from dealwatch.extract.demands import HELD_PARTICIPLES
from dealwatch.extract.shapes import out_of_prison, went_home
from dealwatch.model import EventType


def came_home(tok: Token) -> Cue | None:
    """A release told by its people's arrival or homecoming (see the module)."""
    left = _flown_out(tok)
    if left is not None:
        return Cue(tok, EventType.RELEASE, left)
    swapped = tok.lemma_.lower() in _SWAPPED_GOING and not children_of(
        tok, "dobj") and _in_a_swap_for(tok)  # (not "X returned two Yians in a swap for")
    if not (tok.lemma_.lower() in lx.ARRIVE_VERBS or went_home(tok) or swapped or (
            off_the_plane(tok)) or (
            tok.lemma_.lower() == "touch" and has_prt(tok, "down")) or (  # "touched down in X"
            tok.lemma_.lower() in _CROSSING and any(  # "crossed into Egypt", "walked
                p.lower_ in ("into", "over", "across", "to")  # across the bridge into Y",
                or p.lower_ == "at" and tok.lemma_.lower() == "cross"  # "crossed at the post"
                for p in children_of(tok, "prep", "prt"))) or (  # "crossed to the X side"
            tok.lemma_.lower() == "come" and has_prt(tok, "over"))):  # "came over to the
        return None  # other side"
    absolute = _with_swap(tok)
    misparsed = tok.dep_ == "advcl" and (not children_of(tok, "nsubj") or _since_read_as_clause(
        tok)) and (tok.head.lemma_.lower() in HELD_PARTICIPLES and tok.head.tag_ in ("VBD", "VBN"))
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or (  # a main verb tagged as a participle
        tok.tag_ == "VBN" and tok.dep_ == "ROOT" and bool(children_of(tok, "nsubj"))
        and not children_of(tok, "aux", "auxpass"))
    if not (finite or _perfect(tok) or absolute or misparsed):
        return None
    held = [s for s in children_of(tok, "nsubj") if _said_held(s) or _held_by_name(s, tok) or (
        _load_of_held(s)) or (
        s.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and (absolute or swapped
                                                        or _after_held(tok))) or (
        _counted(s) and (_told_in_return(tok) or went_home(tok) and _exchange_story(tok)
                         and not _broken_down(tok)))]
    if not held and misparsed:
        # "Thirteen Xians held in Y for weeks crossed into Z": the parse made "held" the
        # main verb and the homecoming its clause; its subject is the held
        held = _subjects_of_held(tok)
    if held and _still_in_custody(tok):
        return None  # "The prisoners arrived at the base handcuffed, under heavy guard"
    if held and _freed_as_told(tok):
        return None  # "came home as X handed them to the Red Cross": X's release, told there
    if held and _freed_from_prison(held[0]):
        return None  # "The two released from a prison in X in exchange for Y arrived in Z
        # on Sunday": the participle tells the release; the arrival's day is not its day
    return Cue(tok, EventType.RELEASE, held[0]) if held else None


def _freed_as_told(verb: Token) -> bool:
    """ "The 20 hostages came home on Monday as X handed them to the Red Cross": the clause
    beside the homecoming tells the release itself, with its doer, of the same people."""
    near = children_of(verb, "advcl")  # (the parse may hang it on another clause of the
    for clause in [*near, *(c for n in near for c in children_of(n, "advcl"))]:  # verb's)
        marks = {c.lower_ for c in children_of(clause, "mark")}
        lemma = clause.lemma_.lower()
        if not marks & {"as", "when", "after"} or not (
                lemma in lx.RELEASE_VERBS or lemma == "hand"):
            continue
        if children_of(clause, "nsubj") and any(
                o.lower_ in ("them", "him", "her") for o in children_of(clause, "dobj")):
            return True
    return False


# Words that tell people arriving still held: "arrived handcuffed", "under heavy guard".
_IN_CUSTODY = frozenset({"handcuffed", "shackled", "manacled", "blindfolded", "chained"})


def _still_in_custody(verb: Token) -> bool:
    """The people come or go in custody: "arrived at the base handcuffed, under heavy
    guard" (moved by their captors, not freed)."""
    return any(t.lower_ in _IN_CUSTODY or t.lower_ == "guard" and t.head.lower_ == "under"
               for t in verb.subtree)


# Going over a line on foot or by road: "crossed into X", "walked across the bridge".
_CROSSING = frozenset({"cross", "walk", "step", "drive"})
# Going home as one half of a swap: "A returned to Y in a swap for B", "A walked across the
# border in exchange for 25 Yians".
_SWAPPED_GOING = _CROSSING | {"return", "come", "fly"}
# Verbs whose subject moves: told of the held, they tell them gone free ("left X", "flew out").
MOVING_VERBS = _CROSSING | {"leave", "depart", "fly"}


def _held_by_name(subject: Token, verb: Token) -> bool:
    """ "The hostages landed in X", "the three captives came home": people the word itself
    tells held arrive or come home, so they were freed (not "the prisoners arrived at the
    court")."""
    if subject.lemma_.lower() not in lx.HELD_NOUNS or subject.tag_ not in ("NNS", "NN"):
        return False
    places = [o.lemma_.lower() for p in children_of(verb, "prep") for o in children_of(p, "pobj")]
    return not any(w in lx.PRISON_NOUNS or w in ("court", "courthouse", "trial", "hearing")
                   for w in places)


def _flown_out(verb: Token) -> Token | None:
    """ "The 52 Xians held captive in Y were flown out of Z today", "the hostages left Z":
    people told held who leave by air or leave the place were freed; the held."""
    lemma = verb.lemma_.lower()
    if lemma not in ("fly", "leave", "depart"):
        return None
    out = any(p.lower_ in ("out", "from") for p in children_of(verb, "prep", "prt"))
    if not (out or lemma == "leave" and any(
            o.ent_type_ in ("GPE", "LOC", "FAC") for o in children_of(verb, "dobj"))):
        return None
    held = [s for s in children_of(verb, "nsubj", "nsubjpass")
            if _said_held(s) or _held_by_name(s, verb)]
    if not held and verb.dep_ == "advcl" and not children_of(verb, "nsubj", "nsubjpass") and (
            verb.head.lemma_.lower() in HELD_PARTICIPLES and verb.head.tag_ == "VBD"):
        # "The 52 Xians held captive in Y were flown out": the parse made "held" the main
        # verb and the leaving its clause; its subject is the held
        held = _subjects_of_held(verb)
    return held[0] if held else None


def _subjects_of_held(clause: Token) -> list[Token]:
    """The subject of the "held" the parse made the main verb, where the homecoming or the
    leaving is its clause ("Thirteen Xians held in Y for weeks crossed into Z"), or the
    people "held" describes, where the parse left them the root."""
    held = clause.head
    people = [held.head] if _held_by_holder(held) else children_of(held, "nsubj") or (
        [held.head] if held.dep_ == "acl" else [])  # "The four men whom X had held since"
    return [s for s in people if _counted(s) or s.pos_ == "PROPN"]


def _load_of_held(subject: Token) -> bool:
    """ "The first busload of captives crossed into X": a load of the held."""
    word = subject.lemma_.lower()
    return (word.endswith("load") or word in ("batch", "contingent")) and any(
        o.lemma_.lower() in lx.HELD_NOUNS for p in children_of(subject, "prep") if p.lower_ == "of"
        for o in children_of(p, "pobj"))


def _since_read_as_clause(verb: Token) -> bool:
    """ "Xians held in Y since the 1990 war walked across the border": the parse may read
    "since the war walked ..." as a clause, a thing for its subject."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children) and all(
        s.pos_ == "NOUN" and s.lemma_.lower() not in lx.HELD_NOUNS
        for s in children_of(verb, "nsubj"))


# The steps down from what carries people home (``lx.CRAFTS``).
_STEPS = frozenset({"step", "stair", "stairs", "ramp", "gangway", "steps"})


def off_the_plane(verb: Token) -> bool:
    """ "stepped off the plane", "walked down the steps of an aircraft": arriving by air."""
    if verb.lemma_.lower() not in ("step", "walk", "climb", "come"):
        return False
    if any(p.lower_ == "off" for p in children_of(verb, "prep", "prt")) and any(
            o.lemma_.lower() in lx.CRAFTS for o in children_of(verb, "dobj")):
        return True  # the parser's "stepped off [the plane]"
    for prep in children_of(verb, "prep", "prt"):
        if prep.lower_ not in ("off", "down", "from", "out"):
            continue
        for o in children_of(prep, "pobj"):
            lemma = o.lemma_.lower()
            if lemma in lx.CRAFTS or lemma in _STEPS and any(
                    x.lemma_.lower() in lx.CRAFTS for p in children_of(o, "prep")
                    for x in children_of(p, "pobj")):
                return True
    return False


def _in_a_swap_for(verb: Token) -> bool:
    """ "A returned to Chile on Friday in a swap for B": going home as one half of a swap."""
    return any(p.lower_ == "in" and o.lemma_.lower() in lx.SWAPS and any(
        f.lower_ == "for" for f in children_of(o, "prep"))
        for p in children_of(verb, "prep") for o in children_of(p, "pobj"))


def _with_swap(verb: Token) -> bool:
    """ "Chile and Peru swapped prisoners on Monday, with 30 Peruvians returning home": the
    homecoming told in an absolute "with" clause of an exchange."""
    if not (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with"):
        return False
    main = verb.head.head
    return main.lemma_.lower() in lx.SWAPS or any(
        o.lemma_.lower() in lx.SWAPS for o in children_of(main, "dobj", "nsubj", "nsubjpass"))


def _counted(subject: Token) -> bool:
    return subject.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "nummod" for c in subject.children)


def _told_in_return(verb: Token) -> bool:
    """The sentence tells the other half of an exchange: "185 Yian soldiers had come home and
    185 Xians had been handed over in return" (not "five Yians came home - four in the swap
    and one in another deal": a sum of releases told apart)."""
    return any(t.lower_ in ("return", "exchange") and t.head.lower_ == "in"
               and t.dep_ == "pobj" for t in verb.sent)


def _exchange_story(verb: Token) -> bool:
    """ "On Saturday 307 Yian servicemen came home": a number coming home in an article
    that tells an exchange (of prisoners, not troops back from a posting) were freed in it."""
    return any(t.lemma_.lower() in ("exchange", "swap") and (t.pos_ == "NOUN" or any(
        c.dep_ == "dobj" and lx.people_noun(c.lemma_.lower()) for c in t.children))
        for t in verb.doc)  # (not "swapping out of the suits")


def _broken_down(verb: Token) -> bool:
    """ "five Yians came home - four in the swap and one in another deal": the number is a
    sum of releases, each told apart."""
    return any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in verb.sent
               if t.i > verb.i)


def _after_held(verb: Token) -> bool:
    """The homecoming ends a time held: "came home after two years in X's prisons", "after
    14 months of captivity", "after two years behind bars", "two years after they were
    jailed in X" (not "after two weeks in hospital")."""
    for prep in children_of(verb, "prep"):
        if prep.lower_ != "after":
            continue
        for span in children_of(prep, "pobj"):
            if span.lemma_.lower() not in lx.TIME_SPANS:
                continue
            if any(o.lemma_.lower() in lx.PRISON_NOUNS or p.lower_ == "behind" and o.lemma_
                   .lower() == "bar" for p in children_of(span, "prep")
                   for o in children_of(p, "pobj")):
                return True
    return any(c.lemma_.lower() in HELD_PARTICIPLES and any(
        m.dep_ == "mark" and m.lower_ == "after" for m in c.children)
        for c in children_of(verb, "advcl"))


def _perfect(verb: Token) -> bool:
    """ "had come home", "have landed": a perfect, not a participle describing someone."""
    return verb.tag_ == "VBN" and perfect(verb)


def _freed_from_prison(subject: Token) -> bool:
    """The subject is told freed out of a prison or by a side, in a participle of its own:
    "the two released from a prison in X", "the men freed by Y"."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lx.FREED_PARTICIPLES
               and any(out_of_prison(p) or p.dep_ == "agent" for p in c.children)
               for c in subject.children)


def _said_held(subject: Token) -> bool:
    """A subject the sentence says was held: "two citizens held in X", "the men jailed in Y",
    "the six men whom X had held for a year" (not "the negotiators who held talks")."""
    return subject.pos_ in ("NOUN", "PROPN") and (any(
        _held_by_holder(c) for c in subject.children) or any(
        (c.dep_ == "acl" and c.tag_ == "VBN" or c.dep_ == "relcl" and any(
            a.dep_ == "auxpass" for a in c.children))  # "citizens who had been detained in X"
        and (c.lemma_.lower() in HELD_PARTICIPLES or c.lemma_.lower() == "lock" and has_prt(
            c, "up"))  # "who had been locked up in X since 2021"
        and any(o.ent_type_ in ("GPE", "LOC", "NORP", "ORG", "DATE") or o.lemma_.lower() in
                lx.PRISON_NOUNS for p in children_of(c, "prep", "agent")
                for o in children_of(p, "pobj"))
        for c in (*subject.children, *_described(subject))))


def _held_by_holder(clause: Token) -> bool:
    """ "whom X had held since May": a clause of holding with its own holder for subject (the
    people it is told of are its object, not its subject)."""
    return clause.dep_ == "relcl" and clause.lemma_.lower() in HELD_PARTICIPLES and any(
        o.lower_ in ("whom", "who", "that") for o in children_of(clause, "dobj")) and any(
        s.pos_ in ("NOUN", "PROPN") for s in children_of(clause, "nsubj"))


def _described(subject: Token) -> list[Token]:
    """The clauses of an apposition that say who the subject is: "A, the teacher who had
    been held in X" (the parser hangs "who ..." on any noun of the apposition: "the teacher
    from the Y area who ...")."""
    return [c for a in subject.children if a.dep_ == "appos" for t in a.subtree
            for c in t.children if c.dep_ == "acl" and t.i == a.i or c.dep_ == "relcl" and any(
                w.lower_ == "who" for w in c.children)]
