"""One store for every exchange: the seeds and all the dev stories analyzed together must
keep each story's events in the deals of its own sides (checked against the gold files'
documents, never against anything the code knows of them)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from spacy.language import Language

from dealwatch.model import EntityType, Ledger
from dealwatch.pipeline import build_ledger, run_analyze
from dealwatch.store import Store

ACTS = ("release", "promise", "demand", "sanctions_relief", "sanctions_imposed")


def _stories(shared: Path) -> dict[str, Path]:
    corpus = shared / "corpus"
    found = {"seeds": corpus / "seeds"}
    found.update({p.name: p for p in sorted((corpus / "dev").iterdir()) if p.is_dir()})
    return found


@pytest.fixture(scope="module")
def together(nlp: Language, shared: Path, tmp_path_factory: pytest.TempPathFactory
             ) -> tuple[Ledger, dict[str, str], dict[str, tuple[str, ...]]]:
    """The ledger of one store holding every story; document id -> story; story -> its two
    sides (the two states or groups the gold names most as actors of its acts)."""
    stories = _stories(shared)
    db = tmp_path_factory.mktemp("deals") / "all.db"
    with Store.open(str(db)) as store:
        run_analyze([str(p) for p in stories.values()], store, nlp)
        ledger = build_ledger(store)
    story_of: dict[str, str] = {}
    sides: dict[str, tuple[str, ...]] = {}
    for name, folder in stories.items():
        gold = json.loads((folder / "gold.json").read_text())
        files = {(folder / doc).resolve() for doc in gold["documents"]}
        for d in ledger.documents:
            if Path(d.path).resolve() in files:
                story_of[d.id] = name
        people = {e["name"] for e in gold["entities"] if e["type"] == "person"}
        acts = Counter(e["by"] for e in gold["events"]
                       if e["type"] in ACTS and e.get("by") and e["by"] not in people)
        sides[name] = tuple(sorted(side for side, _ in acts.most_common(2)))
    assert len(set(story_of.values())) == len(stories), "every story's documents are stored"
    return ledger, story_of, sides


def test_no_event_holds_sources_of_two_stories(
        together: tuple[Ledger, dict[str, str], dict[str, tuple[str, ...]]]) -> None:
    ledger, story_of, _ = together
    for e in ledger.events:
        assert len({story_of[s.document] for s in e.sources}) == 1, e.id


def test_no_round_pairs_events_of_two_stories(
        together: tuple[Ledger, dict[str, str], dict[str, tuple[str, ...]]]) -> None:
    ledger, story_of, _ = together
    events = {e.id: e for e in ledger.events}
    for r in ledger.rounds:
        ids = [i for group in r.gave.values() for i in group]
        assert len({story_of[s.document] for i in ids for s in events[i].sources}) == 1, r.id


def test_each_storys_events_fall_in_the_deal_of_its_own_sides(
        together: tuple[Ledger, dict[str, str], dict[str, tuple[str, ...]]]) -> None:
    ledger, story_of, sides = together
    deals = {d.id: d for d in ledger.deals}
    for e in ledger.events:
        story = story_of[e.sources[0].document]
        assert e.deal is not None, f"{story}: {e.type} {e.date} has no deal"
        assert tuple(sorted(deals[e.deal].sides)) == sides[story], (story, e.deal)
    assert len(ledger.deals) == len(sides), [d.name for d in ledger.deals]


def test_every_side_of_every_deal_is_a_state_or_an_organisation(
        together: tuple[Ledger, dict[str, str], dict[str, tuple[str, ...]]]) -> None:
    ledger, _, _ = together
    kinds = {e.name: e.type for e in ledger.entities}
    for d in ledger.deals:
        assert len(d.sides) == 2
        for side in d.sides:
            assert kinds.get(side) in (EntityType.COUNTRY, EntityType.ORGANIZATION), side
