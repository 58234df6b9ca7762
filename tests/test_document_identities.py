"""A roll call of true names: people who lived under cover names are named one statement
each, and the true names are the people of the group's release.

Every text is invented; the real spaCy pipeline parses it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from dealwatch.document.identities import true_names
from dealwatch.extract.names import find_names
from dealwatch.model import EventType
from tests.texts import article, of, sentence_events

ROLL_CALL = (
    "Eight people who lived under false names in Kestria pleaded guilty on Tuesday and were "
    "ordered to leave the country as part of an exchange with Dravonia.\n\n"
    "The hearing turned into a roll call. The man known as Peter Hollis said he was Oleg "
    "Marinov; the woman known as Jane Hollis gave her name as Irina Marinova. Tom Reddick "
    "turned out to be Pavel Sorokin, and Ann Lowry was Vera Kuznetsova. Two - Boris Lebedev "
    "and Nina Orlova - had used their own names.\n"
)


def test_true_names_are_the_ones_a_statement_gives(nlp: Language) -> None:
    doc = nlp("The man known as Peter Hollis said he was Oleg Marinov; the woman known as "
              "Jane Hollis gave her name as Irina Marinova.")
    names = find_names(doc, "doc")
    found = [n for sent in doc.sents for n in true_names(sent, names)]
    assert "Oleg Marinov" in found and "Irina Marinova" in found
    assert "Peter Hollis" not in found and "Jane Hollis" not in found


def test_a_role_is_no_identity_statement(nlp: Language) -> None:
    doc = nlp("The winner was Oleg Marinov, and the runner-up was Pavel Sorokin.")
    assert true_names(doc[:], find_names(doc, "doc")) == []


def test_a_roll_call_names_the_group_it_can_hold(nlp: Language) -> None:
    (release,) = of(article(nlp, ROLL_CALL).events, EventType.RELEASE)
    assert release.count == 8
    assert set(release.persons) == {"Oleg Marinov", "Irina Marinova", "Pavel Sorokin",
                                    "Vera Kuznetsova", "Boris Lebedev", "Nina Orlova"}
    assert len(release.context) >= 2  # the statements are its evidence


def test_a_roll_call_larger_than_every_group_names_none(nlp: Language) -> None:
    text = ROLL_CALL.replace("Eight people", "Three people")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.persons == ()


@pytest.mark.parametrize("text", [
    "Simon Ward of Easton said he was Lev Antonov, and his wife, Carla Ward, Olga Antonova.",
    "Martin Heath of Easton, Vermont, said he was Andrei Belov, and his partner, Ruth Hale, "
    "Olga Antonova.",
])
def test_the_name_after_a_bare_comma_repeats_the_statement(nlp: Language, text: str) -> None:
    doc = nlp(text)
    found = true_names(doc[:], find_names(doc, "doc"))
    assert "Olga Antonova" in found
    assert not {"Carla Ward", "Simon Ward", "Ruth Hale", "Martin Heath"} & set(found)


def test_a_list_after_an_identity_statement_is_not_gapped(nlp: Language) -> None:
    doc = nlp("Simon Ward said he was Lev Antonov, and his lawyers, Carla Ward, Olga Antonova "
              "and Ian Pike, said nothing.")
    assert "Olga Antonova" not in true_names(doc[:], find_names(doc, "doc"))


# --- expelled in a swap -----------------------------------------------------------------------


def test_ordered_out_in_a_swap_is_a_release_by_the_state_left(nlp: Language) -> None:
    (m,) = of(sentence_events(nlp, "Six Chilean agents ordered out of Norway ahead of swap"),
              EventType.RELEASE)
    assert m.count == 6 and m.by == "Norway"


def test_an_expulsion_without_a_swap_is_no_release(nlp: Language) -> None:
    assert of(sentence_events(nlp, "Norway ordered six Chilean diplomats to leave the "
                                   "country on Monday."), EventType.RELEASE) == []


def test_each_true_name_keeps_the_cover_name_before_it(nlp: Language) -> None:
    names = article(nlp, ROLL_CALL).names
    covers = {m.text: m.alias_of for m in names if m.alias_of}
    assert covers == {"Peter Hollis": "Oleg Marinov", "Jane Hollis": "Irina Marinova",
                      "Tom Reddick": "Pavel Sorokin", "Ann Lowry": "Vera Kuznetsova"}


def test_a_second_name_told_as_known_as_is_the_same_person(nlp: Language) -> None:
    text = ("Peru freed Lars Lund, better known to his pupils as Tommy Olsen, and Nils Dahl "
            "on Saturday. Erik Moen, who also uses the name Henrik Berg, is still held.")
    covers = {m.text: m.alias_of for m in article(nlp, text).names if m.alias_of}
    assert covers == {"Tommy Olsen": "Lars Lund", "Henrik Berg": "Erik Moen"}
