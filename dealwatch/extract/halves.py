"""The halves of a divided country told short: "the North sent a letter", "the South
demanded an apology", in an article that names "North Korea" or "South Korea" (or Vietnam's
halves). The tagger makes "the North" a place; a careful reader takes it for the state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from dealwatch.model import EntityType

if TYPE_CHECKING:
    from dealwatch.extract.names import DocNames

# Countries divided into a North and a South, each a state of its own.
_DIVIDED = frozenset({"Korea", "Vietnam"})


def halves_named(doc: Doc, names: DocNames) -> None:
    """Make each "the North" / "the South" the state of that half the article names."""
    countries = {m.text for m in names.mentions if m.type == EntityType.COUNTRY}
    halves = {c.split()[0]: c for c in countries
              if len(c.split()) == 2 and c.split()[0] in ("North", "South")
              and c.split()[1] in _DIVIDED}
    if not halves or len({c.split()[1] for c in halves.values()}) != 1:
        return  # no divided country named, or two of them
    country = next(iter(halves.values())).split()[1]
    for n, m in enumerate(names.mentions):
        if m.type != EntityType.PLACE or m.text not in ("North", "South"):
            continue
        span = doc.char_span(m.start, m.end)
        if span is None or span.start == 0 or doc[span.start - 1].lower_ != "the":
            continue
        if span.end < len(doc) and doc[span.end].lower_ == "of":
            continue  # "the South of the country": a region
        names.retype(n, EntityType.COUNTRY, f"{m.text} {country}")
