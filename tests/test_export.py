"""Export: FollowTheMoney entities that the followthemoney library itself accepts, CSV, JSON."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from followthemoney import model

from dealwatch.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "ex.db"
    result = CliRunner().invoke(main, ["analyze", str(EXAMPLES), "--db", str(path), "--quiet"])
    assert result.exit_code == 0, result.output
    return path


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, ["export", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_ftm_lines_are_valid_entities_and_references_resolve(db: Path) -> None:
    rows = [json.loads(line) for line in _run("--db", str(db)).splitlines()]
    proxies = [model.get_proxy(r, cleaned=False) for r in rows]  # raises on a bad schema
    ids = {p.id for p in proxies}
    assert len(ids) == len(proxies)
    schemata = {p.schema.name for p in proxies}
    assert {"Person", "Event"} <= schemata
    for p in proxies:
        for prop in p.schema.required:
            assert p.get(prop), (p.schema.name, prop, p.to_dict())
        for prop, value in p.itervalues():
            if prop.type.name == "entity":
                assert value in ids, (p.id, prop.name, value)
    events = [p for p in proxies if p.schema.name == "Event"]
    assert all(p.get("description") for p in events), "every event carries its evidence"
    assert any(p.get("involved") for p in events)


def test_ftm_person_keeps_spellings_as_aliases(db: Path) -> None:
    ledger = json.loads(CliRunner().invoke(main, ["ledger", "--db", str(db), "--json"]).output)
    varied = [e for e in ledger["entities"]
              if e["type"] == "person" and len({s["text"] for s in e["spellings"]}) > 1]
    assert varied, "the example corpus spells someone two ways"
    rows = {r["id"]: r for r in map(json.loads, _run("--db", str(db)).splitlines())}
    for e in varied:
        props = rows[f"dw-{e['id']}"]["properties"]
        names = set(props["name"]) | set(props.get("alias", []))
        assert {s["text"] for s in e["spellings"]} <= names


def test_sanctions_events_become_sanctions_on_their_targets(db: Path) -> None:
    rows = [json.loads(line) for line in _run("--db", str(db)).splitlines()]
    sanctions = [r for r in rows if r["schema"] == "Sanction"]
    assert sanctions
    by_id = {r["id"]: r for r in rows}
    for s in sanctions:
        target = by_id[s["properties"]["entity"][0]]
        assert target["schema"] in ("Organization", "Person")
        assert by_id[s["properties"]["proof"][0]]["schema"] == "Event"


def test_csv_and_json_exports(db: Path, tmp_path: Path) -> None:
    events = list(csv.DictReader(io.StringIO(_run("--db", str(db), "--format", "csv"))))
    assert events and {"id", "date", "type", "sources"} <= set(events[0])
    out = tmp_path / "entities.csv"
    _run("--db", str(db), "--format", "csv", "--what", "entities", "-o", str(out))
    entities = list(csv.DictReader(out.open(encoding="utf-8")))
    assert entities and "name" in entities[0]
    both = json.loads(_run("--db", str(db), "--format", "json"))
    assert len(both["events"]) == len(events) and len(both["entities"]) == len(entities)
