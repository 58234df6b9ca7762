"""Acts a sentence names without telling them done: an allegation, a habit, a topic raised,
acts counted over years, an idiom; and dates that name something else."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import sentence_events

from dealwatch.model import EventType


def _types(nlp: Language, text: str) -> list[EventType]:
    return [e.type for e in sentence_events(nlp, text)]


@pytest.mark.parametrize(("text", "etype"), [
    ("Tom Dahl called the claims that he had met rebel leaders in Quito untrue.",
     EventType.MEETING),
    ("Tom Dahl was accused of meeting foreign agents in Lima.", EventType.MEETING),
    ("Eva Holm said in an interview that she phoned the minister routinely.", EventType.CALL),
    ("The mediator encouraged both delegations to keep meeting so that the rest could be "
     "freed.", EventType.MEETING),
    ("Kai Strand also raised the return of other Chilean nationals held in Peru, his office "
     "said.", EventType.RELEASE),
    ("The fighting had produced only a handful of prisoner releases in four years.",
     EventType.RELEASE),
    ("Since his release in the spring Tom Dahl has been in demand as a lecturer.",
     EventType.DEMAND),
    ("Her lawyer asked the court to release his client until the appeal.", EventType.DEMAND),
    ("On Monday a court in Quito found Tom Dahl guilty, sentenced him to two years and then "
     "released him, lifting a travel ban.", EventType.SANCTIONS_RELIEF),
    ("Kai Strand has repeatedly promised his followers that no fighter will be left in "
     "Peruvian hands.", EventType.PROMISE),
    ("Eva Holm, Chile's interior minister, met the planes on the tarmac.", EventType.MEETING),
    ("Pupils from the local schools sent hundreds of cards and letters.", EventType.LETTER),
    ("Relatives of the dead also petitioned the court against the release of the prisoners.",
     EventType.RELEASE),
    ("Peru has released, on the most generous count, several hundred political prisoners and "
     "signed ceasefires.", EventType.RELEASE),
    ("Peru has freed dozens of prisoners since May.", EventType.RELEASE),
    ("The letter.", EventType.LETTER),
    ("At a meeting in Quito he set out a list of conditions: the return of the farms, the "
     "lifting of the embargo and an end to the patrols.", EventType.SANCTIONS_RELIEF),
])
def test_an_act_named_but_not_told_done_is_no_event(nlp: Language, text: str,
                                                    etype: EventType) -> None:
    assert etype not in _types(nlp, text)


@pytest.mark.parametrize(("text", "etype"), [
    ("Tom Dahl met rebel leaders in Lima on Friday.", EventType.MEETING),
    ("Kai Strand raised the case of Ann Berg with Peru on Friday.", EventType.DEMAND),
    ("Peru lifted the travel ban on Tom Dahl on Friday.", EventType.SANCTIONS_RELIEF),
    ("In their demand for the release of Ann Berg, the rebels set a deadline.",
     EventType.DEMAND),
    ("Chile asked Peru to release Ann Berg.", EventType.DEMAND),
    ("The note says that the boat entered Chilean waters repeatedly, apologizes for it, and "
     "promises that no Peruvian boat will do so again.", EventType.PROMISE),
    ("At a meeting in Quito he set out a list of conditions: the return of the farms, the "
     "lifting of the embargo and an end to the patrols.", EventType.DEMAND),
    ("Peru released Ann Berg on Monday, against the wishes of the army.", EventType.RELEASE),
    ("Kai Strand said the release followed a series of negotiations between Peru and the "
     "rebels.", EventType.MEETING),
    ("Peru has released five prisoners, officials said on Friday.", EventType.RELEASE),
])
def test_the_same_acts_told_done_are_events(nlp: Language, text: str,
                                            etype: EventType) -> None:
    assert etype in _types(nlp, text)


def test_a_newsletter_to_sign_up_for_is_no_letter(nlp: Language) -> None:
    text = "Peru freed Tom Dahl on Monday.\nShare | Sign up for our weekly letter from the editor"
    assert EventType.LETTER not in _types(nlp, text)
    assert EventType.LETTER in _types(nlp, "Tom Dahl sent a letter to Ann Berg on Monday.")


@pytest.mark.parametrize("text", [
    "Ann Berg, the most famous figure of the 1998 generation, walked out of the jail at Vark.",
    "The Quito summit on June 2, the first meeting of the two leaders since 2021, was hosted "
    "by Peru.",
])
def test_a_year_naming_something_else_or_a_stretch_dates_nothing(nlp: Language,
                                                                 text: str) -> None:
    events = sentence_events(nlp, text)
    assert events and all(e.date is None or e.date.text == "June 2" for e in events)


def test_a_year_of_the_act_itself_still_dates_it(nlp: Language) -> None:
    [event] = sentence_events(nlp, "Peru freed Ann Berg in the 2019 exchange.")
    assert event.date is not None and event.date.value == "2019"


def test_a_leader_receiving_the_freed_and_their_families_is_a_meeting(nlp: Language) -> None:
    text = "President Kai Strand received the freed sailors and their families at the palace."
    assert EventType.MEETING in _types(nlp, text)
    assert EventType.MEETING not in _types(
        nlp, "President Kai Strand received the freed sailors at the airport.")



def test_an_act_told_as_a_condition_of_the_exchange_is_a_demand(nlp: Language) -> None:
    assert EventType.DEMAND in _types(
        nlp, "Ann Berg said freeing the prisoners had been a condition of the exchange.")
    assert _types(nlp, "Bringing Chileans home remained a priority.") == []


def test_an_act_made_ones_first_priorities_is_a_demand_not_done(nlp: Language) -> None:
    text = ("Kai Strand has made the return of the fishermen and a lasting truce his first "
            "priorities.")
    assert _types(nlp, text) == [EventType.DEMAND]


def test_a_month_inside_the_act_promised_is_when_it_is_due(nlp: Language) -> None:
    [due] = sentence_events(nlp, "Both delegations also undertook to return to the talks in "
                                 "May to work on more releases.")
    assert due.type == EventType.PROMISE and due.date is None
    [said] = sentence_events(nlp, "Peru promised in May to free 30 prisoners.")
    assert said.date is not None and said.date.text == "May"
    [deal] = [e for e in sentence_events(
        nlp, "All 40 of the prisoners Peru agreed to let go under last month's deal are now "
             "out, officials said.") if e.type == EventType.PROMISE]
    assert deal.date is not None and deal.date.text == "last month"


@pytest.mark.parametrize("text", [
    "On Friday the rebels drove the hostages to Lima and let them go.",
    "The 20 hostages were let go at the hotels in Lima on Friday.",
])
def test_let_go_after_another_past_act_or_in_the_passive_is_a_release(nlp: Language,
                                                                      text: str) -> None:
    assert EventType.RELEASE in _types(nlp, text)
    assert EventType.RELEASE not in _types(nlp, "Let them go, he told the rebels.")
