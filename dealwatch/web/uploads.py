"""Articles sent to the server (files, or JSON records) go through the same readers and the
same ``ingest`` as ``analyze``, read from memory: nothing is written to disk, and each is
stored under the name ``upload/NAME`` (a JSON record: ``upload/records.jsonl#N``).

A sent file's name keeps only safe characters; it names the article and never a path.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from dealwatch.ingest import MAX_CHARS, json_array_items, read_data, read_record_line
from dealwatch.ingest.budget import budget_seconds, per_article
from dealwatch.model import Article, Rejected
from dealwatch.pipeline import AnalyzeReport, extract_each, ingest
from dealwatch.store import Store

if TYPE_CHECKING:
    from spacy.language import Language

MAX_UPLOAD = 5_000_000  # bytes in one request: the reader's own limit for one file
RECORDS = "upload/records.jsonl"


@dataclass(frozen=True)
class Upload:
    """One file as sent: its name (as the sender gave it) and its bytes."""

    name: str
    data: bytes


def safe_name(name: str, taken: set[str]) -> str:
    """A file name without folders, safe characters only, unique among ``taken``."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", base).lstrip(".")[:100] or "upload"
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}.{suffix}" if suffix else f"{stem}-{n}"
    taken.add(candidate)
    return candidate


def body_records(body: bytes) -> list[str]:
    """The JSON text of each record of a JSON body (one object, or a list of them).

    A body that is not JSON raises ``ValueError``. A body that is JSON Python cannot read as
    a whole (a record nested 100,000 deep, a number of 5,000 digits) is split into its items
    unread, so that record alone is rejected and the others are stored."""
    text = body.decode("utf-8")  # UnicodeDecodeError is a ValueError
    try:
        parsed = json.loads(text or "null")
    except json.JSONDecodeError:
        raise
    except (ValueError, RecursionError):
        return json_array_items(text) or [text]
    if parsed is None:
        return []
    # ASCII escapes: a lone surrogate ("\ud800") stays a readable escape for the reader
    return [json.dumps(r) for r in (parsed if isinstance(parsed, list) else [parsed])]


def uploaded_items(uploads: list[Upload], records: list[str], *,
                   max_chars: int = MAX_CHARS) -> Iterator[Article | Rejected]:
    """The articles (or rejections) of the sent files and JSON records (their JSON text),
    read as ``analyze`` reads files and JSON lines."""
    taken: set[str] = set()
    for up in uploads:
        yield from read_data("upload/" + safe_name(up.name, taken), up.data, max_chars=max_chars)
    for n, record in enumerate(records, 1):
        yield read_record_line(f"{RECORDS}#{n}", record, max_chars=max_chars)


@dataclass(frozen=True)
class Metadata:
    """What an uploader says of the files they send (empty: what the files say stands)."""

    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: date | None = None

    def __bool__(self) -> bool:
        return any((self.outlet, self.title, self.url, self.published))

    def apply(self, article: Article) -> Article:
        return replace(article, outlet=self.outlet or article.outlet,
                       title=self.title or article.title, url=self.url or article.url,
                       published=self.published or article.published,
                       published_evidence="given by the uploader" if self.published
                       else article.published_evidence)

    @classmethod
    def of_form(cls, form: Any) -> Metadata:
        """The fields of the upload form; a publication day that is no date is an error."""
        def text(key: str) -> str | None:
            value = form.get(key)
            return value.strip() or None if isinstance(value, str) else None

        day = text("published")
        try:
            published = date.fromisoformat(day) if day else None
        except ValueError:
            raise ValueError(f"published {day!r} is not a date (YYYY-MM-DD)") from None
        return cls(text("outlet"), text("title"), text("url"), published)


class Ingester:
    """Analyzes uploads into one store, one batch at a time, loading spaCy on first use."""

    def __init__(self, store: Store, load: Callable[[], Language],
                 budget: float | None = None) -> None:
        self.store = store
        self.budget = budget_seconds(budget)  # a bad value fails when the app is made
        self._load = load
        self._nlp: Language | None = None
        self._lock = threading.Lock()

    def analyze(self, uploads: list[Upload], records: list[str],
                given: Metadata | None = None) -> AnalyzeReport:
        """Store the articles of the files and records (their JSON text); returns what was
        added or rejected. ``given``: the outlet, title, address and publication day the
        uploader gave for the files, in place of what the files say."""
        with self._lock:
            if self._nlp is None:
                self._nlp = self._load()
            nlp = self._nlp
            items = uploaded_items(uploads, records, max_chars=nlp.max_length)
            if given:
                items = (given.apply(i) if isinstance(i, Article) else i for i in items)
            with per_article(self.budget):
                return ingest(items, self.store,
                              lambda articles, report: extract_each(articles, nlp, report))

    def reread(self, doc_id: str) -> bool:
        """Extract a stored article again under its corrected publication date."""
        from dealwatch.pipeline import reread

        with self._lock:
            if self._nlp is None:
                self._nlp = self._load()
            with per_article(self.budget):
                return reread(self.store, doc_id, self._nlp) is not None


def report_dict(report: AnalyzeReport) -> dict[str, Any]:
    """What an upload did, as JSON."""
    return {"added": report.added, "skipped": report.skipped,
            "duplicates": [{"path": p, "duplicate_of": d} for p, d in report.duplicates],
            "rejected": [r.to_dict() for r in report.rejected]}
