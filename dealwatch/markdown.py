"""The ledger as a readable Markdown report: its deals, each with rounds, totals, promises and
history, then the events, the register of the freed, the disagreements and the rejects."""

from __future__ import annotations

from typing import Any

from dealwatch.model import NO_DEAL, Deal, Event, EventType, Ledger, Round, Tie
from dealwatch.render import (
    cell,
    document_labels,
    document_rows,
    event_rows,
    labels_of,
    md,
    md_table,
    quote,
)

TIES = {
    Tie.LINK: "tied by a link phrase",
    Tie.ARTICLE: "told as one deal by one article",
    Tie.DAY: "the two sides moved on the same day",
    Tie.NONE: "no counterpart reported",
}


def describe_gift(e: Event) -> str:
    """What one side gave, in a few words: '52 freed (A, B)', 'Norvalt sanctions eased'."""
    if e.type == EventType.RELEASE:
        text = f"{e.count} freed" if e.count is not None else "people freed (number not given)"
        if e.persons:
            text += " (" + ", ".join(e.persons[:4]) + (", …" if len(e.persons) > 4 else "") + ")"
        return text
    if e.type == EventType.SANCTIONS_RELIEF:
        return f"{', '.join(e.targets)} sanctions eased" if e.targets else "sanctions eased"
    return f"{e.type.value.replace('_', ' ')}" + (f": {e.what}" if e.what else "")


def _round_lines(n: int, r: Round, events: dict[str, Event], labels: dict[str, str]) -> list[str]:
    gifts = []
    for side, ids in r.gave.items():
        found = [describe_gift(events[i]) for i in ids if i in events]
        gifts.append(f"{side} gave: {', '.join(found) if found else ', '.join(ids)}")
    lines = [f"- **Round {n} — {r.date or 'undated'}** ({TIES[r.tie]}): "
             f"{md('; '.join(gifts) or r.summary)}"]
    lines += [f"  - {'link' if r.tie == Tie.LINK else 'told'}: “{md(quote(ev.quote))}” — "
              f"{md(labels.get(ev.document, ev.document))}" for ev in r.links]
    return lines


