"""Blocking for the name matchers: two names ``match_person`` scores above 0 share a key, and
the organisation pairs ``match_org`` could join are all among ``org_candidates``.

``dw-person-3`` scores a pair above 0 only when some part of one name pairs with a part of
the other in a tier other than "initial" (after parts run together or written apart are
re-cut to the other side's parts). Each tier leaves a trace both parts share:

- same, or re-cut parts: the part itself (and each run of two or three adjacent parts);
- equivalent: the group of the given-name table, or a rigour name symbol;
- key / inflected: the romanization key (of the part, and of its stem without a Baltic ending);
- skeleton: the consonant skeleton of the key (parts of four letters or more);
- typo: within the edit budget of the shorter part (one edit from four letters, two from
  eight, one in keys of five letters or more), the first eight letters of the two spellings
  share a form with as many letters deleted (symmetric deletion: a substitution or a swap is
  one deletion on each side).

So comparing only names that share a key changes no result: it only skips pairs that score 0.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from itertools import combinations

from dealwatch.extract.lexicon import JOINED_HEADS
from dealwatch.places import country_of_demonym
from dealwatch.resolve.keys import (
    GIVEN,
    name_symbols,
    norm,
    skeleton,
    translit_key,
    velar_key,
)
from dealwatch.resolve.org import org_tokens
from dealwatch.resolve.person import name_tokens, stem_keys

Key = str  # "kind:text": w (the part), g (given-name group), y (symbol), k (romanization key),
# s (skeleton), d1 / d2 (typo forms within one / two edits), e1 (typo forms of the key)


def _deletions(word: str, most: int) -> set[str]:
    """The word with up to ``most`` letters deleted (the subsequences that keep the rest)."""
    out = {word}
    for kept in range(len(word) - 1, max(len(word) - most, 0) - 1, -1):
        out.update(map("".join, combinations(word, kept)))
    return out


def part_keys(part: str) -> frozenset[Key]:
    """The keys of one name part."""
    return spelling_keys(part) | typo_keys(part)


def spelling_keys(part: str) -> frozenset[Key]:
    """The keys of the tiers other than a typo: the part, its given-name group and symbols,
    its romanization keys (with and without a Baltic ending) and its skeleton."""
    keys: set[Key] = {"w:" + part}  # a one-letter part only pairs with itself ("same")
    if len(part) <= 1:
        return frozenset(keys)
    if part in GIVEN:
        keys.add(f"g:{GIVEN[part]}")
    keys |= {"y:" + s for s in name_symbols(part)}
    key = translit_key(part)
    if key:
        keys.add("k:" + key)
    velar = velar_key(part)
    if velar:
        keys.add("k:" + velar)  # person._velar: "kh" read as "ch"
    keys |= {"k:" + stem for stem in stem_keys(part)}  # person._inflected
    if len(skeleton(key)) >= 2 and len(part) >= 4:  # the skeleton tier's conditions
        keys.add("s:" + skeleton(key))
    return frozenset(keys)


def typo_keys(part: str) -> frozenset[Key]:
    """The keys of the typo tier: forms of the part's first letters within one edit, and
    within two from eight letters (with their own keys), and of its key within one."""
    d1, d2, e1 = typo_forms(part)
    return frozenset({"d1:" + w for w in d1} | {"d2:" + w for w in d2} | {"e1:" + w for w in e1})


_NONE: frozenset[str] = frozenset()


def typo_forms(part: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``typo_keys`` as three families without their kind (d1, d2, e1): two parts share a
    typo key when they share a form of one family. A form is the first ``WINDOW`` letters
    with up to as many deleted as the typo budget (dw-person-3's: one edit from four letters,
    two from eight): two words within the budget share one, since an edit beyond the window
    changes nothing in it and one inside costs a deletion on each side at most. d2 holds only
    the forms with two letters deleted: a word of eight letters or more has the forms with
    fewer deleted in d1 already, and forms of different lengths are never one, so two words
    share a form within two edits exactly when they share one of d1 or of d2."""
    d1 = d2 = e1 = _NONE
    if len(part) >= 4:
        window = part[:WINDOW]
        d1 = frozenset(_deletions(window, 1))
        if len(part) >= 8:
            d2 = frozenset(map("".join, combinations(window, len(window) - 2)))
    key = translit_key(part)
    if len(key) >= 5:
        e1 = frozenset(_deletions(key[:WINDOW], 1))
    return d1, d2, e1


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
            keys.add("w:" + "".join(tokens[n:n + width]))
    return frozenset(keys)


