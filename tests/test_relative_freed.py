"""The freed a relative clause tells of ("B and C, who were freed by X"), and a state's name
the tagger left out ("Norway let him go") (real spaCy, invented articles)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.extract.names import find_names
from dealwatch.model import EntityType, EventType

HEAD = "Exchange news\n\nVALDIVIA (Wire) — "


def test_the_people_a_relative_pronoun_stands_for_are_the_freed(nlp: Language) -> None:
    text = HEAD + ("Norway let him go in exchange for two of its own citizens, the teacher Ann "
                   "Berg and the engineer Carl Holm, who were freed by Chile the same day.\n")
    releases = {m.by: m for m in of(article(nlp, text).events, EventType.RELEASE)}
    assert set(releases) == {"Norway", "Chile"}
    assert releases["Chile"].persons == ("Ann Berg", "Carl Holm")


def test_a_one_word_state_name_the_tagger_left_out_is_a_state(nlp: Language) -> None:
    # the tagger names nothing in "Norway let him go"; the country table knows the word
    doc = nlp("Talks went on. Norway let him go on Friday.")
    found = {m.text: m.type for m in find_names(doc, "d").mentions}
    assert found == {"Norway": EntityType.COUNTRY}
    # inside a longer name it is no state
    found = {m.text: m.type for m in find_names(nlp("Michael Jordan met the envoy."), "d")
             .mentions}
    assert EntityType.COUNTRY not in found.values()
