"""Demands as news words them (real spaCy, invented articles): "pressed X on Monday to free
A" and "appealed to X to free A" ask X to free A, however the parse hangs the infinitive; a
release named last in a list of conditions after a colon ("set three conditions: a
ceasefire, an amnesty and the release of 40 fighters") is asked for, not done; and so is a
release named after the money in "are demanding $5 million and the release of 20"."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType

HEAD = "Fishermen held\n\nTALLINN (Wire) — "


def test_pressed_to_free_with_the_day_between_is_a_demand(nlp: Language) -> None:
    text = HEAD + "Estonia pressed Latvia on Thursday to release the trawlermen.\n"
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Estonia"


def test_appealed_to_a_side_to_free_is_a_demand(nlp: Language) -> None:
    text = HEAD + "Estonia on Thursday appealed to Latvia to free the trawlermen.\n"
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Estonia"


def test_a_release_last_in_a_list_of_conditions_is_asked_for(nlp: Language) -> None:
    text = HEAD + ("The Vark Front set three conditions on Thursday: a ceasefire, an amnesty "
                   "and the release of 40 fighters.\n")
    events = article(nlp, text).events
    assert not of(events, EventType.RELEASE)
    assert {m.count for m in of(events, EventType.DEMAND)} == {40}


def test_a_release_demanded_after_the_money_is_asked_for(nlp: Language) -> None:
    text = HEAD + ("The kidnappers are demanding $5 million and the release of 20 prisoners, "
                   "police said on Thursday.\n")
    events = article(nlp, text).events
    assert not of(events, EventType.RELEASE)
    assert [m.count for m in of(events, EventType.DEMAND)] == [20]


def test_refusing_to_free_unless_the_other_side_frees_asks_for_that(nlp: Language) -> None:
    text = HEAD + ("Latvia refused to free the sailors unless Estonia released three "
                   "Latvians.\n")
    found = article(nlp, text).events
    assert not of(found, EventType.RELEASE)
    (demand,) = of(found, EventType.DEMAND)
    assert (demand.by, demand.count) == ("Latvia", 3)


def test_pushing_for_the_inclusion_of_people_is_a_demand(nlp: Language) -> None:
    text = HEAD + "Latvia pushed for the inclusion of three Latvians in the deal.\n"
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert (demand.by, demand.count) == ("Latvia", 3)


def test_insisting_on_conditions_of_its_own_is_a_demand(nlp: Language) -> None:
    text = HEAD + ("Estonia insisted on conditions of its own on Monday: some of the "
                   "prisoners would be deported.\n")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Estonia"


def test_wanting_the_sailors_home_is_a_demand(nlp: Language) -> None:
    text = HEAD + "Estonia made clear on Monday that it wanted the sailors home first.\n"
    assert len(of(article(nlp, text).events, EventType.DEMAND)) == 1


def test_asking_for_a_ruling_to_be_set_aside_is_no_demand(nlp: Language) -> None:
    text = HEAD + ("Tamm's lawyer, Karl Kask, said the defence would ask for the discharge to "
                   "be set aside.\n")
    assert not of(article(nlp, text).events, EventType.DEMAND)


def test_asking_a_side_to_set_people_free_is_a_demand(nlp: Language) -> None:
    text = HEAD + "Estonia asked Latvia to set the sailors free.\n"
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Estonia"


def test_two_sides_agreeing_to_swap_give_one_promise_each(nlp: Language) -> None:
    text = HEAD + ("Latvia and Estonia agreed on Monday to swap eleven Estonians for three "
                   "Latvians.\n")
    promises = of(article(nlp, text).events, EventType.PROMISE)
    assert sorted((m.by, m.count) for m in promises) == [("Estonia", 3), ("Latvia", 11)]


def test_two_sides_reaching_a_deal_to_swap_give_one_promise_each(nlp: Language) -> None:
    text = HEAD + ("Latvia and Estonia reached a deal on Monday to swap eleven Estonians for "
                   "three Latvians.\n")
    promises = of(article(nlp, text).events, EventType.PROMISE)
    assert sorted((m.by, m.count) for m in promises) == [("Estonia", 3), ("Latvia", 11)]


def test_insisting_that_the_five_be_freed_counts_five(nlp: Language) -> None:
    text = HEAD + "Estonia insisted on Monday that the five be freed first.\n"
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.count == 5
