"""Words the parser hung inside an aside that the aside's closing comma puts back outside.

"X freed A, a student held in Y for three years, on Saturday in exchange for B": the comma
after "years" closes the description of A, so "on Saturday" and "in exchange for B" belong
to "freed"; the parser often hangs them on "held". A careful reader goes by the commas.
"""

from __future__ import annotations

from spacy.tokens import Token

# How a phrase past the closing comma may hang on the description's verb.
_PHRASES = ("prep", "npadvmod")


def set_off(clause: Token) -> bool:
    """A describing clause opened by a comma: ", who was held ...", ", a student held ..."
    (the clause inside an apposition), ", held since May ..."."""
    doc = clause.doc
    if clause.dep_ == "relcl":
        start = clause.left_edge.i
    elif clause.dep_ == "acl":
        host = clause.head
        start = host.left_edge.i if host.dep_ == "appos" else clause.left_edge.i
    else:
        return False
    return start > 0 and doc[start - 1].text == ","


def past_the_aside(clause: Token) -> set[int]:
    """The words of the phrases hung on a describing clause set off by commas that come after
    a comma closing it ("..., a student held for three years, on Saturday"): they are of the
    sentence the aside interrupts, not of the aside."""
    if not set_off(clause):
        return set()
    doc = clause.doc
    out: set[int] = set()
    closed = False  # past the closing comma: every phrase after it is outside too
    for child in clause.children:
        if child.dep_ not in _PHRASES or child.i < clause.i:
            continue
        before = child.left_edge.i - 1
        closed = closed or (before > clause.i and doc[before].text == ",")
        if closed:
            out.update(t.i for t in child.subtree)
    return out
