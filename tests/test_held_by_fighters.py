"""Fighters told without a name hold the people an article frees: "A, the last Yian in the
hands of separatist rebels, was set free" and "A, held by guerrillas since May, was freed" were
freed by the one armed group the article names; with two such groups, by no one it can tell
(real spaCy, invented articles)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventMention, EventType


def released(nlp: Language, text: str) -> list[EventMention]:
    return of(article(nlp, text).events, EventType.RELEASE)


def test_in_the_hands_of_unnamed_rebels_beside_a_name(nlp: Language) -> None:
    text = ("Rebels free Icelandic tourist\n\n"
            "The Vark Front, a separatist group, seized six tourists on a beach in March.\n\n"
            "Ulla Thorsen, the last Icelander in the hands of separatist rebels in the south, was "
            "set free on Monday.\n")
    (freed,) = released(nlp, text)
    assert freed.persons == ("Ulla Thorsen",) and freed.by == "Vark Front"


def test_held_by_guerrillas_of_the_one_armed_group(nlp: Language) -> None:
    text = ("Guerrillas free Icelandic pilot\n\n"
            "The Vark Liberation Army shot down a crop-spraying plane in May.\n\n"
            "Karl Moen, a pilot held by guerrillas since May, was freed on Friday.\n")
    (freed,) = released(nlp, text)
    assert freed.by == "Vark Liberation Army"


def test_held_by_guerrillas_with_two_armed_groups_named(nlp: Language) -> None:
    text = ("Guerrillas free Icelandic pilot\n\n"
            "The Vark Liberation Army and the Solvik Liberation Front both operate in the "
            "hills.\n\n"
            "Karl Moen, a pilot held by guerrillas since May, was freed on Friday.\n")
    (freed,) = released(nlp, text)
    assert freed.by is None
