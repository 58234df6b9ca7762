"""The fuzz suite (issue 14): a few hundred seeded hostile inputs in mixed batches with good
articles, through the real ``dealwatch analyze`` (in-process CLI, SQLite store, spaCy).

The generator is ``benchmarks/fuzzgen.py``, shared with the soak ``benchmarks/bench_fuzz.py``
that runs 10,000 and more.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile import canary_server

from dealwatch.cli import main
from dealwatch.ingest import read_inputs
from dealwatch.model import Article
from dealwatch.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import fuzzgen  # noqa: E402

BATCHES = 3
BAD, GOOD = 80, 10  # per batch: 240 hostile inputs and 30 good articles in all
SCALE = 0.25  # huge and deep inputs up to 15 KB and 5,000 deep: the soak goes further


def _known(ids: set[str]) -> object:
    def known(path: Path) -> bool:
        """An input that is an article already stored under another name (same text)."""
        items = list(read_inputs([str(path)]))
        return bool(items) and all(isinstance(i, Article) and i.id in ids for i in items)
    return known


@pytest.mark.parametrize("seed", range(BATCHES))
def test_a_hostile_batch_keeps_its_good_articles_and_gives_one_line_per_rejection(
        tmp_path: Path, seed: int) -> None:
    db = tmp_path / "s.db"
    with canary_server() as canary:
        cases = fuzzgen.write_batch(tmp_path / "in", random.Random(seed), BAD, GOOD, canary.url,
                                     SCALE)
        result = CliRunner().invoke(main, ["analyze", str(tmp_path / "in"), "--db", str(db),
                                           "--quiet"])
        assert canary.requests == []
    assert result.exit_code == 1, result.output  # some rejected; nothing stopped the command
    assert "Traceback" not in result.output and "internal error" not in result.output
    printed = [ln for ln in result.stderr.splitlines() if ": rejected (DW" in ln]
    with Store.open(str(db)) as store:
        docs = store.documents_info()
        rejected = store.rejected()
        texts = [a.text for a in store.articles()]
    assert rejected and docs
    assert not [r for r in rejected if r.code == "DW111"], "a reading failure is a bug"
    findings = fuzzgen.check_batch(
        cases, {d.path: d.id for d in docs}, texts, [(r.path, r.line()) for r in rejected],
        printed, _known({d.id for d in docs}))  # type: ignore[arg-type]
    assert findings.ok(), findings
    assert len(printed) == len(rejected)


def test_the_generator_is_seeded(tmp_path: Path) -> None:
    a = fuzzgen.write_batch(tmp_path / "a", random.Random(7), 30, 3, "http://127.0.0.1:9")
    b = fuzzgen.write_batch(tmp_path / "b", random.Random(7), 30, 3, "http://127.0.0.1:9")
    assert [(c.path.name, c.kind) for c in a] == [(c.path.name, c.kind) for c in b]
    files = [c.path for c in a if c.path.is_file() and not c.path.is_symlink()]
    def content(path: Path, folder: str) -> bytes:  # XXE inputs name their batch's folder
        return path.read_bytes().replace(bytes(tmp_path / folder), b"")

    assert files and all(content(f, "a") == content(tmp_path / "b" / f.name, "b")
                         for f in files)
    assert len({c.kind for c in a}) > 8
