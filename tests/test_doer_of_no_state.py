"""A release told by two outlets, one naming the state that freed the person, the other only
a leader no article gives a state ("A pardoned him"): one release; a meeting of a month told
with either of its two people as the subject: one meeting (invented claims)."""

from __future__ import annotations

from claims import country, day, mention, person

from dealwatch.model import EventType, Extraction, Precision, Resolution, TimeExpr
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve


def _merged(*exs: Extraction) -> list[list[str]]:
    events = merge_events(exs, resolve(exs))
    return sorted(sorted({s.document for s in e.sources}) for e in events
                  if e.type == EventType.RELEASE)


def test_a_leader_of_no_known_state_freeing_the_same_person_is_that_release() -> None:
    a = Extraction("a", (mention("a", EventType.RELEASE, by="Varnia", persons=("Ivan Dorn",),
                                 count=1, date=day("2024-03-13")),),
                   (country("a", "Varnia"), person("a", "Ivan Dorn")), ())
    b = Extraction("b", (mention("b", EventType.RELEASE, by="Oleg Sarkis",
                                 persons=("Ivan Dorn",), count=1),),
                   (person("b", "Oleg Sarkis"), person("b", "Ivan Dorn", 600)), ())
    assert _merged(a, b) == [["a", "b"]]


def test_a_leader_of_no_known_state_freeing_someone_else_stays_apart() -> None:
    a = Extraction("a", (mention("a", EventType.RELEASE, by="Varnia", persons=("Ivan Dorn",),
                                 count=1, date=day("2024-03-13")),),
                   (country("a", "Varnia"), person("a", "Ivan Dorn")), ())
    b = Extraction("b", (mention("b", EventType.RELEASE, by="Oleg Sarkis",
                                 persons=("Mara Lind",), count=1,
                                 date=day("2024-03-13")),),
                   (person("b", "Oleg Sarkis"), person("b", "Mara Lind", 600)), ())
    assert _merged(a, b) == [["a"], ["b"]]


def _month(value: str) -> TimeExpr:
    return TimeExpr(0, 12, "in September", value, Precision.MONTH,
                    Resolution.RELATIVE_TO_PUBLISHED)


def _meetings(a_date: TimeExpr, b_date: TimeExpr) -> list[list[str]]:
    a = Extraction("a", (mention("a", EventType.MEETING, by="Oleg Sarkis", date=a_date,
                                 participants=("Oleg Sarkis", "Mara Lind")),),
                   (person("a", "Oleg Sarkis"), person("a", "Mara Lind", 600)), ())
    b = Extraction("b", (mention("b", EventType.MEETING, by="Mara Lind", date=b_date,
                                 participants=("Mara Lind", "Oleg Sarkis")),),
                   (person("b", "Mara Lind"), person("b", "Oleg Sarkis", 600)), ())
    events = merge_events((a, b), resolve((a, b)))
    return sorted(sorted({s.document for s in e.sources}) for e in events)


def test_one_meeting_of_a_month_told_with_either_as_its_subject_is_one() -> None:
    """ "In September A met B", "B, who met A in September": two people of no known state
    as the two subjects are no two sides."""
    assert _meetings(_month("2024-09"), _month("2024-09")) == [["a", "b"]]
    # with a day told on one side, they may be two meetings of the month: apart
    assert _meetings(_month("2024-09"), day("2024-09-12")) == [["a"], ["b"]]
