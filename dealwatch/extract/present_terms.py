"""A deal's terms told in the present: "The rest of the bargain is about the games.
Norland withdraws its own bid and endorses Vark's."

News describing what a text or a bargain holds tells each side's undertaking in the simple
present, as the text words it. A careful reader takes such a sentence, right after one that
names the bargain, the deal or the statement, as that side's word given (a promise), as it
takes "will back" or "would withdraw". Only a present with no modal, and only next to the
deal's name: "Norland supports the bid" elsewhere is a stance, no term.
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract.text import sentence_before

# What holds terms: "the rest of the bargain", "the statement says", "under the deal".
_HOLDING_TERMS = frozenset({"bargain", "deal", "agreement", "accord", "statement",
                            "declaration", "text", "terms", "document", "pact", "arrangement",
                            "memorandum"})


def term_in_the_present(verb: Token) -> bool:
    """The verb is a side's act told in the simple present right after (or in) a sentence
    naming the deal (see the module)."""
    if verb.tag_ != "VBZ" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" and (c.lower_ == "it" or c.lemma_.lower() in _HOLDING_TERMS)
           for c in verb.children):
        return False  # "It provides for the homecoming of ...": the text's content, no side's word
    before = sentence_before(verb.sent)  # in the same paragraph
    told = [verb.sent] if before is None else [verb.sent, before]
    return any(t.lemma_.lower() in _HOLDING_TERMS for s in told for t in s)
