"""rigour's name symbols of one name part, from a compact table derived once and kept on disk.

The person matcher asks, for a lower-case ASCII name part, which Wikidata name ids rigour's
``analyze_names`` tags it with. Answering that through rigour itself builds its whole person
tagger (every alias of every name in every script, about 8 s and 400 MB) in each process.
Only one-word aliases in lower-case ASCII can ever tag such a part (rigour matches whole
words of the normalised name), so the table needs only those: the words of rigour's own
compiled name lists (read out of its extension module), each tagged once by
``analyze_names`` itself. The result (about 170,000 words) is a SQLite file in the cache
folder, named after rigour's version; a process then reads only the words it meets.

The table is a cache, never a source of failure: a missing, corrupt or unreadable file is
rebuilt (written to a temporary file, then renamed into place), an unwritable folder keeps
the table in memory, and where rigour's lists cannot be read (no zstd decoder) every part
is tagged by ``analyze_names`` as before.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.metadata import version
from pathlib import Path

FORMAT = 1  # raise when the table's content or layout changes
CACHE_ENV = "DEALWATCH_CACHE_DIR"
_WORD = re.compile(r"[a-z0-9]+")
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_BATCH = 5000


def cache_dir() -> Path:
    """$DEALWATCH_CACHE_DIR, else $XDG_CACHE_HOME/dealwatch, else ~/.cache/dealwatch."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dealwatch"


def table_path() -> Path:
    """Where the table for the installed rigour lives."""
    return cache_dir() / f"name-symbols-rigour-{version('rigour')}-v{FORMAT}.sqlite"


def analyzed_symbols(word: str) -> frozenset[str]:
    """rigour's NAME symbols of one name part, asked of ``analyze_names`` directly."""
    return _symbols_of([word]).get(word, frozenset())


def _symbols_of(words: list[str]) -> dict[str, frozenset[str]]:
    from rigour.names import NameTypeTag, SymbolCategory, analyze_names

    out: dict[str, frozenset[str]] = {}
    for name in analyze_names(NameTypeTag.PER, words, consolidate=False, phonetics=False):
        ids = frozenset(str(span.symbol.id) for span in name.spans
                        if span.symbol.category == SymbolCategory.NAME and len(span.parts) == 1)
        if ids:
            out[name.original] = ids
    return out


def _decompress(blob: bytes) -> bytes | None:
    """The zstd frame at the start of ``blob``, by the zstd program; None without it."""
    program = shutil.which("zstd")
    if program is None:
        return None
    done = subprocess.run([program, "-dcq"], input=blob, capture_output=True, check=False)
    return done.stdout or None  # trailing bytes after the frame make zstd complain: ignored


def rigour_texts() -> list[str] | None:
    """The texts compiled into rigour's extension module (its name lists and tables), or None
    when they cannot be read."""
    import rigour._core

    try:
        binary = Path(rigour._core.__file__ or "").read_bytes()
    except OSError:
        return None
    texts = []
    for match in re.finditer(re.escape(_ZSTD_MAGIC), binary):
        data = _decompress(binary[match.start():])
        if data:
            texts.append(data.decode("utf-8", "replace"))
    return texts if any(" => Q" in t for t in texts) else None


def _json_strings(text: str) -> Iterator[str]:
    try:
        stack = [json.loads(text)]
    except ValueError:
        return
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def candidate_words(texts: Iterable[str]) -> set[str]:
    """Every lower-case ASCII word an alias in the texts can normalise to: rigour's tokens
    of the folded text (which drop apostrophes and accents) and its plain letter runs."""
    from rigour.names import tokenize_name

    out: set[str] = set()
    for text in texts:
        strings = [text, *_json_strings(text)] if text.lstrip()[:1] in "{[" else [text]
        for s in strings:
            for form in (s.casefold(), s.lower()):
                out.update(t for t in tokenize_name(form) if _WORD.fullmatch(t))
                out.update(_WORD.findall(form))
    return out


