"""The organisation-name matcher ``dw-org-1``: legal forms folded, then every word paired.

Legal forms ("Joint Stock Company", "OOO", "Aktiengesellschaft", "Ltd") are rewritten to one
compare form and set aside with rigour's org-type tools, so "OAO Gazprom" meets "Gazprom JSC".
What is left must pair word for word (equal, or a typo within the length budget); a word on
one side with no partner ("Trust", "Systems", "(Schweiz)", a number) means another
organisation. Acronyms written with dots ("A.B.C.") are one word.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz.distance import DamerauLevenshtein
from rigour.names import remove_org_prefixes, remove_org_types, replace_org_types_compare

from dealwatch.resolve.keys import latin

MATCHER = "dw-org-1"
_GENERIC = frozenset({"the", "and", "of", "company", "co", "corporation", "corp", "group",
                      "incorporated", "inc", "limited", "ltd", "holding", "holdings"})


@cache
def org_tokens(name: str) -> tuple[str, ...]:
    """The distinguishing words of an organisation's name, latinized, legal forms removed."""
    text = remove_org_prefixes(name.strip())
    text = re.sub(r"\b((?:[A-Za-z]\.){2,}[A-Za-z]?)", lambda m: m.group(1).replace(".", ""), text)
    text = text.replace("&", " and ").replace("'s ", " ").replace("’s ", " ")
    text = remove_org_types(replace_org_types_compare(latin(text)))
    tokens = [t for t in re.split(r"[^a-z0-9]+", text.lower()) if t]
    kept = [t for t in tokens if t not in _GENERIC]
    return tuple(kept or tokens)


def _budget(a: str, b: str) -> int:
    n = min(len(a), len(b))
    return 0 if n <= 4 else 1 if n <= 8 else 2


def _word_pairs(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[list[str], list[str], list[str]]:
    rest_b = list(b)
    pairs, rest_a = [], []
    for x in a:
        match = next((y for y in rest_b if y == x), None) or next(
            (y for y in rest_b if not (x.isdigit() or y.isdigit())
             and DamerauLevenshtein.distance(x, y) <= _budget(x, y)), None)
        if match is None:
            rest_a.append(x)
        else:
            rest_b.remove(match)
            pairs.append(f"{x}/{match}")
    return pairs, rest_a, rest_b


def match_org(a: str, b: str) -> tuple[float, tuple[str, ...]]:
    """Score two organisation names (0..1) with the reasons; 0 means different organisations."""
    ta, tb = org_tokens(a), org_tokens(b)
    if not ta or not tb:
        return 0.0, ("no name",)
    ja, jb = "".join(ta), "".join(tb)
    if ja == jb:
        return 1.0, (f"same words {' '.join(ta)}",)
    pairs, rest_a, rest_b = _word_pairs(ta, tb)
    if not rest_a and not rest_b:
        return 0.9, tuple(f"word {p}" for p in pairs)
    if not any(c.isdigit() for c in ja + jb) and len(ja) >= 8 and (
            DamerauLevenshtein.distance(ja, jb) <= _budget(ja, jb)):
        return 0.85, (f"spelling {ja}/{jb}",)
    return 0.0, (f"unpaired words {' '.join(rest_a)} / {' '.join(rest_b)}",)
