"""Demands, offers and talks worded the ways news words them (real spaCy, invented sentences;
session 24): "insisted that the 19 be freed" asks, it tells no release; "offered on Friday to
free 30" offers; "X's condition was the lifting of sanctions" is X's demand, no relief; "the
envoy A urged ..." is A's; "held two hours of talks with B" is a meeting A held."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType


def _events(nlp: Language, text: str) -> list[EventType]:
    return [m.type for m in article(nlp, f"LIMA -- {text}").events]


@pytest.mark.parametrize("text", [
    "Peru insisted on Friday that all 19 sailors be freed before any talks.",
    "Peru insisted on Friday that Chile free all 19 sailors.",
])
def test_insisting_that_people_be_freed_is_a_demand(nlp: Language, text: str) -> None:
    assert _events(nlp, text) == [EventType.DEMAND]


def test_insisting_on_a_fact_is_no_demand(nlp: Language) -> None:
    assert EventType.DEMAND not in _events(nlp, "Peru insisted that it had not given up.")


def test_an_offer_with_its_day_before_the_infinitive(nlp: Language) -> None:
    (offer,) = of(article(nlp, "LIMA -- Chile offered on Friday to free 30 prisoners.").events,
                  EventType.PROMISE)
    assert (offer.by, offer.count) == ("Chile", 30)


def test_a_side_s_condition_is_its_demand_not_the_act(nlp: Language) -> None:
    text = "Chile's condition for the deal was the lifting of sanctions on its airline."
    assert _events(nlp, text) == [EventType.DEMAND]
    (demand,) = of(article(nlp, f"LIMA -- {text}").events, EventType.DEMAND)
    assert demand.by == "Chile"


def test_the_person_a_role_is_told_with_acts(nlp: Language) -> None:
    text = "LIMA -- The envoy Ola Nord urged Chile on Friday to release Ann Berg."
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Ola Nord"


def test_hours_of_talks_are_held_by_the_subject(nlp: Language) -> None:
    text = ("LIMA -- Ola Nord, the Peruvian envoy, held two hours of talks with Tom Dahl on "
            "Thursday.")
    (meeting,) = of(article(nlp, text).events, EventType.MEETING)
    assert meeting.by == "Ola Nord"


def test_writing_to_someone_is_a_letter(nlp: Language) -> None:
    text = "LIMA -- Tom Dahl wrote to Kai Strand last week asking for a pardon."
    (letter,) = of(article(nlp, text).events, EventType.LETTER)
    assert letter.by == "Tom Dahl"
    # writing on social media is no letter
    assert not of(article(nlp, "LIMA -- Tom Dahl wrote on social media that he was free.")
                  .events, EventType.LETTER)


def test_a_letter_that_came_from_someone_is_theirs(nlp: Language) -> None:
    text = "Shortly before noon on Friday a third letter arrived from Peru, naming its envoys."
    (letter,) = of(article(nlp, text).events, EventType.LETTER)
    assert letter.by == "Peru"


@pytest.mark.parametrize("text", [
    "Chile wants Peru to free Kai Strand.",
    "Chile wants Peru to drop the charges against Kai Strand.",
    "Chile pushed for Kai Strand's release.",
    "Chile is lobbying for Kai Strand to be freed.",
    "Chile has long pushed for the lifting of sanctions on its banks.",
])
def test_wanting_another_side_to_free_or_ease_is_a_demand(nlp: Language, text: str) -> None:
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Chile"


@pytest.mark.parametrize("text", [
    "Chile wants to free Kai Strand soon.",  # its own wish to act
    "Veterans who had campaigned for his removal said they would keep up their protest.",
    "Chile pushed for a ceasefire in the north.",
])
def test_wishes_and_campaigns_for_other_things_are_no_demand(nlp: Language,
                                                             text: str) -> None:
    assert not of(article(nlp, text).events, EventType.DEMAND)


@pytest.mark.parametrize("text", [
    "Chile pledged to extend the easing of sanctions beyond 2030.",
    "Chile agreed to suspend sanctions on Peruvian banks until March.",
])
def test_how_long_a_promised_act_lasts_is_not_the_promise_s_day(nlp: Language,
                                                                 text: str) -> None:
    (promise,) = of(article(nlp, text).events, EventType.PROMISE)
    assert promise.by == "Chile" and promise.date is None


def test_the_first_talks_since_a_year_do_not_date_the_agreement(nlp: Language) -> None:
    text = "Chile and Peru agree prisoner swap in first direct talks since 2022"
    (promise,) = of(article(nlp, text).events, EventType.PROMISE)
    assert promise.date is None


def test_a_timeline_entry_dates_a_demand_told_in_it(nlp: Language) -> None:
    text = ("How the crisis unfolded.\n\nJuly 19. Gunmen stop a bus and take 23 volunteers. "
            "The rebels soon demand that Chile pull out its troops.\n")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.date is not None and demand.date.value == "2030-07-19"


def test_a_demand_given_up_is_no_demand(nlp: Language) -> None:
    text = ("The rebels agreed on Tuesday to free all 19 remaining captives and to drop the "
            "demand for a prisoner swap.")
    assert not of(article(nlp, text).events, EventType.DEMAND)


def test_a_pledge_after_a_reported_future_is_the_reporter_s(nlp: Language) -> None:
    text = ("Chile reaffirmed on Monday that its troops will leave by the end of the year "
            "and pledged to stop missionary work in Peru.")
    (promise,) = of(article(nlp, text).events, EventType.PROMISE)
    assert promise.by == "Chile"


def test_wanting_people_back_with_the_particle_parsed_as_a_clause(nlp: Language) -> None:
    text = "Peru wants its three citizens back. They are Ann Berg, Tom Dahl and Kai Strand."
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Peru" and demand.count == 3
    standing = "Peru has repeatedly said it wants him back."  # a standing wish
    assert not of(article(nlp, standing).events, EventType.DEMAND)


def test_a_condition_told_as_a_that_clause_is_a_demand(nlp: Language) -> None:
    text = "Peru's condition was that Ann Berg be freed first."
    assert _events(nlp, text) == [EventType.DEMAND]
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Peru" and demand.persons == ("Ann Berg",)


@pytest.mark.parametrize("text", [
    "The agreement calls for Chile to free 30 prisoners over three days.",
    "The deal requires Chile to free 30 prisoners.",
])
def test_what_a_deal_binds_a_side_to_is_its_undertaking(nlp: Language, text: str) -> None:
    assert _events(nlp, text) == [EventType.PROMISE]  # no one's demand
    (promise,) = of(article(nlp, text).events, EventType.PROMISE)
    assert promise.by == "Chile" and promise.count == 30


def test_a_condition_that_has_become_a_release_is_a_demand(nlp: Language) -> None:
    text = ("Their main condition has since become the release of rebel fighters held by the "
            "Peruvian authorities.")
    assert _events(nlp, text) == [EventType.DEMAND]


def test_calls_for_a_release_are_a_demand_and_its_are_the_subject_s(nlp: Language) -> None:
    text = "Peru renewed its calls for the release of Ann Berg on Monday."
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Peru" and demand.persons == ("Ann Berg",)
    assert not of(article(nlp, text).events, EventType.RELEASE)


@pytest.mark.parametrize("text", [
    "The court rejected the prosecutors' call for life imprisonment.",
    "The ministry stressed its consistent call for diplomacy and dialogue.",
])
def test_calls_for_other_things_are_no_demand(nlp: Language, text: str) -> None:
    assert not of(article(nlp, text).events, EventType.DEMAND)


def test_a_word_given_that_people_will_be_freed_is_a_promise(nlp: Language) -> None:
    (word,) = of(article(nlp, "Ann Berg gave her word on Friday that the four teachers held "
                              "in Olmar would be released.").events, EventType.PROMISE)
    assert word.by == "Ann Berg" and word.count == 4
    assert not of(article(nlp, "Ann Berg gave word of the pardon to the families on Friday.")
                  .events, EventType.PROMISE)


def test_those_a_list_names_can_be_promised_freedom(nlp: Language) -> None:
    text = ("The strikers handed over a list of names. At the signing Ann Berg told the "
            "delegates that everyone named on it would be freed within days.")
    (word,) = of(article(nlp, text).events, EventType.PROMISE)
    assert word.by == "Ann Berg"


def test_commitments_from_a_side_are_its_word(nlp: Language) -> None:
    text = "The talks closed on Friday with a paper of 19 commitments from Peru."
    (word,) = of(article(nlp, text).events, EventType.PROMISE)
    assert word.by == "Peru"
    assert not of(article(nlp, "Chilean envoys are still seeking written assurances from Peru "
                               "about the miners.").events, EventType.PROMISE)


def test_agreeing_to_give_more_time_is_a_promise(nlp: Language) -> None:
    (word,) = of(article(nlp, "Peru agreed on Friday to give the families two more weeks.")
                 .events, EventType.PROMISE)
    assert word.by == "Peru"


def test_a_letter_in_someones_name_is_theirs(nlp: Language) -> None:
    (letter,) = of(article(nlp, "On Friday afternoon the rebels wrote to the mediators, with "
                                "a letter signed in the name of Tom Dahl.").events,
                   EventType.LETTER)
    assert letter.by == "Tom Dahl"


def test_each_act_agreed_to_makes_the_promise(nlp: Language) -> None:
    (word,) = of(article(nlp, "Tom Dahl owns the mine. On Monday he agreed to take back the "
                              "sacked drillers and to raise their pay.").events,
                 EventType.PROMISE)
    assert word.by == "Tom Dahl" and word.what is not None and "raise" in word.what
