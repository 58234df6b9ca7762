"""A query against a name: as written (folded), or as another spelling of it.

As written: the folded query begins a word of the folded name ("wars" finds "Warsaw",
"Ivan" finds "Ivan Petrov" and "Ivanov"). As another spelling: every word of the query pairs
with a different word of the name the way the person matcher ``dw-person-3`` pairs name parts
(``resolve.person.part_tier``: the same after romanizing, forms of one given name, equal
romanization keys, the same consonants, a typo), so "Лукашенко" finds "Lukashenko",
"Bialiatski" finds "Beliatski" and "Tsikhanouski" finds "Tikhanovsky". Three limits keep a
search precise where the matcher, comparing whole names, has the other parts to go on: an
initial pairs with nothing; a word never pairs with a longer word it only begins, nor a word
ending in a vowel with one ending in a consonant, whatever the keys say ("Ivan" and "Ivana"
are no spellings of "Ivanov", though all three key to ``ivan``; the Belarusian "-ou" of
"Ivanou" counts as the consonant it writes, the "-eh" of "Haniyeh" as a vowel); and a typo
pairs only words of six letters or more ("Minsk" is no typo of "Pinsk").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dealwatch.resolve.keys import read_name_symbols
from dealwatch.resolve.person import name_tokens, part_tier

SEARCH_TIERS = ("same", "equivalent", "key", "skeleton", "typo")
TYPO_LEAST = 6


@dataclass(frozen=True)
class NameMatch:
    """How a query matched a name: ``"text"`` (as written) or ``"spelling"``, the words of
    the name that matched, and the reasons (``"skeleton bialiatski/beliatski"``)."""

    how: str
    words: tuple[str, ...]
    reasons: tuple[str, ...] = ()


@lru_cache(maxsize=1 << 16)  # bounded: a server meets new query words for ever
def search_tier(query_part: str, name_part: str) -> str | None:
    """The tier pairing a query word with a name word, within the limits of a search."""
    tier = part_tier(query_part, name_part)
    if tier is None or tier not in SEARCH_TIERS:
        return None
    if tier == "same":
        return tier
    short, long_ = sorted((query_part, name_part), key=len)
    if long_.startswith(short) and len(long_) - len(short) >= 2:
        return None
    if ends_in_vowel(query_part) != ends_in_vowel(name_part):
        return None
    if tier == "typo" and min(len(query_part), len(name_part)) < TYPO_LEAST:
        return None
    return tier


def ends_in_vowel(word: str) -> bool:
    """Whether a romanized word ends in a vowel sound ("-ou" and "-au" end in the consonant
    ў; "-eh" and "-ah" in a vowel)."""
    if re.search(r"[aeiou][uw]$", word):
        return False
    return bool(re.search(r"([aeiouy]|[aeiou]h)$", word))


def query_words(query: str) -> tuple[str, ...]:
    """The words of a query as the matcher reads a name (romanized, titles and particles
    dropped)."""
    return name_tokens(query)


def pairings(words: Sequence[str], parts: Iterable[str]) -> dict[str, dict[str, str]]:
    """For each query word, the name parts it pairs with and the tier (read once per query
    over every part of every name)."""
    parts = list(dict.fromkeys(parts))
    read_name_symbols([*words, *parts])
    out: dict[str, dict[str, str]] = {}
    for w in words:
        out[w] = {p: t for p in parts if (t := search_tier(w, p)) is not None}
    return out


def spelling_match(words: Sequence[str], name: str,
                   paired: dict[str, dict[str, str]]) -> NameMatch | None:
    """The match when every query word pairs with a different word of ``name``."""
    parts = name_tokens(name)
    if not words or len(words) > len(parts):
        return None
    chosen = _assign(list(words), list(parts), paired, set())
    if chosen is None:
        return None
    pairs = sorted(zip(words, chosen, strict=True), key=lambda wp: parts.index(wp[1]))
    reasons = tuple(f"{paired[w][p]} {w}/{p}" for w, p in pairs)
    return NameMatch("spelling", tuple(p for _, p in pairs), reasons)


def _assign(words: list[str], parts: list[str], paired: dict[str, dict[str, str]],
            used: set[int]) -> list[str] | None:
    if not words:
        return []
    for i, part in enumerate(parts):
        if i not in used and part in paired.get(words[0], {}):
            rest = _assign(words[1:], parts, paired, used | {i})
            if rest is not None:
                return [part, *rest]
    return None


def text_match(folded_query: str, folded_name: str) -> NameMatch | None:
    """The match when the folded query begins a word of the folded name (both folded by
    ``fold_query``)."""
    if not folded_query:
        return None
    found = re.search(rf"(?<![a-z0-9]){re.escape(folded_query)}", folded_name)
    return NameMatch("text", (found.group(),)) if found else None
