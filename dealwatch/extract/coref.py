"""Who a pronoun or a role word stands for: "he" is the last person named as subject or object
before, "it" the state or body the sentence before had as its subject, "they" the group it
had, "its" its own clause's subject, and "the president" the one person named with that
role."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.given import name_gender
from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType, NameMention


class Coref:
    """A crude pronoun resolver: "he" is the last person named as subject or object before."""

    def __init__(self, names: DocNames) -> None:
        self.people = sorted(
            (m for m in names.mentions if m.type == EntityType.PERSON), key=lambda m: m.start
        )
        self.names = names
        self._genders: dict[int, str | None] | None = None

    def gender(self, m: NameMention) -> str | None:
        """ "m" or "f" when the person's given name tells it (a surname alone, by the full
        name told before it)."""
        if self._genders is None:
            self._genders = {}
            last: dict[str, str | None] = {}  # a surname: the gender of its latest full name
            for p in self.people:
                words = p.text.split()
                if len(words) >= 2:
                    last[words[-1]] = self._genders[p.start] = name_gender(words[0])
                else:
                    self._genders[p.start] = last.get(p.text)
        return self._genders.get(m.start)

    def agrees(self, pronoun: Token, m: NameMention) -> bool:
        """A "he" is no woman named, a "she" no man (a person of no known gender is either)."""
        want = _PRONOUN_GENDER.get(pronoun.lower_)
        found = self.gender(m) if want is not None else None
        return found is None or found == want

    def resolve(self, tok: Token) -> NameMention | None:
        if tok.lower_ == "it":
            return self._state_before(tok)
        if tok.lower_ == "its":
            return self._own_subject(tok)
        if tok.lower_ == "they":
            return self._group_before(tok)
        if tok.lower_ not in ("he", "him", "she", "her", "his"):
            return None
        teller = self._teller(tok)
        if teller is not None and self.agrees(tok, teller):
            return teller
        best = None
        for m in self.people:
            if m.start >= tok.idx:
                break
            first = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
            if first is not None and first.root.dep_ in _SALIENT and self.agrees(tok, m):
                best = m
        return best


    def _state_before(self, tok: Token) -> NameMention | None:
        """ "Peru demanded the release of A. It also wants B freed.": a sentence's "it" as
        its subject is the state or body the sentence before had as its subject."""
        before = _root_before(tok)
        return self._side_subject(before) if before is not None else None

    def _group_before(self, tok: Token) -> NameMention | None:
        """ "VLA gunmen seized the jet. They demanded ...": a sentence's "they" as its subject
        is the armed group or body the sentence before had as its subject, by its name or
        by its men ("the VLA", "VLA gunmen", "gunmen of the VLA")."""
        before = _root_before(tok)
        if before is None:
            return None
        for subject in (c for c in before.children if c.dep_ == "nsubj"):
            found = self.names.at(subject)
            if found is None and subject.lemma_.lower() in lx.MEMBER_NOUNS:
                found = next((m for m in map(self.names.at, subject.subtree)
                              if m is not None and m.type == EntityType.ORGANIZATION), None)
            if found is not None and found.type == EntityType.ORGANIZATION:
                return found
        return None

    def _own_subject(self, tok: Token) -> NameMention | None:
        """ "Peru renewed its calls for ...": "its" is the state or body its clause's verb has
        as subject."""
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return self._side_subject(verb) if verb is not None else None

    def _side_subject(self, verb: Token) -> NameMention | None:
        return side_subject_named(verb, self.names)

    def _teller(self, tok: Token) -> NameMention | None:
        """ "the minister had said again that she would keep pressing": the subject of a clause
        that a person's own verb governs is that person, not the last name told before."""
        clause = tok.head
        if tok.dep_ != "nsubj" or clause.dep_ != "ccomp":
            return None
        for subject in clause.head.children:
            if subject.dep_ == "nsubj" and subject.i < tok.i and subject.pos_ != "PRON":
                found = self.names.at(subject) or by_role(subject, self.names)
                if found is not None and found.type == EntityType.PERSON:
                    return found
        return None


# Where a person named is one a later pronoun may stand for.
_SALIENT = frozenset({"nsubj", "nsubjpass", "dobj", "appos"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


def _root_before(pronoun: Token) -> Token | None:
    """The main verb of the sentence before, for a pronoun that is its own sentence's main
    subject (a pronoun anywhere else points elsewhere)."""
    sent = pronoun.sent
    if pronoun.dep_ != "nsubj" or pronoun.head.i != sent.root.i or sent.start == 0:
        return None
    return pronoun.doc[sent.start - 1].sent.root


def side_subject_named(verb: Token, names: DocNames) -> NameMention | None:
    """The state or body a verb has as its subject, if it names one."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        found = names.at(subject)
        if found is not None and found.type in (EntityType.COUNTRY, EntityType.ORGANIZATION):
            return found
    return None


def by_role(tok: Token, names: DocNames) -> NameMention | None:
    """ "The president promised ...": the one person named earlier with that role."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lx.ROLE_NOUNS:
        return None
    role = tok.lemma_.lower()
    people = {m.text: m for m in names.mentions
              if m.type == EntityType.PERSON and m.start < tok.idx and len(m.text.split()) > 1
              and any(role in r.lower().split() for r in m.roles)}
    return next(iter(people.values())) if len(people) == 1 else None
