"""A release traded for a body's people is that body's, and the people it got back were held
where the text says (real spaCy, invented articles)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType

HEAD = "Exchange news\n\nVALDIVIA (Wire) — "


def test_freed_in_return_for_a_group_s_commanders_by_that_group(nlp: Language) -> None:
    text = HEAD + ("In May 2030, 82 schoolgirls were freed in a single exchange, in return for "
                   "five Vark Front commanders held by the Chilean authorities.\n")
    sides = {m.count: m.by for m in of(article(nlp, text).events, EventType.RELEASE)}
    assert sides == {82: "Vark Front", 5: "Chile"}


def test_the_price_held_in_a_state_is_freed_by_that_state(nlp: Language) -> None:
    text = HEAD + ("On Monday two Americans were released in exchange for three Vark Front "
                   "fighters held in Chile.\n")
    sides = {m.count: m.by for m in of(article(nlp, text).events, EventType.RELEASE)}
    assert sides == {2: "Vark Front", 3: "Chile"}


def test_the_release_of_one_in_return_for_another_is_two_releases_each_by_the_other(
        nlp: Language) -> None:
    # the parse hangs "in return for" on the verb that governs the release noun; each side
    # gets its own back
    text = HEAD + ("In May 2030 the sultanate mediated the release of the Chilean aid worker "
                   "Tom Dahl in return for the Peruvian diplomat Carl Holm.\n")
    sides = {m.persons: m.by for m in of(article(nlp, text).events, EventType.RELEASE)}
    assert sides == {("Tom Dahl",): "Peru", ("Carl Holm",): "Chile"}
