"""A sentence opening on "after that ..." takes the date of the sentence before, on invented
articles (real spaCy)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventMention, EventType

VERDICT = ("In January the judiciary of Norland announced a heavier total: 40 years in prison "
           "for espionage.")
DEMAND = ("After that verdict the foreign minister of Sudland summoned the ambassador and "
          "demanded Ivan Dorn's release.")


def demands(nlp: Language, text: str) -> list[EventMention]:
    return of(article(nlp, text).events, EventType.DEMAND)


def test_after_that_verdict_takes_the_month_of_the_sentence_before(nlp: Language) -> None:
    (demand,) = demands(nlp, f"{VERDICT} {DEMAND}")
    assert demand.date is not None and demand.date.value == "2031-01"
    assert any("In January the judiciary" in e.quote for e in demand.context)


def test_a_new_paragraph_does_not_point_back(nlp: Language) -> None:
    (demand,) = demands(nlp, f"{VERDICT}\n\n{DEMAND}")
    assert demand.date is None


def test_a_sentence_before_with_two_dates_gives_none(nlp: Language) -> None:
    text = ("His family said in December that he had been sentenced; in January the judiciary "
            f"announced a heavier total. {DEMAND}")
    (demand,) = demands(nlp, text)
    assert demand.date is None


def test_after_the_verdict_without_a_pointer_is_not_read_so(nlp: Language) -> None:
    text = f"{VERDICT} Later the foreign minister of Sudland demanded Ivan Dorn's release."
    (demand,) = demands(nlp, text)
    assert demand.date is None


OFFER = ("According to people familiar with it, Norland is prepared to free Ivan Dorn in return "
         "for Ole Lask.")


def promises(nlp: Language, text: str) -> list[EventMention]:
    return of(article(nlp, text).events, EventType.PROMISE)


def test_the_offer_the_next_sentence_dates_is_the_promise(nlp: Language) -> None:
    text = f"{OFFER} A person briefed on the talks said that the offer was conveyed in June."
    (promise,) = promises(nlp, text)
    assert promise.date is not None and promise.date.value == "2030-06"
    assert any("conveyed in June" in e.quote for e in promise.context)


def test_a_date_of_something_else_in_the_next_sentence_is_not_the_offers(
        nlp: Language) -> None:
    text = f"{OFFER} Ivan Dorn was arrested in June at the airport."
    (promise,) = promises(nlp, text)
    assert promise.date is None
