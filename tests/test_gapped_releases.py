"""Releases of a many-sided swap told with the verb written once ("X freed two Yians and Z
three Xians"): each side named at the start of a part has its own release (real spaCy,
invented texts)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import article, of

from dealwatch.model import EventMention, EventType


def _releases(nlp: Language, text: str) -> dict[str | None, EventMention]:
    return {r.by: r for r in of(article(nlp, text).events, EventType.RELEASE)}


@pytest.mark.parametrize("text, counts", [
    ("Mongolia freed two Estonians and Latvia three Mongolians.",
     {"Mongolia": 2, "Latvia": 3}),
    ("Estonia released twelve Mongolians and Latvia four.", {"Estonia": 12, "Latvia": 4}),
    # "let go" with its object after the particle (the parser makes it an adverbial noun)
    ("Estonia let go 17 prisoners and Latvia one.", {"Estonia": 17, "Latvia": 1}),
])
def test_each_side_of_a_gapped_release_frees_its_own_number(
        nlp: Language, text: str, counts: dict[str, int]) -> None:
    releases = _releases(nlp, text)
    assert {side: r.count for side, r in releases.items()} == counts


def test_each_side_of_a_gapped_release_frees_its_own_people(nlp: Language) -> None:
    text = "In return, Latvia freed Jon Kask, Estonia Mari Tamm and Finland Bat Erdene."
    releases = _releases(nlp, text)
    assert releases["Latvia"].persons == ("Jon Kask",)
    assert releases["Estonia"].persons == ("Mari Tamm",)
    assert releases["Finland"].persons == ("Bat Erdene",)


def test_nationalities_after_a_release_are_no_gapped_side(nlp: Language) -> None:
    text = ("Mongolia freed 17 captives on Sunday, among them a girl with Estonian and "
            "Latvian citizenship.")
    assert list(_releases(nlp, text)) == ["Mongolia"]
