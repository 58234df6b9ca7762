"""Which date a cue takes, on invented sentences (real spaCy)."""

from __future__ import annotations

from spacy.language import Language
from texts import of, sentence_events

from dealwatch.model import EventType


def test_of_two_expressions_naming_one_time_the_precise_one_dates_the_event(
        nlp: Language) -> None:
    text = "A month later, on April 27, Norland freed the two sailors."
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.date is not None and release.date.value == "2031-04-27"

