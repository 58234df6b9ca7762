"""A month or a place written right before a surname, with no comma, is no part of the name:
"on the morning of 12 March Peters was freed", "in Oslo Lind's father read a letter"; nor is
a title such as "Field Marshal" (real spaCy, invented texts)."""

from __future__ import annotations

from spacy.language import Language

from dealwatch.extract.names import find_names
from dealwatch.model import EntityType


def _people(nlp: Language, text: str) -> list[str]:
    return [m.text for m in find_names(nlp(text), "doc1").mentions
            if m.type == EntityType.PERSON]


def test_a_day_and_month_before_a_surname_is_no_given_name(nlp: Language) -> None:
    assert _people(nlp, "On the morning of 12 March Peters was freed by the rebels.") == [
        "Peters"]
    assert _people(nlp, "Late in May Peters was freed.") == ["Peters"]


def test_a_capital_after_in_before_a_surname_is_the_place(nlp: Language) -> None:
    people = _people(nlp, "On Friday the paper held a vigil for its reporter, and in Oslo "
                          "Berg's mother, Kari, read a statement to the crowd.")
    assert "Berg" in people and not any("Oslo" in p for p in people)


def test_a_given_name_that_is_a_month_still_names_a_person(nlp: Language) -> None:
    assert _people(nlp, "She thanked April Lind.") == ["April Lind"]


def test_a_field_marshal_is_a_title_not_part_of_the_name(nlp: Language) -> None:
    names = [(m.text, m.roles) for m in find_names(
        nlp("The president telephoned Field Marshal Ivan Dorn on Friday."), "doc1").mentions
        if m.type == EntityType.PERSON]
    assert ("Ivan Dorn", ("Field Marshal",)) in names
