"""A state's governing body told by where it sits ("the government in X", "the authorities
in X") acts for X's state, wherever the parse hangs "in X"; people told only as being in a
capital ("diplomats in X") may be anyone's (real spaCy, invented articles)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType

TEXT = ("Trawlermen held\n\n"
        "Late on Friday the government in Reykjavik demanded that Mongolia free the "
        "trawlermen at once.\n\n"
        "The authorities in Ulaanbaatar promised on Saturday to return the seized nets.\n\n"
        "Diplomats in Reykjavik demanded on Sunday that the crews be fed.\n")


def test_the_government_in_a_capital_is_its_state(nlp: Language) -> None:
    demands = of(article(nlp, TEXT).events, EventType.DEMAND)
    (first,) = [m for m in demands if "government" in m.evidence.quote]
    assert first.by == "Iceland"


def test_the_authorities_in_a_capital_are_its_state(nlp: Language) -> None:
    (promise,) = of(article(nlp, TEXT).events, EventType.PROMISE)
    assert promise.by == "Mongolia"


def test_diplomats_in_a_capital_are_not_its_state(nlp: Language) -> None:
    demands = of(article(nlp, TEXT).events, EventType.DEMAND)
    (fed,) = [m for m in demands if "fed" in m.evidence.quote]
    assert fed.by != "Iceland"
