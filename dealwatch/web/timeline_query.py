"""The timeline's state as a permalink: the filters and the zoomed view read from a query
string, the values that could not be read (each said, never dropped in silence), and the
canonical query string that opens the same view again.

Parameters: ``type`` (repeatable), ``actor``, ``outlet``, ``from``, ``to``, ``view``
(``FROM..TO``, the zoomed time range) and ``deal``. timeline.js writes the same query string
into the address and the picture links as the reader filters and zooms.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlencode

from dealwatch.model import EventType
from dealwatch.web.bounds import read_date, read_range
from dealwatch.web.timeline import Filters, day_number

TYPES = tuple(t.value for t in EventType)


@dataclass(frozen=True)
class QueryError:
    """A parameter whose value could not be read, and what was expected."""

    param: str
    value: str
    expected: str

    @property
    def message(self) -> str:
        return f"{self.param}: “{self.value}” could not be read; {self.expected}."

    def to_dict(self) -> dict[str, str]:
        return {"param": self.param, "value": self.value, "message": self.message}


@dataclass(frozen=True)
class TimelineState:
    """What a timeline address asks for: filters, the view (first and last day shown), the
    deal, the canonical text of each date, and the values that could not be read."""

    filters: Filters = Filters()
    view: tuple[date, date] | None = None
    deal: str | None = None
    texts: dict[str, str] = field(default_factory=dict)
    errors: tuple[QueryError, ...] = ()

    def pairs(self) -> list[tuple[str, str]]:
        """The readable state as query parameters, in a fixed order."""
        f = self.filters
        out = [("deal", self.deal or "")]
        if set(f.types) != set(TYPES):
            out += [("type", t) for t in f.types]
        out += [("actor", f.actor or ""), ("outlet", f.outlet or "")]
        out += [(k, self.texts.get(k, "")) for k in ("from", "to", "view")]
        return [(k, v) for k, v in out if v]

    def query(self) -> str:
        """'?type=release&view=...' (empty when nothing is chosen)."""
        text = urlencode(self.pairs())
        return f"?{text}" if text else ""

    def to_dict(self) -> dict[str, Any]:
        """The page's share of the state: the view (days, as the browser positions them),
        the errors, the permalink query and what the form fields show."""
        view = None
        if self.view:
            view = {"from": self.view[0].isoformat(), "to": self.view[1].isoformat(),
                    "start_day": day_number(self.view[0]),
                    "end_day": day_number(self.view[1])}
        given = {e.param: e.value for e in self.errors if e.param in ("from", "to")}
        return {"view": view, "errors": [e.to_dict() for e in self.errors],
                "query": self.query(),
                "form": {k: given.get(k, self.texts.get(k, "")) for k in ("from", "to")}}


def read_state(params: Iterable[tuple[str, str]]) -> TimelineState:
    """The timeline state of query parameters; unreadable values become errors."""
    values: dict[str, list[str]] = {}
    for key, value in params:
        values.setdefault(key, []).append(value.strip())

    def one(key: str) -> str:
        return next((v for v in values.get(key, []) if v), "")

    errors: list[QueryError] = []
    types = []
    for t in (v for v in values.get("type", []) if v):
        if t in TYPES:
            types.append(t)
        else:
            errors.append(QueryError("type", t, "expected one of " + ", ".join(TYPES)))
    texts: dict[str, str] = {}
    bounds: dict[str, date | None] = {"from": None, "to": None}
    for key in ("from", "to"):
        if one(key):
            try:
                first, last, texts[key] = read_date(one(key))
                bounds[key] = last if key == "to" else first
            except ValueError as exc:
                errors.append(QueryError(key, one(key), str(exc)))
    view = None
    if one("view"):
        try:
            start, end, texts["view"] = read_range(one("view"))
            view = (start, end)
        except ValueError as exc:
            errors.append(QueryError("view", one("view"), str(exc)))
    filters = Filters(types=tuple(dict.fromkeys(types)), actor=one("actor") or None,
                      outlet=one("outlet") or None, start=bounds["from"], end=bounds["to"])
    return TimelineState(filters, view, one("deal") or None, texts, tuple(errors))


def in_view(item: dict[str, Any], view: tuple[date, date] | None) -> bool:
    """Whether a dated item shows in a view (all do when there is none)."""
    if view is None:
        return True
    return bool(item["end_day"] >= day_number(view[0])
                and item["start_day"] <= day_number(view[1]))
