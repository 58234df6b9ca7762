"""A sentence that opens on what the sentence before told takes that sentence's date.

"In January the judiciary announced a heavier sentence. After that verdict the minister
summoned the ambassador and demanded the aid worker's release." The second sentence gives no
date, but a careful reader dates the demand by the one the sentence before gives: the words
"after that verdict" ("following this decision") point back to it. The date is taken as that
sentence gives it, a month as a month; the earlier sentence joins the evidence. Only the
sentence just before, in the same paragraph, with exactly one date: anything less certain
leaves the mention undated.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from dealwatch.document.context import ArticleContext
from dealwatch.model import TALKS_OF_A_DEAL, EventMention, TimeExpr

OPENERS = frozenset({"after", "following"})
POINTERS = frozenset({"that", "this", "those", "these"})
_LEADING = frozenset({"and", "but", "then", "so", ",", "—", "-"})


def after_that(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Undated mentions of a sentence opening on "after that ..." take the one date of the
    sentence before (see above)."""
    if not ctx.dates or all(m.date is not None for m in mentions):
        return mentions
    out = []
    for m in mentions:
        found = None
        if m.date is None and not m.expected and m.what != TALKS_OF_A_DEAL:
            found = _date_pointed_at(ctx, ctx.sentence_index(m.evidence.start))
        if found is None:
            out.append(m)
            continue
        day, earlier = found
        anchor = ctx.evidence(earlier)
        out.append(replace(m, date=day, context=(*m.context, anchor)))
    return out


def _date_pointed_at(ctx: ArticleContext, k: int) -> tuple[TimeExpr, Span] | None:
    if k <= 0 or not _opens_on_the_last(ctx.sents[k]):
        return None
    sent, earlier = ctx.sents[k], ctx.sents[k - 1]
    if ctx.paragraph_of(earlier.start_char) != ctx.paragraph_of(sent.start_char):
        return None
    own = [t for t in ctx.dates if sent.start_char <= t.start < sent.end_char]
    days = [t for t in ctx.dates if earlier.start_char <= t.start < earlier.end_char]
    if own or len(days) != 1 or days[0].value is None:
        return None
    return days[0], earlier


def _opens_on_the_last(sent: Span) -> bool:
    """ "After that verdict ...", "Following this decision, ...": the sentence's first words
    (a leading "And" or "But" aside) are an opener, a pointer and a noun."""
    words = [t for t in sent if not t.is_space]
    while words and words[0].lower_ in _LEADING:
        words = words[1:]
    return (len(words) >= 3 and words[0].lower_ in OPENERS and words[1].lower_ in POINTERS
            and words[2].pos_ == "NOUN")
