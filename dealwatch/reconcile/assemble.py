"""A merged group made into an event: its fields chosen, its sources' disagreements kept."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from datetime import date

from dealwatch.disagree import dates_agree, disagreement, places_agree, same_value
from dealwatch.model import STATE_ACTS, Conflict, EntityType, Event, EventType, Spelling
from dealwatch.reconcile.groups import Canon, Proto, own_date
from dealwatch.resolve import norm
from dealwatch.resolve.spelling import spelling_conflict


def majority(counter: dict[str, set[str]]) -> str:
    """The value most documents gave (ties: the larger value, so the choice is stable)."""
    return max(counter, key=lambda k: (len(counter[k]), len(k), k))


def to_event(p: Proto, canon: Canon, freed: frozenset[str] = frozenset(),
             actors: frozenset[str] | None = None) -> Event:
    """One merged group as a ledger event. ``freed``: the people its deal's releases free,
    none of whom frees anyone. ``actors``: the people who act in the deal's other events
    (who act for a side, meet, call or write); a person some article names in office is one
    of a release's freed only if they are none of these and head no state (a jailed
    minister, not the president who spoke of the release); with no ``actors``, no one in
    office is."""
    ids = sorted(m.id for m in p.mentions)
    ev_id = "ev-" + hashlib.sha1(":".join(ids).encode()).hexdigest()[:10]
    conflicts: list[Conflict | None] = []
    date_value, precision, date_text = choose_date(p, canon.published)
    what = event_words(p, date_value)
    # unresolved values ("XXXX-03-31") can be shown to no one; a month agrees with its days
    full_days = {k: v for k, v in p.dates.items() if "X" not in k}
    conflicts.append(disagreement("date", full_days, dates_agree, ev_id,
                                  f"date of {event_words(p, None)}"))
    count = None
    if p.counts:
        by_count = {str(k): v for k, v in p.counts.items()}
        count = int(majority(by_count))
        conflicts.append(disagreement("count", by_count, same_value, ev_id, f"count of {what}"))
    elif p.named_counts:  # no source states a number: as many as the sources name
        count = max(p.named_counts)
    conflicts.extend(name_conflicts(p, canon, ev_id, what))
    locs: dict[str, set[str]] = defaultdict(set)
    places: dict[str, set[str]] = defaultdict(set)  # as written: "Moscow", not its country
    for m in p.mentions:
        if m.location:
            locs[canon.name(m.document, m.location) or m.location].add(m.document)
            places[canon.written(m.document, m.location) or m.location].add(m.document)
    location = majority(locs) if locs else None
    conflicts.append(disagreement("location", places, places_agree(canon.country_of), ev_id,
                                  f"place of {what}", min_documents=2))
    first = p.mentions[0]
    whats = [m.what for m in p.mentions if m.what]
    tos = Counter(n for n in (canon.name(m.document, m.to) for m in p.mentions) if n)
    sources = tuple(dict.fromkeys(e for m in sorted(
        p.mentions, key=lambda m: (m.document, m.evidence.start))
        for e in (m.evidence, *m.context)))
    return Event(
        id=ev_id,
        type=p.type,
        status=first.status,
        date=date_value,
        date_precision=precision,
        date_text=date_text,
        by=_acting(p, canon, freed),
        to=tos.most_common(1)[0][0] if tos else None,
        participants=tuple(sorted(p.people)),
        persons=tuple(sorted(x for x in p.persons if not canon.in_office(x) or (
            actors is not None and p.type == EventType.RELEASE and x not in actors
            and not canon.heads_a_state(x)))),
        targets=target_names(p),
        count=count,
        location=location,
        what=max(whats, key=len) if whats else None,
        link=next((m.link for m in p.mentions if m.link), None),
        background=all(m.background for m in p.mentions),  # told as context by every source
        sources=sources,
        conflicts=tuple(c for c in conflicts if c is not None),
        mentions=tuple(ids),
    )


def _acting(p: Proto, canon: Canon, freed: frozenset[str] = frozenset()) -> str | None:
    """The event's side: its sources' most common, a head of state's act given to the state;
    for a release, never one of the deal's freed ("Park let them go", read as a freed Park)."""
    sides = [b for b, _ in p.by.most_common()
             if not (p.type == EventType.RELEASE and b in freed)]
    if not sides:
        return None
    by = sides[0]
    if p.type not in STATE_ACTS:
        return by
    states = [b for b in sides if canon.is_state(b)]
    if canon.head_of_no_state(by) and len(states) == 1:
        return states[0]  # "President A granted him clemency" told with "X handed him over"
        # in another source: the act is X's (A's state no article names)
    return canon.leaders_state(by) or by


