"""Junk names, roles and types: titles cut inside institutions, clauses read as roles,
nationalities, prisons and surnames typed wrongly, names cut in pieces by the tagger."""

from __future__ import annotations

from spacy.language import Language

from dealwatch.extract.names import find_names
from dealwatch.model import EntityType, NameMention


def _names(nlp: Language, text: str) -> list[NameMention]:
    return find_names(nlp(text), "doc").mentions


def _typed(nlp: Language, text: str) -> dict[str, EntityType]:
    return {m.text: m.type for m in _names(nlp, text)}


def _roles(nlp: Language, text: str) -> dict[str, tuple[str, ...]]:
    return {m.text: m.roles for m in _names(nlp, text)}


def test_institutions_keep_the_words_that_also_qualify_titles(nlp: Language) -> None:
    names = _names(nlp, "A White House official said the extension had been agreed. State "
                        "Department spokesman Tom Reyes said the National Security Council had "
                        "reviewed it.")
    got = {m.text: m for m in names}
    for org in ("White House", "State Department"):
        assert got[org].type == EntityType.ORGANIZATION and got[org].roles == ()
    assert not {"House", "Department", "Council"} & set(got)
    assert got["Tom Reyes"].roles == ("State Department spokesman",)


def test_a_title_alone_is_no_name_and_portfolios_stay_in_the_role(nlp: Language) -> None:
    text = ("Justice Minister Pieter Claes and Defence Minister Anke Vos waited at the airport. "
            "Vice President Dana Whitfield spoke with the family. The Vice President said "
            "nothing.")
    got = _roles(nlp, text)
    assert not {"Justice", "Defence", "Vice President", "President"} & set(got)
    assert got["Pieter Claes"] == ("Justice Minister",)
    assert got["Dana Whitfield"] == ("Vice President",)


def test_a_dateline_is_no_part_of_a_title(nlp: Language) -> None:
    got = _roles(nlp, "ANKARA - Russian President Ivan Dorokhov said on Friday that talks "
                      "would continue.")
    assert got["Ivan Dorokhov"] == ("Russian President",)


def test_a_role_is_a_noun_phrase_for_a_person_not_a_clause(nlp: Language) -> None:
    got = _roles(nlp, "President Tom Baxter, an American flag draped around his shoulders, "
                      "greeted the plane. Gregor Lind, a reservist who had been mobilised "
                      "weeks before, was freed.")
    assert got["Tom Baxter"] == ("President",)
    assert got["Gregor Lind"] == ("reservist",)


def test_an_age_before_the_role_does_not_hide_the_person(nlp: Language) -> None:
    got = _typed(nlp, "Late that night Israel released 30 more prisoners, among them Saffuri, "
                      "the 22-year-old activist from the village of Beit Sahel.")
    assert got.get("Saffuri") == EntityType.PERSON


def test_a_nationality_is_never_a_person(nlp: Language) -> None:
    text = ("The notice pledged its support to the Azerbaijani candidacy. Estonian soldiers "
            "back home")
    assert all(m.type != EntityType.PERSON for m in _names(nlp, text))


def test_a_name_that_modifies_a_prison_is_a_place(nlp: Language) -> None:
    got = _typed(nlp, "He was taken to a room in Pelkovo prison. Officials said 39 prisoners "
                      "had left the Arlan, Vesko and Tamir prisons.")
    assert got.get("Pelkovo") == EntityType.PLACE
    assert got.get("Vesko") == EntityType.PLACE and got.get("Tamir") == EntityType.PLACE


def test_a_surname_tagged_as_a_place_is_the_person(nlp: Language) -> None:
    got = _typed(nlp, "The teacher Mark Halloran was freed. Diplomats said Halloran had been "
                      "moved.")
    assert got.get("Halloran") == EntityType.PERSON


def test_a_given_name_listed_with_a_person_is_a_person(nlp: Language) -> None:
    got = _typed(nlp, "Hamas released the siblings Karim and Leila al-Hassan, aged 18 and 17.")
    assert got.get("Karim") == EntityType.PERSON


def test_a_name_cut_in_pieces_by_the_tagger_is_read_whole(nlp: Language) -> None:
    got = _typed(nlp, "In exchange the court let go of Rodrigo Antonio Vela Cruz and Mateo "
                      "Francisco Cruz de Lima, nephews of Ana Cruz.")
    assert got.get("Rodrigo Antonio Vela Cruz") == EntityType.PERSON
    assert got.get("Mateo Francisco Cruz de Lima") == EntityType.PERSON
    assert "Antonio Vela Cruz" not in got


def test_a_dash_ends_a_name(nlp: Language) -> None:
    got = _typed(nlp, "Five executives - Tomas Varga, Jorge Lindqvist and Pedro Morales - "
                      "remain in custody.")
    assert got.get("Pedro Morales") == EntityType.PERSON
    assert not any("remain" in name for name in got)


def test_the_agency_credited_in_a_dateline_is_no_name_of_the_story(nlp: Language) -> None:
    from texts import article

    for credit in ("(Reuters) -", "(AP) \u2014", ", May 9 (Reuters) -"):
        text = f"LIMA{credit} The group freed 70 prisoners on Thursday, the Red Cross said."
        assert "Reuters" not in _typed(nlp, text) and "AP" not in _typed(nlp, text)
        (release,) = [m for m in article(nlp, text).events]
        assert release.by is None, credit
    assert "Reuters" in _typed(nlp, "The group told Reuters (Reuters) on Friday it freed 70.")


def test_a_plane_or_the_line_that_flies_it_is_no_person(nlp: Language) -> None:
    typed = _typed(nlp, "A fourth airliner, a Sol Andino jumbo jet taken over by two men, "
                        "was flown to Lima. She tried to seize an Ela Marin Boeing over the "
                        "sea.")
    assert all(t != EntityType.PERSON for n, t in typed.items()
               if "Sol Andino" in n or "Boeing" in n)
