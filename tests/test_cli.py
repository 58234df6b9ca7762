"""The command line, end to end on the example corpus, on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from backends import BACKENDS, empty_pg
from click.testing import CliRunner

from dealwatch import render
from dealwatch.cli import main
from dealwatch.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module", params=BACKENDS)
def stored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The example corpus analyzed into a store: a SQLite file, a PostgreSQL database."""
    if request.param == "sqlite":
        db = str(tmp_path_factory.mktemp("cli") / "ex.db")
    else:
        db = empty_pg(request.getfixturevalue("pg_database"))
    result = CliRunner().invoke(main, ["analyze", str(EXAMPLES), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_every_command_has_help_with_an_example() -> None:
    for name, command in main.commands.items():  # type: ignore[attr-defined]
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example: dealwatch" in (command.help or ""), name


def test_analyze_builds_the_example_ledger(stored: str, tmp_path: Path) -> None:
    out = tmp_path / "ledger.json"
    result = CliRunner().invoke(main, ["ledger", "--db", str(stored), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    render.validate_ledger(data)
    out.write_text(result.output)
    dupes = [d for d in data["documents"] if d["duplicate_of"]]
    assert len(dupes) == 1, "the republished wire story is kept once"
    releases = [e for e in data["events"] if e["type"] == "release"]
    assert {e["count"] for e in releases} >= {3, 18}
    assert any(c["field"] == "count" for e in releases for c in e["conflicts"])
    assert len(data["rounds"]) >= 2


def test_running_again_adds_nothing(stored: str) -> None:
    before = json.loads(CliRunner().invoke(main, ["ledger", "--db", str(stored), "--json"]).output)
    result = CliRunner().invoke(main, ["analyze", str(EXAMPLES), "--db", str(stored), "--quiet"])
    assert result.exit_code == 0
    assert "0 added" in result.output
    assert "ledger not rebuilt" in result.output  # --quiet, no output asked for
    after = json.loads(CliRunner().invoke(main, ["ledger", "--db", str(stored), "--json"]).output)
    assert after["events"] == before["events"]


def test_bad_files_are_reported_and_skipped(tmp_path: Path, store_url: str) -> None:
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLES, folder)
    (folder / "zz_binary.txt").write_bytes(b"\x00\xff" * 64)
    (folder / "zz_empty.txt").write_text("")
    db = store_url
    result = CliRunner().invoke(main, ["analyze", str(folder), "--db", db, "--quiet"])
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if "rejected (" in ln]
    assert len(lines) == 2 and all("zz_" in ln for ln in lines)
    data = json.loads(CliRunner().invoke(main, ["ledger", "--db", str(db), "--json"]).output)
    assert len(data["rejected"]) == 2 and data["events"]


def test_listing_formats(stored: str) -> None:
    runner = CliRunner()
    csv_out = runner.invoke(main, ["events", "--db", str(stored), "--type", "release", "--csv"])
    assert csv_out.exit_code == 0 and csv_out.output.startswith("id,date,type")
    assert all(",release," in ln for ln in csv_out.output.splitlines()[1:] if ln)
    ents = json.loads(runner.invoke(main, ["entities", "--db", str(stored), "--json"]).output)
    assert any(len(e["aliases"]) > 1 for e in ents)
    table = runner.invoke(main, ["entities", "--db", str(stored), "--table"])
    assert table.exit_code == 0 and "Entities" in table.output


@pytest.mark.parametrize("width", [80, 120])
def test_tables_read_at_the_terminal_width(stored: str, width: int) -> None:
    from rich.cells import cell_len

    runner = CliRunner(env={"COLUMNS": str(width)})
    events = json.loads(runner.invoke(main, ["events", "--db", stored, "--json"]).output)
    tokens = {e["date"] for e in events if e["date"]} | {e["type"] for e in events}
    tokens |= {str(e["count"]) for e in events if e["count"] is not None}
    for command in (["events"], ["entities"], ["deals"], ["freed"], ["ledger"]):
        result = runner.invoke(main, [*command, "--db", stored, "--table"])
        assert result.exit_code == 0, result.output
        lines = result.output.splitlines()
        assert max(cell_len(ln) for ln in lines) <= width, command
        if command[0] in ("events", "ledger"):
            for token in tokens:  # a date, type or count never breaks across lines
                assert any(token in ln for ln in lines), (command, token)


def test_split_is_respected_by_later_runs(stored: str) -> None:
    runner = CliRunner()
    ents = json.loads(runner.invoke(main, ["entities", "--db", stored, "--json"]).output)
    merged = next(e for e in ents if e["type"] == "person" and len(
        {a for a in e["aliases"] if len(a.split()) > 1}) > 1)
    full = [a for a in merged["aliases"] if len(a.split()) > 1]
    try:
        assert runner.invoke(main, ["split", full[0], full[1], "--db", stored]).exit_code == 0
        after = json.loads(runner.invoke(main, ["entities", "--db", stored, "--json"]).output)
        assert not any({full[0], full[1]} <= set(e["aliases"]) for e in after)
    finally:  # the module's store is shared: undo the split
        with Store.open(stored) as store:
            store.remove_decision(full[0], full[1], source="user")


def test_the_database_may_come_from_the_environment(stored: str) -> None:
    runner = CliRunner()
    by_option = runner.invoke(main, ["events", "--db", stored, "--csv"])
    by_env = runner.invoke(main, ["events", "--csv"], env={"DEALWATCH_DB": stored})
    assert by_env.exit_code == 0 and by_env.output == by_option.output
    assert len(by_env.output.splitlines()) > 5


def test_not_a_database_is_one_line_and_exit_2(tmp_path: Path) -> None:
    f = tmp_path / "x.db"
    f.write_text("hello")
    result = CliRunner().invoke(main, ["ledger", "--db", str(f)])
    assert result.exit_code == 2
    assert "not a dealwatch database" in result.output


def test_dates_command(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("The prisoners were freed on Wednesday after talks last month in the capital.")
    result = CliRunner().invoke(main, ["dates", str(f), "--published", "2025-02-16", "--json"])
    data = json.loads(result.output)
    assert [(d["text"], d["value"]) for d in data["dates"]] == [
        ("Wednesday", "2025-02-12"), ("last month", "2025-01")]


def test_deals_freed_and_the_deal_filter(stored: str) -> None:
    run = CliRunner().invoke
    deals = json.loads(run(main, ["deals", "--db", stored, "--json"]).output)
    (deal,) = deals
    assert len(deal["sides"]) == 2 and deal["two_sided_rounds"] >= 2
    freed = json.loads(run(main, ["freed", "--db", stored, "--deal", deal["id"],
                                  "--json"]).output)
    assert freed and all(r["deal"] == deal["id"] and r["freed_by"] in deal["sides"]
                         for r in freed)
    one = json.loads(run(main, ["ledger", "--db", stored, "--deal", deal["deal"],
                                "--json"]).output)
    render.validate_ledger(one)
    assert [d["id"] for d in one["deals"]] == [deal["id"]]
    assert all(e["deal"] == deal["id"] for e in one["events"])
    csv = run(main, ["events", "--db", stored, "--deal", deal["id"], "--csv"]).output
    assert csv.count("\n") == len(one["events"]) + 1
    bad = run(main, ["events", "--db", stored, "--deal", "no such deal"])
    assert bad.exit_code == 2 and deal["id"] in bad.output and "no deal" in bad.output


@pytest.mark.parametrize("model", ["no_such_model", "no.such.model"])
def test_a_missing_model_is_one_line_and_makes_no_store(tmp_path: Path, model: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The model loads while the first inputs are read, but a model that is not installed is
    said before any store is made."""
    db = tmp_path / "new.db"
    result = CliRunner().invoke(main, ["analyze", str(EXAMPLES), "--db", str(db),
                                       "--model", model])
    assert result.exit_code == 2
    assert "cannot load the spaCy model" in result.output and "[DW300]" in result.output
    assert not db.exists()
    monkeypatch.setenv("DEALWATCH_MODEL", model)
    result = CliRunner().invoke(main, ["report", str(EXAMPLES), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2 and "[DW300]" in result.output
    assert not (tmp_path / "r.html").exists()
