"""JSON records: one article a JSON line (``.jsonl``), a record sent to the web API, a row
given to a Spark executor. Each record is read on its own; a bad one is rejected alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from dealwatch import errors
from dealwatch.ingest.articles import MAX_CHARS, checked, from_html, from_text, within
from dealwatch.ingest.isolation import isolated
from dealwatch.ingest.published import parse_date
from dealwatch.model import Article, Rejected


def read_jsonl(path: str, text: str, max_chars: int = MAX_CHARS) -> Iterator[Article | Rejected]:
    """The article (or rejection) of every non-blank line of a JSON-lines file."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1)
             if line.strip(" \t\ufeff")]
    if not lines:
        raise errors.EmptyInput("no JSON lines in the file (only blank lines or a byte-order "
                                "mark)")
    for n, line in lines:
        yield read_record_line(f"{path}#{n}", line.lstrip("\ufeff"), max_chars=max_chars)


def read_record_line(where: str, line: str, *, max_chars: int = MAX_CHARS) -> Article | Rejected:
    """The article of one JSON line (``where`` names it: ``file#line``), or its rejection."""
    return isolated(where, lambda: [within(_record_article(where, parse_record(line)),
                                           max_chars)])[0]


def read_record(where: str, row: dict[str, Any], *,
                max_chars: int = MAX_CHARS) -> Article | Rejected:
    """The article of one record (``text`` or ``html``, optional ``title``, ``url``,
    ``published``, ``outlet``): cleaned, dated, with an id; or its rejection. The JSON-lines
    reader and Spark executors both come through here."""
    return isolated(where, lambda: [within(_record_article(where, row), max_chars)])[0]


def parse_record(line: str) -> dict[str, Any]:
    """The JSON object of one line; ``Malformed`` for anything else."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise errors.Malformed(f"line is not JSON ({exc.msg} at column {exc.colno})") from exc
    except ValueError as exc:  # Python reads no integer of more than 4,300 digits
        raise errors.Malformed("line holds a number too long to read (over 4,300 digits)") \
            from exc
    except RecursionError as exc:
        raise errors.Malformed("line is JSON nested too deeply to read") from exc
    if not isinstance(row, dict):
        raise errors.Malformed("line is not a JSON object")
    return row


def json_array_items(text: str) -> list[str] | None:
    """The text of each item of a top-level JSON array, without parsing the items, or None
    when ``text`` is not an array. So one item nested too deeply (or otherwise unreadable)
    is rejected alone and the other items of the array are still read."""
    body = text.strip()
    if not body.startswith("[") or not body.endswith("]"):
        return None
    items: list[str] = []
    depth, start, in_string, escaped = 0, 1, False, False
    for i, ch in enumerate(body[1:-1], 1):
        if escaped:
            escaped = False
        elif in_string:
            escaped = ch == "\\"
            in_string = ch != '"'
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(body[start:i])
            start = i + 1
    last = body[start:-1]
    if items or last.strip():
        items.append(last)
    return [item.strip() for item in items]


def _field(row: dict[str, Any], name: str) -> str | None:
    value = row.get(name)
    if not isinstance(value, str):
        return None
    return checked(value, f"field '{name}'").strip() or None


def _record_article(where: str, row: dict[str, Any]) -> Article:
    url = _field(row, "url")
    if _field(row, "html"):
        art = from_html(where, str(row["html"]), "jsonl", url=url)
    elif _field(row, "text"):
        art = from_text(where, str(row["text"]), "jsonl", url=url)
    else:
        raise errors.Malformed("line has no 'text' or 'html' field")
    given = _field(row, "published")
    published = parse_date(given) if given else None
    return replace(art, title=_field(row, "title") or art.title,
                   outlet=_field(row, "outlet") or art.outlet, url=url or art.url,
                   published=published or art.published,
                   published_evidence=f"field 'published' '{given}'" if published
                   else art.published_evidence)
