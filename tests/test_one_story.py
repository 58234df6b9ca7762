"""A story told by outlets that each tell part of it: what one sentence says of another
event, and who is still held (real spaCy, invented texts; session 22's rules)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of, told_in

from dealwatch.model import EventType


def test_a_meeting_that_only_times_another_act_has_no_one_of_that_act(nlp: Language) -> None:
    # "Chile deported her a few days after the summit": Chile and the woman did not meet
    events = article(nlp, "Chile deported Ann Berg a few days after the summit.").events
    assert all(not m.participants and m.by is None for m in of(events, EventType.MEETING))
    # a meeting of its own, with whom it was held, is still read whole
    held = article(nlp, "Chile freed Ann Berg after the meeting with Peru in Lima.").events
    assert any("Peru" in m.participants for m in of(held, EventType.MEETING))


def test_someone_moved_to_house_arrest_is_not_among_the_freed(nlp: Language) -> None:
    text = ("Chile deported Ann Berg on Monday. But instead of being freed, Tom Dahl was moved "
            "from his cell to house arrest.")
    assert set(told_in(nlp, text, EventType.RELEASE, "deported").persons) == {"Ann Berg"}
    flown = "Chile deported Ann Berg on Monday. Tom Dahl was flown to Lima."
    assert set(told_in(nlp, flown, EventType.RELEASE, "deported").persons) == {
        "Ann Berg", "Tom Dahl"}
