"""Pairwise F1 of dealwatch's person-name matcher on the nomenklatura name-matching cases.

usage: python benchmarks/bench_names.py [CSV]   (default: ../shared/bench/names/...)

Prints precision, recall and F1 overall and on schema == Person, beside OpenSanctions'
logic_v2 figures from logicv2-frozen.csv when that file is present. Only person names are the
matcher's job; other schemata are scored too so the overall figure is comparable.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from dealwatch.resolve import match_person

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "names"


def prf(rows: list[tuple[bool, bool]]) -> tuple[float, float, float]:
    tp = sum(1 for want, got in rows if want and got)
    fp = sum(1 for want, got in rows if got and not want)
    fn = sum(1 for want, got in rows if want and not got)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else BENCH / "nomenklatura_name_bench_cases.csv"
    with path.open(encoding="utf-8") as fh:
        cases = list(csv.DictReader(fh))
    ours = [(c["schema"], c["is_match"] == "true", match_person(c["name1"], c["name2"])[0] > 0)
            for c in cases]
    print(f"{len(cases)} labelled pairs from {path.name}")
    print(f"{'matcher':28s} {'scope':8s} {'P':>6s} {'R':>6s} {'F1':>6s}")
    for scope in ("all", "Person"):
        rows = [(w, g) for s, w, g in ours if scope == "all" or s == scope]
        figures = " ".join(f"{x:6.3f}" for x in prf(rows))
        print(f"{'dealwatch dw-person-1':28s} {scope:8s} {figures}")
    frozen = path.parent / "logicv2-frozen.csv"
    if frozen.exists():
        with frozen.open(encoding="utf-8") as fh:
            ref = list(csv.DictReader(fh))
        for scope in ("all", "Person"):
            rows = [(r["is_match"] == "true", r["predicted_match"] == "true") for r in ref
                    if scope == "all" or r["schema"] == scope]
            print(f"{'OpenSanctions logic_v2':28s} {scope:8s} "
                  + " ".join(f"{x:6.3f}" for x in prf(rows)))


if __name__ == "__main__":
    main()
