"""More shapes of the freed named in lists (real spaCy, invented texts; session 29):
semicolon lists, a list's last segment headed by a group, the craft that brought them home,
a naming verb before a colon, an inverted "also freed", members of a group."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType

LEAD = "LIMA -- Chile released four prisoners on Monday."


def _releases(nlp: Language, text: str) -> list[tuple[str | None, int | None, set[str]]]:
    return [(m.by, m.count, set(m.persons))
            for m in of(article(nlp, text).events, EventType.RELEASE)]


def _freed(nlp: Language, text: str) -> set[str]:
    return {p for _, _, persons in _releases(nlp, text) for p in persons}


def test_a_release_of_a_semicolon_list_frees_everyone_and_counts_them(nlp: Language) -> None:
    text = ("LIMA -- On Monday, Chile released Ann Berg, the student arrested in 2019; Tom "
            "Dahl, a pilot the government accused of spying; Kai Strand, a businessman from "
            "Lima held after buying a house on the coast; and Eva Holm, a 60-year-old nurse "
            "who was detained in Santiago in 2022.")
    assert _releases(nlp, text) == [
        ("Chile", 4, {"Ann Berg", "Tom Dahl", "Kai Strand", "Eva Holm"})]
    # one person described at length, no list: one freed
    one = ("LIMA -- On Monday, Chile released Ann Berg, the student arrested in 2019; her "
           "lawyer said she would fly home.")
    assert _releases(nlp, one) == [("Chile", 1, {"Ann Berg"})]


def test_a_last_segment_headed_by_a_group_names_its_people(nlp: Language) -> None:
    text = (f"{LEAD} Among those who came home were the wife of the former mayor, Ann Berg; "
            "Tom Dahl, the son of the union leader; Kai Strand, who ran the local radio; and "
            "two members of the Vark Front party, Eva Holm and Lars Moe.")
    assert _freed(nlp, text) >= {"Tom Dahl", "Kai Strand", "Eva Holm", "Lars Moe"}


def test_the_people_on_the_plane_that_landed_are_the_freed(nlp: Language) -> None:
    landed = (f"{LEAD} On board the flight that landed in Lima on Tuesday were Ann Berg and "
              "Tom Dahl.")
    assert _freed(nlp, landed) == {"Ann Berg", "Tom Dahl"}
    listed = (f"{LEAD} On the plane that landed in Lima were two sailors and two reporters: "
              "the sailor Ann Berg, the cook Tom Dahl, Eva Holm and Lars Moe.")
    assert _freed(nlp, listed) == {"Ann Berg", "Tom Dahl", "Eva Holm", "Lars Moe"}
    # a plane leaving, not arriving, tells no one's homecoming
    left = f"{LEAD} On the plane that took off from Lima were Ann Berg and Tom Dahl."
    assert _freed(nlp, left) == set()


def test_a_group_named_after_a_colon_of_its_naming_verb(nlp: Language) -> None:
    lead = "LIMA -- Chile released the prisoners of the Vark Front on Monday."
    text = (f"{lead} They left Santiago at 4 p.m. and were named by officials: Ann Berg, "
            "Tom Dahl, Kai Strand and Eva Holm.")
    assert _freed(nlp, text) == {"Ann Berg", "Tom Dahl", "Kai Strand", "Eva Holm"}
    # the people who did the naming, not the named, are before the colon
    other = (f"{LEAD} The names were read out by officials: Ann Berg spoke first and Tom "
             "Dahl later.")
    assert _freed(nlp, other) == set()


def test_an_inverted_also_released_group_is_not_freed_by_its_first_name(
        nlp: Language) -> None:
    text = ("LIMA -- Chile released two Peruvian pilots on Monday. Also released on Monday "
            "were five men convicted in the same case: Ann Berg, Tom Dahl, Kai Strand, Eva "
            "Holm and Lars Moe.")
    releases = _releases(nlp, text)
    assert all(by == "Chile" for by, _, _ in releases)
    assert _freed(nlp, text) == {"Ann Berg", "Tom Dahl", "Kai Strand", "Eva Holm", "Lars Moe"}


def test_members_of_a_group_can_be_freed(nlp: Language) -> None:
    text = "LIMA -- Chile released six members of the Vark Front on Monday."
    assert _releases(nlp, text) == [("Chile", 6, set())]
    one = "LIMA -- Chile freed a member of the opposition on Monday."
    assert [by for by, _, _ in _releases(nlp, one)] == ["Chile"]


def test_a_pair_opening_a_semicolon_segment_is_freed_whole(nlp: Language) -> None:
    text = (f"{LEAD} Among those who returned to the capital were the poet Ann Berg; Tom Dahl "
            "and Kai Strand, two fishermen who had been held on charges of spying; and the "
            "former mayor Eva Holm, who had been accused of fraud.")
    assert _freed(nlp, text) == {"Ann Berg", "Tom Dahl", "Kai Strand", "Eva Holm"}


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


def test_a_list_led_in_by_a_colon_names_the_group_told_before(nlp: Language) -> None:
    paragraphs = (f"{LEAD} The four are:\n\nAnn Berg, 45, a journalist arrested in 2021.\n\n"
                  "Tom Dahl, a pilot held since 2019.\n\nKai Strand, 60, a businessman.\n\n"
                  "Eva Holm, a student.")
    assert _freed(nlp, paragraphs) == {"Ann Berg", "Tom Dahl", "Kai Strand", "Eva Holm"}
    bullets = (f"{LEAD} Those freed were:\n- Ann Berg, a journalist\n- Tom Dahl, a pilot\n"
               "- Kai Strand, a businessman\n- Eva Holm, a student")
    assert _freed(nlp, bullets) == {"Ann Berg", "Tom Dahl", "Kai Strand", "Eva Holm"}
    numbered = (f"{LEAD} They are:\n1. Ann Berg, a journalist\n2. Tom Dahl, a pilot\n"
                "3. Kai Strand, a businessman\n4. Eva Holm, a student")
    assert _freed(nlp, numbered) == {"Ann Berg", "Tom Dahl", "Kai Strand", "Eva Holm"}
    # a list of others led in the same way is no list of the freed
    others = f"{LEAD} The negotiators were:\n\nAnn Berg, a diplomat\n\nTom Dahl, a lawyer"
    assert _freed(nlp, others) == set()


def test_a_label_or_their_names_give_the_freed(nlp: Language) -> None:
    label = f"{LEAD} Released: Ann Berg, Tom Dahl, Kai Strand and Eva Holm."
    assert _freed(nlp, label) == {"Ann Berg", "Tom Dahl", "Kai Strand", "Eva Holm"}
    given = (f"{LEAD} Their names were given as Ann Berg, Tom Dahl, Kai Strand and "
             "Eva Holm.")
    assert _freed(nlp, given) == {"Ann Berg", "Tom Dahl", "Kai Strand", "Eva Holm"}
    # a label of something else names no one freed
    other = f"{LEAD} Negotiators: Ann Berg and Tom Dahl."
    assert _freed(nlp, other) == set()


def test_one_of_the_freed_named_in_apposition_or_as_a_second_subject(nlp: Language) -> None:
    lead = "LIMA -- Chile freed 12 Peruvian fishermen on Monday."
    among = f"{lead} Among them was the captain, Ann Berg, 61."
    assert _freed(nlp, among) == {"Ann Berg"}
    quoted = (f'{lead} "I never thought I would see my family again," said Ann Berg, one of '
              "the freed men.")
    assert _freed(nlp, quoted) == {"Ann Berg"}
    other = (f'{lead} "It was a long road," said Ann Berg, one of the negotiators.')
    assert _freed(nlp, other) == set()
