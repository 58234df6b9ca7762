"""The people a promise or a demand is about, named further on: "A was to free two soldiers.
... The two soldiers are the conscripts X and Y."

A joint statement or a list of terms gives numbers; the article names the people later, in a
sentence that takes up the group by its number ("The two Azerbaijanis are ..."). A careful
reader puts X and Y on the promise. Only a later list that repeats the statement's own number,
and whose group word (if it has one) is of the same kind, is taken.

A statement or a release about a definite group ("let the two Poles go") takes the people a
sentence before or after names for that group by its word and number ("The two Poles are A,
the cook, and B").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from dealwatch.document.context import ArticleContext
from dealwatch.document.groups import group_number
from dealwatch.document.holders import nationality
from dealwatch.document.said import STATEMENTS
from dealwatch.extract.args import names_in
from dealwatch.extract.counts import number_of
from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType, EventMention, EventType

REACH = 12  # sentences: the people of the terms are named within a few paragraphs


def statement_people(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Promises and demands of a number of people, with the people a later list names; and
    those about "the two Xians" an earlier or later sentence names ("The two Xians are A
    and B")."""
    out = []
    for m in mentions:
        if m.type in STATEMENTS and not m.persons:
            m = _named_later(ctx, m) if m.count and m.count > 1 else m
        if m.type in (*STATEMENTS, EventType.RELEASE) and not m.persons:
            m = _the_group_named(ctx, m)  # ("freed the two Poles" too)
        out.append(m)
    return out


def _the_group_named(ctx: ArticleContext, m: EventMention) -> EventMention:
    """ "The two Poles are A and B. ... X called on the captors to let the two Poles and
    the rest of the crew go": a definite group of a number that a sentence of the article
    names person by person is those people."""
    cue = ctx.cue_token(m)
    if cue is None:
        return m
    plural = [t for t in cue.subtree if t.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in t.children)]
    groups = [(n, nationality(t), t.lemma_.lower()) for t in plural
              for n in (group_number(t),) if n is not None and n > 1]
    # "the Vorta officers": a group of no number, known by the name it is of
    marked = [(t.lemma_.lower(), c.lower_) for t in plural if group_number(t) is None
              for c in t.children if c.dep_ in ("compound", "amod") and c.text[:1].isupper()
              and nationality(c) is None]
    if len(groups) + len(marked) != 1:
        return m
    k = ctx.sentence_index(m.evidence.start)
    for j in sorted(range(max(0, k - REACH), min(len(ctx.sents), k + 1 + REACH)),
                    key=lambda j: abs(j - k)):
        if j == k:
            continue
        if groups:
            number, kind, word = groups[0]
            found = _group_named(ctx.sents[j], ctx.names, word)
            people = found[2] if found is not None and found[0] == number and len(
                found[2]) == number and found[1] == kind else []
        else:
            people = _named_as(ctx.sents[j], ctx.names, *marked[0])
        if people:
            return replace(m, persons=tuple(people),
                           context=(*m.context, ctx.evidence(ctx.sents[j])))
    return m


def _named_as(sent: Span, names: DocNames, word: str, mark: str) -> list[str]:
    """ "A, B and C are former officers of the Vorta riot police": the people a sentence
    says are of the group ``word`` of ``mark`` (two or more of them)."""
    for verb in sent:
        if verb.lemma_.lower() != "be":
            continue
        attrs = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() == word]
        if not attrs or not any(t.lower_ == mark for t in attrs[0].subtree):
            continue
        people = names_in([t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree],
                          names, (EntityType.PERSON,))
        if len(people) >= 2:
            return people
    return []


def _named_later(ctx: ArticleContext, m: EventMention) -> EventMention:
    k = ctx.sentence_index(m.evidence.start)
    kind = _kind(ctx, m)
    for j in range(k + 1, min(len(ctx.sents), k + 1 + REACH)):
        found = _group_named(ctx.sents[j], ctx.names)
        if found is None or found[0] != m.count or len(found[2]) != m.count:
            continue
        if found[1] is not None and kind is not None and found[1] != kind:
            continue  # "The two Kenyans are ..." is not about two Ugandans
        return replace(m, persons=tuple(found[2]),
                       context=(*m.context, ctx.evidence(ctx.sents[j])))
    return m


def _group_named(sent: Span, names: DocNames,
                 word: str | None = None) -> tuple[int, str | None, list[str]] | None:
    """ "The two Azerbaijanis are the conscripts X and Y": the group's number, its
    nationality, and the people the sentence names for it (``word``: only a group so called,
    "the two Poles")."""
    for subject in sent:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if word is not None and subject.lemma_.lower() != word:
            continue
        head = subject.head
        if head.dep_ in ("aux", "auxpass"):  # "are" hung on the noun the parser made a verb
            head = head.head
        copula = subject.head.lemma_.lower() == "be" or any(
            c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "be" for c in head.children)
        number = group_number(subject) if copula else None
        if number is None:
            continue
        # the parser now and then makes the noun after "are" the verb: take the whole clause
        skip = {t.i for t in subject.subtree}
        skip |= {d.i for t in head.subtree if t.dep_ in ("relcl", "acl") for d in t.subtree}
        people = names_in([t for t in head.subtree if t.i not in skip], names,
                          (EntityType.PERSON,))
        if people:
            return number, nationality(subject), people
    return None


def _kind(ctx: ArticleContext, m: EventMention) -> str | None:
    """The nationality of the people the statement is about ("two Azerbaijani soldiers"),
    read from the words of its own count."""
    sent = ctx.sentence_of(m)
    if sent is None:
        return None
    for tok in sent:
        if tok.like_num and tok.dep_ == "nummod" and number_of(tok) == m.count:
            return nationality(tok.head)
    return None