def _totals_lines(totals: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    freed = totals.get("freed") or {}
    if freed:
        lines += ["| side | people freed | named | unnamed | releases | "
                  "releases without a number |", "|---|---|---|---|---|---|"]
        lines += [f"| {md(side)} | {md(row.get('people'))} | {md(row.get('named'))} | "
                  f"{md(row.get('unnamed'))} | {md(row.get('releases'))} | "
                  f"{md(row.get('releases_without_count'))} |"
                  for side, row in sorted(freed.items())]
        lines.append("")
    for key, verb in (("demanded", "Largest demand by"), ("promised", "Promised by")):
        for side, n in sorted((totals.get(key) or {}).items()):
            lines.append(f"- {verb} {md(side)}: {md(n)}")
    running = totals.get("running") or []
    if running:
        lines += ["", "Freed so far, release by release:", ""]
        lines += md_table(running, ["date", "side", "count", "freed_so_far"])
    return lines or ["None."]


def _stated_lines(deal: Deal) -> list[str]:
    return [f"- {md(s.outlet or s.document)} says {s.count} freed by {md(s.side)}"
            f"{' by ' + s.date if s.date else ''}: “{md(quote(s.evidence.quote))}” — the "
            f"ledger counts {s.ledger_count} from {s.ledger_releases} "
            f"release{'s' if s.ledger_releases != 1 else ''}"
            + ("" if s.count == s.ledger_count else " (**they disagree**)")
            for s in deal.stated]


def _promise_lines(ledger: Ledger, deal: str | None) -> list[str]:
    return [f"- {md(p.by or 'side not stated')} promised {md(p.what or 'something unstated')}"
            f" — **{p.status.value}**" + (f" ({md(p.reason)})" if p.reason else "")
            for p in ledger.promises if p.deal == deal] or ["None."]


def _history_lines(events: list[Event]) -> list[str]:
    return [f"- {e.date or 'undated'}: {md(describe_gift(e))} — background: every source "
            "tells it as context (an earlier act, a standing state), not as a move of this "
            "deal, so it is in no round or total" for e in events if e.background]


def deal_lines(ledger: Ledger, deal: Deal | None, events: dict[str, Event],
               labels: dict[str, str]) -> list[str]:
    """One deal's section (or, for None, the events whose sides are not stated)."""
    did = deal.id if deal else None
    title = f"## Deal: {deal.name} (`{deal.id}`)" if deal else f"## {NO_DEAL.capitalize()}"
    span = f"{deal.start or 'undated'} to {deal.end or 'undated'}, " if deal else ""
    mine = [e for e in events.values() if e.deal == did]
    lines = [title, "", f"{span}{len(mine)} events.", "", "### Rounds", ""]
    rounds = [r for r in ledger.rounds if r.deal == did]
    for n, r in enumerate(rounds, 1):
        lines += _round_lines(n, r, events, labels)
    lines += [] if rounds else ["None found."]
    totals = ledger.totals.get(did or NO_DEAL, {})
    lines += ["", "### Totals", "", *_totals_lines(totals)]
    if deal and deal.stated:
        lines += ["", "What the outlets say the total is:", "", *_stated_lines(deal)]
    lines += ["", "### Promises", "", *_promise_lines(ledger, did)]
    history = _history_lines(mine)
    if history:
        lines += ["", "### History", "", *history]
    return lines + [""]


def _summary(ledger: Ledger) -> str:
    dups = sum(1 for d in ledger.documents if d.duplicate_of)
    return (f"{_n(len(ledger.deals), 'deal')}, {_n(len(ledger.documents), 'document')} "
            f"({_n(dups, 'duplicate')}), {_n(len(ledger.rejected), 'rejected input')}, "
            f"{_n(len(ledger.events), 'event')}, {_n(len(ledger.rounds), 'round')}, "
            f"{_n(len(ledger.conflicts), 'conflict')} between sources.")


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def ledger_markdown(ledger: Ledger) -> str:
    """A readable report: documents, deals, events, the freed, conflicts, rejects."""
    labels = document_labels(ledger)
    events = {e.id: e for e in ledger.events}
    names = {d.id: d.name for d in ledger.deals}
    lines = ["# Exchange ledger", "", _summary(ledger), "", "## Documents", ""]
    lines += md_table(document_rows(ledger), ["id", "outlet", "published", "duplicate_of",
                                              "title", "path"])
    lines += ["", "## Deals", ""]
    deal_rows = [{"deal": d.name, "id": d.id, "from": d.start, "to": d.end,
                  "events": len(d.events),
                  "rounds": sum(1 for r in ledger.rounds if r.deal == d.id)}
                 for d in ledger.deals]
    lines += md_table(deal_rows, ["deal", "id", "from", "to", "events", "rounds"]) \
        if deal_rows else ["None found."]
    lines.append("")
    for deal in ledger.deals:
        lines += deal_lines(ledger, deal, events, labels)
    if any(e.deal is None for e in ledger.events):
        lines += deal_lines(ledger, None, events, labels)
    rows = [{**row, "deal": names.get(events[row["id"]].deal or "", NO_DEAL),
             "by/to": " → ".join(x for x in (row["by"], row["to"]) if x),
             "disputed": [c.field for c in events[row["id"]].conflicts],
             "corrected": [c.field or c.kind.value for c in events[row["id"]].corrected]}
            for row in event_rows(ledger)]
    lines += ["## Events", ""]
    lines += md_table(rows, ["date", "deal", "type", "status", "by/to", "count", "persons",
                             "targets", "sources", "disputed", "corrected"])
    lines += ["", "## People freed", ""]
    lines += md_table([{"name": f.name, "spellings": ", ".join(f.spellings[1:]),
                        "deal": names.get(f.deal or "", NO_DEAL), "date": f.date,
                        "freed by": f.side or NO_DEAL,
                        "sources": ", ".join(labels_of(labels, f.documents))}
                       for f in ledger.freed],
                      ["name", "spellings", "deal", "date", "freed by", "sources"]) \
        if ledger.freed else ["None named."]
    lines += ["", "## Where sources disagree", "", *_conflict_lines(ledger, labels)]
    if ledger.corrections:
        lines += ["", "## Editors' corrections", ""]
        lines += [f"- {c.id} ({c.status.value}) — {md(c.target)}: {md(c.says())}"
                  + (f"; undone by {md(c.undone_by or '')} on {(c.undone_at or '')[:10]}"
                     if c.undone_at else "")
                  for c in ledger.corrections]
    if ledger.rejected:
        lines += ["", "## Rejected inputs", ""]
        lines += [f"- {md(r.path)} — {md(r.code)}: {md(r.reason)}" for r in ledger.rejected]
    return "\n".join(lines) + "\n"


def _conflict_lines(ledger: Ledger, labels: dict[str, str]) -> list[str]:
    lines = []
    for c in ledger.conflicts:
        about = c.about or (f"{c.field} of {c.subject}" if c.subject else c.field)
        lines.append(f"- {md(about)}:")
        lines += [f"  - “{md(v.value)}” — "
                  f"{md(', '.join(labels_of(labels, v.documents)) or 'this ledger')}"
                  for v in c.values]
    return lines or ["None: every source agrees."]


__all__ = ["cell", "deal_lines", "describe_gift", "ledger_markdown"]
