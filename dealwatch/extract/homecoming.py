"""People said to have been held who come home: "Two citizens held in X landed in Y on
Saturday", "33 Yians held in X returned home", "three citizens who had been detained in X
had come home safely". They were freed, by whoever held them (the document stage reads who)."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import Cue, children_of, has_prt
from dealwatch.extract.demands import HELD_PARTICIPLES
from dealwatch.extract.shapes import went_home
from dealwatch.model import EventType


def came_home(tok: Token) -> Cue | None:
    """A release told by its people's arrival or homecoming (see the module)."""
    if not (tok.lemma_.lower() in lx.ARRIVE_VERBS or went_home(tok) or (
            tok.lemma_.lower() == "touch" and has_prt(tok, "down"))):  # "touched down in X"
        return None
    if not (tok.tag_ in ("VBD", "VBZ", "VBP") or _perfect(tok)):
        return None
    held = [s for s in children_of(tok, "nsubj") if _said_held(s)]
    return Cue(tok, EventType.RELEASE, held[0]) if held else None


def _perfect(verb: Token) -> bool:
    """ "had come home", "have landed": a perfect, not a participle describing someone."""
    return verb.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_ == "have"
                                      for a in verb.children)


def _said_held(subject: Token) -> bool:
    """A subject the sentence says was held: "two citizens held in X", "the men jailed in Y"
    (not "the negotiators who held talks")."""
    return subject.pos_ in ("NOUN", "PROPN") and any(
        (c.dep_ == "acl" and c.tag_ == "VBN" or c.dep_ == "relcl" and any(
            a.dep_ == "auxpass" for a in c.children))  # "citizens who had been detained in X"
        and (c.lemma_.lower() in HELD_PARTICIPLES or c.lemma_.lower() == "lock" and has_prt(
            c, "up"))  # "who had been locked up in X since 2021"
        and any(o.ent_type_ in ("GPE", "NORP", "ORG", "DATE") or o.lemma_.lower() in
                lx.PRISON_NOUNS for p in children_of(c, "prep", "agent")
                for o in children_of(p, "pobj"))
        for c in (*subject.children, *_described(subject)))


def _described(subject: Token) -> list[Token]:
    """The clauses of an apposition that say who the subject is: "A, the teacher who had
    been held in X" (the parser hangs "who ..." on any noun of the apposition: "the teacher
    from the Y area who ...")."""
    return [c for a in subject.children if a.dep_ == "appos" for t in a.subtree
            for c in t.children if c.dep_ == "acl" and t.i == a.i or c.dep_ == "relcl" and any(
                w.lower_ == "who" for w in c.children)]
