"""The year of an undated article, from the events it shares with dated ones.

An article with no publication date resolves "on Feb. 12" to a day without its year
("XXXX-02-12"). Where one of its events is merged with another article's event on that day
of a known year ("2025-02-12"), a careful reader knows the article's year, and so the year of
its other days: the promise told at that meeting was made on 2025-02-12 too. An article
whose shared events point to more than one year is left as it is.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from dealwatch.model import EventMention
from dealwatch.reconcile.groups import Canon, Proto, add


def _full_day(value: str | None) -> bool:
    return bool(value) and len(value or "") >= 10 and (value or "")[:4].isdigit() and (
        "X" not in (value or "")[:10])


def complete_years(protos: list[Proto], canon: Canon) -> list[Proto]:
    """Groups whose mentions' days lack the year their article's other events give."""
    years: dict[str, set[str]] = defaultdict(set)
    for p in protos:
        days = {k for k in p.dates if len(k) == 10 and _full_day(k)}
        for m in p.mentions:
            value = (m.date.value or "")[:10] if m.date is not None else ""
            if value.startswith("XXXX-") and len(value) == 10:
                years[m.document] |= {d[:4] for d in days if d[4:] == value[4:]}
    known = {doc: next(iter(ys)) for doc, ys in years.items() if len(ys) == 1}
    if not known:
        return protos
    out = []
    for p in protos:
        if any(_full_day(k) for k in p.dates) or not any(_dated_in(m, known) for m in p.mentions):
            out.append(p)
            continue
        fresh = Proto(p.type)
        for m in p.mentions:
            add(fresh, _with_year(m, known) if _dated_in(m, known) else m, canon)
        out.append(fresh)
    return out


def _dated_in(m: EventMention, known: dict[str, str]) -> bool:
    value = (m.date.value or "") if m.date is not None else ""
    return value.startswith("XXXX-") and m.document in known


def _with_year(m: EventMention, known: dict[str, str]) -> EventMention:
    assert m.date is not None and m.date.value is not None
    return replace(m, date=replace(m.date, value=known[m.document] + m.date.value[4:]))
