"""People across articles: the pairs of names ``dw-person-3`` could join, and the check that a
merged group of people keeps every two of its full names a match.

Candidates. Two names are compared only inside a surname block (the romanization keys of
their last words share the first two or the last three letters; or the two have the same
parts in another order, the family name first in one) and when they share a
``person_keys`` key (``blocks.py``), as always; and only when they could score above 0.
``dw-person-3`` scores a pair above 0 only when, after parts run together or written apart are
re-cut to the other side's parts (``person.align``), every part of one name F pairs with a part
of the other, G, at least one pair in a tier other than "initial"; a lone name must pair with
the other's last part, and two one-word names are compared only when they differ in case
alone. So each part x of F, as written:

- pairs with a part of G as written: ``part_tier`` pairs them (they share a ``part_keys``
  key, so only such parts are asked), or one is an initial of the other;
- was cut into two adjacent parts of G ("Ramimakhlouf" / "Rami Makhlouf") or their initials
  ("JC"): x is those parts run together, or their initials;
- was joined with its neighbours into a part of G ("Patr Ushev" / "Patrushev"), or pairs
  with the pieces of a part of G cut to F's parts: two or three adjacent parts of F, run
  together (or their initials), are a part of G;
- pairs with parts of G joined into one: x is parts of G run together.

Every part of a name is checked against these from the other name's parts, runs and initials.
A name is compared with the names found from its rarest part (the fewest names reached by
the parts it pairs with); a lone name only with the names whose last part it pairs with, or
whose parts run together into it. (A part re-cut twice over, which needs a name whose
parts repeat one another run together, is left out of the argument.) A test checks every pair
the matcher joins among spelling variants is a candidate (``tests/test_resolve_people.py``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import TypeVar

from dealwatch.resolve.blocks import spelling_keys, typo_forms
from dealwatch.resolve.keys import read_name_symbols, translit_key
from dealwatch.resolve.person import (
    TierOf,
    match_person,
    name_tokens,
    part_tier,
    strip_titles,
    typo_close,
)

PersonPair = tuple[int, int]
_T = TypeVar("_T")


def surname_block(name: str) -> tuple[str, str]:
    """The first two and the last three letters of the romanization key of the last word."""
    words = strip_titles(name).split()
    key = translit_key(words[-1] if words else "")
    return key[:2], key[-3:]


def _runs(tokens: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Two or three adjacent parts (start, end, joined) and two adjacent initials."""
    out = [(n, n + w, "".join(tokens[n:n + w])) for w in (2, 3)
           for n in range(len(tokens) - w + 1)]
    out += [(n, n + 2, tokens[n][0] + tokens[n + 1][0]) for n in range(len(tokens) - 1)]
    return out


def _joined_runs(parts: int) -> int:
    """How many of ``_runs`` are parts run together (the rest are initials)."""
    return max(parts - 1, 0) + max(parts - 2, 0)


def _sharing_a_key(*families: dict[str, frozenset[str]]) -> dict[str, set[str]]:
    """For each part, the parts it shares a key with, in any of the families of keys (itself
    among them). Most keys belong to one part: only those of two or more are kept as lists."""
    near = {x: {x} for x in families[0]}
    for keys in families:
        first: dict[str, str] = {}
        shared: dict[str, list[str]] = {}
        for x, ks in keys.items():
            for key in ks:
                other = first.setdefault(key, x)
                if other != x:
                    shared.setdefault(key, [other]).append(x)
        for group in shared.values():
            for x in group:
                near[x].update(group)
    return near


def _union(groups: Iterable[Iterable[_T]]) -> set[_T]:
    out: set[_T] = set()
    for group in groups:
        out.update(group)
    return out


