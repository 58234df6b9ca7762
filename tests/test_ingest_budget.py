"""The per-article budget (``dealwatch.ingest.budget``): an article that takes longer than
its budget is rejected with its own code (DW114), recorded, and the batch goes on, in
``analyze``, ``report`` and the web server's uploads alike."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile import GOOD, OTHER
from spacy.language import Language
from webfixtures import TOKEN, served

from dealwatch.cli import main
from dealwatch.errors import OverBudget, UsageError
from dealwatch.ingest.budget import ENV, budget_seconds, check, deadline, per_article
from dealwatch.pipeline import run_analyze
from dealwatch.store import Store
from dealwatch.web import create_app

TINY = "0.000001"  # no article is read that fast


def test_the_budget_comes_from_the_argument_the_environment_or_the_default(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert budget_seconds() == 60
    monkeypatch.setenv(ENV, "2.5")
    assert budget_seconds() == 2.5 and budget_seconds(7) == 7
    with per_article(0.5):
        assert budget_seconds() == 0.5
    for bad in ("-1", "soon", "nan", "inf"):
        with pytest.raises(UsageError, match="article budget"):
            budget_seconds(bad)


def test_a_check_past_the_deadline_raises_and_none_without_one() -> None:
    check("outside any deadline")  # no clock running: nothing to check
    with per_article(0.001), deadline():
        time.sleep(0.01)
        with pytest.raises(OverBudget, match=r"budget of 0.001 s \(stopped at: a step\)"):
            check("a step")
    with per_article(0), deadline():  # 0: no budget
        time.sleep(0.01)
        check("a step")


def test_n_articles_together_have_n_budgets_and_an_inner_block_its_own() -> None:
    with per_article(0.05), deadline(100):
        time.sleep(0.1)
        check("a batch")  # 5 s for the batch
        with deadline():
            check("one article")  # a fresh clock
            time.sleep(0.1)
            with pytest.raises(OverBudget):
                check("one article")


def _batch(folder: Path) -> None:
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.jsonl").write_text(json.dumps({"text": OTHER}) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")


def test_a_tiny_budget_rejects_every_article_and_the_batch_goes_on(tmp_path: Path) -> None:
    _batch(tmp_path / "in")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "in"), "--db", db, "--quiet",
                                       "--article-budget", TINY])
    assert result.exit_code == 1, result.output
    lines = [ln for ln in result.stderr.splitlines() if ": rejected (" in ln]
    assert len(lines) == 3 and "0 added" in result.stderr
    assert any(ln.endswith("a.txt: rejected (DW114): took longer than the per-article budget "
                           "of 1e-06 s (stopped at: reading and cleaning); give more with "
                           f"--article-budget or {ENV}") for ln in lines), lines
    with Store.open(db) as store:
        codes = {Path(r.path).name: r.code for r in store.rejected()}
    assert codes == {"a.txt": "DW114", "b.jsonl#1": "DW114", "empty.txt": "DW104"}


def test_the_environment_sets_the_budget_and_a_bad_value_stops_the_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _batch(tmp_path / "in")
    args = ["analyze", str(tmp_path / "in"), "--db", str(tmp_path / "s.db"), "--quiet"]
    monkeypatch.setenv(ENV, TINY)
    assert CliRunner().invoke(main, args).stderr.count("(DW114)") == 2
    monkeypatch.setenv(ENV, "-3")
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "--article-budget" in result.stderr


def test_only_the_article_over_its_budget_is_rejected(tmp_path: Path, nlp: Language) -> None:
    """A long article (400 sentences) next to a short one, with a budget the short one
    fits in many times over: the batch is retried one by one and only the long one is
    rejected, at extraction."""
    (tmp_path / "short.txt").write_text(GOOD, encoding="utf-8")
    sentences = [f"Dravonia freed {n} prisoners on Monday, and officials in the capital of "
                 f"the country said talks on {n + 1} more would follow." for n in range(400)]
    (tmp_path / "long.txt").write_text("\n\n".join(sentences), encoding="utf-8")
    with Store.open(str(tmp_path / "s.db")) as store:
        report = run_analyze([str(tmp_path / "short.txt"), str(tmp_path / "long.txt")], store,
                             nlp, budget=0.3)
        stored = [d.path for d in store.documents_info()]
        rejected = [(r.path, r.code) for r in store.rejected()]
    assert stored == [str(tmp_path / "short.txt")], report.rejected
    assert rejected == [(str(tmp_path / "long.txt"), "DW114")]
    assert "stopped at:" in report.rejected[0].reason


def test_report_rejects_over_budget_and_still_writes(tmp_path: Path) -> None:
    _batch(tmp_path / "in")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(main, ["report", str(tmp_path / "in"), "-o", str(out),
                                       "--article-budget", TINY])
    assert result.exit_code == 1, result.output
    assert result.stderr.count("(DW114)") == 2 and out.is_file()


def test_an_upload_over_budget_is_rejected_and_the_server_takes_the_next(
        tmp_path: Path, nlp: Language) -> None:
    db = tmp_path / "s.db"
    auth = {"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
    slow = create_app(str(db), TOKEN, budget=float(TINY))
    with served(slow, base_url="http://127.0.0.1:8000") as client:
        answer = client.post("/api/articles", headers=auth, content=json.dumps({"text": GOOD}))
        assert answer.status_code == 200, answer.text
        assert [r["code"] for r in answer.json()["rejected"]] == ["DW114"]
        # the upload lock was let go: the next upload is answered (and rejected alike)
        again = client.post("/api/articles", headers=auth, content=json.dumps({"text": OTHER}))
        assert [r["code"] for r in again.json()["rejected"]] == ["DW114"]
    with served(create_app(str(db), TOKEN), base_url="http://127.0.0.1:8000") as client:
        answer = client.post("/api/articles", headers=auth, content=json.dumps({"text": GOOD}))
        assert answer.json()["added"] == ["upload/records.jsonl#1"]
    with pytest.raises(UsageError):
        create_app(str(db), TOKEN, budget=-1)
