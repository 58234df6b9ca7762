"""An event told again: brought in with "a" and told as "the ..." in the next sentence with
its day, or a release told again by the people it freed.

"A senior diplomat has held a meeting with the president, the paper reported on Saturday.
The meeting happened Wednesday, ..." The lead dates the report, not the meeting: "The
meeting" of the next sentence is the meeting the lead brought in, and gives its day. A
careful reader dates the lead's meeting Wednesday; so does this pass, when the lead's mention
has no day or a later one (a report comes after what it tells), and the next sentence's
mentions of that kind agree on one day. The next sentence joins the evidence.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dealwatch.document.context import ArticleContext, with_evidence
from dealwatch.document.frame import steps_back
from dealwatch.document.groups import surname_key
from dealwatch.model import EventMention, EventType, Evidence, Precision, TimeExpr

_INDEFINITE = frozenset({"a", "an"})


def told_again(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Mentions brought in with "a" that the next sentence tells again as "the ..." with a
    day take that day (see above)."""
    out = []
    for m in mentions:
        found = _day_told_again(ctx, m, mentions)
        if found is None:
            out.append(m)
            continue
        day, anchor = found
        out.append(replace(m, date=day, context=with_evidence(m, anchor)))
    return out


def _day_told_again(ctx: ArticleContext, m: EventMention,
                    mentions: list[EventMention]) -> tuple[TimeExpr, Evidence] | None:
    cue = ctx.cue_token(m)
    if cue is None or cue.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in _INDEFINITE for c in cue.children):
        return None
    k = ctx.sentence_index(m.evidence.start)
    if k < 0 or k + 1 >= len(ctx.sents):
        return None
    later = ctx.sents[k + 1]
    if not any(_the_same_word(t, cue) for t in later):
        return None
    days = {e.date.value: e.date for e in mentions
            if e.type == m.type and e.date is not None and e.date.value
            and e.date.precision == Precision.DAY
            and later.start_char <= e.evidence.start < later.end_char}
    if len(days) != 1:
        return None
    (value, day), = days.items()
    if m.date is not None and (m.date.value is None or not m.date.value[:10] > value[:10]):
        return None  # its own day, not later than the one told again
    return day, ctx.evidence(later)


def _the_same_word(tok: Token, cue: Token) -> bool:
    """ "The meeting" as a subject, told again of the "a meeting" before."""
    return (tok.lemma_.lower() == cue.lemma_.lower() and tok.dep_ in ("nsubj", "nsubjpass")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))


class FreedOn:
    """The article's dated releases (to the day) by the surnames of the people they free: read
    once an article, asked for each release told without a day."""

    def __init__(self, mentions: list[EventMention]) -> None:
        self.days: dict[str, set[str]] = {}  # surname -> days
        self.people: dict[str, set[str]] = {}  # day -> surnames
        self.first: dict[str, EventMention] = {}  # day -> the first release told of it
        for e in mentions:
            if (e.type == EventType.RELEASE and e.date is not None and e.date.value
                    and e.date.precision == Precision.DAY and not e.expected):
                day = e.date.value[:10]
                self.first.setdefault(day, e)
                for p in e.persons:
                    self.days.setdefault(surname_key(p), set()).add(day)
                    self.people.setdefault(day, set()).add(surname_key(p))

    def day_of(self, ctx: ArticleContext,
               m: EventMention) -> tuple[TimeExpr, Evidence] | None:
        """ "Besides the crew, X released four: A, B ..." or "C said A's release brought
        relief", with no day of its own: the release told again by the people it freed, on
        the one day the article's dated releases of them give, when they free each of them
        (not the day a later paragraph happens to set)."""
        if m.type != EventType.RELEASE or m.date is not None or not m.persons or m.expected:
            return None
        k = ctx.sentence_index(m.evidence.start)
        if k < 0 or steps_back(ctx.sents[k]):
            return None
        wanted = {surname_key(p) for p in m.persons}
        days = {d for w in wanted for d in self.days.get(w, ())}
        if len(days) != 1:
            return None
        (day,) = days
        if not wanted <= self.people[day]:
            return None
        told = self.first[day]
        assert told.date is not None
        return told.date, told.evidence
