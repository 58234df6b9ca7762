"""A release told in parts, each on its own day: "freed 30 on Monday and 22 on Tuesday",
"freed 16 in June and 18 more in July", "freed 52 in two groups: 30 on Monday and 22 on
Tuesday".

A careful reader counts one round a day: the first part is the verb's own release (its day
the first part's), each further part a round of its own with its number and its day; a
total the parts add up to ("52 ... : 30 ... and 22 ...") is their sum, no round
(``tallies``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dealwatch.extract.counts import number_of
from dealwatch.extract.tallies import broken_down, parts_after_colon
from dealwatch.model import TimeExpr


@dataclass(frozen=True)
class Part:
    """One part of a release told by day: the word its number is on, the number, its day."""

    token: Token
    count: int
    date: TimeExpr


def _number(tok: Token) -> int | None:
    """ "22", "another 18", "18 more", "18 fishermen": a part's number."""
    if tok.like_num:
        return number_of(tok)
    for child in tok.children:
        if child.dep_ == "nummod" and child.like_num:
            return number_of(child)
    return None


def _dated(numbers: list[Token], end: int, dates: list[TimeExpr]) -> list[Part]:
    """Each number with the first date written after it and before the next number (or
    ``end``, a character offset); none unless every number has a day of its own."""
    parts: list[Part] = []
    for k, tok in enumerate(numbers):
        until = numbers[k + 1].idx if k + 1 < len(numbers) else end
        count = _number(tok)
        day = next((t for t in dates if tok.idx < t.start < until and t.value), None)
        if count is None or day is None:
            return []
        parts.append(Part(tok, count, day))
    if len({p.date.value for p in parts}) < len(parts):
        return []  # two parts of one day: kinds of people, not rounds
    return parts


def gapped_days(verb: Token, dates: list[TimeExpr]) -> list[Part]:
    """ "Chile freed 30 prisoners on Monday and 22 on Tuesday": the numbers coordinated with
    the verb, its own left out, each with a day of its own (the verb's own part first)."""
    numbers = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN")
               and _number(c) is not None
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    patient = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if not numbers or patient is None or _number(patient) is None:
        return []
    first = patient if patient.like_num else next(
        c for c in patient.children if c.dep_ == "nummod" and c.like_num)
    parts = _dated([first, *numbers], verb.sent.end_char, dates)
    return parts if len(parts) >= 2 else []


def broken_down_days(sent: Span, dates: list[TimeExpr]) -> list[Part]:
    """ "freed 52 in two groups: 30 on Monday and 22 on Tuesday": the parts after the colon
    that add up to the number before it, each with its day."""
    if not broken_down(sent):
        return []
    return _dated(parts_after_colon(sent), sent.end_char, dates)
