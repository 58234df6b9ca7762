"""The two halves of a prisoner exchange between two states, told by homecomings and
hand-overs (real spaCy, invented texts; session 29)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType


def _releases(nlp: Language, text: str) -> set[tuple[str | None, int | None]]:
    return {(m.by, m.count) for m in of(article(nlp, text).events, EventType.RELEASE)}


def test_soldiers_handed_back_in_an_absolute_clause_were_freed_by_the_other_state(
        nlp: Language) -> None:
    text = ("LIMA -- Chile and Peru on Sunday completed the exchange, with 303 Chilean "
            "servicemen handed back in return for 303 Peruvian prisoners of war.")
    assert _releases(nlp, text) >= {("Peru", 303), ("Chile", 303)}


def test_a_number_coming_home_in_an_exchange_story_was_freed(nlp: Language) -> None:
    text = ("LIMA -- Chile and Peru exchanged prisoners this week. On Saturday 307 Peruvian "
            "servicemen came home, all of them men.")
    assert ("Chile", 307) in _releases(nlp, text)
    # troops back from a posting, in an article that tells no exchange, were freed by no one
    posted = "LIMA -- The 300 Peruvian peacekeepers came home on Saturday after a year abroad."
    assert _releases(nlp, posted) == set()


def test_a_state_receiving_its_own_people_got_them_from_the_other(nlp: Language) -> None:
    text = ("LIMA -- Chile and Peru completed the exchange on Sunday. Chile received 303 of "
            "its own soldiers in return that day.")
    assert _releases(nlp, text) == {("Peru", 303)}
    report = ("LIMA -- Chile and Peru completed the exchange on Sunday. Chile received its "
              "own report that day.")
    assert ("Peru", None) not in _releases(nlp, report)
