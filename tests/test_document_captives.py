"""Whom a demand is about when its words only point at the held people, on invented articles
(real spaCy)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of, told_in

from dealwatch.model import EventMention, EventType

# Sentences that name no one, to put the names out of a pronoun's usual reach.
FILLER = ("The weather was bad that day.\n\nThe talks on trade were long.\n\n"
          "Officials met in Lima for a second round.\n\n")


def demands(nlp: Language, text: str) -> list[EventMention]:
    return of(article(nlp, text).events, EventType.DEMAND)


def the_demand(nlp: Language, text: str, words: str) -> EventMention:
    return told_in(nlp, text, EventType.DEMAND, words)


def test_his_release_far_from_the_name_is_the_article_captive(nlp: Language) -> None:
    text = ("OSLO, May 10 (Wire) - A court in Peru sentenced the Norwegian pilot Tom Arvel to "
            "nine years on Friday.\n\n" + FILLER +
            "Norwegian Prime Minister Ola Brekke called the verdict unjust and demanded his "
            "immediate release.")
    m = the_demand(nlp, text, "demanded his")
    assert m.persons == ("Tom Arvel",)
    assert any("sentenced the Norwegian pilot" in e.quote for e in m.context)


def test_both_men_are_the_two_the_other_side_holds(nlp: Language) -> None:
    text = ("OSLO, May 10 (Wire) - Peru has held the Norwegian engineer Tom Arvel since "
            "2029.\n\nPeru also holds Jon Brekke, a Norwegian teacher.\n\nNorway has held the "
            "Peruvian banker Luis Prado since 2028.\n\n" + FILLER +
            "Norwegian Prime Minister Ola Strand demanded the immediate release of both men.")
    m = the_demand(nlp, text, "both men")
    assert set(m.persons) == {"Tom Arvel", "Jon Brekke"}


def test_a_group_word_for_no_one_told_before_takes_no_one(nlp: Language) -> None:
    text = ("OSLO, May 10 (Wire) - A court in Peru sentenced the Norwegian pilot Tom Arvel to "
            "nine years on Friday.\n\n" + FILLER +
            "Norway demanded that Peru sign a treaty on the transfer of sentenced persons.")
    assert all(not m.persons for m in demands(nlp, text) if "treaty" in m.evidence.quote)


def test_her_is_the_captive_the_article_calls_she(nlp: Language) -> None:
    text = ("OSLO, May 10 (Wire) - Peru has held the Norwegian teacher Anna Vik since "
            "2029.\n\nShe was convicted of smuggling in a trial her family called a farce.\n\n"
            "Luis Prado, a Norwegian banker, was arrested in Peru in 2028.\n\n"
            "He was convicted of fraud.\n\n" + FILLER +
            "Norwegian Prime Minister Ola Strand asked Peru again to release her.")
    m = the_demand(nlp, text, "release her")
    assert m.persons == ("Anna Vik",)


def test_the_five_are_the_five_freed_together_and_kept_by_a_promise(nlp: Language) -> None:
    text = ("Norland freed Eva Lind on Saturday in exchange for five Vestan officials held at "
            "a desert prison.\n\nThe five, Ari Kall, Bo Dent, Cid Farr, Dov Gale and Eli Hart, "
            "were flown to Oskia.\n\nOskia promised to keep the five in the country for a "
            "year.\n\nVesta on Sunday demanded that the five be returned home at once.")
    five = {"Ari Kall", "Bo Dent", "Cid Farr", "Dov Gale", "Eli Hart"}
    assert set(told_in(nlp, text, EventType.PROMISE, "keep the five").persons) == five
    assert set(the_demand(nlp, text, "the five be returned").persons) == five


def test_a_promise_to_hold_talks_is_about_no_one(nlp: Language) -> None:
    text = ("Norland freed Eva Lind on Saturday.\n\nOskia promised to hold the talks in its "
            "capital.")
    promises = of(article(nlp, text).events, EventType.PROMISE)
    assert all(not m.persons for m in promises)
