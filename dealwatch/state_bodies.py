"""The reviewed table of bodies that act for a state (``data/state_bodies.json``, general
knowledge): seats of government, agencies whose state their name fixes, generic body words,
intermediaries and the words of outlets' names. Read without the parser, so the stages that
never parse (the ledger, the deals) may ask it too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


def key(text: str) -> str:
    """A phrase as the table spells it: lower case, no dots, no leading article."""
    text = text.strip().casefold().replace("’", "'").replace(".", "")
    text = re.sub(r"\s+'s\b", "'s", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\s+", " ", text)


@dataclass(frozen=True)
class Table:
    """The reviewed table of state bodies, keyed by ``key``."""

    seats: dict[str, str]
    agencies: dict[str, str | None]
    bodies: frozenset[str]
    intermediaries: frozenset[str]
    outlet_words: frozenset[str]


@cache
def table() -> Table:
    """The table, loaded once."""
    raw = resources.files("dealwatch").joinpath("data/state_bodies.json").read_text("utf-8")
    data = json.loads(raw)
    return Table(
        seats={key(k): v for k, v in data["seats"].items()},
        agencies={key(k): v for k, v in data["agencies"].items()},
        bodies=frozenset(key(b) for b in data["bodies"]),
        intermediaries=frozenset(key(i) for i in data["intermediaries"]),
        outlet_words=frozenset(key(w) for w in data["outlet_words"]),
    )
