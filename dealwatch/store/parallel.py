"""Every stored claim read in two processes: a large store's claims are parsed on both cores.

Reading the claims of a large store is mostly parsing JSON into records. The documents are
cut in two in their order (three fifths, two); a forked child reads and parses the second part
(through connections of its own: the parent's are never used across the fork) while this
process reads the first, and the child's records come back pickled, which is quicker than
parsing them here. The same records in the same order as ``Store.extractions``; a small
store, or one where no process may be forked, is read here alone.
"""

from __future__ import annotations

from dealwatch.forked import Forked, can_fork
from dealwatch.model import Extraction
from dealwatch.store import Store

FORK_READ = 20_000  # documents from which the claims are read in two processes
CUT = 60  # per cent of the documents read here: the child also pickles what it read


def read_extractions(store: Store, digests: dict[str, str] | None = None) -> list[Extraction]:
    """``list(store.extractions(digests))``, on two cores for a large store."""
    total = store.counts()["extractions"] if can_fork() else 0
    middle = store.document_at(total * CUT // 100) if total >= FORK_READ else None
    if middle is None:
        return list(store.extractions(digests))
    want = digests is not None

    def second_half() -> tuple[list[Extraction], dict[str, str]]:
        store.engine.dispose(close=False)  # in the child: its own connections, closed after
        theirs: dict[str, str] = {}
        try:
            return list(store.extractions(theirs if want else None, since=middle)), theirs
        finally:
            store.engine.dispose()

    job = Forked(second_half)
    first = list(store.extractions(digests, before=middle))
    rest, theirs = job.result()
    if digests is not None:
        digests.update(theirs)
    first.extend(rest)
    return first