# --- organisations: ``dw-org-1`` ---------------------------------------------------------------
#
# ``match_org`` joins two names (or the short form "Red Cross" joins "International Committee
# of the Red Cross", the name without its kind word "Vark" joins "Vark Front", the acronym
# "EU" joins "European Union") in six ways, and each has its own exact blocking:
#
# - joined: the same words run together ("A.B.C." / "ABC"): names grouped by their joined words;
# - words: as many words on each side, each pairing with one of the other's, equal or within
#   the typo budget. Two words within their budget share a form of their first eight letters
#   with up to that many deleted (an edit beyond them changes nothing there, and one inside
#   costs a deletion on each side at most), and one of their last eight letters. The first
#   forms are indexed by the number of words; a name is compared only with the names that have
#   a form of its rarest word, and only those that have both forms of every one of its words
#   become pairs;
# - spelling: the joined words within two edits (both names seven letters or more, no digit),
#   so they share a form of their first eight letters with up to two deleted, and one of
#   their last eight letters: names are found by the first and kept when they share the last;
# - of: a name of two words or more is what another is "of";
# - head: the words of both, those for a kind of body ("front", "movement") left out, are the
#   same: names grouped by those words run together;
# - acronym: a name written in capitals ("ICRC") is the initials of another's words: names
#   grouped by those letters.
#
# Letter pairs were the key before: nearly every name shares one with every other, so real,
# varied text put most organisations in one block. These keys give the same pairs that match.

WINDOW = 8  # letters at each end of a word, or of the joined words, that typo forms read
OrgPair = tuple[int, int]


def org_budget(length: int) -> int:
    """dw-org-1's typo budget for a word (or the joined words) of this length."""
    return 0 if length <= 4 else 1 if length <= 8 else 2


_Memo = dict[tuple[str, int], frozenset[str]]  # (window, budget) -> forms, while blocking


def _forms(window: str, budget: int, memo: _Memo | None) -> frozenset[str]:
    if memo is None:
        return frozenset(_deletions(window, budget))
    if (window, budget) not in memo:
        memo[window, budget] = frozenset(_deletions(window, budget))
    return memo[window, budget]


def _word_forms(word: str, memo: _Memo | None = None
                ) -> tuple[frozenset[str], frozenset[str]]:
    """A word's forms within its typo budget, of its first and of its last ``WINDOW`` letters
    (a number only as itself)."""
    if word.isdigit():
        return frozenset({word}), frozenset({word})
    budget = org_budget(len(word))
    first = _forms(word[:WINDOW], budget, memo)
    return first, first if len(word) <= WINDOW else _forms(word[-WINDOW:], budget, memo)


def _spelled(joined: str) -> bool:
    """Whether the joined words may match by spelling alone: seven letters or more, no digit."""
    return len(joined) >= 7 and not any(c.isdigit() for c in joined)


def _end_forms(joined: str, tail: bool, memo: _Memo | None = None) -> frozenset[str]:
    """The first (or last) ``WINDOW`` letters with up to two deleted."""
    return _forms(joined[-WINDOW:] if tail else joined[:WINDOW], 2, memo)


def of_tail(short: str, full: str) -> bool:
    """The short name is what the full one is "of": "Red Cross" for "International Committee
    of the Red Cross". One word is too little ("China" for "Bank of China")."""
    tail = re.split(r"\bof(?: the)?\b", norm(full))
    return len(tail) > 1 and len(norm(short).split()) >= 2 and tail[-1].strip() == norm(short)


def head_dropped(short: str, full: str) -> bool:
    """The short name is the full one without the word for its kind: "Vark" for "the Vark
    Front", "Tartu" for "Tartu Movement" (not "Vark Army" for "Vark Front": each names a kind);
    or a band told by its deed alone, "the pirates", for the band told with its people, "Xian
    pirates", and a group's name alone for the group told with its nationality."""
    s, f = org_tokens(short), org_tokens(full)
    if len(s) == 1 and _band_of_a_people(f) == s[0]:
        return True
    return bool(s) and not set(s) & JOINED_HEADS and len(f) > len(s) and _kind_left_out(f) == s


# Words for a band named by its deed: "Xian pirates", "the kidnappers".
_BANDS = frozenset({"pirates", "kidnappers", "gunmen", "hijackers", "captors", "abductors",
                    "rebels", "militants", "insurgents", "guerrillas"})


