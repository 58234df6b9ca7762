"""A person the tagger took for a body in one article, and another article names in an office,
is that person; a body no article gives a role stays a body (pure records)."""

from __future__ import annotations

from dataclasses import replace

from dealwatch.model import EntityType, Extraction, NameMention
from dealwatch.resolve import resolve

ORG = EntityType.ORGANIZATION


def _m(doc: str, text: str, start: int, etype: EntityType = EntityType.PERSON,
       roles: tuple[str, ...] = ()) -> NameMention:
    return NameMention(doc, text, etype, start, start + len(text), roles)


def test_a_body_written_as_a_person_named_in_an_office_is_that_person() -> None:
    a = Extraction("a", (), (_m("a", "Varun Dasko", 0, roles=("President",)),), ())
    b = Extraction("b", (), (_m("b", "Varun Dasko", 0, ORG), _m("b", "Dasko", 60, ORG)), ())
    res = resolve([a, b])
    (person,) = [e for e in res.entities if e.type == EntityType.PERSON]
    assert res.canonical("b", "Varun Dasko") == person.name
    assert res.canonical("b", "Dasko") == person.name
    assert not [e for e in res.entities if e.type == ORG]


def test_a_body_no_article_gives_a_role_stays_a_body() -> None:
    a = Extraction("a", (), (_m("a", "Harbour House", 0),), ())  # a careless tag, no office
    b = Extraction("b", (), (_m("b", "Harbour House", 0, ORG),), ())
    res = resolve([a, b])
    assert {e.type for e in res.entities} == {EntityType.PERSON, ORG}
    office = replace(a.names[0], roles=("spokesman",))
    res = resolve([replace(a, names=(office,)), b])
    assert {e.type for e in res.entities} == {EntityType.PERSON}


def test_a_lone_surname_taken_for_a_body_is_the_official_of_that_surname() -> None:
    """ "Nour met the envoy" beside "President Abdel Karim el-Nour" (and "al-Nour" in a
    third article): the surname of "el-Nour" is "Nour"."""
    a = Extraction("a", (), (_m("a", "Abdel Karim el-Nour", 0, roles=("President",)),), ())
    b = Extraction("b", (), (_m("b", "Nour", 0, ORG), _m("b", "Nour", 60, ORG)), ())
    c = Extraction("c", (), (_m("c", "Abdel Karim al-Nour", 0, roles=("President",)),), ())
    res = resolve([a, b, c])
    (person,) = [e for e in res.entities if e.type == EntityType.PERSON]
    assert res.canonical("b", "Nour") == person.name
    assert not [e for e in res.entities if e.type == ORG]


def test_a_lone_word_body_that_two_officials_could_be_stays_a_body() -> None:
    a = Extraction("a", (), (_m("a", "Karim Nour", 0, roles=("President",)),
                             _m("a", "Leila Nour", 40, roles=("Minister",))), ())
    b = Extraction("b", (), (_m("b", "Nour", 0, ORG),), ())
    res = resolve([a, b])
    assert ORG in {e.type for e in res.entities}


def test_a_lone_surname_of_one_official_spelt_two_ways_is_that_official() -> None:
    a = Extraction("a", (), (_m("a", "Karim Hassan Nour", 0, roles=("Field Marshal",)),), ())
    b = Extraction("b", (), (_m("b", "Hassan Nour", 0, roles=("Field Marshal",)),
                             _m("b", "Nour", 40, ORG)), ())
    res = resolve([a, b])
    assert not [e for e in res.entities if e.type == ORG]
