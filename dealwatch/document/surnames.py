"""A lone surname two people of the article share: the one named last before it.

"Former president Jon Olafsson" flew to Erdenet; later the article quotes "Foreign Minister
Sigrid Olafsson". "Olafsson met Batbold on Tuesday", told between the two, is the former
president: the person of that surname the article named last before the sentence. Names are
resolved across articles by their surface form, which for "Olafsson" in this article is two
people, so the side a mention gives by a shared lone surname is written out in full here.
"""

from __future__ import annotations

from dataclasses import replace

from dealwatch.document.context import ArticleContext
from dealwatch.model import EntityType, EventMention


def shared_surnames(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Mentions whose side or participants are a surname two full names of the article
    share, with the full name of the one named last before the mention."""
    fulls: dict[str, list[tuple[int, str]]] = {}
    for n in sorted(ctx.names.mentions, key=lambda n: n.start):
        words = n.text.split()
        if n.type == EntityType.PERSON and len(words) >= 2:
            fulls.setdefault(words[-1], []).append((n.start, n.text))
    shared = {last: found for last, found in fulls.items() if len({t for _, t in found}) > 1}
    if not shared:
        return mentions

    def full(name: str | None, at: int) -> str | None:
        found = shared.get(name or "")
        before = [text for start, text in found or () if start < at]
        return before[-1] if before else name

    out = []
    for m in mentions:
        at = m.evidence.start
        by, to = full(m.by, at), full(m.to, at)
        parts = tuple(p for p in (full(p, at) for p in m.participants) if p is not None)
        out.append(m if (by, to, parts) == (m.by, m.to, m.participants) else replace(
            m, by=by, to=to, participants=parts))
    return out
