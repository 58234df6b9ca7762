"""The ledgers of the labelled corpora, written or compared: proof a speed-up changed nothing.

usage: python benchmarks/check_ledgers.py --save before.json     (on the old code)
       python benchmarks/check_ledgers.py --compare before.json  (on the new code)
       [--stores DIR]  analyzed stores, kept and reused (default: a folder in /tmp)

Each corpus (examples/, ../shared/corpus/seeds and every ../shared/corpus/dev/*) is analyzed
once with spaCy into its own SQLite store; the stores are reused, so both runs build their
ledgers from the very same claims and only resolve / merge / ledger code differs. Prints, per
corpus, the number of events and entities and whether the ledger JSON is identical; exits 1
when one differs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dealwatch.pipeline import build_ledger, load_nlp, run_analyze
from dealwatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def corpora() -> dict[str, Path]:
    """Name -> folder of every labelled corpus there is."""
    out = {"examples": ROOT / "examples", "seeds": SHARED / "seeds"}
    dev = SHARED / "dev"
    if dev.is_dir():
        out.update({f"dev/{p.name}": p for p in sorted(dev.iterdir()) if p.is_dir()})
    return out


def ledgers(stores: Path) -> dict[str, Any]:
    """The ledger (as JSON data) of every corpus, analyzing those not stored yet."""
    stores.mkdir(parents=True, exist_ok=True)
    nlp = None
    out: dict[str, Any] = {}
    for name, folder in corpora().items():
        db = stores / (name.replace("/", "_") + ".db")
        if not db.exists():
            nlp = nlp or load_nlp()
            with Store.open(str(db)) as store:
                run_analyze([str(folder)], store, nlp)
        with Store.open(str(db)) as store:
            begin = time.perf_counter()
            out[name] = build_ledger(store).to_dict()
            took = time.perf_counter() - begin
        print(f"{name:28s} events {len(out[name]['events']):4d}  entities "
              f"{len(out[name]['entities']):4d}  build_ledger {took:6.2f} s")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stores", default=str(Path(tempfile.gettempdir()) / "dw-check-ledgers"))
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", help="write the ledgers to this JSON file")
    group.add_argument("--compare", help="compare the ledgers with this JSON file")
    args = parser.parse_args()
    now = ledgers(Path(args.stores))
    if args.save:
        Path(args.save).write_text(json.dumps(now, sort_keys=True, indent=1))
        return
    before = json.loads(Path(args.compare).read_text())
    bad = [name for name in sorted(set(now) | set(before)) if now.get(name) != before.get(name)]
    for name in sorted(set(now) | set(before)):
        print(f"{name:28s} {'DIFFERENT' if name in bad else 'identical'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
