"""Terminal tables at 80 and 120 columns: dates, types and counts whole, names not cut, every
line within the width, and what was left out said in the caption."""

from __future__ import annotations

import io
from typing import Any

import pytest
from rich.cells import cell_len
from rich.console import Console

from dealwatch import render
from dealwatch.terminal import Column, fit

# Invented rows: long names, several sources, a long undated phrase.
ROWS: list[dict[str, Any]] = [
    {"date": "2031-11-24", "type": "sanctions_relief", "by": "Republic of Vellaria",
     "count": 1234, "persons": ["Marek Oskarsen-Tulli", "Ilse Brannvoll"],
     "targets": ["Norrvik Shipping Lines"], "participants": [],
     "sources": ["Harbour Evening Gazette", "Ostmark Courier", "wire-feed-2031-11.jsonl"],
     "conflicts": ["count: “1234” (Harbour Evening Gazette) vs “1243” (Ostmark Courier)"]},
    {"date": "undated (earlier that autumn)", "type": "release", "by": "Jordanvale",
     "count": 7, "persons": ["Teodora Quillfeather"], "targets": [], "participants": [],
     "sources": ["Ostmark Courier"], "conflicts": []},
    {"date": "2032-01", "type": "sanctions_imposed", "by": None, "count": None,
     "persons": [], "targets": ["Vellarian Potash Board"], "participants": ["Ilse Brannvoll"],
     "sources": ["Harbour Evening Gazette"], "conflicts": []},
]
COLUMNS = ["date", "type", "by", "count", "persons", "targets", "participants", "sources",
           "conflicts"]


def printed(rows: list[dict[str, Any]], columns: list[str], width: int) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None)
    render.print_table(rows, columns, "Events", console=console)
    return console.file.getvalue()  # type: ignore[attr-defined,no-any-return]


def assert_reads(out: str, width: int, whole: list[str]) -> None:
    """Every line fits the width; every value of ``whole`` stands on one line."""
    lines = out.splitlines()
    assert max(cell_len(ln) for ln in lines) <= width
    for value in whole:
        assert any(value in ln for ln in lines), value


@pytest.mark.parametrize("width", [80, 120])
def test_dates_types_and_counts_never_break_and_lines_fit(width: int) -> None:
    out = printed(ROWS, COLUMNS, width)
    assert_reads(out, width, ["2031-11-24", "2032-01", "sanctions_relief", "sanctions_imposed",
                              "release", "1234", "Jordanvale", "Quillfeather",
                              "Oskarsen-Tulli"])
    assert "2031-1\n" not in out and "releas\n" not in out


def test_at_80_columns_the_least_read_columns_are_left_out_and_said_so() -> None:
    out = printed(ROWS, COLUMNS, 80)
    shown = out.splitlines()[1].split()
    caption = " ".join(out.split("Left out at 80 columns:")[1].split())
    said = [name.split(" (")[0] for name in caption.split(";")[0].split(", ")]
    assert shown[:4] == ["date", "type", "by", "count"] and "conflicts" in said
    assert sorted(shown + said) == sorted(COLUMNS)


def test_at_a_wide_terminal_every_column_is_shown_on_one_line_each() -> None:
    out = printed(ROWS, COLUMNS, 400)
    assert "Left out" not in out
    assert "Marek Oskarsen-Tulli; Ilse Brannvoll" in out
    assert "\n\n" not in out.strip("\n")  # nothing wraps: no blank line between rows


def test_a_long_phrase_in_a_date_column_is_shortened_with_an_ellipsis() -> None:
    out = printed(ROWS, COLUMNS, 80)
    assert "undated (earlier that autumn)" not in out and "undated (earlie…" in out


def test_a_column_is_never_narrower_than_its_longest_word() -> None:
    cols = [Column(name, tuple(render.cell(r.get(name)) for r in ROWS)) for name in COLUMNS]
    shown, widths, left_out = fit(cols, 80)
    assert sum(widths.values()) + 2 * (len(shown) - 1) <= 80
    persons = next(c for c in shown if c.name == "persons")
    assert widths["persons"] >= len("Oskarsen-Tulli;") == persons.least()
    assert widths["type"] == len("sanctions_imposed")
    assert "conflicts" in left_out
