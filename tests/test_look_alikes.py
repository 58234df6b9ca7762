"""Words that look like another reading than the one news means (real spaCy, invented texts;
session 24's readings): an "account" of a case is no bank account, a status given to people
held abroad is no sanction, a list the parse took for an apposition is still a list, and
people said to have been held who came home were freed."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of, told_in

from dealwatch.model import EventType


def test_an_account_of_a_case_is_no_asset(nlp: Language) -> None:
    text = ("LIMA -- Ann Berg, arrested in Lima in 2012 according to the Vark Foundation's "
            "account of the case, Tom Dahl and Kai Strand were released on Friday.")
    events = article(nlp, text).events
    assert not of(events, EventType.SANCTIONS_RELIEF)
    (release,) = of(events, EventType.RELEASE)
    assert set(release.persons) == {"Ann Berg", "Tom Dahl", "Kai Strand"}
    # frozen money released is still an asset release
    money = "LIMA -- Chile released the assets of the bank on Monday."
    assert told_in(nlp, money, EventType.SANCTIONS_RELIEF, "assets").by == "Chile"


def test_a_list_parsed_as_an_apposition_counts_everyone(nlp: Language) -> None:
    text = "LIMA -- Ann Berg, Tom Dahl and Kai Strand were released on Friday."
    assert told_in(nlp, text, EventType.RELEASE, "released").count == 3
    # "A, a Peruvian, and B, a Chilean": the second name hangs on the first's apposition
    each = "LIMA -- Chile freed Ann Berg, a Peruvian, and Tom Dahl, a Norwegian, on Friday."
    assert told_in(nlp, each, EventType.RELEASE, "freed").count == 2
    # a true apposition describes the one person
    one = "LIMA -- Chile freed Ann Berg, the journalist, on Friday."
    assert told_in(nlp, one, EventType.RELEASE, "freed").count == 1


def test_people_designated_as_wrongfully_detained_are_no_sanction(nlp: Language) -> None:
    text = ("LIMA -- No Peruvian the government has formally designated as wrongfully "
            "detained remains in Chilean custody.")
    assert not of(article(nlp, text).events, EventType.SANCTIONS_IMPOSED)
    sanctioned = "LIMA -- Chile sanctioned the bank on Monday."
    assert told_in(nlp, sanctioned, EventType.SANCTIONS_IMPOSED, "sanctioned").by == "Chile"


def test_people_who_had_been_held_and_have_come_home_were_freed(nlp: Language) -> None:
    text = ("LIMA -- Mia Lund said three Peruvian citizens who had been held in Chile had "
            "come home safely.")
    release = told_in(nlp, text, EventType.RELEASE, "come home")
    assert (release.by, release.count) == ("Chile", 3)
    # people who were posted somewhere, not held, come home freed by no one
    posted = "LIMA -- Three diplomats who had been posted in Chile have returned home."
    assert not of(article(nlp, posted).events, EventType.RELEASE)


def test_set_free_with_the_free_read_as_the_object_s_adjective(nlp: Language) -> None:
    text = "LIMA -- Chile set free 14 Peruvian fishermen on Monday."
    release = told_in(nlp, text, EventType.RELEASE, "set free")
    assert (release.by, release.count) == ("Chile", 14)


def test_the_release_of_a_person_by_a_side_is_the_side_s(nlp: Language) -> None:
    text = "LIMA -- Norway brokered the release of Ann Berg by Chile on Monday."
    assert told_in(nlp, text, EventType.RELEASE, "release").by == "Chile"


def test_prisoners_expelled_are_freed_diplomats_expelled_are_not(nlp: Language) -> None:
    text = "LIMA -- Chile expelled 222 political prisoners to Peru on Monday."
    release = told_in(nlp, text, EventType.RELEASE, "expelled")
    assert (release.by, release.count) == ("Chile", 222)
    diplomats = "LIMA -- Chile expelled two Peruvian diplomats on Monday."
    assert not of(article(nlp, diplomats).events, EventType.RELEASE)
