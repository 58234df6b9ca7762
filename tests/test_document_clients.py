"""A lawyer's client, on invented articles (real spaCy)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import article, of

from dealwatch.model import EventMention, EventType


def promises(nlp: Language, text: str) -> list[EventMention]:
    return of(article(nlp, text).events, EventType.PROMISE)


@pytest.mark.parametrize("lawyer", ["The lawyer for Maria Gonzalez, John Rodd,",
                                    "John Rodd, who represents Maria Gonzalez,"])
def test_his_client_is_the_person_the_lawyer_represents(nlp: Language, lawyer: str) -> None:
    text = f"{lawyer} said that Peru had promised to release his client within a week."
    (promise,) = promises(nlp, text)
    assert promise.persons == ("Maria Gonzalez",)


def test_without_his_client_the_lawyers_client_is_not_put_on_it(nlp: Language) -> None:
    text = ("John Rodd, who represents Maria Gonzalez, said on Monday that officials had "
            "promised to free the pilot.")
    (promise,) = promises(nlp, text)
    assert promise.persons == ()
