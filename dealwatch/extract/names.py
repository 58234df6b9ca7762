"""Names in one parsed article: people, organisations, countries and places, with roles.

spaCy's small model mislabels many foreign names ("Alena Maushuk" as ORG, "Belavia" as GPE).
The fixes here use only general knowledge: a list of given names, role words next to the
name, the countries table, and the other mentions in the same article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from dealwatch.extract.lexicon import PERSON_TITLES, ROLE_NOUNS
from dealwatch.model import EntityType, NameMention
from dealwatch.places import (
    country_named,
    country_of_capital,
    country_of_demonym,
)

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT"})
ORG_NOUNS = frozenset(
    {"airline", "carrier", "company", "firm", "bank", "group", "agency", "ministry",
     "corporation", "producer", "maker", "conglomerate", "giant", "enterprise", "concern",
     "exporter", "operator", "broadcaster", "newspaper", "outlet", "network", "service",
     "organization", "organisation", "party", "union", "court", "council", "committee"}
)
_LEADING = re.compile(r"^(the|a|an|mr\.?|mrs\.?|ms\.?|dr\.?)\s+", re.IGNORECASE)


@cache
def _given_names() -> object:
    import gender_guesser.detector as gender  # loaded once; it reads a 5 MB table

    return gender.Detector(case_sensitive=False)


def is_given_name(word: str) -> bool:
    """True when a word is a known first name in any of the languages the table covers."""
    if not word[:1].isupper() or len(word) < 2:
        return False
    detector: Any = _given_names()
    return bool(detector.get_gender(word) != "unknown")


@dataclass
class DocNames:
    """The names of one article, and which token belongs to which name."""

    mentions: list[NameMention] = field(default_factory=list)
    by_token: dict[int, NameMention] = field(default_factory=dict)

    def add(self, mention: NameMention, start_token: int, end_token: int) -> None:
        self.mentions.append(mention)
        for i in range(start_token, end_token):
            self.by_token[i] = mention

    def at(self, token: Token) -> NameMention | None:
        return self.by_token.get(token.i)


def clean_name(text: str) -> str:
    """The name without leading articles, titles, possessive endings or stray spaces."""
    text = re.sub(r"\s+", " ", text.strip().strip("\"“”‘’',;:()"))
    if text.endswith(".") and text.count(".") == 1:
        text = text[:-1]  # a sentence full stop, not an abbreviation such as "U.S."
    text = re.sub(r"['’]s$", "", text)
    while True:
        new = _LEADING.sub("", text)
        if new == text:
            return text
        text = new


def _left_modifiers(span: Span) -> list[Token]:
    """Title and role words written before a name inside its noun phrase."""
    out: list[Token] = []
    i = span.start - 1
    while i >= 0 and span.start - i <= 8:
        tok = span.doc[i]
        if tok.pos_ in ("DET", "PUNCT", "VERB", "AUX", "PRON", "CCONJ") and tok.text != "-":
            break
        if tok.dep_ == "poss" or tok.ent_type_ == "PERSON":
            break
        if span.root not in tok.ancestors and tok.head not in span:
            break
        out.insert(0, tok)
        i -= 1
    return out


def _appositive_roles(span: Span) -> list[str]:
    roles = []
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.pos_ == "NOUN":
            words = [t for t in child.subtree if t.pos_ not in ("DET", "PUNCT")]
            roles.append(" ".join(t.text for t in words[:6]))
    if span.root.dep_ == "appos" and span.root.head.pos_ == "NOUN":
        head = span.root.head
        words = [t for t in head.subtree if t.i < span.start and t.pos_ not in ("DET", "PUNCT")]
        if words and head.lemma_.lower() in ROLE_NOUNS:
            roles.append(" ".join(t.text for t in words[-6:]))
    return roles


def _type_of(span: Span, text: str, left: list[Token], appos: list[str]) -> EntityType | None:
    label = span.label_
    words = text.split()
    if label == "NORP":
        return EntityType.COUNTRY if country_of_demonym(text) else None
    if country_named(text):
        return EntityType.COUNTRY
    near = {t.lemma_.lower() for t in left} | {
        c.lemma_.lower() for c in span.root.children if c.dep_ in ("compound", "appos")
    }
    if near & ORG_NOUNS and (label != "PERSON" or not is_given_name(words[0])):
        return EntityType.ORGANIZATION  # "the potash producer Kaliy Dravonia"
    person_cue = bool(near & ROLE_NOUNS) or any(
        w.split()[-1].lower() in ROLE_NOUNS for w in appos if w.split()
    )
    if label == "PERSON":
        return EntityType.PERSON
    if len(words) >= 2 and is_given_name(words[0]) and all(w[:1].isupper() for w in words):
        return EntityType.PERSON
    if person_cue and label in ("ORG", "PRODUCT", "GPE") and all(w[:1].isupper() for w in words):
        return EntityType.PERSON
    if country_of_capital(text) or label in ("GPE", "LOC", "FAC"):
        return EntityType.PLACE
    if label == "ORG":
        return EntityType.ORGANIZATION
    return None  # PRODUCT and the like: decided by the surname pass below


def _mention(doc_id: str, span: Span, etype: EntityType, left: list[Token],
             appos: list[str]) -> NameMention:
    roles = []
    if left and any(t.lower_ in PERSON_TITLES or t.lemma_.lower() in ROLE_NOUNS for t in left):
        roles.append(" ".join(t.text for t in left))
    roles.extend(appos)
    country = None
    for tok in left:
        country = country_of_demonym(tok.text) or country_named(tok.text) or country
    return NameMention(
        document=doc_id,
        text=clean_name(span.text),
        type=etype,
        start=span.start_char,
        end=span.end_char,
        roles=tuple(dict.fromkeys(r for r in roles if r)),
        country=country,
    )


def _strip_titles(span: Span) -> Span:
    """Drop title words that the NER put inside a person's span ("President Lukashenko")."""
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in PERSON_TITLES:
        start += 1
    end = span.end
    while end > start + 1 and span.doc[end - 1].is_punct:
        end -= 1
    return Span(span.doc, start, end, label=span.label_)


