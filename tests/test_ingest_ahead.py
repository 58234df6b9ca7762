"""Reading ahead (``dealwatch.ingest.ahead``): a forked reader gives the very items
``read_inputs`` gives, in order; a crash in it rejects one input; it stays a bounded
distance ahead; it never outlives the block or the command. Real readers, spaCy, SQLite."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from hostile import GOOD, OTHER, broken_batch, canary_server
from spacy.language import Language

from dealwatch.errors import NetworkAttempt
from dealwatch.ingest import ahead, read_inputs
from dealwatch.ingest.ahead import AHEAD, read_ahead
from dealwatch.model import Article, Rejected
from dealwatch.pipeline import Pipeline, build_ledger, run_analyze
from dealwatch.render import ledger_json
from dealwatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
forks = pytest.mark.skipif(not sys.platform.startswith("linux"),
                           reason="the reader is forked (and its children listed) on Linux")


def _inputs(tmp_path: Path) -> list[str]:
    bad = tmp_path / "bad"
    bad.mkdir()
    broken_batch(bad)
    return [str(EXAMPLES), str(bad), str(tmp_path / "missing.txt"), str(EXAMPLES / "*.nope")]


def _children() -> set[int]:
    """This process's child processes, by the kernel's list."""
    found: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        found.update(int(pid) for pid in (task / "children").read_text().split())
    return found


@forks
def test_the_reader_gives_read_inputs_items_in_order(tmp_path: Path) -> None:
    paths = _inputs(tmp_path)
    serial = list(read_inputs(paths))
    with read_ahead(paths, ahead=True) as items:
        assert _children(), "no reader process was started"
        forked = list(items)
    assert forked == serial
    assert any(isinstance(i, Rejected) for i in serial)
    assert sum(isinstance(i, Article) for i in serial) >= 5
    assert not _children()


def test_without_ahead_or_off_the_main_thread_no_process_reads(tmp_path: Path) -> None:
    paths = _inputs(tmp_path)
    seen: list[int] = []

    def read() -> None:
        with read_ahead(paths, ahead=True) as items:
            next(items)
            seen.append(len(_children()))

    thread = threading.Thread(target=read)
    thread.start()
    thread.join()
    with read_ahead(paths, ahead=False) as items:
        next(items)
        seen.append(len(_children()))
    assert seen == [0, 0]


@forks
def test_a_reader_that_dies_rejects_its_input_and_a_new_one_reads_the_rest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(f"{GOOD}\n\nAnd {n} more were named.",
                                           encoding="utf-8")
    real = ahead.read_article

    def crashing(path: str, **kw: int) -> list[Article | Rejected]:
        if path.endswith("2.txt"):
            os.kill(os.getpid(), signal.SIGKILL)  # in the reader: as a crash in C would
        return real(path, **kw)

    monkeypatch.setattr(ahead, "read_article", crashing)
    with read_ahead([str(tmp_path)], ahead=True) as items:
        got = list(items)
    assert [Path(i.path).name for i in got] == [f"{n}.txt" for n in range(5)]
    dead = got[2]
    assert isinstance(dead, Rejected) and dead.code == "DW111"
    assert "ended (signal 9)" in dead.reason
    assert all(isinstance(i, Article) for i in got[:2] + got[3:])


@forks
def test_the_reader_process_is_offline_whatever_it_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even work outside a reader's own guard (here, before it) cannot reach the network."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    real = ahead.read_article

    def fetching(path: str, **kw: int) -> list[Article | Rejected]:
        urllib.request.urlopen(f"{canary.url}/from-the-reader", timeout=5)  # noqa: S310
        return real(path, **kw)

    monkeypatch.setattr(ahead, "read_article", fetching)
    with canary_server() as canary, read_ahead([str(tmp_path)], ahead=True) as items:
        got = list(items)
        assert canary.requests == []
    assert [(i.path, i.code) for i in got if isinstance(i, Rejected)] == \
        [(str(tmp_path / "a.txt"), NetworkAttempt.code)]


@forks
def test_the_reader_stays_a_bounded_distance_ahead_and_ends_with_the_block(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(4 * AHEAD):  # 30 KB each: the pipe holds two or three
        lines = [f"Item {n}, line {k}: {OTHER}" for k in range(30_000 // (len(OTHER) + 20))]
        (tmp_path / f"{n:03}.txt").write_text("\n\n".join(lines), encoding="utf-8")
    log = tmp_path / "read.log"
    real = ahead.read_article

    def logged(path: str, **kw: int) -> list[Article | Rejected]:
        with log.open("a", encoding="utf-8") as fh:
            fh.write(path + "\n")
        return real(path, **kw)

    monkeypatch.setattr(ahead, "read_article", logged)
    with pytest.raises(KeyError), read_ahead([str(tmp_path)], ahead=True) as items:
        next(items)
        time.sleep(3)  # ample time to read most inputs, were they not held back
        read = len(log.read_text(encoding="utf-8").splitlines())
        assert _children()
        raise KeyError("the consumer fails")
    # taken 1; held: the queue, one in the receiving thread's hand, what the pipe holds
    # (64 KB), the one being sent and the one being read
    assert AHEAD < read <= 1 + AHEAD + 6
    assert not _children()


def _stored(db: Path) -> tuple[object, ...]:
    with Store.open(str(db)) as store:
        return (store.documents_info(), store.rejected(), list(store.extractions()),
                ledger_json(build_ledger(store)))


@forks
def test_reading_ahead_stores_what_reading_in_turn_stores(
        tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _inputs(tmp_path)
    results = []
    for workers in ("1", "2"):
        monkeypatch.setenv("DEALWATCH_WORKERS", workers)
        db = tmp_path / f"w{workers}.db"
        with Store.open(str(db)) as store:
            report = run_analyze(paths, store, nlp)
            again = run_analyze(paths, store, nlp)  # all known: nothing new
        results.append((report, again.added, again.rejected == report.rejected,
                        _stored(db)))
    assert results[0] == results[1]
    report, added_again, _, stored = results[0]
    assert report.added and report.rejected and not added_again
    assert len(stored[1]) == len(report.rejected) == 9  # each recorded once


@forks
def test_the_model_loads_while_the_reader_reads(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Given a ``Pipeline`` to load, ``run_analyze`` starts the reader first."""
    import dealwatch.pipeline as pipeline

    order: list[str] = []
    real_load, real_start = pipeline.load_nlp, ahead._Reader.start

    def load(model: str | None, gated: bool) -> Language:
        order.append("load")
        return real_load(model, gated)

    def start(self: ahead._Reader, index: int) -> None:
        order.append("reader")
        real_start(self, index)

    monkeypatch.setattr(pipeline, "load_nlp", load)
    monkeypatch.setattr(ahead._Reader, "start", start)
    monkeypatch.delenv("DEALWATCH_WORKERS", raising=False)
    with Store.open(str(tmp_path / "s.db")) as store:
        report = run_analyze([str(EXAMPLES)], store, Pipeline())
    assert order == ["reader", "load"] and len(report.added) >= 5


