"""The two halves of a prisoner exchange between two states, told by homecomings and
hand-overs (real spaCy, invented texts; session 29)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.document.mediators import mediators
from dealwatch.extract.names import find_names
from dealwatch.model import EventType


def _releases(nlp: Language, text: str) -> set[tuple[str | None, int | None]]:
    return {(m.by, m.count) for m in of(article(nlp, text).events, EventType.RELEASE)}


def test_soldiers_handed_back_in_an_absolute_clause_were_freed_by_the_other_state(
        nlp: Language) -> None:
    text = ("LIMA -- Chile and Peru on Sunday completed the exchange, with 303 Chilean "
            "servicemen handed back in return for 303 Peruvian prisoners of war.")
    assert _releases(nlp, text) >= {("Peru", 303), ("Chile", 303)}


def test_a_number_coming_home_in_an_exchange_story_was_freed(nlp: Language) -> None:
    text = ("LIMA -- Chile and Peru exchanged prisoners this week. On Saturday 307 Peruvian "
            "servicemen came home, all of them men.")
    assert ("Chile", 307) in _releases(nlp, text)
    # troops back from a posting, in an article that tells no exchange, were freed by no one
    posted = "LIMA -- The 300 Peruvian peacekeepers came home on Saturday after a year abroad."
    assert _releases(nlp, posted) == set()


def test_a_state_receiving_its_own_people_got_them_from_the_other(nlp: Language) -> None:
    text = ("LIMA -- Chile and Peru completed the exchange on Sunday. Chile received 303 of "
            "its own soldiers in return that day.")
    assert _releases(nlp, text) == {("Peru", 303)}
    report = ("LIMA -- Chile and Peru completed the exchange on Sunday. Chile received its "
              "own report that day.")
    assert ("Peru", None) not in _releases(nlp, report)


def test_the_side_a_person_was_handed_to_did_not_free_them(nlp: Language) -> None:
    text = ("LIMA -- The Vark Front on Monday released Ann Berg, a Chilean engineer. Tom Dahl, "
            "who had spent 17 years in Chilean custody, was handed to the Vark Front at the "
            "same airport.")
    dahl = [m for m in of(article(nlp, text).events, EventType.RELEASE)
            if "Tom Dahl" in m.persons]
    assert [(m.by, m.to) for m in dahl] == [("Chile", "Vark Front")]


def test_a_state_acting_as_host_and_go_between_freed_no_one(nlp: Language) -> None:
    text = ("QUITO -- The Vark Front on Monday released Ann Berg, an engineer who had been "
            "held for two years. Berg was handed to Chilean officials at Quito airport and "
            "flown to Lima, with Peru acting as host and go-between.")
    assert "Peru" not in {by for by, _ in _releases(nlp, text)}
    doc = nlp(text)
    assert mediators(doc, find_names(doc, "d")) == {"Peru"}


def test_a_sum_coming_home_or_crews_swapping_clothes_tell_no_release(nlp: Language) -> None:
    summed = ("LIMA -- The deal took a year. Under it, five Peruvians came home - four in the "
              "swap itself and one in a parallel arrangement.")
    assert (None, 5) not in _releases(nlp, summed) and ("Chile", 5) not in _releases(
        nlp, summed)
    crew = ("LIMA -- The 15 sailors came home on Thursday. The crew, back in uniform after "
            "swapping out of the suits they were given, paused for photographers.")
    assert _releases(nlp, crew) == set()


def test_a_pair_that_traded_her_freed_her_by_the_side_the_price_leaves(
        nlp: Language) -> None:
    text = ("QUITO -- Ann Berg flew home from Quito on Friday after Chile and Peru traded her "
            "for Tom Dahl, a Peruvian pilot serving a 20-year sentence in a Chilean prison.")
    sides = {(m.by, tuple(m.persons)) for m in of(article(nlp, text).events, EventType.RELEASE)}
    assert sides == {("Chile", ("Tom Dahl",)), ("Peru", ("Ann Berg",))}


def test_the_side_thanked_for_freeing_people_freed_them(nlp: Language) -> None:
    text = "LIMA -- Peru on Monday thanked Chile for freeing five Peruvian fishermen."
    assert _releases(nlp, text) == {("Chile", 5)}
    # thanks for organising an exchange credit a go-between, not a side that freed anyone
    host = ("LIMA -- President Ann Berg telephoned President Tom Dahl of Ecuador on Thursday "
            "to thank Quito for organising and supervising the prisoner exchange.")
    assert "Ecuador" not in {by for by, _ in _releases(nlp, host)}


def test_their_release_from_a_state_s_jails_is_that_state_s(nlp: Language) -> None:
    text = ("LIMA -- Peru welcomed home five citizens on Monday after their release from "
            "Chilean jails.")
    assert {by for by, _ in _releases(nlp, text)} == {"Chile"}


def test_a_state_that_won_its_citizens_freedom_did_not_free_them(nlp: Language) -> None:
    text = ("LIMA -- Peru won the freedom of five citizens on Monday after months of talks "
            "with Chile.")
    assert _releases(nlp, text) == {("Chile", 5)}


def test_people_released_into_a_state_s_custody_were_not_freed_by_it(nlp: Language) -> None:
    alone = ("LIMA -- The four Peruvians were released into the custody of Peruvian "
             "diplomats on Monday.")
    assert _releases(nlp, alone) == {(None, 4)}
    swap = ("LIMA -- Chile and Peru swapped prisoners on Monday. The four Peruvians were "
            "released into the custody of Peruvian diplomats.")
    assert ("Chile", 4) in _releases(nlp, swap)