class _Names:
    """The names as parts, and indexes from a part, a run, a last part or a surname block to
    the names that have it."""

    def __init__(self, names: dict[int, str]) -> None:
        self.text = names
        self.tokens = {i: name_tokens(n) for i, n in names.items()}
        self.parts = {i: frozenset(t) for i, t in self.tokens.items()}
        self.runs = {i: _runs(t) for i, t in self.tokens.items()}
        self.joined = {i: frozenset(r for _, _, r in self.runs[i][:_joined_runs(len(t))])
                       for i, t in self.tokens.items()}  # person_keys' runs
        self.whole = {i: self.parts[i] | {r for _, _, r in self.runs[i]} for i in names}
        self.block = {i: surname_block(n) for i, n in names.items()}
        # a part, a run, a last part -> the names that have it (one dict each)
        self.by_part: dict[str, list[int]] = defaultdict(list)
        self.by_run: dict[str, list[int]] = defaultdict(list)
        self.by_last: dict[str, list[int]] = defaultdict(list)
        for i, toks in self.tokens.items():
            for x in self.parts[i]:
                self.by_part[x].append(i)
            for r in self.whole[i] - self.parts[i]:
                self.by_run[r].append(i)
            if toks:
                self.by_last[toks[-1]].append(i)
        # the same parts in another order ("Lin Wei" / "Wei Lin": a family name written
        # first by one outlet and last by another): no surname block of their own
        self.by_order: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i, toks in self.tokens.items():
            if len(toks) >= 2:
                self.by_order[tuple(sorted(toks))].append(i)
        self.heads: dict[str, set[int]] = defaultdict(set)
        self.tails: dict[str, set[int]] = defaultdict(set)
        for i, (head, tail) in self.block.items():
            self.heads[head].add(i)
            self.tails[tail].add(i)
        words = {x for t in self.tokens.values() for x in t}
        read_name_symbols(words)
        # the parts each part shares a key with, of a tier other than a typo, or of a typo
        self.near = _sharing_a_key({x: spelling_keys(x) for x in words})
        d1: dict[str, frozenset[str]] = {}
        d2: dict[str, frozenset[str]] = {}
        e1: dict[str, frozenset[str]] = {}
        for x in words:
            d1[x], d2[x], e1[x] = typo_forms(x)
        self.near_typo = _sharing_a_key(d1, d2, e1)
        # the parts each part pairs with at some tier; part_tier is symmetric, so each two
        # parts are compared once, and two that share only typo keys pair only as a typo
        paired: dict[str, set[str]] = {x: set() for x in words}
        for x in words:
            near = self.near[x]
            for t in near:
                if x <= t and part_tier(x, t):
                    paired[x].add(t)
                    paired[t].add(x)
            for t in self.near_typo[x]:
                if x <= t and t not in near and typo_close(x, t) and part_tier(x, t):
                    paired[x].add(t)
                    paired[t].add(x)
        self.pairs = {x: frozenset(ts) for x, ts in paired.items()}
        by_part = self.by_part
        self.reach = {x: sum(len(by_part.get(t, ())) for t in ts)
                      for x, ts in self.pairs.items()}  # names a part can pair with
        self._near_any: dict[int, set[str]] = {}  # share_key's parts, for each name asked

    def tier(self, x: str, y: str) -> str | None:
        """``part_tier``, None at once for two parts of two letters or more, both indexed,
        that share no key (``pairs``: every tier but "initial" leaves one, see above)."""
        if len(x) > 1 and len(y) > 1:
            near = self.pairs.get(x)
            if near is not None and y not in near and y in self.pairs:
                return None
        return part_tier(x, y)

    @staticmethod
    def _names(index: dict[str, list[int]], texts: Iterable[str]) -> set[int]:
        return _union(index.get(t, ()) for t in texts)

    def part_ok(self, i: int, k: int, j: int) -> bool:
        """Whether part k of name i can pair with name j in one of the ways above."""
        x, parts = self.tokens[i][k], self.parts[j]
        if not self.pairs[x].isdisjoint(parts) or x in self.whole[j]:
            return True
        if len(x) == 1 and any(t[0] == x for t in parts) or len(x) > 1 and x[0] in parts:
            return True  # an initial
        return any(a <= k < b and r in parts for a, b, r in self.runs[i])

    def reached_by_part(self, i: int, k: int) -> set[int]:
        """The names part k (of two letters or more) of name i can pair with."""
        x = self.tokens[i][k]
        out = self._names(self.by_part, self.pairs[x])
        out.update(self.by_part.get(x[0], ()), self.by_run.get(x, ()))
        out |= self._names(self.by_part, (r for a, b, r in self.runs[i] if a <= k < b))
        return out

    def lone_ok(self, i: int, j: int) -> bool:
        """A lone name pairs with the other's last part, or is the other's parts run together."""
        ti, tj = self.tokens[i], self.tokens[j]
        if len(ti) != 1 or len(tj) < 2:
            return True
        return tj[-1] in self.pairs[ti[0]] or ti[0] in self.whole[j] - self.parts[j]

    def share_key(self, i: int, j: int) -> bool:
        """Whether the two names share a ``person_keys`` key."""
        joined_i, joined_j = self.joined[i], self.joined[j]
        near = self._near_any.get(i)
        if near is None:  # the parts any part of name i shares a key with, of any family
            parts = self.parts[i]
            near = self._near_any[i] = _union(
                (*(self.near[x] for x in parts), *(self.near_typo[x] for x in parts)))
        return (not near.isdisjoint(self.parts[j])
                or not joined_i.isdisjoint(self.parts[j] | joined_j)
                or not joined_j.isdisjoint(self.parts[i]))

    def compared(self, i: int, j: int) -> bool:
        """Sharing a key, and not two one-word names (they are compared only when equal)."""
        a, b = self.text[i], self.text[j]
        if len(a.split()) == 1 and len(b.split()) == 1 and a.lower() != b.lower():
            return False
        return self.share_key(i, j)

    def reached(self, i: int) -> set[int]:
        """The names of the surname blocks of name i that every part of it can pair with:
        those found from its rarest part (a lone name: from the last parts it pairs with),
        then checked part by part."""
        toks = self.tokens[i]
        if not toks:
            return set()
        longs = [k for k, x in enumerate(toks) if len(x) > 1]
        if not longs:  # initials only: one must be the same part
            found = self._names(self.by_part, self.whole[i]) | self._names(self.by_run,
                                                                            self.whole[i])
            rest = list(range(len(toks)))
        elif len(toks) == 1:
            found = self._names(self.by_last, self.pairs[toks[0]]) | self._names(self.by_run,
                                                                                  toks)
            rest = []
        else:
            first = min(longs, key=lambda k: self.reach[toks[k]])
            found = self.reached_by_part(i, first)
            rest = [k for k in range(len(toks)) if k != first]
        head, tail = self.block[i]
        found = found & self.heads[head] | found & self.tails[tail]
        if len(toks) >= 2:
            found.update(self.by_order.get(tuple(sorted(toks)), ()))
        found.discard(i)
        return {j for j in found if all(self.part_ok(i, k, j) for k in rest)}


