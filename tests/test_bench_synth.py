"""The synthetic corpus generator of the benchmarks: readable records, wire copies that the
near-duplicate detector finds, and several spellings of one person."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dealwatch.ingest import Deduper, read_record
from dealwatch.model import Article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import synth  # noqa: E402


def test_same_seed_same_corpus_and_every_record_reads(tmp_path: Path) -> None:
    a, b = synth.write(80, tmp_path / "a.jsonl", 3), synth.write(80, tmp_path / "b.jsonl", 3)
    assert a.read_text() == b.read_text()
    records = [json.loads(line) for line in a.read_text().splitlines()]
    articles = [read_record(f"a#{n}", r) for n, r in enumerate(records, 1)]
    assert len(articles) == 80 and all(isinstance(x, Article) for x in articles)
    assert sum(1 for x in articles if isinstance(x, Article) and x.published) >= 75
    dedup = Deduper()
    dups = [x.id for x in articles if isinstance(x, Article) and dedup.check(x.id, x.text)]
    assert 3 <= len(dups) <= 20  # about one in ten is a re-published copy


def test_people_are_spelled_several_ways() -> None:
    import random

    rng = random.Random(5)
    people = [synth.make_person(rng) for _ in range(20)]
    assert all(len(p.spellings) >= 2 for p in people)
    names = {p.name(rng) for p in people for _ in range(20)}
    assert len(names) > len(people)
