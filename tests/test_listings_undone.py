"""A state's listing of another undone is sanctions relief: taken off its terrorism list, a
designation rescinded."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import sentence_events

from dealwatch.model import EventType


@pytest.mark.parametrize("text, by", [
    ("On May 29 Chile removed Peru from its list of state sponsors of terrorism.", "Chile"),
    # a passive with a subject of its own is not the act of the verb before it
    ("Congress did not object within the 45 days allowed, and on May 29 the designation was "
     "formally rescinded, ending restrictions on aid.", None),
])
def test_a_listing_undone_is_relief(nlp: Language, text: str, by: str | None) -> None:
    found = [e for e in sentence_events(nlp, text) if e.type == EventType.SANCTIONS_RELIEF]
    assert [e.by for e in found] == [by]


def test_a_passive_of_the_same_act_after_it_keeps_its_side(nlp: Language) -> None:
    text = "Chile freed 30 prisoners on Monday, and 20 more were released on Tuesday."
    assert [e.by for e in sentence_events(nlp, text)] == ["Chile", "Chile"]
