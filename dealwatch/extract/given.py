"""Known given names and their genders (gender_guesser's table), from a compact list derived
once and kept on disk.

``gender_guesser``'s detector parses its 5 MB table of names and countries in each process
(about a second), and dealwatch asks it only whether a word is a name at all (exactly when the
lower-cased word is one of the table's names) and whether the name is a man's or a woman's
(its detector's answer; "mostly" counts, a name given to both is neither). That table is
written once, as one name and its gender a line, to the cache folder (``DEALWATCH_CACHE_DIR``,
else the user's cache), named after the installed gender_guesser; a process then reads the list
instead of the table.

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

FORMAT = 2  # raise when the list's content or layout changes
_END = "\n# end\n"  # the last line of a complete list: a cut file is derived again


def list_path() -> Path:
    """Where the list for the installed gender_guesser lives."""
    return cache_dir() / f"given-names-gender-guesser-{version('gender_guesser')}-v{FORMAT}.txt"


# The detector's answers, as the list keeps them: "m" a man's name, "f" a woman's, "-" either.
_GENDERS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


def derived_names() -> dict[str, str]:
    """The lower-cased names of gender_guesser's table, as its detector reads them, each with
    its gender ("m", "f", or "-" for a name of either)."""
    import gender_guesser.detector as gender

    detector = gender.Detector(case_sensitive=False)
    return {name: _GENDERS.get(detector.get_gender(name), "-") for name in detector.names}


def _read(path: Path) -> dict[str, str] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not text.endswith(_END):
        return None
    rows = [line.partition("\t") for line in text[: -len(_END)].split("\n")]
    if any(not sep for _, sep, _ in rows):
        return None  # a list of another layout: derived again
    return {name: g for name, _, g in rows}


def _write(path: Path, names: dict[str, str]) -> None:
    with contextlib.suppress(OSError):  # an unwritable folder: the set stays in memory
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write("\n".join(f"{n}\t{names[n]}" for n in sorted(names)) + _END)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


@cache
def _table() -> dict[str, str]:
    """The known given names, lower-cased, with their genders: from the kept list, derived
    when it is missing."""
    path = list_path()
    found = _read(path)
    if found is None:
        found = derived_names()
        _write(path, found)
    return found


@cache
def given_names() -> frozenset[str]:
    """The known given names, lower-cased."""
    return frozenset(_table())


def name_gender(word: str) -> str | None:
    """ "m" for a man's given name, "f" for a woman's; None for a name of either or no name."""
    found = _table().get(word.lower())
    return found if found in ("m", "f") else None


def clear_cache() -> None:
    """Forget the list read (a test's new cache folder is read again)."""
    _table.cache_clear()
    given_names.cache_clear()
