"""An armed group told taking people holds them, so it frees the hostages an article tells
freed with no one freeing them; a place people were kidnapped in holds no one, and a group
does not free its own men (real spaCy, invented texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventMention, EventType


def releases(nlp: Language, text: str) -> list[EventMention]:
    return list(of(article(nlp, text).events, EventType.RELEASE))


def test_a_group_that_took_hostages_frees_those_told_freed(nlp: Language) -> None:
    text = ("Gunmen of the Vorta Liberation Army kidnapped nine foreign hostages from a hotel "
            "in Olmar in March.\n\nThe first of them out was Ann Berg, a Chilean nurse in "
            "poor health, freed on Tuesday.")
    (freed,) = releases(nlp, text)
    assert freed.persons == ("Ann Berg",) and freed.by == "Vorta Liberation Army"


def test_where_people_were_kidnapped_is_not_who_holds_them(nlp: Language) -> None:
    text = ("Seven Chileans kidnapped in Lima last year are still missing.\n\nA hundred "
            "prisoners were released on Tuesday.")
    (freed,) = releases(nlp, text)
    assert freed.count == 100 and freed.by is None


def test_a_group_does_not_free_its_own_men(nlp: Language) -> None:
    text = ("Gunmen of the VLA kidnapped a Chilean engineer, Ann Berg, in March.\n\n"
            "Five militants of the Vorta Liberation Army were set free on Friday. She was "
            "handed to a priest that evening.")
    by_count = {m.count: m.by for m in releases(nlp, text)}
    assert by_count[5] is None
