"""Dates in a sentence that tell another time than its event: someone's past ("the diplomat
jailed for a plot in 2018", "four soldiers, all captured on May 3"), the people a participle
describes ("Americans freed by X" in a sentence about a landing), and a stretch of time a
since-, for- or until-phrase measures ("held since March", "the first visit since 2019").
The date picker (``when``), the article's dates (``article_dates``) and the time frame read
these to keep such a date off the event.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import freed_as_a_description, governing_verb
from dealwatch.extract.asides import past_the_aside
from dealwatch.model import TimeExpr


def describing_participle(cue: Token) -> bool:
    """ "the Americans freed by Iran": a participle that says who people are, inside a clause
    about something else; that clause's day is not the day they were freed."""
    return cue.dep_ == "acl" and cue.tag_ == "VBN"


def says_who_was_freed(cue: Token) -> bool:
    """A release told only as a word saying who people are, in a clause about something else
    ("the Americans freed by Iran landed on Sunday", "met the released men on Sunday",
    "receives freed hostages"): that clause's day and doer are not the release's."""
    return describing_participle(cue) or freed_as_a_description(cue)


# Words that stand for the people a clause describes: "four soldiers, all captured in May".
_GROUP_SUBJECTS = frozenset({"all", "both", "each", "most", "many", "several", "some"})


def describes_someone(date: Span, cue: Token | None = None) -> bool:
    """A date in a clause that tells what was done to someone before ("hostages seized in the
    attack of May 3", "four soldiers, all captured at the post on October 7"; the parser makes
    the last a clause of the main verb with "all" its subject): it dates that past, not the
    event the sentence tells, and sets no time frame for the sentences after it. Every word
    of the date that hangs outside it is asked (the parser splits "October 7, 2023 attack")."""
    return any(_describing_clause(verb, cue) and t.i not in past_the_aside(verb)
               for t in date if not date.start <= t.head.i < date.end
               for verb in (governing_verb(t),))  # (not past the aside's closing comma:
    # "freed A, a student jailed for years, on Saturday")


def tells_someones_past(doc: Doc, t: TimeExpr, cue: Token | None = None) -> bool:
    """``describes_someone`` for a date expression of the document."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and describes_someone(span, cue)


def _describing_clause(verb: Token, cue: Token | None) -> bool:
    if verb.lemma_.lower() not in lx.BACKGROUND_VERBS or (cue is not None and cue.i == verb.i):
        return False
    if verb.dep_ in ("acl", "relcl"):  # not "the talks held on Monday": the cue's own day
        return verb.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and not (
            cue is not None and verb.head.i == cue.i)
    if verb.dep_ in ("ccomp", "advcl") and verb.tag_ == "VBN" and any(
            c.dep_ == "nsubj" for c in verb.children) and not any(
            c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return True  # "released A and the four fighters captured in 2029": the parse made
        # the people the subject of a bare participle, which is no clause of its own
    if verb.dep_ not in ("advcl", "conj"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _GROUP_SUBJECTS
           for c in verb.children):
        return True
    # "released four soldiers, all captured in May": the parser coordinated the participle
    # with the main verb and hung "all" on the soldiers
    return (verb.tag_ == "VBN" and verb.i > 0 and verb.doc[verb.i - 1].lower_ in _GROUP_SUBJECTS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                        for c in verb.children))


def since_clause(verb: Token) -> bool:
    """The verb heads a since-clause ("since he took office in 2020"): its day is where a
    stretch of time starts, the day of nothing else the sentence tells."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


def duration_of(tok: Token) -> Token | None:
    """The since/for/until word when a date measures a stretch of time up to its verb."""
    return prep_above(tok, governing_verb(tok), _STRETCH_PREPS)


_STRETCH_PREPS = frozenset({"since", "for", "until", "till"})


def prep_above(tok: Token, verb: Token, words: frozenset[str]) -> Token | None:
    """The first of these prepositions between a word and the verb above it ("after" in
    "weeks after the landing of April 17, X said"), if one is."""
    for anc in tok.ancestors:
        if anc.i == verb.i:
            return None
        if anc.dep_ == "prep" and anc.lower_ in words:
            return anc
    return None


def in_duration(tok: Token) -> bool:
    """A date in a since/for/until phrase measures a stretch of time up to its verb."""
    return duration_of(tok) is not None
