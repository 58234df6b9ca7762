"""Entity resolution: the person matcher, within-article surnames, decisions and conflicts."""

from __future__ import annotations

import pytest

from dealwatch.model import Decision, EntityType, Extraction, NameMention
from dealwatch.resolve import match_person, resolve, translit_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Siarhei Tsikhanouski", "Sergei Tikhanovsky"),
        ("Alena Maushuk", "Alena Movshuk"),
        ("Ales Bialiatski", "Ales Beliatski"),
        ("Maria Kalesnikava", "Maria Kolesnikova"),
        ("John Coale", "John Cole"),
        ("Alexander Lukashenko", "Alyaksandr Lukashenka"),
        ("Konstantin Yaroshenko", "Konstantin Iaroshenko"),
        ("Viktor Bout", "Victor Bout"),
        ("Marc Fogel", "Mark Vogel"),
        ("Steve Witkoff", "Steve Vitkoff"),
        ("Yahor Lanski", "Yegor Lansky"),
        ("Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya"),
    ],
)
def test_same_person_across_romanizations(a: str, b: str) -> None:
    score, reasons = match_person(a, b)
    assert score > 0, reasons
    assert reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sviatlana Tsikhanouskaya", "Siarhei Tsikhanouski"),  # wife and husband
        ("Joey Reed", "Paula Reed"),
        ("Emma Cunio", "Sharon Cunio"),
        ("John Smith", "John Kerry"),
        ("Christopher Smith", "Adam Smith"),
        ("John Kerry", "John Kirby"),
        ("Sergey Ivanovich Lavrov", "Sergey Viktorovich Lavrov"),
    ],
)
def test_different_people_are_never_merged(a: str, b: str) -> None:
    assert match_person(a, b)[0] == 0


def test_translit_key_is_spelling_insensitive() -> None:
    assert translit_key("Maushuk") == translit_key("Movshuk")
    assert translit_key("Kalesnikava") == translit_key("Kolesnikova")
    assert translit_key("Coale") == translit_key("Cole")
    assert translit_key("Lukashenka") == translit_key("Lukashenko")


def _m(doc: str, text: str, start: int, etype: EntityType = EntityType.PERSON) -> NameMention:
    return NameMention(doc, text, etype, start, start + len(text))


def test_surname_joins_full_name_within_article_and_spellings_conflict() -> None:
    a = Extraction("a", (), (_m("a", "John Cole", 0), _m("a", "Cole", 50)), ())
    b = Extraction("b", (), (_m("b", "John Coale", 0), _m("b", "Coale", 40),
                             _m("b", "Adam Smith", 90)), ())
    res = resolve([a, b])
    people = {e.name: e for e in res.entities if e.type == EntityType.PERSON}
    coale = next(e for e in people.values() if "John Cole" in e.aliases)
    assert set(coale.aliases) == {"John Cole", "Cole", "John Coale", "Coale"}
    assert res.canonical("a", "Cole") == coale.name
    (conflict,) = coale.conflicts
    assert {v.value for v in conflict.values} == {"John Cole", "John Coale"}
    assert {d for v in conflict.values for d in v.documents} == {"a", "b"}
    assert "Adam Smith" in people and people["Adam Smith"] is not coale
    assert any(d.same and "John" in d.left for d in res.decisions)


def test_same_surname_different_people_within_article() -> None:
    ex = Extraction("a", (), (_m("a", "Sviatlana Tsikhanouskaya", 0),
                              _m("a", "Siarhei Tsikhanouski", 60)), ())
    res = resolve([ex])
    assert len([e for e in res.entities if e.type == EntityType.PERSON]) == 2


def test_user_split_and_merge_are_respected() -> None:
    a = Extraction("a", (), (_m("a", "John Cole", 0),), ())
    b = Extraction("b", (), (_m("b", "John Coale", 0),), ())
    split = Decision("John Cole", "John Coale", False, 1.0, ("user",), "user")
    assert len(resolve([a, b], [split]).entities) == 2
    c = Extraction("c", (), (_m("c", "J. Kohlberg", 0),), ())
    merge = Decision("John Cole", "J. Kohlberg", True, 1.0, ("user",), "user")
    merged = resolve([a, c], [merge]).entities
    assert len(merged) == 1


def test_organisation_never_joins_a_person() -> None:
    ex = Extraction("a", (), (_m("a", "Belavia", 0, EntityType.ORGANIZATION),
                              _m("a", "Belavia", 30, EntityType.PERSON)), ())
    types = {e.type for e in resolve([ex]).entities}
    assert types == {EntityType.ORGANIZATION, EntityType.PERSON}
