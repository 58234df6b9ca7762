"""Quality on every labelled corpus, scored by the reference scorer, and the dev stories summed.

usage: python benchmarks/bench_quality.py [--only NAME ...] [--keep DIR] [--json]
                                         [--extra DIR ...]

Each corpus (examples/, ../shared/corpus/seeds and every ../shared/corpus/dev/*) is analyzed
into a fresh SQLite store with the real spaCy pipeline, its ledger is written as JSON and
scored by ../shared/tools/score.py as it is. Prints one line a corpus (event F1, strict F1,
dates right, invented dates, persons found, party accuracy, unmerged duplicates) and a line for
the dev stories taken together, with the ratios computed from the summed counts.
``--extra DIR`` adds labelled stories of your own (every folder under DIR holding a
``gold.json``, named ``extra/<folder>``), summed on a line of their own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from dealwatch.pipeline import build_ledger, load_nlp, run_analyze
from dealwatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def corpora(extra: list[str] | None = None) -> dict[str, Path]:
    """Name -> folder of every labelled corpus there is (and of the ``extra`` folders')."""
    out = {"examples": ROOT / "examples", "seeds": SHARED / "corpus" / "seeds"}
    dev = SHARED / "corpus" / "dev"
    if dev.is_dir():
        out.update({f"dev/{p.name}": p for p in sorted(dev.iterdir()) if p.is_dir()})
    for folder in extra or ():
        out.update({f"extra/{p.name}": p for p in sorted(Path(folder).iterdir())
                    if (p / "gold.json").is_file()})
    return out


def score(folder: Path, work: Path, nlp: Any) -> dict[str, Any]:
    """Analyze one corpus into its own store and score its ledger."""
    db = work / "store.db"
    db.unlink(missing_ok=True)
    with Store.open(str(db)) as store:
        run_analyze([str(folder)], store, nlp)
        ledger = build_ledger(store)
    out = work / "ledger.json"
    out.write_text(json.dumps(ledger.to_dict(), ensure_ascii=False, indent=1))
    done = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), str(out),
                           str(folder / "gold.json"), "--json"],
                          capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _pair(text: str) -> tuple[int, int]:
    a, b = text.split("/")
    return int(a), int(b)


FRACTIONS = ("date_accuracy", "invented_dates", "persons_recall", "party_accuracy")


def summed(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The dev stories taken together: counts summed, ratios from the sums."""
    tot: dict[str, Any] = {k: 0 for k in ("events_gold", "events_pred", "events_matched",
                                          "strict_matched", "unmerged_duplicates")}
    fr = {k: [0, 0] for k in FRACTIONS}
    for r in results.values():
        for k in tot:
            tot[k] += r[k]
        for k in FRACTIONS:
            a, b = _pair(r[k])
            fr[k][0] += a
            fr[k][1] += b
    p = tot["events_matched"] / tot["events_pred"] if tot["events_pred"] else 0.0
    r_ = tot["events_matched"] / tot["events_gold"] if tot["events_gold"] else 0.0
    tot["precision"], tot["recall"] = round(p, 3), round(r_, 3)
    tot["f1"] = round(2 * p * r_ / (p + r_), 3) if p + r_ else 0.0
    both = tot["events_pred"] + tot["events_gold"]
    tot["strict_f1"] = round(2 * tot["strict_matched"] / both, 3) if both else 0.0
    for k in FRACTIONS:
        tot[k] = f"{fr[k][0]}/{fr[k][1]}"
    return tot


def line(name: str, r: dict[str, Any]) -> str:
    return (f"{name:32s} F1 {r['f1']:.3f} (P {r['precision']:.3f} R {r['recall']:.3f})  "
            f"strict {r['strict_f1']:.3f}  dates {r['date_accuracy']:>6s}  "
            f"invented {r['invented_dates']:>6s}  persons {r['persons_recall']:>6s}  "
            f"party {r['party_accuracy']:>6s}  dups {r['unmerged_duplicates']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="corpus names (e.g. dev/iran-us-2016)")
    ap.add_argument("--keep", help="folder to keep each corpus's store and ledger in")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--extra", nargs="*", default=[],
                    help="folders of labelled stories of your own (one folder a story)")
    args = ap.parse_args()
    nlp = load_nlp()
    results: dict[str, dict[str, Any]] = {}
    for name, folder in corpora(args.extra).items():
        if args.only and name not in args.only:
            continue
        if args.keep:
            work = Path(args.keep) / name.replace("/", "_")
            work.mkdir(parents=True, exist_ok=True)
            results[name] = score(folder, work, nlp)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                results[name] = score(folder, Path(tmp), nlp)
        if not args.json:
            print(line(name, results[name]), flush=True)
    for group in ("dev", "extra"):
        stories = {k: v for k, v in results.items() if k.startswith(group + "/")}
        if stories:
            results[f"{group} (together)"] = summed(stories)
            if not args.json:
                print(line(f"{group} (together)", results[f"{group} (together)"]))
    if args.json:
        print(json.dumps({k: {x: y for x, y in v.items() if x != "per_type"}
                          for k, v in results.items()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
