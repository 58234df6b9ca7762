"""A release told "In return," takes the day of the release told before it (real spaCy,
invented articles)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.document.in_return import _answers
from dealwatch.model import EventType

LEAD = ("OSLO — Two Danish citizens held in Peru landed in Oslo on Saturday evening after "
        "Norway freed a former Peruvian prison official who had been serving a life sentence "
        "for his role in a massacre in 1998.\n\n"
        "Prime Minister Olaf Brenner said the two were on their way home. One of them had "
        "been detained at the Lima airport in April 2029 and charged with spying.\n\n")


def _dorn(nlp: Language, text: str):  # type: ignore[no-untyped-def]
    released = of(article(nlp, text).events, EventType.RELEASE)
    (dorn,) = [m for m in released if "Ivan Dorn" in m.persons]
    return dorn


def test_a_release_told_in_return_takes_the_day_of_the_release_before(nlp: Language) -> None:
    dorn = _dorn(nlp, LEAD + "In return, Norway released Ivan Dorn, who was arrested in "
                             "Bergen in 2029 and sentenced to life in prison in July 2030.")
    assert dorn.date is not None and dorn.date.calendar == "2031-05-10"
    assert any("landed in Oslo" in e.quote for e in dorn.context)


def test_in_return_for_someone_is_no_pointer_back(nlp: Language) -> None:
    (opens,) = nlp("In return, Norway released Ivan Dorn.").sents
    (names,) = nlp("In return for a pledge, Norway released Ivan Dorn.").sents
    assert _answers(opens) and not _answers(names)


def test_a_release_told_in_return_keeps_its_own_day(nlp: Language) -> None:
    dorn = _dorn(nlp, LEAD + "In return, Norway released Ivan Dorn on Thursday.")
    assert dorn.date is not None and dorn.date.calendar == "2031-05-08"
