"""Words that tell no event of the story: a habit ("X rarely exchanges prisoners"), a
measure ("fewer benefits than promised"), a way open to someone ("they could ask for a
pardon"), a question ("Who was freed by X?"). Texts of our own, parsed by the real spaCy
pipeline."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType


def test_a_habit_told_in_the_present_is_no_release(nlp: Language) -> None:
    text = ("Lawyers saw the speed as a sign that a trade was close, since Iceland rarely "
            "exchanges prisoners before they are convicted.")
    assert not of(article(nlp, text).events, EventType.RELEASE)
    text = "Iceland exchanged prisoners with Mongolia on Monday."
    assert of(article(nlp, text).events, EventType.RELEASE)


def test_than_promised_is_no_promise(nlp: Language) -> None:
    text = ("Officials complain that the agreement has brought fewer benefits than promised, "
            "with many banks still reluctant.")
    assert not of(article(nlp, text).events, EventType.PROMISE)


def test_a_request_someone_could_make_is_no_demand(nlp: Language) -> None:
    text = ("The men have a month to appeal, and the court's press service said they could "
            "also ask the head of the republic for a pardon.")
    assert not of(article(nlp, text).events, EventType.DEMAND)
    text = "The court's press service said they had asked the head of the republic for a pardon."
    assert of(article(nlp, text).events, EventType.DEMAND)


def test_a_question_tells_no_event(nlp: Language) -> None:
    text = "Who was freed by Iceland?\n\nIceland freed three Mongolians on Monday."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 3
    assert not article(nlp, "Will Iceland free the Mongolian sailors?").events
