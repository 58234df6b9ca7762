"""Person blocking changes no merge: among spelling variants of real names (romanizations,
initials, parts run together or written apart, given-name equivalents, typos within the
budget, titles, register order, lone surnames), every pair ``dw-person-3`` joins inside a
surname block is a candidate, and merging the candidates gives the decisions of comparing
every pair of every surname block."""

from __future__ import annotations

import csv
import random
import string
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from dealwatch.model import EntityType, Extraction, NameMention
from dealwatch.resolve import LONE_PEOPLE, norm, resolve
from dealwatch.resolve.keys import GIVEN
from dealwatch.resolve.people import FullNames, PersonBlocks, person_candidates, surname_block
from dealwatch.resolve.person import match_person, name_tokens, part_tier

_ROMANIZE = [("ts", "tz"), ("kh", "h"), ("ou", "u"), ("ov", "ou"), ("y", "i"), ("ie", "ye"),
             ("sky", "ski"), ("j", "y"), ("sh", "ch"), ("e", "a"), ("ch", "tch")]
_EQUIVALENT = {n: [m for m, g in GIVEN.items() if g == group and m != n]
               for n, group in GIVEN.items()}


def _people(shared: Path) -> list[str]:
    path = shared / "bench" / "names" / "nomenklatura_name_bench_cases.csv"
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["schema"] == "Person"]
    names = sorted({n for r in rows for n in (r["name1"], r["name2"]) if len(n.split()) >= 2})
    return random.Random(3).sample(names, 70)


def _typo(rng: random.Random, word: str) -> str:
    """One edit (two in a word of eight letters or more) inside the matcher's budget."""
    chars = list(word)
    for _ in range(2 if len(word) >= 8 else 1):
        k = rng.randrange(1, len(chars))
        op = rng.choice("dirs")
        if op == "d" and len(chars) > 4:
            del chars[k]
        elif op == "i":
            chars.insert(k, rng.choice(string.ascii_lowercase))
        elif op == "r":
            chars[k] = rng.choice(string.ascii_lowercase)
        elif k + 1 < len(chars):
            chars[k], chars[k + 1] = chars[k + 1], chars[k]
    return "".join(chars)


def _variants(rng: random.Random, name: str) -> list[str]:
    words = name.split()
    first, last = words[0], words[-1]
    out = [name, last, f"{first[0]}. {' '.join(words[1:])}", f"{last}, {' '.join(words[:-1])}",
           f"Mr. {name}", "".join(words[:2]) + " " + " ".join(words[2:]),
           f"{first}{last}"]
    for a, b in _ROMANIZE:
        if a in name.lower():
            out.append(name.lower().replace(a, b, 1).title())
    if len(last) >= 6:  # written apart
        out.append(" ".join([*words[:-1], last[:3], last[3:].title()]))
    for other in _EQUIVALENT.get(first.lower(), [])[:2]:
        out.append(" ".join([other.title(), *words[1:]]))
    if len(last) >= 4:
        out.append(" ".join([*words[:-1], _typo(rng, last)]))
    if len(first) >= 4:
        out.append(" ".join([_typo(rng, first), *words[1:]]))
    return [v.strip() for v in out if v.strip()]


def _names(shared: Path) -> list[str]:
    rng = random.Random(15)
    names = {v for name in _people(shared) for v in _variants(rng, name)}
    names |= {"Sergei Ivanov", "Sergey Ivanov", "Sergei Ivanovich Ivanov", "S. Ivanov", "Ivanov",
              "Anna Ivanova", "Ramimakhlouf", "Rami Makhlouf", "JC Juncker", "Jean Claude Juncker",
              "Nikolai Patr Ushev", "Nikolai Patrushev", "J. K. Rowling", "J K"}
    distinct = {norm(n): n for n in sorted(names)}  # names written alike are one entity at once
    return sorted(distinct.values())


def _compared(a: str, b: str) -> bool:
    """In one surname block (or the same parts in another order), and not two one-word names
    that differ beyond case."""
    (head_a, tail_a), (head_b, tail_b) = surname_block(a), surname_block(b)
    one_word = len(a.split()) == 1 and len(b.split()) == 1 and a.lower() != b.lower()
    toks_a, toks_b = name_tokens(a), name_tokens(b)
    reordered = len(toks_a) >= 2 and sorted(toks_a) == sorted(toks_b)
    return (head_a == head_b or tail_a == tail_b or reordered) and not one_word