def target_names(p: Proto) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for m in p.mentions:
        for t in m.targets:
            seen.setdefault(norm(t), t)
    return tuple(sorted(seen.values()))


def choose_date(p: Proto, published: dict[str, date] | None = None
                ) -> tuple[str | None, str | None, str | None]:
    """The best-supported calendar date, or none; the text it came from either way. A date
    written in the event's own sentence outranks one taken from an article's time frame, and
    a frame's day is no date of a release an article published later told as still to come
    ("the forthcoming return of X")."""
    texts = [m.date for m in p.mentions if m.date is not None]
    cal = {id(t): t.calendar or "" for t in texts}  # each date's calendar value, read once
    calendar = [t for t in texts if cal[id(t)]]
    own = [m.date for m in p.mentions if m.date is not None and cal[id(m.date)] and own_date(m)]
    known = published or {}
    pending = [known[m.document] for m in p.mentions if m.expected and m.document in known]
    if pending and not own:
        still_to_come = min(pending).isoformat()
        calendar = [t for t in calendar if cal[id(t)][:10] >= still_to_come[:len(
            cal[id(t)][:10])]]  # a month holding the day stays
    calendar = own or calendar
    if calendar:
        best_len = max(len(cal[id(t)]) for t in calendar)
        precise = [t for t in calendar if len(cal[id(t)]) == best_len]
        if p.type == EventType.RELEASE and len({cal[id(t)] for t in precise}) > 1:
            # the pardon signed on Friday, the handover on Saturday: the release is the day
            # the people went free (a pardon that frees no one that day only clears the way)
            signed = {id(m.date) for m in p.mentions if m.date is not None
                      and m.cue.lower().startswith(_CLEARING)}
            freed = [t for t in precise if id(t) not in signed]
            precise = freed or precise
        votes = Counter(cal[id(t)] for t in precise)
        value = votes.most_common(1)[0][0]
        chosen = next(t for t in precise if cal[id(t)] == value)
        prec = chosen.precision.value if chosen.precision else None
        return value, prec, chosen.text
    if texts:
        return None, None, texts[0].text
    return None, None, None


# Cue words of a legal act that clears the way for a release: a pardon, a clemency order.
_CLEARING = ("pardon", "clemen", "commut", "amnest")


def event_words(p: Proto, day: str | None) -> str:
    """How a conflict's sentence names its event: "the release of Karl Fenner on 2031-05-14"
    (the day is left out of a sentence about the date itself)."""
    who = sorted(p.persons) or sorted(p.people)
    words = f"the {p.type.value.replace('_', ' ')}"
    if who:
        joiner = " of " if p.type in (EventType.RELEASE, EventType.SANCTIONS_RELIEF,
                                      EventType.SANCTIONS_IMPOSED) else " with "
        words += joiner + " and ".join(who[:2]) + (" and others" if len(who) > 2 else "")
    return words + (f" on {day}" if day else "")


def name_conflicts(p: Proto, canon: Canon, ev_id: str, what: str) -> list[Conflict]:
    """People this event's sources spelled differently, by the entities' spelling rule."""
    spellings: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in p.mentions:
        for surface, name in (*((x, canon.person(m.document, x)) for x in m.persons),
                              *((x, canon.name(m.document, x)) for x in m.participants)):
            if name:
                spellings[name][surface].add(m.document)
    out = []
    for name, forms in spellings.items():
        etype = canon.type_of(name) or EntityType.PERSON
        spelled = [Spelling(t, tuple(sorted(d))) for t, d in sorted(forms.items())]
        c = spelling_conflict(ev_id, name, etype, spelled)
        if c:
            out.append(Conflict(c.field, c.values, ev_id, f"{c.about}, in {what}"))
    return out
