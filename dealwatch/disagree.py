"""Disagreements between sources on one field: which values really contradict each other.

Two values are a disagreement only when they cannot both be true. The same fact told at
different precision is agreement: "2025-02" and "2025-02-12", "Abu Dhabi" and "United Arab
Emirates", "Vnukovo airport, Moscow" and "Moscow". A value that agrees with every other one is
left out of the conflict (it takes no side). Used by ``reconcile`` for the dates, counts and
places of a merged event.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from dealwatch.model import Conflict, ConflictValue
from dealwatch.places import country_named

Agree = Callable[[str, str], bool]


def same_value(a: str, b: str) -> bool:
    """Plain equality, for fields without levels of precision (counts)."""
    return a == b


def dates_agree(a: str, b: str) -> bool:
    """Two TIMEX values agree where both give a part: a month agrees with each of its days,
    a year with its months; X (unknown) agrees with anything."""
    for x, y in zip(a.split("-"), b.split("-"), strict=False):
        if "X" in x or "X" in y:
            continue
        if x != y:
            return False
    return True


def _words(text: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in text.casefold()).split()


def _contains_words(longer: str, shorter: str) -> bool:
    """``shorter``'s words appear in a row in ``longer``: "Vnukovo airport, Moscow" holds
    "Moscow" (a place named inside a more precise one)."""
    big, small = _words(longer), _words(shorter)
    n = len(small)
    return bool(small) and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def places_agree(country_of: Callable[[str], str | None]) -> Agree:
    """Two places agree when equal, when one names the other inside it, or when one is the
    country the other lies in (as ``country_of`` tells; a place whose country is unknown is
    taken to lie in it: no conflict is invented). Two countries, or two places of one country
    ("Sochi" and "Moscow"), are different places."""

    def agree(a: str, b: str) -> bool:
        if a.casefold() == b.casefold() or _contains_words(a, b) or _contains_words(b, a):
            return True
        na, nb = country_named(a), country_named(b)
        if na and nb:
            return na == nb
        if na or nb:
            country, place = (na, b) if na else (nb, a)
            return country_of(place) in (None, country)
        return False

    return agree


def disagreement(field_name: str, values: Mapping[str, set[str]], agree: Agree,
                 subject: str, about: str, min_documents: int = 1) -> Conflict | None:
    """The conflict among ``values`` (value -> documents that gave it), or None when they can
    all be true at once. Only values that contradict another value are listed. An article
    that quotes two figures is a disagreement (``min_documents`` 1); one that names two places
    of an event tells its route, so places need two documents (``min_documents`` 2)."""
    items = sorted(values.items())
    contested: dict[str, set[str]] = {}
    for i, (a, docs_a) in enumerate(items):
        for b, docs_b in items[i + 1:]:
            if not agree(a, b) and len(docs_a | docs_b) >= min_documents:
                contested[a], contested[b] = docs_a, docs_b
    if len(contested) < 2:
        return None
    vals = tuple(ConflictValue(v, tuple(sorted(d))) for v, d in sorted(contested.items()))
    return Conflict(field_name, vals, subject, about)
