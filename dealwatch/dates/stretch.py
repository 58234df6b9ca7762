"""A stretch of days ("the handovers went on from 2 March to 9 March") and which of its ends
what follows means: a careful reader dates "the first forty men" by its start and "the last
of them" by its end; anything else after it has no one day."""

from __future__ import annotations

import re
from typing import TypeVar

# How a stretch of days is written: "from May 2 to May 9", "between May 2 and May 9".
_OPEN = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)
_JOIN = re.compile(r"\s*(?:to|until|till|through|and|-|\u2013)\s*")
_FIRST = re.compile(r"\b(?:first|opening)\b", re.IGNORECASE)
_LAST = re.compile(r"\b(?:last|final|closing)\b", re.IGNORECASE)
T = TypeVar("T")


def a_stretch(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Two dates (start and end offsets) written as a stretch of time."""
    return bool(_JOIN.fullmatch(text, first[1], max(first[1], second[0]))) and bool(
        _OPEN.search(text[max(0, first[0] - 9):first[0]]))


def day_meant(words: str, start: T, end: T | None = None) -> T | None:
    """Of a stretch, its start where the words tell the first of something, its end where
    they tell the last, else neither."""
    if _FIRST.search(words):
        return start
    if _LAST.search(words):
        return end
    return None
