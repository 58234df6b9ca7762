"""A part of a release told before: "N of the prisoners" is no release of its own.

"Xland freed 300 prisoners on Sunday. ... Prison officials said 250 of the prisoners went
home to the capital and 50 to the north." The second sentence says where a
part of the 300 went: "250 of the prisoners" counts some of a group the text has already
told, not another group. A careful reader keeps one release of 300, not a second one of 250.
Only where the article told, before it and on the same day (or, both undated, with no day),
a release of more people than the part: "Two of the hostages were freed on Monday" in a
story of hostages still held is a release of two.
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.document.context import ArticleContext
from dealwatch.extract.counts import number_of
from dealwatch.model import EventMention, EventType

# The determiners of a group told before ("of the prisoners", "of those freed").
_TOLD_BEFORE = frozenset({"the", "these", "those"})


def parts_of_releases(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Releases of "N of the <people>" after a release of more people on their day are left
    out (see the module)."""
    releases = [m for m in mentions if m.type == EventType.RELEASE and not m.expected]
    out = []
    for m in mentions:
        if m.type == EventType.RELEASE and m.count is not None and _a_part(ctx, m) and any(
                _whole_of(r, m) for r in releases):
            continue
        out.append(m)
    return out


def _whole_of(whole: EventMention, part: EventMention) -> bool:
    """``whole`` is told before ``part``, of more people, on the same day (or both with no
    day)."""
    if whole.evidence.start >= part.evidence.start or whole.count is None or (
            part.count is None or whole.count <= part.count):
        return False
    day = whole.date.calendar if whole.date is not None else None
    return day == (part.date.calendar if part.date is not None else None)


def _a_part(ctx: ArticleContext, m: EventMention) -> bool:
    """The release's number is the number of a partitive of a group told before: "250 of the
    prisoners", "600 of them", "650 of the released men"."""
    sent = ctx.sentence_at(m.evidence.start)
    if sent is None:
        return False
    return any(tok.like_num and number_of(tok) == m.count and _of_a_told_group(tok)
               for tok in sent)


def _of_a_told_group(num: Token) -> bool:
    """ "250 of the prisoners", "600 of them" (not "300 of its citizens", "two of five")."""
    for prep in num.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for group in prep.children:
            if group.dep_ != "pobj":
                continue
            if group.lower_ in ("them", "those"):
                return True
            if group.tag_ in ("NNS", "NNPS") and not any(
                    c.dep_ == "nummod" for c in group.children) and any(
                    c.dep_ == "det" and c.lower_ in _TOLD_BEFORE for c in group.children):
                return True
    return False
