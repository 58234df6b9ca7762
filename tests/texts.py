"""Invented texts read by the real spaCy pipeline: one sentence's mentions, or one article."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dealwatch.dates import find_dates
from dealwatch.document import read_article
from dealwatch.extract import extract_events
from dealwatch.model import Article, EventMention, EventType, Extraction

PUBLISHED = date(2031, 5, 10)  # a Saturday


def sentence_events(nlp: Language, text: str) -> list[EventMention]:
    """What the extract stage reads in the text, sentence by sentence."""
    article = Article(id="doc1", path="doc1.txt", text=text, published=PUBLISHED)
    return list(extract_events(article, nlp(text), find_dates(text, PUBLISHED)).events)


def article(nlp: Language, text: str, doc: str = "doc1",
            published: date = PUBLISHED) -> Extraction:
    """What the document stage makes of the text as one article, published on that day."""
    art = Article(id=doc, path=f"{doc}.txt", text=text, published=published)
    return read_article(art, nlp(text), find_dates(text, published))


def of(events: list[EventMention] | tuple[EventMention, ...],
       etype: EventType) -> list[EventMention]:
    return [e for e in events if e.type == etype]


def day(m: EventMention) -> str | None:
    """The calendar day (or month, or year) a mention is dated to, if any."""
    return m.date.calendar if m.date else None


def told_in(nlp: Language, text: str, etype: EventType, words: str) -> EventMention:
    """The one mention of that type the article tells in a sentence with these words."""
    found = [m for m in of(article(nlp, text).events, etype) if words in m.evidence.quote]
    assert len(found) == 1, [m.evidence.quote for m in found]
    return found[0]
