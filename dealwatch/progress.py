"""Progress of long work on a terminal: items done of total, rate and time left.

Shown on standard error only when it is a terminal; never in a pipe, a log or a test, and
never with ``--quiet``. The work reports how many items it finished (or, for work in named
stages, that a stage ended); nothing else changes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
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
    TimeElapsedColumn,
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


def shown(quiet: bool = False, stream: TextIO | None = None) -> bool:
    """Whether a bar is drawn: ``stream`` (by default standard error) is a terminal and the
    command is not ``quiet``. Work that costs something only to feed a bar (counting the
    inputs first) asks this before."""
    out = stream if stream is not None else sys.stderr
    return not quiet and out.isatty()


@contextmanager
def progress(label: str, total: int | None, *, quiet: bool = False,
             stream: TextIO | None = None) -> Iterator[Advance]:
    """A bar "label done/total, rate, time left" while the block runs, when ``stream`` (by
    default standard error) is a terminal and not ``quiet``; else a function that does
    nothing."""
    if not shown(quiet, stream):
        yield _silent
        return
    console = Console(file=stream or sys.stderr, force_terminal=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TaskProgressColumn(), RateColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)


@contextmanager
def stage_progress(label: str, stages: Sequence[str], *, quiet: bool = False,
                   stream: TextIO | None = None) -> Iterator[Callable[[], None]]:
    """A bar "label: the running stage, stages done/total, time elapsed" for work in named
    stages of no common unit (no rate, no time left: stages differ too much in length).
    Yields a function to call as each stage ends; the bar is full when the block ends."""
    if not shown(quiet, stream):
        yield lambda: None
        return
    console = Console(file=stream or sys.stderr, force_terminal=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    done = 0

    def ended() -> None:
        nonlocal done
        done += 1
        now = stages[done] if done < len(stages) else "finishing"
        bar.update(task, completed=min(done, len(stages)), description=f"{label}: {now}")

    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task(f"{label}: {stages[0]}", total=len(stages))
        yield ended
        bar.update(task, completed=len(stages), description=f"{label}: done")


class StageClock(dict[str, float]):
    """Seconds per stage, filled the way ``build_ledger(timings=...)`` fills them, that
    calls ``on_end(stage)`` when a stage is first written, that is when it has ended."""

    def __init__(self, on_end: Callable[[str], None]) -> None:
        super().__init__()
        self._on_end = on_end

    def __setitem__(self, stage: str, seconds: float, /) -> None:
        first = stage not in self
        super().__setitem__(stage, seconds)
        if first:
            self._on_end(stage)
