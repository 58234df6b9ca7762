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
    ("He described the claims that he had met rebel leaders as untrue.", EventType.MEETING),
    ("Tom Dahl was accused of meeting foreign agents in Lima.", EventType.MEETING),
    ("Eva Holm told a radio station that she phoned the general routinely.", EventType.CALL),
    ("He encouraged the two sides to keep meeting so that those still held could follow.",
     EventType.MEETING),
    ("Kai Strand also raised the return of other Chilean citizens held in Peru, the "
     "statement said.", EventType.RELEASE),
    ("The war had produced only a handful of prisoner releases in three years.",
     EventType.RELEASE),
    ("Since his return to Chile in the autumn Tom Dahl has been in demand as a speaker.",
     EventType.DEMAND),
    ("Her lawyer asked the court to release his client pending the verdict.",
     EventType.DEMAND),
    ("On Friday a court in Lima found Tom Dahl guilty and released him, lifting a travel ban.",
     EventType.SANCTIONS_RELIEF),
    ("Tom Dahl has repeatedly promised his supporters that no prisoner will be left behind.",
     EventType.PROMISE),
    ("The foreign minister, Kai Strand, met the planes on the tarmac.", EventType.MEETING),
    ("Schoolchildren sent hundreds of cards and letters to the hostages.", EventType.LETTER),
    ("Bereaved families petitioned the court against the release.", EventType.RELEASE),
    ("The letter.", EventType.LETTER),
    ("At a summit Kai Strand set out a list of conditions: the return of the land, the "
     "lifting of the embargo and the removal of Peru from the list.",
     EventType.SANCTIONS_RELIEF),
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
    ("It says that the ship intruded repeatedly into Peruvian waters, apologizes for those "
     "acts, and promises that no ship will do so again.", EventType.PROMISE),
    ("At a summit Kai Strand set out a list of conditions: the return of the land, the "
     "lifting of the embargo and the removal of Peru from the list.", EventType.DEMAND),
    ("Peru released Ann Berg on Monday, against the wishes of the army.", EventType.RELEASE),
    ("Kai Strand said the release came after a series of negotiations between Peru and the "
     "Vark Front.", EventType.MEETING),
])
def test_the_same_acts_told_done_are_events(nlp: Language, text: str,
                                            etype: EventType) -> None:
    assert etype in _types(nlp, text)


def test_a_newsletter_to_sign_up_for_is_no_letter(nlp: Language) -> None:
    text = "Peru freed Tom Dahl on Monday.\nShare this story | Sign up for our weekly letter"
    assert EventType.LETTER not in _types(nlp, text)
    assert EventType.LETTER in _types(nlp, "Tom Dahl sent a letter to Ann Berg on Monday.")


@pytest.mark.parametrize("text", [
    "Ann Berg, the best-known figure of the 1998 generation, walked out of the prison at Vark.",
    "The summit in Lima was the first meeting of the two presidents since 2016.",
])
def test_a_year_naming_something_else_or_a_stretch_dates_nothing(nlp: Language,
                                                                 text: str) -> None:
    events = sentence_events(nlp, text)
    assert events and all(e.date is None for e in events)


def test_a_year_of_the_act_itself_still_dates_it(nlp: Language) -> None:
    [event] = sentence_events(nlp, "Peru freed Ann Berg in the 2019 exchange.")
    assert event.date is not None and event.date.value == "2019"


def test_a_leader_receiving_the_freed_and_their_families_is_a_meeting(nlp: Language) -> None:
    text = "President Kai Strand received the freed students and their parents at the palace."
    assert EventType.MEETING in _types(nlp, text)
    assert EventType.MEETING not in _types(
        nlp, "President Kai Strand received the freed students at the airport.")



def test_an_act_told_as_a_condition_of_the_exchange_is_a_demand(nlp: Language) -> None:
    assert EventType.DEMAND in _types(
        nlp, "Ann Berg said freeing the prisoners had been a condition of the exchange.")
    assert _types(nlp, "Bringing Chileans home remained a priority.") == []
