"""Whom a demand or a promise is about, when its words only point at them: "demanded his
release", "pressed for the men's return", "asked for a pardon".

News about an exchange is about a few held people, named once or twice and then "him",
"the pilot", "the three men", "the Xians". The ``antecedents`` pass looks a few sentences
back for the names; when they are further away, a careful reader takes the article's
captives: the people its releases free and the people it tells as held. A demand or promise
about a release whose freed are a pronoun, a group word or no word at all takes them when
only they can be meant: the captives not held by the side that asks (Norland demanding "both
men" does not mean the person Norland holds), of the asked side where it is named, of the
nationality a group word gives ("the Xians"), and as many as the words say: one for "him",
"the pilot" or a bare "a pardon", the number of "the three men", two or more for "them".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Token

from dealwatch.document.bodies import read_phrase
from dealwatch.document.context import ArticleContext, with_evidence
from dealwatch.document.groups import (
    ONE_PERSON,
    group_number,
    is_official,
    refers_to_group,
    shared_surname,
    surname_key,
)
from dealwatch.document.offices import Office, People
from dealwatch.extract import lexicon as lx
from dealwatch.model import EntityType, EventMention, EventType, Evidence
from dealwatch.places import country_of_demonym

KINDS = (EventType.DEMAND, EventType.PROMISE)
_MANY = frozenset({"them", "their"})
# Verbs whose object or passive subject was taken or held: a captive of the article.
_TAKEN = frozenset({"detain", "arrest", "jail", "imprison", "sentence", "convict", "abduct",
                    "kidnap", "seize", "capture", "hold"})
_GENDERED = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_RECENT = 5  # sentences back to the person a lone "his" or "her" stands for
_PERSONAL = frozenset({"pardon", "clemency"})  # acts of grace done to one person
# What a third state promises to do with people handed to it: "keep the five for two years".
_CUSTODY = frozenset({"keep", "hold", "monitor", "house", "host", "watch", "guard"})
_BACK = frozenset({"go", "home", "back", "free"})  # "let them go", "bring him home"


def _taker(verb: Token, ctx: ArticleContext) -> str | None:
    """The state that took or held someone: the verb's subject or agent, or where ("X
    detained A", "A was detained by X", "A is detained in Y")."""
    for c in verb.children:
        objs = [c] if c.dep_ == "nsubj" else [o for o in c.children if o.dep_ == "pobj"] if (
            c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "in") else []
        for o in objs:
            country = read_phrase(o, ctx.names).country
            if country:
                return country
    return None


def _taken_words(ctx: ArticleContext, described: bool = False
                 ) -> Iterator[tuple[Token, str | None, Token]]:
    """Each verb of taking or holding, the state the text says took them (None when unsaid)
    and each word for whom it took ("X detained A", "A and B were jailed"); ``described``:
    also the one a clause describes ("A, held since 2025", "A, who was detained in May", "A,
    a teacher who was arrested in May")."""
    for tok in ctx.doc:
        if tok.lemma_.lower() not in _TAKEN or tok.pos_ != "VERB":
            continue
        side = _taker(tok, ctx)
        held = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                and c.tag_ not in ("WP", "WDT")]
        if described and tok.dep_ in ("acl", "relcl") and (tok.dep_ == "acl" or any(
                c.dep_ == "nsubjpass" and c.tag_ in ("WP", "WDT") for c in tok.children)):
            held.append(tok.head)
            if tok.head.dep_ == "appos":
                held.append(tok.head.head)
        for c in held:
            for one in (c, *c.conjuncts):  # "A and B were arrested"
                yield tok, side, one


def taken_people(ctx: ArticleContext, people: People) -> dict[str, tuple[str | None, Token]]:
    """Every person the article tells as taken or held by a verb or a clause describing them
    (``_taken_words``), first told first, with the state it says took them and the verb;
    officials and heads of state left out."""
    out: dict[str, tuple[str | None, Token]] = {}
    for tok, side, one in _taken_words(ctx, described=True):
        found = ctx.names.at(one)
        if found is None or found.type != EntityType.PERSON or is_official(found.roles):
            continue
        person = people.get(found.text)
        if person is not None and person.office != Office.STATE:
            # "holding A and B Surname": A takes the surname written once
            out.setdefault(shared_surname(one, ctx.names) or people.name(found.text),
                           (side, tok))
    return out


