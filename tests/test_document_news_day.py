"""The news of the day: acts told in the present perfect take the publication day, on
invented articles parsed by the real spaCy pipeline."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from texts import day

from dealwatch.dates import find_dates
from dealwatch.document import read_article
from dealwatch.model import Article, EventMention, EventType

PUBLISHED = date(2031, 5, 10)


def releases(nlp: Language, text: str, published: date | None = PUBLISHED
             ) -> list[EventMention]:
    article = Article(id="doc1", path="doc1.txt", text=text, published=published)
    found = read_article(article, nlp(text), find_dates(text, published)).events
    return [e for e in found if e.type == EventType.RELEASE]


def test_a_present_perfect_release_happened_by_the_publication_day(nlp: Language) -> None:
    (release,) = releases(nlp, "Norland has released 12 political prisoners, its foreign "
                               "ministry said in a statement.")
    assert day(release) == "2031-05-10" and release.date is not None
    assert release.date.text == "has released"


def test_a_colon_elaborates_the_present_perfect_and_later_sentences_keep_its_day(
        nlp: Language) -> None:
    text = ("The swap both governments announced has been carried out in full: Norland released 12 "
            "political prisoners and Sudmark returned three soldiers.\n"
            "The prisoners were handed over at a border crossing after doctors examined them.")
    found = releases(nlp, text)
    assert found and all(day(m) == "2031-05-10" for m in found), [
        (m.evidence.quote[:40], day(m)) for m in found]


def test_a_present_perfect_that_counts_up_or_an_undated_article_gives_no_day(
        nlp: Language) -> None:
    (counting,) = releases(nlp, "Norland has already released 12 political prisoners, "
                                "its foreign ministry said.")
    assert day(counting) != "2031-05-10"
    (undated,) = releases(nlp, "Norland has released 12 political prisoners, its foreign "
                               "ministry said.", published=None)
    assert undated.date is None


def test_a_simple_past_without_a_day_stays_undated(nlp: Language) -> None:
    (release,) = releases(nlp, "Norland released 12 political prisoners, its foreign "
                               "ministry said in a statement.")
    assert release.date is None


LEAD = ("Trawlermen home\n\nTALLINN (Wire) — Latvia freed eleven Estonian trawlermen on {day} "
        "after two years in a prison near the capital, the foreign ministry said.\n\n")


def statements(nlp: Language, text: str, etype: EventType) -> list[EventMention]:
    article = Article(id="doc1", path="doc1.txt", text=text, published=PUBLISHED)
    found = read_article(article, nlp(text), find_dates(text, PUBLISHED)).events
    return [e for e in found if e.type == etype]


def test_a_promise_made_in_reaction_takes_the_news_day(nlp: Language) -> None:
    text = LEAD.format(day="Saturday") + (
        "Estonia's prime minister welcomed the release and promised to keep working for the "
        "three still held.\n")
    (promise,) = statements(nlp, text, EventType.PROMISE)
    assert day(promise) == "2031-05-10"


def test_a_standing_promise_is_not_of_the_news_day(nlp: Language) -> None:
    text = LEAD.format(day="Saturday") + (
        "Estonia has long said it would free the three Latvians it holds.\n")
    (promise,) = statements(nlp, text, EventType.PROMISE)
    assert day(promise) is None
