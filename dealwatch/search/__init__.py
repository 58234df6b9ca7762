"""Search a ledger and its articles across scripts and spellings.

A query finds the people, organisations and places whose name, alias or any spelling an
outlet used matches it (``names``: as written, or as another romanization of it by the name
matcher's rules), then the events and articles whose text says it: quotes, places, the
names in an event, titles, article texts and outlets, all folded alike (``fold``: any script
romanized, accents and case dropped). A text is looked for under the query as typed and
under each spelling of a name the query matched ("Bialiatski" also finds an article that
writes "Beliatski"). Every hit says what matched it.

The web app's ``/search`` and the CLI's ``dealwatch search`` are shells over ``search``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from dealwatch.model import Article, Entity, EntityType, Event, Ledger
from dealwatch.resolve.person import name_tokens
from dealwatch.search.fold import Folded, fold, fold_query
from dealwatch.search.names import (
    NameMatch,
    pairings,
    query_words,
    spelling_match,
    text_match,
)
from dealwatch.search.texts import Needles, TextHit, Texts

__all__ = ["Folded", "NameHit", "NameMatch", "SearchIndex", "SearchResult", "TextHit", "fold",
           "fold_query", "result_rows", "search", "search_index"]

PLACE_TYPES = frozenset({EntityType.PLACE, EntityType.COUNTRY})
CONTEXT = 40  # characters either side of a match in a listing


@dataclass(frozen=True)
class NameHit:
    """An entity found, with the name (canonical, alias or an outlet's spelling) that
    matched and how."""

    entity: Entity
    spelling: str
    match: NameMatch


@dataclass(frozen=True)
class _Named:
    entity: Entity
    names: tuple[tuple[str, str], ...]  # (name as written, folded)


@dataclass(frozen=True)
class SearchIndex:
    """The folded names and texts of a ledger and its articles, made once per ledger."""

    named: tuple[_Named, ...]
    parts: tuple[str, ...]  # every word of every name, romanized
    events: tuple[Event, ...]
    event_texts: Texts
    articles: tuple[Article, ...]
    article_texts: Texts


@dataclass
class SearchResult:
    """What a query found, each hit with what matched it; ``spellings`` are the other
    spellings the texts were searched for."""

    query: str
    names: list[NameHit] = field(default_factory=list)
    places: list[NameHit] = field(default_factory=list)
    events: list[tuple[Event, TextHit]] = field(default_factory=list)
    articles: list[tuple[Article, TextHit]] = field(default_factory=list)
    spellings: list[str] = field(default_factory=list)


def search_index(ledger: Ledger, articles: Mapping[str, Article],
                 labels: Mapping[str, str]) -> SearchIndex:
    """Fold every name, event and article once (``labels``: document id -> outlet)."""
    named = []
    for e in ledger.entities:
        names = dict.fromkeys([e.name, *e.aliases, *(s.text for s in e.spellings)])
        named.append(_Named(e, tuple((n, fold_query(n)) for n in names)))
    parts = tuple(dict.fromkeys(p for n in named for name, _ in n.names
                                for p in name_tokens(name)))
    event_texts = Texts([[
        ("place", ev.location),
        ("names", "; ".join(n for n in (ev.by, ev.to, *ev.persons, *ev.targets,
                                        *ev.participants) if n)),
        *(("quote", s.quote) for s in ev.sources),
        ("outlet", "; ".join(dict.fromkeys(labels.get(s.document, "") for s in ev.sources))),
    ] for ev in ledger.events])
    docs = tuple(articles.values())
    article_texts = Texts([[("title", a.title), ("outlet", labels.get(a.id, a.outlet)),
                            ("text", a.text)] for a in docs])
    return SearchIndex(tuple(named), parts, tuple(ledger.events), event_texts, docs,
                       article_texts)


def search(index: SearchIndex, query: str) -> SearchResult:
    """Names, places, events and articles the query finds (see the module's docstring)."""
    result = SearchResult(" ".join(query.split()))
    folded = fold_query(query)
    if not folded:
        return result
    words = query_words(query)
    paired = pairings(words, index.parts) if words else {}
    spelled: dict[str, str] = {}  # the words of a matching spelling -> the spelling
    for n in index.named:
        hit = _name_hit(n, folded, words, paired)
        if hit is None:
            continue
        (result.places if n.entity.type in PLACE_TYPES else result.names).append(hit)
        for name, _ in n.names:  # every spelling of it the query's words pair with
            match = spelling_match(words, name, paired)
            if match is not None and _adjacent(match.words, name_tokens(name)):
                spelled.setdefault(" ".join(match.words), name)
    for hits in (result.names, result.places):
        hits.sort(key=lambda h: h.match.how != "text")  # as written first, stable otherwise
    spelled.pop(folded, None)
    result.spellings = sorted(set(spelled.values()))
    needles = Needles.of(folded, spelled)
    result.events = [(index.events[i], hit)
                     for i, hit in index.event_texts.find(needles).items()]
    result.articles = [(index.articles[i], hit)
                       for i, hit in index.article_texts.find(needles).items()]
    return result


def _name_hit(n: _Named, folded: str, words: tuple[str, ...],
              paired: dict[str, dict[str, str]]) -> NameHit | None:
    for name, folded_name in n.names:
        match = text_match(folded, folded_name)
        if match is not None:
            return NameHit(n.entity, name, match)
    for name, _ in n.names:
        match = spelling_match(words, name, paired) if words else None
        if match is not None:
            return NameHit(n.entity, name, match)
    return None


def _adjacent(words: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """The words stand together, in this order, in the name."""
    n = len(words)
    return any(parts[i:i + n] == words for i in range(len(parts) - n + 1))


def result_rows(found: SearchResult, labels: Mapping[str, str]) -> dict[str, list[dict[str, Any]]]:
    """A result as flat rows by group (names, places, events, articles), for listings."""
    def name_row(h: NameHit) -> dict[str, Any]:
        return {"id": h.entity.id, "name": h.entity.name, "type": h.entity.type.value,
                "matched": h.spelling, "how": h.match.how, "reasons": list(h.match.reasons)}

    def around(text: str, hit: TextHit) -> str:
        start, end = max(0, hit.start - CONTEXT), min(len(text), hit.end + CONTEXT)
        return ("…" if start else "") + " ".join(text[start:end].split()) + (
            "…" if end < len(text) else "")

    return {
        "names": [name_row(h) for h in found.names],
        "places": [name_row(h) for h in found.places],
        "events": [{"id": ev.id, "date": ev.date, "type": ev.type.value,
                    "matched": hit.matched, "in": hit.field} for ev, hit in found.events],
        "articles": [{"id": a.id, "outlet": labels.get(a.id, a.outlet or a.path),
                      "title": a.title, "matched": hit.matched, "in": hit.field,
                      "context": around(a.text, hit) if hit.field == "text" else None}
                     for a, hit in found.articles],
    }
