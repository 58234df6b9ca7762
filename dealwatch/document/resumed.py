"""Talks that opened on one day and resumed on another: two meetings.

"Formal talks opened in X on 24 July between A and B and resumed in Y on 18 August" tells a
round of talks on each day: the parse gives the talks to the first verb, and the second
("resumed", "reopened", "reconvened") a day of its own. A careful reader lists a meeting on
each day, between the same people.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dealwatch.document.context import ArticleContext, derived_id
from dealwatch.document.frame import is_day
from dealwatch.document.said import TALKS
from dealwatch.model import EventMention, TimeExpr

# What talks do again on another day.
_AGAIN = frozenset({"resume", "reopen", "reconvene"})


def resumed_talks(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """A dated meeting whose talks a coordinated verb resumes on a day of its own: one more
    meeting, on that day."""
    out: list[EventMention] = []
    for m in mentions:
        out.append(m)
        if m.type not in TALKS or m.date is None:
            continue
        for day in _resumed_on(ctx, ctx.cue_token(m), m.date):
            out.append(replace(m, id=derived_id(m.id, "again", day.start), date=day))
    return out


def _resumed_on(ctx: ArticleContext, cue: Token | None, first: TimeExpr) -> list[TimeExpr]:
    """The days of the verbs that resume the talks the cue's noun is the subject of."""
    if cue is None or cue.dep_ != "nsubj" or cue.pos_ != "NOUN":
        return []
    verb = cue.head
    again = [c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in _AGAIN
             and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
    days = []
    for v in again:
        for t in ctx.dates_in(ctx.sentence_index(v.idx)):
            span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None or not is_day(t) or t.value == first.value:
                continue
            if any(a.i == v.i for a in span.root.ancestors):  # the day is the resuming's
                days.append(t)
    return days
