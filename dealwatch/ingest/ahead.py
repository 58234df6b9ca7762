"""Reading ahead: the next inputs read in a second process while this one parses.

Reading a page (trafilatura's extraction, its date, decoding) costs a quarter of what spaCy
does on it, and spaCy keeps one core busy: on a machine with a second core, a forked reader
reads the inputs ahead and hands this process the same ``Article | Rejected`` items, in the
same order, as ``read_inputs`` would. What reading guarantees holds in the reader: every
input is read offline and on the clock of its per-article budget (``isolated``), and one bad
input is one ``Rejected``. What the reader adds is its own failure: if it dies (a crash in a
library, the kernel's out-of-memory killer), the input it was reading is rejected
(``ReadFailed``) and a new reader takes the next one; a dead reader is seen at once (its end
of the pipe closes), never waited for.

The reader may compute more beside each article it reads (``Beside``: the near-duplicate
keys and dates, ``ingest.beside``), so this process need not.

Memory stays bounded: the reader sends one input's items at a time through a pipe and this
process keeps at most ``AHEAD`` inputs received and not yet taken; a reader that far ahead
waits once the pipe is full too (64 KB on Linux). The reader is stopped when the block ends,
however it ends (Ctrl-C, an exception); it ignores Ctrl-C itself (this process stops it), and
ends when this process does (its pipe breaks; on Linux the kernel also signals it).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import pickle
import queue
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Protocol

from dealwatch.errors import ReadFailed
from dealwatch.forked import can_fork, start
from dealwatch.ingest.budget import budget_seconds, deadline, per_article
from dealwatch.ingest.files import expand_paths
from dealwatch.ingest.isolation import offline, rejection
from dealwatch.ingest.readers import MAX_BYTES, read_article, read_inputs
from dealwatch.model import Article, Rejected

AHEAD = 16  # inputs read and not yet taken, at most
_PR_SET_PDEATHSIG = 1
_ENDED = object()  # the reader's pipe closed: it finished or died


Item = Article | Rejected
Input = str | Rejected  # a path to read, or a name ``expand_paths`` already rejected


class Beside(Protocol):
    """Work on each article read that the reader process does too, while this one parses:
    ``compute`` runs in the reader (offline, on the article's clock; if it raises, nothing
    is sent and this process does the work itself), ``keep`` here as the article is taken."""

    def compute(self, article: Article) -> object:
        """The value, computed in the reader."""

    def keep(self, article: Article, value: object) -> None:
        """Keep the value the reader computed for the article about to be taken."""


@contextmanager
def read_ahead(paths: Iterable[str], *, ahead: bool, beside: Beside | None = None,
               max_bytes: int = MAX_BYTES,
               max_chars: int = sys.maxsize) -> Iterator[Iterator[Item]]:
    """``read_inputs(paths)``'s items, read by a forked reader process when ``ahead`` and
    the platform forks (else by this process, as they are taken; ``beside`` is then left
    alone); the reader is stopped when the block ends. ``max_chars``: none by default, so a
    reader may start before the language model that sets it is loaded (apply it with
    ``within``)."""
    if not (ahead and can_fork()):
        yield read_inputs(paths, max_bytes=max_bytes, max_chars=max_chars)
        return
    reader = _Reader(list(expand_paths(paths)), beside, max_bytes, max_chars,
                     budget_seconds())
    try:
        reader.start(0)  # now: it reads while the caller gets ready (loads its model)
        yield reader.items()
    finally:
        reader.stop()


class _Reader:
    """A forked reader of ``inputs`` from a given index, restarted after the one it died on."""

    def __init__(self, inputs: list[Input], beside: Beside | None, max_bytes: int,
                 max_chars: int, seconds: float) -> None:
        self.inputs = inputs
        self.beside = beside
        self.limits = (max_bytes, max_chars, seconds)
        self.received: queue.Queue[object] = queue.Queue(maxsize=AHEAD)
        self.stopping = threading.Event()
        self.process: BaseProcess | None = None
        self.pipe: Connection | None = None
        self.receiver: threading.Thread | None = None

    def items(self) -> Iterator[Item]:
        """Every input's items in order; the input a dead reader was on is rejected."""
        index = 0
        while index < len(self.inputs):
            if self.process is None:  # the last one died
                self.start(index)
            message = self.received.get()
            if message is _ENDED:
                code = self._end()
                if index < len(self.inputs):  # it died before sending this one
                    yield _died(self.inputs[index], code)
                    index += 1  # a new reader takes the next
                continue
            assert isinstance(message, tuple)
            at, items, extras = message
            index = at + 1
            for item, extra in zip(items, extras, strict=True):
                if self.beside is not None and extra is not None:
                    self.beside.keep(item, extra)
                yield item

    def start(self, index: int) -> None:
        """Fork a reader of the inputs from ``index`` on."""
        ours, theirs = multiprocessing.get_context("fork").Pipe(duplex=False)
        process = multiprocessing.get_context("fork").Process(
            target=_read_into,
            args=(theirs, ours, os.getpid(), self.inputs, index, self.beside,
                  *self.limits),
            name="dealwatch-reader", daemon=True)
        start(process)
        theirs.close()  # this process's copy: the pipe ends when the reader does
        self.process, self.pipe = process, ours
        self.receiver = threading.Thread(target=self._receive, args=(ours,),
                                         name="dealwatch-reader-pipe", daemon=True)
        self.receiver.start()

    def _receive(self, pipe: Connection) -> None:
        """Move the reader's messages into the bounded queue until its pipe ends."""
        while not self.stopping.is_set():
            try:
                message: object = pickle.loads(pipe.recv_bytes())
            except Exception:  # noqa: BLE001 - closed (EOFError) or broken: the reader ended
                message = _ENDED
            while not self.stopping.is_set():
                try:
                    self.received.put(message, timeout=0.2)
                    break
                except queue.Full:
                    continue
            if message is _ENDED:
                return

    def _end(self) -> int | None:
        """Wait for an ended reader (its pipe closed) and forget it; its exit code."""
        process, self.process = self.process, None
        if self.receiver is not None:
            self.receiver.join()
        if self.pipe is not None:
            self.pipe.close()
        if process is None:
            return None
        process.join(5)
        if process.is_alive():  # closed its pipe but lives on: not ours to wait for
            process.kill()
            process.join()
        return process.exitcode

    def stop(self) -> None:
        """Stop the reader, whatever it is doing, and wait for it."""
        self.stopping.set()
        process = self.process
        if process is not None and process.is_alive():
            process.terminate()
            process.join(5)
            if process.is_alive():
                process.kill()
        self._end()


