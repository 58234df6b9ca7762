"""The deals' events, each deal's kept merge taken where it stands (``memo.reusable``) and
the other deals merged (on every core, ``parallel``): the events ``merge_events`` gives."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from dealwatch.model import Event, Extraction
from dealwatch.reconcile import event_order
from dealwatch.reconcile.groups import Canon
from dealwatch.reconcile.memo import Merged, MergeMemo, deal_inputs, reusable
from dealwatch.reconcile.parallel import Asked, merge_in_parallel, only_deals, workers
from dealwatch.resolve import EntityIndex


def merge_kept(extractions: Sequence[Extraction], digests: Mapping[str, str],
               resolution: EntityIndex, published: dict[str, date],
               deal_of: Mapping[str, str | None], canon: Canon, memo: MergeMemo,
               processes: int | None = None, raw: bool = False) -> list[Event]:
    """``merge_events``' events: a deal whose kept merge stands keeps its events, the others
    are merged. ``memo.made`` receives every deal's merge; ``raw``: keep the merged events in
    it (the ledger's will be corrected, so its deal parts will not hold these)."""
    inputs = deal_inputs(extractions, digests, deal_of, published)
    events: list[Event] = []
    for deal, digest in inputs.items():
        kept = memo.kept.get(deal)
        if not reusable(kept, digest, canon):
            continue
        assert kept is not None
        got = kept.events if kept.events is not None else memo.events_of(deal)
        if got is None:
            continue
        events.extend(got)
        memo.reused.append(deal)
        memo.made[deal] = Merged(digest, kept.asked, got if raw else None)
    done = set(memo.reused)
    todo = only_deals(extractions, deal_of, lambda deal: deal not in done)
    asked: Asked = {}
    size = sum(len(ex.events) for ex in todo)
    merged = merge_in_parallel(todo, resolution, published, deal_of, canon,
                               workers(size, processes), asked)
    by_deal: dict[str | None, list[Event]] = {}
    for e in merged:
        by_deal.setdefault(e.deal, []).append(e)
    for deal, questions in asked.items():
        memo.made[deal] = Merged(inputs[deal], questions, by_deal.get(deal, []) if raw else None)
    events.extend(merged)
    events.sort(key=event_order)
    return events
