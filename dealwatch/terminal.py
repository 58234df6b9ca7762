"""Terminal tables that read at the terminal's width (80 columns included).

A date, a type, a count or a status is one token a reader scans down a column: those columns
never wrap and are as wide as their longest token ("2024-03-13", "sanctions_imposed"); only a
longer phrase in them ("undated (earlier that week)") is shortened with an ellipsis. The
other columns (names, sources, quotes) wrap between words and are never narrower than their
longest word (up to ``WORD_CAP``), so a name is not cut. When even that does not fit, the
columns that are empty in every row go first, then the least read ones (``LEAVE_OUT_FIRST``,
then from the right), and the caption says which were left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich import box
from rich.cells import cell_len
from rich.table import Table

# Columns of one token each: never wrapped.
TOKEN_COLUMNS = frozenset({"date", "type", "count", "status", "events", "published",
                           "start", "end", "until"})
# Identifiers a reader copies into another command: never wrapped either (when shown).
ID_COLUMNS = frozenset({"id"})
LEAVE_OUT_FIRST = ("conflicts", "participants", "targets", "documents", "aliases", "roles",
                   "country", "location", "what", "to", "background", "spellings", "id", "status")
WORD_CAP = 16  # a longer word (a file name, a URL) folds
PHRASE_CAP = 16  # a phrase in a token column is shortened to this with an ellipsis
GAP = 2  # columns are set two spaces apart, with no frame


@dataclass(frozen=True)
class Column:
    """One column's header, its cells as text, and how it may be set."""

    name: str
    cells: tuple[str, ...]

    @property
    def fixed(self) -> bool:
        return self.name in TOKEN_COLUMNS or self.name in ID_COLUMNS

    @property
    def empty(self) -> bool:
        return not any(self.cells)

    def natural(self) -> int:
        """The width that sets every cell on one line."""
        lines = [ln for c in (self.name, *self.cells) for ln in c.splitlines() or [""]]
        return max(cell_len(ln) for ln in lines)

    def least(self) -> int:
        """The narrowest it may be: a token column its longest token (and header) and its
        phrases up to ``PHRASE_CAP``; another its longest word up to ``WORD_CAP``."""
        words = [w for c in (self.name, *self.cells) for w in c.split()] or [""]
        if self.fixed:
            tokens = [c for c in (self.name, *self.cells) if c and " " not in c.strip()]
            longest = max((cell_len(t) for t in tokens), default=0)
            return max(longest, min(self.natural(), PHRASE_CAP))
        return min(max(cell_len(w) for w in words), WORD_CAP)


def fit(columns: Sequence[Column], width: int) -> tuple[list[Column], dict[str, int],
                                                         list[str]]:
    """The columns shown at ``width``, the width of each, and the names left out (empty
    columns last, marked "(empty)")."""
    shown = list(columns)
    left_out: list[str] = []
    empty: list[str] = []

    def need() -> int:
        return sum(c.least() for c in shown) + GAP * (len(shown) - 1)

    if sum(c.natural() for c in shown) + GAP * (len(shown) - 1) > width:
        for col in [c for c in shown if c.empty and not c.fixed]:
            shown.remove(col)
            empty.append(col.name)
    order = [*LEAVE_OUT_FIRST, *(c.name for c in reversed(shown))]
    for name in order:
        if need() <= width:
            break
        found = [c for c in shown if c.name == name and (not c.fixed or name in LEAVE_OUT_FIRST)]
        if found and len(shown) > 1:
            shown.remove(found[0])
            left_out.append(name)
    return shown, _widths(shown, width), left_out + [f"{n} (empty)" for n in empty]


def _widths(shown: list[Column], width: int) -> dict[str, int]:
    """Token columns at their least; the rest start at their least and share what is left a
    character at a time, none above its natural width."""
    widths = {c.name: c.least() if c.fixed else c.natural() for c in shown}
    flexible = [c for c in shown if not c.fixed]
    spare = width - GAP * (len(shown) - 1) - sum(widths.values())
    if spare >= 0:
        return widths
    widths.update((c.name, c.least()) for c in flexible)
    spare = width - GAP * (len(shown) - 1) - sum(widths.values())
    growing = [c for c in flexible if widths[c.name] < c.natural()]
    while spare > 0 and growing:
        for col in list(growing):
            if spare == 0:
                break
            widths[col.name] += 1
            spare -= 1
            if widths[col.name] >= col.natural():
                growing.remove(col)
    return widths


def fitted_table(rows: list[dict[str, str]], columns: list[str], title: str,
                 width: int | None) -> Table:
    """A rich Table of the rows' cells (already text); at ``width`` it fits that width."""
    cols = [Column(name, tuple(r.get(name, "") for r in rows)) for name in columns]
    shown, widths, left_out = cols, {c.name: c.natural() for c in cols}, list[str]()
    if width is not None:
        shown, widths, left_out = fit(cols, width)
    caption = (f"Left out at {width} columns: {', '.join(left_out)}; a wider terminal, --csv "
               "or --json show every column." if left_out else None)
    # a blank line between rows only when some cell wraps, to tell its lines from the next row
    wraps = any(widths[c.name] < c.natural() for c in shown if not c.fixed)
    table = Table(title=title, caption=caption, box=box.SIMPLE_HEAD, show_edge=False,
                  pad_edge=False, padding=(0, 1), collapse_padding=True, show_lines=wraps)
    for col in shown:
        if col.fixed:
            table.add_column(col.name, no_wrap=True, overflow="ellipsis",
                             width=widths[col.name])
        else:
            table.add_column(col.name, overflow="fold", width=widths[col.name])
    for row in rows:
        table.add_row(*(row.get(c.name, "") for c in shown))
    return table
