"""The freed named after their release in shapes news uses (real spaCy, invented texts;
session 23)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType

LEAD = "KYIV -- Chile freed 35 Peruvian prisoners on Saturday."


def _freed(nlp: Language, text: str) -> set[str]:
    return {p for m in of(article(nlp, text).events, EventType.RELEASE) for p in m.persons}


@pytest.mark.parametrize("after", [
    "Also freed were Ann Berg and Tom Dahl.",
    "Also released were the journalist Ann Berg and the teacher Tom Dahl.",
    "Also released were the journalist Ann Berg, the activist Tom Dahl and the pilot Lea Holm.",
])
def test_the_freed_after_an_inverted_also_freed_were(nlp: Language, after: str) -> None:
    assert _freed(nlp, f"{LEAD} {after}") >= {"Ann Berg", "Tom Dahl"}


def test_a_release_told_as_a_participle_with_its_day(nlp: Language) -> None:
    text = "KYIV -- Talks went on. Ann Berg and Tom Dahl, freed on Friday, flew to Lima."
    assert _freed(nlp, text) == {"Ann Berg", "Tom Dahl"}
    background = "KYIV -- Talks went on. The men, released in 2019, still live in Lima."
    assert all(m.date is None or m.date.value != "2019"
               for m in of(article(nlp, background).events, EventType.RELEASE)
               if m.cue == "released")


def test_everyone_of_an_among_list_in_the_release_s_sentence(nlp: Language) -> None:
    text = ("KYIV -- Among the Peruvians freed by Chile on Saturday were the filmmaker Ann "
            "Berg, the activist Tom Dahl, the journalist Lea Holm and 24 sailors.")
    assert _freed(nlp, text) == {"Ann Berg", "Tom Dahl", "Lea Holm"}



def test_those_who_landed_are_the_freed(nlp: Language) -> None:
    text = f"{LEAD} Those who landed in Lima were the journalist Ann Berg and Tom Dahl."
    assert _freed(nlp, text) == {"Ann Berg", "Tom Dahl"}
    # a group a relative clause tells doing something else is another group
    other = f"{LEAD} The officials who arranged it were Ann Berg and Tom Dahl."
    assert _freed(nlp, other) == set()


def test_among_the_number_freed_the_parse_took_for_a_noun(nlp: Language) -> None:
    # the tagger reads "freed" after a number as a noun: still the participle of a release
    text = "LIMA -- Among the 12 freed on Friday was the journalist Ann Berg."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.count, release.persons) == (12, ("Ann Berg",))


def test_a_group_told_as_freed_is_named_in_the_next_paragraph_too(nlp: Language) -> None:
    text = f"{LEAD}\n\nThose who landed in Lima on Sunday were Ann Berg and Tom Dahl."
    assert _freed(nlp, text) == {"Ann Berg", "Tom Dahl"}
    # a pronoun alone does not reach over the paragraph (test_document_freed)
    assert _freed(nlp, f"{LEAD}\n\nThey are Ann Berg and Tom Dahl.") == set()
    # those who came home earlier were freed before: another release
    earlier = f"{LEAD} Those who came home earlier included Ann Berg and Tom Dahl."
    assert _freed(nlp, earlier) == set()


@pytest.mark.parametrize("after", [
    "Those who came home included Ann Berg and Tom Dahl.",
    "Among those now home are the aid worker Ann Berg and the pilot Tom Dahl.",
    "Among them are the aid worker Ann Berg and the pilot Tom Dahl.",
])
def test_those_home_and_an_among_list_after_the_verb(nlp: Language, after: str) -> None:
    assert _freed(nlp, f"{LEAD} {after}") == {"Ann Berg", "Tom Dahl"}


@pytest.mark.parametrize(("text", "count"), [
    ("The rebels released 82 schoolgirls on Sunday.", 82),
    ("The 21 girls freed by the rebels arrived in Lima on Sunday.", 21),
    ("An official said five rebel commanders had been released in exchange.", 5),
    ("Chile freed four militants on Friday.", 4),
])
def test_girls_pupils_and_militants_are_people_a_side_frees(nlp: Language, text: str,
                                                            count: int) -> None:
    releases = of(article(nlp, f"LIMA -- {text}").events, EventType.RELEASE)
    assert count in {m.count for m in releases}


@pytest.mark.parametrize(("text", "count"), [
    ("Chile freed twenty-four Peruvians on Saturday.", 24),
    ("Thirty-three Peruvians were released by Chile on Saturday.", 33),
    ("Chile freed 35 Peruvians and twenty-one Norwegians.", 56),
])
def test_a_spelled_compound_number_counts_whole(nlp: Language, text: str, count: int) -> None:
    (release,) = of(article(nlp, f"LIMA -- {text}").events, EventType.RELEASE)
    assert release.count == count


def test_a_nationality_before_a_name_is_not_part_of_it(nlp: Language) -> None:
    # "Briton A B", "Norwegians A B and C D": the NER's span takes the nationality in, and a
    # nationality before a name is no second side freeing someone ("and American C D")
    text = ("LIMA -- Briton Ann Berg and American Tom Dahl were freed on Monday.\n\n"
            "The four - Norwegians Lea Holm and Mia Lund, Swede Kai Strand and Dane Per Vik - "
            "were handed to officials.")
    releases = of(article(nlp, text).events, EventType.RELEASE)
    assert all(m.by is None for m in releases)
    assert {p for m in releases for p in m.persons} >= {"Ann Berg", "Tom Dahl", "Lea Holm",
                                                       "Mia Lund", "Kai Strand"}
    assert not any(p.split()[0] in ("Briton", "American", "Norwegians", "Swede", "Dane")
                   for m in releases for p in m.persons)


def test_the_person_an_apposition_freed_by_someone_describes(nlp: Language) -> None:
    text = "STOCKHOLM -- Lea Holm, the aid worker freed by militants on Tuesday, thanked them."
    assert _freed(nlp, text) == {"Lea Holm"}


def test_a_role_named_and_a_number_of_others_count_all(nlp: Language) -> None:
    text = "Chile freed the journalist Ann Berg and three other Peruvians on Friday."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 4 and release.persons == ("Ann Berg",)


def test_a_pronoun_list_in_the_next_one_sentence_paragraph(nlp: Language) -> None:
    text = "Chile freed four Peruvians on Friday.\n\nAmong them were Ann Berg and Tom Dahl."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert set(release.persons) == {"Ann Berg", "Tom Dahl"}
    far = ("Chile freed four Peruvians on Friday.\n\nPeru thanked the mediators.\n\nAmong them "
           "were Ann Berg and Tom Dahl.")  # two sentences on: "them" may be anyone
    assert not of(article(nlp, far).events, EventType.RELEASE)[0].persons


@pytest.mark.parametrize("after", [
    "Ann Berg, a journalist, was one of them.",
    "Also on the list were Ann Berg and Tom Dahl, both journalists.",
    "\n\nAnn Berg, 45, a teacher from Lima, was among them. So was Tom Dahl, a journalist.",
])
def test_one_of_them_on_the_list_and_so_was(nlp: Language, after: str) -> None:
    # session 26: a member of the group told as "one of them", the group as "the list", and
    # "So was B" right after a name taken, more of the same list
    wanted = {"Ann Berg"} if "one of them" in after else {"Ann Berg", "Tom Dahl"}
    assert _freed(nlp, f"{LEAD} {after}") == wanted


def test_so_was_after_no_list_names_no_one_freed(nlp: Language) -> None:
    text = f"{LEAD} Ann Berg said the talks were useful. So was Tom Dahl, a journalist."
    assert _freed(nlp, text) == set()


def test_a_given_name_after_his_wife_or_her_children_takes_the_family_name(
        nlp: Language) -> None:
    # session 26: "Tom Berg, 47, and his wife Lea" names Lea Berg; a semicolon ends a family
    text = ("KYIV -- Chile freed nine Peruvians on Saturday. Among those released were Tom "
            "Berg, 47, and his wife Lea; Eva Holm and three of her children, Lea, Ola and "
            "Tom; and Rut and Liv Dahl.")
    assert _freed(nlp, text) == {"Tom Berg", "Lea Berg", "Eva Holm", "Lea Holm", "Ola Holm",
                                 "Tom Holm", "Rut Dahl", "Liv Dahl"}
    other = f"{LEAD} Among them were Tom Berg and his wife Lea Moen."  # her own surname
    assert _freed(nlp, other) == {"Tom Berg", "Lea Moen"}


def test_a_list_of_many_is_not_the_release_of_one_named_person(nlp: Language) -> None:
    # session 26: "they had freed Strand" has room for Strand only; the list after it is of
    # the group of 19 told before
    text = ("Ann Berg, a 4-year-old girl, was among 19 hostages released by the rebels on "
            "Sunday.\n\n\"Ann is free,\" the president told reporters.\n\nNorway said the "
            "group was made up of 18 Peruvians and a Chilean man, Kai Strand, 25. The rebels "
            "said they had freed Strand outside the terms of the agreement.\n\nAmong those "
            "released were Eva Holm and Tom Dahl. Siv Moen, 84, was flown to a hospital.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    (group,) = [m for m in released if m.count == 19]
    assert {"Eva Holm", "Tom Dahl", "Siv Moen"} <= set(group.persons)
    assert all("Eva Holm" not in m.persons for m in released if m.count != 19)


def test_the_still_held_of_a_later_list_are_not_freed(nlp: Language) -> None:
    # session 26: a list told as of those held still, in its own part of the sentence
    text = (f"{LEAD} Ann Berg's husband Tom Dahl and Kai Strand are among the men still held.")
    assert not _freed(nlp, text) & {"Tom Dahl", "Kai Strand"}
    text = (f"{LEAD} They include Ann Berg and Lea Holm; Ann's husband, Tom Dahl, is still "
            "held.")
    assert _freed(nlp, text) >= {"Ann Berg", "Lea Holm"}


@pytest.mark.parametrize(("text", "count"), [
    ("Ann Berg walked free on Monday along with Tom Dahl.", 2),
    ("Chile freed Ann Berg on Monday alongside two other Peruvians, Tom Dahl and Kai Strand.",
     3),
    ("Chile on Monday freed Ann Berg together with her colleague Tom Dahl.", 2),
])
def test_people_freed_along_with_the_named_are_freed_too(nlp: Language, text: str,
                                                         count: int) -> None:
    # session 26: "along with", "alongside", "together with" name more of the freed
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert "Tom Dahl" in release.persons and release.count == count
    helped = "Chile freed Ann Berg on Monday with the help of Norway."
    assert of(article(nlp, helped).events, EventType.RELEASE)[0].persons == ("Ann Berg",)


def test_a_list_of_the_freed_by_segments_opening_with_a_role(nlp: Language) -> None:
    # session 26: "; the siblings A and B" opens with a role; "the girl from Moshav X" is
    # where she is from, whatever the tagger calls it
    text = ("KYIV -- Chile freed nine Peruvians on Saturday. Among those released were Ann "
            "Berg, the girl from Moshav Ramot; Tom Dahl, 21; the pilot Kai Strand; and Eva "
            "Holm and her daughter Lea.")
    freed = _freed(nlp, text)
    assert {"Ann Berg", "Tom Dahl", "Kai Strand", "Eva Holm", "Lea Holm"} <= freed
    assert not any("Moshav" in p for p in freed)


def test_a_roll_call_of_those_coming_off_the_plane_names_the_freed(nlp: Language) -> None:
    # session 26: "First down the steps were A and his wife B", in the next paragraph too
    text = ("KYIV -- Five Peruvians held in Chile came home on Tuesday.\n\nFirst down the steps "
            "were Tom Berg, 47, and his wife Lea. Last off the aircraft was Eva Holm, 43.")
    assert _freed(nlp, text) == {"Tom Berg", "Lea Berg", "Eva Holm"}
    said = f"{LEAD} First, the minister thanked Norway. Next, Tom Berg spoke."
    assert _freed(nlp, said) == set()


def test_a_wife_whose_given_name_is_a_place_s_is_still_freed(nlp: Language) -> None:
    # session 26: "his wife Florence", whatever the tagger takes Florence for
    text = f"{LEAD} Among them were Tom Berg, 47, and his wife Florence, 45."
    assert _freed(nlp, text) == {"Tom Berg", "Florence Berg"}


def test_a_list_after_a_colon_the_parse_cut_off(nlp: Language) -> None:
    # session 26: the parse may end the sentence at the colon; the list is still the three's
    text = "Chile freed the three on Monday: Ann Berg, Tom Dahl and Kai Strand."
    assert _freed(nlp, text) == {"Ann Berg", "Tom Dahl", "Kai Strand"}


@pytest.mark.parametrize(("after", "side"), [
    ("Among those freed by Chile were Ann Berg and Tom Dahl.", "Chile"),
    ("Among those released by Peru were Ann Berg and Tom Dahl.", "Peru"),
    ("The Peruvians included Ann Berg and Tom Dahl.", "Chile"),
    ("Among the Chileans were Ann Berg and Tom Dahl.", "Peru"),
])
def test_a_list_after_a_swap_goes_to_the_half_it_names(nlp: Language, after: str,
                                                      side: str) -> None:
    # session 27: after two releases told in one sentence, the list goes to the release of
    # the side it names ("freed by X") or of the group word it repeats ("the Xians")
    text = ("Chile freed 12 Peruvians on Monday and Peru released eight Chileans in return. "
            + after)
    releases = of(article(nlp, text).events, EventType.RELEASE)
    named = {r.by for r in releases if r.persons}
    assert named == {side}, releases
    (listed,) = [r for r in releases if r.persons]
    assert set(listed.persons) == {"Ann Berg", "Tom Dahl"}


def test_a_list_with_no_verb_after_among_the_freed_and_a_colon(nlp: Language) -> None:
    # session 27: "Among the freed: A, a lawyer; B, a teacher; and C"
    text = ("Chile freed 12 prisoners on Monday in a deal brokered by Peru. The talks had "
            "lasted for months, officials said.\nAmong the freed: Ann Berg, a lawyer; Tom Dahl, "
            "a teacher; and Kai Strand.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert set(release.persons) == {"Ann Berg", "Tom Dahl", "Kai Strand"}
    text = "Chile freed 12 prisoners on Monday. Among those still held: Ann Berg and Tom Dahl."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert not release.persons


def test_the_group_freed_included_names_in_its_own_sentence(nlp: Language) -> None:
    # session 27: "The 12 prisoners freed by X on Monday included A and B"
    text = "The 12 prisoners freed by Chile on Monday included Ann Berg and Tom Dahl."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.by, release.count) == ("Chile", 12)
    assert set(release.persons) == {"Ann Berg", "Tom Dahl"}


def test_a_semicolon_list_whose_last_item_opens_with_a_role_and_a_comma(nlp: Language) -> None:
    # session 27: "...; and a fourth man, C": the role and its comma open the last item
    text = ("The Americans freed on Saturday were the Lima Post reporter Tom Dahl; Kai Strand, "
            "a former Marine from Ohio; and a third man, Ola Nord.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert set(release.persons) == {"Tom Dahl", "Kai Strand", "Ola Nord"}


def test_the_names_after_a_clause_about_a_counted_group_are_its_members(
        nlp: Language) -> None:
    text = ("Moscow released two Latvian citizens, Ann Kask and Jon Tamm. In return Latvia "
            "sent back two Russians it had jailed for espionage, Pavel Orlov and Dmitri "
            "Sokolov.")
    released = {m.by: set(m.persons) for m in of(article(nlp, text).events, EventType.RELEASE)}
    assert released["Latvia"] == {"Pavel Orlov", "Dmitri Sokolov"}


def test_them_after_others_told_as_held_are_not_the_freed(nlp: Language) -> None:
    text = ("The family's release on Friday was welcome news for the ministry, which counts "
            "more than a dozen of its citizens held hostage abroad. Among them is Paul Marin, "
            "a pilot seized in March.")
    assert _freed(nlp, text) == set()
    text = "Peru freed a dozen soldiers held since March on Friday. Among them is Paul Marin."
    assert _freed(nlp, text) == {"Paul Marin"}
