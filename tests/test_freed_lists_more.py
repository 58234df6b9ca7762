"""More shapes of the freed named in lists (real spaCy, invented texts; session 29):
semicolon lists, a list's last segment headed by a group, the craft that brought them home,
a naming verb before a colon, lists led in by a colon, labels, "one of the freed men", an
inverted "also freed", members of a group, a rebel brigade named in apposition."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType

LEAD = "LIMA -- Chile released four prisoners on Monday."


def _releases(nlp: Language, text: str) -> list[tuple[str | None, int | None, set[str]]]:
    return [(m.by, m.count, set(m.persons))
            for m in of(article(nlp, text).events, EventType.RELEASE)]


def _freed(nlp: Language, text: str) -> set[str]:
    return {p for _, _, persons in _releases(nlp, text) for p in persons}


FOUR = frozenset({"Ann Berg", "Tom Dahl", "Kai Strand", "Eva Holm"})
TWELVE = "LIMA -- Chile freed 12 Peruvian fishermen on Monday."

# (text, the freed it names): each shape news lists the freed in, and a look-alike that
# lists someone else (no one freed).
SHAPES = [
    # a last semicolon segment headed by a group; the first segment's name ("the wife of the
    # former mayor, A") is left as the parse gives it
    (f"{LEAD} Among those who came home were the wife of the former mayor, Ann Berg; Tom Dahl, "
     "the son of the union leader; Kai Strand, who ran the local radio; and two members of the "
     "Vark Front party, Eva Holm and Lars Moe.", None),
    # a pair opening a segment
    (f"{LEAD} Among those who returned to the capital were the poet Ann Berg; Tom Dahl and Kai "
     "Strand, two fishermen who had been held on charges of spying; and the former mayor Eva "
     "Holm, who had been accused of fraud.", FOUR),
    # the craft that landed; not one that took off
    (f"{LEAD} On board the flight that landed in Lima on Tuesday were Ann Berg and Tom Dahl.",
     {"Ann Berg", "Tom Dahl"}),
    (f"{LEAD} On the plane that landed in Lima were two sailors and two reporters: the sailor "
     "Ann Berg, the cook Tom Dahl, Eva Holm and Lars Moe.",
     {"Ann Berg", "Tom Dahl", "Eva Holm", "Lars Moe"}),
    (f"{LEAD} On the plane that took off from Lima were Ann Berg and Tom Dahl.", set()),
    # a naming verb's colon; not a colon after others' words
    ("LIMA -- Chile released the prisoners of the Vark Front on Monday. They left Santiago at "
     "4 p.m. and were named by officials: Ann Berg, Tom Dahl, Kai Strand and Eva Holm.", FOUR),
    (f"{LEAD} The names were read out by officials: Ann Berg spoke first and Tom Dahl later.",
     set()),
    # a list led in by a colon, in paragraphs, bulleted or numbered; not a list of others
    (f"{LEAD} The four are:\n\nAnn Berg, 45, a journalist arrested in 2021.\n\nTom Dahl, a "
     "pilot held since 2019.\n\nKai Strand, 60, a businessman.\n\nEva Holm, a student.", FOUR),
    (f"{LEAD} Those freed were:\n- Ann Berg, a journalist\n- Tom Dahl, a pilot\n- Kai Strand, a "
     "businessman\n- Eva Holm, a student", FOUR),
    (f"{LEAD} They are:\n1. Ann Berg, a journalist\n2. Tom Dahl, a pilot\n3. Kai Strand, a "
     "businessman\n4. Eva Holm, a student", FOUR),
    (f"{LEAD} The negotiators were:\n\nAnn Berg, a diplomat\n\nTom Dahl, a lawyer", set()),
    # a label, "their names"; not a label of others
    (f"{LEAD} Released: Ann Berg, Tom Dahl, Kai Strand and Eva Holm.", FOUR),
    (f"{LEAD} Their names were given as Ann Berg, Tom Dahl, Kai Strand and Eva Holm.", FOUR),
    (f"{LEAD} Negotiators: Ann Berg and Tom Dahl.", set()),
    # one of the freed as a second subject, or beside "one of the freed men"
    (f"{TWELVE} Among them was the captain, Ann Berg, 61.", {"Ann Berg"}),
    (f'{TWELVE} "I never thought I would see my family again," said Ann Berg, one of the freed '
     "men.", {"Ann Berg"}),
    (f'{TWELVE} "It was a long road," said Ann Berg, one of the negotiators.', set()),
]


@pytest.mark.parametrize(("text", "freed"), SHAPES)
def test_the_freed_of_each_list_shape(nlp: Language, text: str,
                                      freed: set[str] | frozenset[str] | None) -> None:
    if freed is None:  # the first segment's name is the parse's to give
        assert _freed(nlp, text) >= {"Tom Dahl", "Kai Strand", "Eva Holm", "Lars Moe"}
    else:
        assert _freed(nlp, text) == freed


def test_a_release_of_a_semicolon_list_frees_everyone_and_counts_them(nlp: Language) -> None:
    text = ("LIMA -- On Monday, Chile released Ann Berg, the student arrested in 2019; Tom "
            "Dahl, a pilot the government accused of spying; Kai Strand, a businessman from "
            "Lima held after buying a house on the coast; and Eva Holm, a 60-year-old nurse "
            "who was detained in Santiago in 2022.")
    assert _releases(nlp, text) == [("Chile", 4, set(FOUR))]
    # one person described at length, no list: one freed
    one = ("LIMA -- On Monday, Chile released Ann Berg, the student arrested in 2019; her "
           "lawyer said she would fly home.")
    assert _releases(nlp, one) == [("Chile", 1, {"Ann Berg"})]


def test_an_inverted_also_released_group_is_not_freed_by_its_first_name(
        nlp: Language) -> None:
    text = ("LIMA -- Chile released two Peruvian pilots on Monday. Also released on Monday "
            "were five men convicted in the same case: Ann Berg, Tom Dahl, Kai Strand, Eva "
            "Holm and Lars Moe.")
    assert all(by == "Chile" for by, _, _ in _releases(nlp, text))
    assert _freed(nlp, text) == FOUR | {"Lars Moe"}


def test_members_of_a_group_can_be_freed(nlp: Language) -> None:
    text = "LIMA -- Chile released six members of the Vark Front on Monday."
    assert _releases(nlp, text) == [("Chile", 6, set())]
    one = "LIMA -- Chile freed a member of the opposition on Monday."
    assert [by for by, _, _ in _releases(nlp, one)] == ["Chile"]


def test_a_rebel_brigade_named_in_apposition_frees_not_its_country(nlp: Language) -> None:
    text = ("LIMA -- A report last month spoke of about 50 Vark members released by the "
            "Chilean rebel brigade Liwa al-Nasr.")
    assert [(by, n) for by, n, _ in _releases(nlp, text)] == [("Liwa al-Nasr", 50)]


def test_a_first_name_the_tagger_missed_before_a_semicolon_list(nlp: Language) -> None:
    # the tagger takes "Dallas" for a place and drops the name: the list after it is all
    # people, so the one it opens with is a person too
    text = ("KYIV -- President Ann Berg of Chile released Dallas Mansour, the best-known "
            "opposition figure in 2019; Tom Dahl, a pilot the government accused of spying; "
            "Kai Strand, a businessman from Lima; and Eva Holm, a nurse who was detained in "
            "Santiago in 2022.")
    assert _releases(nlp, text) == [
        ("Ann Berg", 4, {"Dallas Mansour", "Tom Dahl", "Kai Strand", "Eva Holm"})]