def test_every_pair_the_matcher_joins_in_a_surname_block_is_a_candidate(shared: Path) -> None:
    names = _names(shared)
    candidates = person_candidates(dict(enumerate(names)))
    joined = {(i, j) for i, j in combinations(range(len(names)), 2)
              if _compared(names[i], names[j]) and match_person(names[i], names[j])[0] > 0}
    assert len(names) > 600 and len(joined) > 800  # many real matches of every kind
    assert joined - candidates == set()
    assert len(candidates) < 2 * len(joined)  # little beyond what matches


def test_names_that_could_not_match_score_zero(shared: Path) -> None:
    names = _names(shared)[::2]  # every two names, in any surname block
    blocks = PersonBlocks(dict(enumerate(names)))
    joined = [(a, b) for a, b in combinations(names, 2) if match_person(a, b)[0] > 0]
    assert len(joined) > 300
    assert [(a, b) for a, b in joined if not blocks.could_match(a, b)] == []
    ruled_out = sum(not blocks.could_match(a, b) for a, b in combinations(names, 2))
    assert ruled_out > 0.9 * len(names) ** 2 / 2  # most pairs need no matcher at all
    assert blocks.could_match("Sergei Ivanov", "not indexed")


def _full_scan_people(names: list[str]) -> list[tuple[str, str]]:
    """dw-person-3 merging as before: every pair of every surname block (and of the names with
    the same parts in another order), in order, each merge
    kept only when every two full names of the merged group match."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(names):
        head, tail = surname_block(name)
        blocks["head:" + head].append(i)
        blocks["tail:" + tail].append(i)
        toks = name_tokens(name)
        if len(toks) >= 2:  # the same parts in another order
            blocks["order:" + " ".join(sorted(toks))].append(i)
    pairs = sorted({(i, j) for members in blocks.values() for i, j in combinations(members, 2)})
    group = list(range(len(names)))
    out = []

    def one(k: int) -> bool:
        return len(names[k].split()) == 1

    def join(i: int, j: int) -> bool:
        a, b = names[i], names[j]
        if group[i] == group[j] or not _compared(a, b) or match_person(a, b)[0] <= 0:
            return False
        merged = {names[k] for k in range(len(names)) if group[k] in (group[i], group[j])}
        fulls = sorted(n for n in merged if len(n.split()) >= 2)
        if all(match_person(x, y)[0] > 0 for n, x in enumerate(fulls) for y in fulls[n + 1:]):
            old = group[i]
            group[:] = [group[j] if g == old else g for g in group]
            out.append((a, b))
            return True
        return False

    for i, j in pairs:  # full names with full names, lone names with lone names
        if one(i) == one(j):
            join(i, j)
    # then each group of lone names (in the order of its first), with the people it matches:
    # the one person, or one named twice as often as the others together (one name, one
    # document here); more than LONE_PEOPLE people: none
    lone: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for k in sorted({k for pair in pairs for k in pair if one(k)}):
        lone[group[k]] += [(i, j) for i, j in pairs if k in (i, j) and one(i) != one(j)]
    for group_pairs in lone.values():
        matched: dict[int, tuple[int, int]] = {}
        for i, j in group_pairs:
            full = j if one(i) else i
            if group[full] in matched or not _compared(names[i], names[j]):
                continue
            if match_person(names[i], names[j])[0] > 0:
                matched[group[full]] = (i, j)
        if not matched or len(matched) > LONE_PEOPLE:
            continue
        size = {g: group.count(g) for g in matched}
        best = max(matched, key=lambda g: size[g])
        if size[best] >= 2 * (sum(size.values()) - size[best]):
            join(*matched[best])
    return out


def test_blocked_person_merging_equals_the_full_scan(shared: Path) -> None:
    names = _names(shared)[:400]
    extractions = [Extraction(f"d{k:04d}", (), (NameMention(f"d{k:04d}", n, EntityType.PERSON,
                                                             0, len(n)),), ())
                   for k, n in enumerate(names)]
    got = [(d.left, d.right) for d in resolve(extractions).decisions if d.matcher == "dw-person-3"]
    assert got == _full_scan_people(names)
    assert len(got) > 100


def test_a_merged_group_keeps_every_two_full_names_a_match() -> None:
    groups = FullNames({1: ["Sviatlana Tsikhanouskaya"], 2: ["Tsikhanouski"],
                        3: ["Siarhei Tsikhanouski", "Sergei Tikhanovsky"]})
    assert groups.compatible(1, 2) and groups.compatible(2, 3)
    groups.join(1, 2, 2)
    assert not groups.compatible(2, 3)  # the surname must not chain wife and husband


def test_full_names_take_a_recorded_score_without_asking_again() -> None:
    asked: list[tuple[str, str]] = []

    def could_match(a: str, b: str) -> bool:
        asked.append((a, b))
        return True

    groups = FullNames({1: ["Tovan Merrik"], 2: ["Tovan Merrick"], 3: ["Ilse Varoden"]},
                       could_match)
    groups.record("Tovan Merrik", "Tovan Merrick", 0.9)  # not the order it is asked in
    groups.record("Ilse Varoden", "Tovan Merrik", 0.0)
    assert not groups.compatible(1, 3)
    assert asked == []  # the recorded 0 answered
    assert groups.compatible(1, 2)
    assert asked == [("Tovan Merrick", "Tovan Merrik")]


def test_the_index_pairs_parts_as_part_tier_does(shared: Path) -> None:
    names = _names(shared)
    blocks = PersonBlocks(dict(enumerate(names)))
    tokens = [name_tokens(n) for n in names]
    parts = sorted({x for t in tokens for x in t})
    asked = {(x, y) for x in parts[::3] for y in parts[::3]}
    asked |= {(x, y) for i, j in person_candidates(dict(enumerate(names)))
              for x in tokens[i] for y in tokens[j]}  # parts of names that may match
    assert [(x, y) for x, y in asked if blocks.tier(x, y) != part_tier(x, y)] == []
    assert sum(part_tier(x, y) not in (None, "initial") for x, y in asked) > 500
    assert blocks.tier("zq", "zq") == "same"  # a part not indexed: asked of part_tier
    pairs = list(combinations(names[::4], 2))
    assert [(a, b) for a, b in pairs if match_person(a, b, blocks.tier) != match_person(a, b)
            ] == []


def test_a_name_written_family_name_first_is_the_same_person() -> None:
    # one outlet writes the family name first: the two share no surname block
    extractions = [Extraction(doc, (), (NameMention(doc, n, EntityType.PERSON, 0, len(n)),), ())
                   for doc, n in (("d1", "Lin Wei"), ("d2", "Wei Lin"), ("d3", "Wei Chen"))]
    groups = sorted(sorted(e.aliases) for e in resolve(extractions).entities)
    assert groups == [["Lin Wei", "Wei Lin"], ["Wei Chen"]]


def test_a_relative_named_as_kin_takes_no_lone_surname() -> None:
    # "Ola Varn was freed ... His mother, Lea Varn, thanked ... Varn, 52, had been held": the
    # lone surname after the mother is the freed man's, not hers
    names = (NameMention("d1", "Ola Varn", EntityType.PERSON, 0, 8),
             NameMention("d1", "Lea Varn", EntityType.PERSON, 60, 68, ("mother",)),
             NameMention("d1", "Varn", EntityType.PERSON, 120, 124))
    groups = sorted(sorted(e.aliases) for e in resolve([Extraction("d1", (), names, ())]).entities)
    assert groups == [["Lea Varn"], ["Ola Varn", "Varn"]]
    # named as no one's kin, the nearest namesake before keeps it
    plain = (*names[:1], NameMention("d1", "Lea Varn", EntityType.PERSON, 60, 68), names[2])
    groups = sorted(sorted(e.aliases) for e in resolve([Extraction("d1", (), plain, ())]).entities)
    assert groups == [["Lea Varn", "Varn"], ["Ola Varn"]]