def _died(item: Input, code: int | None) -> Rejected:
    if isinstance(item, Rejected):
        return item
    how = f"exit code {code}" if code is None or code >= 0 else f"signal {-code}"
    return Rejected(item, ReadFailed.code, f"the reading process ended ({how}) while "
                    "reading it; this is a bug in dealwatch or a library, please report it "
                    "with the input")


def _read_into(pipe: Connection, other: Connection, parent: int, inputs: list[Input],
               start: int, beside: Beside | None, max_bytes: int, max_chars: int,
               seconds: float) -> None:
    """The reader process: each input's items from ``start`` on, one message an input."""
    other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the parent stops this process
    _end_with_parent()
    if os.getppid() != parent:  # it died before the kernel was asked to tell
        return
    with per_article(seconds), offline():
        for index in range(start, len(inputs)):
            try:
                pipe.send_bytes(_message(index, inputs[index], beside, max_bytes,
                                         max_chars))
            except (BrokenPipeError, EOFError):  # the parent is gone: nobody to read for
                return
    pipe.close()


def _message(index: int, item: Input, beside: Beside | None, max_bytes: int,
             max_chars: int) -> bytes:
    """One input's message: its index, its items, and what ``beside`` computed for each."""
    if isinstance(item, Rejected):
        return pickle.dumps((index, [item], [None]))
    try:
        items = read_article(item, max_bytes=max_bytes, max_chars=max_chars)
        extras = [_beside(beside, a) for a in items]
        with suppress(Exception):  # what cannot be sent, this process computes
            return pickle.dumps((index, items, extras))
        return pickle.dumps((index, items, [None] * len(items)))
    except Exception as exc:  # noqa: BLE001 - one bad input never stops a batch
        return pickle.dumps((index, [rejection(item, exc)], [None]))


def _beside(beside: Beside | None, item: Item) -> object:
    if beside is None or not isinstance(item, Article):
        return None
    try:
        with deadline():
            return beside.compute(item)
    except Exception:  # noqa: BLE001 - the parent does it again, and reports what fails
        return None


def _end_with_parent() -> None:
    """On Linux, the kernel kills this process when the parent dies (SIGKILL'd included)."""
    if sys.platform.startswith("linux"):
        with suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
