"""Text folded for search: any script romanized, accents and case dropped, typographic quotes
and dashes made plain, every space one space — with a way back to the original offsets.

A character is folded alone, by the name matcher's ``latin`` (rigour's transliteration), so a
query and a text fold alike whatever their script: "Лукашенко" and "Lukashénko" both fold to
"lukashenko", "don’t" to "don't". Folding may change the length (Cyrillic "ш" is "sh", "ß" is
"ss"); ``Folded.original`` maps a folded offset back, for snippets and marks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from dealwatch.resolve.keys import latin

_ASCII_RUN = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]")
_SPACES = str.maketrans("\t\n\r\f\v", "     ")


@cache
def _fold_char(char: str) -> str:
    if char.isspace():
        return " "
    return latin(char).lower()


@dataclass(frozen=True)
class Folded:
    """A folded text and, where its length differs from the original's, its pieces: where
    each begins in the folded text and in the original, and whether it is an ASCII run
    (folded one character for one) or one character folded alone."""

    text: str
    starts: tuple[int, ...] = ()
    origins: tuple[int, ...] = ()
    runs: tuple[bool, ...] = ()

    def original(self, at: int) -> int:
        """The original offset of folded offset ``at`` (the start of its character)."""
        if not self.starts:
            return at
        n = bisect_right(self.starts, at) - 1
        return self.origins[n] + (at - self.starts[n] if self.runs[n] else 0)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the folded span ``start:end`` (whole characters)."""
        if not self.starts or end <= start:
            return self.original(start), self.original(start) + (end - start)
        last = self.original(end - 1)
        n = bisect_right(self.starts, end - 1) - 1
        return self.original(start), last + 1 if self.runs[n] else self.origins[n] + 1


def fold(text: str) -> Folded:
    """``text`` folded for search (see the module's docstring)."""
    if text.isascii():
        return Folded(text.lower().translate(_SPACES))
    pieces: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    runs: list[bool] = []
    at = 0
    for m in _ASCII_RUN.finditer(text):
        piece = m.group()
        run = piece.isascii()
        piece = piece.lower().translate(_SPACES) if run else _fold_char(piece)
        starts.append(at)
        origins.append(m.start())
        runs.append(run)
        pieces.append(piece)
        at += len(piece)
    folded = "".join(pieces)
    if len(folded) == len(text) and all(len(p) == 1 for p, r in zip(pieces, runs, strict=True)
                                         if not r):
        return Folded(folded)
    return Folded(folded, tuple(starts), tuple(origins), tuple(runs))


def fold_query(text: str) -> str:
    """A query folded like the texts it is looked for in, its spaces made single."""
    return " ".join(fold(text).text.split())
