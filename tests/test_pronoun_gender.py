"""A "she" stands for a woman named before, a "he" for a man, when the given name tells which
(gender_guesser's table); a person of no known gender may be either (real spaCy, invented
texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType


def test_she_is_the_woman_named_before_not_the_last_man(nlp: Language) -> None:
    text = ("Minister Ann Holm brought the case up with Peru's foreign minister, Pedro Ruiz, "
            "in March, when Ruiz visited Lisbon for a summit. People told of the talks said she "
            "urged him to let Tom Lind go.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Ann Holm"


def test_he_is_the_man_named_before_not_the_last_woman(nlp: Language) -> None:
    text = "Pedro Ruiz met Ann Holm in Lisbon last month. He pressed her to let Tom Lind go."
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Pedro Ruiz"


def test_a_name_of_no_known_gender_may_be_either(nlp: Language) -> None:
    text = "Pedro Ruiz met Zorvak Tamm in Lisbon last month. She pressed him to let Tom Lind go."
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Zorvak Tamm"
