"""Work on the other core: the same result from a forked child as from this process."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
from spacy.language import Language

import dealwatch.resolve as resolve_module
from dealwatch.forked import Forked, can_fork, start
from dealwatch.model import EntityType, Extraction, NameMention
from dealwatch.resolve import resolve


def test_a_forked_result_comes_from_the_child_and_equals_this_process(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEALWATCH_WORKERS", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert can_fork()
    got = Forked(lambda: (os.getpid(), sorted({3, 1, 2})))
    pid, value = got.result()
    assert pid != os.getpid(), "computed in a child"
    assert value == [1, 2, 3]
    here = Forked(lambda: os.getpid(), fork=False)
    assert here.result() == os.getpid()
    monkeypatch.setenv("DEALWATCH_WORKERS", "1")  # one process asked for: done here
    assert Forked(lambda: os.getpid()).result() == os.getpid()


def test_a_failing_child_is_done_again_here_and_raises_here() -> None:
    calls = {"n": 0}

    def flaky() -> int:
        calls["n"] += 1
        if os.getpid() != parent:
            os._exit(3)  # the child dies without a word
        return 7

    parent = os.getpid()
    assert Forked(flaky).result() == 7 and calls["n"] == 1  # the child's count is its own

    def broken() -> int:
        raise ValueError("no such thing")

    with pytest.raises(ValueError, match="no such thing"):
        Forked(broken).result()


def test_off_the_main_thread_nothing_is_forked() -> None:
    seen: list[bool] = []
    thread = threading.Thread(target=lambda: seen.append(can_fork()))
    thread.start()
    thread.join()
    assert seen == [False]


def test_organisations_paired_on_another_core_merge_alike(monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    """Invented names: the organisations' pairs found in a child give the same entities and
    decisions as found here."""
    names = ["Norvalt Shipping LLC", "Norvalt Shipping", "Tesk Potash OJSC", "Tesk Potash",
             "Brandmoor Air", "Brandmoor Airlines", "the Kelvaro Trust", "Olga Demerin"]
    exs = [Extraction(f"d{k}", (), (NameMention(
        f"d{k}", n, EntityType.PERSON if n == "Olga Demerin" else EntityType.ORGANIZATION,
        0, len(n)),), ()) for k, n in enumerate(names)]
    here = resolve(exs)
    monkeypatch.setattr(resolve_module, "FORK_ORGS", 0)
    forked = resolve(exs)
    assert forked.entities == here.entities and forked.decisions == here.decisions
    assert any(d.left.startswith("Norvalt") for d in forked.decisions)


def test_two_parts_in_order_the_first_about_half_the_weight_in_a_child(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from dealwatch.forked import in_two

    monkeypatch.delenv("DEALWATCH_WORKERS", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    items = ["a" * 10, "b" * 30, "c" * 20, "d" * 20]  # weight 80: half is reached at "b"
    parts = in_two(items, lambda part: (os.getpid(), part), len)
    assert [p for _, p in parts] == [items[:2], items[2:]]
    assert parts[0][0] != os.getpid() and parts[1][0] == os.getpid()
    assert in_two(items[:1], lambda part: part, len) == [items[:1]]  # one item: one part
    monkeypatch.setenv("DEALWATCH_WORKERS", "1")
    assert in_two(items, lambda part: part, len) == [items]


def test_extracting_a_batch_on_two_cores_gives_what_one_core_gives(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """Invented articles, the real pipeline: the same extractions in the same order, and a
    rejected article reported once, whichever half it was in."""
    from dataclasses import replace

    from dealwatch.ingest.articles import from_text
    from dealwatch.pipeline import AnalyzeReport, extract_each, extract_halves

    monkeypatch.delenv("DEALWATCH_WORKERS", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    texts = ["Norland freed five prisoners on Monday; in return, sanctions were eased.",
             "Sudland released the pilot Ivan Dorn on Friday after talks in Geneva.",
             "The two sides met in Oslo on Tuesday and agreed to free 12 detainees each."]
    articles = [from_text(f"doc{k}", t) for k, t in enumerate(texts)]
    # longer than the pipeline takes: rejected before parsing
    articles.append(replace(articles[0], id="long", path="doc3", text="word " * 250_000))
    one, two = AnalyzeReport(), AnalyzeReport()
    serial = list(extract_each(articles, nlp, one))
    halves = list(extract_halves(articles, nlp, two))
    assert [a.id for a, _ in halves] == [a.id for a, _ in serial] == [a.id for a in articles[:3]]
    assert [e for _, e in halves] == [e for _, e in serial]
    assert [r.path for r in two.rejected] == [r.path for r in one.rejected] == ["doc3"]


class _InterruptedWhileStarting:
    """A process whose start takes a Ctrl-C half way, as a fork's own handlers may."""

    started = False

    def start(self) -> None:
        # to the main thread itself: a signal to the process may wait for another thread
        # to be scheduled, on a busy machine past the start
        signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)
        time.sleep(0.05)  # where Python would raise it, inside the fork's handlers
        self.started = True


def test_ctrl_c_while_forking_is_raised_after_the_fork_not_lost_in_it() -> None:
    # Python's own handler, whatever an earlier test (a server, a session) left installed
    outer = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        process = _InterruptedWhileStarting()
        with pytest.raises(KeyboardInterrupt):
            start(process)
        assert process.started
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, outer)


def test_a_child_started_so_takes_ctrl_c_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEALWATCH_WORKERS", raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    child = Forked(lambda: signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    assert child.result() is True
