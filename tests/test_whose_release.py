"""Who freed the people of a release told with no one freeing (real spaCy, invented texts;
session 23's readings)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import article, told_in

from dealwatch.model import EventType
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve


def test_a_state_does_not_free_its_own_national_held_by_others(nlp: Language) -> None:
    # the sailors held in Chile are other people, of another nationality: Chile took its
    # diplomat back, it did not free him
    text = ("A Chilean diplomat who was snatched off a Lima street two months ago has been "
            "released and flown home, a development that raised hopes of an end to the "
            "stand-off over the 15 Peruvian sailors held in Chile.")
    assert told_in(nlp, text, EventType.RELEASE, "diplomat").by is None
    # people of the same nationality as those held there: the state that holds them frees
    same = ("Two Peruvian fishermen were released on Monday, raising hopes for the 15 "
            "Peruvian sailors held in Chile.")
    assert told_in(nlp, same, EventType.RELEASE, "fishermen").by == "Chile"


def test_the_people_a_group_was_exchanged_for_are_freed_by_the_other_side(
        nlp: Language) -> None:
    # "who were exchanged for 252 Xians": the Xians came from the other side, not from the
    # side that freed the group the relative clause is about
    text = "Chile on Friday freed ten Peruvians, who were exchanged for 252 Chileans."
    (counter,) = [m for m in article(nlp, text).events if m.count == 252]
    assert counter.by == "Peru"


def test_people_held_by_a_side_who_returned_home_were_freed_by_it(nlp: Language) -> None:
    text = "SANTIAGO -- Thirty-three Chileans held in Peru returned home on Saturday."
    release = told_in(nlp, text, EventType.RELEASE, "returned")
    assert (release.by, release.count) == ("Peru", 33)
    # a side that returns someone freed them ("the US returns A to X")
    returns = told_in(nlp, "LIMA -- Chile returns the smuggler Tom Dahl to Peru.",
                      EventType.RELEASE, "returns")
    assert returns.by == "Chile"


def test_who_acts_in_a_relative_clause_is_the_one_it_describes(nlp: Language) -> None:
    text = "LIMA -- Peruvian President Tom Dahl, who freed 52 prisoners on Tuesday, spoke later."
    assert told_in(nlp, text, EventType.RELEASE, "freed").by == "Peru"
    freed = "LIMA -- The prisoners, who were freed on Tuesday, flew home."
    assert told_in(nlp, freed, EventType.RELEASE, "freed").by is None
    # the relative clause's own verb only: "A, who confirmed the meeting" did not hold it
    said = "LIMA -- Tom Dahl, who confirmed the meeting on Monday, called it cordial."
    meetings = [m for m in article(nlp, said).events if m.type == EventType.MEETING]
    assert all(m.by != "Tom Dahl" for m in meetings)


def test_the_state_whose_troops_captured_someone_freed_him(nlp: Language) -> None:
    text = ("Captain Ann Berg crossed the border at around 9 pm on Friday, some sixty hours "
            "after Chilean troops captured her.\n\n\"We are happy that Captain Berg has "
            "been handed over to us,\" a Peruvian officer told reporters.")
    assert told_in(nlp, text, EventType.RELEASE, "handed over").by == "Chile"
    # a capture only: troops of no state, or a state that captured nothing, say nothing
    none = ("Captain Ann Berg crossed the border on Friday, some sixty hours after unknown "
            "men captured her.\n\n\"We are happy that Captain Berg has been handed over "
            "to us,\" an officer told reporters.")
    assert told_in(nlp, none, EventType.RELEASE, "handed over").by is None


def test_the_group_that_abducted_people_frees_them(nlp: Language) -> None:
    # "Vark Tolmo" is told with its members ("Vark Tolmo suspects"): a group, not a person
    text = ("Forty of the students abducted by Vark Tolmo from a school in Lima have been "
            "released, officials said on Saturday, in exchange for five Vark Tolmo suspects.")
    assert told_in(nlp, text, EventType.RELEASE, "abducted").by == "Vark Tolmo"


def test_who_acts_before_a_release_does_not_free(nlp: Language) -> None:
    text = "LIMA -- Four prisoners were sent back by Chile after the release of three Peruvians."
    releases = [m for m in article(nlp, text).events if m.type == EventType.RELEASE]
    assert [m.by for m in releases if m.count == 3] == [None]
    # the release's own possessor still frees: "after Peru's release of three Chileans"
    own = "LIMA -- Chile celebrated after Peru's release of three Chileans."
    assert told_in(nlp, own, EventType.RELEASE, "release").by == "Peru"


def test_a_person_described_as_in_a_state_s_custody_was_held_by_it(nlp: Language) -> None:
    text = ("LIMA -- On Sunday Tom Dahl, a pastor who had been in Chilean custody since 2006, "
            "was freed and flown back to Peru.")
    assert told_in(nlp, text, EventType.RELEASE, "freed").by == "Chile"


def test_where_the_other_half_of_a_swap_was_held_is_not_who_freed(nlp: Language) -> None:
    text = ("LIMA -- Officials said Tom Dahl's release had been part of a swap for a Chilean "
            "national held in Peru.")
    releases = [m for m in article(nlp, text).events if m.type == EventType.RELEASE
                and "Tom Dahl" in m.persons]
    assert releases and all(m.by != "Peru" for m in releases)


def test_deals_that_brought_people_home_are_a_summary(nlp: Language) -> None:
    text = "LIMA -- The deals that brought Peruvians home from Chile this year were quiet."
    assert not [m for m in article(nlp, text).events if m.type == EventType.RELEASE]


def test_the_people_an_exchange_is_for_are_freed_by_the_other_side(nlp: Language) -> None:
    text = ("LIMA -- The Vark Front on Tuesday released Ann Berg, a Peruvian, and Tom Dahl, a "
            "Chilean, completing an exchange for three senior militants held by Peru.")
    releases = [m for m in article(nlp, text).events if m.type == EventType.RELEASE]
    assert {(m.by, m.count) for m in releases if m.by} == {("Vark Front", 2), ("Peru", 3)}


@pytest.mark.parametrize("verb", ["welcomed", "received", "greeted"])
def test_who_welcomes_the_freed_did_not_free_them(nlp: Language, verb: str) -> None:
    text = f"Chile {verb} the freed prisoner Tom Dahl at the airport on Monday."
    assert all(m.by != "Chile" for m in article(nlp, text).events)
    # told by whom before, the welcome is the same release, still that side's
    told = article(nlp, f"Peru freed Tom Dahl on Monday. Chile {verb} the freed prisoner at "
                   "the airport.")
    (release,) = merge_events([told], resolve([told]))
    assert release.by == "Peru"


def test_who_names_the_freed_did_not_free_them(nlp: Language) -> None:
    text = "Peru's foreign ministry named the freed men as Ann Berg and Tom Dahl."
    assert all(m.by != "Peru" for m in article(nlp, text).events)
    sent = "Chile sent the freed men home on Friday."  # sent on by the side that freed them
    assert {m.by for m in article(nlp, sent).events} == {"Chile"}


def test_it_as_a_subject_is_the_state_the_sentence_before_had(nlp: Language) -> None:
    text = "Chile freed Ann Berg on Monday. It also released Tom Dahl."
    assert {m.by for m in article(nlp, text).events} == {"Chile"}
    other = "The deal was signed by Chile on Monday. It freed Tom Dahl."  # "it": the deal
    (release,) = [m for m in article(nlp, other).events if m.type == EventType.RELEASE]
    assert release.by is None
