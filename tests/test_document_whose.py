"""Whose terms a relayed statement gives, on invented articles (real spaCy)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventMention, EventType

TERMS = ("He then restated Peru's terms for its diplomat Ole Lask, jailed in Chile since 2020: "
         "the arrest and trial were illegal, {who} said, and Lask must therefore be freed "
         "without conditions.")


def demands(nlp: Language, text: str) -> list[EventMention]:
    return of(article(nlp, text).events, EventType.DEMAND)


def test_a_spokesman_relaying_a_countrys_terms_makes_them_the_countrys(nlp: Language) -> None:
    text = ("Speaking at his weekly news conference on Monday, foreign ministry spokesman Ivan "
            "Dorn said the ruling was welcome. " + TERMS.format(who="Dorn"))
    (demand,) = demands(nlp, text)
    assert demand.by == "Peru"
    assert demand.date is not None and demand.date.value == "2031-05-05"  # the speaker's day


def test_a_head_of_state_keeps_the_terms_he_gives(nlp: Language) -> None:
    lead = "Speaking on Monday, President Ivo Marek said the ruling was welcome. "
    (demand,) = demands(nlp, lead + TERMS.format(who="Marek"))
    assert demand.by == "Marek"


def test_terms_rejected_are_not_relayed(nlp: Language) -> None:
    text = ("Speaking at his weekly news conference on Monday, foreign ministry spokesman Ivan "
            "Dorn said the ruling was welcome. He then rejected Peru's terms for its diplomat "
            "Ole Lask, jailed in Chile since 2020: the arrest was legal, Dorn said, and Chile "
            "demanded that Lask be freed without conditions.")
    (demand,) = demands(nlp, text)
    assert demand.by == "Chile"
