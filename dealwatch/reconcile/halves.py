"""The other halves of a swap two articles tell alike are one release too.

"The last exchange brought 44 Armenians home while Armenia sent back 14 Azerbaijanis" and,
in another article, "44 Armenians were flown to Yerevan and 12 Azerbaijanis sent back to
Baku": the 44 are one release, so the 14 and the 12 are one release whose count the sources
disagree on (a conflict), not two releases. Two releases of one side, of different articles,
whose days agree, are joined when each is told in the same sentence as another side's
release and those two are one event.
"""

from __future__ import annotations

from collections import defaultdict

from dealwatch.model import EventType
from dealwatch.reconcile.compare import after_publication, days_agree
from dealwatch.reconcile.groups import Canon, Proto, merge_into


def join_halves(group: list[Proto], canon: Canon) -> list[Proto]:
    """Releases whose partners in their sentences were joined, joined in turn."""
    if not group or group[0].type != EventType.RELEASE:
        return group
    told: dict[tuple[str, int], set[int]] = defaultdict(set)  # a sentence: its groups
    for k, p in enumerate(group):
        for m in p.mentions:
            told[(m.document, m.evidence.start)].add(k)
    sides = [{canon.side(x) for x in p.by} for p in group]
    partners = [{j for m in p.mentions for j in told[(m.document, m.evidence.start)]
                 if j != k and sides[j] and not sides[j] & sides[k]}
                for k, p in enumerate(group)]
    # the releases told beside each group, by side: only those can be one (linear, not all
    # pairs of a side's releases)
    beside: dict[tuple[int, str | None], list[int]] = defaultdict(list)
    for k, s in enumerate(sides):
        if len(s) == 1:
            for j in partners[k]:
                beside[(j, next(iter(s)))].append(k)
    dead: set[int] = set()
    for members in beside.values():
        alive = [k for k in members if k not in dead]
        for i, a in enumerate(alive):
            for b in alive[i + 1:]:
                if a in dead or b in dead:
                    continue
                pa, pb = group[a], group[b]
                if pa.documents & pb.documents or not days_agree(pa, pb) or (
                        after_publication(pa, pb, canon) or after_publication(pb, pa, canon)):
                    continue
                merge_into(pa, pb)
                dead.add(b)
    return [p for k, p in enumerate(group) if k not in dead]
