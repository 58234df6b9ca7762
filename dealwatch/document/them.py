"""How many "them" are, when a sentence's subject counts them: "The eleven Xians arrived
home on Monday, a day after Y set them free", or the sentence before does: "The eleven Xians
landed on Monday. Y had set them free on Sunday." The one counted group told as a subject
before the pronoun is the group it stands for; with two, none is taken."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dealwatch.document.groups import group_number

_SUBJECTS = ("nsubj", "nsubjpass")


def subject_number(pronoun: Token) -> int | None:
    """The number of the one counted subject before ``pronoun`` in its sentence, else of
    the sentence before. The subject of the verb "them" is the object of is never it ("the
    30 guards let them pass": the guards are not "them")."""
    sent = pronoun.sent
    own = {c.i for c in pronoun.head.children if c.dep_ in _SUBJECTS}
    found = _counted(t for t in sent.doc[sent.start:pronoun.i] if t.i not in own)
    if found is None and not any(t.dep_ in _SUBJECTS and t.i not in own
                                 for t in sent.doc[sent.start:pronoun.i]):
        before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
        found = _counted(iter(before)) if before is not None else None
    return found


def _counted(tokens: Iterable[Token]) -> int | None:
    """The number of the one counted subject of a main clause among ``tokens`` (two or more
    people)."""
    numbers = [n for t in tokens if t.dep_ in _SUBJECTS and _main(t.head)
               and (n := group_number(t) or _carried(t)) is not None and n >= 2]
    return numbers[0] if len(numbers) == 1 else None


# What carries people: "A plane carrying ten Xians landed ...".
_CARRIERS = frozenset({"carry", "bring", "transport", "ferry"})


def _carried(subject: Token) -> int | None:
    """The number of the people a subject carries: "A plane carrying ten Xians touched down
    ..., hours after Y released them" (they are "them", not the plane)."""
    for clause in subject.children:
        if clause.dep_ == "acl" and clause.lemma_.lower() in _CARRIERS:
            for obj in clause.children:
                if obj.dep_ == "dobj" and (n := group_number(obj)) is not None:
                    return n
    return None


def _main(verb: Token) -> bool:
    """The verb of a main clause (or one joined to it), not of a clause inside another ("the
    faction that let the 21 go": the 21 are not the sentence's subject)."""
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
