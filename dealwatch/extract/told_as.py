"""How a sentence sets an act apart from what its governing words say of it: a setting of
another act ("when A and B met, A asked ...", "in their call"), the act passed over ("instead
of freeing him"), an act still to come ("a date has been set for the meeting"), a contact
made to ask ("telephoned B to ask for C's release").
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract.cue import modal_of, negated

# Ways of reaching the other side: what one did it for is what one said there.
CONTACT_VERBS = frozenset({"telephone", "phone", "call", "ring", "write", "visit", "meet",
                           "summon", "travel", "fly"})


def made_contact(verb: Token) -> bool:
    """ "A telephoned B on May 3 to ask for C's release", "wrote to B to demand ...": the
    call or letter happened, and the asking was done in it."""
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(  # a past the tagger took for
        c.dep_ == "nsubj" for c in verb.children) and not any(  # a participle
        c.dep_ in ("aux", "auxpass") for c in verb.children))
    return verb.lemma_.lower() in CONTACT_VERBS and past and not negated(verb)


def passed_over(tok: Token) -> bool:
    """ "moved him to house arrest instead of freeing him", "sent him home rather than
    freeing him", "instead of a release": the act told is the one not done."""
    j = tok.i - 1  # back over "a", "his", "early" to the words before the act's phrase
    while j >= tok.sent.start and (tok.doc[j].pos_ in ("DET", "ADJ", "NUM")
                                   or tok.doc[j].tag_ == "PRP$"):
        j -= 1
    if j - 1 < tok.sent.start:
        return False
    return (tok.doc[j - 1].lower_, tok.doc[j].lower_) in (("instead", "of"), ("rather", "than"))


# What is fixed for an act still to come: "a date has been set for the meeting".
_FIXED_FOR = frozenset({"date", "time", "venue", "place", "preparations", "arrangements",
                        "stage"})


def looked_ahead(tok: Token) -> bool:
    """ "A date has been set for the first meeting", "looked forward to their meeting on
    Thursday": an act still to come when told."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "to"):
        return False
    head = prep.head
    if prep.lower_ == "for":  # on the noun, or on the verb it is the object of
        return head.lemma_.lower() in _FIXED_FOR if head.pos_ == "NOUN" else any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _FIXED_FOR
            for c in head.children)
    return head.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in head.children)


# The words that open a clause telling when something else was done: "when they met",
# "after the two spoke".
TIME_MARKS = frozenset({"when", "after", "before", "while", "as"})
# The prepositions of a setting told beside an act: "in their call", "during the visit".
SETTING_PREPS = frozenset({"in", "during", "at", "on", "after", "before"})


def told_beside(cur: Token, parent: Token, tok: Token) -> bool:
    """``cur`` (the cue or a word it hangs from) sets a past act in its time or place: a
    past clause of time ("when A and B met on May 3, A asked for help") or the noun of a
    setting ("they discussed it in their call on May 9"). What the act was (a wish, a
    request, a refusal) is not what the setting was: the meeting and the call happened."""
    if parent.pos_ not in ("VERB", "AUX") or parent.tag_ != "VBD" or modal_of(parent):
        return False
    if cur.dep_ == "advcl":
        return cur.tag_ == "VBD" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS and c.i < cur.i
            for c in cur.children)
    return (cur.dep_ == "prep" and cur.lower_ in SETTING_PREPS and tok.pos_ == "NOUN"
            and tok.head.i == cur.i and tok.dep_ == "pobj")
