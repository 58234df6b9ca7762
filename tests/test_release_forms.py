"""Releases as news tells them, read whole (real spaCy, invented articles): "them" freed
after a sentence whose subject counts them is that many ("The eleven Xians arrived home on
Monday, a day after Y set them free"); a release "in exchange for" the other side's people
is one side's half, with its side and number, beside the other's; people "exchanged for"
the other side's were freed by that side; a list of "those freed by X" names X; "The three
freed were A, B and C" frees three."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import article, day, of

from dealwatch.model import EventType

HEAD = "Trawlermen home\n\nTALLINN (Wire) — "


def test_them_freed_after_a_counted_subject_is_that_many(nlp: Language) -> None:
    text = HEAD + ("The eleven Estonians arrived home on Thursday, a day after Latvia set "
                   "them free.\n")
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert freed.by == "Latvia" and freed.count == 11 and day(freed) == "2031-05-07"


def test_them_freed_in_the_next_sentence_is_the_group_told_before(nlp: Language) -> None:
    text = HEAD + ("The eleven Estonians landed at home on Thursday. Latvia had set them "
                   "free the day before.\n")
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert freed.count == 11


def test_them_with_two_counted_groups_before_is_not_counted(nlp: Language) -> None:
    text = HEAD + ("The eleven Estonians and the four Mongolians arrived on Thursday, and the six "
                   "Icelanders came a day later, after Latvia set them free.\n")
    released = of(article(nlp, text).events, EventType.RELEASE)
    assert all(m.count not in (11, 4, 6) for m in released)


def test_freed_in_exchange_for_the_other_side_s_people_keeps_its_side(
        nlp: Language) -> None:
    text = HEAD + ("Latvia released eleven Estonians on Thursday in exchange for three "
                   "Latvians held in Estonia.\n")
    released = {m.by: m.count for m in of(article(nlp, text).events, EventType.RELEASE)}
    assert released == {"Latvia": 11, "Estonia": 3}


def test_people_exchanged_for_the_other_side_s_go_home_from_its_hands(
        nlp: Language) -> None:
    text = HEAD + "On Thursday eleven Estonians were exchanged for three Latvians.\n"
    released = {m.by: m.count for m in of(article(nlp, text).events, EventType.RELEASE)}
    assert released == {"Latvia": 11, "Estonia": 3}


def test_a_list_of_those_freed_by_a_side_names_the_side(nlp: Language) -> None:
    text = HEAD + "Among those freed by Latvia on Thursday were Ott Tamm and Mari Kask.\n"
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert freed.by == "Latvia" and freed.persons == ("Ott Tamm", "Mari Kask")


def test_them_after_a_group_inside_a_clause_is_not_counted(nlp: Language) -> None:
    text = HEAD + ("The faction that let the 21 go has threatened the fishermen and said on "
                   "Thursday that it was ready to release them.\n")
    assert all(m.count != 21 for m in article(nlp, text).events)


def test_a_list_whose_subject_counts_it_has_that_number(nlp: Language) -> None:
    text = HEAD + "The three freed on Thursday were Ott Tamm, Mari Kask and Jaan Saar.\n"
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert freed.count == 3 and len(freed.persons) == 3
    text = HEAD + "Among those freed on Thursday were Ott Tamm, Mari Kask and Jaan Saar.\n"
    (some,) = of(article(nlp, text).events, EventType.RELEASE)
    assert some.count is None


def test_letting_people_leave_the_country_frees_them(nlp: Language) -> None:
    text = HEAD + "Latvia let Jaan Tamm leave the country on Monday.\n"
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.by, release.persons) == ("Latvia", ("Jaan Tamm",))


def test_allowing_people_to_leave_frees_them(nlp: Language) -> None:
    text = HEAD + "Latvia allowed the eleven Estonians to leave the country on Monday.\n"
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.by, release.count) == ("Latvia", 11)


@pytest.mark.parametrize("text", [
    "Jaan Tamm was allowed to go home on Monday once his sentence was quashed.",
    "Latvia allowed Jaan Tamm to go home on Monday.",
])
def test_someone_allowed_to_go_home_is_freed(
        nlp: Language, text: str) -> None:
    (release,) = of(article(nlp, HEAD + text + "\n").events, EventType.RELEASE)
    assert release.persons == ("Jaan Tamm",)


def test_someone_allowed_to_leave_a_building_is_not_freed(nlp: Language) -> None:
    text = HEAD + "The reporters were allowed to leave the hotel on Monday.\n"
    assert not of(article(nlp, text).events, EventType.RELEASE)


def test_a_promise_after_a_semicolon_keeps_its_own_people(nlp: Language) -> None:
    text = HEAD + ("Both governments confirmed on Monday that an arrangement had been reached. "
                   "Latvia would let Jaan Tamm, Mart Kask and two others leave the country; "
                   "Estonia would free five Latvians.\n")
    promises = of(article(nlp, text).events, EventType.PROMISE)
    (estonia,) = [m for m in promises if m.by == "Estonia"]
    assert estonia.persons == () and estonia.count == 5


def test_clemency_granted_to_a_person_frees_that_person(nlp: Language) -> None:
    text = HEAD + ("Mongolia freed ten Icelanders on Wednesday.\n\nIn exchange, Gudmundsson "
                   "granted clemency to Bat Erdene, a close associate of Mongolian President "
                   "Batbayar who was awaiting trial on money laundering charges.\n")
    releases = of(article(nlp, text).events, EventType.RELEASE)
    (clemency,) = [m for m in releases if m.cue == "clemency"]
    assert (clemency.persons, clemency.to) == (("Bat Erdene",), None)


@pytest.mark.parametrize("text", [
    "Peru lets final Chilean detainee go.",
    "Rojas hails a win as Peru lets final Chilean detainee go\n\nLIMA -- Chile's envoy "
    "returned from Peru on Monday.",
])
def test_a_headline_letting_someone_go_is_a_release(nlp: Language, text: str) -> None:
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.by == "Peru"


def test_the_day_the_freed_left_the_country_aboard_a_plane_is_the_release_s(
        nlp: Language) -> None:
    from datetime import date

    text = ("Peru lets final Chilean detainee go\n\n"
            "LIMA -- Chile's envoy returned from Peru on Monday claiming a success: the departure "
            "of Ann Lind, the engineer whose case had soured ties.\n\n"
            "Lind left Peru late on Sunday aboard a Chilean military plane, hours after the two "
            "governments signed a deal in Lima.\n")
    (release,) = of(article(nlp, text, published=date(2031, 5, 6)).events, EventType.RELEASE)
    assert release.by == "Peru" and release.date is not None
    assert release.date.calendar == "2031-05-04"
