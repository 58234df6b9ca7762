"""The person-name matcher ``dw-person-3``: aligned name parts, a tier for each pair, reasons.

Both names are cleaned (honorifics, "Last, First" order, joined words, particles such as
al- / bin / de), latinized with rigour, and their parts aligned one to one, best pairs first:

=============  ==============================================================  ======
tier           when                                                             weight
=============  ==============================================================  ======
same           equal after latinizing                                           1.00
equivalent     forms of one name (Sergei / Siarhei, Osama / Usama, Ted /        0.95
               Theodore): the table in ``keys`` or a shared rigour name symbol
key            equal romanization keys (Tsikhanouski / Tsikhanovsky; "kh" read   0.92
               as "ch" too: Rakhmelov / Rachmelov)
skeleton       same consonants, long enough (Bialiatski / Beliatski)             0.88
typo           one edit (two in long parts) in spelling or key, unless both      0.85
               parts are known different names (Ortiz / Ortega, Harry / Larry)
initial        "J." for John                                                     0.75
=============  ==============================================================  ======

Then structure decides: when both names keep a part the other lacks, they name different
people (different given names, middle names or patronymics). One name may carry extra parts
(a middle name, a patronymic, a grandfather's name) when all of the other's parts align. A
lone name must be the other's surname. Surname forms of different genders never pair
(Tsikhanouskaya / Tsikhanouski).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import DamerauLevenshtein
from rigour.names import remove_person_prefixes

from dealwatch.resolve.keys import (
    equivalent,
    gender,
    known_distinct,
    latin,
    skeleton,
    translit_key,
    velar_key,
)

MATCHER = "dw-person-3"
WEIGHTS = {"same": 1.0, "equivalent": 0.95, "key": 0.92, "skeleton": 0.88, "typo": 0.85,
           "initial": 0.75}
_RANK = {tier: n for n, tier in enumerate(WEIGHTS)}  # best first
# Joining words of Arabic, Romance, Germanic and Dutch names; they carry no identity.
PARTICLES = frozenset({
    "al", "el", "ul", "bin", "ibn", "ben", "bint", "binti", "de", "del", "della", "der", "di",
    "da", "du", "dos", "das", "van", "von", "la", "le", "y", "na", "ould", "zu", "ter", "ten",
})
_ABD = frozenset({"abd", "abdul", "abdel", "abdal", "abdoul", "abdu"})
_TITLES = re.compile(
    r"^(mr|mrs|ms|miss|dr|prof|president|prime minister|minister|secretary|sen|senator|rep|"
    r"gen|general|col|colonel|sir|dame|lord|sheikh|shaikh|sheik|king|queen|prince|princess|"
    r"emir|pope|judge|justice|envoy|ambassador|monsieur|madame|herr|frau|haji|hajji|mullah|"
    r"imam|rabbi|father|rev|reverend|präsident|presidente|président)\.?\s+",
    re.IGNORECASE,
)
_NASAB = re.compile(r"\w\s+(bin|ibn|ben|bint|ould)\s+\w", re.IGNORECASE)
_LOGOGRAPHIC = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CAMEL = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")


@dataclass(frozen=True)
class Pair:
    """Two aligned name parts and the tier that pairs them."""

    left: str
    right: str
    tier: str


@lru_cache(maxsize=1 << 16)  # a name is read for its parts, its surname block, its spelling
def strip_titles(name: str) -> str:
    """The name without honorifics and titles ("Mr.", "Dr.", "President", "Sheikh")."""
    name = remove_person_prefixes(name.strip())
    while True:
        new = _TITLES.sub("", name)
        if new == name:
            return name
        name = new


@cache
def name_tokens(name: str) -> tuple[str, ...]:
    """The identifying parts of a person's name, latinized, in given-then-family order."""
    name = strip_titles(name)
    if name.count(",") == 1:  # "Putin, Vladimir": register order
        family, given = (p.strip() for p in name.split(","))
        if given and family and len(family.split()) <= 4:
            name = f"{given} {family}"
    name = _CAMEL.sub(" ", name)  # "VladimirPutin"
    tokens = [t for t in re.split(r"[^a-z0-9]+", latin(name)) if t]
    tokens = ["abdul" if t in _ABD else t for t in tokens]
    kept = [t for t in tokens if t not in PARTICLES]
    return tuple(kept or tokens)


