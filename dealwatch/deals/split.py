"""A ledger cut into its deals' ledgers in one pass: what ``for_deal`` gives for each deal.

``for_deal`` reads the whole ledger for the one deal it is asked for; keeping every deal's
ledger that way reads the whole ledger once a deal, which grows with the square of a store.
``by_deal`` files each record under the deals it belongs to as it goes: an event under its
deal, a document under the deals of the events it tells, an entity under the deals of the
documents that name it, a decision under the deals of the names it joins, a disagreement
under the deals of its subject (an event, a name, a deal) or, without one, of the documents
it cites. Every record keeps the ledger's order, so each part equals ``for_deal``'s.
"""

from __future__ import annotations

from collections import defaultdict

from dealwatch.model import NO_DEAL, Ledger

DealId = str | None


def by_deal(ledger: Ledger) -> dict[DealId, Ledger]:
    """Every deal's ledger (and None's: the events whose sides are not stated), each equal to
    ``for_deal(ledger, deal)``."""
    wanted: list[DealId] = [*(d.id for d in ledger.deals), None]
    parts = {deal: Ledger() for deal in wanted}
    rank = {deal: i for i, deal in enumerate(wanted)}
    deal_of_event: dict[str, DealId] = {}
    deals_of_doc: dict[str, list[DealId]] = defaultdict(list)
    for event in ledger.events:
        if event.deal not in parts:
            continue  # a deal the ledger does not list: for_deal is never asked for it
        parts[event.deal].events.append(event)
        deal_of_event[event.id] = event.deal
        for source in event.sources:
            filed = deals_of_doc[source.document]
            if event.deal not in filed:
                filed.append(event.deal)
    for doc in ledger.documents:
        for deal in deals_of_doc.get(doc.id, ()):
            parts[deal].documents.append(doc)
    deals_of_name: dict[str, set[DealId]] = defaultdict(set)
    for entity in ledger.entities:
        deals = set[DealId]().union(*(deals_of_doc.get(d, ()) for d in entity.documents))
        for deal in _in_order(deals, rank):
            parts[deal].entities.append(entity)
        deals_of_name[entity.name] |= deals
        deals_of_name[entity.id] |= deals
    for record in ledger.rounds:
        if record.deal in parts:
            parts[record.deal].rounds.append(record)
    for promise in ledger.promises:
        if promise.deal in parts:
            parts[promise.deal].promises.append(promise)
    for freed in ledger.freed:
        if freed.deal in parts:
            parts[freed.deal].freed.append(freed)
    for deal_record in ledger.deals:
        parts[deal_record.id].deals.append(deal_record)
    for deal in wanted:
        key = deal or NO_DEAL
        if key in ledger.totals:
            parts[deal].totals[key] = ledger.totals[key]
    for conflict in ledger.conflicts:
        found: set[DealId] = set()
        if conflict.subject is not None:
            if conflict.subject in deal_of_event:
                found.add(deal_of_event[conflict.subject])
            found |= deals_of_name.get(conflict.subject, set())
            if conflict.subject in parts:
                found.add(conflict.subject)
        else:
            found = set().union(*(deals_of_doc.get(d, ()) for v in conflict.values
                                  for d in v.documents))
        for deal in _in_order(found, rank):
            parts[deal].conflicts.append(conflict)
    for decision in ledger.decisions:
        joined = deals_of_name.get(decision.left, set()) | deals_of_name.get(decision.right,
                                                                              set())
        for deal in _in_order(joined, rank):
            parts[deal].decisions.append(decision)
    return parts


def _in_order(deals: set[DealId], rank: dict[DealId, int]) -> list[DealId]:
    """The deals in the ledger's order (a few at most: sorting them is cheap)."""
    if len(deals) <= 1:
        return list(deals)
    return sorted(deals, key=lambda d: rank.get(d, len(rank)))
