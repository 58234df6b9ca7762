"""A lead that sums an article's releases up by side and number, and the release the article
then tells with its names and day: one release, not two."""

from __future__ import annotations

from spacy.language import Language
from texts import article

from dealwatch.model import EventType
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve

LEAD = ("In the space of eight days, Chile released three students and Peru sent a convicted "
        "Chilean diplomat back to Santiago.\n\n")


def _releases(nlp: Language, text: str) -> list[tuple[str | None, int | None, tuple[str, ...]]]:
    ex = article(nlp, text)
    return [(e.by, e.count, e.persons) for e in merge_events([ex], resolve([ex]))
            if e.type == EventType.RELEASE]


def test_a_lead_giving_only_a_side_and_a_number_is_the_release_told_with_names(
        nlp: Language) -> None:
    text = LEAD + ("On Monday Peru freed the Chilean diplomat Tom Dahl, who had been held in "
                   "Lima since February last year.")
    assert set(_releases(nlp, text)) == {("Chile", 3, ()), ("Peru", 1, ("Tom Dahl",))}


def test_a_lead_stays_apart_when_the_article_names_two_releases_of_its_number(
        nlp: Language) -> None:
    text = LEAD + ("On Monday Peru freed the Chilean diplomat Tom Dahl, who had been held in "
                   "Lima since February last year. On Friday Peru freed the Chilean trader "
                   "Lars Moe, who had been held in Cusco since March.")
    assert {r for r in _releases(nlp, text) if r[0] == "Peru"} == {
        ("Peru", 1, ()), ("Peru", 1, ("Lars Moe",)), ("Peru", 1, ("Tom Dahl",))}