def _band_of_a_people(tokens: tuple[str, ...]) -> str | None:
    """The band word of a name that is a nationality and a band ("Xian pirates"), or the
    name a group of one nationality is told by ("the Xian Vark" for "the Vark")."""
    if len(tokens) == 2 and country_of_demonym(tokens[0]) and (
            tokens[1] in _BANDS or tokens[1] not in _GENERIC_BODIES | JOINED_HEADS):
        return tokens[1]
    return None


# Words a nationality makes a state's body, not a group's name: "the Xian government".
_GENERIC_BODIES = frozenset({"government", "authorities", "administration", "police", "navy",
                             "ministry", "embassy", "court", "courts", "parliament", "media",
                             "state", "troops", "officials", "side", "military", "diplomats",
                             "delegation", "people", "prisoners", "detainees", "citizens",
                             "nationals", "soldiers", "press", "television", "radio", "agency"})


def _kind_left_out(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without the words for kinds of body ("front", "movement"), and without
    the kind's own adjective when it has one ("the Vark Revolutionary Movement" is "the
    Vark")."""
    kinds = [t for t in tokens if t in JOINED_HEADS]
    return tuple(t for t in tokens if t not in JOINED_HEADS and not (
        kinds and t in _KIND_ADJECTIVES))


# Words news leaves off with the kind of body: "the Vark Revolutionary Movement", "the Vark".
_KIND_ADJECTIVES = frozenset({"revolutionary"})


def _head_key(name: str) -> str:
    """A name's words without the words for kinds of body, run together (a band told with
    its people: its band word)."""
    tokens = org_tokens(name)
    return _band_of_a_people(tokens) or "".join(_kind_left_out(tokens))


def _of_keys(name: str) -> set[tuple[str, ...]]:
    short = norm(name)
    keys: set[tuple[str, ...]] = {("of", short)} if len(short.split()) >= 2 else set()
    tail = re.split(r"\bof(?: the)?\b", short)
    if len(tail) > 1:
        keys.add(("of", tail[-1].strip()))
    return keys


_SMALL_WORDS = frozenset({"the", "of", "and", "for", "in", "on", "to"})


def acronym_of(name: str) -> str | None:
    """The letters of a name written as an acronym ("EU", "ICRC", "ECOWAS"): two to seven
    capitals, one word; None for any other name."""
    text = name.strip()
    return text.lower() if re.fullmatch(r"[A-Z]{2,7}", text) else None


def initials(name: str) -> set[str]:
    """The acronyms a name of two words or more may be written as: the first letters of its
    words without the small ones ("International Committee of the Red Cross": icrc), and
    with them but "the" ("Economic Community of West African States": ecowas)."""
    words = re.findall(r"[A-Za-z][\w'-]*", name)
    if len(words) < 2 or not all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return set()
    out = {"".join(w[0] for w in words if w.lower() not in _SMALL_WORDS),
           "".join(w[0] for w in words if w.lower() != "the")}
    return {a.lower() for a in out if len(a) >= 2}


def is_acronym(short: str, full: str) -> bool:
    """The short name is the full one's acronym: "EU" for "European Union"."""
    letters = acronym_of(short)
    return letters is not None and letters in initials(full)


def org_keys(name: str) -> set[tuple[str, ...]]:
    """Keys two organisation names share whenever ``match_org`` or the short form could pair
    them (the keys of the six ways above)."""
    tokens = org_tokens(name)
    joined = "".join(tokens)
    keys: set[tuple[str, ...]] = {("j", joined)}
    keys |= {("w", str(len(tokens)), f) for t in tokens for f in _word_forms(t)[0]}
    if _spelled(joined):
        keys |= {("p", f) for f in _end_forms(joined, False)}
    head = _head_key(name)
    if head:
        keys.add(("h", head))
    letters = acronym_of(name)
    keys |= {("a", a) for a in ({letters} if letters else initials(name))}
    return keys | _of_keys(name)


def org_candidates(names: dict[int, str],
                   counts: dict[str, int] | None = None) -> set[OrgPair]:
    """The pairs (i < j) of organisation names that share a key of one of the six ways;
    ``counts``, when given, receives how many pairs each way gave (for benchmarks)."""
    tokens = {i: org_tokens(n) for i, n in names.items()}
    memo: _Memo = {}  # a one-word name's forms serve the words and the spelling alike
    steps = {"joined": _joined_pairs(tokens), "words": _word_pairs(tokens, memo),
             "spelling": _spelling_pairs(tokens, memo), "of": _of_pairs(names),
             "head": _head_pairs(names), "acronym": _acronym_pairs(names)}
    if counts is not None:
        for step, pairs in steps.items():
            counts[step] = counts.get(step, 0) + len(pairs)
    return set().union(*steps.values())


def _pairs_within(groups: Iterable[list[int]]) -> set[OrgPair]:
    return {(min(i, j), max(i, j)) for group in groups
            for n, i in enumerate(group) for j in group[n + 1:] if i != j}


def _joined_pairs(tokens: dict[int, tuple[str, ...]]) -> set[OrgPair]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, toks in tokens.items():
        if toks:
            groups["".join(toks)].append(i)
    return _pairs_within(groups.values())


def _word_pairs(tokens: dict[int, tuple[str, ...]], memo: _Memo) -> set[OrgPair]:
    words = {w: _word_forms(w, memo) for toks in tokens.values() for w in toks}
    index: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    forms: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # all first / last forms
    for i, toks in tokens.items():
        if toks:
            forms[i] = words[toks[0]] if len(toks) == 1 else (
                frozenset().union(*(words[w][0] for w in toks)),
                frozenset().union(*(words[w][1] for w in toks)))
            by_form = index[len(toks)]  # names of as many words
            for f in forms[i][0]:
                by_form[f].append(i)
    reach: dict[tuple[int, str], int] = {}  # names a word's first forms reach

    def cost(n: int, word: str) -> int:
        if (n, word) not in reach:
            reach[n, word] = sum(len(index[n][f]) for f in words[word][0])
        return reach[n, word]

    out: set[OrgPair] = set()
    for i in forms:
        toks = tokens[i]
        by_form = index[len(toks)]
        rarest = min(toks, key=lambda word: cost(len(toks), word))
        for j in {j for f in words[rarest][0] for j in by_form[f] if j > i}:
            firsts, lasts = forms[j]
            if all(not words[w][0].isdisjoint(firsts) and not words[w][1].isdisjoint(lasts)
                   for w in toks):
                out.add((i, j))
    return out


def _spelling_pairs(tokens: dict[int, tuple[str, ...]], memo: _Memo) -> set[OrgPair]:
    joined = {i: "".join(t) for i, t in tokens.items() if _spelled("".join(t))}
    firsts = {i: _end_forms(text, False, memo) for i, text in joined.items()}
    lasts = {i: _end_forms(text, True, memo) for i, text in joined.items()}
    index: dict[str, list[int]] = defaultdict(list)
    for i, forms in firsts.items():
        for f in forms:
            index[f].append(i)
    found: dict[int, set[int]] = defaultdict(set)  # the names sharing a first form
    for group in [group for group in index.values() if len(group) > 1]:
        for i in group:
            found[i].update(group)
    out: set[OrgPair] = set()
    for i, near in found.items():
        text = joined[i]
        out |= {(i, j) for j in near if j > i and abs(len(text) - len(joined[j])) <= 2
                and not lasts[i].isdisjoint(lasts[j])}
    return out


def _acronym_pairs(names: dict[int, str]) -> set[OrgPair]:
    """An acronym ("EU") with the names whose initials it is ("European Union")."""
    shorts: dict[str, list[int]] = defaultdict(list)
    fulls: dict[str, list[int]] = defaultdict(list)
    for i, name in names.items():
        letters = acronym_of(name)
        if letters:
            shorts[letters].append(i)
        else:
            for a in initials(name):
                fulls[a].append(i)
    return _short_with_full(shorts, fulls)


def _head_pairs(names: dict[int, str]) -> set[OrgPair]:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, name in names.items():
        key = _head_key(name)
        if key:
            groups[key].append(i)
    return _pairs_within(groups.values())


def _of_pairs(names: dict[int, str]) -> set[OrgPair]:
    shorts: dict[str, list[int]] = defaultdict(list)
    fulls: dict[str, list[int]] = defaultdict(list)
    for i, name in names.items():
        short = norm(name)
        if len(short.split()) >= 2:
            shorts[short].append(i)
        tail = re.split(r"\bof(?: the)?\b", short)
        if len(tail) > 1:
            fulls[tail[-1].strip()].append(i)
    return _short_with_full(shorts, fulls)


def _short_with_full(shorts: dict[str, list[int]], fulls: dict[str, list[int]]) -> set[OrgPair]:
    """Each short name with every full name filed under its key."""
    return {(min(i, j), max(i, j)) for key, group in fulls.items()
            for i in shorts.get(key, ()) for j in group if i != j}
