"""Work started in a forked process, to run on the other core while this one goes on.

A forked child sees this process's memory as it is (nothing is copied into a message): only
its result comes back, pickled. A process is forked only where that is safe, possible and of
use: on a program's main thread (the web server builds its ledger off it), outside a pool's
worker (which may have no children), where the platform forks, with another core to use
(and ``DEALWATCH_WORKERS`` not 1). Elsewhere, and if the child fails, the work is done here,
at once or when its result is asked for: the same result either way.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from dealwatch.errors import UsageError

T = TypeVar("T")
A = TypeVar("A")
ENV = "DEALWATCH_WORKERS"  # how many processes a command may use (1: one)


def can_fork() -> bool:
    """Whether this process may fork a worker now."""
    return ("fork" in multiprocessing.get_all_start_methods()
            and threading.current_thread() is threading.main_thread()
            and not multiprocessing.current_process().daemon)


# While ``start`` forks: Ctrl-C's handler before it (the child takes it up again), and the
# interrupts that came meanwhile.
_before_fork: list[Any] = []
_pressed: list[int] = []


def start(process: Any) -> None:
    """Start a forked process with Ctrl-C noted, not raised, while it forks. An interrupt
    raised in the fork's own handlers (logging releases its locks after a fork) is printed as
    "Exception ignored" and lost, and the command goes on as if no one had pressed it (holding
    the signal back does not help: another thread takes it); noted, it is raised here as soon
    as the child is started. The child starts with the handler this process had."""
    if threading.current_thread() is not threading.main_thread():
        process.start()  # signal handlers are the main thread's to change
        return
    _pressed.clear()
    _before_fork[:] = [signal.signal(signal.SIGINT, _note)]
    try:
        process.start()
    finally:
        previous = _before_fork.pop()
        signal.signal(signal.SIGINT, previous)
    if _pressed:
        if callable(previous):
            previous(signal.SIGINT, None)  # Python's own raises KeyboardInterrupt here
        elif previous == signal.SIG_DFL:
            os.kill(os.getpid(), signal.SIGINT)


def _note(signum: int, frame: Any) -> None:
    _pressed.append(signum)


def _child_takes_the_handler() -> None:
    if _before_fork:
        signal.signal(signal.SIGINT, _before_fork[0])


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_child_takes_the_handler)


def wanted_processes() -> int | None:
    """The number of processes ``DEALWATCH_WORKERS`` asks for, None when it is not set.
    Raises UsageError when it is not a whole number >= 1."""
    value = os.environ.get(ENV)
    if not value:
        return None
    try:
        wanted = int(value)
    except ValueError:
        wanted = 0
    if wanted < 1:
        raise UsageError(f"{ENV} must be a whole number of processes >= 1, not {value[:20]!r}")
    return wanted


def other_core() -> bool:
    """Whether there is another core to use: more than one, and ``DEALWATCH_WORKERS`` does
    not ask for one process."""
    return (os.cpu_count() or 1) > 1 and wanted_processes() != 1


class Forked(Generic[T]):
    """``fn()`` computed in a forked child (when ``fork`` and ``can_fork()``); ``result()``
    waits for it. Without a child, ``result()`` computes it here."""

    def __init__(self, fn: Callable[[], T], fork: bool = True) -> None:
        self._fn = fn
        self._conn: Any = None
        self._child: Any = None
        if fork and can_fork() and other_core():
            context = multiprocessing.get_context("fork")
            mine, theirs = context.Pipe(duplex=False)
            self._child = context.Process(target=_run, args=(fn, theirs), daemon=True)
            start(self._child)
            theirs.close()
            self._conn = mine

    def result(self) -> T:
        if self._child is not None:
            try:
                ok, value = self._conn.recv()
            except (EOFError, OSError):  # the child died: do it here
                ok, value = False, None
            finally:
                self._conn.close()
                self._child.join()
                self._child = None
            if ok:
                return value  # type: ignore[no-any-return]
        return self._fn()


def in_two(items: list[A], work: Callable[[list[A]], T],
           weight: Callable[[A], int]) -> list[T]:
    """``work`` on the items in two parts, in order: the first part (about half the items'
    weight) in a forked child on the other core while this process does the rest, when
    there is one (``Forked``); else ``[work(items)]``."""
    if len(items) < 2 or not (can_fork() and other_core()):
        return [work(items)]
    half, cut, total = sum(weight(x) for x in items) / 2, 1, weight(items[0])
    while cut < len(items) - 1 and total < half:
        total += weight(items[cut])
        cut += 1
    first = items[:cut]
    job = Forked(lambda: work(first))
    rest = work(items[cut:])
    return [job.result(), rest]


def _run(fn: Callable[[], Any], conn: Any) -> None:
    try:
        value = fn()
    except BaseException:  # noqa: BLE001 - the parent does the work again and raises there
        conn.send((False, None))
    else:
        conn.send((True, value))
    finally:
        conn.close()
