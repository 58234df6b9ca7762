"""Progress on a terminal only: a bar with done/total while work runs, nothing in a pipe."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dealwatch.cli import REBUILD_STAGES, main
from dealwatch.cli_base import count_inputs
from dealwatch.pipeline import build_ledger
from dealwatch.progress import StageClock, progress, stage_progress
from dealwatch.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_done_of_total() -> None:
    out = Terminal()
    with progress("articles", 3, stream=out) as advance:
        advance(2)
        advance(1)
    shown = out.getvalue()
    assert "articles" in shown and "3/3" in shown and "100%" in shown


def test_a_pipe_or_quiet_sees_nothing() -> None:
    pipe = io.StringIO()
    with progress("articles", 3, stream=pipe) as advance:
        advance(3)
    quiet = Terminal()
    with progress("articles", 3, stream=quiet, quiet=True) as advance:
        advance(3)
    assert pipe.getvalue() == "" and quiet.getvalue() == ""


def test_inputs_are_counted_only_when_a_file_is_an_article(tmp_path: Path) -> None:
    for name in ("a.txt", "b.html"):
        (tmp_path / name).write_text("Some text.", encoding="utf-8")
    assert count_inputs((str(tmp_path),)) == 2
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    assert count_inputs((str(tmp_path),)) is None


def test_analyze_in_a_pipe_prints_no_bar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Nothing happened here on Monday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path), "--db",
                                       str(tmp_path / "s.db"), "--quiet"])
    assert result.exit_code == 0 and "━" not in result.output and "1 added" in result.output


def test_stages_show_the_running_stage_and_stages_done() -> None:
    out = Terminal()
    with stage_progress("rebuild", ["reading", "merging"], stream=out) as ended:
        ended()
        ended()
    shown = out.getvalue()
    assert "rebuild: reading" in shown and "2/2" in shown and "rebuild: done" in shown
    quiet, pipe = Terminal(), io.StringIO()
    for stream, hush in ((quiet, True), (pipe, False)):
        with stage_progress("rebuild", ["reading"], stream=stream, quiet=hush) as ended:
            ended()
    assert quiet.getvalue() == "" and pipe.getvalue() == ""


def test_a_stage_clock_tells_each_stage_once_as_it_ends() -> None:
    told: list[str] = []
    clock = StageClock(told.append)
    clock["read"] = 0.5
    clock["read"] = clock.get("read", 0.0) + 0.25  # a stage timed twice is told once
    clock["merge"] = 1.0
    assert told == ["read", "merge"] and clock == {"read": 0.75, "merge": 1.0}


def on_a_terminal(args: list[str]) -> str:
    """What the dealwatch command writes to standard error when that is a terminal (a
    pseudo-terminal), standard output going to a pipe."""
    main_side, term_side = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-c", "from dealwatch.cli import main; main()",
                             *args], stderr=term_side, stdout=subprocess.PIPE,
                            env={**os.environ, "COLUMNS": "120", "TERM": "xterm",
                                 "PYTHONPATH": os.pathsep.join(
                                     [str(EXAMPLES.parent), os.environ.get("PYTHONPATH", "")])})
    os.close(term_side)
    chunks = []
    while True:
        try:
            chunk = os.read(main_side, 65536)
        except OSError:  # the terminal closed: the command ended
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=120)
    os.close(main_side)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture(scope="module")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("progress") / "s.db")
    result = CliRunner().invoke(main, ["analyze", str(EXAMPLES), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_rebuild_on_a_terminal_shows_its_stages_and_nothing_quiet_or_in_a_pipe(
        example_store: str) -> None:
    shown = on_a_terminal(["rebuild", "--db", example_store])
    assert "rebuild: reading the claims of 7 articles" in shown, shown
    assert "5/5" in shown and "rebuild: done" in shown and "ledger rebuilt" in shown
    assert on_a_terminal(["rebuild", "--db", example_store, "--quiet"]).strip() == ""
    piped = CliRunner().invoke(main, ["rebuild", "--db", example_store])
    assert piped.exit_code == 0 and "rebuild:" not in piped.output
    assert "ledger rebuilt" in piped.output


def test_the_bar_names_the_stages_a_build_times(example_store: str) -> None:
    timings: dict[str, float] = {}
    with Store.open(example_store) as store:
        build_ledger(store, timings)
    assert list(timings) == [stage for stage, _ in REBUILD_STAGES]
