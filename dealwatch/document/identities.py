"""The people of a group told by their true names: "The man known as A said he was X; the
woman known as B gave her name as Y. C turned out to be Z. Two - V and W - had used their own
names."

People who lived under false names (agents, people held under aliases) are named in a roll
call: one identity statement a person, each giving a true name. A careful reader puts the true
names on the release of the group they were freed in, not the cover names. The group is the one
release the article tells without names whose number can hold them all; when two unnamed groups
could, the roll call says nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from dealwatch.document.context import ArticleContext
from dealwatch.extract.args import names_in
from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType, EventMention, EventType, NameMention

PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
TRUE_WORDS = frozenset({"own", "real", "true"})
MIN_CALLED = 2  # one statement of who someone is names a person, not a roll call


def roll_call(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """The unnamed release of a group, with the true names the article's identity statements
    give for its members."""
    if not any(m.type == EventType.RELEASE and not m.persons and m.count for m in mentions):
        return mentions
    called: dict[str, None] = {}
    sources: list[Span] = []
    for sent, found in _statements(ctx):
        called.update(dict.fromkeys(found))
        sources.append(sent)
    if len(called) < MIN_CALLED:
        return mentions
    groups = {m.count for m in mentions if m.type == EventType.RELEASE and not m.persons
              and m.count and m.count >= len(called)}
    if len(groups) != 1:
        return mentions
    size = next(iter(groups))
    context = tuple(ctx.evidence(s) for s in sources)
    return [replace(m, persons=tuple(called), context=(*m.context, *context))
            if m.type == EventType.RELEASE and not m.persons and m.count == size else m
            for m in mentions]


def cover_names(ctx: ArticleContext) -> list[NameMention]:
    """The article's names, each cover name with the true name it stands for: in "The man
    known as A said he was X; C turned out to be Z" the cover name of a true name is the last
    person named before it and after the true name before it."""
    true_of: dict[tuple[int, int], str] = {}
    for sent, found in _statements(ctx):
        told = set(found)
        last: tuple[int, int, str] | None = None
        for span in _person_spans(sent, ctx.names):
            if span[2] not in told:
                last = span
                continue
            if last is not None and last[2] != span[2]:
                true_of[(ctx.doc[last[0]].idx, ctx.doc[last[1] - 1].idx)] = span[2]
            last = None
    true_of.update(_known_as(ctx))
    if not true_of:
        return list(ctx.names.mentions)
    out = []
    for m in ctx.names.mentions:
        found = [t for (a, b), t in true_of.items() if m.start <= a and b < m.end]
        out.append(replace(m, alias_of=found[0]) if found else m)
    return out


# "A, better known to his pupils as B", "A, who also uses the name B", "A, also known as B":
# the words between two names of one person.
_KNOWN_AS = re.compile(
    r"^,?\s*(?:who\s+(?:also\s+)?(?:uses|used|goes\s+by|went\s+by)\s+the\s+name"
    r"|(?:also|better|widely|commonly)\s+known(?:\s+to\s+[\w\s]{1,40}?)?\s+as"
    r"|a\.?k\.?a\.?)\s*$", re.IGNORECASE)


def _known_as(ctx: ArticleContext) -> dict[tuple[int, int], str]:
    """Second names told of a person named just before ("A, better known as B"): B's
    span, with A."""
    people = sorted((m for m in ctx.names.mentions if m.type == EntityType.PERSON),
                    key=lambda m: m.start)
    out: dict[tuple[int, int], str] = {}
    for before, m in zip(people, people[1:], strict=False):
        between = ctx.text[before.end:m.start]
        if len(between) <= 60 and before.text != m.text and _KNOWN_AS.match(between):
            out[(m.start, ctx.text.rfind(m.text.split()[-1], m.start, m.end))] = before.text
    return out


def _statements(ctx: ArticleContext) -> list[tuple[Span, list[str]]]:
    """The sentences that give true names, with the names (read once an article)."""
    key = "dealwatch.true_names"
    if key not in ctx.doc.user_data:
        ctx.doc.user_data[key] = [(s, found) for s in ctx.sents
                                  for found in (true_names(s, ctx.names),) if found]
    out: list[tuple[Span, list[str]]] = ctx.doc.user_data[key]
    return out


def true_names(sent: Span, names: DocNames) -> list[str]:
    """The people a sentence names by their true name: "said he was X", "C was Z", "turned out
    to be Z", "gave her name as Y", "identified himself as Y", "A and B had used their own
    names"."""
    found: dict[str, None] = {}
    for tok in sent:
        m = names.at(tok)
        if m is not None and m.type == EntityType.PERSON and _told_as_true(tok, names):
            found.setdefault(m.text, None)
        if tok.lemma_.lower() in ("use", "keep") and any(
                o.lemma_.lower() == "name" and any(a.lower_ in TRUE_WORDS for a in o.children)
                for o in tok.children if o.dep_ == "dobj"):
            subject = [w for s in tok.children if s.dep_ == "nsubj" for w in s.subtree]
            found.update(dict.fromkeys(names_in(subject, names, (EntityType.PERSON,))))
    if found:
        found.update(dict.fromkeys(_gapped(sent, names)))
    return list(found)