def _demonym_countries(doc: Doc) -> set[str]:
    """Names the article also uses as a nationality ("Dravonia" beside "Dravonian")."""
    adjectives = {t.text for t in doc if t.pos_ in ("ADJ", "PROPN") and t.text[:1].isupper()}
    out = set()
    for ent in doc.ents:
        word = ent.text
        if " " in word or not word[:1].isupper():
            continue
        forms = {word + "n", word + "an", word + "ian", word[:-1] + "an", word + "i"}
        if forms & adjectives:
            out.add(word)
    return out


def find_names(doc: Doc, doc_id: str) -> DocNames:
    """Every name mention in a parsed article, typed and with its roles."""
    names = DocNames()
    own_countries = _demonym_countries(doc)
    pending: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        span = _strip_titles(ent)
        text = clean_name(span.text)
        if not text or not any(ch.isalpha() for ch in text):
            continue
        left = _left_modifiers(span)
        appos = _appositive_roles(span)
        etype = _type_of(span, text, left, appos)
        if text in own_countries and ent.label_ in ("GPE", "ORG", "NORP", "PERSON"):
            etype = EntityType.COUNTRY
        if etype is None:
            pending.append(span)
            continue
        names.add(_mention(doc_id, span, etype, left, appos), span.start, span.end)
    _add_surname_mentions(doc, doc_id, names, pending)
    return names


def _add_surname_mentions(doc: Doc, doc_id: str, names: DocNames, pending: list[Span]) -> None:
    """Single proper nouns that repeat a surname of a person in the article are that person."""
    surnames = {
        m.text.split()[-1] for m in names.mentions
        if m.type == EntityType.PERSON and len(m.text.split()) >= 2
    }
    for span in pending:
        if clean_name(span.text).split()[-1:] and clean_name(span.text).split()[-1] in surnames:
            names.add(_mention(doc_id, span, EntityType.PERSON, [], []), span.start, span.end)
    for n, m in enumerate(names.mentions):  # "Trump" tagged ORG where "Donald Trump" is named
        if m.type == EntityType.ORGANIZATION and m.text in surnames:
            fixed = NameMention(m.document, m.text, EntityType.PERSON, m.start, m.end,
                                m.roles, m.country)
            names.mentions[n] = fixed
            for i, held in list(names.by_token.items()):
                if held is m:
                    names.by_token[i] = fixed
    for tok in doc:
        if tok.i in names.by_token or tok.pos_ != "PROPN" or tok.text not in surnames:
            continue
        span = Span(doc, tok.i, tok.i + 1, label="PERSON")
        names.add(_mention(doc_id, span, EntityType.PERSON, [], []), tok.i, tok.i + 1)
