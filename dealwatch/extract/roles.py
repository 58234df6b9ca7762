"""Titles and roles written with a name: "Foreign Minister X", "X, the 22-year-old activist".

A role is a title phrase or a noun phrase that describes a person; never a clause hung on it
("X, an American flag draped around his shoulders"), a dateline ("ANKARA - Russian President
X") or the name of an institution ("White House", "State Department").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dealwatch.extract.lexicon import (
    COURTESY_TITLES,
    DETAINEE_NOUNS,
    PERSON_TITLES,
    ROLE_NOUNS,
    TITLE_NOUNS,
)
from dealwatch.extract.parse import is_ancestor
from dealwatch.places import country_named, country_of_demonym

# Edges that hang a clause, a list or an aside on a role noun: they are not part of the role
# ("a reservist who had been mobilised", "a pastor from Boise and X", "a star jailed in ...").
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "conj", "cc", "parataxis", "punct"})
# Nouns for people by their ties, not their trade: "X, the nephew of Y", "X, one of two".
_RELATION_NOUNS = frozenset(
    {"nephew", "niece", "uncle", "aunt", "cousin", "wife", "husband", "son", "daughter",
     "mother", "father", "brother", "sister", "sibling", "widow", "fiancee", "fiancé",
     "friend", "colleague", "ally", "rival", "girl", "boy", "one", "mom", "dad", "grandson",
     "granddaughter", "grandmother", "grandfather", "parent", "cleric", "aide", "figure",
     "member", "heir", "tycoon", "oligarch", "magnate", "entrepreneur"}
)
# Endings of nouns for people by what they do: reporter, activist, spokeswoman, employee.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "men", "women", "ess", "ant",
                  "ent", "ee", "eur")
_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "de", "del", "van", "von", "da",
                             "di", "la", "le", "abu", "bint"})


# Courtesy titles say nothing about a person's role: "Mr." is not a position.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir",
                        "dame", "madam", "madame", "monsieur", "herr", "frau", "prof", "prof."})


@dataclass(frozen=True)
class Appositive:
    """A noun phrase set beside a name, and the noun that heads it."""

    text: str
    head: Token


def names_a_person(head: Token) -> bool:
    """The noun can describe a person: a title, a calling, a tie ("activist", "nephew",
    "spokeswoman"), not a thing ("flag", "drug", "accounts")."""
    lemma = head.lemma_.lower()
    word = head.lower_
    if lemma in ROLE_NOUNS | TITLE_NOUNS | DETAINEE_NOUNS | _RELATION_NOUNS:
        return True
    return len(word) > 3 and (lemma.endswith(_AGENT_ENDINGS) or word.endswith(_AGENT_ENDINGS))


def role_words(head: Token) -> list[Token]:
    """The words of a role noun phrase, without the clauses and lists hung on it."""
    cut = {t.i for c in head.children if c.dep_ in _CLAUSE_DEPS and c.text != "-"
           for t in c.subtree}
    return [t for t in head.subtree if t.i not in cut and t.pos_ not in ("DET", "PUNCT")]


def appositives(span: Span) -> list[Appositive]:
    """Noun phrases set beside a name: "X, the 22-year-old activist", "the journalist X"."""
    out = []
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.pos_ == "NOUN":
            words = role_words(child)
            out.append(Appositive(" ".join(t.text for t in words[:6]), child))
    if span.root.dep_ == "appos" and span.root.head.pos_ == "NOUN":
        head = span.root.head
        words = [t for t in role_words(head) if t.i < span.start]
        if words and head.lemma_.lower() in ROLE_NOUNS:
            out.append(Appositive(" ".join(t.text for t in words[-6:]), head))
    return out


def person_roles(appos: list[Appositive]) -> list[str]:
    """The appositives that describe a person, as roles."""
    return [a.text for a in appos if a.text and names_a_person(a.head)]


def _dash(tok: Token) -> bool:
    """A dash set off by spaces ("ANKARA - Russian President"), not a hyphen ("22-year-old")."""
    return tok.text in ("-", "–", "—", "--") and bool(tok.whitespace_) and (
        tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_))


def left_modifiers(span: Span) -> list[Token]:
    """Title and role words written before a name inside its noun phrase."""
    out: list[Token] = []
    i = span.start - 1
    while i >= 0 and span.start - i <= 8:
        tok = span.doc[i]
        if tok.pos_ in ("DET", "PUNCT", "VERB", "AUX", "PRON", "CCONJ") and tok.text != "-":
            break
        if tok.dep_ == "poss" or tok.ent_type_ in ("PERSON", "DATE", "TIME") or _dash(tok):
            break  # a dateline or a date before a title is no part of it
        if not is_ancestor(span.root, tok) and tok.head not in span:
            break
        out.insert(0, tok)
        i -= 1
    return out


def title_role(left: list[Token]) -> str | None:
    """The title written before a person's name ("Foreign Minister", "Nobel laureate"), when
    the words hold a title noun; courtesy titles ("Mr.") are no role."""
    words = [t for t in left if t.lower_ not in HONORIFICS]
    if any(t.lower_ in TITLE_NOUNS or t.lemma_.lower() in ROLE_NOUNS for t in words) or (
            words and words[-1].pos_ == "NOUN" and names_a_person(words[-1])):
        return " ".join(t.text for t in words)  # "Foreign Minister", "the former boxer"
    return None


def kind_role(left: list[Token], span: Span) -> str | None:
    """What an organisation or a place is called before its name: "the national airline
    Norvalt"; never part of its own name ("White" of "White House")."""
    if left and left[-1].pos_ == "NOUN" and left[-1].head in span:
        return " ".join(t.text for t in left)
    return None


def plural_title(word: str) -> bool:
    """ "Lieutenants A B and C D": a title told once for the several people after it."""
    return len(word) > 4 and word.endswith("s") and word[:-1] in PERSON_TITLES


def strip_titles(span: Span) -> Span | None:
    """Drop a title that the NER put inside a name's span ("President Lukashenko", "Secretary
    of State John Kerry"). For a span not tagged a person only a run holding a title noun is a
    title, so an institution keeps its first words ("State Department", "National Security
    Council", "White House"). None when the span is a title and nothing else ("Vice
    President", "Justice" of "Justice Minister")."""
    doc = span.doc
    run = span.start
    while run < span.end and doc[run].lower_ in PERSON_TITLES:
        run += 1
    if run == span.end and not country_named(span.text):
        return None  # ("US" is a country, though "us" qualifies a title: "US envoy X")
    titled = any(doc[i].lower_ in TITLE_NOUNS | COURTESY_TITLES for i in range(span.start, run))
    start = span.start
    if span.label_ == "PERSON":
        while start < span.end - 1 and (doc[start].lower_ in PERSON_TITLES or (
                plural_title(doc[start].lower_) and start < span.end - 2) or (
                doc[start].is_stop or doc[start].is_lower and doc[start].is_alpha)
                and doc[start].lower_ not in _NAME_PARTICLES or (
                    start < span.end - 2 and country_of_demonym(doc[start].text))):
            # titles, words a headline or clause glued on ("Besides A", "saw B free A"), and
            # a nationality ("Briton A B", "Norwegians A B and C D": the NER's span of one)
            start += 1
    elif titled:
        start = run
    end = next((t.i for t in doc[start + 1: span.end] if _dash(t)), span.end)
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    return Span(doc, start, end, label=span.label_)
