"""The freed an article names away from its release, by what happened to them after it, on
invented articles (real spaCy)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of, told_in

from dealwatch.model import EventMention, EventType

LEAD = ("ARDEN, May 9 (Wire) - Norland freed five foreigners on Friday in an exchange "
        "brokered by Velmar, officials said.\n\n")


def releases(nlp: Language, text: str) -> list[EventMention]:
    return of(article(nlp, text).events, EventType.RELEASE)


def release_told(nlp: Language, text: str, words: str) -> EventMention:
    return told_in(nlp, text, EventType.RELEASE, words)


def the_release(nlp: Language, text: str) -> EventMention:
    return release_told(nlp, text, "freed five")


def test_people_told_as_come_home_are_the_freed_of_the_release_before(
        nlp: Language) -> None:
    text = LEAD + (
        "Among those who came home was the reporter Tomas Ferrek, held in Norland since "
        "2029.\n\n"
        "Lina Pask, an engineer, landed in Ostia late on Friday and was reunited with her "
        "husband on the tarmac.\n\n"
        "Dario Venn, a businessman jailed in Norland in 2028, was also among the detainees "
        "flown out of the capital.\n\n"
        "Another prisoner, Karel Mott, remains in a Norland jail, his family said.")
    m = the_release(nlp, text)
    assert {"Tomas Ferrek", "Lina Pask", "Dario Venn"} <= set(m.persons)
    assert "Karel Mott" not in m.persons
    assert m.count == 5
    assert any("came home" in e.quote for e in m.context)


def test_a_homecoming_to_the_state_that_freed_is_not_of_its_release(nlp: Language) -> None:
    text = ("LIMA, May 9 (Wire) - Peru freed two prisoners on Friday, officials said.\n\n"
            "Pel Garro landed in Lima on Friday evening.")
    assert "Pel Garro" not in release_told(nlp, text, "two prisoners").persons


def test_a_homecoming_of_another_time_is_not_of_the_release(nlp: Language) -> None:
    for later in ("Teo Brand had landed in Ostia on Wednesday after an earlier deal.",
                  "The release came a day after Teo Brand arrived back in Ostia.",
                  "Teo Brand is expected to land in Ostia next week.",
                  "Teo Brand landed in Ostia on 3 March 2029."):
        m = the_release(nlp, LEAD + later)
        assert "Teo Brand" not in m.persons, later


def test_a_release_with_all_its_people_named_takes_no_more(nlp: Language) -> None:
    text = ("ARDEN, May 9 (Wire) - Norland freed one man, the reporter Tomas Ferrek, on "
            "Friday.\n\n"
            "Ola Berg landed in Ostia late on Friday.")
    assert "Ola Berg" not in release_told(nlp, text, "freed one man").persons


SWAP = ("ARDEN, May 9 (Wire) - Norland and Sudland carried out their biggest prisoner swap "
        "in decades on Friday, with Norland releasing 12 people held in its prisons in "
        "exchange for five held in Sudland.\n\n")


def the_swap(nlp: Language, text: str) -> EventMention:
    return release_told(nlp, text, "biggest prisoner swap")


def test_a_list_whose_subject_tells_the_freed_names_the_release_people(nlp: Language) -> None:
    text = SWAP + ("The Sudland citizens freed included the reporter Tomas Ferrek, the former "
                   "soldier Dario Venn and the activist Anna Roos, officials said.")
    m = the_swap(nlp, text)
    assert {"Tomas Ferrek", "Dario Venn", "Anna Roos"} <= set(m.persons)
    assert any("freed included" in e.quote for e in m.context)


def test_people_told_as_still_held_are_no_list_of_the_freed(nlp: Language) -> None:
    text = SWAP + "The prisoners released did not include Ivo Kask, who remains in jail."
    assert "Ivo Kask" not in the_swap(nlp, text).persons


def test_a_heading_of_the_freed_over_paragraphs_that_begin_with_names(nlp: Language) -> None:
    text = SWAP + (
        "Who was freed\n\n"
        "Tomas Ferrek: a correspondent for a weekly newspaper, he was arrested in 2029 and "
        "sentenced to 16 years on spying charges.\n\n"
        "Dario Venn: a former soldier, Venn was detained in 2027 and convicted of espionage.\n\n"
        "What comes next\n\n"
        "Anna Roos: the activist plans to run for parliament.")
    m = the_swap(nlp, text)
    assert {"Tomas Ferrek", "Dario Venn"} <= set(m.persons)
    assert "Anna Roos" not in m.persons


def test_people_held_by_the_side_that_freed_fill_its_number(nlp: Language) -> None:
    text = ("LIMA, May 9 (Wire) - Peru freed three foreigners on Friday in an exchange "
            "brokered by Chile, officials said.\n\n"
            "Dario Venn, a businessman, was jailed in Peru in 2028 after a dispute with a "
            "state company.\n\n"
            "Anna Roos, held in Peru since 2027, was convicted of smuggling last year.\n\n"
            "Ivo Kask, another prisoner held in Peru, remains in jail, his family said.")
    m = release_told(nlp, text, "three foreigners")
    assert {"Dario Venn", "Anna Roos"} <= set(m.persons)
    assert "Ivo Kask" not in m.persons


def test_among_the_number_the_release_gave_are_its_people(nlp: Language) -> None:
    text = ("ARDEN, May 9 (Wire) - Norland released six foreigners on Friday, officials "
            "said.\n\nA spokesman called it a humanitarian gesture.\n\nThe talks took a "
            "year.\n\nThey ended in Velmar in March.\n\n"
            "Among the six are Tomas Ferrek, a reporter from Ostia, and Dario Venn, a "
            "businessman jailed since 2028.")
    assert {"Tomas Ferrek", "Dario Venn"} <= set(release_told(nlp, text, "released six").persons)


def test_a_list_of_the_freed_in_an_article_that_tells_no_release_is_one(
        nlp: Language) -> None:
    text = ("ARDEN, May 9 (Wire) - The talks took a year and ended in Velmar.\n\n"
            "The Sudland citizens freed with him included the reporter Tomas Ferrek and "
            "Dario Venn, two men jailed over a plot to remove Ivo Marek.")
    (m,) = releases(nlp, text)
    assert set(m.persons) == {"Tomas Ferrek", "Dario Venn"}
    assert m.cue == "included" and "freed with him" in m.evidence.quote


def test_a_list_after_a_fronted_source_names_the_freed(nlp: Language) -> None:
    text = ("ARDEN, May 9 (Wire) - Norland freed sixteen people on Friday in an exchange "
            "brokered by Velmar, officials said.\n\n"
            "According to the list circulated by the agency, those released from prisons in "
            "Norland were: Jon Sigurdsson, Olaf Haraldsson, Gunnar Hamundarson, Kari "
            "Solmundarson and Njal Thorgeirsson.\n")
    release = release_told(nlp, text, "freed sixteen")
    assert set(release.persons) == {"Jon Sigurdsson", "Olaf Haraldsson", "Gunnar Hamundarson",
                                    "Kari Solmundarson", "Njal Thorgeirsson"}


def test_among_those_aboard_the_aircraft_are_the_freed_flown_out(nlp: Language) -> None:
    # session 48: "Among those aboard the aircraft were A, a reporter; B and C; and D"
    text = LEAD + (
        "The talks had dragged on for months, officials said.\n\n"
        "Among those aboard the aircraft were Tomas Ferrek, a reporter; Lina Pask and Dario "
        "Venn, two engineers; and the teacher Karel Mott.")
    m = the_release(nlp, text)
    assert {"Tomas Ferrek", "Lina Pask", "Karel Mott"} <= set(m.persons)
    text = text.replace("those aboard the aircraft", "those at the airport")
    assert "Tomas Ferrek" not in the_release(nlp, text).persons
