"""The acting side: a state or a body acting as one, never a freed person."""

from __future__ import annotations

from dealwatch.document.context import ArticleContext
from dealwatch.model import EventMention


def acting_sides(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Mentions whose ``by`` names the side that acted."""
    return mentions