@forks
def test_ctrl_c_during_analyze_leaves_no_reader_behind(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(300):
        (folder / f"{n:03}.txt").write_text(f"{GOOD}\n\nAnd {n} more were named.",
                                            encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), *sys.path])}
    # Ctrl-C as a terminal delivers it, even where this run was started in the background
    # (a shell's background job ignores SIGINT, and its children inherit that)
    start = ("import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
             "from dealwatch.cli import main; main()")
    command = [sys.executable, "-c", start, "analyze",
               str(folder), "--db", str(tmp_path / "s.db"), "--quiet"]
    with subprocess.Popen(command, env=env, cwd=tmp_path, stderr=subprocess.PIPE,
                          text=True) as proc:
        reader = _wait_for_child(proc.pid)
        _wait_for_stored(tmp_path / "s.db")  # under way: past start-up's imports
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0 and "Traceback" not in err, err[-2000:]
    assert not _alive(reader)


def _wait_for_child(pid: int) -> int:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for task in Path(f"/proc/{pid}/task").iterdir():
            kids = (task / "children").read_text().split()
            if kids:
                return int(kids[0])
        time.sleep(0.05)
    raise AssertionError("the command started no reader")


def _wait_for_stored(db: Path) -> None:
    """Until the store holds an article or a rejection (a busy machine may still be importing
    a second after the reader started, where Ctrl-C lands in the import machinery)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as con:
                found = con.execute("SELECT (SELECT count(*) FROM documents) + "
                                    "(SELECT count(*) FROM rejected)").fetchone()[0]
            if found:
                return
        except sqlite3.Error:
            pass  # not created yet, or its tables not yet
        time.sleep(0.05)
    raise AssertionError("the command stored nothing")


def _alive(pid: int) -> bool:
    for _ in range(50):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
        except FileNotFoundError:
            return False
        if state == "Z":
            return False  # ended, waiting for a parent that is gone too
        time.sleep(0.1)
    return True
