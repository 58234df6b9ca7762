"""A release traded for a body's people is that body's, and the people it got back were held
where the text says (real spaCy, invented articles)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType

HEAD = "Exchange news\n\nVALDIVIA (Wire) — "


def test_freed_in_return_for_a_group_s_commanders_by_that_group(nlp: Language) -> None:
    text = HEAD + ("In June 2030, 40 miners were freed in one swap, in return for four Vark "
                   "Front officers held by the Chilean authorities.\n")
    sides = {m.count: m.by for m in of(article(nlp, text).events, EventType.RELEASE)}
    assert sides == {40: "Vark Front", 4: "Chile"}


def test_the_price_held_in_a_state_is_freed_by_that_state(nlp: Language) -> None:
    text = HEAD + ("On Monday two Americans were released in exchange for three Vark Front "
                   "fighters held in Chile.\n")
    sides = {m.count: m.by for m in of(article(nlp, text).events, EventType.RELEASE)}
    assert sides == {2: "Vark Front", 3: "Chile"}


def test_the_release_of_one_in_return_for_another_is_two_releases_each_by_the_other(
        nlp: Language) -> None:
    # the parse hangs "in return for" on the verb that governs the release noun; each side
    # gets its own back
    text = HEAD + ("In 2029 Norway mediated the release of the Chilean nurse Tom Dahl in return "
                   "for the Ecuadorian diplomat Carl Holm.\n")
    sides = {m.persons: m.by for m in of(article(nlp, text).events, EventType.RELEASE)}
    assert sides == {("Tom Dahl",): "Ecuador", ("Carl Holm",): "Chile"}
