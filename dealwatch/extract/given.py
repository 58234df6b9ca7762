"""Known given names (gender_guesser's table), from a compact list derived once and kept on
disk.

``gender_guesser``'s detector parses its 5 MB table of names and countries in each process
(about a second), and dealwatch asks it only whether a word is a name at all: exactly when the
lower-cased word is one of the table's names. That set of names is written once, as one name
a line, to the cache folder (``DEALWATCH_CACHE_DIR``, else the user's cache), named after the
installed gender_guesser; a process then reads the list instead of the table.

The list is a cache, never a source of failure: a missing or unreadable file is derived again
(written to a temporary file, then renamed into place), and an unwritable folder keeps the
set in memory.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from functools import cache
from importlib.metadata import version
from pathlib import Path

from dealwatch.resolve.symbols import cache_dir

FORMAT = 1  # raise when the list's content or layout changes
_END = "\n# end\n"  # the last line of a complete list: a cut file is derived again


def list_path() -> Path:
    """Where the list for the installed gender_guesser lives."""
    return cache_dir() / f"given-names-gender-guesser-{version('gender_guesser')}-v{FORMAT}.txt"


def derived_names() -> frozenset[str]:
    """The lower-cased names of gender_guesser's table, as its detector reads them."""
    import gender_guesser.detector as gender

    return frozenset(gender.Detector(case_sensitive=False).names)


def _read(path: Path) -> frozenset[str] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.endswith(_END):
        return None
    return frozenset(text[: -len(_END)].split("\n"))


def _write(path: Path, names: frozenset[str]) -> None:
    with contextlib.suppress(OSError):  # an unwritable folder: the set stays in memory
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write("\n".join(sorted(names)) + _END)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


@cache
def given_names() -> frozenset[str]:
    """The known given names, lower-cased: from the kept list, derived when it is missing."""
    path = list_path()
    found = _read(path)
    if found is None:
        found = derived_names()
        _write(path, found)
    return found
