"""What a pseudo-cleft says was agreed or wanted: "What they did agree was an exchange of 600
prisoners", "All the rebels wanted was the release of their men", "The one thing both sides
agreed was a swap". The release noun is what the clause before the copula agreed or wanted,
not a release that happened."""

from __future__ import annotations

from spacy.tokens import Token

# The subject nouns of a cleft: "the one thing they agreed", "all they wanted".
_CLEFT_NOUNS = frozenset({"thing", "all", "what", "one", "only"})


def clefted_by(noun: Token) -> Token | None:
    """The verb of the clause a noun is told as the content of, across a copula ("What they
    agreed was an exchange" -> "agreed"); None when the noun is no such content."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    for subject in noun.head.children:
        if subject.dep_ == "csubj" and subject.pos_ in ("VERB", "AUX") and any(
                c.tag_ in ("WP", "WDT") for c in subject.children):
            return subject  # "What they did agree was ..."
        if subject.dep_ == "nsubj" and subject.lemma_.lower() in _CLEFT_NOUNS:
            clause = next((c for c in subject.children if c.dep_ in ("relcl", "acl")), None)
            if clause is not None and clause.pos_ in ("VERB", "AUX"):
                return clause  # "The one thing they agreed was ...", "All X wanted was ..."
    return None
