"""Days told relative to another event of the same sentence: "a day after", "two days before".

"The Treasury blacklisted eleven companies on Sunday, a day after Washington lifted the
sanctions" dates the lifting: the day before Sunday. The date finder cannot resolve "a day
after" alone (after what?); the sentence's parse can: the clause that "after" introduces holds
the event, the sentence's main clause holds the day counted from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from dealwatch.document.context import ArticleContext
from dealwatch.document.frame import is_day, root_and_verb
from dealwatch.extract.args import governing_verb
from dealwatch.extract.counts import to_int
from dealwatch.extract.parse import is_ancestor
from dealwatch.model import EventMention, EventType, Precision, Resolution, TimeExpr

_SPAN = re.compile(r"^(?:(?P<n>an?|the|one|two|three|four|five|six|seven|eight|nine|ten|"
                   r"\d{1,2})\s+(?:very\s+)?(?P<unit>day|week)s?|(?P<hours>24|48|72|96)\s+hours)"
                   r"\s+(?P<dir>after|before|of)$", re.IGNORECASE)  # ("48 hours after": two
# days; "the day of the release": that event's day)


def relative_days(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Mentions inside a "N days after/before" clause take the main clause's day moved by
    N (never the main clause's day itself, which the sentence reader may have given them)."""
    if not any(t.value is None and _SPAN.match(t.text.strip()) for t in ctx.dates):
        return mentions
    out = []
    for m in mentions:
        found = _counted_day(ctx, m) or _from_event(ctx, m, mentions) or _outside_day(
            ctx, m) or _after_the_clause(ctx, m)
        out.append(m if found is None else replace(m, date=found))
    return out


# Nouns that name an event of the article: "the day after the visit" counts from its day.
EVENT_NOUNS = {"visit": EventType.MEETING, "trip": EventType.MEETING,
               "meeting": EventType.MEETING, "talks": EventType.MEETING,
               "summit": EventType.MEETING, "call": EventType.CALL,
               "release": EventType.RELEASE, "swap": EventType.RELEASE,
               "exchange": EventType.RELEASE, "handover": EventType.RELEASE}


def _from_event(ctx: ArticleContext, m: EventMention,
                mentions: list[EventMention]) -> TimeExpr | None:
    """ "Trump and Putin spoke by phone the day after the visit": a count from an event the
    article told before with its day (the visit, on Feb. 11) dates the mention."""
    rel = _SPAN.match(m.date.text.strip()) if m.date is not None and m.date.value is None else None
    if rel is None or m.date is None:
        return None
    noun = _clause_of(ctx, m.date, rel.group("dir").lower())
    kind = EVENT_NOUNS.get(noun.lower_) if noun is not None and noun.pos_ == "NOUN" else None
    if kind is None:
        return None
    told = [e.date.calendar for e in mentions if e.type == kind
            and e.evidence.start < m.evidence.start and e.date is not None and is_day(e.date)
            and e.date.calendar]
    if not told:
        return None
    step = _days(rel) * (1 if rel.group("dir").lower() == "after" else -1)
    return _counted_from(m.date, told[-1] or "", step)


def _days(rel: re.Match[str]) -> int:
    if rel.group("dir").lower() == "of":
        return 0
    if rel.group("hours"):
        return int(rel.group("hours")) // 24
    word = rel.group("n").lower()
    n = 1 if word in ("a", "an", "the") else to_int(word) or 1
    return n * (7 if rel.group("unit").lower() == "week" else 1)


