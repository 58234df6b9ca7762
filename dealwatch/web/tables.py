"""Listings as tables, the way Datasette serves them: sorted by any column, filtered by type,
side, outlet, a date range and text, a page at a time, with CSV and JSON downloads of the
same filtered rows — and all of it held in the address, so a view can be shared.

A listing gives flat rows (plain values and lists) and its columns; ``table`` answers a
query string with the page of rows to show and everything the template needs. Unreadable
values (a date that is no date, a column that does not exist) are said, not ignored.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from dealwatch.render import inert
from dealwatch.web.bounds import EXPECTED, read_date
from dealwatch.web.briefs import PER_PAGE, paginate

BOUND = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?$")
PARAMS = ("q", "type", "side", "outlet", "from", "to", "sort")


@dataclass(frozen=True)
class Column:
    """A column of a listing: the row key, its heading, and how it sorts."""

    key: str
    label: str
    kind: str = "text"  # text | num | date


@dataclass(frozen=True)
class Spec:
    """Which row keys a listing's filters read (None: the filter does not apply)."""

    path: str  # the page's address: "/events"
    columns: tuple[Column, ...]
    type_key: str | None = None
    side_key: str | None = None
    outlet_key: str | None = None
    date_key: str | None = None
    default_sort: str | None = None  # the rows' own order when None


@dataclass(frozen=True)
class Query:
    """A listing's state, as the query string holds it."""

    q: str = ""
    type: str | None = None
    side: str | None = None
    outlet: str | None = None
    start: str | None = None  # "from": YYYY, YYYY-MM or YYYY-MM-DD
    end: str | None = None
    sort: str | None = None  # a column key, "-" before it for descending
    page: int = 1
    all: bool = False  # every row the filters keep (the downloads)


def query_of(params: Mapping[str, str]) -> tuple[Query, list[str]]:
    """The listing state of a query string, and what in it could not be read."""
    errors: list[str] = []

    def bound(name: str) -> str | None:
        """The canonical YYYY[-MM[-DD]] of a typed date (the timeline's forms: 'Nov 2023')."""
        value = (params.get(name) or "").strip()
        if not value:
            return None
        try:
            return read_date(value)[2]
        except ValueError:
            errors.append(f"{name} {value!r} is not a date: give {EXPECTED}")
            return None

    start, end = bound("from"), bound("to")
    try:
        page = max(1, int(params.get("page") or 1))
    except ValueError:
        errors.append(f"page {params.get('page')!r} is not a number")
        page = 1
    return Query(q=(params.get("q") or "").strip(), type=params.get("type") or None,
                 side=params.get("side") or None, outlet=params.get("outlet") or None,
                 start=start, end=end, sort=params.get("sort") or None,
                 page=page, all=(params.get("all") or "") in ("1", "true", "yes")), errors


