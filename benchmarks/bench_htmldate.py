"""Publication dates on htmldate's own evaluation pages: dealwatch beside htmldate alone.

usage: python benchmarks/bench_htmldate.py HTMLDATE_CHECKOUT [--json] [--show-misses N]

HTMLDATE_CHECKOUT is the folder of a checkout of htmldate's repository; its pages stay there.
Every page of ``tests/eval_default.json`` and ``tests/eval_mediacloud_2020.json`` (each maps
a URL to ``{"file", "date"}``; a missing date is a page without one) is read the way dealwatch
reads a crawl record: the file's bytes decoded as the file reader decodes them, given with the
URL of its key to the record reader, network blocked. htmldate is run on the same pages as its
own evaluation runs it (``original_date=True``, extensive search on and off, no URL), on a
tree parsed from the bytes and with the network blocked too.

Prints, for each: pages, rejected (by code), right day %, wrong day, no date where the page
has one, dated where it has none. ``--show-misses N`` lists N pages dealwatch gets wrong.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from dealwatch.ingest.isolation import offline
from dealwatch.ingest.readers import decode
from dealwatch.ingest.records import read_record
from dealwatch.model import Article

EVAL_FILES = ("eval_default.json", "eval_mediacloud_2020.json")
PAGE_DIRS = ("test_set", "cache", "eval")


def pages(checkout: Path) -> list[tuple[str, Path, str | None]]:
    """(url, file, gold day or None) of every page of both evaluation files."""
    tests = checkout / "tests"
    out = []
    for name in EVAL_FILES:
        for url, row in json.loads((tests / name).read_text(encoding="utf-8")).items():
            found = [tests / d / row["file"] for d in PAGE_DIRS
                     if (tests / d / row["file"]).is_file()]
            gold = row.get("date")
            if isinstance(gold, float) and math.isnan(gold):
                gold = None
            if found:
                out.append((url, found[0], gold or None))
    return out


def dealwatch_day(url: str, path: Path) -> tuple[str | None, str | None, str | None]:
    """(day, evidence, rejection code) of one page read by dealwatch."""
    data = path.read_bytes()
    try:
        with offline():
            html = decode(data)
    except Exception as exc:  # noqa: BLE001 - a page the file reader would reject
        return None, None, getattr(exc, "code", type(exc).__name__)
    item = read_record(str(path), {"html": html, "url": url})
    if not isinstance(item, Article):
        return None, None, item.code
    return (item.published.isoformat() if item.published else None,
            item.published_evidence, None)


def htmldate_day(path: Path, extensive: bool) -> str | None:
    """htmldate's day for one page, from a tree of its bytes, offline."""
    from htmldate import find_date
    from htmldate.utils import load_html

    try:
        with offline():
            tree = load_html(path.read_bytes())
            found = find_date(tree, original_date=True, extensive_search=extensive)
    except Exception:  # noqa: BLE001 - counted as no date, as htmldate's evaluation does
        return None
    return str(found) if found else None


def tally(results: list[tuple[str | None, str | None]]) -> dict[str, Any]:
    """The figures of (found, gold) pairs."""
    right = sum(1 for f, g in results if f and f == g)
    return {"pages": len(results), "right": right,
            "right_pct": round(100 * right / max(len(results), 1), 1),
            "wrong_day": sum(1 for f, g in results if f and g and f != g),
            "no_date": sum(1 for f, g in results if g and not f),
            "dated_without": sum(1 for f, g in results if f and not g)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("checkout", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show-misses", type=int, default=0, metavar="N")
    args = ap.parse_args()
    todo = pages(args.checkout)
    if not todo:
        sys.exit(f"no evaluation pages under {args.checkout}/tests")
    ours, rejected, misses = [], Counter(), []
    fast, extensive = [], []
    for url, path, gold in todo:
        day, evidence, code = dealwatch_day(url, path)
        if code:
            rejected[code] += 1
        ours.append((day, gold))
        if day != gold:
            misses.append((path.name, gold, day, code or evidence))
        fast.append((htmldate_day(path, False), gold))
        extensive.append((htmldate_day(path, True), gold))
    report = {"dealwatch": {**tally(ours), "rejected": dict(rejected)},
              "htmldate_extensive": tally(extensive), "htmldate_fast": tally(fast)}
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print(f"{'':20} {'pages':>5} {'right':>6} {'right %':>7} {'wrong day':>9} "
              f"{'no date':>7} {'dated, none':>11}  rejected")
        for name, row in report.items():
            rej = ", ".join(f"{k} {v}" for k, v in sorted(row.get("rejected", {}).items()))
            print(f"{name:20} {row['pages']:>5} {row['right']:>6} {row['right_pct']:>7} "
                  f"{row['wrong_day']:>9} {row['no_date']:>7} {row['dated_without']:>11}  "
                  f"{rej or ('0' if name == 'dealwatch' else '')}")
    for name, gold, day, why in misses[: args.show_misses]:
        print(f"miss {name}: gold {gold}, found {day} ({why})")


if __name__ == "__main__":
    main()
