"""A release told "also" takes the side (and, undated, the day) of the release told before it
(real spaCy, invented articles)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType

LEAD = ("LIMA (Wire) — Peru on Friday released Ivan Dorn, whose story inspired a film, after "
        "his sentence was commuted by the president.\n\n")


def test_a_person_also_handed_over_was_freed_by_the_side_before(nlp: Language) -> None:
    text = LEAD + "Karl Moen, a pilot held with him, was also handed over."
    released = of(article(nlp, text).events, EventType.RELEASE)
    (moen,) = [m for m in released if "Karl Moen" in m.persons]
    assert moen.by == "Peru"
    assert moen.date is not None and moen.date.calendar == "2031-05-09"


def test_other_people_also_freed_take_the_side_but_stay_apart(nlp: Language) -> None:
    text = LEAD + "Twenty other people convicted alongside him were also freed."
    released = of(article(nlp, text).events, EventType.RELEASE)
    (twenty,) = [m for m in released if m.count == 20]
    assert twenty.by == "Peru" and not twenty.persons


def test_also_after_a_swap_of_two_sides_stays_open(nlp: Language) -> None:
    text = ("Peru released ten Danes on Friday, and Norway freed Ivan Dorn in return.\n\n"
            "Karl Moen, a pilot, was also handed over.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    (moen,) = [m for m in released if "Karl Moen" in m.persons]
    assert moen.by is None


# A statement told "also" goes on telling the occasion of the side's one told before it.
TERMS = ("REYKJAVIK (Wire) — Iceland and Mongolia signed a fisheries accord on Thursday.\n\n"
         "Under the accord, Mongolia agreed to release eleven Icelandic trawlermen held since "
         "spring. ")


def test_a_promise_told_also_was_given_with_the_one_before(nlp: Language) -> None:
    text = TERMS + "It also agreed to drop its claim to the disputed banks.\n"
    promises = of(article(nlp, text).events, EventType.PROMISE)
    (claim,) = [m for m in promises if "claim" in m.evidence.quote]
    assert claim.by == "Mongolia"
    assert claim.date is not None and claim.date.calendar == "2031-05-08"


def test_also_paragraphs_later_takes_the_side_s_day(nlp: Language) -> None:
    text = (TERMS + "\n\nThe trawlermen were seized in April near the northern banks, where "
            "both fleets fish for cod.\n\nOfficials say the talks were hard.\n\n"
            "Mongolia has also agreed to drop its claim to the disputed banks.\n")
    promises = of(article(nlp, text).events, EventType.PROMISE)
    (claim,) = [m for m in promises if "claim" in m.evidence.quote]
    assert claim.date is not None and claim.date.calendar == "2031-05-08"


def test_also_of_a_side_that_gave_nothing_before_takes_no_day(nlp: Language) -> None:
    text = ("REYKJAVIK (Wire) — Mongolia agreed on Thursday to release eleven Icelandic "
            "trawlermen held since spring.\n\n"
            "Iceland also agreed to drop its claim to the disputed banks.\n")
    promises = of(article(nlp, text).events, EventType.PROMISE)
    (claim,) = [m for m in promises if "claim" in m.evidence.quote]
    assert claim.date is None


def test_also_of_no_one_side_takes_no_day(nlp: Language) -> None:
    text = TERMS + "Both delegations also undertook to keep the talks going.\n"
    promises = of(article(nlp, text).events, EventType.PROMISE)
    assert all(m.date is None for m in promises if "going" in m.evidence.quote)
