"""Promises of one deal, kept only by what they promised.

A promise is kept when later deliveries by the same side match it: every person it names is
freed, the number it gives is reached (across releases, the arithmetic shown), every
sanctions target it names is eased. When some of it is delivered it is partly kept, with what
is missing; when none, it is not delivered yet. A promise that names no person, number or
target cannot be checked, and says so.
"""

from __future__ import annotations

from dealwatch.deals.rounds import CONCESSIONS, SideOf, describe, people_freed
from dealwatch.model import Event, EventType, Kept, PromiseCheck, Status


def _after(promise: Event, done: Event) -> bool:
    """The delivery is not told as before the promise."""
    return not (promise.date and done.date and done.date < promise.date[: len(done.date)])


def _eased(target: str, done: list[Event]) -> bool:
    t = target.casefold()
    return any(t in d.casefold() or d.casefold() in t
               for e in done if e.type == EventType.SANCTIONS_RELIEF for d in e.targets)


def check_promise(p: Event, done: list[Event], deal: str | None) -> PromiseCheck:
    """How far the deliveries ``done`` (the same side's, after the promise) keep ``p``."""
    used: list[Event] = []
    met: list[bool] = []
    missing: list[str] = []
    notes: list[str] = []
    if p.persons:
        freed = {x for e in done if e.type == EventType.RELEASE for x in e.persons}
        got = [x for x in p.persons if x in freed]
        missing += [x for x in p.persons if x not in freed]
        used += [e for e in done if set(e.persons) & set(got)]
        met.append(not missing)
        notes.append(f"{len(got)} of {len(p.persons)} named freed")
    if p.count is not None:
        releases = [e for e in done if e.type == EventType.RELEASE
                    and (e.count is not None or e.persons)]
        numbers = [people_freed(e) for e in releases]
        total = sum(numbers)
        arithmetic = " + ".join(map(str, numbers)) + (f" = {total}" if len(numbers) > 1 else "")
        notes.append(f"{arithmetic or 0} freed of {p.count} promised")
        used += [e for e in releases if e not in used]
        met.append(total >= p.count)
        if total < p.count:
            missing.append(f"{p.count - total} more people")
    if p.targets:
        lacking = [t for t in p.targets if not _eased(t, done)]
        missing += lacking
        used += [e for e in done if e.type == EventType.SANCTIONS_RELIEF and e not in used
                 and any(_eased(t, [e]) for t in p.targets)]
        met.append(not lacking)
        notes.append(f"{len(p.targets) - len(lacking)} of {len(p.targets)} targets eased")
    if not met:
        status = Kept.UNCHECKABLE
        reason = "names no people, number or target to check"
        if done:
            reason += "; later by the same side: " + "; ".join(describe(e) for e in done[:3])
    elif all(met):
        status, reason = Kept.KEPT, "kept: " + "; ".join(notes)
    elif used:
        status, reason = Kept.PARTLY, "partly kept: " + "; ".join(notes)
    else:
        status, reason = Kept.NOT_YET, "no delivery reported yet: " + "; ".join(notes)
    return PromiseCheck(p.id, p.by, p.what, True if status == Kept.KEPT else None,
                        tuple(e.id for e in used), reason, deal, status, tuple(missing))


def check_promises(events: list[Event], side_of: SideOf, deal: str | None = None
                   ) -> list[PromiseCheck]:
    """Each promise of the deal, and the later concessions of its side that deliver it."""
    done = [e for e in events if e.type in CONCESSIONS and e.status == Status.OCCURRED]
    out = []
    for p in (e for e in events if e.type == EventType.PROMISE):
        side = side_of(p)
        mine = [d for d in done if side and side_of(d) == side and _after(p, d)]
        out.append(check_promise(p, mine, deal))
    return out
