"""Work on the other core: the same result from a forked child as from this process."""

from __future__ import annotations

import os
import threading

import pytest

import dealwatch.resolve as resolve_module
from dealwatch.forked import Forked, can_fork
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
