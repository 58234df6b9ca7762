"""Render a ledger: JSON (validated against the published schema), Markdown, CSV, tables."""

from __future__ import annotations

import csv
import io
import json
from functools import cache
from importlib import resources
from typing import Any

from dealwatch.model import Event, Ledger


@cache
def ledger_schema() -> dict[str, Any]:
    """The JSON Schema of the ledger JSON, as published in the package."""
    text = resources.files("dealwatch").joinpath("schemas/ledger.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_ledger(data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when data is not a valid ledger."""
    import jsonschema

    jsonschema.validate(data, ledger_schema())


def ledger_json(ledger: Ledger) -> str:
    return json.dumps(ledger.to_dict(), indent=2, ensure_ascii=False)


def _outlets(ledger: Ledger) -> dict[str, str]:
    return {d.id: d.outlet or d.path.rsplit("/", 1)[-1] for d in ledger.documents}


def event_rows(ledger: Ledger) -> list[dict[str, Any]]:
    """One flat row per event, for tables and CSV."""
    names = _outlets(ledger)
    return [_event_row(e, names) for e in ledger.events]


def _event_row(e: Event, names: dict[str, str]) -> dict[str, Any]:
    docs = sorted({s.document for s in e.sources})
    return {
        "id": e.id,
        "date": e.date or (f"undated ({e.date_text})" if e.date_text else "undated"),
        "type": e.type.value,
        "status": e.status.value,
        "by": e.by or "",
        "to": e.to or "",
        "count": "" if e.count is None else e.count,
        "persons": list(e.persons),
        "targets": list(e.targets),
        "participants": list(e.participants),
        "location": e.location or "",
        "sources": [names.get(d, d) for d in docs],
        "conflicts": [f"{c.field}: " + " vs ".join(
            f"{v.value} ({', '.join(names.get(d, d) for d in v.documents)})" for v in c.values)
            for c in e.conflicts],
    }


def entity_rows(ledger: Ledger) -> list[dict[str, Any]]:
    names = _outlets(ledger)
    return [{
        "id": e.id, "name": e.name, "type": e.type.value, "aliases": list(e.aliases),
        "spellings": [f"{s.text} ({', '.join(names.get(d, d) for d in s.documents)})"
                      for s in e.spellings],
        "roles": list(e.roles), "country": e.country or "",
        "conflicts": len(e.conflicts),
    } for e in ledger.entities]


def document_rows(ledger: Ledger) -> list[dict[str, Any]]:
    return [{"id": d.id, "path": d.path, "outlet": d.outlet or "", "title": d.title or "",
             "published": d.published or "unknown", "duplicate_of": d.duplicate_of or ""}
            for d in ledger.documents]


def _cell(value: Any) -> str:
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    return str(value)


def rows_csv(rows: list[dict[str, Any]]) -> str:
    """CSV with lists joined by '; '."""
    buf = io.StringIO()
    if not rows:
        return ""
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buf.getvalue()


def print_table(rows: list[dict[str, Any]], columns: list[str], title: str) -> None:
    """A table on the terminal (plain when not a terminal)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c, "")) for c in columns))
    Console().print(table)


def _md(value: Any) -> str:
    return _cell(value).replace("|", "\\|").replace("\n", " ")


def _md_table(rows: list[dict[str, Any]], columns: list[str]) -> list[str]:
    out = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    out += ["| " + " | ".join(_md(r.get(c, "")) for c in columns) + " |" for r in rows]
    return out


def ledger_markdown(ledger: Ledger) -> str:
    """A readable report: rounds, totals, events, conflicts, promises, documents."""
    names = _outlets(ledger)
    lines = ["# Exchange ledger", ""]
    lines += ["## Rounds", ""]
    for n, r in enumerate(ledger.rounds, 1):
        lines.append(f"{n}. **{r.date or 'undated'}** — {_md(r.summary)}")
        for ev in r.links[:2]:
            lines.append(f"   - link ({names.get(ev.document, ev.document)}): "
                         f"“{_md(ev.quote[:240])}”")
    lines += ["", "## Totals", "", "| side | people freed | releases | releases without a count |",
              "|---|---|---|---|"]
    for side, row in sorted(ledger.totals.get("freed", {}).items()):
        lines.append(f"| {_md(side)} | {row['people']} | {row['releases']} | "
                     f"{row['releases_without_count']} |")
    for side, n in sorted(ledger.totals.get("demanded", {}).items()):
        lines.append(f"\nDemanded by {side}: {n}")
    lines += ["", "## Events", ""]
    lines += _md_table(event_rows(ledger), ["date", "type", "by", "count", "persons", "targets",
                                            "participants", "sources", "conflicts"])
    lines += ["", "## Where sources disagree", ""]
    for c in ledger.conflicts:
        vals = "; ".join(f"“{v.value}” ({', '.join(names.get(d, d) for d in v.documents)})"
                         for v in c.values)
        lines.append(f"- {_md(c.about or c.field)}: {_md(vals)}")
    lines += ["", "## Promises", ""]
    for p in ledger.promises:
        state = {True: "kept", False: "broken", None: "not yet delivered"}[p.kept]
        lines.append(f"- {_md(p.by or 'unknown')}: {_md(p.what or '')} — **{state}** "
                     f"({_md(p.reason)})")
    lines += ["", "## Documents", ""]
    lines += _md_table(document_rows(ledger), ["outlet", "published", "title", "path",
                                               "duplicate_of"])
    if ledger.rejected:
        lines += ["", "## Rejected inputs", ""]
        lines += [f"- {_md(r.line())}" for r in ledger.rejected]
    return "\n".join(lines) + "\n"
