"""The people a promise or a demand is about, named further on: "A was to free two soldiers.
... The two soldiers are the conscripts X and Y."

A joint statement or a list of terms gives numbers; the article names the people later, in a
sentence that takes up the group by its number ("The two Azerbaijanis are ..."). A careful
reader puts X and Y on the promise. Only a later list that repeats the statement's own number,
and whose group word (if it has one) is of the same kind, is taken.
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
from dealwatch.model import EntityType, EventMention

REACH = 12  # sentences: the people of the terms are named within a few paragraphs


def statement_people(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Promises and demands of a number of people, with the people a later list names."""
    if not any(m.type in STATEMENTS and m.count and m.count > 1 and not m.persons
               for m in mentions):
        return mentions
    return [_named_later(ctx, m) if m.type in STATEMENTS and m.count and m.count > 1
            and not m.persons else m for m in mentions]


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


def _group_named(sent: Span, names: DocNames) -> tuple[int, str | None, list[str]] | None:
    """ "The two Azerbaijanis are the conscripts X and Y": the group's number, its
    nationality, and the people the sentence names for it."""
    for subject in sent:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
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
