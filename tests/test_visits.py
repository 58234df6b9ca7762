"""Meetings told as sitting with someone or calling on them."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span
from texts import sentence_events

from dealwatch.extract.coref import Coref
from dealwatch.extract.names import find_names
from dealwatch.extract.parties import participants
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


def test_a_call_between_presidents_named_after_their_title_is_between_them(
        nlp: Language) -> None:
    text = ("The step followed a phone call on Thursday between Presidents Tom Dahl and Kai "
            "Strand which, according to the Peruvian presidency, focused on trade.")
    [call] = [e for e in sentence_events(nlp, text) if e.type == EventType.CALL]
    assert set(call.participants) == {"Tom Dahl", "Kai Strand"}


def test_names_the_parse_hangs_away_from_between_are_still_the_callers(nlp: Language) -> None:
    # the parse of a real sentence of this shape: "Presidents" the object of "between", the
    # first name hung on the main verb, the second on the first
    words = ["The", "step", "followed", "a", "phone", "call", "on", "Thursday", "between",
             "Presidents", "Tom", "Dahl", "and", "Kai", "Strand", "which", "focused", "."]
    heads = [1, 2, 2, 5, 5, 2, 5, 6, 5, 8, 11, 2, 11, 14, 11, 16, 14, 2]
    deps = ["det", "nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "prep", "pobj",
            "compound", "dep", "cc", "compound", "conj", "nsubj", "relcl", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN", "ADP", "PROPN",
           "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PRON", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    doc.ents = [Span(doc, 7, 8, label="DATE"), Span(doc, 10, 12, label="PERSON"),
                Span(doc, 13, 15, label="PERSON")]
    names = find_names(doc, "doc1")
    assert set(participants(doc[5], names, Coref(names))) == {"Tom Dahl", "Kai Strand"}


@pytest.mark.parametrize(("text", "etype"), [
    ("Chilean army units ring the area at a distance.", EventType.CALL),
    ("Peruvian officials met the group on the tarmac and drove them away.", EventType.MEETING),
])
def test_ringing_a_place_and_meeting_the_freed_on_arrival_are_no_talks(
        nlp: Language, text: str, etype: EventType) -> None:
    assert etype not in [e.type for e in sentence_events(nlp, text)]


def test_meeting_an_envoy_at_the_airport_is_still_a_meeting(nlp: Language) -> None:
    text = "Tom Dahl met the Chilean envoy at the airport on Friday."
    assert EventType.MEETING in [e.type for e in sentence_events(nlp, text)]
