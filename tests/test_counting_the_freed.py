"""What a release's number is not: a vague "several hundred", the dead handed over beside the
living; and whose a release is that a clause says another carried out."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import article, of, sentence_events

from dealwatch.model import EventType


@pytest.mark.parametrize("text, count", [
    ("Chile freed several hundred prisoners on Friday.", None),
    ("Chile freed a few hundred prisoners on Friday.", None),
    ("Chile freed two hundred prisoners on Friday.", 200),
])
def test_a_vague_hundred_is_no_number(nlp: Language, text: str, count: int | None) -> None:
    (freed,) = sentence_events(nlp, text)
    assert freed.count == count


def test_the_bodies_handed_over_with_someone_are_not_counted(nlp: Language) -> None:
    text = ("In return, the Vark movement handed over the Chilean businessman Tom Dahl and the "
            "bodies of three Chilean soldiers its fighters captured in October 2029.")
    (freed,) = sentence_events(nlp, text)
    assert freed.persons == ("Tom Dahl",) and freed.count != 3


def test_a_release_a_clause_says_another_carried_out_is_that_ones(nlp: Language) -> None:
    text = ("The Vark movement also claimed credit for the release of 300 Peruvian prisoners "
            "that Chile carried out on the same day.")
    (freed,) = [e for e in sentence_events(nlp, text) if e.type == EventType.RELEASE]
    assert freed.by == "Chile"


@pytest.mark.parametrize("text", [
    "Last August Chile handed over the bodies of two Vark fighters killed in 2029.",
    "Chile returned the remains of three soldiers on Friday.",
])
def test_handing_over_the_dead_frees_no_one(nlp: Language, text: str) -> None:
    assert not [e for e in sentence_events(nlp, text) if e.type == EventType.RELEASE]


def test_a_price_put_on_lives_is_a_demand_not_a_release(nlp: Language) -> None:
    text = ("The five men holding the airliner at Lima airport have put a price on the lives "
            "of the passengers: the release of 36 militants held in Chilean jails.")
    assert [(e.type, e.count) for e in sentence_events(nlp, text)] == [(EventType.DEMAND, 36)]


def test_returning_the_remains_of_many_frees_no_one(nlp: Language) -> None:
    text = "Chile began returning the remains of nearly 200 fighters on Wednesday."
    assert not [e for e in sentence_events(nlp, text) if e.type == EventType.RELEASE]


@pytest.mark.parametrize(("text", "count"), [
    ("A court in Lima found Ann Berg guilty, gave her three years and then set her free.", 1),
    ("One of the men, Tom Dahl, also holds a Chilean passport; the rebels said they had "
     "freed him as a gesture to Chile.", None),
])
def test_one_person_freed_by_a_pronoun_is_one(nlp: Language, text: str,
                                              count: int | None) -> None:
    """ "set her free": one person; "had freed him", one of a group told again, no number."""
    (freed,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert freed.count == count


def test_people_named_in_a_list_before_a_counted_group_are_counted_too(nlp: Language) -> None:
    (freed,) = of(sentence_events(nlp, "Chile got back the poet Tom Dahl, the painter Ann "
                                       "Berg, the reporter Kai Strand and the 17 fishermen."),
                  EventType.RELEASE)
    assert freed.count == 20


@pytest.mark.parametrize("text, count", [
    ("On Friday Peru freed 12 people, seven Chileans and five Bolivians.", 12),
    ("On Friday Peru freed 300 prisoners, 200 South Koreans and 100 Danes.", 300),
    ("On Monday Chile freed 12 Peruvians, seven Bolivians and five Danes.", 24),
])
def test_a_number_told_again_by_kind_is_counted_once(nlp: Language, text: str,
                                                      count: int) -> None:
    # session 37: "500 prisoners, 400 Xians and 100 Yians" is 500, one release; groups of
    # three nationalities are three groups
    (freed,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert freed.count == count


def test_a_number_in_a_clause_describing_the_freed_counts_others(nlp: Language) -> None:
    # session 46: the two women are the ones he injured, told in a who-clause about him
    text = ("Jon Kask, the Estonian who has been held in Erdenet since injuring two women in a "
            "crash in March, walked free on Friday once the families forgave him in court.")
    freed = [m for m in of(article(nlp, text).events, EventType.RELEASE)
             if "Jon Kask" in m.persons]
    assert freed and all(m.count == 1 for m in freed)


@pytest.mark.parametrize(("text", "count"), [
    ("Jon Kask, one of three Estonian students Mongolia arrested on a hiking trip, walked out "
     "of Erdenet prison on Tuesday.", 1),
    ("Mongolia freed Jon Kask and Mart Saar, two of the five Estonians it held, on Tuesday.",
     2),
])
def test_a_part_of_a_group_counts_the_part(nlp: Language, text: str, count: int) -> None:
    # session 46: "one of three Xians", "two of the five": the whole is not the freed
    freed = of(sentence_events(nlp, text), EventType.RELEASE)
    assert freed and all(m.count == count for m in freed)


@pytest.mark.parametrize("part", [
    "Officials said 250 of the prisoners were released to Tartu, 40 to Valga and ten to "
    "Latvia.",
    "About 250 of them were freed into Tartu, officials said.",
])
def test_a_part_of_a_release_told_before_is_no_release_of_its_own(
        nlp: Language, part: str) -> None:
    # session 47: "N of the prisoners" after a release of more people that day says where
    # some of them went; it is not a second release
    text = ("Mongolia set 300 Estonian prisoners free on Sunday night under the truce its "
            "envoys signed in Tartu.\n\n" + part)
    releases = of(article(nlp, text).events, EventType.RELEASE)
    assert [r.count for r in releases] == [300]


def test_a_part_of_a_group_held_is_a_release(nlp: Language) -> None:
    # the group was held, not freed before: its part freed is a release of its own
    text = ("The Vark Front has held eleven Estonian trawlermen since March.\n\n"
            "Two of the trawlermen were freed on Sunday, the ministry said.")
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert freed.count == 2


@pytest.mark.parametrize("text", [
    "The six Italians, three Japanese and one Frenchman were handed over to mediators on "
    "Monday.",
    "The six Italians, three Chinese and one Irishman were handed over to mediators on Monday.",
])
def test_a_list_of_peoples_each_counted_sums_to_the_number_freed(
        nlp: Language, text: str) -> None:
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert freed.count == 10