def _genders(ctx: ArticleContext, people: People) -> dict[str, str]:
    """The pronoun the article itself uses for each person: "A, 26, was arrested in May. She
    was ..." (a sentence naming one person, as its subject, and a he or she right after in it
    or opening the next); a person told both ways is left out."""
    votes: dict[str, set[str]] = {}
    named: dict[int, set[str]] = {}
    subject: set[int] = set()  # sentences whose one person is a subject, not "A's case"
    for m in ctx.names.mentions:
        if m.type == EntityType.PERSON:
            k = ctx.sentence_index(m.start)
            named.setdefault(k, set()).add(people.name(m.text))
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                subject.add(k)
    for k, who in named.items():
        if len(who) != 1 or k not in subject:
            continue
        (name,) = who
        sent = ctx.sents[k]
        first = next((t for t in sent if t.lower_ in _GENDERED and t.dep_ in ("nsubj",
                                                                            "nsubjpass")), None)
        if first is None and k + 1 < len(ctx.sents) and k + 1 not in named:
            nxt = ctx.sents[k + 1]
            first = nxt[0] if len(nxt) and nxt[0].lower_ in _GENDERED else None
        if first is not None:
            votes.setdefault(name, set()).add(_GENDERED[first.lower_])
    return {n: next(iter(v)) for n, v in votes.items() if len(v) == 1}


class _Captives:
    """The article's held people in order of first mention, with the sides that held them
    and the sentence that says so (read once)."""

    def __init__(self, ctx: ArticleContext, mentions: list[EventMention]) -> None:
        self.people = ctx.people()
        self.order: dict[str, int] = {}
        self.held_by: dict[str, set[str]] = {}
        self.where: dict[str, Evidence] = {}
        self.groups: set[tuple[str, ...]] = set()  # the people of each release, in full
        for m in mentions:
            if m.type == EventType.RELEASE:
                self.groups.add(tuple(sorted(self.people.name(p) for p in m.persons)))
                for p in m.persons:
                    self._add(p, m.by, m.evidence.start, m.evidence)
        for h in ctx.held():
            sent = ctx.sentence_at(h.sentence)
            for p in h.people:
                if sent is not None:
                    self._add(p, h.side, h.sentence, ctx.evidence(sent))
        for tok, side, one in _taken_words(ctx):  # "X detained A", "A was convicted"
            name = self._person_at(one, ctx)
            if name is not None:
                self._add(name, side, tok.idx, ctx.evidence(tok.sent))
        self.mentioned: list[tuple[int, str]] = sorted(
            (m.start, self.people.name(m.text)) for m in ctx.names.mentions
            if m.type == EntityType.PERSON and self.people.name(m.text) in self.order)
        self.gender = _genders(ctx, self.people)

    def _person_at(self, tok: Token, ctx: ArticleContext) -> str | None:
        """The person a word names, if no official: its name, or a surname the article gives
        in full elsewhere (the tagger missed it here)."""
        found = ctx.names.at(tok)
        if found is not None:
            ok = found.type == EntityType.PERSON and not is_official(found.roles)
            return found.text if ok else None
        return self.people.full.get(tok.text) if tok.pos_ == "PROPN" else None

    def _add(self, name: str, side: str | None, at: int, where: Evidence) -> None:
        person = self.people.get(name)
        if person is None or person.office == Office.STATE:
            return
        full = self.people.name(name)
        self.held_by.setdefault(full, set()).update({side} if side else set())
        if full not in self.order or at < self.order[full]:  # first told where first named
            self.order[full] = at
            self.where[full] = where

    def last_named(self, people: list[str], m: EventMention, cue: Token,
                   ctx: ArticleContext) -> list[str]:
        """Of several, the one "him" or "her" stands for: the one of the pronoun's gender,
        where the article shows it, else the one named last before the statement, within a
        few sentences, and alone in that sentence."""
        pronoun = next((t for t in cue.subtree if t.lower_ in ONE_PERSON), None)  # not "he asked"
        if pronoun is not None:
            people = [p for p in people
                      if self.gender.get(p) in (None, _GENDERED[pronoun.lower_])]
            if len(people) == 1:
                return people
        k = ctx.sentence_index(m.evidence.start)
        floor = ctx.sents[max(0, k - _RECENT)].start_char
        for start, name in reversed(self.mentioned):
            if start < cue.idx and name in people:
                if start < floor:
                    return []
                sent = ctx.sentence_at(start)  # "A and B were arrested ... his release": no one
                together = {n for s, n in self.mentioned if sent is not None
                            and sent.start_char <= s < sent.end_char and n in people}
                return [name] if len(together) == 1 else []
        return []

    def side_of(self, name: str | None) -> str | None:
        """The state a side names: itself, or the state a head of state acts for."""
        if name is None:
            return None
        person = self.people.get(name)
        if person is None:
            return name
        return person.country if person.office == Office.STATE else None

    def candidates(self, m: EventMention, pointer: _Pointer) -> list[str]:
        asker = self.side_of(m.by)
        asked = self.side_of(m.to)
        out = [p for p in sorted(self.order, key=self.order.__getitem__)
               if not (asker and asker in self.held_by.get(p, set()))
               and surname_key(p) not in {surname_key(x) for x in (m.by, m.to) if x}]
        if asked:
            theirs = [p for p in out if asked in self.held_by.get(p, set())]
            out = theirs or out
        if pointer.kin is not None:
            out = [p for p in out if (found := self.people.get(p)) is not None
                   and found.country == pointer.kin]
        if pointer.role is not None:  # "the pilot": the one the article calls so
            out = [p for p in out if any(pointer.role in r.lower().split()
                                         for r in self.people.roles.get(p, ()))]
        return out


