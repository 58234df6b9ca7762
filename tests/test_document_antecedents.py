"""Group words standing for people named before, on invented articles (real spaCy)."""

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


def test_both_men_in_a_demand_are_the_two_named_before(nlp: Language) -> None:
    text = ("The two sailors are Ivan Petrov and Olga Smirnova, who crossed the border in "
            "April. In May, the foreign ministry of Norway demanded that both men be released "
            "immediately.")
    (demand,) = [e for e in run(nlp, text) if e.type == EventType.DEMAND]
    assert set(demand.persons) == {"Ivan Petrov", "Olga Smirnova"}
    assert any("Ivan Petrov and Olga Smirnova" in e.quote for e in demand.context)


def test_a_group_of_another_size_takes_no_one(nlp: Language) -> None:
    text = ("The two sailors are Ivan Petrov and Olga Smirnova, who crossed the border in "
            "April. In May, Norway demanded that the three fishermen be released.")
    (demand,) = [e for e in run(nlp, text) if e.type == EventType.DEMAND]
    assert demand.persons == ()


def test_the_men_are_not_the_people_another_event_is_about(nlp: Language) -> None:
    text = ("Kenya in turn wanted the release of the pilots Ivan Dorn and Ole Lask.\n"
            "The men were handed over at an airport in return for the two Kenyan sailors.")
    handed = [e for e in run(nlp, text) if e.type == EventType.RELEASE and e.cue == "handed"]
    assert handed and all(not e.persons for e in handed)


def test_him_in_a_promise_is_the_one_person_named_before_not_the_speaker(
        nlp: Language) -> None:
    text = ("Karl Dorn said the other side was treating Ivan Petrov's case differently and "
            "promised to keep working to bring him home.")
    promises = [e for e in run(nlp, text) if e.type == EventType.PROMISE]
    assert promises and promises[0].persons == ("Ivan Petrov",)