class PersonBlocks:
    """Person names indexed for blocking: the candidate pairs, and whether two of the names
    could match at all (what the candidates need, without the surname blocks)."""

    def __init__(self, names: dict[int, str]) -> None:
        self._index = _Names(names)
        self._ids = {name: i for i, name in names.items()}
        self.tier = self._index.tier  # part_tier, quicker for the parts of these names

    def candidates(self) -> set[PersonPair]:
        """The pairs (i < j) of names that could match, inside their surname blocks."""
        index = self._index
        out: set[PersonPair] = set()
        for i in index.text:
            for j in index.reached(i):
                pair = (i, j) if i < j else (j, i)
                if pair not in out and index.lone_ok(j, i) and index.compared(i, j):
                    out.add(pair)
        return out

    def could_match(self, a: str, b: str) -> bool:
        """False only when ``match_person`` scores the two names 0 (True for a name not
        indexed)."""
        i, j = self._ids.get(a), self._ids.get(b)
        if i is None or j is None:
            return True
        index = self._index
        ki, kj = range(len(index.tokens[i])), range(len(index.tokens[j]))
        return (index.lone_ok(i, j) and index.lone_ok(j, i) and bool(ki) and bool(kj)
                and (all(index.part_ok(i, k, j) for k in ki)
                     or all(index.part_ok(j, k, i) for k in kj)))


def person_candidates(names: dict[int, str]) -> set[PersonPair]:
    """The pairs (i < j) of person names that could match, inside their surname blocks."""
    return PersonBlocks(names).candidates()


class FullNames:
    """The full names (two words or more) of each group of people being merged: a merge must
    keep every two of them a match, so a lone surname or a middle step cannot chain two
    different people. Each comparison is made once, and a merged group is known to hold."""

    def __init__(self, groups: dict[int, Iterable[str]],
                 could_match: Callable[[str, str], bool] = lambda a, b: True,
                 tier_of: TierOf = part_tier) -> None:
        self.fulls = {root: frozenset(n for n in names if len(n.split()) >= 2)
                      for root, names in groups.items()}
        self.holds: dict[int, bool] = {}
        self.matches: dict[tuple[str, str], bool] = {}
        self.could_match = could_match  # a quick test that is False only for no match
        self.tier_of = tier_of

    def _match(self, a: str, b: str) -> bool:
        key = (a, b) if a < b else (b, a)
        if key not in self.matches:
            self.matches[key] = self.could_match(*key) and match_person(*key, self.tier_of)[0] > 0
        return self.matches[key]

    def record(self, a: str, b: str, score: float) -> None:
        """What ``match_person(a, b)`` scored, known already: not asked again."""
        if a < b:  # the order _match asks in
            self.matches.setdefault((a, b), score > 0)

    def _holds(self, root: int) -> bool:
        if root not in self.holds:
            fulls = sorted(self.fulls[root])
            self.holds[root] = all(self._match(a, b) for n, a in enumerate(fulls)
                                   for b in fulls[n + 1:])
        return self.holds[root]

    def compatible(self, a: int, b: int) -> bool:
        """Whether every two full names of groups a and b together match."""
        return self._holds(a) and self._holds(b) and all(
            self._match(x, y) for x in self.fulls[a] for y in self.fulls[b] if x != y)

    def join(self, a: int, b: int, root: int) -> None:
        """Groups a and b are merged into ``root``."""
        self.fulls[root] = self.fulls.pop(a) | self.fulls.pop(b)
        self.holds[root] = True
