"""A state body told with no state ("the authorities", "the government") in an article
datelined in one is that state's; the dateline's state is its capital's or the one named
after its comma (real spaCy, invented texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.extract.governing import dateline_country
from dealwatch.model import EventMention, EventType


def releases(nlp: Language, text: str) -> list[EventMention]:
    return list(of(article(nlp, text).events, EventType.RELEASE))


def test_the_state_of_a_dateline(nlp: Language) -> None:
    assert dateline_country(nlp("Rebels free a general\n\nBy Ann Berg\n\nOLMAR, Chile - "
                                "Rebels freed a general on Friday.")) == "Chile"
    assert dateline_country(nlp("LIMA (Wire) -- Two men were freed on Friday.")) == "Peru"
    assert dateline_country(nlp("Two men were freed on Friday in Lima.")) is None


def test_authorities_with_no_state_are_those_of_the_dateline(nlp: Language) -> None:
    (freed,) = releases(nlp, "SANTIAGO - The rebels want land reform and an amnesty.\n\n"
                             "Early in May the authorities freed 26 detained farmers from "
                             "the jail at Olmar.")
    assert freed.by == "Chile" and freed.count == 26
    (freed,) = releases(nlp, "OLMAR, Chile - Rebels and the army agreed on Thursday to open "
                             "talks.\n\nLate on Friday, state authorities freed 38 of the 70 "
                             "people held in the town's prison since the uprising.")
    assert freed.by == "Chile"


def test_a_government_of_another_place_told_is_not_the_datelines(nlp: Language) -> None:
    (freed,) = releases(nlp, "SANTIAGO - Tom Dahl flew home on Sunday from the land of his "
                             "birth, where the government freed him on Friday.")
    assert freed.persons == ("Tom Dahl",) and freed.by != "Chile"


def test_a_court_named_on_its_own_acts_for_the_datelines_state(nlp: Language) -> None:
    (freed,) = releases(nlp, "LIMA - On Monday the Olmar Magistrate's Court released a first "
                             "batch of 31 prisoners.")
    assert freed.by == "Peru"
