"""Highlighting as data: a text cut into segments, some marked, for templates to escape.

Nothing here builds HTML. A template writes each segment through Jinja2's autoescaping and
wraps the marked ones in ``<mark>``; so hostile article text (``<script>``, ``{{ }}``) can only
ever come out as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from dealwatch.extract import lexicon
from dealwatch.model import EntityType, Event, EventType

# Words that signal each type of event, from the extractor's own lexicon.
_CUES: dict[EventType, frozenset[str]] = {
    EventType.RELEASE: lexicon.RELEASE_VERBS | lexicon.RELEASE_NOUNS | lexicon.RELEASE_ADJ
    | {"freed", "free", "set"},
    EventType.SANCTIONS_RELIEF: lexicon.SANCTION_NOUNS | lexicon.RELIEF_VERBS
    | lexicon.RELIEF_NOUNS,
    EventType.SANCTIONS_IMPOSED: lexicon.SANCTION_NOUNS | lexicon.IMPOSE_VERBS
    | lexicon.IMPOSE_NOUNS,
    EventType.MEETING: lexicon.MEETING_NOUNS | {"meet", "met", "visit", "visited", "talk"},
    EventType.CALL: lexicon.PHONE_WORDS | {"call", "spoke", "speak", "talked"},
    EventType.LETTER: frozenset({"letter", "wrote", "write", "message", "note"}),
    EventType.DEMAND: lexicon.DEMAND_VERBS | {"call", "called", "calls"},
    EventType.PROMISE: lexicon.PROMISE_VERBS | lexicon.PROMISE_NOUNS,
}
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_SUFFIXES = ("ing", "ed", "es", "s", "d")


def segments(text: str, spans: Iterable[tuple[int, int, Any]]) -> list[dict[str, Any]]:
    """Cut text at the spans: ``{"start", "text", "marks"}`` segments, ``marks`` the payloads of
    every span covering the segment (empty for plain text). Spans may overlap; bad ones
    (outside the text, empty) are ignored."""
    cuts = {0, len(text)}
    valid = []
    for start, end, payload in spans:
        start, end = max(0, start), min(len(text), end)
        if start < end:
            valid.append((start, end, payload))
            cuts.update((start, end))
    points = sorted(cuts)
    out: list[dict[str, Any]] = []
    for a, b in zip(points, points[1:], strict=False):
        marks = [p for s, e, p in valid if s <= a and b <= e]
        if out and not marks and not out[-1]["marks"]:
            out[-1]["text"] += text[a:b]
        else:
            out.append({"start": a, "text": text[a:b], "marks": marks})
    return out


def _stem_in(word: str, cues: frozenset[str]) -> bool:
    w = word.casefold()
    if w in cues:
        return True
    return any(w.endswith(suf) and (w[: -len(suf)] in cues or w[: -len(suf)] + "e" in cues)
               for suf in _SUFFIXES)


def key_terms(event: Event, aliases: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """The words of an event worth marking in a quote: its names (with every known spelling
    and a person's surname), its count and the words it was dated by."""
    names = [event.by, event.to, event.location, *event.persons, *event.targets,
             *event.participants]
    terms: list[str] = []
    for name in (n for n in names if n):
        for spelling in (name, *(aliases or {}).get(name, ())):
            terms.append(spelling)
            parts = spelling.split()
            if len(parts) > 1 and len(parts[-1]) > 2:
                terms.append(parts[-1])
    if event.count is not None:
        terms.append(str(event.count))
    if event.date_text:
        terms.append(event.date_text)
    return sorted({t for t in terms if t.strip()}, key=len, reverse=True)


def key_spans(quote: str, event: Event,
              aliases: dict[str, tuple[str, ...]] | None = None) -> list[tuple[int, int]]:
    """Spans of a quote to mark: the event's names, count and date words, and its cue words."""
    spans: list[tuple[int, int]] = []
    for term in key_terms(event, aliases):
        pattern = r"(?<![\w])" + re.escape(term) + r"(?![\w])"
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, quote, re.IGNORECASE)]
    cues = _CUES.get(event.type, frozenset())
    spans += [(m.start(), m.end()) for m in _WORD.finditer(quote) if _stem_in(m.group(), cues)]
    return _union(spans)


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def marked(quote: str, spans: Iterable[tuple[int, int]]) -> list[dict[str, Any]]:
    """A quote as segments with ``key`` true on the marked ones."""
    return [{"text": s["text"], "key": bool(s["marks"])}
            for s in segments(quote, ((a, b, True) for a, b in spans))]


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) address, else None: a ``javascript:`` or ``data:``
    link from an article is shown as text, never made clickable."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not re.search(r"\s", url):
        return url
    return None


def entity_aliases(entities: Iterable[Any]) -> dict[str, tuple[str, ...]]:
    """Canonical name -> every spelling seen of it (countries and places included)."""
    out: dict[str, tuple[str, ...]] = {}
    for ent in entities:
        spellings = {s.text for s in ent.spellings} | set(ent.aliases)
        if ent.type != EntityType.OTHER:
            out[ent.name] = tuple(sorted(spellings - {ent.name}))
    return out
