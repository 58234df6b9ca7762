"""A per-article budget: no article may stall a batch, an upload or a Spark task.

The analysis runs in-process, in any thread (the web server's uploads run in a worker
thread), so the budget is a wall-clock deadline the stages check cooperatively between their
steps (after reading, after parsing, between the passes over an article) rather than a signal
or a killed thread: a step that outlasts the deadline ends, the next check raises
``OverBudget`` and that article is rejected (DW114). One library call (an HTML parse, spaCy's
parse of one text) is never interrupted; those are linear in the input, which the size limits
bound.

``per_article(seconds)`` sets the budget for the block (``analyze --article-budget``, the
server's ``--article-budget``, ``DEALWATCH_ARTICLE_BUDGET``; 60 s by default, 0 for none);
``deadline()`` starts the clock of one article (or of ``n`` articles read together);
``check(stage)`` is what the stages call.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from dealwatch.errors import OverBudget, UsageError

DEFAULT_SECONDS = 60.0
ENV = "DEALWATCH_ARTICLE_BUDGET"

_seconds: ContextVar[float | None] = ContextVar("dealwatch_article_budget", default=None)
# (the moment the clock runs out, the budget it was started with)
_deadline: ContextVar[tuple[float, float] | None] = ContextVar("dealwatch_deadline",
                                                                default=None)


def budget_seconds(value: float | str | None = None) -> float:
    """The per-article budget in seconds: ``value`` if given, else the environment's, else
    the default; 0 means no budget. A value that is not a number >= 0 is a usage error."""
    if value is None:
        value = _seconds.get()
    if value is None:
        value = os.environ.get(ENV) or DEFAULT_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not (seconds >= 0 and math.isfinite(seconds)):
        raise UsageError(f"the article budget must be a number of seconds >= 0 (0: none), "
                         f"not {str(value)[:40]!r} (--article-budget or {ENV})")
    return seconds


@contextmanager
def per_article(seconds: float | str | None) -> Iterator[None]:
    """Every article read or extracted in the block gets ``seconds`` (None: the default)."""
    token = _seconds.set(budget_seconds(seconds))
    try:
        yield
    finally:
        _seconds.reset(token)


@contextmanager
def deadline(n: int = 1) -> Iterator[None]:
    """The clock of ``n`` articles handled together: the block has ``n`` budgets. A block
    inside another has its own clock (each line of a JSON-lines file, each feed item, is an
    article with its own budget)."""
    seconds = budget_seconds()
    token = _deadline.set((time.monotonic() + seconds * max(n, 1), seconds) if seconds
                          else None)
    try:
        yield
    finally:
        _deadline.reset(token)


def check(stage: str) -> None:
    """Raise ``OverBudget`` if the running article's clock has run out (a no-op outside
    ``deadline``)."""
    running = _deadline.get()
    if running is not None and time.monotonic() > running[0]:
        raise OverBudget(f"took longer than the per-article budget of {running[1]:g} s "
                         f"(stopped at: {stage}); give more with --article-budget or {ENV}")
