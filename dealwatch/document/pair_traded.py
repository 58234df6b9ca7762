"""A release told of two sides together: "after X and Y traded her for B".

The clause names both sides and says which of them freed whom only through the other half:
B was held by X ("B, serving a sentence in an Xian prison"), so X freed B and Y freed her. A
careful reader takes the side of the other half the sentence tells (read from where its
people were held) and gives the release the other of the two. Nothing is given when the
sentence's other releases are of neither side or of both.
"""

from __future__ import annotations

from dataclasses import replace

from dealwatch.document.context import ArticleContext
from dealwatch.extract.parties import pair_that_traded
from dealwatch.model import EventMention, EventType
from dealwatch.places import country_for_actor


def pair_traded(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Releases of a pair of sides that traded take the side the other half leaves (above)."""
    out = []
    for m in mentions:
        cue = ctx.cue_token(m) if m.type == EventType.RELEASE and m.by is None else None
        pair = pair_that_traded(cue, ctx.names) if cue is not None else None
        if pair is not None:
            sides = {_side(x) for x in pair}
            halves = {_side(h.by) for h in mentions if h is not m and h.by
                      and h.type == EventType.RELEASE and h.evidence.start == m.evidence.start}
            taken = halves & sides
            if len(sides) == 2 and len(taken) == 1:
                m = replace(m, by=next(iter(sides - taken)))
        out.append(m)
    return out


def _side(name: str) -> str:
    return country_for_actor(name) or name
