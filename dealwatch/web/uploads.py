"""Articles sent to the server (files, or JSON records) go through the same ``run_analyze`` as
the command line: they are written into a private temporary folder and analyzed from there.

The folder is made by ``tempfile`` (mode 0700, a fresh random name) and removed afterwards;
a sent file's name keeps only safe characters, so no name can point outside it.
"""

from __future__ import annotations

import json
import re
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dealwatch.pipeline import AnalyzeReport, run_analyze
from dealwatch.store import Store

if TYPE_CHECKING:
    from spacy.language import Language

UPLOAD_PREFIX = "dealwatch-upload-"
MAX_UPLOAD = 5_000_000  # bytes in one request: the reader's own limit for one file


@dataclass(frozen=True)
class Upload:
    """One file as sent: its name (as the sender gave it) and its bytes."""

    name: str
    data: bytes


def safe_name(name: str, taken: set[str]) -> str:
    """A file name that stays inside the folder: the last path part, safe characters only,
    unique among ``taken``."""
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


def records_jsonl(records: list[Any]) -> bytes:
    """JSON records (``text`` or ``html``, optional ``title``, ``url``, ``published``,
    ``outlet``) as the JSON-lines file the readers take; a bad record is rejected there."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


_STORED_UPLOAD = re.compile(r"^.*?[\\/]" + UPLOAD_PREFIX + r"[^\\/]+[\\/]")


def stored_path_label(path: str) -> str:
    """A stored path as people should read it: an upload's temporary folder (gone once the
    upload was analyzed) becomes ``upload/``."""
    return _STORED_UPLOAD.sub("upload/", path)


def shown_path(path: str, folder: str) -> str:
    """A path as the sender should see it: ``upload/NAME`` instead of the temporary folder."""
    return "upload/" + path[len(folder):].lstrip("/\\") if path.startswith(folder) else path


class Ingester:
    """Analyzes uploads into one store, one batch at a time, loading spaCy on first use."""

    def __init__(self, store: Store, load: Callable[[], Language]) -> None:
        self.store = store
        self._load = load
        self._nlp: Language | None = None
        self._lock = threading.Lock()

    def analyze(self, uploads: list[Upload], records: list[Any]) -> AnalyzeReport:
        """Store the articles of the files and records; returns what was added or rejected,
        with paths as ``upload/NAME``."""
        with self._lock, tempfile.TemporaryDirectory(prefix=UPLOAD_PREFIX) as folder:
            if self._nlp is None:
                self._nlp = self._load()
            taken: set[str] = set()
            paths = []
            for up in uploads:
                target = Path(folder) / safe_name(up.name, taken)
                target.write_bytes(up.data)
                paths.append(str(target))
            if records:
                target = Path(folder) / safe_name("records.jsonl", taken)
                target.write_bytes(records_jsonl(records))
                paths.append(str(target))
            report = run_analyze(paths, self.store, self._nlp)
            return _relabel(report, folder)


def _relabel(report: AnalyzeReport, folder: str) -> AnalyzeReport:
    from dataclasses import replace

    return AnalyzeReport(
        added=[shown_path(p, folder) for p in report.added],
        skipped=[shown_path(p, folder) for p in report.skipped],
        duplicates=[(shown_path(p, folder), d) for p, d in report.duplicates],
        rejected=[replace(r, path=shown_path(r.path, folder)) for r in report.rejected],
    )


def report_dict(report: AnalyzeReport) -> dict[str, Any]:
    """What an upload did, as JSON."""
    return {"added": report.added, "skipped": report.skipped,
            "duplicates": [{"path": p, "duplicate_of": d} for p, d in report.duplicates],
            "rejected": [r.to_dict() for r in report.rejected]}
