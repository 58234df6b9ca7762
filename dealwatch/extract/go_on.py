"""Two sides' word to go on talking: "Both governments say they will keep talking on the
open points", "Both delegations agreed to meet again next month".

News tells what two sides undertake together besides the prisoners: to keep talking, to meet
again, to resume negotiations. A careful reader lists it as a promise the two made jointly
(no one side gave it), on the day of the statement that tells it. Only when both sides are
its subject ("the two governments", "both sides", "they" after them) and it is given as their
word (a future in what they say, or what they agreed or undertook): "talks will continue on
Monday" is a schedule, not a word given.
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract.cue import children_of, modal_of

# What goes on: "keep talking", "continue the talks", "resume negotiations".
_GOING_ON = frozenset({"keep", "continue", "resume", "pursue"})
_TALKING = frozenset({"talk", "talking", "talks", "negotiation", "negotiations", "dialogue",
                      "contact", "contacts", "consultation", "consultations", "discuss",
                      "discussing", "discussion", "discussions", "negotiate", "negotiating"})
# The two sides as one subject: "the two governments", "both sides", "the two delegations".
_SIDES = frozenset({"government", "side", "delegation", "country", "leader", "capital",
                    "party", "team", "negotiator"})
# Words by which the two give it ("agreed to meet again", "undertook to keep talking").
_GIVING_WORD = frozenset({"agree", "undertake", "pledge", "promise", "commit", "vow"})


def talks_go_on(verb: Token) -> bool:
    """ "keep talking", "continue the talks", "resume negotiations", "meet again"."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma == "meet":
        return any(c.lower_ == "again" for c in verb.children)
    if lemma not in _GOING_ON:
        return False
    return any(w.lemma_.lower() in _TALKING or w.lower_ in _TALKING
               for c in children_of(verb, "xcomp", "dobj", "prep")
               for w in ((c, *children_of(c, "pobj")) if c.dep_ == "prep" else (c,)))


def both_sides(subject: Token) -> bool:
    """ "the two governments", "both sides", "the two delegations"."""
    return subject.lemma_.lower() in _SIDES and subject.tag_ == "NNS" and any(
        c.lower_ in ("two", "both") for c in subject.children)


def _subject(verb: Token) -> Token | None:
    found = children_of(verb, "nsubj")
    if found:
        return found[0]
    if verb.dep_ in ("xcomp", "conj"):
        return _subject(verb.head)
    return None


def joint_word(verb: Token) -> bool:
    """The two sides' word to go on talking (see the module)."""
    if not talks_go_on(verb):
        return False
    subject = _subject(verb)
    if subject is not None and subject.lower_ == "they" and verb.dep_ == "ccomp":
        subject = _subject(verb.head)  # "Both governments say that they will keep ..."
    if subject is None or not both_sides(subject):
        return False
    given = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _GIVING_WORD
    return given or modal_of(verb) in ("will", "would", "'ll")
