"""An event brought in with "a" and told again as "the ..." with its day, on invented articles
(real spaCy)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventMention, EventType

LEAD = ("In a quiet move, a senior diplomat of Norland has held a meeting with President Ivo "
        "Marek of Sudland, a newspaper reported on Saturday.\n\n")


def meetings(nlp: Language, text: str) -> list[EventMention]:
    return of(article(nlp, text).events, EventType.MEETING)


def test_the_meeting_told_again_with_its_day_dates_the_one_brought_in(nlp: Language) -> None:
    text = LEAD + "The meeting happened Wednesday, in the capital, and lasted two hours."
    found = meetings(nlp, text)
    assert found and {m.date.value for m in found if m.date} == {"2031-05-07"}
    lead = next(m for m in found if m.evidence.start == 0 or "quiet move" in m.evidence.quote)
    assert any("happened Wednesday" in e.quote for e in lead.context)


def test_another_word_told_again_is_not_the_same_event(nlp: Language) -> None:
    text = LEAD + "The visit happened Wednesday, in the capital, and lasted two hours."
    lead = next(m for m in meetings(nlp, text) if "quiet move" in m.evidence.quote)
    assert lead.date is not None and lead.date.value == "2031-05-10"
