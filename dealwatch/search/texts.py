"""Folded texts of many records, searched as one: each record's fields (a title, an outlet, a
quote, an article's text) folded once and set end to end, so a query scans them in a few
passes of the regular expression engine instead of one call per field.

A record's fields are set in their order of precedence; its first match is its hit, and the
search skips to the next record. Fields are parted by a NUL, which no pattern crosses.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dealwatch.search.fold import Folded, fold

SEPARATOR = "\x00"


@dataclass(frozen=True)
class TextHit:
    """Where a text matched: the field (``text``, ``title``, ``outlet``, ``quote``,
    ``place``, ``names``), the words as the text writes them, and their offsets in that
    field's text."""

    field: str
    matched: str
    start: int
    end: int


@dataclass(frozen=True)
class Needles:
    """The query as typed (found anywhere) and the words of each spelling it matched (found
    from the start of a word, apart by any punctuation). Each pattern begins with a literal,
    so the engine skips ahead to it."""

    patterns: tuple[tuple[re.Pattern[str], bool], ...]  # (pattern, from a word's start only)

    @classmethod
    def of(cls, folded_query: str, spellings: Iterable[str]) -> Needles:
        """Needles for a folded query and the folded words of the spellings it matched."""
        gap = f"[^a-z0-9{SEPARATOR}]+"
        patterns = [(re.compile(re.escape(folded_query)), False)]
        patterns += [(re.compile(gap.join(map(re.escape, s.split()))), True)
                     for s in sorted(spellings, key=len, reverse=True) if s.split()]
        return cls(tuple(patterns))


@dataclass(frozen=True)
class _Field:
    name: str
    text: str
    folded: Folded
    at: int  # where its folded text begins in the whole


class Texts:
    """The folded fields of a sequence of records, set end to end."""

    def __init__(self, records: Sequence[Iterable[tuple[str, str | None]]]) -> None:
        pieces: list[str] = []
        self._fields: list[list[_Field]] = []
        self._starts: list[int] = []
        at = 0
        for fields in records:
            self._starts.append(at)
            mine = []
            for name, text in fields:
                if not text:
                    continue
                folded = fold(text)
                mine.append(_Field(name, text, folded, at))
                pieces.append(folded.text + SEPARATOR)
                at += len(folded.text) + 1
            self._fields.append(mine)
        self._ends = [*self._starts[1:], at]
        self._whole = "".join(pieces)

    def find(self, needles: Needles) -> dict[int, TextHit]:
        """The records any needle finds (by position in the sequence), each with its first
        hit."""
        first: dict[int, tuple[int, int]] = {}
        for pattern, word_start in needles.patterns:
            for record, span in self._scan(pattern, word_start):
                if record not in first or span[0] < first[record][0]:
                    first[record] = span
        return {record: self._hit(record, *span) for record, span in sorted(first.items())}

    def _scan(self, pattern: re.Pattern[str],
              word_start: bool) -> Iterable[tuple[int, tuple[int, int]]]:
        whole, pos = self._whole, 0
        while (m := pattern.search(whole, pos)) is not None:
            start = m.start()
            if word_start and start > 0 and whole[start - 1].isalnum():
                pos = start + 1
                continue
            record = bisect_right(self._starts, start) - 1
            yield record, (start, m.end())
            pos = self._ends[record]  # the first match of a record is its hit

    def _hit(self, record: int, start: int, end: int) -> TextHit:
        fields = self._fields[record]
        f = fields[bisect_right([x.at for x in fields], start) - 1]
        a, b = f.folded.original_span(start - f.at, end - f.at)
        return TextHit(f.name, f.text[a:b], a, b)
