"""A release told by two outlets, one naming the state that freed the person, the other only
a leader no article gives a state ("A pardoned him"): one release (invented claims)."""

from __future__ import annotations

from claims import country, day, mention, person

from dealwatch.model import EventType, Extraction
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
