"""Progress on a terminal only: a bar with done/total while work runs, nothing in a pipe."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner

from dealwatch.cli import main
from dealwatch.cli_base import count_inputs
from dealwatch.progress import progress


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
