"""The other half of a swap told in the same sentence, on invented sentences (real spaCy)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dealwatch.dates import find_dates
from dealwatch.document import read_article
from dealwatch.model import Article, EventMention, EventType

PUBLISHED = date(2031, 5, 10)


def run(nlp: Language, text: str) -> list[EventMention]:
    article = Article(id="doc1", path="doc1.txt", text=text, published=PUBLISHED)
    return list(read_article(article, nlp(text), find_dates(text, PUBLISHED)).events)


def sides(events: list[EventMention], etype: EventType) -> dict[str | None, int | None]:
    return {e.by: e.count for e in events if e.type == etype}


def test_in_exchange_for_a_group_is_the_other_sides_release(nlp: Language) -> None:
    text = ("Norway handed back 12 Swedish soldiers on Wednesday in exchange for two "
            "Norwegian servicemen.")
    events = run(nlp, text)
    assert sides(events, EventType.RELEASE) == {"Norway": 12, "Sweden": 2}
    assert all(e.date is not None and e.date.value == "2031-05-07" for e in events)


def test_a_clause_in_return_is_not_a_group(nlp: Language) -> None:
    text = "In return for the releases, Norway freed the fisherman Ivan Petrov."
    releases = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
    assert [r.persons for r in releases] == [("Ivan Petrov",)]


def test_gapped_second_promise(nlp: Language) -> None:
    text = "Norway undertook to release 12 Swedish servicemen and Sweden two Norwegian soldiers."
    assert sides(run(nlp, text), EventType.PROMISE) == {"Norway": 12, "Sweden": 2}


def test_second_verb_whose_subject_the_parser_lost(nlp: Language) -> None:
    text = "Norway released 12 Swedes and Sweden returned two Norwegian soldiers."
    assert sides(run(nlp, text), EventType.RELEASE) == {"Norway": 12, "Sweden": 2}
