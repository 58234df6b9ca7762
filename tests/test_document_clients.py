"""A lawyer's client, on invented articles (real spaCy)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dealwatch.dates import find_dates
from dealwatch.document import read_article
from dealwatch.model import Article, EventMention, EventType

PUBLISHED = date(2031, 5, 10)


def promises(nlp: Language, text: str) -> list[EventMention]:
    article = Article(id="doc1", path="doc1.txt", text=text, published=PUBLISHED)
    events = read_article(article, nlp(text), find_dates(text, PUBLISHED)).events
    return [e for e in events if e.type == EventType.PROMISE]


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
