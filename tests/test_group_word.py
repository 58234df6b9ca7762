"""A group's word told through "the rebels" and "they", a group named "... Liberation Army"
told again as "the rebels" or "the army", and a captive told again by his calling ("the
general") (real spaCy, invented texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventMention, EventType

_TAKEN = "Rebels of the Vorta Liberation Army seized Tom Dahl, a retired army general, in May."


def promises(nlp: Language, text: str) -> list[EventMention]:
    return list(of(article(nlp, text).events, EventType.PROMISE))


def test_the_rebels_word_that_they_would_free_someone_is_their_groups(nlp: Language) -> None:
    (word,) = promises(nlp, _TAKEN + "\n\nOn Thursday the rebels said they would release four "
                                     "hostages within days.")
    assert word.by == "Vorta Liberation Army" and word.count == 4


def test_a_captive_told_again_by_his_calling_is_the_one_named(nlp: Language) -> None:
    (word,) = promises(nlp, _TAKEN + "\n\nThe group announced on Thursday that it would "
                                     "release the general on Saturday.")
    assert word.persons == ("Tom Dahl",)


def test_what_others_believe_a_group_would_do_is_no_word_of_its_own(nlp: Language) -> None:
    assert not promises(nlp, _TAKEN + "\n\nDiplomats assumed the rebels would release four "
                                      "hostages within days.")


def test_an_armed_groups_army_is_no_states(nlp: Language) -> None:
    text = ("The Vorta Liberation Army seized a town and six hostages in May.\n\nOn Friday "
            "the army freed two of the hostages.")
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert freed.by == "Vorta Liberation Army"


def test_it_carried_through_sentences_is_the_group_named_before(nlp: Language) -> None:
    text = ("OLMAR -- The Vorta Liberation Army said on Sunday that it still held Tom Dahl, "
            "the father of the Olmar United striker.\n\nIn a note sent to reporters, the "
            "guerrilla group listed the troops it had seen near its camps. With so many "
            "soldiers about, it said, the handover could not be made safely. It demanded that "
            "the army halt its sweeps in the hills before it freed the hostage.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Vorta Liberation Army"


def test_gunmen_of_a_nationality_are_no_states(nlp: Language) -> None:
    (freed,) = of(article(nlp, "Peruvian gunmen let two hostages go on Friday.").events,
                  EventType.RELEASE)
    assert freed.by is None


def test_indian_is_indias_only_where_the_article_names_india(nlp: Language) -> None:
    text = "Tom Dahl, held since May in an Indian village in the Olmar hills, was freed on Friday."
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert freed.by != "India"
    (freed,) = of(article(nlp, "Tom Dahl, held since May in an Indian jail, was freed on Friday "
                               "and flew home from New Delhi.").events, EventType.RELEASE)
    assert freed.by == "India"


def test_the_north_and_the_south_are_the_halves_the_article_names(nlp: Language) -> None:
    text = ("Shells fell near the border on Monday, and North Korea denied firing them.\n\n"
            "On Friday the North sent a letter to the border village, and the South "
            "demanded an apology for the shelling.")
    events = article(nlp, text).events
    (letter,) = of(events, EventType.LETTER)
    (demand,) = of(events, EventType.DEMAND)
    assert letter.by == "North Korea" and demand.by == "South Korea"


def test_a_group_the_article_tells_as_rebels_is_the_rebels_among_others(nlp: Language) -> None:
    # session 37: "VLA guerrillas" names the VLA an armed group, so "the guerrillas" later
    # are the VLA and not Vark Mining, the other organisation named; told without an armed
    # noun, the VLA is not assumed to be them
    tail = (" seized two surveyors of Vark Mining in May. Vark Mining thanked the church on "
            "Monday.\n\nThe guerrillas announced that they would release three more hostages.")
    (word,) = promises(nlp, "VLA guerrillas" + tail)
    assert word.by == "VLA"
    (word,) = promises(nlp, "The VLA" + tail)
    assert word.by is None


def test_fighters_told_without_a_name_are_the_armed_group_the_article_names(
        nlp: Language) -> None:
    # session 37: "Leftist guerrillas on Friday freed A" with "a commander of the VLF" told
    # further down: the guerrillas are the VLF; the kidnappers of a text naming a firm and no
    # armed group are no one named
    text = ("Leftist guerrillas on Friday freed Ann Berg, the mayor's sister, after a month in "
            "their hands.\n\nAmong the prisoners the state let go was Ola Rud, a commander of "
            "the VLF captured in March.")
    (release,) = [r for r in of(article(nlp, text).events, EventType.RELEASE)
                  if "Ann Berg" in r.persons]
    assert release.by == "VLF"
    text = ("On Friday the kidnappers freed two hostages.\n\nVark Mining, their employer, "
            "said the men were well.")
    assert [r.by for r in of(article(nlp, text).events, EventType.RELEASE)] == [None]
