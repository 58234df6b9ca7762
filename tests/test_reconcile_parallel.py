"""How many processes merge the deals' events (the equality of the ledgers they give is in
test_kept: a store of several deals built in one process and in two)."""

from __future__ import annotations

import os
import threading

import pytest

from dealwatch.errors import UsageError
from dealwatch.forked import ENV
from dealwatch.reconcile.parallel import MIN_MENTIONS, workers


def test_a_small_store_is_merged_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert workers(MIN_MENTIONS - 1) == 1
    assert workers(MIN_MENTIONS) == (os.cpu_count() or 1)
    assert workers(10, wanted=3) == 3


def test_the_environment_sets_the_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "2")
    assert workers(10) == 2
    monkeypatch.setenv(ENV, "many")
    with pytest.raises(UsageError, match="DEALWATCH_WORKERS must be a whole number"):
        workers(10)


def test_no_process_is_forked_off_the_main_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    found: list[int] = []
    thread = threading.Thread(target=lambda: found.append(workers(10 * MIN_MENTIONS)))
    thread.start()
    thread.join()
    assert found == [1]
