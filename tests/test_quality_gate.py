"""The quality gate: analyze the labelled corpora and score them with the reference scorer.

Floors live in quality_baseline.json. Raise them when quality improves; never lower them to
make a change pass. The shared corpora are scored by ../shared/tools/score.py itself, so the
gate's definitions are the evaluation's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from dealwatch import render
from dealwatch.pipeline import build_ledger, run_analyze
from dealwatch.store import Store

HERE = Path(__file__).resolve().parent
BASELINE = json.loads((HERE / "quality_baseline.json").read_text())


def _fraction(text: str) -> tuple[int, int]:
    a, b = text.split("/")
    return int(a), int(b)


def score(nlp: Language, folder: Path, tmp_path: Path, scorer: Path) -> dict[str, Any]:
    files = [str(folder)]
    with Store.open(str(tmp_path / "gate.db")) as store:
        run_analyze(files, store, nlp)
        ledger = build_ledger(store)
    data = ledger.to_dict()
    render.validate_ledger(data)
    out = tmp_path / "ledger.json"
    out.write_text(json.dumps(data))
    done = subprocess.run([sys.executable, str(scorer), str(out), str(folder / "gold.json"),
                           "--json"], capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.mark.parametrize("corpus", sorted(BASELINE))
def test_quality_floor(nlp: Language, shared: Path, tmp_path: Path, corpus: str) -> None:
    floors = BASELINE[corpus]
    folder = HERE.parent / "examples" if corpus == "examples" else shared / "corpus" / corpus
    got = score(nlp, folder, tmp_path, shared / "tools" / "score.py")
    report = json.dumps({k: v for k, v in got.items() if k != "per_type"})
    assert got["precision"] >= floors["precision"], report
    assert got["recall"] >= floors["recall"], report
    assert got["f1"] >= floors["f1"], report
    invented, _ = _fraction(got["invented_dates"])
    assert invented <= floors["invented_dates_max"], report
    merged, wanted = _fraction(got["entity_merges"])
    assert wanted - merged <= floors["missed_merges_max"], report
    assert got["entity_overmerges"] <= floors["overmerges_max"], report
    found, _ = _fraction(got["conflicts_found"])
    assert found >= floors["conflicts_min"], report
    right, dated = _fraction(got["date_accuracy"])
    assert dated - right <= floors.get("wrong_dates_max", dated), report
    assert right >= floors.get("dates_right_min", 0), report
    assert got["strict_f1"] >= floors.get("strict_f1", 0.0), report
    persons, _ = _fraction(got["persons_recall"])
    assert persons >= floors.get("persons_min", 0), report
    party, _ = _fraction(got["party_accuracy"])
    assert party >= floors.get("party_min", 0), report
