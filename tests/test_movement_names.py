"""A movement told by its whole name in some outlets, by its short form in others ("the Vark
Revolutionary Movement", "the Vark Zed rebels" as "Vark Zed"): one body, named by its whole
name, however the outlets spell the whole name; a band told by its deed alone ("the
pirates") is the band told with its people ("Chilean pirates"), and a group told with its
nationality is the group (pure records)."""

from __future__ import annotations

from dealwatch.model import EntityType, Extraction, NameMention
from dealwatch.resolve import resolve

ORG = EntityType.ORGANIZATION


def _m(doc: str, text: str, start: int) -> NameMention:
    return NameMention(doc, text, ORG, start, start + len(text))


def test_a_movement_without_its_kind_and_its_adjective_is_that_movement() -> None:
    a = Extraction("a", (), (_m("a", "Vark Zed Revolutionary Movement", 0),), ())
    b = Extraction("b", (), (_m("b", "Vark Zed", 0),), ())
    c = Extraction("c", (), (_m("c", "Vark Zed", 0),), ())
    names = {e.name: set(e.aliases) for e in resolve([a, b, c]).entities}
    assert names == {"Vark Zed Revolutionary Movement": {
        "Vark Zed", "Vark Zed Revolutionary Movement"}}


def test_two_spellings_of_the_whole_name_are_one_owner_of_the_short_form() -> None:
    a = Extraction("a", (), (_m("a", "Vark Zed Revolutionary Movement", 0),), ())
    b = Extraction("b", (), (_m("b", "Várk Zed Revolutionary Movement", 0),), ())
    c = Extraction("c", (), (_m("c", "Vark Zed", 0), _m("c", "Vark Zed", 40)), ())
    d = Extraction("d", (), (_m("d", "Vark Zed", 0),), ())
    (entity,) = resolve([a, b, c, d]).entities
    assert entity.name in ("Vark Zed Revolutionary Movement", "Várk Zed Revolutionary Movement")
    assert "Vark Zed" in entity.aliases


def test_a_short_form_two_movements_could_be_stays_apart() -> None:
    a = Extraction("a", (), (_m("a", "Vark Zed Revolutionary Movement", 0),
                             _m("a", "Vark Zed Army", 40)), ())
    b = Extraction("b", (), (_m("b", "Vark Zed", 0),), ())
    assert len(resolve([a, b]).entities) == 3


def test_a_band_told_by_its_deed_alone_is_the_band_told_with_its_people() -> None:
    a = Extraction("a", (), (_m("a", "Chilean pirates", 0),), ())
    b = Extraction("b", (), (_m("b", "Pirates", 0),), ())
    names = {e.name: set(e.aliases) for e in resolve([a, b]).entities}
    assert names == {"Chilean pirates": {"Pirates", "Chilean pirates"}}


def test_a_group_told_with_its_nationality_is_the_group() -> None:
    a = Extraction("a", (), (_m("a", "Chilean Varkists", 0),), ())
    b = Extraction("b", (), (_m("b", "Varkists", 0),), ())
    names = {e.name: set(e.aliases) for e in resolve([a, b]).entities}
    assert names == {"Chilean Varkists": {"Chilean Varkists", "Varkists"}}
    # two groups of that name of two nationalities: the name alone is neither's
    c = Extraction("c", (), (_m("c", "Peruvian Varkists", 0),), ())
    assert len(resolve([a, b, c]).entities) == 3
    # a state's body is no group: "the Chilean government" is not "the government"
    d = Extraction("d", (), (_m("d", "Chilean government", 0),), ())
    e = Extraction("e", (), (_m("e", "Government", 0),), ())
    assert len(resolve([d, e]).entities) == 2
