"""Known given names read from the kept list answer as gender_guesser's detector does, and a
missing, cut or unwritable list is derived again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dealwatch.extract import given
from dealwatch.extract.names import is_given_name


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("DEALWATCH_CACHE_DIR", str(tmp_path / "cache"))
    given.clear_cache()
    yield tmp_path / "cache"
    given.clear_cache()


def test_the_list_holds_exactly_the_detector_names(cache: Path) -> None:
    import gender_guesser.detector as gender

    detector = gender.Detector(case_sensitive=False)
    names = given.given_names()
    assert given.list_path().parent == cache and given.list_path().is_file()
    words = [*list(detector.names)[::500], "Maria", "Dravonia", "Kestria", "Monday", "Xq"]
    assert all((w.lower() in names) == (detector.get_gender(w) != "unknown") for w in words)
    given.clear_cache()
    assert given.given_names() == names  # read back from the list


def test_a_cut_list_is_derived_again(cache: Path) -> None:
    path = given.list_path()
    path.parent.mkdir(parents=True)
    path.write_text("maria\tf\njohn\tm\n", encoding="utf-8")  # no end line: cut short
    assert len(given.given_names()) > 1000
    assert path.read_text(encoding="utf-8").endswith(given._END)


def test_an_unwritable_cache_keeps_the_names_in_memory(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("DEALWATCH_CACHE_DIR", str(blocker / "cache"))  # under a file
    given.clear_cache()
    try:
        assert is_given_name("Maria") and not is_given_name("Dravonia")
    finally:
        given.clear_cache()


def test_a_name_tells_a_man_or_a_woman_as_the_detector_does(cache: Path) -> None:
    assert given.name_gender("Maria") == "f" and given.name_gender("john") == "m"
    assert given.name_gender("Dravonia") is None
    given.clear_cache()
    assert given.name_gender("Maria") == "f"  # read back from the list
    path = given.list_path()
    path.write_text("maria\njohn\n" + given._END, encoding="utf-8")  # the old layout
    given.clear_cache()
    assert given.name_gender("John") == "m"  # derived again
