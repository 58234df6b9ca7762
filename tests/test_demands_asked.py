"""Demands as news words them (real spaCy, invented articles): "pressed X on Monday to free
A" and "appealed to X to free A" ask X to free A, however the parse hangs the infinitive; a
release named last in a list of conditions after a colon ("set three conditions: a
ceasefire, an amnesty and the release of 40 fighters") is asked for, not done; and so is a
release named after the money in "are demanding $5 million and the release of 20"."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType

HEAD = "Fishermen held\n\nTALLINN (Wire) — "


def test_pressed_to_free_with_the_day_between_is_a_demand(nlp: Language) -> None:
    text = HEAD + "Estonia pressed Latvia on Thursday to release the trawlermen.\n"
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Estonia"


def test_appealed_to_a_side_to_free_is_a_demand(nlp: Language) -> None:
    text = HEAD + "Estonia on Thursday appealed to Latvia to free the trawlermen.\n"
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Estonia"


def test_a_release_last_in_a_list_of_conditions_is_asked_for(nlp: Language) -> None:
    text = HEAD + ("The Vark Front set three conditions on Thursday: a ceasefire, an amnesty "
                   "and the release of 40 fighters.\n")
    events = article(nlp, text).events
    assert not of(events, EventType.RELEASE)
    assert {m.count for m in of(events, EventType.DEMAND)} == {40}


def test_a_release_demanded_after_the_money_is_asked_for(nlp: Language) -> None:
    text = HEAD + ("The kidnappers are demanding $5 million and the release of 20 prisoners, "
                   "police said on Thursday.\n")
    events = article(nlp, text).events
    assert not of(events, EventType.RELEASE)
    assert [m.count for m in of(events, EventType.DEMAND)] == [20]
