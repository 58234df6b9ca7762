"""Invented claims for the tests of the stages after extraction: mentions, names, days."""

from __future__ import annotations

from dealwatch.model import (
    EntityType,
    EventMention,
    EventType,
    Evidence,
    NameMention,
    Precision,
    Resolution,
    Status,
    TimeExpr,
)


def day(value: str, text: str = "on Wednesday") -> TimeExpr:
    return TimeExpr(0, len(text), text, value, Precision.DAY, Resolution.RELATIVE_TO_PUBLISHED)


def mention(doc: str, etype: EventType, start: int = 0, **kw: object) -> EventMention:
    """A mention told at ``start`` of ``doc``; promises and demands are stated, the rest
    occurred."""
    quote = f"sentence {start} of {doc}"
    status = Status.STATED if etype in (EventType.PROMISE, EventType.DEMAND) else Status.OCCURRED
    return EventMention(
        id=f"{doc}-{start}-{etype.value}", document=doc, type=etype, status=status,
        evidence=Evidence(doc, start, start + len(quote), quote), cue="freed", **kw,  # type: ignore[arg-type]
    )


def person(doc: str, text: str, start: int = 500) -> NameMention:
    return NameMention(doc, text, EntityType.PERSON, start, start + len(text))


def country(doc: str, text: str, start: int = 900) -> NameMention:
    return NameMention(doc, text, EntityType.COUNTRY, start, start + len(text))
