"""Score dealwatch's date stage on TimeML documents (TempEval-3 style), and time it.

Usage: python benchmarks/bench_tempeval.py DIR [DIR ...] [--errors N]

Each ``.tml`` file gives the document creation time (DCT), the text, and gold TIMEX3
annotations. The text between <TEXT> tags, with the tags removed, is what ``find_dates``
reads, with the DCT's day as the publication date (what ``dealwatch dates FILE --published``
does). Scored on DATE timexes as TempEval-3 scores values: a system expression matches a gold
one when their spans overlap; value precision/recall/F1 count a match only when the value is
identical. Two counts of the system's false positives are printed:

- ``all``: every expression dealwatch returns that overlaps no gold DATE is a false positive;
- ``date-only``: expressions that overlap a gold TIME, DURATION or SET timex are left out (the
  gold says it is a time expression, of another type than the one scored).

The TimeML data is not part of the repository (TimeBank/TempEval licences); point the script
at a local copy.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dealwatch.dates import find_dates


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


def read_tml(path: Path) -> tuple[date | None, str, list[Gold]]:
    """The DCT, the plain text, and the gold TIMEX3 spans of one TimeML file."""
    root = ET.parse(path).getroot()
    dct_node = root.find("DCT/TIMEX3")
    dct = None
    if dct_node is not None:
        m = re.match(r"(\d{4})-(\d\d)-(\d\d)", dct_node.get("value", ""))
        dct = date(int(m[1]), int(m[2]), int(m[3])) if m else None
    body = root.find("TEXT")
    parts: list[str] = []
    gold: list[Gold] = []

    def walk(node: ET.Element) -> None:
        start = sum(len(p) for p in parts)
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")
        if node.tag == "TIMEX3":
            end = sum(len(p) for p in parts)
            text = "".join(parts)[start:end]
            gold.append(Gold(start, end, text, node.get("type", ""), node.get("value", "")))

    if body is not None:
        parts.append(body.text or "")
        for child in body:
            walk(child)
            parts.append(child.tail or "")
    return dct, "".join(parts), gold


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--errors", type=int, default=0, help="print this many errors")
    args = ap.parse_args()
    files = sorted(f for d in args.dirs for f in d.glob("*.tml"))
    if not files:
        print("no .tml files found", file=sys.stderr)
        return 2
    n_gold = n_sys_all = n_sys_date = span_ok = value_ok = 0
    errors: list[str] = []
    elapsed = 0.0
    chars = 0
    for f in files:
        dct, text, gold = read_tml(f)
        chars += len(text)
        t0 = time.perf_counter()
        found = find_dates(text, dct)
        elapsed += time.perf_counter() - t0
        dates = [g for g in gold if g.type == "DATE"]
        others = [g for g in gold if g.type != "DATE"]
        n_gold += len(dates)
        used: set[int] = set()
        for g in dates:
            hit = next((i for i, s in enumerate(found) if i not in used
                        and s.start < g.end and g.start < s.end), None)
            if hit is None:
                errors.append(f"{f.name}: missed {g.text!r} = {g.value}")
                continue
            used.add(hit)
            span_ok += 1
            if found[hit].value == g.value:
                value_ok += 1
            else:
                errors.append(f"{f.name}: {g.text!r} gold {g.value}, got {found[hit].text!r} = "
                              f"{found[hit].value}")
        for i, s in enumerate(found):
            if i in used:
                continue
            n_sys_all += 1
            if not any(s.start < o.end and o.start < s.end for o in others):
                n_sys_date += 1
                errors.append(f"{f.name}: extra {s.text!r} = {s.value}")
    for label, extra in (("all", n_sys_all), ("date-only", n_sys_date)):
        n_sys = span_ok + extra
        for what, ok in (("span", span_ok), ("value", value_ok)):
            p = ok / n_sys if n_sys else 0.0
            r = ok / n_gold if n_gold else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{label:9} {what:5}  P {p:.3f}  R {r:.3f}  F1 {100 * f1:.1f}")
    print(f"documents {len(files)}, gold DATE timexes {n_gold}, "
          f"{1000 * elapsed / len(files):.2f} ms per document "
          f"({chars / len(files):.0f} characters on average)")
    for line in errors[: args.errors]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
