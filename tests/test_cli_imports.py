"""Start-up only for what a command uses: commands that never parse never import spaCy.

Each check runs in a fresh interpreter (the test process has spaCy loaded already), invokes
the commands on a store built from a few example articles, and reports which heavy modules
were imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dealwatch.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

SCRIPT = """
import json, sys
from click.testing import CliRunner
from dealwatch.cli import main

db, out, commands = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
codes = []
for args in commands:
    if args == ["web"]:
        from fastapi.testclient import TestClient
        from dealwatch.web import create_app
        app = create_app(db, None)
        with TestClient(app) as client:
            app.state.cache.get()  # the first ledger built, not the page that says it is
            paths = ["/ledger", "/timeline", "/articles", "/timeline.svg", "/search?q=release"]
            events = client.get("/timeline.json").json()["dated"][:2]
            articles = client.get("/articles.json").json()["articles"][:2]
            paths += ["/events/" + e["id"] for e in events]
            paths += ["/articles/" + a["id"] for a in articles]
            codes += [client.get(p).status_code for p in paths]
    else:
        codes.append(CliRunner().invoke(main, [*args, "--db", db]).exit_code)
json.dump({"codes": codes, "spacy": "spacy" in sys.modules,
           "thinc": "thinc" in sys.modules}, open(out, "w"))
"""


def _run(db: Path, tmp: Path, commands: list[list[str]]) -> dict[str, object]:
    out = tmp / "imports.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    subprocess.run([sys.executable, "-c", SCRIPT, str(db), str(out), json.dumps(commands)],
                   check=True, env=env, cwd=tmp, timeout=600)
    result: dict[str, object] = json.loads(out.read_text())
    return result


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of three example articles."""
    folder = tmp_path_factory.mktemp("few")
    for name in ("01_meridian-wire.txt", "03_baltic-ledger.txt", "04_eastern-courier.txt"):
        (folder / name).write_bytes((EXAMPLES / name).read_bytes())
    db = folder / "few.db"
    result = CliRunner().invoke(main, ["analyze", str(folder), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_commands_that_do_not_parse_never_import_spacy(small_store: Path,
                                                        tmp_path: Path) -> None:
    commands = [["ledger", "--json"], ["events", "--csv"], ["entities", "--json"],
                ["export", "--format", "ftm", "-o", str(tmp_path / "x.ftm")],
                ["timeline", "--svg", str(tmp_path / "t.svg")],
                ["report", "-o", str(tmp_path / "r.html")], ["web"]]
    result = _run(small_store, tmp_path, commands)
    codes = result["codes"]
    assert isinstance(codes, list) and len(codes) == len(commands) - 1 + 9  # 9 web pages
    assert set(codes) <= {0, 200}, codes
    assert result["spacy"] is False
    assert result["thinc"] is False


def test_the_check_sees_spacy_when_a_command_parses(small_store: Path, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_bytes((EXAMPLES / "01_meridian-wire.txt").read_bytes())
    result = _run(small_store, tmp_path, [["analyze", str(tmp_path / "one.txt"), "--quiet"]])
    assert result["codes"] == [0]
    assert result["spacy"] is True
