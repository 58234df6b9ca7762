"""A term of "the arrangement" in an article that is the news of the deal was agreed on the
day its lead tells, though other days come between."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import article, of, told_in

from dealwatch.model import EventType

LEAD = ("LIMA - President Ann Berg said on Saturday that Chile would restore full relations "
        "with Peru after half a century.\n\n"
        "The two presidents spoke by telephone on Friday for more than an hour.\n\n"
        "The deal was the product of talks that began in June 2029.\n\n")


def test_a_term_of_the_arrangement_takes_the_day_of_the_news(nlp: Language) -> None:
    text = LEAD + "Under the arrangement, Peru has agreed to release 40 political prisoners."
    term = told_in(nlp, text, EventType.PROMISE, "Under the arrangement")
    assert term.date is not None and term.date.value == "2031-05-10"


def test_a_promise_of_no_arrangement_keeps_to_its_paragraph(nlp: Language) -> None:
    text = LEAD + "Peru has long said it would release 40 political prisoners."
    said = told_in(nlp, text, EventType.PROMISE, "long said")
    assert said.date is None


def test_a_day_after_which_someone_spoke_is_not_the_day_they_spoke(nlp: Language) -> None:
    text = ("Weeks after the landing of April 17, Ann Berg said on May 1 that Peru would free "
            "the prisoners in return for 500 bulldozers.")
    said = told_in(nlp, text, EventType.PROMISE, "bulldozers")
    assert said.date is not None and said.date.value == "2031-05-01"


def test_a_term_of_the_arrangement_takes_the_day_the_lead_tells_it_was_made(
        nlp: Language) -> None:
    # the lead tells the agreement itself (no one said it), and measures it against a season
    text = ("Chile and Peru settle on a prisoner exchange\n\n"
            "Chilean and Peruvian envoys closed a week of talks in Quito on Wednesday with an "
            "agreement to free 90 prisoners, the biggest exchange since the spring of 2029.\n\n"
            "The Red Cross chaired the sessions. Under the arrangement Peru is to hand over 30 "
            "people, and the government side is to free 60 people held in its jails.")
    terms = [m for m in of(article(nlp, text).events, EventType.PROMISE)
             if "Under the arrangement" in m.evidence.quote]
    assert len(terms) == 2
    assert all(m.date is not None and m.date.value == "2031-05-07" for m in terms)


SUMMIT = "The summit took place on September 17, 2029. "
EASING = ("Peru begins easing Chile sanctions after vote\n\n"
          "The Peruvian cabinet said on Wednesday that ")


@pytest.mark.parametrize(("dated", "undated", "etype", "value"), [
    # a declaration signed takes the day its paragraph tells, as an act done that day
    (SUMMIT + "In a villa outside Lima the two leaders talked for hours. Afterwards Tom Dahl "
     "and Kai Strand signed a declaration that promised open borders and more trade.",
     SUMMIT + "Kai Strand has long said that Peru would free the jailed Chileans.",
     EventType.PROMISE, "2029-09-17"),
    # a headline's sanctions take the day of the lead that names them
    (EASING + "it would start relaxing some of the sanctions it keeps on Chile, citing the "
     "fair conduct of the election.",
     EASING + "the election had been fair and that the count was over.",
     EventType.SANCTIONS_RELIEF, "2031-05-07"),
])
def test_a_day_told_beside_the_act(nlp: Language, dated: str, undated: str, etype: EventType,
                                   value: str) -> None:
    found = [m for m in article(nlp, dated).events if m.type == etype]
    assert any(m.date is not None and m.date.value == value for m in found)
    assert all(m.date is None for m in article(nlp, undated).events if m.type == etype)