def _budget(a: str, b: str) -> int:
    n = min(len(a), len(b))
    return 0 if n <= 3 else 1 if n <= 7 else 2


def part_tier(a: str, b: str) -> str | None:
    """How two name parts pair, or None (the same either way round)."""
    return _part_tier(a, b) if a <= b else _part_tier(b, a)


@lru_cache(maxsize=1 << 17)  # blocking and the matcher ask about the same parts, many times
def _part_tier(a: str, b: str) -> str | None:
    if a == b:
        return "same"
    if len(a) == 1 or len(b) == 1:
        return "initial" if a[0] == b[0] else None
    if equivalent(a, b):
        return "equivalent"
    ga, gb = gender(a), gender(b)
    if ga and gb and ga != gb:
        return None
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb and len(ka) >= 2 or _inflected(a, b) or _inflected(b, a) or _velar(a, b):
        return "key"
    if skeleton(ka) == skeleton(kb) and len(skeleton(ka)) >= 2 and min(len(a), len(b)) >= 4:
        return "skeleton"
    if known_distinct(a, b):
        return None
    return "typo" if typo_close(a, b) else None


def typo_close(a: str, b: str) -> bool:
    """Within the typo budget, as spelled or as romanization keys (the typo tier, before
    known names and genders are asked about)."""
    if DamerauLevenshtein.distance(a, b) <= _budget(a, b):
        return True
    ka, kb = translit_key(a), translit_key(b)
    return min(len(ka), len(kb)) >= 5 and DamerauLevenshtein.distance(ka, kb) <= 1


def _velar(a: str, b: str) -> bool:
    """The same key with "kh" read as "ch" on either side (``keys.velar_key``)."""
    va, vb = velar_key(a), velar_key(b)
    if va is None and vb is None:
        return False
    key = va or translit_key(a)
    return len(key) >= 2 and key == (vb or translit_key(b))


def _inflected(a: str, b: str) -> bool:
    """Baltic case endings on a foreign name: Sergejs / Sergey, Putinas / Putin."""
    stems = stem_keys(a)
    return bool(stems) and translit_key(b) in stems


@cache
def stem_keys(a: str) -> frozenset[str]:
    """The romanization keys of a part without a Baltic case ending."""
    return frozenset(translit_key(a[: -len(end)]) for end in ("as", "is", "us", "s")
                     if a.endswith(end) and len(a) - len(end) >= 4
                     and a[-len(end) - 1] not in "aeiou" + end)


def _join_split_parts(a: list[str], b: list[str]) -> None:
    """Parts written apart on one side and as one word on the other ("Patr ushev",
    "Plat Ono Vich") become one part."""
    for this, other in ((a, b), (b, a)):
        targets = set(other)
        i = 0
        while i < len(this) - 1:
            for width in (3, 2):
                pieces = this[i:i + width]
                if (len(pieces) == width and min(map(len, pieces)) >= 2
                        and "".join(pieces) in targets):
                    this[i:i + width] = ["".join(pieces)]
                    break
            i += 1


def _split_joined(a: list[str], b: list[str]) -> None:
    """A part of one side that is two parts of the other run together ("Ramimakhlouf"), or
    their initials ("JC" for Jean-Claude)."""
    for this, other in ((a, b), (b, a)):
        for i, tok in enumerate(list(this)):
            for j in range(len(other) - 1):
                if other[j] + other[j + 1] == tok:
                    this[i:i + 1] = [other[j], other[j + 1]]
                    break
                if len(tok) == 2 and not set(tok) & set("aeiouy") and (
                        tok == other[j][0] + other[j + 1][0]):
                    this[i:i + 1] = [tok[0], tok[1]]
                    break


