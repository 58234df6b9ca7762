"""Which files: the article files named by paths, folders (read recursively) and globs.

A name that cannot be used — a folder that cannot be listed, a name that is not UTF-8, a path
the system refuses — becomes a ``Rejected`` naming it, never an exception or silence.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from dealwatch import errors
from dealwatch.model import Rejected

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
_GLOB = re.compile(r"[*?\[]")
_PROJECT_DOC = re.compile(r"^(readme|changelog|changes|license|licence|contributing|authors)\b",
                          re.IGNORECASE)
_UNDECODABLE = re.compile(r"[\udc80-\udcff]")  # bytes of a name that is not UTF-8


def _article_file(name: str) -> bool:
    """An article file by its name: a supported suffix, not hidden."""
    return Path(name).suffix.lower() in SUFFIXES and not name.startswith(".")


def _walk(folder: str) -> Iterator[str | Rejected]:
    """Article files under a folder, sorted by path; hidden files and folders and a project's
    own docs are left out, and a folder that cannot be listed is rejected (``os.walk`` would
    pass over it in silence)."""
    failures: list[OSError] = []
    found: list[str] = []
    for root, dirs, files in os.walk(folder, onerror=failures.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(os.path.join(root, name) for name in files
                     if _article_file(name) and not _PROJECT_DOC.match(name))
    yield from sorted(found, key=lambda path: Path(path).parts)
    yield from (_unreadable(exc) for exc in failures)


def _unreadable(exc: OSError) -> Rejected:
    where = str(exc.filename) if exc.filename is not None else "?"
    return Rejected(where, errors.Unreadable.code,
                    f"cannot read the folder ({exc.strerror or exc})")


def _from_glob(pattern: str) -> Iterator[str | Rejected]:
    found = False
    for match in sorted(glob.glob(pattern, recursive=True)):
        if os.path.isdir(match):
            found = True
            yield from _walk(match)
        elif _article_file(os.path.basename(match)):
            found = True
            yield match
    if not found:
        yield Rejected(pattern, errors.NotFound.code, "no supported file matches the pattern")


def _expand(raw: str) -> Iterator[str | Rejected]:
    if os.path.isdir(raw):
        yield from _walk(raw)
    elif _GLOB.search(raw) and not os.path.exists(raw):
        yield from _from_glob(raw)
    else:
        yield raw


def _checked_name(path: str) -> str | Rejected:
    if _UNDECODABLE.search(path):
        return Rejected(path, errors.BadEncoding.code,
                        "the file name is not valid UTF-8; rename the file")
    return path


def expand_paths(paths: Iterable[str]) -> Iterator[str | Rejected]:
    """Files named by paths, folders (recursively) and glob patterns, each once, in order."""
    seen: set[str] = set()
    for raw in paths:
        try:
            found = list(_expand(raw))
        except OSError as exc:  # a path the system refuses to look at (too long, ...)
            found = [Rejected(raw, errors.Unreadable.code,
                              f"cannot look at it ({exc.strerror or exc})")]
        for path in found:
            if isinstance(path, Rejected):
                yield path
            elif path not in seen:
                seen.add(path)
                yield _checked_name(path)
