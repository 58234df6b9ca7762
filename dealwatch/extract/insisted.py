"""What a side insists on that is a demand though no release verb is written: someone to be
freed ("Xland had insisted on A from the start"), someone to be in the deal ("Xland
insisted that the foreigners be part of the deal", "... that A be included"), and the other
side's act done "at Xland's insistence"."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import children_of, negated

# What people are made part of: "part of the deal", "on the list".
_IN_THE_DEAL = frozenset({"part"})


def insisted_on_someone(verb: Token) -> bool:
    """ "insisted on A", "insisted on the foreigners": a person or people asked for."""
    if verb.lemma_.lower() != "insist" or negated(verb):
        return False
    return any(o.ent_type_ == "PERSON" or lx.people_noun(o.lemma_.lower())
               for p in children_of(verb, "prep") if p.lower_ == "on"
               for o in children_of(p, "pobj"))


def in_the_deal(clause: Token) -> bool:
    """ "(that) A be included", "(that) the foreigners be part of the deal" (not "that no
    prisoner ... be included": whom to leave out is no one asked for)."""
    if negated(clause) or any(c.dep_ in ("nsubj", "nsubjpass") and any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in clause.children):
        return False
    lemma = clause.lemma_.lower()
    if lemma == "include" and any(a.dep_ == "auxpass" for a in clause.children):
        return True
    return lemma == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in _IN_THE_DEAL
                                 for c in clause.children)


def at_the_insistence(noun: Token) -> bool:
    """ "were included at Xland's insistence", "at the insistence of A": a demand of theirs."""
    if noun.lemma_.lower() != "insistence" or noun.dep_ != "pobj" or (
            noun.head.lower_ not in ("at", "on")):
        return False
    return bool(children_of(noun, "poss")) or any(
        p.lower_ == "of" and children_of(p, "pobj") for p in children_of(noun, "prep"))
