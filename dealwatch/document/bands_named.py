"""A band named by what it does, when the article names the body it belongs to: "five members
of the Red Star Army seized the plane ... the hijackers freed 30 hostages".

"The hijackers" and "the pirates" act as one side (``extract.bands``). Where the article names
one armed body, and only one ("... Army", "... Front", "... Brigades"), a careful reader takes
the hijackers to be its men: what they do, that body does.
"""

from __future__ import annotations

from dataclasses import replace

from dealwatch.document.context import ArticleContext
from dealwatch.extract.bands import DOER_BANDS
from dealwatch.model import EntityType, EventMention

# The last word of an armed body's name.
_ARMED_HEADS = frozenset({"army", "front", "brigade", "brigades", "movement", "faction",
                          "militia", "commando", "commandos", "legion"})


def bands_named(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Events of "the hijackers" given to the one armed body the article names."""
    banded = [m for m in mentions if m.by and _a_doer_band(m.by)]
    if not banded:
        return mentions
    bodies = {n.text for n in ctx.names.mentions if n.type == EntityType.ORGANIZATION
              and len(n.text.split()) >= 2 and n.text.split()[-1].lower() in _ARMED_HEADS}
    # "the Japanese Red Star Army" and "the Red Star Army": one body, by its fuller name
    fullest = {b for b in bodies if not any(b != o and b in o for o in bodies)}
    if len(fullest) != 1:
        return mentions
    (body,) = fullest
    return [replace(m, by=body) if m in banded else m for m in mentions]


def _a_doer_band(name: str) -> bool:
    """ "Hijackers", "Somali pirates": a band named by what it does."""
    last = name.split()[-1].lower()
    return last.rstrip("s") in DOER_BANDS
