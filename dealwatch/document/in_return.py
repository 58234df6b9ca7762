"""A release told "in return" answers the release told before it, and shares its day.

"Two citizens held in Peru landed in Oslo on Saturday after Norway freed a former official.
... In return, Norway released Ivan Dorn, who was arrested in 2029." The second release names
no day, but the sentence opens on "In return," (or "In exchange,"): it is the other half of
the swap told before it, and a careful reader dates it by that swap; so too a side that
answers "for its part" or "in turn" ("Y, for its part, let go three ..."). The day is taken
from the last dated release the article told before it, and that sentence joins the evidence.

A side's release told as traded for the other's ("X released three agents in exchange for two
teachers") with no day of its own is the other half of the swap the article dates ("Y freed
the two teachers on Friday"), when the other side's releases are all of one day.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from dealwatch.document.context import ArticleContext, with_evidence
from dealwatch.model import EventMention, EventType

OPENERS = (("in", "return"), ("in", "exchange"), ("in", "turn"))


def in_return(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Undated releases of a sentence opening on "In return," take the day of the last dated
    release told before them (see above); so do undated promises, of the last dated promise:
    "Under the deal X will free A. In return, Y will release ten prisoners" is the other side's
    term of the one deal (and "The two add that ..." one more term of it)."""
    told = sorted((m for m in mentions if m.type in _ANSWERED and m.date is not None
                   and not m.expected), key=lambda m: m.evidence.start)
    if not told:
        return mentions
    out = []
    for m in mentions:
        sent = ctx.sents[ctx.sentence_index(m.evidence.start)]
        if m.type in _ANSWERED and m.date is None and not m.expected and (
                _answers(sent) or m.type == EventType.PROMISE and _added(sent)):
            before = [r for r in told if r.evidence.start < m.evidence.start
                      and r.type == m.type]
            if before and before[-1].date is not None:
                last = before[-1]
                k = ctx.sentence_index(last.evidence.start)
                m = replace(m, date=last.date,
                            context=with_evidence(m, ctx.evidence(ctx.sents[k])))
        out.append(m)
    return out


# What a side answers in kind: the other half of a swap, the other side's term of a deal.
_ANSWERED = frozenset({EventType.RELEASE, EventType.PROMISE})


_TRADED = ("in exchange for", "in return for", "in exchange", "in return", "in a swap for",
           "traded for", "swapped for")


def traded_half(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """A side's release told as traded for the other's ("... in exchange for B") with no day
    in its sentence, where the article dates the other side's releases to one day only: the
    two halves of a swap, on that day."""
    out = []
    for m in mentions:
        if m.type == EventType.RELEASE and m.date is None and m.by and not m.expected and (
                (m.link or "").lower() in _TRADED):
            other = [r for r in mentions if r.type == EventType.RELEASE and r.by
                     and r.by != m.by and r.date is not None and not r.expected]
            if other and len({r.date.value for r in other if r.date is not None}) == 1:
                k = ctx.sentence_index(other[0].evidence.start)
                m = replace(m, date=other[0].date,
                            context=with_evidence(m, ctx.evidence(ctx.sents[k])))
        out.append(m)
    return out


def _added(sent: Span) -> bool:
    """ "Both sides add that they would keep talking": what a statement adds to the
    terms told before it was given with them."""
    root = sent.root
    return root.lemma_.lower() == "add" and any(c.dep_ == "ccomp" for c in root.children)


def _answers(sent: Span) -> bool:
    """The sentence opens on "In return," / "In exchange," / "In turn,": a comma after the
    phrase, so it is no "in return for X"; or its side answers "for its part" or "in turn"
    ("X, for its part, let go three ...", "For their part, ...")."""
    words = [t.lower_ for t in sent if not t.is_space][:9]
    if len(words) >= 3 and (words[0], words[1]) in OPENERS and words[2] == ",":
        return True
    text = " ".join(words)
    return text.startswith(("for its part ,", "for their part ,")) or any(
        f", {p} ," in text for p in ("for its part", "for their part", "in turn", "in return"))
