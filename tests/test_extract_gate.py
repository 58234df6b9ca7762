"""Sentence gating: the parser only on the sentences an event or a name is read from, on
invented news sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.pipeline import Sentencizer

from dealwatch.extract.gate import GATED, gate, regions
from dealwatch.extract.lead_dates import NAME as LEAD_DATES
from dealwatch.ingest.articles import from_text
from dealwatch.pipeline import analyze_texts, load_nlp

EVENT = "Dravonia freed five prisoners on Monday."
BACKGROUND = ("The weather was mild. Bakeries opened early. The buses ran late. "
              "Markets rose slightly.")
NAMED = "Their lawyer, Mirela Oskan, declined to comment."


@pytest.fixture(scope="module")
def gated() -> Language:
    return load_nlp(gated=True)


def test_gating_swaps_the_parser_for_the_gated_one_once(gated: Language) -> None:
    # the gated parser runs last but for the reading again of opening days, which needs it
    assert gated.pipe_names[-2:] == [GATED, LEAD_DATES] and "parser" in gated.disabled
    assert gate(gated).pipe_names.count(GATED) == 1


def test_only_an_event_sentence_and_its_neighbours_are_parsed(gated: Language) -> None:
    doc = gated(f"{EVENT} {BACKGROUND}")
    sents = list(doc.sents)
    assert [s.text for s in sents][:2] == [EVENT, "The weather was mild."]
    assert regions(doc, Sentencizer()) == [(0, sents[1].end)]
    parsed = {t.dep_ for t in sents[0]}
    assert {"nsubj", "dobj"} <= parsed
    far = sents[3]  # "The buses ran late.": a flat tree, read as nothing
    assert far.text == "The buses ran late." and far.root.i == far.start
    assert {t.dep_ for t in far} == {"ROOT", "dep"}


def test_a_sentence_naming_a_person_is_parsed(gated: Language) -> None:
    doc = gated(f"{BACKGROUND} {NAMED}")
    starts = [t.i for t in doc if t.text == "Their"]
    assert any(start <= starts[0] < end for start, end in regions(doc, Sentencizer()))


def test_gated_and_full_pipelines_read_the_same(nlp: Language, gated: Language) -> None:
    text = f"{BACKGROUND} {EVENT} {NAMED} {BACKGROUND}"
    article = from_text("invented.txt", text)
    full, fast = analyze_texts([article], nlp)[0], analyze_texts([article], gated)[0]
    assert full.events and fast.to_dict() == full.to_dict()
