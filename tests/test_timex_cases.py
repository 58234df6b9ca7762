"""A TempEval-style test set: news sentences with the TIMEX3 value an annotator would give.

``tests/cases/timex.txt`` holds one hand-checked case a line: kind, publication date, sentence,
the expression, and its value (``a..b`` for a range, ``null`` for an expression the text does
not anchor, ``none`` for words that must not be tagged at all).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest

from dealwatch.dates import find_dates

FILE = Path(__file__).resolve().parent / "cases" / "timex.txt"
KINDS = {"explicit", "month", "year", "decade", "century", "weekday_past", "weekday_future",
         "deictic", "relative_unit", "weekend", "season", "quarter", "ago", "anaphoric",
         "unresolved", "no_pubdate", "refs", "range", "false_hit"}


class Case(NamedTuple):
    kind: str
    published: date | None
    sentence: str
    expression: str
    value: str


def _cases() -> list[Case]:
    out = []
    for line in FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, pub, sentence, expression, value = (x.strip() for x in line.split(" | "))
        out.append(Case(kind, None if pub == "-" else date.fromisoformat(pub), sentence,
                        expression, value))
    return out


CASES = _cases()


def test_the_set_is_large_and_covers_every_kind() -> None:
    counts = Counter(c.kind for c in CASES)
    assert len(CASES) >= 150
    assert set(counts) == KINDS, set(counts) ^ KINDS
    assert all(n >= 3 for n in counts.values()), counts


@pytest.mark.parametrize("case", CASES, ids=[f"{c.kind}:{c.sentence[:40]}" for c in CASES])
def test_case(case: Case) -> None:
    start = case.sentence.find(case.expression)
    assert start >= 0, "the expression must be in the sentence"
    end = start + len(case.expression)
    found = find_dates(case.sentence, case.published)
    hits = [t for t in found if t.start < end and start < t.end]
    shown = [(t.text, t.value) for t in found]
    if case.value == "none":
        assert not hits, shown
        return
    assert len(hits) == 1, shown
    (t,) = hits
    assert case.sentence[t.start:t.end] == t.text
    value, _, until = case.value.partition("..")
    assert (t.value, t.until) == (None if value == "null" else value, until or None), shown
    calendar = re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", t.value or "")
    if case.published is not None and case.kind in ("weekday_past", "ago") and calendar:
        assert calendar[0] <= case.published.isoformat(), "a past date after publication"


def test_skipping_patterns_by_their_needed_words_changes_no_date(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """``NEEDS`` only spares scans: every case reads the same without it."""
    from dealwatch.dates import patterns

    for kind, needs in patterns.NEEDS.items():
        assert kind in dict(patterns.PATTERNS) and needs == tuple(w.lower() for w in needs)
    texts = [(c.sentence, c.published) for c in CASES]
    texts += [(t, date(2031, 5, 10)) for t in (
        "Two years ago, in the spring, and late in the 1990s - the 20th century's end - a "
        "quarter of them left; at the end of the month, over the weekend, ten days ago.",
        "the Fall of 2021 and the first half of 2022",
    )]
    with_needs = [find_dates(t, p) for t, p in texts]
    monkeypatch.setattr(patterns, "NEEDS", {})
    assert [find_dates(t, p) for t, p in texts] == with_needs
    assert any(with_needs[-2])
