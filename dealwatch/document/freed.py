"""The people a release frees and how many, read from the whole article."""

from __future__ import annotations

from dealwatch.document.context import ArticleContext
from dealwatch.model import EventMention


def freed_people(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Releases with the people and count their article gives them."""
    return mentions