def the_captives(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Demands and promises about a release of people they only point at, with the article's
    captives they can only mean (see above)."""
    todo = [i for i, m in enumerate(mentions) if m.type in KINDS and not m.persons]
    if not todo:
        return mentions
    captives = _Captives(ctx, mentions)
    if not captives.order:
        return mentions
    out = list(mentions)
    for i in todo:
        m = out[i]
        cue = ctx.cue_token(m)
        if cue is None:
            continue
        found = _pointer(cue, m.type == EventType.PROMISE)
        if found is None:
            continue
        people = captives.candidates(m, found)
        if not found.many and len(people) > 1:
            people = captives.last_named(people, m, cue, ctx)
        number = found.number
        if number is not None and len(people) > number:  # "the five": the five freed together
            told = [g for g in captives.groups if len(g) == number and set(g) <= set(people)]
            people = list(told[0]) if len(told) == 1 else people
        if number is not None and len(people) != number or (
                number is None and (len(people) < 2 if found.many else len(people) != 1)):
            continue
        if found.many and number is None and len(set().union(
                *(captives.held_by.get(p, set()) for p in people))) > 1:
            continue  # "them": a group one side held, not everyone the article names
        context = m.context
        for p in people:
            context = with_evidence(replace(m, context=context), captives.where[p])
        out[i] = replace(m, persons=tuple(people), context=context)
    return out


@dataclass(frozen=True)
class _Pointer:
    """How a statement points at the freed: more than one, how many if said, their
    nationality if said ("the Xians"), the role its word gives ("the pilot")."""

    many: bool
    number: int | None
    kin: str | None = None
    role: str | None = None


def _pointer(cue: Token, promise: bool = False) -> _Pointer | None:
    """How a statement points at the freed of the release it is about (for a ``promise``,
    also at those it keeps: "to keep the five in the country for two years"); None when it is
    about no release, or names them (or someone) itself."""
    words = [t for t in cue.subtree if t.lemma_.lower() in lx.RELEASE_WORDS or (
        t.lemma_.lower() in ("let", "bring", "send", "get", "win") and any(
            c.lower_ in _BACK for c in t.children)) or (
        promise and t.pos_ == "VERB" and t.lemma_.lower() in _CUSTODY)]
    if not words:
        return None
    if any(t.ent_type_ == "PERSON" for w in words for t in w.subtree if t.i != w.i):
        return None  # "demanded the release of A": the sentence's own reading names them
    for word in words:
        ref = _patient(word)
        if ref is None:
            continue
        low = ref.lower_
        if low in ONE_PERSON:
            return _Pointer(False, 1)
        if low in _MANY:
            return _Pointer(True, None)
        grouped, number = refers_to_group(ref)
        if grouped and ref.tag_ != "NN":  # "the men", "both men", "the three", "the Xians"
            number = number or group_number(ref)
            return _Pointer(True, number, country_of_demonym(ref.text))
        if ref.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the"
                                    for c in ref.children):
            return _Pointer(False, 1, role=ref.lemma_.lower())  # "the pilot's return"
        return None  # "sentenced persons", "prisoners": no one told before
    if any(w.pos_ == "NOUN" and w.lemma_.lower() in _PERSONAL and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in w.children) for w in words):
        return _Pointer(False, 1)  # "asked for a pardon": the one the article is about
    return None


def _patient(word: Token) -> Token | None:
    """Who a release word frees: "his release", "the release of the men", "release her", "the
    men's return", "until they were returned". Narrower than ``cues.noun_patient`` and
    ``verb_patient`` on purpose: their "for X" and datives reach the other side of a trade
    ("asking for A to be freed in exchange for her" would make her A's pointer)."""
    if word.pos_ == "NOUN":
        for c in word.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((o for o in c.children if o.dep_ == "pobj"), None)
        return None
    for c in word.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            return c
    return None
