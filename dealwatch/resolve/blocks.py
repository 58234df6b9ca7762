"""Blocking keys for the person matcher: two names ``match_person`` scores above 0 share one.

``dw-person-2`` scores a pair above 0 only when some part of one name pairs with a part of
the other in a tier other than "initial" (after parts run together or written apart are
re-cut to the other side's parts). Each tier leaves a trace both parts share:

- same, or re-cut parts: the part itself (and each run of two or three adjacent parts);
- equivalent: the group of the given-name table, or a rigour name symbol;
- key / inflected: the romanization key (of the part, and of its stem without a Baltic ending);
- skeleton: the consonant skeleton of the key;
- typo: within the edit budget (one edit from four letters, two from eight, one in keys of
  five letters or more), the two spellings share a form with as many letters deleted
  (symmetric deletion: a substitution or a swap is one deletion on each side).

So comparing only names that share a key changes no result: it only skips pairs that score 0.
"""

from __future__ import annotations

from functools import cache
from itertools import combinations

from dealwatch.resolve.keys import GIVEN, name_symbols, skeleton, translit_key
from dealwatch.resolve.person import name_tokens

Key = tuple[str, str]


def _deletions(word: str, most: int) -> set[str]:
    """The word with up to ``most`` letters deleted."""
    out = {word}
    for k in range(1, most + 1):
        out |= {"".join(c for n, c in enumerate(word) if n not in drop)
                for drop in combinations(range(len(word)), k)}
    return out


@cache
def part_keys(part: str) -> frozenset[Key]:
    """The keys of one name part."""
    keys: set[Key] = {("w", part)}  # a one-letter part only pairs with itself ("same")
    if len(part) <= 1:
        return frozenset(keys)
    if part in GIVEN:
        keys.add(("g", str(GIVEN[part])))
    keys |= {("y", s) for s in name_symbols(part)}
    key = translit_key(part)
    if key:
        keys.add(("k", key))
    for end in ("as", "is", "us", "s"):  # person._inflected: the stem's key
        if part.endswith(end):
            keys.add(("k", translit_key(part[: -len(end)])))
    if len(skeleton(key)) >= 2:
        keys.add(("s", skeleton(key)))
    budget = 0 if len(part) <= 3 else 1 if len(part) <= 7 else 2
    keys |= {("d", w) for w in _deletions(part, budget)}
    if len(key) >= 5:
        keys |= {("e", w) for w in _deletions(key, 1)}
    return frozenset(keys)


@cache
def person_keys(name: str) -> frozenset[Key]:
    """The keys of a person's name: those of its parts, and runs of adjacent parts written
    as one word (matched exactly to a part of the other name)."""
    tokens = name_tokens(name)
    keys: set[Key] = set()
    for part in tokens:
        keys |= part_keys(part)
    for width in (2, 3):
        for n in range(len(tokens) - width + 1):
            keys.add(("w", "".join(tokens[n:n + width])))
    return frozenset(keys)
