"""A dateline is a sentence of its own: the lead after it is parsed as a sentence, so its
subject is the acting side (real spaCy, invented texts)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import of, sentence_events

from dealwatch.extract.sentences import after_dateline
from dealwatch.model import EventType

LEADS = [
    "VALDORA, Sept 19 (Wire) - The Taliban on Monday released Ivan Dorn, an engineer held "
    "since 2020, in exchange for Karl Moen.",
    "VALDORA — The Taliban on Monday released Ivan Dorn, an engineer held since 2020, in "
    "exchange for Karl Moen.",
    "NEW VALDORA, Sept. 19, 2031 (Wire Service) -- The Taliban on Monday released Ivan Dorn, "
    "an engineer held since 2020, in exchange for Karl Moen.",
]


@pytest.mark.parametrize("text", LEADS)
def test_the_lead_after_a_dateline_is_its_own_sentence(nlp: Language, text: str) -> None:
    doc = nlp(text)
    first, lead = list(doc.sents)[:2]
    assert first.text.startswith(("VALDORA", "NEW VALDORA")) and first[-1].text in (
        "-", "—", "--")
    assert lead.text.startswith("The Taliban on Monday released")


@pytest.mark.parametrize("text", LEADS)
def test_the_subject_after_a_dateline_is_the_side_that_released(nlp: Language,
                                                                text: str) -> None:
    released = of(sentence_events(nlp, text), EventType.RELEASE)
    (dorn,) = [m for m in released if "Ivan Dorn" in m.persons]
    assert dorn.by == "Taliban"


def test_capitals_and_a_dash_inside_a_sentence_are_no_dateline(nlp: Language) -> None:
    doc = nlp("Officials said the NATO - Norland talks resumed on Monday in Valdora.")
    assert len(list(doc.sents)) == 1


def test_a_line_in_capitals_without_a_dash_is_no_dateline(nlp: Language) -> None:
    doc = nlp("PRISONERS FREED AT THE BORDER\nNorland released four soldiers on Monday.")
    assert after_dateline(doc, 0) is None
    assert after_dateline(nlp("VALDORA - Norland released four soldiers."), 0) == 2


def test_a_lines_first_word_is_not_cut_off_as_a_sentence(nlp: Language) -> None:
    text = ("Oslo greets the freed Norwegians; the plane to Lima carries the engineer Ivan "
            "Dorn\nNorway and Peru exchanged 35 prisoners each on Saturday, bringing home "
            "the film director Ola Berg.\n2030\nDec. 1 - Talks open.")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert any(s.startswith("Norway and Peru exchanged 35 prisoners") for s in sents)
    assert "2030" in sents  # a year heading stays a line of its own


@pytest.mark.parametrize("text", [
    "LIMA - Twelve Chilean prisoners, pardoned by Peru to end a long standoff, flew home on "
    "Friday.",
    "QUITO, May 7 - Fifteen Peruvian fishermen held since March were freed on Sunday.",
])
def test_the_lead_s_first_word_stays_in_its_sentence(nlp: Language, text: str) -> None:
    """A number opening the lead after a dateline is the group's ("Twelve"), not a sentence."""
    freed = of(sentence_events(nlp, text), EventType.RELEASE)
    assert freed and all(m.count in (12, 15) for m in freed)
