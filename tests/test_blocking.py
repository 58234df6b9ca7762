"""Blocking: which pairs are compared, and proof that it changes no merge.

The reference is the full scan merging used before blocking (every pair of groups, most
strongly tied first); on a synthetic corpus of many stories with spelling variants, and on
the example corpus, blocked merging gives exactly the same events."""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from claims import day, mention
from spacy.language import Language

from dealwatch.blocking import BlockIndex
from dealwatch.model import Event, EventMention, EventType, Extraction
from dealwatch.pipeline import run_analyze
from dealwatch.reconcile import merge_events
from dealwatch.reconcile.across import join_bare
from dealwatch.reconcile.assemble import to_event
from dealwatch.reconcile.compare import compatible
from dealwatch.reconcile.groups import Canon, Proto, add, merge_into
from dealwatch.reconcile.halves import join_halves
from dealwatch.reconcile.within import stands, within_document
from dealwatch.reconcile.years import complete_years
from dealwatch.resolve import EntityIndex, resolve
from dealwatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_incremental import synthetic_articles  # noqa: E402


def test_block_index_pairs_only_what_shares_a_key_and_a_time() -> None:
    index = BlockIndex()
    index.add(0, [(("count", 52), frozenset({"2024"}))])
    index.add(1, [(("count", 52), frozenset({"2025"}))])
    index.add(2, [(("count", 52), None)])  # undated: meets every year
    index.add(3, [(("count", 18), frozenset({"2024"})), (("person", "A B"), None)])
    index.add(4, [(("person", "A B"), None), (("count", 52), frozenset({"2024", "2025"}))])
    assert index.candidates(0) == {2, 4}
    assert index.candidates(1) == {2, 4}
    assert index.candidates(2) == {0, 1, 4}
    assert index.candidates(3) == {4}
    assert index.candidates(4) == {0, 1, 2, 3}
    assert index.candidates(9) == set()


def _full_scan(extractions: list[Extraction], resolution: EntityIndex) -> list[Event]:
    """merge_events as it was before blocking: every pair compared at every step."""
    canon = Canon(resolution, None)
    protos = []
    for ex in extractions:
        by_type: dict[EventType, list[EventMention]] = defaultdict(list)
        for m in ex.events:
            by_type[m.type].append(m)
        for mentions in by_type.values():
            protos.extend(g for g in within_document(mentions, canon) if stands(g))
    by_type2: dict[EventType, list[Proto]] = defaultdict(list)
    for p in protos:
        by_type2[p.type].append(p)
    merged = []
    for alive in by_type2.values():
        while True:
            best: tuple[float, int, int] | None = None
            for i, a in enumerate(alive):
                for j in range(i + 1, len(alive)):
                    if a.documents & alive[j].documents:
                        continue
                    ok, score = compatible(a, alive[j], canon)
                    if ok and score > 0 and (best is None or score > best[0]):
                        best = (score, i, j)
            if best is None:
                break
            merge_into(alive[best[1]], alive[best[2]])
            del alive[best[2]]
        merged.extend(join_halves(join_bare(alive, canon), canon))  # as merge_events does
    events = [to_event(p, canon) for p in complete_years(merged, canon)]
    events.sort(key=lambda e: (e.date is None, e.date or "", e.type.value, e.id))
    return events


def test_blocked_merging_equals_the_full_scan_on_many_stories() -> None:
    extractions = [ex for _, ex in synthetic_articles(72, seed=3, per_story=8)]
    resolution = resolve(extractions)
    events = merge_events(extractions, resolution)
    assert events == _full_scan(extractions, resolution)
    assert 9 * 3 <= len(events) < 150  # stories' reports merged, stories kept apart


@pytest.mark.parametrize("corpus", ["examples"])
def test_blocked_merging_equals_the_full_scan_on_real_extractions(
        corpus: str, nlp: Language, tmp_path: Path) -> None:
    with Store.open(str(tmp_path / "x.db")) as store:
        run_analyze([str(ROOT / corpus)], store, nlp)
        extractions = list(store.extractions())
    resolution = resolve(extractions)
    assert merge_events(extractions, resolution) == _full_scan(extractions, resolution)


def test_blocked_merging_equals_the_full_scan_when_many_outlets_tell_a_round_alike() -> None:
    # 30 reports a story: most of a round's reports compare alike, so most merges leave the
    # joined group's shape as it was and keep the pairs scored for it
    extractions = [ex for _, ex in synthetic_articles(90, seed=5, per_story=30)]
    resolution = resolve(extractions)
    events = merge_events(extractions, resolution)
    assert events == _full_scan(extractions, resolution)
    assert len(events) < 60  # a round told 10 times is one event, not 10


def _release(doc: str, pub: date, count: int, who: str = "Ilda Vorn") -> Proto:
    canon = Canon(EntityIndex([], {}, []), {doc: pub})
    p = Proto(EventType.RELEASE)
    add(p, mention(doc, EventType.RELEASE, count=count, by="Varnia", persons=(who,),
                   date=day("2024-03-13")), canon)
    return p


def test_groups_told_alike_compare_alike_and_a_group_changes_only_with_what_is_compared(
        ) -> None:
    a = _release("a", date(2024, 3, 14), 12)
    b = _release("b", date(2024, 3, 15), 12)
    assert a.compared() != b.compared()  # another publication day bounds the release
    c = _release("c", date(2024, 3, 14), 12)
    assert a.compared() == c.compared() and a.compared() is not None
    before = a.compared()
    merge_into(a, c)  # the same day, count, side, person and publication: nothing new
    assert a.compared() == before
    merge_into(a, _release("d", date(2024, 3, 14), 13))  # another count: compared anew
    assert a.compared() != before
    odd = _release("e", date(2024, 3, 14), 12)
    odd.odd_day = True  # a day that is no date: compared by its mentions every time
    assert odd.compared() is None
