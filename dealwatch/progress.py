"""Progress of long work on a terminal: items done of total, rate and time left.

Shown on standard error only when it is a terminal; never in a pipe, a log or a test, and
never with ``--quiet``. The work reports how many items it finished; nothing else changes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

Advance = Callable[[int], None]  # called with how many more items are done


def _silent(_: int) -> None:
    return None


class RateColumn(ProgressColumn):
    """Items a second, once there is a rate to tell."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f}/s" if speed else "-/s")


@contextmanager
def progress(label: str, total: int | None, *, quiet: bool = False,
             stream: TextIO | None = None) -> Iterator[Advance]:
    """A bar "label done/total, rate, time left" while the block runs, when ``stream`` (by
    default standard error) is a terminal and not ``quiet``; else a function that does
    nothing."""
    out = stream if stream is not None else sys.stderr
    if quiet or not out.isatty():
        yield _silent
        return
    console = Console(file=out, force_terminal=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TaskProgressColumn(), RateColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)
