"""Lists of names spelled differently: two outlets that name the same people in one list.

Articles often list the people of a deal in one run ("Nader Modanlou, Bahram Mechanic,
Khosrow Afghahi ... and Ali Saboonchi"). When two outlets list the same people and spell
several of them differently, the reader wants that as one disagreement: each outlet's list of
the disputed spellings, in the same order, so position by position the same person. Each
person's own ``name`` conflict stays on the entity; this is the list-level view.
"""

from __future__ import annotations

from collections.abc import Iterable

from dealwatch.model import Conflict, ConflictValue, EntityType, Extraction, NameMention
from dealwatch.resolve import EntityIndex
from dealwatch.resolve.spelling import CANON_RULE, person_key

LIST_GAP = 6  # characters between two names of one list: ", ", " and ", ", and "
MIN_LIST = 3  # names in a row that make a list
MIN_DISPUTED = 2  # one disputed name is the person's own conflict

_Run = list[tuple[str, str]]  # (canonical name, spelling) in the order of the article


def _runs(names: Iterable[NameMention], res: EntityIndex) -> list[_Run]:
    """The lists of full person names of one article: names a separator apart."""
    people = sorted((m for m in names if m.type == EntityType.PERSON
                     and len(m.text.split()) >= 2), key=lambda m: m.start)
    runs: list[list[NameMention]] = []
    for m in people:
        if runs and 0 <= m.start - runs[-1][-1].end <= LIST_GAP:
            runs[-1].append(m)
        else:
            runs.append([m])
    return [[(res.canonical(m.document, m.text) or m.text, m.text) for m in run]
            for run in runs if len(run) >= MIN_LIST]


def _disputed(a: _Run, b: _Run) -> list[tuple[str, str, str]]:
    """(canonical name, a's spelling, b's spelling) for the people both lists name and spell
    differently, in a's order."""
    spelled_b = dict(b)
    return [(name, text, spelled_b[name]) for name, text in a
            if name in spelled_b and person_key(text) != person_key(spelled_b[name])]


def listed_spelling_conflicts(extractions: Iterable[Extraction],
                              res: EntityIndex) -> list[Conflict]:
    """One ``names`` conflict for each two articles whose lists spell several of the same
    people differently."""
    runs = [(ex.document, run) for ex in sorted(extractions, key=lambda e: e.document)
            for run in _runs(ex.names, res)]
    out: list[Conflict] = []
    for i, (doc_a, run_a) in enumerate(runs):
        for doc_b, run_b in runs[i + 1:]:
            disputed = _disputed(run_a, run_b) if doc_a != doc_b else []
            if len(disputed) < MIN_DISPUTED:
                continue
            values = (ConflictValue(" / ".join(a for _, a, _ in disputed), (doc_a,)),
                      ConflictValue(" / ".join(b for _, _, b in disputed), (doc_b,)))
            names = ", ".join(name for name, _, _ in disputed)
            about = (f"spellings of {len(disputed)} people listed together: {names} "
                     f"(canonical names: {CANON_RULE})")
            out.append(Conflict("names", values, None, about))
    return out
