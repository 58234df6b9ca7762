"""Rounds of a swap told of "each side", later batches told with the verb left out ("and on
5 May another 20"), a term agreed told as a pseudo-cleft, a running total told in the
pluperfect, a release someone is thanked for, a bare handover, a return to duty, a release in
prospect and a place named after a meeting (real spaCy, invented texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, day, of, sentence_events

from dealwatch.model import EventType


def test_each_side_frees_the_number_for_the_two_sides_named_before(nlp: Language) -> None:
    text = ("Chile and Peru began their prisoner exchange on Friday at the border. "
            "On 17 May each side freed 215 servicemen.")
    released = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.count == 215]
    assert sorted(m.by or "" for m in released) == ["Chile", "Peru"]
    assert {day(m) for m in released} == {"2030-05-17"}


def test_either_side_handing_over_is_a_release_of_each(nlp: Language) -> None:
    text = ("Chile and Peru completed the swap on Sunday. Either side handed over 95 men, "
            "the ministry said.")
    released = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.count == 95]
    assert sorted(m.by or "" for m in released) == ["Chile", "Peru"]


def test_a_day_and_month_before_each_side_is_no_modal(nlp: Language) -> None:
    """ "On 17 May each side freed ...": read without a comma after the day, the parser took
    "May" for the verb's modal, and the release for a promise."""
    (release,) = of(sentence_events(nlp, "On 17 May each side freed 215 servicemen."),
                    EventType.RELEASE)
    assert release.count == 215 and day(release) == "2030-05-17"


def test_another_number_on_another_day_is_one_more_release(nlp: Language) -> None:
    released = of(article(nlp, "Chile freed 30 prisoners on 4 May, and on 5 May another 20."
                          ).events, EventType.RELEASE)
    assert sorted((day(m), m.count, m.by) for m in released) == [
        ("2031-05-04", 30, "Chile"), ("2031-05-05", 20, "Chile")]


def test_another_group_on_the_same_day_is_no_second_release(nlp: Language) -> None:
    released = of(article(nlp, "Chile freed 30 Peruvians and another 20 Bolivians on Monday."
                          ).events, EventType.RELEASE)
    assert len(released) == 1


def test_what_two_sides_agreed_is_a_promise_not_a_release(nlp: Language) -> None:
    for text in ("What the two sides did agree was an exchange of 600 prisoners.",
                 "The one thing Chile and Peru agreed was a swap of 600 prisoners."):
        events = sentence_events(nlp, text)
        assert not of(events, EventType.RELEASE), text
        assert [m.count for m in of(events, EventType.PROMISE)] == [600], text


def test_a_number_freed_since_a_past_day_in_the_pluperfect_is_a_total(nlp: Language) -> None:
    text = ("Chile freed 30 prisoners on Monday. Before Monday, 2,410 Chileans had been "
            "freed from Peruvian prisons since March 2019, the ministry said.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    assert [m.count for m in released] == [30]


def test_a_release_someone_is_thanked_for_takes_not_the_day_of_the_thanks(
        nlp: Language) -> None:
    for text in ("On Tuesday the prime minister thanked the sultan for freeing Ivan Dorn.",
                 "On Tuesday the prime minister praised the sultan for his government's part "
                 "in freeing Ivan Dorn."):
        (release,) = of(article(nlp, text).events, EventType.RELEASE)
        assert release.persons == ("Ivan Dorn",) and release.date is None, text


def test_a_release_thanked_for_keeps_its_own_day(nlp: Language) -> None:
    (release,) = of(article(nlp, "The minister thanked the sultan for freeing Ivan Dorn on "
                            "Wednesday.").events, EventType.RELEASE)
    assert day(release) == "2031-05-07"



def test_each_side_of_an_article_that_names_two_states_apart(nlp: Language) -> None:
    text = ("Chile said on Thursday the exchange would start at the border. Peru's foreign "
            "ministry confirmed the plan. On 17 May each side freed 40 soldiers.")
    released = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.count == 40]
    assert sorted(m.by or "" for m in released) == ["Chile", "Peru"]


def test_a_bare_handover_in_an_article_of_a_named_release_takes_no_other_holder(
        nlp: Language) -> None:
    """Where the article says others of the trade were held ("a prison in Chile") tells
    nothing of who made "the handover" of the person the article is about."""
    text = ("Ivan Dorn, a Norwegian soldier, was handed over to Norwegian troops on Saturday. "
            "In return five rebel commanders who had been held at a prison in Chile were "
            "flown to Peru. The handover took place near the border, officials said.")
    (bare,) = [m for m in of(article(nlp, text).events, EventType.RELEASE)
               if "handover took place" in m.evidence.quote]
    assert bare.by is None


def test_returning_to_duty_is_no_release(nlp: Language) -> None:
    for text in ("In mid-July the sergeant was returned to regular duty at a desk job.",
                 "Ivan Dorn returned to work on Monday.",
                 "The court put off its verdict on Thursday, sending Ivan Dorn and seven "
                 "co-defendants back to prison."):
        assert not of(article(nlp, text).events, EventType.RELEASE), text


def test_a_release_told_as_possible_or_imminent_is_no_release(nlp: Language) -> None:
    for text in ("The family had known since Sunday morning that a release was possible.",
                 "Officials said on Monday that the release of Ivan Dorn was imminent.",
                 "A swap of the two pilots now looks likely, diplomats said."):
        assert not of(article(nlp, text).events, EventType.RELEASE), text


def test_a_place_named_after_a_meeting_is_no_meeting(nlp: Language) -> None:
    for text in ("Fighters escorted him to the meeting point on Monday.",
                 "The two delegations arrived at the meeting place in Geneva on Monday."):
        assert not of(article(nlp, text).events, EventType.MEETING), text
