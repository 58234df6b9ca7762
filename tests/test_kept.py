"""The kept ledger: read back equal to a build, rebuilt only when the claims change, and the
same whatever order and batches the articles came in."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language
from sqlalchemy import select

from dealwatch.cli import main
from dealwatch.ingest.files import expand_paths
from dealwatch.kept import kept_ledger, ledger_from_dict, rebuild
from dealwatch.pipeline import build_ledger, run_analyze
from dealwatch.store import Store
from dealwatch.store.schema import kept

ROOT = Path(__file__).resolve().parents[1]


def _built_at(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return conn.execute(select(kept.c.built_at)).scalar()


def _files(shared: Path) -> list[str]:
    found = [str(ROOT / "examples"), str(shared / "corpus" / "seeds"),
             str(shared / "corpus" / "dev" / "iran-belgium-2023")]
    return [p for p in expand_paths(found) if isinstance(p, str)]


def _kept_rows(store: Store) -> tuple[str, dict[str, str]]:
    from dealwatch.store.schema import kept_parts

    with store.engine.connect() as conn:
        data = conn.execute(select(kept.c.data)).scalar_one()
        parts = dict(conn.execute(select(kept_parts.c.part, kept_parts.c.data)).all())
    return data, parts


def test_the_kept_ledger_reads_back_equal_and_is_rebuilt_only_when_claims_change(
        nlp: Language, shared: Path, tmp_path: Path) -> None:
    files = _files(shared)
    with Store.open(str(tmp_path / "k.db")) as store:
        run_analyze(files[:6], store, nlp)
        first = kept_ledger(store)
        built = _built_at(store)
        assert built is not None
        again = kept_ledger(store)
        assert _built_at(store) == built, "an unchanged store is read, not rebuilt"
        assert again == first == build_ledger(store)
        assert ledger_from_dict(json.loads(json.dumps(first.to_dict()))) == first
        # the kept JSON, written record by record, is what json.dumps writes for the whole
        with store.engine.connect() as conn:
            data = conn.execute(select(kept.c.data)).scalar()
        assert data == json.dumps(first.to_dict(), ensure_ascii=False)
        run_analyze(files[6:], store, nlp)
        grown = kept_ledger(store)
        assert _built_at(store) != built and grown == build_ledger(store)
        assert len(grown.documents) > len(first.documents)
        assert rebuild(store) == grown
        # built again: the same bytes kept
        here = _kept_rows(store)
        assert rebuild(store) == grown
        assert _kept_rows(store) == here


def test_batches_and_order_give_the_same_ledger(nlp: Language, shared: Path,
                                                tmp_path: Path) -> None:
    files = _files(shared)
    with Store.open(str(tmp_path / "a.db")) as store:
        for k in range(0, len(files), 5):  # in batches, the ledger read after each
            run_analyze(files[k:k + 5], store, nlp)
            kept_ledger(store)
        batched = kept_ledger(store).to_dict()
    shuffled = list(files)
    random.Random(7).shuffle(shuffled)
    with Store.open(str(tmp_path / "b.db")) as store:
        run_analyze(shuffled, store, nlp)
        at_once = kept_ledger(store).to_dict()
    assert batched == at_once


def test_rebuild_command(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    result = CliRunner().invoke(main, ["analyze", str(ROOT / "examples"), "--db", db,
                                       "--quiet"])
    assert result.exit_code == 0
    result = CliRunner().invoke(main, ["rebuild", "--db", db])
    assert result.exit_code == 0 and "ledger rebuilt: 1 deals" in result.output


@pytest.mark.parametrize("bad", ["not json", "{}"])
def test_a_kept_ledger_of_another_key_is_never_read(tmp_path: Path, bad: str) -> None:
    from dealwatch.store.kept import read_kept, write_kept

    with Store.open(str(tmp_path / "x.db")) as store:
        write_kept(store, "some other key", bad)
        assert read_kept(store, "the key") is None
        assert kept_ledger(store).events == []


def test_the_ledger_is_the_same_whatever_the_hash_seed(nlp: Language, shared: Path,
                                                        tmp_path: Path) -> None:
    """Set iteration order changes with PYTHONHASHSEED; the ledger must not (the order of a
    round's ties once did, on a story told by several articles)."""
    db = tmp_path / "seed.db"
    with Store.open(str(db)) as store:
        run_analyze([str(shared / "corpus" / "dev" / "us-russia-2025")], store, nlp)
    script = ("import json, sys; from dealwatch.store import Store; "
              "from dealwatch.pipeline import build_ledger; "
              "s = Store.open(sys.argv[1]); print(json.dumps(build_ledger(s).to_dict()))")
    outputs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True,
                              text=True, env=env, timeout=300, check=True)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == outputs[2]


