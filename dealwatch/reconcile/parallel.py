"""The deals' events merged on every core: ``merge_events``, the same events, sooner.

``merge_events`` never joins the mentions of two deals (each deal's mentions are grouped,
merged and made into events apart) and puts its events in a total order; so the deals can be
shared out among processes, each share merged by ``merge_events`` itself, and the events put
back in that order are the same list (a test compares them). The workers are forked after the
claims, names and canon are read: they see them as they are, without copying them into a
message, and only their events come back. A small store is merged in one process (forking
costs more than it saves), and so is a ledger built off the main thread (the web server's:
a process is forked only from a program's main thread); ``DEALWATCH_WORKERS`` sets the
number of processes (1: one). On the 100k-article synthetic store, 2 cores: the merge stage
53 s in one process, 34 s in two; the same ledger.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from dealwatch.forked import can_fork, wanted_processes
from dealwatch.model import Event, Extraction
from dealwatch.reconcile import event_order, merge_events
from dealwatch.reconcile.groups import Canon
from dealwatch.reconcile.memo import Answer, Question
from dealwatch.resolve import EntityIndex

MIN_MENTIONS = 20_000  # below this many event mentions, one process

DealOf = Mapping[str, str | None]
Asked = dict[str | None, dict[Question, Answer]]  # each deal's questions to the canon
# what the forked workers read: set before the pool forks, cleared after
_work: tuple[Sequence[Extraction], EntityIndex, dict[str, date], DealOf, Canon,
             list[set[str | None]], bool] | None = None


def workers(mentions: int, wanted: int | None = None) -> int:
    """How many processes merge ``mentions`` event mentions: ``wanted`` if given, else
    ``DEALWATCH_WORKERS``, else every core for a large store and one for a small one."""
    if wanted is None:
        wanted = wanted_processes()
    if wanted is not None:
        return wanted
    if mentions < MIN_MENTIONS or threading.current_thread() is not threading.main_thread():
        return 1
    return os.cpu_count() or 1


def merge_in_parallel(extractions: Sequence[Extraction], resolution: EntityIndex,
                      published: dict[str, date], deal_of: DealOf, canon: Canon,
                      processes: int, asked: Asked | None = None) -> list[Event]:
    """``merge_events(extractions, resolution, published, deal_of, canon, asked)``, the deals
    shared out among ``processes`` processes (this one among them)."""
    global _work
    shares = _shares(extractions, deal_of, processes)
    if len(shares) < 2 or not can_fork():
        return merge_events(extractions, resolution, published, deal_of, canon, asked)
    _work = (extractions, resolution, published, deal_of, canon, shares, asked is not None)
    try:
        with multiprocessing.get_context("fork").Pool(len(shares) - 1) as pool:
            theirs = pool.map_async(_merge_share, range(1, len(shares)))
            events, questions = _merge_share(0)
            for part, more in theirs.get():
                events.extend(part)
                questions.update(more)
    finally:
        _work = None
    if asked is not None:
        asked.update(questions)
    events.sort(key=event_order)
    return events


def _merge_share(i: int) -> tuple[list[Event], Asked]:
    assert _work is not None
    extractions, resolution, published, deal_of, canon, shares, recording = _work
    share = shares[i]
    mine = only_deals(extractions, deal_of, lambda deal: deal in share)
    asked: Asked = {}
    merged = merge_events(mine, resolution, published, deal_of, canon,
                          asked if recording else None)
    return merged, asked


def only_deals(extractions: Sequence[Extraction], deal_of: DealOf,
               wanted: Callable[[str | None], bool]) -> list[Extraction]:
    """The extractions with only the mentions of the deals ``wanted``; those left with
    none, left out."""
    out = []
    for ex in extractions:
        mine = tuple(m for m in ex.events if wanted(deal_of.get(m.id)))
        if mine:
            out.append(ex if len(mine) == len(ex.events) else replace(ex, events=mine))
    return out


def _shares(extractions: Sequence[Extraction], deal_of: DealOf,
            processes: int) -> list[set[str | None]]:
    """The deals in ``processes`` shares of about as many mentions each (the largest deals
    first, each to the lightest share); no empty share."""
    sizes: Counter[str | None] = Counter(deal_of.get(m.id) for ex in extractions
                                         for m in ex.events)
    shares: list[set[str | None]] = [set() for _ in range(max(1, processes))]
    load = [0] * len(shares)
    for deal, n in sorted(sizes.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        lightest = load.index(min(load))
        shares[lightest].add(deal)
        load[lightest] += n
    return [s for s in shares if s]
