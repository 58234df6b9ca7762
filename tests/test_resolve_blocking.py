"""Blocking in name resolution changes no merge: every pair the matchers would join shares a
blocking key, on the nomenklatura name-matching cases (hard real spellings) and the names of
the synthetic stories; and blocked organisation merging equals comparing every pair."""

from __future__ import annotations

import csv
import random
import string
import sys
from itertools import combinations
from pathlib import Path

from dealwatch.model import Decision, EntityType, Extraction, NameMention
from dealwatch.resolve import _of_tail, _org_keys, resolve
from dealwatch.resolve.blocks import head_dropped, is_acronym, org_candidates, person_keys
from dealwatch.resolve.org import match_org, org_tokens
from dealwatch.resolve.person import match_person

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_incremental import synthetic_articles  # noqa: E402


def _cases(shared: Path) -> list[dict[str, str]]:
    path = shared / "bench" / "names" / "nomenklatura_name_bench_cases.csv"
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_person_pairs_the_matcher_joins_share_a_key(shared: Path) -> None:
    pairs = [(c["name1"], c["name2"]) for c in _cases(shared) if c["schema"] == "Person"]
    names = sorted({m.text for _, ex in synthetic_articles(400, seed=2, per_story=8)
                    for m in ex.names if m.type == EntityType.PERSON})
    pairs += list(combinations(names, 2))
    joined = [(a, b) for a, b in pairs if match_person(a, b)[0] > 0]
    assert len(joined) > 200  # the check is about many real matches
    missed = [(a, b) for a, b in joined if not person_keys(a) & person_keys(b)]
    assert missed == []


def test_organisation_pairs_the_matcher_joins_share_a_key(shared: Path) -> None:
    pairs = [(c["name1"], c["name2"]) for c in _cases(shared) if c["schema"] != "Person"]
    pairs += [("International Committee of the Red Cross", "Red Cross"),
              ("A.B.C. Holdings", "ABC"), ("X Y", "Y X"), ("Belavia OJSC", "Belavia"),
              ("Vark Front", "Vark"), ("Vark People's Movement", "Vark People's"),
              ("EU", "European Union"), ("ICRC", "International Committee of the Red Cross"),
              ("ECOWAS", "Economic Community of West African States")]
    joined = [(a, b) for a, b in pairs if match_org(a, b)[0] > 0 or _of_tail(a, b)
              or _of_tail(b, a) or head_dropped(a, b) or head_dropped(b, a)
              or is_acronym(a, b) or is_acronym(b, a)]
    assert len(joined) > 100
    missed = [(a, b) for a, b in joined if not _org_keys(a) & _org_keys(b)]
    assert missed == []


def _full_scan_orgs(names: list[str]) -> list[tuple[str, str]]:
    """dw-org-1 merging as before blocking: every pair of clusters, in order."""
    parent = list(range(len(names)))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    first: dict[str, int] = {}
    for i, n in enumerate(names):  # exact names are one entity already
        key = " ".join(n.casefold().replace(".", " ").replace("-", " ").split())
        if key in first:
            parent[i] = first[key]
        first.setdefault(key, i)
    out = []
    for i, j in combinations(range(len(names)), 2):
        if find(i) == find(j):
            continue
        a, b = names[i], names[j]
        if (match_org(a, b)[0] > 0 or _of_tail(a, b) or _of_tail(b, a)) and (
                a.casefold() != b.casefold()):
            parent[find(i)] = find(j)
            out.append((a, b))
    return out


def test_blocked_organisation_merging_equals_the_full_scan(shared: Path) -> None:
    names = [n for c in _cases(shared) if c["schema"] != "Person"
             for n in (c["name1"], c["name2"])][:300]
    names += names[:40]  # the same names again in other articles
    extractions = [Extraction(f"d{k}", (), (NameMention(f"d{k}", n, EntityType.ORGANIZATION,
                                                         0, len(n)),), ())
                   for k, n in enumerate(names)]
    got = [(d.left, d.right) for d in resolve(extractions).decisions
           if isinstance(d, Decision) and d.matcher == "dw-org-1"]
    assert got == _full_scan_orgs(names)
    assert len(got) > 20


def _typos(rng: random.Random, text: str, edits: int) -> str:
    """``text`` with up to ``edits`` letters deleted, inserted, replaced or swapped."""
    chars = list(text)
    for _ in range(edits):
        k = rng.randrange(len(chars))
        if not chars[k].isalpha():
            continue
        op = rng.choice("dirs")
        if op == "d" and len(chars) > 3:
            del chars[k]
        elif op == "i":
            chars.insert(k, rng.choice(string.ascii_lowercase))
        elif op == "r":
            chars[k] = rng.choice(string.ascii_lowercase)
        elif k + 1 < len(chars) and chars[k + 1].isalpha():
            chars[k], chars[k + 1] = chars[k + 1], chars[k]
    return "".join(chars)


