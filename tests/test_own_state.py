"""A speaker's "his government" is the speaker's state (real spaCy, invented sentences;
session 24)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType


@pytest.mark.parametrize(("text", "state"), [
    ("Chile's foreign minister, Ola Nord, said on Friday that his government would free the "
     "remaining 30 prisoners.", "Chile"),
    ("Peruvian President Ola Nord said on Friday that his government would free 30 "
     "prisoners.", "Peru"),
])
def test_his_government_is_the_speaker_s_state(nlp: Language, text: str, state: str) -> None:
    (promise,) = of(article(nlp, f"LIMA -- {text}").events, EventType.PROMISE)
    assert (promise.by, promise.count) == (state, 30)


def test_a_speaker_with_no_state_gives_his_government_none(nlp: Language) -> None:
    # nobody knows whose government it is: no promise is made up
    text = "LIMA -- Ola Nord said on Friday that his government would free 30 prisoners."
    assert not of(article(nlp, text).events, EventType.PROMISE)
