"""Ships and their crews: "the USS Tarn", "the Tarn crew". A ship's name is no person's, and
its crew acts as one body ("the Tarn crew signed a letter"); the name stands for that body."""

from __future__ import annotations

from spacy.tokens import Span

# The prefixes navies and registers put before a ship's name.
VESSEL_PREFIXES = frozenset({"uss", "hms", "hmcs", "hmas", "ins", "mv", "ms", "rv", "ss",
                             "usns", "mt", "fv"})
CREW_NOUNS = frozenset({"crew", "crewman", "crewmen"})


def names_a_vessel(span: Span) -> bool:
    """ "USS Tarn" (or "Tarn" after "USS"), or "Tarn" in "the Tarn crew"."""
    first = span[0]
    before = span.doc[span.start - 1] if span.start > 0 else None
    if first.lower_.rstrip(".") in VESSEL_PREFIXES and len(span) > 1 and first.is_upper:
        return True
    if before is not None and before.is_upper and before.lower_.rstrip(".") in VESSEL_PREFIXES:
        return True
    root = span.root
    return root.dep_ == "compound" and root.head.lemma_.lower() in CREW_NOUNS
