"""Who a demand asks to have freed, however the asking is worded (real spaCy, invented
sentences; session 23)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import of, sentence_events

from dealwatch.model import EventType


@pytest.mark.parametrize("text", [
    "Chile has repeatedly called for Ann Berg to be freed.",
    "Chile called on Peru to free Ann Berg.",
])
def test_the_person_a_side_calls_to_be_freed_is_its_demand(nlp: Language, text: str) -> None:
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert (demand.by, demand.persons) == ("Chile", ("Ann Berg",))


def test_calling_for_something_else_to_happen_is_no_demand_for_anyone(nlp: Language) -> None:
    events = sentence_events(nlp, "Chile called for the talks to begin again.")
    assert all(not m.persons for m in events)


@pytest.mark.parametrize("text", [
    "Ann Berg spoke by phone with Tom Dahl, urging restraint and direct communication.",
    "In his call with the prime minister he urged both sides to de-escalate and talk.",
    "Ann Berg urged them to open channels of communication.",
])
def test_a_call_for_calm_is_no_demand(nlp: Language, text: str) -> None:
    assert [m for m in sentence_events(nlp, text) if m.type == EventType.DEMAND] == []


def test_a_demand_for_someone_with_a_call_for_calm_is_still_a_demand(nlp: Language) -> None:
    text = "Chile urged Peru to free Ann Berg and de-escalate."
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert demand.persons == ("Ann Berg",)


@pytest.mark.parametrize("text", [
    "Washington had demanded the release of all political prisoners as a condition for "
    "easing sanctions.",
    "The release was a condition for any easing of sanctions.",
])
def test_an_act_told_as_a_condition_did_not_happen(nlp: Language, text: str) -> None:
    assert [m for m in sentence_events(nlp, text) if m.type == EventType.SANCTIONS_RELIEF] == []


def test_the_second_thing_a_note_demands_is_no_release(nlp: Language) -> None:
    events = sentence_events(nlp, "In a message pinned to the door, the gunmen demanded that "
                                  "their text be printed in every paper and that twelve "
                                  "detainees be released and sent abroad within two days.")
    assert [e.type for e in events] == [EventType.DEMAND]
    assert events[0].count == 12


def test_a_release_after_a_colon_of_the_price_is_a_demand(nlp: Language) -> None:
    events = sentence_events(nlp, "Gunmen seized Ann Berg on Monday and left a note setting "
                                  "out the price of her life: the release of twelve "
                                  "prisoners.")
    assert [e.type for e in events] == [EventType.DEMAND]
    # a colon after a noun of no terms is the release itself
    (freed,) = sentence_events(nlp, "Chile made one gesture on Monday: the release of twelve "
                                    "prisoners.")
    assert freed.type == EventType.RELEASE


def test_a_headline_s_second_clause_has_its_own_subject(nlp: Language) -> None:
    (demand,) = sentence_events(nlp, "Chilean envoy seized in Lima; kidnappers demand freedom "
                                     "for 15 prisoners")
    assert demand.type == EventType.DEMAND and demand.by is None


def test_a_campaign_told_of_a_person_in_a_perfect_relative_clause_is_no_demand(
        nlp: Language) -> None:
    assert not [e for e in sentence_events(nlp, "The physicist Tom Dahl, who had campaigned "
                                                "for his release, rang the embassy on Friday.")
                if e.type == EventType.DEMAND]
    # a demand the clause dates is one
    assert [e for e in sentence_events(nlp, "Ann Berg, who on Friday demanded the release of "
                                            "the sailors, met the minister.")
            if e.type == EventType.DEMAND]


@pytest.mark.parametrize(("text", "persons", "count"), [
    ("Chile demanded the return of Ann Berg after her arrest in May.", ("Ann Berg",), None),
    ("Chile has demanded the return of Ann Berg ever since her arrest.", ("Ann Berg",), None),
    ("The militia still demands the release of about 300 jailed fighters in exchange for the"
     " dozen soldiers it holds.", (), 300),
])
def test_a_phrase_setting_the_scene_is_not_what_a_demand_asks(
        nlp: Language, text: str, persons: tuple[str, ...], count: int | None) -> None:
    """ "after her arrest", "in exchange for ...": when and at what price, not whom."""
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert (demand.persons, demand.count) == (persons, count)


@pytest.mark.parametrize("opener", ["among them", "including"])
def test_a_release_listed_among_a_side_s_demands_is_one_of_them(nlp: Language,
                                                                 opener: str) -> None:
    text = (f"In the first days the gunmen made several demands, {opener} the freeing of Ivo "
            "Dorn and two other men held in Chile.")
    events = sentence_events(nlp, text)
    assert [m.type for m in events] == [EventType.DEMAND]
    assert events[0].persons == ("Ivo Dorn",)


@pytest.mark.parametrize("text", [
    "Peru says rebels seized the pilot, demands his release",
    "Chile says the militia took two engineers, demands their return",
])
def test_a_headline_verb_in_the_reporting_tense_is_the_reporter_s(nlp: Language,
                                                                   text: str) -> None:
    """ "X says rebels seized A, demands his release": the present "demands" goes on from
    "says", not from the past "seized"."""
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert demand.by == text.split()[0]


@pytest.mark.parametrize(("text", "asked"), [
    ("Traders said prices rose on fears for supply rather than any pick-up in demand from "
     "carmakers.", False),
    ("Weak demand for copper hit prices on Monday.", False),
    ("Demand for his release grew after the trial.", True),
    ("Rebels issue new demand", True),
])
def test_the_demand_of_a_market_is_no_side_s(nlp: Language, text: str, asked: bool) -> None:
    demands = of(sentence_events(nlp, text), EventType.DEMAND)
    assert bool(demands) == asked


@pytest.mark.parametrize(("text", "asked"), [
    ("In three late-night messages on April 25, Tom Dahl set out his terms in public: the "
     "mine could reopen with a new board and a fine.", True),
    ("Chile outlined its conditions for a deal on Monday.", True),
    ("Its conditions were spelled out in an annex to the accord.", False),
])
def test_a_side_setting_out_its_terms_is_a_demand(nlp: Language, text: str,
                                                  asked: bool) -> None:
    demands = of(sentence_events(nlp, text), EventType.DEMAND)
    assert bool(demands) == asked


def test_a_demand_from_a_side_is_that_sides(nlp: Language) -> None:
    # session 37: "held up by a new demand from A": A made it (not "weak demand from Chile")
    text = "The flight out was put off until noon by a fresh demand from Kai Strand."
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert demand.by == "Kai Strand"
    assert not of(sentence_events(nlp, "Copper fell on weak demand from Chile."),
                  EventType.DEMAND)


def test_a_release_asked_beside_money_is_asked_not_done(nlp: Language) -> None:
    # session 37: "demanded $5 million in cash and the release of eleven": the release is
    # demanded as the money is; "ordered a ceasefire and the release of 30" still frees them
    text = "The gunmen demanded five million dollars in cash and the release of eleven prisoners."
    events = sentence_events(nlp, text)
    assert [d.count for d in of(events, EventType.DEMAND)] == [11]
    assert not of(events, EventType.RELEASE)
    text = "Peru ordered a ceasefire and the release of 30 prisoners on Monday."
    assert [r.count for r in of(sentence_events(nlp, text), EventType.RELEASE)] == [30]


@pytest.mark.parametrize("before", [
    "Five VLA gunmen seized the ferry on Tuesday.",
    "Gunmen of the VLA seized the ferry on Tuesday.",
])
def test_they_after_a_group_told_acting_is_the_group(nlp: Language, before: str) -> None:
    # session 37: "VLA gunmen seized the jet. They held 90 passengers and demanded ...": they
    # are the group; "They" after people freed by no group is no one's
    text = before + " They kept 90 passengers aboard and demanded four million dollars."
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert demand.by == "VLA"
    text = "Ann Berg and Tom Dahl reached Lima. They demanded an apology from Peru."
    assert [d.by for d in of(sentence_events(nlp, text), EventType.DEMAND)] == [None]


@pytest.mark.parametrize(("text", "by"), [
    ("On 3 May an emergency conference of the VLF set a deadline of 20 May for the mines.",
     "VLF"),
    ("Chile gave Peru a deadline of Friday to free Ann Berg.", "Chile"),
    ("The ultimatum, set down in a resolution of the union's council, ran to six lines.",
     None),
])
def test_a_deadline_or_an_ultimatum_put_to_a_side_is_a_demand(nlp: Language, text: str,
                                                              by: str | None) -> None:
    # session 37: "set a deadline of 9 May, after which ...", "the ultimatum, set down in";
    # a conference of a body acts as the body; a court's deadline asks no side
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert demand.by == by
    assert not of(sentence_events(nlp, "The judge set a deadline of May 2 for filings."),
                  EventType.DEMAND)


def test_the_day_of_a_deadline_is_not_when_it_was_set(nlp: Language) -> None:
    # session 37: "set a deadline of 14 March for X to begin releasing detainees": a demand
    # of no day told, no release, and not dated 14 March
    text = "Chile had set a deadline of 14 March for Peru to begin releasing detainees."
    events = sentence_events(nlp, text)
    (demand,) = of(events, EventType.DEMAND)
    assert demand.by == "Chile" and demand.date is None
    assert not of(events, EventType.RELEASE)


def test_an_ultimatum_is_dated_by_its_delivery_not_by_its_limit(nlp: Language) -> None:
    # session 37: "Chile's ultimatum, handed over on Thursday, gave Peru until Saturday": a
    # demand of Thursday; "with the deadline of 2 April approaching" still tells the time
    text = "Chile's ultimatum, handed over on Thursday, gave Peru until Saturday to answer."
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert demand.date is not None and demand.date.value == "2031-05-08"
    text = ("With the lenders' original deadline of 2 April approaching and the heaviest "
            "tariffs still in place, Peru agreed to give Chile three more months.")
    (promise,) = of(sentence_events(nlp, text), EventType.PROMISE)
    assert promise.date is not None and promise.date.value == "2031-04-02"


def test_insisting_on_someone_or_on_their_place_in_the_deal_is_a_demand(nlp: Language) -> None:
    for text in ("Officials said Estonia had insisted on Bat Erdene from the start.",
                 "Tallinn insisted that the two Latvians be part of the exchange.",
                 "At Tallinn's insistence, the two Latvians were added to the list."):
        assert of(sentence_events(nlp, text), EventType.DEMAND), text
    for text in ("He insisted on his innocence.",
                 "Tallinn insisted that no prisoner convicted of violence be included."):
        assert not of(sentence_events(nlp, text), EventType.DEMAND), text


@pytest.mark.parametrize("text", [
    "The poet's widow appealed on Monday for Ann Berg's release.",
    "The families pleaded for clemency for Ann Berg.",
])
def test_an_appeal_or_a_plea_for_someones_release_is_a_demand(nlp: Language,
                                                               text: str) -> None:
    assert not of(sentence_events(nlp, text), EventType.RELEASE)
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert "Ann Berg" in demand.persons


def test_an_appeal_for_calm_is_no_demand(nlp: Language) -> None:
    assert not sentence_events(nlp, "The mayor appealed for calm after the verdict.")
