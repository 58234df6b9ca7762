"""Releases told as someone leaving prison, or as the order that held them lifted.

"A walked out of prison on Monday", "B was out of jail within hours", "C left prison", "F
walked free from a prison in X": the subject, someone held, is freed. "The minister asked
the court to revoke the arrest of D", "the court lifted E's detention": the order that held
them is lifted, and they are freed.
Only people go: "walked out of the talks" names no prison, "lifted the ban" no arrest.
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import children_of

# The verbs of someone getting out: "walked out of", "came out of", "was out of", "got out of".
_OUT_VERBS = frozenset({"walk", "come", "be", "get", "step"})
# Lifting the order that holds someone: "revoke the arrest", "lift the detention".
_LIFT_VERBS = frozenset({"revoke", "lift", "rescind", "quash", "annul", "overturn"})
_HOLDING_ORDERS = frozenset({"arrest", "detention"})


def left_prison(verb: Token) -> Token | None:
    """The subject who walked out of prison or left it (None when no prison is named)."""
    lemma = verb.lemma_.lower()
    if lemma == "leave":
        places = children_of(verb, "dobj")
    elif lemma in _OUT_VERBS:
        places = [o for out in verb.children if out.lower_ == "out" and out.dep_ in (
            "prep", "prt", "advmod") for of in (out, *children_of(out, "prep"))
            if of.lower_ in ("out", "of") for o in children_of(of, "pobj")]
        if not places:  # "walked out of prison": "of" may hang on the verb
            places = [o for of in children_of(verb, "prep") if of.lower_ == "of" and any(
                c.lower_ == "out" for c in verb.children) for o in children_of(of, "pobj")]
        if not places:  # "walked free from a prison": "from" hangs on "free"
            places = [o for free in children_of(verb, "acomp", "advmod", "oprd")
                      if free.lower_ == "free" for p in children_of(free, "prep")
                      if p.lower_ == "from" for o in children_of(p, "pobj")]
    else:
        return None
    if not any(p.lemma_.lower() in lx.PRISON_NOUNS for p in places):
        return None
    return next(iter(children_of(verb, "nsubj")), None)


def order_lifted(verb: Token) -> Token | None:
    """Whose arrest or detention the verb lifts: "revoke the arrest of D", "lift E's
    detention"."""
    if verb.lemma_.lower() not in _LIFT_VERBS:
        return None
    for order in children_of(verb, "dobj", "nsubjpass"):
        if order.lemma_.lower() not in _HOLDING_ORDERS:
            continue
        held = [o for p in children_of(order, "prep") if p.lower_ == "of"
                for o in children_of(p, "pobj")] + children_of(order, "poss")
        if held:
            return held[0]
    return None
