"""Meetings told as sitting with someone or calling on them."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import sentence_events

from dealwatch.model import EventType


@pytest.mark.parametrize("text", [
    "On August 31 Tom Dahl sat with Ann Berg in Lima for about four hours.",
    "Tom Dahl called on Ann Berg on Friday.",
    "On Friday a delegation of the families called on the President at his home.",
])
def test_sitting_with_someone_or_calling_on_them_is_a_meeting(nlp: Language, text: str) -> None:
    assert [e.type for e in sentence_events(nlp, text)] == [EventType.MEETING]


@pytest.mark.parametrize("text", [
    "Tom Dahl sat with his family on Friday.",
    "Tom Dahl called on Ann Berg to free the prisoners.",
])
def test_sitting_with_family_or_calling_on_someone_to_act_is_not(nlp: Language,
                                                                 text: str) -> None:
    assert EventType.MEETING not in [e.type for e in sentence_events(nlp, text)]