def _variants(shared: Path) -> list[str]:
    """Organisation names and misspellings of them: typos in words and in the joined words,
    words run together, a crowd of names with one beginning (a split spelling block)."""
    rng = random.Random(15)
    names = [n for c in _cases(shared) if c["schema"] != "Person"
             for n in (c["name1"], c["name2"])][:200]
    out = list(names)
    for name in names:
        out.append(_typos(rng, name, rng.randint(1, 2)))
        out.append(name.replace(" ", "", 1))
    crowd = [f"Bundesministerium fur {w}" for w in (
        "Arbeit", "Bildung", "Finanzen", "Gesundheit", "Justiz", "Verkehr", "Umwelt",
        "Wirtschaft", "Verteidigung", "Inneres", "Familie", "Ernahrung", "Forschung")]
    crowd += [f"Internationale {w} Gesellschaft" for w in string.ascii_uppercase]
    out += crowd + [_typos(rng, n, 2) for n in crowd] + [_typos(rng, n, 1) for n in crowd]
    out += ["Red Cross", "International Committee of the Red Cross", "Bank of China", "China",
            "Vark Front", "Vark", "Vark Army", "ICRC", "EU", "European Union", "UN"]
    return sorted(set(out))


def test_organisation_candidates_hold_every_pair_the_matcher_joins(shared: Path) -> None:
    names = _variants(shared)
    counts: dict[str, int] = {}
    candidates = org_candidates(dict(enumerate(names)), counts)
    joined = {(i, j) for i, j in combinations(range(len(names)), 2)
              if match_org(names[i], names[j])[0] > 0 or _of_tail(names[i], names[j])
              or _of_tail(names[j], names[i]) or head_dropped(names[i], names[j])
              or head_dropped(names[j], names[i]) or is_acronym(names[i], names[j])
              or is_acronym(names[j], names[i])}
    assert len(joined) > 150
    crowd = [n for n in names if "".join(org_tokens(n)).startswith("internat")]
    assert len(crowd) > 40  # a crowd of names with one beginning, told apart by their endings
    assert joined - candidates == set()
    assert all(counts[k] > 0 for k in ("joined", "words", "spelling", "of", "head", "acronym"))
    assert len(names) > 400 and len(candidates) < len(names) * 20  # far fewer than all pairs


def test_typo_forms_are_the_typo_keys_in_three_families() -> None:
    from dealwatch.resolve.blocks import typo_forms, typo_keys

    for part in ("ab", "abcd", "zorvani", "zorvanik", "zorvanikelts", "aaaaaaaaa", "qwertyuio"):
        d1, d2, e1 = typo_forms(part)
        assert typo_keys(part) == frozenset(
            {"d1:" + w for w in d1} | {"d2:" + w for w in d2} | {"e1:" + w for w in e1})
    # invented surnames one and two edits apart share a form of the family they need
    assert typo_forms("zorvanik")[0] & typo_forms("zorvanek")[0]
    assert typo_forms("zorvanikelts")[1] & typo_forms("zorvunekelts")[1]
    assert not typo_forms("zorvanik")[0] & typo_forms("mebrutal")[0]


def test_organisation_spelling_pairs_only_between_close_joined_words() -> None:
    from dealwatch.resolve.blocks import _spelling_pairs

    tokens = {0: ("quarnexholdings",), 1: ("quarnexholdinsg",), 2: ("quarnexholdingsplus",),
              3: ("vellorimaritime",), 4: ("vellorimaritme",), 5: ("short",)}
    assert _spelling_pairs(tokens, {}) == {(0, 1), (3, 4)}


def test_an_acronym_joins_the_one_name_it_is_the_initials_of() -> None:
    # session 48: "EU" in one article, "European Union" in another
    def merged(names: list[str]) -> list[tuple[str, str]]:
        extractions = [Extraction(f"d{k}", (), (NameMention(f"d{k}", n, EntityType.ORGANIZATION,
                                                             0, len(n)),), ())
                       for k, n in enumerate(names)]
        return sorted((d.left, d.right) for d in resolve(extractions).decisions
                      if isinstance(d, Decision) and d.same)

    assert merged(["EU", "European Union", "European Commission"]) == [
        ("EU", "European Union")]
    assert merged(["ICRC", "International Committee of the Red Cross"]) == [
        ("ICRC", "International Committee of the Red Cross")]
    # two bodies the letters could stand for: neither
    assert merged(["PA", "Palestinian Authority", "Press Association"]) == []
