"""A pardon of people an article tells freed in one dated release, on its day or up to a week
before, is a step of that release (real spaCy, invented texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import article

from dealwatch.model import Event, EventType
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve

_FREED = "Estonia freed Tom Dahl and two Latvians, Ann Kask and Jon Tamm, on Friday. "


def _releases(nlp: Language, text: str) -> list[Event]:
    found = [article(nlp, text)]
    return [e for e in merge_events(found, resolve(found)) if e.type == EventType.RELEASE]


def test_a_pardon_the_day_before_by_someone_of_no_office_is_the_release_s_step(
        nlp: Language) -> None:
    text = _FREED + ("The day before, the presidency had said that Ivan Orlov had pardoned Dahl "
                     "and both Latvians.")
    (release,) = _releases(nlp, text)
    assert (release.by, release.date, release.count) == ("Estonia", "2031-05-09", 3)
    assert len(release.sources) == 2


def test_a_pardon_weeks_before_is_not(nlp: Language) -> None:
    text = _FREED + "On April 2 Ivan Orlov had pardoned Dahl."
    assert len(_releases(nlp, text)) == 2