@dataclass
class Alignment:
    """The parts of two names as compared, their pairs and the leftovers of each side."""

    left: list[str]
    right: list[str]
    pairs: list[Pair]
    rest_left: list[str]
    rest_right: list[str]
    firsts_paired: bool


TierOf = Callable[[str, str], str | None]  # part_tier, or a quicker one that answers alike


def align(a: tuple[str, ...], b: tuple[str, ...], tier_of: TierOf = part_tier) -> Alignment:
    """Pair the parts of two names one to one, best tiers first; the leftovers of each side."""
    left, right = list(a), list(b)
    _split_joined(left, right)
    _join_split_parts(left, right)
    cands = []
    for i, x in enumerate(left):
        for j, y in enumerate(right):
            tier = tier_of(x, y)
            if tier:
                cands.append((_RANK[tier], abs(i - j), i, j, tier))
    cands.sort()
    used_i: set[int] = set()
    used_j: set[int] = set()
    pairs = []
    for _, _, i, j, tier in cands:
        if i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            pairs.append((i, Pair(left[i], right[j], tier)))
    firsts = any(i == 0 and p.right == right[0] for i, p in pairs)
    pairs.sort(key=lambda x: x[0])
    rest_a = [t for i, t in enumerate(left) if i not in used_i]
    rest_b = [t for j, t in enumerate(right) if j not in used_j]
    return Alignment(left, right, [p for _, p in pairs], rest_a, rest_b, firsts)


def match_person(a: str, b: str, tier_of: TierOf = part_tier) -> tuple[float, tuple[str, ...]]:
    """Score two person names (0..1) with the reasons; 0 means never the same person.
    ``tier_of``: ``part_tier``, or one that gives the same answers sooner (``people.py``)."""
    if _same_logographic_script(a, b) and "".join(a.split()) != "".join(b.split()):
        return 0.0, ("different characters in the same logographic script",)
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 0.0, ("no name",)
    al = align(ta, tb, tier_of)
    pairs, rest_a, rest_b = al.pairs, al.rest_left, al.rest_right
    reasons = tuple(f"{p.tier} {p.left}/{p.right}" for p in pairs)
    if rest_a and rest_b:
        return 0.0, (*reasons, f"different name parts {' '.join(rest_a)} / {' '.join(rest_b)}")
    if not pairs or all(p.tier == "initial" for p in pairs):
        return 0.0, (*reasons, "only initials agree")
    if _patronymic(a) and _patronymic(b) and not al.firsts_paired:
        return 0.0, (*reasons, "given name and patronymic swapped")
    la, lb = al.left, al.right
    if min(len(la), len(lb)) == 1 and max(len(la), len(lb)) > 1:
        longer, single = (lb, la[0]) if len(la) == 1 else (la, lb[0])
        part = pairs[0].right if len(la) == 1 else pairs[0].left
        if part != longer[-1]:
            return 0.0, (*reasons, f"the single name {single} is not the other's surname")
    score = sum(WEIGHTS[p.tier] for p in pairs) / len(pairs)
    extra = rest_a or rest_b
    if extra:
        score *= 0.9
        reasons = (*reasons, f"extra name parts {' '.join(extra)}")
    return round(score, 3), reasons


def _patronymic(name: str) -> bool:
    """An Arabic-style name that says whose son or daughter: "Salman bin Muhammad"."""
    return bool(_NASAB.search(name))


def _same_logographic_script(a: str, b: str) -> bool:
    """Both names written in Han, kana or Hangul: one character more or less is another name,
    whatever the romanization says (习近朋 / 习近平)."""
    return bool(_LOGOGRAPHIC.search(a)) and bool(_LOGOGRAPHIC.search(b))
