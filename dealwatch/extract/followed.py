"""A release told as one that followed the release just told.

"B was released in March. C, a poet held since 2020, followed two weeks later." and "Six
were flown out on Monday. A week later three more followed: D, E and F." A careful
reader takes the second sentence as another release (its own people, number and time), since
the sentence before it told one; "followed" alone says nothing of a release ("the talks that
followed", "protests followed the verdict").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import children_of
from dealwatch.extract.text import sentence_before

# Words for more of the people told before: "three more followed", "others followed".
_MORE_OF_THEM = frozenset({"more", "other", "others"})
# What makes "followed" transitive or a clause of its own: it then tells no one freed.
_NOT_ALONE = frozenset({"dobj", "ccomp", "xcomp", "nsubjpass", "auxpass", "agent", "attr"})


def followed_release(tok: Token, is_person: Callable[[Token], bool],
                     told_release: Callable[[Token], bool]) -> Token | None:
    """Who "followed" frees, when the sentence before it in its paragraph told a release
    (``told_release`` says whether a token of that sentence is a release cue)."""
    if tok.lower_ != "followed" or tok.dep_ not in ("ROOT", "conj") or any(
            c.dep_ in _NOT_ALONE for c in tok.children):
        return None
    who = _who_followed(tok, is_person)
    if who is None:
        return None
    before = sentence_before(tok.sent)
    if before is None or not any(told_release(t) for t in before if t.lower_ != "followed"):
        return None
    return who


def _who_followed(tok: Token, is_person: Callable[[Token], bool]) -> Token | None:
    """The people that followed: a person named ("C, a poet, followed"), the held ("two
    hostages followed"), more of them ("three more followed", "others followed")."""
    for c in tok.children:
        if c.dep_ == "nsubj" and (
                is_person(c) or c.lemma_.lower() in lx.HELD_NOUNS
                or c.lower_ in _MORE_OF_THEM
                or any(is_person(a) for a in children_of(c, "appos"))):
            return c
        if c.dep_ in ("npadvmod", "nsubj") and c.like_num and any(
                m.lower_ == "more" for m in c.children):
            return c  # "three more followed", the parser's adverb of a number
    return None
