"""The kept ledger brought up to date: whatever batches and order the articles come in, the
ledger kept after each batch equals a full rebuild, and a deal the new articles do not touch
keeps its merge instead of being merged again."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from dealwatch.ingest.files import expand_paths
from dealwatch.kept import kept_ledger, rebuild, update
from dealwatch.model import Article, EntityType, Extraction, NameMention
from dealwatch.pipeline import AnalyzeReport, build_ledger, ingest, run_analyze
from dealwatch.reconcile.groups import Canon
from dealwatch.reconcile.memo import Merged, Recorder, answer, reusable
from dealwatch.resolve import resolve
from dealwatch.store import Store

ROOT = Path(__file__).resolve().parents[1]

Claims = dict[str, tuple[Article, Extraction]]


def _corpora(shared: Path) -> list[list[str]]:
    """The files of examples/, the seeds and every dev corpus, a list per corpus."""
    folders = [ROOT / "examples", shared / "corpus" / "seeds",
               *sorted(p for p in (shared / "corpus" / "dev").iterdir() if p.is_dir())]
    return [[p for p in expand_paths([str(f)]) if isinstance(p, str)] for f in folders]


@pytest.fixture(scope="module")
def claims(nlp: Language, shared: Path, tmp_path_factory: pytest.TempPathFactory
           ) -> tuple[list[list[str]], Claims]:
    """Every labelled article read and extracted once: (the paths per corpus, each path's
    article and claims)."""
    corpora = _corpora(shared)
    db = tmp_path_factory.mktemp("claims") / "all.db"
    with Store.open(str(db)) as store:
        run_analyze([p for files in corpora for p in files], store, nlp)
        articles = {a.id: a for a in store.articles()}
        found = {a.path: (a, ex) for ex in store.extractions()
                 for a in (articles[ex.document],)}
    return corpora, found


def _add(store: Store, paths: list[str], found: Claims) -> None:
    """Store these articles with their claims, as ``analyze`` does (near-duplicates too)."""
    items = [found[p][0] for p in paths if p in found]

    def extract(batch: list[Article], _report: AnalyzeReport
                ) -> Iterator[tuple[Article, Extraction]]:
        for article in batch:
            yield article, found[article.path][1]

    ingest(items, store, extract)


def _batches(paths: list[str], size: int) -> list[list[str]]:
    return [paths[k:k + size] for k in range(0, len(paths), size)]


@pytest.mark.parametrize("order", ["corpus by corpus", "shuffled"])
def test_the_kept_ledger_equals_a_rebuild_after_every_batch(
        claims: tuple[list[list[str]], Claims], tmp_path: Path, order: str) -> None:
    corpora, found = claims
    if order == "corpus by corpus":
        batches = [b for files in corpora for b in _batches(files, 4)]
    else:
        paths = [p for files in corpora for p in files]
        random.Random(11).shuffle(paths)
        batches = _batches(paths, 9)
    reused = merged = 0
    with Store.open(str(tmp_path / "u.db")) as store:
        for batch in batches:
            _add(store, batch, found)
            kept, memo = update(store)
            assert kept.to_dict() == build_ledger(store).to_dict(), batch
            reused += len(memo.reused)
            merged += len(memo.made) - len(memo.reused)
        assert kept_ledger(store) == kept, "what was kept is what a read gives"
        assert rebuild(store) == kept
        assert len(kept.deals) >= 8
    # corpus by corpus, a batch tells one deal: the others keep their merges
    assert reused > (merged if order == "corpus by corpus" else 0), (reused, merged)


def test_a_new_corpus_leaves_the_other_deals_merges_alone(
        claims: tuple[list[list[str]], Claims], tmp_path: Path) -> None:
    corpora, found = claims
    with Store.open(str(tmp_path / "v.db")) as store:
        _add(store, [p for files in corpora[:-1] for p in files], found)
        before, _ = update(store)
        _add(store, corpora[-1], found)
        after, memo = update(store)
        assert after == build_ledger(store)
        new = {d.id for d in after.deals} - {d.id for d in before.deals}
        assert new, "the last corpus is a deal of its own"
        again = [d for d in memo.made if d not in memo.reused]
        assert set(again) >= new
        # the deals the new articles tell nothing of are not merged again
        assert len(memo.reused) >= len(before.deals) - 1, (again, memo.reused)


def _mention(doc: str, text: str, etype: EntityType, start: int) -> NameMention:
    return NameMention(doc, text, etype, start, start + len(text))


def test_a_kept_merge_stands_only_while_every_answer_it_read_is_the_same() -> None:
    """Invented names: a merge that asked a person's side stands while the person keeps that
    side, and falls when another article makes them of another state."""
    one = Extraction("d1", (), (_mention("d1", "Ivo Trask", EntityType.PERSON, 0),), ())
    canon = Canon(resolve([one]))
    recorder = Recorder(canon)
    assert recorder.name("d1", "Ivo Trask") == "Ivo Trask"
    recorder.side("Ivo Trask")
    assert recorder.asked[("name", "d1", "Ivo Trask")] == "Ivo Trask"
    kept = Merged("inputs", dict(recorder.asked))
    assert reusable(kept, "inputs", canon)
    assert not reusable(kept, "other inputs", canon), "other mentions: merged again"
    two = Extraction("d2", (), (NameMention("d2", "Ivo Trask", EntityType.PERSON, 0, 9,
                                            (), "Norland"),), ())
    moved = Canon(resolve([one, two]))
    assert answer(moved, ("side", "Ivo Trask")) != answer(canon, ("side", "Ivo Trask"))
    assert not reusable(kept, "inputs", moved), "an answer changed: merged again"
    assert Merged.from_dict(kept.to_dict()) == kept


def test_an_update_on_every_backend(claims: tuple[list[list[str]], Claims],
                                    store_url: str) -> None:
    """Two corpora, then a third: on SQLite and PostgreSQL the kept merges are found again
    (by their names' prefix) and the updated ledger equals a build."""
    corpora, found = claims
    with Store.open(store_url) as store:
        _add(store, [*corpora[0], *corpora[1]], found)
        first, memo = update(store)
        assert not memo.reused, "nothing kept yet: every deal merged"
        _add(store, corpora[2], found)
        kept, memo = update(store)
        assert kept == build_ledger(store)
        assert memo.reused, "the first corpora's deals keep their merges"
        assert kept_ledger(store) == kept