def derive(words: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(word, its symbol ids joined by spaces) for every word rigour tags, by asking
    ``analyze_names`` itself, a batch at a time."""
    todo = sorted(set(words))
    for n in range(0, len(todo), _BATCH):
        batch = todo[n:n + _BATCH]
        found = _symbols_of(batch)
        for word in batch:
            if word in found:
                yield word, " ".join(sorted(found[word]))


def write_table(path: Path, rows: Iterable[tuple[str, str]]) -> None:
    """Write the table atomically: a temporary file in the same folder, renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as db:
            db.execute("CREATE TABLE symbols (word TEXT PRIMARY KEY, ids TEXT) WITHOUT ROWID")
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            db.executemany("INSERT INTO symbols VALUES (?, ?)", rows)
            count = db.execute("SELECT count(*) FROM symbols").fetchone()[0]
            db.execute("INSERT INTO meta VALUES ('rows', ?)", (str(count),))
        db.close()
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a cache may be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def open_table(path: Path) -> sqlite3.Connection | None:
    """The table at ``path``, read-only, or None when it is missing, incomplete or corrupt
    (counting its rows reads every page of it)."""
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        rows = db.execute("SELECT value FROM meta WHERE key = 'rows'").fetchone()
        count = db.execute("SELECT count(*) FROM symbols").fetchone()[0]
    except sqlite3.Error:
        return None
    if rows is None or str(count) != rows[0] or count == 0:
        db.close()
        return None
    return db


class SymbolTable:
    """Name part -> rigour's NAME symbol ids: a SQLite table or, when no file could be
    written, the same rows in memory."""

    def __init__(self, db: sqlite3.Connection | None, rows: dict[str, str] | None = None):
        self._db = db
        self._rows = rows or {}

    def get(self, word: str) -> frozenset[str]:
        if self._db is None:
            ids = self._rows.get(word)
        else:
            row = self._db.execute("SELECT ids FROM symbols WHERE word = ?", (word,)).fetchone()
            ids = row[0] if row else None
        return frozenset(ids.split()) if ids else frozenset()

    def get_many(self, words: list[str]) -> dict[str, frozenset[str]]:
        """``get`` of many words, a few hundred a query."""
        if self._db is None:
            found = {w: self._rows[w] for w in words if w in self._rows}
        else:
            found = {}
            for n in range(0, len(words), 500):
                chunk = words[n:n + 500]
                marks = ",".join("?" * len(chunk))
                found.update(self._db.execute(
                    f"SELECT word, ids FROM symbols WHERE word IN ({marks})", chunk))
        return {w: frozenset(found[w].split()) if found.get(w) else frozenset() for w in words}


def load_table(path: Path, words: Iterable[str] | None = None) -> SymbolTable | None:
    """The table at ``path``, built first when it is missing or unreadable (from ``words``,
    by default every word of rigour's lists); None when rigour's lists cannot be read."""
    db = open_table(path)
    if db is not None:
        return SymbolTable(db)
    if words is None:
        texts = rigour_texts()
        if texts is None:
            return None
        words = candidate_words(texts)
    rows = list(derive(words))
    try:
        write_table(path, rows)
    except (OSError, sqlite3.Error):
        return SymbolTable(None, dict(rows))
    db = open_table(path)
    return SymbolTable(db) if db is not None else SymbolTable(None, dict(rows))


@cache
def _table() -> SymbolTable | None:
    return load_table(table_path())


def name_symbols(word: str) -> frozenset[str]:
    """rigour's NAME symbols (Wikidata name ids) of one name part: from the table for a
    lower-case ASCII part (what the matcher compares), from rigour for anything else."""
    table = _table() if _WORD.fullmatch(word) else None
    return table.get(word) if table is not None else analyzed_symbols(word)


def many_name_symbols(words: Iterable[str]) -> dict[str, frozenset[str]]:
    """``name_symbols`` of many parts, read from the table together."""
    words = list(dict.fromkeys(words))
    plain = [w for w in words if _WORD.fullmatch(w)]
    table = _table() if plain else None
    out = table.get_many(plain) if table is not None else {}
    out.update((w, analyzed_symbols(w)) for w in words if w not in out)
    return out
