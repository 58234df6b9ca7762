"""Search across scripts and spellings: folding, the spelling rules on invented names, and a
real store of invented articles searched through the library, the web app and the CLI."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from spacy.language import Language
from webfixtures import served

from dealwatch.cli import main
from dealwatch.model import Entity, EntityType, Ledger, Spelling
from dealwatch.pipeline import run_analyze
from dealwatch.search import fold, fold_query, search, search_index
from dealwatch.search.names import ends_in_vowel, search_tier
from dealwatch.store import Store
from dealwatch.web import create_app

# Invented articles. Each outlet spells the people its own way; the three names of issue 13
# are spelled the way the issue says the articles spell them.
ARTICLES = {
    "north-wire.txt": (
        "North Wire\nPublished: 4 March 2031\n\n"
        "Vellaria frees 14 prisoners\n\n"
        "President Alexander Lukashenko pardoned 14 prisoners on Tuesday, including the rights "
        "campaigner Ales Beliatski and the blogger Siarhei Tikhanovsky, officials said.\n\n"
        "The engineer Dmitry Voronovsky and the teacher Hanna Kaletskaya were also freed, "
        "their lawyers said.\n\n"
        "In exchange, the United States eased sanctions on the potash firm Norrvik Potash.\n"),
    "lake-courier.txt": (
        "Lake Courier\nPublished: 5 March 2031\n\n"
        "Freed engineer speaks in Vilnaport\n\n"
        "Dzmitry Varanouski, one of the 14 prisoners freed on Tuesday, told reporters in "
        "Vilnaport that Pyotr Ivanov, a fellow inmate, was still held.\n"),
}


def store_of(folder: Path, nlp: Language) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "search.db"
    with Store.open(str(db)) as store:
        report = run_analyze([str(folder)], store, nlp)
    assert report.added and not report.rejected
    return db


@pytest.fixture(scope="module")
def search_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    return store_of(tmp_path_factory.mktemp("search") / "in", nlp)


@pytest.fixture(scope="module")
def client(search_db: Path) -> Iterator[TestClient]:
    with served(create_app(str(search_db))) as c:
        yield c


# --- folding -------------------------------------------------------------------------------------


def test_fold_romanizes_drops_accents_and_maps_back_to_the_original() -> None:
    text = "Дарья Ковальчук said “we’ll wait” in Łódźville."
    folded = fold(text)
    assert folded.text == "darya kovalchuk said \"we'll wait\" in lodzville."  # ь is silent
    at = folded.text.index("koval")
    start, end = folded.original_span(at, at + len("kovalchuk"))
    assert text[start:end] == "Ковальчук"
    at = folded.text.index("lodz")
    assert text[slice(*folded.original_span(at, at + 4))] == "Łódź"
    assert fold_query("  Ŝara\n  MÜLLER ") == "sara muller"
    assert fold("plain ascii").starts == ()


# --- the spelling rules -------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "name"), [
    ("varanouski", "voronovsky"),  # -ouski / -ovsky (Belarusian ў for Russian в)
    ("kaliatskaya", "kaletskaya"),  # ia / e
    ("byalyatski", "beliatski"),  # ya / ia / e
    ("ivanou", "ivanov"),  # -ou / -ov
    ("siarhei", "sergei"),  # forms of one given name
])
def test_spellings_of_one_name_pair(query: str, name: str) -> None:
    assert search_tier(query, name) is not None


@pytest.mark.parametrize(("query", "name"), [
    ("ivan", "ivanov"),  # a word it only begins: a prefix, never another spelling
    ("ivana", "ivanov"),  # a vowel ending against a consonant one
    ("dorsk", "korsk"),  # too short for a typo
    ("varanouskaya", "voronovsky"),  # the feminine surname is another person
])
def test_words_that_only_key_alike_do_not_pair(query: str, name: str) -> None:
    assert search_tier(query, name) is None


def test_word_endings() -> None:
    assert ends_in_vowel("lukashenka") and ends_in_vowel("haniyeh")
    assert not ends_in_vowel("ivanou") and not ends_in_vowel("ivanov")


# --- the library on a ledger made by hand --------------------------------------------------------


def test_a_name_is_found_as_written_or_as_a_spelling_and_says_which() -> None:
    people = [Entity("p1", "Dmitry Voronovsky", EntityType.PERSON,
                     spellings=(Spelling("Dmitry Voronovsky", ("d1",)),)),
              Entity("p2", "Pyotr Ivanov", EntityType.PERSON),
              Entity("p3", "Ivana Kolar", EntityType.PERSON),
              Entity("c1", "Vellaria", EntityType.COUNTRY)]
    index = search_index(Ledger(entities=people), {}, {})
    found = search(index, "Дзмітры Варановскі")
    assert [(h.entity.id, h.match.how) for h in found.names] == [("p1", "spelling")]
    assert found.names[0].spelling == "Dmitry Voronovsky"
    assert any("dzmitry/dmitry" in r for r in found.names[0].match.reasons)
    ivan = search(index, "Ivan")
    assert {(h.entity.id, h.match.how) for h in ivan.names} == {("p2", "text"), ("p3", "text")}
    assert [h.entity.id for h in search(index, "Ivanou").names] == ["p2"]
    assert [h.entity.id for h in search(index, "vella").places] == ["c1"]
    assert search(index, "Kolarov").names == []


# --- a real store of invented articles -----------------------------------------------------------


@pytest.mark.parametrize(("query", "written"), [
    ("Лукашенко", "Lukashenko"),
    ("Bialiatski", "Beliatski"),
    ("Tsikhanouski", "Tikhanovsky"),
    ("Varanouski", "Voronovsky"),  # invented: -ouski / -ovsky, both spellings in the store
    ("Kaliatskaya", "Kaletskaya"),  # invented: ia / e
    ("Дзмітры Вараноўскі", "Dzmitry Varanouski"),  # invented: Cyrillic for Latin
    ("Дзмітры Вараноўскі", "Dmitry Voronovsky"),  # ... and for another romanization
])
def test_search_finds_names_across_scripts_and_spellings(client: TestClient, query: str,
                                                         written: str) -> None:
    data = client.get("/search.json", params={"q": query}).json()
    assert data["entities"] and data["entities"][0]["type"] == "person"
    texts = [a for a in data["articles"] if a["matched"] == written]
    assert texts and texts[0]["matched_in"] == "text"
    snippet = "".join(s["text"] for s in texts[0]["segments"] if s["key"])
    assert snippet == written  # the mark is on the spelling the article uses


def test_the_search_page_says_which_spelling_matched(client: TestClient) -> None:
    page = client.get("/search", params={"q": "Bialiatski"})
    assert page.status_code == 200
    assert "spelled “Ales Beliatski”" in page.text or "Ales Beliatski" in page.text
    assert "another spelling of “Bialiatski”" in page.text
    assert "Also looked for as" in page.text


def test_places_quotes_and_outlets_are_searched_folded(client: TestClient) -> None:
    assert client.get("/search.json?q=VILNAPORT").json()["articles_total"] == 1
    outlet = client.get("/search.json?q=lake courier").json()
    assert any(a["matched_in"] == "outlet" for a in outlet["articles"])
    quoted = client.get("/search.json", params={"q": "potash firm"}).json()
    assert quoted["events_total"] >= 1 and quoted["events"][0]["matched_in"] == "quote"
    assert client.get("/search.json?q=Ivanova").json()["entities"] == []


def test_cli_search_lists_names_and_articles(search_db: Path) -> None:
    result = CliRunner().invoke(main, ["search", "Tsikhanouski", "--db", str(search_db),
                                       "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert any("Tikhanovsky" in n["matched"] for n in data["names"])
    assert any(a["matched"] == "Tikhanovsky" for a in data["articles"])
    table = CliRunner(env={"COLUMNS": "80"}).invoke(
        main, ["search", "Tsikhanouski", "--db", str(search_db)])
    assert table.exit_code == 0 and "Tikhanovsky" in table.output