def fold(text: str) -> str:
    """Text for matching: accents off, case folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _values(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v is not None]
    return [str(value)]


def _keeps(row: dict[str, Any], spec: Spec, query: Query) -> bool:
    if query.type and spec.type_key and row.get(spec.type_key) != query.type:
        return False
    if query.side and spec.side_key and fold(query.side) not in {
            fold(v) for v in _values(row.get(spec.side_key))}:
        return False
    if query.outlet and spec.outlet_key and fold(query.outlet) not in {
            fold(v) for v in _values(row.get(spec.outlet_key))}:
        return False
    if (query.start or query.end) and spec.date_key:
        day = str(row.get(spec.date_key) or "")
        if not BOUND.match(day[:10]):
            return False  # undated rows fall outside any range
        if query.start and day[:len(query.start)] < query.start:
            return False
        if query.end and day[:len(query.end)] > query.end:
            return False
    if query.q:
        wanted = fold(query.q)
        return any(wanted in fold(v) for value in row.values() for v in _values(value))
    return True


def _sort_key(kind: str) -> Any:
    def key(value: Any) -> tuple[int, Any]:
        if value is None or value == "" or value == []:
            return (1, "")  # empty last, whichever the direction
        if kind == "num":
            try:
                return (0, float(value))
            except (TypeError, ValueError):
                return (0, float("inf"))
        return (0, fold(", ".join(_values(value))))
    return key


def sort_rows(rows: list[dict[str, Any]], column: Column, descending: bool
              ) -> list[dict[str, Any]]:
    """Rows by one column; empty cells last in both directions."""
    key = _sort_key(column.kind)
    full = [r for r in rows if key(r.get(column.key))[0] == 0]
    empty = [r for r in rows if key(r.get(column.key))[0] == 1]
    return sorted(full, key=lambda r: key(r.get(column.key)), reverse=descending) + empty


def _address(path: str, params: dict[str, Any]) -> str:
    query = urlencode({k: v for k, v in params.items() if v not in (None, "", False)})
    return path + (f"?{query}" if query else "")


def table(rows: Sequence[dict[str, Any]], spec: Spec, query: Query, errors: list[str],
          keep: Mapping[str, Any] | None = None, per_page: int = PER_PAGE) -> dict[str, Any]:
    """The page of a listing a query asks for, with its columns (and their sort links), the
    filters in force, the paging, the downloads of the filtered rows, and any error."""
    columns = {c.key: c for c in spec.columns}
    errors = list(errors)
    sort = query.sort or spec.default_sort
    if sort and sort.lstrip("-") not in columns:
        errors.append(f"sort {sort!r} is not a column: one of {', '.join(columns)}")
        sort, query = spec.default_sort, replace(query, sort=None)
    kept = [r for r in rows if _keeps(r, spec, query)]
    if sort:
        kept = sort_rows(kept, columns[sort.lstrip("-")], sort.startswith("-"))
    state = {**(keep or {}), "q": query.q, "type": query.type, "side": query.side,
             "outlet": query.outlet, "from": query.start, "to": query.end, "sort": query.sort}
    shown, paging = (kept, {"page": 1, "pages": 1, "total": len(kept), "per_page": len(kept)}) \
        if query.all else paginate(kept, query.page, per_page)
    heads = []
    for c in spec.columns:
        now = "asc" if sort == c.key else "desc" if sort == f"-{c.key}" else None
        flip = f"-{c.key}" if now == "asc" else c.key
        heads.append({"key": c.key, "label": c.label, "kind": c.kind, "sorted": now,
                      "sort_url": _address(spec.path, {**state, "sort": flip})})
    return {
        "columns": heads, "rows": shown, "paging": paging, "matched": len(kept),
        "total": len(rows), "errors": errors,
        "filters": {"q": query.q, "type": query.type, "side": query.side,
                    "outlet": query.outlet, "from": query.start, "to": query.end,
                    "sort": query.sort},
        "applies": {"type": spec.type_key is not None, "side": spec.side_key is not None,
                    "outlet": spec.outlet_key is not None, "dates": spec.date_key is not None},
        "options": {name: _choices(rows, key) for name, key in (
            ("type", spec.type_key), ("side", spec.side_key), ("outlet", spec.outlet_key))},
        "downloads": {"csv": _address(spec.path + ".csv", state),
                      "json": _address(spec.path + ".json", {**state, "all": "1"})},
        "page_url": _address(spec.path, state),
        "state": {k: v for k, v in state.items() if v not in (None, "")},
    }


def _choices(rows: Sequence[dict[str, Any]], key: str | None) -> list[str]:
    """The values a filter may take: those of the rows, in alphabetical order."""
    if key is None:
        return []
    return sorted({v for r in rows for v in _values(r.get(key)) if v}, key=fold)


def rows_csv(rows: Sequence[dict[str, Any]], columns: Sequence[Column]) -> str:
    """The rows as CSV, one column per listing column, lists joined with "; "; a cell that
    starts like a spreadsheet formula ("=", "+", "-", "@") is quoted so it stays text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([c.key for c in columns])
    for r in rows:
        writer.writerow([inert("; ".join(_values(r.get(c.key)))) for c in columns])
    return out.getvalue()


__all__ = ["Column", "Query", "Spec", "fold", "query_of", "rows_csv", "sort_rows", "table"]