def test_each_deal_is_kept_apart_and_read_alone(nlp: Language, shared: Path,
                                                tmp_path: Path) -> None:
    """Each deal's ledger is kept beside the whole (equal to ``for_deal``), with the deals'
    index and summaries; a command about one deal reads its part, never the whole."""
    from dealwatch.deals.split import by_deal
    from dealwatch.deals.view import deal_summaries, for_deal
    from dealwatch.errors import UsageError
    from dealwatch.kept import _deal_part, _entity_part, kept_deal, kept_summaries
    from dealwatch.store.schema import kept_parts

    files = _files(shared)
    dev = shared / "corpus" / "dev"
    more = [p for p in expand_paths([str(dev / "vienna-spy-swap-2010"),
                                     str(dev / "iran-us-2016")]) if isinstance(p, str)]
    with Store.open(str(tmp_path / "d.db")) as store:
        run_analyze([*files, *more[:-1]], store, nlp)
        ledger = kept_ledger(store)
        assert len(ledger.deals) >= 3
        # the deals' events merged in two processes: the same ledger
        assert build_ledger(store, processes=2) == ledger
        parts = by_deal(ledger)
        assert set(parts) == {d.id for d in ledger.deals} | {None}
        for deal, part in parts.items():
            assert part.to_dict() == for_deal(ledger, deal).to_dict()
        with store.engine.connect() as conn:
            written = dict(conn.execute(select(kept_parts.c.part, kept_parts.c.data)).all())
        for deal, part in parts.items():  # a part's JSON, written record by record
            plain = part.to_dict()
            plain["entities"] = [e["id"] for e in plain["entities"]]
            assert written[_deal_part(deal)] == json.dumps(plain, ensure_ascii=False)
        built = _built_at(store)
        for d in ledger.deals:
            assert kept_deal(store, d.name.upper()) == for_deal(ledger, d.id)
        assert kept_deal(store, "none") == for_deal(ledger, None)
        assert kept_summaries(store) == json.loads(json.dumps(deal_summaries(ledger)))
        assert _built_at(store) == built, "a deal is read from its part, not rebuilt"
        with store.engine.connect() as conn:
            stored = conn.execute(select(kept_parts.c.part)).scalars().all()
        merges = [p for p in stored if p.startswith("merged/")]  # reconcile/memo.py
        # an entity is kept alone when a deal's part names it (the no-deal part too): one
        # named only in articles that tell no event is never read alone
        filed = {e.id for part in parts.values() for e in part.entities}
        assert len(stored) - len(merges) == len(parts) + len(filed) + 2
        assert any(e.id not in filed for e in ledger.entities)
        assert _entity_part(next(e.id for e in ledger.entities if e.id not in filed)) \
            not in stored
        assert len(merges) >= len(ledger.deals)
        with pytest.raises(UsageError, match="no deal 'nowhere'"):
            kept_deal(store, "nowhere")
        run_analyze(more[-1:], store, nlp)  # new claims: the parts follow the new build
        grown = build_ledger(store)
        first = grown.deals[0]
        assert kept_deal(store, first.id) == for_deal(grown, first.id)
        assert _built_at(store) != built


def test_parts_are_read_only_under_their_key_and_replaced_whole(store_url: str) -> None:
    from dealwatch.store.kept import read_part, read_parts, write_kept

    with Store.open(store_url) as store:
        write_kept(store, "k1", "{}", {"deal/a": '"A"', "entity/x": '"X"', "old": '"O"'})
        assert read_part(store, "k1", "deal/a") == '"A"'
        assert read_part(store, "k2", "deal/a") is None, "another build's part is never read"
        many = [f"entity/{i}" for i in range(1_200)] + ["entity/x", "deal/a"]
        assert read_parts(store, "k1", many) == {"entity/x": '"X"', "deal/a": '"A"'}
        write_kept(store, "k2", "{}", {"deal/a": '"B"'})
        assert read_part(store, "k2", "deal/a") == '"B"'
        assert read_part(store, "k2", "old") is None and read_part(store, "k1", "old") is None
