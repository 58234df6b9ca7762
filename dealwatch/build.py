"""The ledger from the store: resolve → reconcile → deals → ledger, over every stored claim.

``build_ledger`` reads every stored claim, resolves the names, assigns each mention its
deal, merges the deals' events (on every core for a large store, and reusing the kept merges
of the deals nothing touched when given a ``MergeMemo``), and assembles the ledger.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from dealwatch.corrections import apply_to_documents, apply_to_events, in_order
from dealwatch.deals import assign_deals, build_deals
from dealwatch.model import Fix, Ledger
from dealwatch.reconcile import all_conflicts
from dealwatch.reconcile.groups import Canon
from dealwatch.reconcile.memo import MergeMemo
from dealwatch.reconcile.parallel import merge_in_parallel, workers
from dealwatch.reconcile.reuse import merge_kept
from dealwatch.resolve import resolve
from dealwatch.resolve.lists import listed_spelling_conflicts
from dealwatch.store import Store
from dealwatch.store.corrections import read_corrections
from dealwatch.store.parallel import read_extractions


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused: the claims and groups of a large store are many
    objects without cycles (freed by reference counting), and the collector's full passes
    over them made resolving, merging, the deals and keeping the ledger grow faster than the
    store."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def build_ledger(store: Store, timings: dict[str, float] | None = None,
                 processes: int | None = None, memo: MergeMemo | None = None) -> Ledger:
    """Resolve, merge, reconcile and assemble the ledger from everything stored.

    ``timings``, when given, receives the seconds each stage took (read, resolve, merge,
    ledger), for benchmarks. ``processes``: how many processes merge the deals' events
    (None: ``reconcile.parallel.workers`` decides by the store's size). ``memo``, when given,
    supplies the deals' merges kept from the last build, of which those that stand are taken
    instead of merging (``reconcile.memo``), and receives this build's."""
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        if timings is not None:
            now = time.perf_counter()
            timings[stage] = timings.get(stage, 0.0) + now - clock
            clock = now

    fixes = in_order(read_corrections(store))
    # not the texts: the ledger lists documents, claims suffice
    docs, told = apply_to_documents(store.documents_info(), fixes)
    digests: dict[str, str] | None = {} if memo is not None else None
    with no_cycle_collection():
        extractions = read_extractions(store, digests)
        user = [d for d in store.decisions() if d.source == "user"]
        lap("read")
        resolution = resolve(extractions, user)
        lap("resolve")
        published = {d.id: date.fromisoformat(d.published) for d in docs if d.published}
        canon = Canon(resolution, published)
        assignment = assign_deals(extractions, canon)
        corrected_events = any(c.kind != Fix.ARTICLE for c in fixes)
        if memo is None:
            size = sum(len(ex.events) for ex in extractions)
            events = merge_in_parallel(extractions, resolution, published,
                                       assignment.of_mention, canon, workers(size, processes))
        else:
            events = merge_kept(extractions, digests or {}, resolution, published,
                                assignment.of_mention, canon, memo, processes,
                                raw=corrected_events)
        if corrected_events:
            mentions = {m.id: m for ex in extractions for m in ex.events}
            corrected = apply_to_events(events, fixes, mentions, canon)
            events = corrected.events
            told = in_order([*told, *corrected.corrections])
        lap("merge")
        docs.sort(key=lambda d: d.path)
        view = build_deals(events, assignment, canon, extractions, docs)
        ledger = Ledger(
            documents=docs,
            rejected=store.rejected(),
            entities=resolution.entities,
            events=events,
            rounds=view.rounds,
            totals=view.totals,
            promises=view.promises,
            conflicts=all_conflicts(events, resolution.entities,
                                    [*listed_spelling_conflicts(extractions, resolution),
                                     *view.conflicts]),
            decisions=resolution.decisions,
            deals=view.deals,
            freed=view.freed,
            corrections=told,
        )
        lap("ledger")
    return ledger
