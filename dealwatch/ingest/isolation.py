"""Every input is read in isolation: never the network, and no exception escapes it.

The readers hand libraries parsed trees and streams, never a string a library might take for
a URL (htmldate downloads a string that starts with ``http``). This guard makes that a
property of the process rather than of each call: while a thread reads, cleans or extracts an
article, Python's audit hook refuses every name lookup and connection it attempts, so a
library that tries to fetch fails that one article (``NetworkAttempt``) instead of making a
request. Other threads (the web server, a PostgreSQL store) are not affected.

``isolated`` runs the reading of one input under that guard and turns whatever goes wrong
into a ``Rejected`` with a stable code, so one bad article never stops a batch; its reading
runs on the clock of the per-article budget (``budget``), checked as each article is built.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from dealwatch.errors import InputError, Malformed, NetworkAttempt, ReadFailed
from dealwatch.ingest.budget import deadline
from dealwatch.model import Article, Rejected

# The audit events of opening a connection or looking up a name (CPython's socket module).
_NETWORK_EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                             "socket.gethostbyname_ex", "socket.gethostbyaddr", "socket.sendto",
                             "urllib.Request"})
_offline: ContextVar[bool] = ContextVar("dealwatch_offline", default=False)
_installed = False


def _refuse_network(event: str, args: tuple[Any, ...]) -> None:
    if event in _NETWORK_EVENTS and _offline.get():
        raise NetworkAttempt(f"reading tried to reach the network ({event} {_target(args)}); "
                             "reading never fetches, so the article is rejected")


def _target(args: tuple[Any, ...]) -> str:
    """The address or name asked for: after the socket for connect/sendto, else first."""
    at = 1 if len(args) > 1 and hasattr(args[0], "fileno") else 0
    return str(args[at])[:80] if args else ""


@contextmanager
def offline() -> Iterator[None]:
    """No network connection or name lookup from this thread while the block runs."""
    global _installed
    if not _installed:  # an audit hook stays for the life of the process: add it once
        sys.addaudithook(_refuse_network)
        _installed = True
    token = _offline.set(True)
    try:
        yield
    finally:
        _offline.reset(token)


def is_offline() -> bool:
    """True inside an ``offline()`` block."""
    return _offline.get()


def rejection(where: str, exc: Exception) -> Rejected:
    """The ``Rejected`` of an input whose reading raised ``exc``."""
    if isinstance(exc, InputError):
        return Rejected(where, exc.code, exc.message)
    if isinstance(exc, RecursionError):
        return Rejected(where, Malformed.code, "nested too deeply to read")
    message = " ".join(str(exc).split())[:200]
    return Rejected(where, ReadFailed.code, f"reading failed ({type(exc).__name__}: {message}); "
                    "this is a bug in dealwatch, please report it with the input")


def isolated(where: str, read: Callable[[], list[Article | Rejected]]) -> list[Article | Rejected]:
    """What ``read`` returns, read offline within the per-article budget; whatever it raises
    becomes one ``Rejected``."""
    try:
        with offline(), deadline():
            return read()
    except Exception as exc:  # noqa: BLE001 - one bad input never stops a batch
        return [rejection(where, exc)]
