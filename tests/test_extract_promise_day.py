"""A promise is dated by the day it was made, not by the day its act is to happen; a deal's
terms bind both sides (real spaCy, invented sentences; published on Saturday 10 May
2031)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of, sentence_events

from dealwatch.model import EventType


def _promise_day(nlp: Language, text: str) -> str | None:
    (promise,) = of(sentence_events(nlp, text), EventType.PROMISE)
    return promise.date.calendar if promise.date is not None else None


def _day_in_article(nlp: Language, text: str) -> str | None:
    """The day of the one promise an article (its document readings too) tells."""
    (promise,) = of(article(nlp, text).events, EventType.PROMISE)
    return promise.date.value if promise.date is not None else None


def test_said_on_one_day_to_free_people_on_a_later_one_is_dated_by_the_saying(
        nlp: Language) -> None:
    text = "Norland said on Saturday it would release four soldiers on Sunday."
    assert _promise_day(nlp, text) == "2031-05-10"


def test_a_promised_act_after_the_article_gives_the_promise_no_day(nlp: Language) -> None:
    assert _promise_day(nlp, "Norland will release four soldiers on Tuesday, officials "
                             "said.") is None


def test_a_promise_told_with_its_own_day_keeps_it(nlp: Language) -> None:
    assert _promise_day(nlp, "On Wednesday Norland agreed to release four soldiers.") == (
        "2031-05-07")


def test_a_deals_term_in_exchange_for_people_held_by_a_side_is_its_promise_too(
        nlp: Language) -> None:
    for text in ("Under the deal, Peru will free 50 hostages over four days in exchange for "
                 "150 prisoners held by Chile.",
                 "Under the agreement, Peru is to free 33 hostages during the first phase in "
                 "exchange for about 150 prisoners held by Chile."):
        promises = of(sentence_events(nlp, text), EventType.PROMISE)
        assert ("Chile", 150) in {(m.by, m.count) for m in promises}
        assert "Peru" in {m.by for m in promises}


def test_an_offers_price_is_no_promise_of_the_other_side(nlp: Language) -> None:
    text = "Peru offered to free Ivan Dorn in exchange for 150 prisoners held by Chile."
    assert [m.by for m in of(sentence_events(nlp, text), EventType.PROMISE)] == ["Peru"]


def test_a_side_that_will_get_another_to_free_someone_gives_its_own_word(
        nlp: Language) -> None:
    # "X will do everything to get Y to free A": X's undertaking, not Y's
    text = "Chile will do everything it can to get Peru to free Ann Berg, the minister said."
    (promise,) = of(sentence_events(nlp, text), EventType.PROMISE)
    assert promise.by == "Chile" and promise.persons == ("Ann Berg",)


def test_its_agencies_are_the_state_named_before(nlp: Language) -> None:
    text = ("Tom Dahl, a Peruvian officer, was jailed in Chile in May. Peru stood behind its "
            "officer, the minister said, and its agencies would do everything possible to get "
            "Chile to let him go.")
    (promise,) = of(article(nlp, text).events, EventType.PROMISE)
    assert promise.by == "Peru" and promise.persons == ("Tom Dahl",)


def test_the_same_day_opening_a_sentence_dates_its_word(nlp: Language) -> None:
    # "The same day X offered ...": the parse makes the offer a clause of "day", but with no
    # other verb the sentence is the offer, on the day told before
    text = ("A Lima court sentenced Ann Berg to ten years on Tuesday. The same day Chile "
            "offered to hand over two Peruvian soldiers captured in Chile.")
    assert _day_in_article(nlp, text) == "2031-05-06"


def test_where_the_speaker_was_that_day_dates_what_he_said(nlp: Language) -> None:
    text = ("Foreign Minister Tom Dahl, who was in Geneva on Wednesday, said Chile would free "
            "two Peruvian soldiers.")
    assert _day_in_article(nlp, text) == "2031-05-07"
    arrested = text.replace("was in Geneva", "was arrested in Geneva")
    assert _day_in_article(nlp, arrested) != "2031-05-07"


def test_a_day_that_names_another_thing_does_not_date_a_demand(nlp: Language) -> None:
    text = ("Peru freed Tom Dahl on Friday. In a statement issued late Saturday Chile said the "
            "release did not alter its policy, repeated that the May 2 vote was illegitimate, "
            "and called on Peru to free every political prisoner.")
    demands = of(article(nlp, text).events, EventType.DEMAND)
    assert demands and all(d.date is None or d.date.value != "2031-05-02" for d in demands)


def test_the_day_of_an_arrest_told_of_the_people_does_not_date_the_promise(
        nlp: Language) -> None:
    # the parser makes "rounded up" the main verb: its day is the arrests'
    text = ("Norland has agreed to free 40 detainees, every one of them rounded up during "
            "the protests of April 2027, its envoy said on Wednesday.")
    assert _promise_day(nlp, text) != "2027-04"
