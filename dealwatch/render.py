"""Render a ledger: JSON (checked against the published schema), Markdown, CSV, terminal tables.

Records become flat rows in one place (``event_rows``, ``entity_rows``, ``document_rows``);
CSV, tables and row JSON all reuse them. List values stay lists in the rows and are joined with
"; " only when a cell is written.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from rich.console import Console
from rich.table import Table

from dealwatch.model import Conflict, Event, Ledger
from dealwatch.terminal import fitted_table

LIST_SEPARATOR = "; "
QUOTE_LIMIT = 300


# --- JSON and its schema ---------------------------------------------------------------------


@cache
def ledger_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the ledger JSON, as shipped in the package."""
    text = resources.files("dealwatch").joinpath("schemas/ledger.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_ledger(data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when data is not a valid ledger."""
    from jsonschema import Draft202012Validator

    Draft202012Validator(ledger_schema()).validate(data)


def ledger_json(ledger: Ledger) -> str:
    """The ledger as indented JSON (the contract described by ``ledger_schema``)."""
    return json.dumps(ledger.to_dict(), indent=2, ensure_ascii=False)


# --- flat rows ---------------------------------------------------------------------------------


def document_labels(ledger: Ledger) -> dict[str, str]:
    """A short readable name per document id: its outlet, else its file name; made unique."""
    base = {d.id: d.outlet or d.path.replace("\\", "/").rsplit("/", 1)[-1] or d.id
            for d in ledger.documents}
    seen: dict[str, int] = {}
    for label in base.values():
        seen[label] = seen.get(label, 0) + 1
    return {i: label if seen[label] == 1 else f"{label} [{i[:8]}]" for i, label in base.items()}


def labels_of(labels: dict[str, str], doc_ids: Iterable[str]) -> list[str]:
    return [labels.get(d, d) for d in doc_ids]


def conflict_text(c: Conflict, labels: dict[str, str]) -> str:
    """One line: each value a source gave, with the documents that gave it."""
    return f"{c.field}: " + " vs ".join(
        f"“{v.value}” ({', '.join(labels_of(labels, v.documents))})" for v in c.values)


def event_date(e: Event) -> str:
    """The event's date, or 'undated' with the words the text used."""
    if e.date:
        return e.date
    return f"undated ({e.date_text})" if e.date_text else "undated"


def events_by_date(events: Iterable[Event]) -> list[Event]:
    """Events in date order, undated ones last (stable otherwise)."""
    return sorted(events, key=lambda e: (e.date is None, e.date or ""))


def event_summary(e: Event) -> str:
    """A one-line title for an event: "release of 52 by Belarus, 2025-09-11"."""
    what = e.type.value.replace("_", " ")
    if e.count is not None:
        what += f" of {e.count}"
    elif e.persons:
        what += " of " + ", ".join(e.persons[:3])
    elif e.targets:
        what += " on " + ", ".join(e.targets[:3])
    if e.by:
        what += f" by {e.by}"
    return f"{what}, {e.date}" if e.date else what


def event_rows(ledger: Ledger) -> list[dict[str, Any]]:
    """One flat row per event, by date (undated last)."""
    labels = document_labels(ledger)
    return [_event_row(e, labels) for e in events_by_date(ledger.events)]


def _event_row(e: Event, labels: dict[str, str]) -> dict[str, Any]:
    docs = list(dict.fromkeys(s.document for s in e.sources))
    return {
        "id": e.id,
        "date": event_date(e),
        "type": e.type.value,
        "status": e.status.value,
        "by": e.by,
        "to": e.to,
        "count": e.count,
        "persons": list(e.persons),
        "targets": list(e.targets),
        "participants": list(e.participants),
        "location": e.location,
        "what": e.what,
        "sources": labels_of(labels, docs),
        "documents": docs,
        "conflicts": [conflict_text(c, labels) for c in e.conflicts],
        "corrected": [c.says() for c in e.corrected],
    }


def entity_rows(ledger: Ledger) -> list[dict[str, Any]]:
    """One flat row per entity."""
    labels = document_labels(ledger)
    return [{
        "id": e.id,
        "name": e.name,
        "type": e.type.value,
        "aliases": list(e.aliases),
        "spellings": [f"{s.text} ({', '.join(labels_of(labels, s.documents))})"
                      for s in e.spellings],
        "roles": list(e.roles),
        "country": e.country,
        "sources": labels_of(labels, e.documents),
        "conflicts": [conflict_text(c, labels) for c in e.conflicts],
    } for e in ledger.entities]


def document_rows(ledger: Ledger) -> list[dict[str, Any]]:
    """One flat row per document."""
    labels = document_labels(ledger)
    return [{
        "id": d.id,
        "outlet": d.outlet,
        "published": d.published,
        "title": d.title,
        "path": d.path,
        "url": d.url,
        "duplicate_of": labels.get(d.duplicate_of, d.duplicate_of) if d.duplicate_of else None,
    } for d in ledger.documents]


# --- CSV and terminal tables -------------------------------------------------------------------


def cell(value: Any) -> str:
    """A value as one cell: lists joined with '; ', None empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(cell(v) for v in value)
    return str(value)


def inert(text: str) -> str:
    """A CSV cell a spreadsheet will not run: text that starts like a formula ("=", "+",
    "-", "@", a tab or a return) gets a quote first, so it stays text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(k for row in rows for k in row))


def rows_csv(rows: list[dict[str, Any]]) -> str:
    """CSV with a header row; lists joined with '; ', formula-like cells quoted (``inert``).
    Empty when there are no rows."""
    if not rows:
        return ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=_columns(rows), restval="")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: inert(cell(v)) for k, v in row.items()})
    return buf.getvalue()


def rows_table(rows: list[dict[str, Any]], title: str,
               columns: list[str] | None = None, width: int | None = None) -> Table:
    """A rich Table of the rows (every column, or the ones named); with ``width``, one that
    fits it (``terminal``: dates, types and counts whole, names wrapped between words)."""
    cols = columns if columns is not None else _columns(rows)
    cells = [{c: cell(row.get(c)) for c in cols} for row in rows]
    return fitted_table(cells, cols, title, width)


def print_table(rows: list[dict[str, Any]], columns: list[str], title: str,
                console: Console | None = None) -> None:
    """Print the rows as a table at the console's width (the terminal's, or $COLUMNS);
    rich styles only on a terminal."""
    console = console or Console()
    console.print(rows_table(rows, title, columns or None, console.width))


# --- Markdown ----------------------------------------------------------------------------------


def md(value: Any) -> str:
    """A value safe inside a Markdown table cell or list item: no pipes, no line breaks."""
    text = cell(value).replace("|", "\\|")
    return " ".join(text.splitlines())


def md_table(rows: list[dict[str, Any]], columns: list[str]) -> list[str]:
    """Markdown table lines for the rows."""
    out = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    out += ["| " + " | ".join(md(r.get(c)) for c in columns) + " |" for r in rows]
    return out


def quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "…"
