"""Organisations called by what they are: "the state airline", "the potash producer".

An article that names an organisation with its kind ("state airline Norvalt Air", "Tesk Potash,
the potash giant") may later call it by a description alone. A definite description whose head
is a kind of organisation refers to the one organisation of the article that was named with
that kind or with the same distinguishing modifier; when two organisations fit, it refers to
neither. The kinds are a small general lexicon, nothing about any one story.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dealwatch.extract.parse import noun_chunks
from dealwatch.model import EntityType, NameMention

# Kinds of organisation, each word mapped to its class ("carrier" is an airline).
ORG_KINDS: dict[str, str] = {
    **dict.fromkeys(("airline", "carrier", "airways"), "airline"),
    **dict.fromkeys(("producer", "maker", "manufacturer", "giant", "exporter", "miner",
                     "conglomerate", "concern", "enterprise", "company", "firm", "plant"),
                    "company"),
    **dict.fromkeys(("bank", "lender"), "bank"),
    **dict.fromkeys(("broadcaster", "channel", "network", "newspaper", "outlet", "agency"),
                    "media"),
    **dict.fromkeys(("refinery", "refiner"), "refinery"),
    **dict.fromkeys(("shipper", "shipping", "line"), "shipping"),
    **dict.fromkeys(("group", "militia", "movement", "faction"), "group"),
}
# Modifiers too common to tell two organisations apart.
_WEAK = frozenset({"state", "national", "the", "a", "an", "its", "their", "main", "big",
                   "largest", "biggest", "major", "leading", "giant", "owned", "-"})


def kind_words(tokens: list[Token]) -> tuple[set[str], set[str]]:
    """The organisation classes and the distinguishing modifiers among some words."""
    kinds = {ORG_KINDS[t.lemma_.lower()] for t in tokens if t.lemma_.lower() in ORG_KINDS}
    mods = {t.lemma_.lower() for t in tokens
            if (t.pos_ in ("NOUN", "ADJ") or (t.pos_ == "PROPN" and not t.ent_type_))
            and t.lemma_.lower() not in ORG_KINDS
            and t.lemma_.lower() not in _WEAK}
    return kinds, mods


def org_context(span: Span, left: list[Token]) -> list[Token]:
    """The words an organisation is named with: modifiers before it, its appositions."""
    words = list(left) + [t for t in span if t.pos_ == "NOUN" or t.lemma_.lower() in ORG_KINDS]
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            words.extend(t for t in child.subtree)
    if span.root.dep_ == "appos" and span.root.head.i < span.start:
        words.extend(t for t in span.root.head.subtree if t.i < span.start and t.pos_ != "ADP")
    return words


def descriptor_mentions(doc: Doc, doc_id: str, orgs: list[tuple[NameMention, set[str],
                                                                set[str]]],
                        taken: set[int]) -> list[tuple[NameMention, int, int]]:
    """Mentions for the definite descriptions that refer to exactly one named organisation."""
    out = []
    for chunk in noun_chunks(doc):
        head = chunk.root
        if (head.lemma_.lower() not in ORG_KINDS or chunk[0].lower_ != "the"
                or any(t.pos_ == "PROPN" or t.i in taken for t in chunk)):
            continue
        kinds, mods = kind_words([t for t in chunk if t.i != chunk[0].i])
        fits = {m.text: m for m, k, md in orgs
                if (mods & md) or (not mods and kinds & k) or (kinds & k and mods <= md)}
        if len(fits) != 1:
            continue
        org = next(iter(fits.values()))
        mention = NameMention(doc_id, org.text, EntityType.ORGANIZATION, chunk.start_char,
                              chunk.end_char, (chunk.text,), org.country)
        out.append((mention, chunk.start, chunk.end))
    return out
