"""A snapshot of the ledger with the indexes the pages read, cached on the store's state.

``build_ledger`` resolves, merges and reconciles everything stored; that is the expensive part.
The app builds it once, keeps it with the article texts and a few lookup tables, and builds it
again only when ``Store.fingerprint()`` says something was stored, replaced or removed since.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dealwatch.corrections import with_document
from dealwatch.deals.view import for_deal
from dealwatch.model import NO_DEAL, Article, Entity, Event, Evidence, Ledger, Round
from dealwatch.render import document_labels
from dealwatch.store import Store


@dataclass
class Snapshot:
    """The ledger and its lookup tables, as of one state of the store."""

    ledger: Ledger
    articles: dict[str, Article]
    fingerprint: str = ""
    built_in: float = 0.0  # seconds it took to build
    labels: dict[str, str] = field(default_factory=dict)  # document id -> outlet or file name
    events: dict[str, Event] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    entity_by_name: dict[str, Entity] = field(default_factory=dict)  # canonical name, alias
    by_document: dict[str, list[tuple[Event, Evidence]]] = field(default_factory=dict)
    by_entity: dict[str, list[Event]] = field(default_factory=dict)  # entity id -> events
    rounds_of: dict[str, list[Round]] = field(default_factory=dict)  # event id -> rounds
    memo: dict[str, Any] = field(default_factory=dict)  # derived tables, made on first use

    def memoized(self, key: str, make: Callable[[], Any]) -> Any:
        """A table derived from the snapshot, made once (a snapshot never changes)."""
        if key not in self.memo:
            self.memo[key] = make()
        return self.memo[key]

    @classmethod
    def of(cls, ledger: Ledger, articles: dict[str, Article], fingerprint: str = "",
           built_in: float = 0.0) -> Snapshot:
        """Index a ledger and the texts of its articles."""
        snap = cls(ledger, articles, fingerprint, built_in, labels=document_labels(ledger))
        snap.events = {e.id: e for e in ledger.events}
        snap.entities = {e.id: e for e in ledger.entities}
        for ent in ledger.entities:
            for name in (*ent.aliases, ent.name):  # the canonical name wins over an alias
                snap.entity_by_name[name] = ent
        by_doc: dict[str, list[tuple[Event, Evidence]]] = defaultdict(list)
        by_ent: dict[str, list[Event]] = defaultdict(list)
        for ev in ledger.events:
            for src in ev.sources:
                by_doc[src.document].append((ev, src))
            for ent_id in dict.fromkeys(snap._entity_ids(ev)):
                by_ent[ent_id].append(ev)
        snap.by_document = dict(by_doc)
        snap.by_entity = dict(by_ent)
        rounds_of: dict[str, list[Round]] = defaultdict(list)
        for rnd in ledger.rounds:
            for ids in rnd.gave.values():
                for ev_id in ids:
                    rounds_of[ev_id].append(rnd)
        snap.rounds_of = dict(rounds_of)
        return snap

    def _entity_ids(self, ev: Event) -> list[str]:
        names = [ev.by, ev.to, ev.location, *ev.participants, *ev.persons, *ev.targets]
        return [ent.id for n in names if n and (ent := self.entity_by_name.get(n)) is not None]

    def entity_named(self, name: str | None) -> Entity | None:
        """The entity a name in an event stands for, if it was resolved to one."""
        return self.entity_by_name.get(name) if name else None

    def of_deal(self, deal: str | None) -> Snapshot:
        """The snapshot of one deal's ledger (None: the events whose sides are not stated),
        made once and kept with this one."""
        return self.memoized(  # type: ignore[no-any-return]
            f"deal:{deal or NO_DEAL}",
            lambda: Snapshot.of(for_deal(self.ledger, deal), self.articles, self.fingerprint))

    def label(self, doc_id: str) -> str:
        """The outlet (or file name) of a document, for people."""
        return self.labels.get(doc_id, doc_id)


def load_snapshot(store: Store) -> Snapshot:
    """Build the ledger from everything stored and index it."""
    from dealwatch.kept import kept_ledger

    start = time.perf_counter()
    fingerprint = store.fingerprint()
    ledger = kept_ledger(store)
    corrected = {d.id: d for d in ledger.documents if d.corrected}
    articles = {a.id: with_document(a, corrected[a.id]) if a.id in corrected else a
                for a in store.articles()}
    return Snapshot.of(ledger, articles, fingerprint, time.perf_counter() - start)


class SnapshotCache:
    """The current snapshot of one store, rebuilt when the store's fingerprint changes.

    The fingerprint is read at most once every ``recheck`` seconds (it counts rows, which
    costs milliseconds on a large store); the app's own ingest asks with ``wait`` so that its
    answer is fresh at once. One rebuild at a time; readers keep using the snapshot they got,
    so a page never sees a half-built ledger.
    """

    def __init__(self, store: Store, loader: Callable[[Store], Snapshot] = load_snapshot,
                 recheck: float = 1.0) -> None:
        self.store = store
        self.loader = loader
        self.recheck = recheck
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._checked = float("-inf")

    def building(self) -> bool:
        """The first snapshot is being built: there is none to show yet."""
        return self._snapshot is None and self._lock.locked()

    def get(self, wait: bool = False) -> Snapshot:
        """The snapshot for the store as it is now (or at most ``recheck`` seconds ago).

        While another thread rebuilds, the last snapshot is returned at once (pages stay fast
        after an ingest) unless ``wait``: then the rebuilt one.
        """
        snap = self._snapshot
        now = time.monotonic()
        if snap is not None and not wait and now - self._checked < self.recheck:
            return snap
        current = self.store.fingerprint()
        self._checked = now
        if snap is not None and snap.fingerprint == current:
            return snap
        if not self._lock.acquire(blocking=snap is None or wait):
            return snap  # type: ignore[return-value]  # snap is set when we did not block
        try:
            snap = self._snapshot
            if snap is None or snap.fingerprint != self.store.fingerprint():
                snap = self.loader(self.store)
                self._snapshot = snap
            return snap
        finally:
            self._lock.release()
