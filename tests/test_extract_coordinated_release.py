"""Releases told twice in one sentence: by a verb and a second verb the parser hung on a
participle ("released A, held for years, and freed B in exchange for three ..."), or by a verb
and the pardon it was done in; demands told as a condition a side made or a person it wanted
back (real spaCy, invented texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of, sentence_events

from dealwatch.model import EventType

LEAD = ("Cuba on Wednesday released the American contractor Peter Klose, held for five years, "
        "on humanitarian grounds, and freed a US intelligence agent in exchange for three "
        "Cuban spies jailed in Florida.")


def test_the_second_verb_acts_for_the_first_verbs_subject(nlp: Language) -> None:
    released = of(article(nlp, LEAD).events, EventType.RELEASE)
    (klose,) = [m for m in released if "Peter Klose" in m.persons]
    (agent,) = [m for m in released if m.cue == "freed"]
    assert klose.by == "Cuba" and agent.by == "Cuba"


def test_the_traded_for_group_is_not_counted_in_the_first_release(nlp: Language) -> None:
    released = of(sentence_events(nlp, LEAD), EventType.RELEASE)
    (klose,) = [m for m in released if "Peter Klose" in m.persons]
    assert klose.count == 1


def test_a_later_list_of_the_traded_for_group_is_not_the_first_sides(nlp: Language) -> None:
    text = (LEAD + "\n\nThe three Cubans, Pablo Reyes, Tomas Vidal and Hugo Lagos, were "
            "convicted in 2001. They landed in Havana on Wednesday afternoon.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    cuba = [m for m in released if m.by == "Cuba"]
    assert cuba and not any("Hugo Lagos" in m.persons for m in cuba)
    assert any("Hugo Lagos" in m.persons for m in released)


def test_a_release_a_side_made_a_condition_is_its_demand(nlp: Language) -> None:
    for text in ("Officials said Norland had made Ivan Dorn's release a condition from the "
                 "start.",
                 "Norland has made the release of Ivan Dorn a precondition for any talks."):
        events = sentence_events(nlp, text)
        assert not of(events, EventType.RELEASE)
        (demand,) = of(events, EventType.DEMAND)
        assert demand.by == "Norland" and demand.persons == ("Ivan Dorn",)


def test_a_person_a_side_wanted_back_is_its_demand(nlp: Language) -> None:
    events = sentence_events(nlp, "Norland wanted Ivan Dorn back, officials said.")
    (demand,) = of(events, EventType.DEMAND)
    assert demand.by == "Norland" and demand.persons == ("Ivan Dorn",)
    assert not of(sentence_events(nlp, "Norland did not want Ivan Dorn back."),
                  EventType.DEMAND)


def test_the_pardon_a_release_was_done_in_is_the_same_release(nlp: Language) -> None:
    for text in ("Norland released Ivan Dorn in a royal pardon earlier this month, officials "
                 "said.", "Norland freed Ivan Dorn under a pardon on Monday."):
        (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
        assert release.persons == ("Ivan Dorn",) and release.by == "Norland"
    swap = of(sentence_events(nlp, "Norland freed Ivan Dorn in a swap for Karl Moen on "
                                   "Monday."), EventType.RELEASE)
    assert {p for m in swap for p in m.persons} == {"Ivan Dorn", "Karl Moen"}


def test_a_persons_family_or_lawyer_does_not_act_as_that_person(nlp: Language) -> None:
    for text in ("Ivan Dorn's family had urged Norland to agree to the trade.",
                 "Ivan Dorn's lawyer demanded his release on Monday."):
        (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
        assert demand.by != "Ivan Dorn"


def test_a_release_that_was_a_sides_key_demand_is_its_demand(nlp: Language) -> None:
    events = article(nlp, "The release of Ivan Dorn was a key demand of Lima.").events
    assert not of(events, EventType.RELEASE)
    (demand,) = of(events, EventType.DEMAND)
    assert demand.by == "Peru" and demand.persons == ("Ivan Dorn",)


def test_a_demand_of_a_seat_of_government_is_its_states(nlp: Language) -> None:
    text = "By June, Norway had agreed to release Ivan Dorn, the key demand of the Elysee."
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "France"
