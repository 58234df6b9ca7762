"""A body named whole though its name has "and" in it, "the group" told right after it, the
passive "were set free", and two releases one sentence tells with their own numbers."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of, sentence_events

from dealwatch.model import EventType
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve

TWO_ACTS = ("Four jailed members of the Sun and Moon Liberation Front were set free in Lima on "
            "May 3; that evening the group released Ann Berg, a teacher it had seized in April.")


def test_a_bodys_name_with_and_in_it_is_one_name_and_the_group_is_it(nlp: Language) -> None:
    [freed] = [e for e in of(sentence_events(nlp, TWO_ACTS), EventType.RELEASE) if e.persons]
    assert freed.by == "Sun and Moon Liberation Front"
    assert freed.persons == ("Ann Berg",)


def test_the_group_with_no_body_named_before_is_no_one(nlp: Language) -> None:
    text = ("Four prisoners were let go in Lima on May 3; that evening the group released Ann "
            "Berg.")
    [freed] = [e for e in of(sentence_events(nlp, text), EventType.RELEASE) if e.persons]
    assert freed.by is None


def test_a_group_of_people_is_not_a_body_named_before(nlp: Language) -> None:
    text = ("Peru freed Ann Berg, a member of the Vark Front, on Friday; a group of relatives "
            "met her.")
    assert all(e.by != "Vark Front" for e in of(sentence_events(nlp, text), EventType.RELEASE))


def test_were_set_free_and_set_them_free_are_releases(nlp: Language) -> None:
    for text in ("Five fighters were set free in Quito on May 3.",
                 "Peru set five fighters free on May 3."):
        [freed] = of(sentence_events(nlp, text), EventType.RELEASE)
        assert freed.count == 5


def test_two_releases_of_one_sentence_with_their_own_numbers_stay_two(nlp: Language) -> None:
    ex = article(nlp, TWO_ACTS)
    events = merge_events([ex], resolve([ex]))
    releases = sorted((e.count, e.by) for e in events if e.type == EventType.RELEASE)
    assert releases == [(1, "Sun and Moon Liberation Front"), (4, None)]


_COMMITTEE = "The Vorta Strike Committee, which leads the walkout at the yard, met envoys on May 9."


def test_a_body_told_again_by_the_last_word_of_its_name_is_it(nlp: Language) -> None:
    text = _COMMITTEE + "\n\nSaturday's talks were given over to the committee's 17 demands."
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Vorta Strike Committee"


def test_the_demands_a_body_drew_up_are_its_own(nlp: Language) -> None:
    text = _COMMITTEE + ("\n\nThe accord answers, one by one, each of the 17 demands that "
                         "the committee put forward in its first week.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Vorta Strike Committee"
    (other,) = of(article(nlp, "The demands that angered Peru were read out on Friday.").events,
                  EventType.DEMAND)
    assert other.by is None
