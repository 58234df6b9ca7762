"""What a cue is: a token plus the base event type it signals, and a cue read in context.

The small helpers every cue reader needs live here too (children by dependency, particles,
word lists, negation), so that the readers of each kind of event can sit in modules of their
own.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.model import EventType


@dataclass(frozen=True)
class Cue:
    token: Token
    type: EventType
    patient: Token | None = None  # who or what is freed / sanctioned


@dataclass(frozen=True)
class Frame:
    """A cue read in context: the event type to emit and the token that carries it."""

    type: EventType
    head: Token  # the cue, or the promise / demand word that governs it
    cue: Cue | None  # the base event: what happened, or what is promised or demanded
    modal: bool = False

    @property
    def inner(self) -> Cue | None:
        """The promised or demanded event, when the frame is a statement about one."""
        return self.cue if self.cue is not None and self.cue.token.i != self.head.i else None


def children_of(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def has_prt(tok: Token, particle: str) -> bool:
    # the parser tags "sent back", "brought home" as adverbs as often as particles, and the
    # "free" of "set free 14 fishermen" as the object's adjective
    if any(c.dep_ in ("prt", "advmod", "oprd") and c.lower_ == particle
           for c in tok.children):
        return True  # ("oprd": the passive's "were set free")
    if any(o.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ == particle and a.i > o.i
                                    for a in o.children) for o in tok.children):
        return True  # "set five militants free": the particle read as the object's adjective
    if any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("ADV", "ADP") and c.lower_ == particle
           for c in tok.children):
        return True  # "wants its three citizens back": the particle made a clause's verb
    if any(c.dep_ == "prep" and c.lower_ == particle and not any(
            g.dep_ == "pobj" for g in c.children) for c in tok.children):
        return True  # "handed A over to B": the particle parsed as a preposition of its own
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return after is not None and after.lower_ == particle and after.dep_ in (
        "amod", "advcl", "quantmod") and tok.is_ancestor(after)  # "hand over five men",
    # the particle parsed as "over five" (more than five)


def infinitive(verb: Token) -> bool:
    """ "to free them", "to discuss the case": a verb with its "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def word_in(tok: Token, words: frozenset[str]) -> bool:
    """The token's lemma or a plain inflection of it is in the list (lemmas can be wrong)."""
    low = tok.lower_
    if tok.lemma_.lower() in words or low in words:
        return True
    return any(low.endswith(end) and low[: -len(end)] in words for end in ("s", "es", "ed", "d",
                                                                            "ing"))


def perfect(verb: Token) -> bool:
    """The verb has the auxiliary "have": "had campaigned", "would have been sent"."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def many_times(verb: Token) -> bool:
    """Done a number of times ("have met more than a dozen times", "spoke several times"):
    a tally of occasions, no one of them told."""
    return any(c.dep_ == "npadvmod" and c.lower_ == "times" and any(
        d.dep_ in ("nummod", "amod") for d in c.children) for c in verb.children)


def modal_of(tok: Token) -> str | None:
    """The modal verb of a verb ("would free", "could ease"), if any."""
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in lx.MODALS:
            return c.lower_
    return None


def negated(tok: Token) -> bool:
    """Not done: "did not free", "no release", and a verb whose subject is none of them
    ("no sanctions had been eased")."""
    return any(c.dep_ == "neg" for c in tok.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children
    ) or (tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("none", "nothing", "nobody") or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in tok.children))


def side_subject(verb: Token) -> bool:
    """The verb's subject can be a side: a name, a pronoun, "the government" (not "the
    bargain would seek ...", not "the court attached a condition")."""
    return any(c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ in (
        "GPE", "NORP", "ORG", "PERSON") or c.lemma_.lower() in lx.SIDE_NOUNS)
        for c in verb.children)


def sets_a_deadline(verb: Token) -> bool:
    """The verb's object is a deadline: "set a deadline of May 3", "gave X a deadline"; or
    "gave X ninety days to sign new contracts": a stretch of time to do something in."""
    if any(o.lemma_.lower() == "deadline" for o in children_of(verb, "dobj")):
        return True
    if verb.lemma_.lower() != "give" or not children_of(verb, "dative", "dobj"):
        return False
    spans = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")
             and c.lemma_.lower() in _SPANS and any(n.dep_ == "nummod" for n in c.children)]
    acts = [a for c in (verb, *spans) for a in c.children
            if a.dep_ in ("advcl", "xcomp", "relcl", "acl") and a.pos_ == "VERB"
            and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)]
    return bool(spans and acts)


# Stretches of time a side is given to act in.
_SPANS = frozenset({"hour", "day", "week", "month"})
