"""A warning that the other side must act: "The minister warned that any firm that had not
signed by May 3 would have to stop work", "X warned Y it must pay or lose the licence".

A side that warns another what will happen unless it acts demands that act: news tells an
ultimatum this way as often as with "demanded". Only a warning whose clause says what the
other must do ("must", "would have to", "will have to"), not one of what may happen ("warned
that the talks could collapse").
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract.cue import children_of, negated


def _must(clause: Token) -> bool:
    """ "must stop", "would have to stop", "will have to leave"."""
    if any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children):
        return True
    return clause.lemma_.lower() == "have" and any(
        x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
        for x in clause.children)


def warned_to_act(verb: Token) -> bool:
    """The verb is a side's warning that the other must act (see the module)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "warn" or negated(verb):
        return False
    if not children_of(verb, "nsubj"):
        return False
    return any(_must(c) for c in children_of(verb, "ccomp"))