def _outside_day(ctx: ArticleContext, m: EventMention) -> TimeExpr | None:
    """ "Two days before the ruling, on Wednesday, X raised it with Y": a mention dated by a
    count from another event it is not part of takes the sentence's own day."""
    rel = _SPAN.match(m.date.text.strip()) if m.date is not None and m.date.value is None else None
    sent = ctx.sentence_of(m)
    if rel is None or m.date is None or sent is None:
        return None
    clause = _clause_of(ctx, m.date, rel.group("dir").lower())
    day = _main_day(ctx, sent, clause) if clause is not None else None
    cue = ctx.cue_token(m)
    if day is None or cue is None:
        return None
    span = ctx.doc.char_span(day.start, day.end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None else None
    # "A and B spoke by phone the day after the visit, and on Tuesday C met D": Tuesday is
    # the day of the other clause, not this one's
    return day if verb is not None and (verb.i == cue.i or is_ancestor(verb, cue)) else None


def _inside_a_count(ctx: ArticleContext, m: EventMention
                    ) -> tuple[TimeExpr, int, TimeExpr | None] | None:
    """The count of days the mention is inside ("a day after [the release]"), with the days
    to step from the day counted from ("E1 on Sunday, a day after E2": E2 came before Sunday;
    "a day before E2": after it) and the one day the sentence gives outside the count (None
    if it gives none); None when the mention is in no count."""
    cue = ctx.cue_token(m)
    sent = ctx.sentence_of(m)
    if cue is None or sent is None:
        return None
    for t, rel, clause in _counts_in(ctx, sent):
        if _within(cue, clause):
            step = -_days(rel) if rel.group("dir").lower() == "after" else _days(rel)
            return t, step, _main_day(ctx, sent, clause)
    return None


def _counted_day(ctx: ArticleContext, m: EventMention) -> TimeExpr | None:
    found = _inside_a_count(ctx, m)
    anchor = found[2] if found is not None else None
    if found is None or anchor is None:
        return None
    return _counted_from(found[0], anchor.value or "", found[1])


def counted_from_frame(ctx: ArticleContext, m: EventMention, day: TimeExpr) -> TimeExpr | None:
    """ "X in Y a day after the sailors' release" (a headline), "Two days after the swap, X
    flew home": the mention is inside a count of days from its sentence's event, and the
    sentence gives no day of its own; counted from ``day``, the day the article's time frame
    gives the sentence (None when the mention is in no such count)."""
    if not day.calendar or not is_day(day):
        return None
    found = _inside_a_count(ctx, m)
    if found is None or found[2] is not None:
        return None
    return _counted_from(found[0], day.calendar, found[1])


def _after_the_clause(ctx: ArticleContext, m: EventMention) -> TimeExpr | None:
    """ "Two days after Peru freed A on Monday, Chile released B": the main clause, with no
    day of its own, is counted from the day of the clause "after" introduces (Wednesday)."""
    cue = ctx.cue_token(m)
    sent = ctx.sentence_of(m)
    if cue is None or sent is None:
        return None
    own = [t for t in ctx.dates if sent.start_char <= t.start < sent.end_char]
    for t, rel, clause in _counts_in(ctx, sent):
        if _within(cue, clause):
            continue
        inside = [d for d in own if d is not t and is_day(d) and d.calendar
                  and (found := root_and_verb(ctx, d)) is not None and _within(found[0], clause)]
        outside = [d for d in own if d is not t and d not in inside and d.value is not None]
        if len(inside) != 1 or outside:
            return None  # the main clause gives its own time, or the clause more than one day
        step = _days(rel) * (1 if rel.group("dir").lower() == "after" else -1)
        return _counted_from(t, inside[0].calendar or "", step)
    return None


def _counts_in(ctx: ArticleContext, sent: Span) -> Iterator[tuple[TimeExpr, re.Match[str],
                                                                   Token]]:
    """The sentence's counts of days from an event ("two days after X freed A"): each with
    its match and the head of the clause "after"/"before" introduces."""
    for t in ctx.dates:
        if not sent.start_char <= t.start < sent.end_char or t.value is not None:
            continue
        rel = _SPAN.match(t.text.strip())
        clause = _clause_of(ctx, t, rel.group("dir").lower()) if rel is not None else None
        if rel is not None and clause is not None:
            yield t, rel, clause


def _counted_from(t: TimeExpr, day: str, step: int) -> TimeExpr:
    """The expression ``t`` resolved as ``step`` days from the calendar ``day``."""
    value = (date.fromisoformat(day) + timedelta(days=step)).isoformat()
    return TimeExpr(t.start, t.end, t.text, value, Precision.DAY, Resolution.RELATIVE_TO_TEXT)


def _clause_of(ctx: ArticleContext, t: TimeExpr, word: str) -> Token | None:
    """The head of the clause that the expression's "after"/"before" introduces: "a day
    after [Washington lifted ...]" (a subordinator) or "a day after [the lifting of ...]"."""
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        if tok.lower_ != word:
            continue
        if tok.dep_ == "mark":
            return tok.head
        objects = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
        if objects:
            return objects[0]
    return None


def _within(tok: Token, clause: Token) -> bool:
    return tok.i == clause.i or is_ancestor(clause, tok)


def _main_day(ctx: ArticleContext, sent: Span, clause: Token) -> TimeExpr | None:
    """The one whole day the sentence gives outside the counted clause."""
    days = []
    for t in ctx.dates:
        if not sent.start_char <= t.start < sent.end_char:
            continue
        if not is_day(t):
            continue
        span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and not _within(span.root, clause):
            days.append(replace(t, value=t.calendar))
    return days[0] if len(days) == 1 else None
