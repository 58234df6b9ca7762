"""The compact table of rigour's name symbols answers exactly what ``analyze_names`` answers,
and as a cache it never fails: a corrupt file is rebuilt, an unwritable folder keeps it in
memory."""

from __future__ import annotations

import random
import sqlite3
import string
from pathlib import Path

import pytest
from rigour.names import NameTypeTag, SymbolCategory, analyze_names

from dealwatch.resolve import symbols
from dealwatch.resolve.symbols import SymbolTable, load_table, open_table

# Romanized Cyrillic and Arabic, English given names and nicknames, surnames, East Asian
# syllables, particles, organisation words, numbers and nonsense.
_PARTS = """
sergei sergey siarhei serhiy aleksandr alexander alyaksandr oleksandr aliaksei alexei dmitry
dzmitry sviatlana svetlana tsikhanouskaya tsikhanouski lukashenko navalny vladimir uladzimir
volodymyr putin yevgeny yauhen ivanov ivanova petrov kuznetsova yaroshenko iaroshenko bout
viktor victor mikhail mykhailo nikolai mikalai yuri yury olga volha tatiana tatsiana
mohammed muhammad mohamed mohammad mehmet osama usama abdullah abdallah hussein husain
hossein haniyeh haniya yousef yusuf youssef joseph khaled khalid omar umar ahmed ahmad ahmet
mahmoud mahmud salman bin al abdul abd el ibn ali hamas hezbollah qatar
john jon james jim william bill robert bob bobby richard dick theodore ted teddy harry larry
paul pavel peter pyotr mark marc steven stephen elizabeth mary catherine ekaterina smith
jones brown whelan griner fogel vogel reed gershkovich kurmasheva ortiz ortega cole coale
xi jinping zhang wei li kim jong un park nguyen tanaka
de van von der la du da dos obrien mcdonald
gazprom belavia belaruskali rosneft bank committee red cross international ministry
holdings ltd jsc company group state airline potash prison service university
2 12 ii iii x q qq zzqv xkcdq aaaa
"""
PARTS = _PARTS.split()


def reference_symbols(word: str) -> frozenset[str]:
    """The matcher's symbols as they were asked of rigour before the table (one call a part)."""
    out: set[str] = set()
    for name in analyze_names(NameTypeTag.PER, [word], consolidate=False, phonetics=False):
        for span in name.spans:
            if span.symbol.category == SymbolCategory.NAME and len(span.parts) == 1:
                out.add(str(span.symbol.id))
    return frozenset(out)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full table, derived from rigour's own lists into a fresh folder."""
    path = tmp_path_factory.mktemp("symbols") / symbols.table_path().name
    table = load_table(path)
    assert table is not None, "rigour's name lists could not be read (is zstd installed?)"
    assert open_table(path) is not None
    return path


def test_the_table_gives_the_symbols_analyze_names_gives(built: Path) -> None:
    table = load_table(built)
    assert table is not None
    db = sqlite3.connect(built)
    rng = random.Random(15)
    known = [w for (w,) in db.execute("SELECT word FROM symbols")]
    assert len(known) > 100_000  # every name part rigour knows in ASCII, not a sample
    words = PARTS + rng.sample(known, 1500) + [
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 7)))
        for _ in range(1500)]
    got = {w: table.get(w) for w in words}
    want = {w: reference_symbols(w) for w in words}
    assert got == want
    assert table.get_many(words) == want  # read together, a few hundred a query
    assert sum(1 for w in PARTS if want[w]) > 80  # most of the varied list is known to rigour
    assert any(want[w] for w in words[-1500:])  # some random strings are names too...
    assert any(not want[w] for w in words[-1500:])  # ...and most are not


def test_name_symbols_reads_the_table_for_ascii_and_asks_rigour_otherwise(
        built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(symbols.CACHE_ENV, str(built.parent))
    assert symbols.table_path() == built
    symbols._table.cache_clear()
    try:
        assert symbols.name_symbols("siarhei") == reference_symbols("siarhei") != frozenset()
        assert symbols.name_symbols("Сергей") == reference_symbols("Сергей")
        assert symbols.many_name_symbols(["siarhei", "Сергей", "zzqv"]) == {
            w: reference_symbols(w) for w in ("siarhei", "Сергей", "zzqv")}
    finally:
        symbols._table.cache_clear()


def test_a_corrupt_or_truncated_table_is_rebuilt(built: Path, tmp_path: Path) -> None:
    path = tmp_path / "table.sqlite"
    path.write_bytes(b"not a database" * 100)
    assert open_table(path) is None
    table = load_table(path, ["sergei", "mohammed", "qqzv"])
    assert table is not None and table.get("sergei") == reference_symbols("sergei")
    assert open_table(path) is not None  # rewritten in place
    path.write_bytes(built.read_bytes()[: built.stat().st_size // 2])
    assert open_table(path) is None
    table = load_table(path, ["osama", "usama"])
    assert table is not None and table.get("usama") == reference_symbols("usama") != frozenset()


def test_an_unwritable_folder_keeps_the_table_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("the cache folder cannot be made under a file")
    table = load_table(blocker / "cache" / "table.sqlite", ["sergei", "siarhei", "zzqv"])
    assert isinstance(table, SymbolTable)
    assert table.get("siarhei") == reference_symbols("siarhei") != frozenset()
    assert table.get("zzqv") == frozenset()
    assert table.get_many(["zzqv", "siarhei"]) == {"zzqv": frozenset(),
                                                   "siarhei": table.get("siarhei")}
    assert not (blocker / "cache").exists()


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.setenv(symbols.CACHE_ENV, str(tmp_path / "mine"))
    assert symbols.table_path().parent == tmp_path / "mine"
    monkeypatch.delenv(symbols.CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert symbols.table_path().parent == tmp_path / "xdg" / "dealwatch"
    assert "rigour-" in symbols.table_path().name
