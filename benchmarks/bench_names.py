"""Pairwise F1 of dealwatch's name matchers on the nomenklatura name-matching cases.

usage: python benchmarks/bench_names.py [CSV]   (default: ../shared/bench/names/...)

Person names go to the person matcher (dw-person-2), every other schema to the organisation
matcher (dw-org-1). Prints precision, recall and F1 overall, on Person and on the
organisation schemata, beside OpenSanctions' logic_v2 figures from logicv2-frozen.csv when
that file is present, and the per-quality breakdown (STRONG / MEDIUM / WEAK) for Person.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from pathlib import Path

from dealwatch.resolve.org import MATCHER as ORG_MATCHER
from dealwatch.resolve.org import match_org
from dealwatch.resolve.person import MATCHER as PERSON_MATCHER
from dealwatch.resolve.person import match_person

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "names"
SCOPES: dict[str, Callable[[dict[str, str]], bool]] = {
    "all": lambda c: True,
    "Person": lambda c: c["schema"] == "Person",
    "orgs": lambda c: c["schema"] in ("Company", "Organization", "LegalEntity"),
    "Person/STRONG": lambda c: c["schema"] == "Person" and c["quality"] == "STRONG",
    "Person/MEDIUM": lambda c: c["schema"] == "Person" and c["quality"] in ("MEDIUM", ""),
    "Person/WEAK": lambda c: c["schema"] == "Person" and c["quality"] == "WEAK",
}


def prf(rows: list[tuple[bool, bool]]) -> tuple[float, float, float]:
    tp = sum(1 for want, got in rows if want and got)
    fp = sum(1 for want, got in rows if got and not want)
    fn = sum(1 for want, got in rows if want and not got)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def predict(case: dict[str, str]) -> bool:
    """The matcher's verdict for one case: person names to dw-person-2, others to dw-org-1."""
    matcher = match_person if case["schema"] == "Person" else match_org
    return matcher(case["name1"], case["name2"])[0] > 0


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BENCH / "nomenklatura_name_bench_cases.csv"
    with path.open(encoding="utf-8") as fh:
        cases = list(csv.DictReader(fh))
    frozen = path.parent / "logicv2-frozen.csv"
    ref: list[dict[str, str]] = []
    if frozen.exists():  # logic_v2's own run: scored on its rows (812 of the 826)
        with frozen.open(encoding="utf-8") as fh:
            ref = list(csv.DictReader(fh))
    ours = {id(c): predict(c) for c in cases}
    print(f"{len(cases)} labelled pairs from {path.name}; "
          f"dealwatch = {PERSON_MATCHER} on Person, {ORG_MATCHER} on the rest")
    print(f"{'scope':14s} {'n':>4s}  {'dealwatch P/R/F1':>20s}   {'logic_v2 P/R/F1':>20s}")
    for scope, keep in SCOPES.items():
        chosen = [c for c in cases if keep(c)]
        want = [c["is_match"] == "true" for c in chosen]
        mine = prf(list(zip(want, [ours[id(c)] for c in chosen], strict=True)))
        line = f"{scope:14s} {len(chosen):4d}  " + " ".join(f"{x:6.3f}" for x in mine)
        if ref:
            theirs = prf([(r["is_match"] == "true", r["predicted_match"] == "true")
                          for r in ref if keep(r)])
            line += "   " + " ".join(f"{x:6.3f}" for x in theirs)
        print(line)


if __name__ == "__main__":
    main()
