"""A yes-or-no question tells no event.

"Did X free the 40?", "Will the sanctions be lifted?": an explainer's headings, and the
questions people are quoted asking, ask whether an event happened; the answer, if any, is in
the next sentences, which are read for themselves. A careful reader takes no release,
sanction or talk from such a question. (A question of who, why or when - "Why did X free
them?" - takes the event as told and is read as the event's mention.)
"""

from __future__ import annotations

import re

from dealwatch.document.context import ArticleContext
from dealwatch.model import EventMention

_CLOSERS = "\"'\u201d\u2019) "
_YES_OR_NO = re.compile(
    r"^\W*(?:and |but |so )?(?:did|does|do|is|are|was|were|will|would|can|could|has|have|had|"
    r"should|shall|may|might|must)\b", re.IGNORECASE)


def not_asked(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions not told in a yes-or-no question."""
    return [m for m in mentions if not _yes_or_no(m.evidence.quote)]


def _yes_or_no(sentence: str) -> bool:
    return sentence.rstrip(_CLOSERS).endswith("?") and bool(_YES_OR_NO.match(sentence))
