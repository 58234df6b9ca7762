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
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dealwatch.ingest import read_data, read_record_line
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


def uploaded_items(uploads: list[Upload], records: list[Any]) -> Iterator[Article | Rejected]:
    """The articles (or rejections) of the sent files and JSON records, read as ``analyze``
    reads files and JSON lines."""
    taken: set[str] = set()
    for up in uploads:
        yield from read_data("upload/" + safe_name(up.name, taken), up.data)
    for n, record in enumerate(records, 1):
        yield read_record_line(f"{RECORDS}#{n}", json.dumps(record, ensure_ascii=False))


class Ingester:
    """Analyzes uploads into one store, one batch at a time, loading spaCy on first use."""

    def __init__(self, store: Store, load: Callable[[], Language]) -> None:
        self.store = store
        self._load = load
        self._nlp: Language | None = None
        self._lock = threading.Lock()

    def analyze(self, uploads: list[Upload], records: list[Any]) -> AnalyzeReport:
        """Store the articles of the files and records; returns what was added or rejected."""
        with self._lock:
            if self._nlp is None:
                self._nlp = self._load()
            nlp = self._nlp
            return ingest(uploaded_items(uploads, records), self.store,
                          lambda articles, report: extract_each(articles, nlp, report))


def report_dict(report: AnalyzeReport) -> dict[str, Any]:
    """What an upload did, as JSON."""
    return {"added": report.added, "skipped": report.skipped,
            "duplicates": [{"path": p, "duplicate_of": d} for p, d in report.duplicates],
            "rejected": [r.to_dict() for r in report.rejected]}