def _told_as_true(tok: Token, names: DocNames) -> bool:
    head = tok.head
    if tok.dep_ == "attr" and head.lemma_.lower() == "be":
        subject = _subject(head)
        # no subject at all only in a gapped "..., and D was W"
        return head.dep_ == "conj" if subject is None else _someone(subject, names)
    if tok.dep_ == "pobj" and head.lower_ == "as":
        verb = head.head
        lemma = verb.lemma_.lower()
        objects = [o for o in verb.children if o.dep_ == "dobj"]
        if lemma == "give":  # "gave her name as Y"
            return any(o.lemma_.lower() == "name" for o in objects)
        if lemma == "identify":  # "identified himself as Y"
            return any(o.lower_.endswith(("self", "selves")) for o in objects)
    return False


def _subject(verb: Token) -> Token | None:
    """The subject of "be", or of the verb it completes ("C turned out to be Z")."""
    while True:
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own:
            return own[0]
        if verb.dep_ != "xcomp":
            return None
        verb = verb.head


def _someone(subject: Token, names: DocNames) -> bool:
    """A subject that is a person: "he", "C"; not "the winner"."""
    m = names.at(subject)
    return subject.lower_ in PRONOUNS or (m is not None and m.type == EntityType.PERSON)


def _gapped(sent: Span, names: DocNames) -> list[str]:
    """ "A said he was X, and his partner, B, Y.": after an identity statement, a person's
    word, a name in apposition and a second name after a bare comma that ends the clause (a
    list would go on or have its "and") repeat the statement without its verb."""
    out = []
    doc = sent.doc
    spans = _person_spans(sent, names)
    for (s1, e1, _), (s2, e2, second) in zip(spans, spans[1:], strict=False):
        if not (e1 + 1 == s2 and doc[e1].text == "," and s1 - 2 >= sent.start
                and doc[s1 - 1].text == "," and doc[s1 - 2].pos_ == "NOUN"):
            continue
        after = doc[e2] if e2 < sent.end else None
        if after is None or (after.is_punct and after.text not in ",-–"):
            out.append(second)
    return out


def _person_spans(sent: Span, names: DocNames) -> list[tuple[int, int, str]]:
    """The people a sentence names, as (first token, end token, name), in order."""
    spans: list[tuple[int, int, str]] = []
    for tok in sent:
        m = names.at(tok)
        if m is None or m.type != EntityType.PERSON:
            continue
        if spans and spans[-1][1] == tok.i and names.at(tok.doc[tok.i - 1]) is m:
            spans[-1] = (spans[-1][0], tok.i + 1, m.text)
        else:
            spans.append((tok.i, tok.i + 1, m.text))
    return spans
