"""The ledger is kept, not rebuilt on every read.

``kept_ledger`` returns the ledger the store keeps when it was built from the same claims
(the store's fingerprint) by the same code (a digest of dealwatch's own source files); else it
builds it from everything stored, keeps it, and returns it. ``rebuild`` always builds and
keeps. What is kept is exactly what a build gives: reading it back gives an equal ledger.

Beside the whole ledger, each deal's ledger (``for_deal``), the deals' ids and names and their
summary rows are kept as parts: ``kept_deal`` and ``kept_summaries`` read only those, so a
command about one deal of a large store does not read the whole ledger.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from collections.abc import Iterable
from dataclasses import fields
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from dealwatch.errors import StoreError
from dealwatch.model import (
    LEDGER_SCHEMA,
    Conflict,
    Correction,
    Deal,
    Decision,
    DocumentInfo,
    Entity,
    Event,
    Evidence,
    Freed,
    Kept,
    Ledger,
    PromiseCheck,
    Rejected,
    Round,
    StatedCount,
    Tie,
)
from dealwatch.store import Store
from dealwatch.store.kept import read_kept, read_part, read_parts, read_parts_like, write_kept

if TYPE_CHECKING:
    from dealwatch.reconcile.memo import MergeMemo

_INDEX, _SUMMARIES, _MERGED = "deals", "summaries", "merged/"


@cache
def code_digest() -> str:
    """A digest of dealwatch's source files and data: another build of the code (a new
    release, a local change) never reads a ledger an older one kept."""
    digest = hashlib.sha256(LEDGER_SCHEMA.encode())
    root = resources.files("dealwatch")
    stack = [root]
    files = []
    while stack:
        folder = stack.pop()
        for item in folder.iterdir():
            if item.is_dir() and item.name != "__pycache__":
                stack.append(item)
            elif item.name.endswith((".py", ".json")):
                files.append(item)
    for item in sorted(files, key=lambda f: str(f)):
        digest.update(str(item).encode())
        digest.update(item.read_bytes())
    return digest.hexdigest()[:16]


def _key(store: Store) -> str:
    return f"{code_digest()}|{store.fingerprint()}"


def kept_ledger(store: Store) -> Ledger:
    """The store's ledger: the kept one while claims and code are unchanged, else built and
    kept."""
    key = _key(store)
    data = read_kept(store, key)
    if data is not None:
        return ledger_from_dict(json.loads(data))
    return _build_and_keep(store, key)


def kept_deal(store: Store, wanted: str) -> Ledger:
    """The ledger of the one deal ``wanted`` names (its id or name; see ``find_deal``), read
    from its kept part and its entities' while claims and code are unchanged."""
    from dealwatch.deals.view import deal_named, find_deal, for_deal

    key = _key(store)
    index = read_part(store, key, _INDEX)
    if index is not None:
        deal = deal_named([(i, n) for i, n in json.loads(index)], wanted)
        data = read_part(store, key, _deal_part(deal))
        if data is not None:
            part = json.loads(data)
            names = [_entity_part(i) for i in part["entities"]]
            entities = read_parts(store, key, names)
            if len(entities) == len(set(names)):
                part["entities"] = [json.loads(entities[n]) for n in names]
                return ledger_from_dict(part)
    ledger = _build_and_keep(store, key)
    return for_deal(ledger, find_deal(ledger, wanted))


def kept_summaries(store: Store) -> list[dict[str, Any]]:
    """One summary row per deal (``deal_summaries``), read from its kept part while claims
    and code are unchanged."""
    from dealwatch.deals.view import deal_summaries

    key = _key(store)
    data = read_part(store, key, _SUMMARIES)
    if data is not None:
        rows: list[dict[str, Any]] = json.loads(data)
        return rows
    return deal_summaries(_build_and_keep(store, key))


def _deal_part(deal: str | None) -> str:
    """A deal's part name: its id's digest (an id may be long)."""
    return "deal/" + hashlib.sha256((deal or "").encode()).hexdigest()[:24]


def _merged_part(deal: str | None) -> str:
    """A deal's merge (``reconcile.memo.Merged``): "merged/" and its id's digest."""
    return _MERGED + _deal_part(deal)[len("deal/"):]


def _entity_part(entity: str) -> str:
    return "entity/" + hashlib.sha256(entity.encode()).hexdigest()[:24]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _object(members: Iterable[tuple[str, str]]) -> str:
    """A JSON object from its keys and its members' JSON: what ``json.dumps`` writes."""
    return "{" + ", ".join(f"{_json(k)}: {v}" for k, v in members) + "}"


def _array(items: Iterable[str]) -> str:
    return "[" + ", ".join(items) + "]"


class _Written:
    """A ledger's records as JSON, each written once: the whole ledger and its parts are put
    together from these strings, byte for byte what ``json.dumps`` writes for them whole."""

    def __init__(self, ledger: Ledger) -> None:
        self.of: dict[int, str] = {}  # id(record) -> its JSON
        self.lists: dict[str, list[str]] = {}
        for f in fields(Ledger):
            if f.name != "totals":
                texts = self.lists[f.name] = []
                for record in getattr(ledger, f.name):
                    text = self.of[id(record)] = _json(record.to_dict())
                    texts.append(text)
        self.totals: dict[str, Any] = Ledger(totals=ledger.totals).to_dict()["totals"]

    def whole(self) -> str:
        """``json.dumps(ledger.to_dict())``, joined once from its pieces (a text with one wide
        character is stored four bytes a character: no field is joined apart first)."""
        pieces = ["{", _json("schema"), ": ", _json(LEDGER_SCHEMA)]
        for f in fields(Ledger):
            pieces += [", ", _json(f.name), ": "]
            if f.name == "totals":
                pieces.append(_json(self.totals))
                continue
            pieces.append("[")
            for k, text in enumerate(self.lists[f.name]):
                if k:
                    pieces.append(", ")
                pieces.append(text)
            pieces.append("]")
        pieces.append("}")
        return "".join(pieces)


def _parts(ledger: Ledger, written: _Written) -> dict[str, str]:
    """Each deal's ledger with its entities by id (an entity named in many deals is kept
    once), each entity a deal names, the deals' ids and names, their summary rows, from the
    records' JSON ``written``."""
    from dealwatch.deals.split import by_deal
    from dealwatch.deals.view import deal_summaries

    parts: dict[str, str] = {}
    filed: set[str] = set()  # the entities some deal's part lists: only those are read alone
    for deal, part in by_deal(ledger).items():
        members = [("schema", _json(LEDGER_SCHEMA))]
        for f in fields(Ledger):
            if f.name == "totals":
                members.append(("totals", _json({k: written.totals[k] for k in part.totals})))
            elif f.name == "entities":
                ids = [e.id for e in part.entities]
                filed.update(ids)
                members.append(("entities", _json(ids)))
            else:
                members.append((f.name, _array(written.of[id(r)]
                                               for r in getattr(part, f.name))))
        parts[_deal_part(deal)] = _object(members)
    for entity in ledger.entities:
        if entity.id in filed:  # not one named only in articles that tell no event
            parts[_entity_part(entity.id)] = written.of[id(entity)]
    parts[_INDEX] = _json([[d.id, d.name] for d in ledger.deals])
    parts[_SUMMARIES] = _json(deal_summaries(ledger))
    return parts


def rebuild(store: Store, timings: dict[str, float] | None = None) -> Ledger:
    """Build the ledger from everything stored and keep it, whatever was kept (every deal
    merged afresh). ``timings``, when given, receives the seconds of ``build_ledger``'s
    stages and of keeping it."""
    return _build_and_keep(store, _key(store), timings, afresh=True)


def update(store: Store, timings: dict[str, float] | None = None) -> tuple[Ledger, MergeMemo]:
    """The ledger built again and kept, each deal's kept merge taken where it stands (the
    same ledger as ``rebuild``'s); and which deals were merged again (the memo's ``made``
    less its ``reused``)."""
    memo = _kept_merges(store)
    return _build_and_keep(store, _key(store), timings, memo=memo), memo


def _kept_merges(store: Store) -> MergeMemo:
    """The deals' merges kept by the last build of this code, whatever claims it read, with
    a reader of each deal's kept events."""
    from dealwatch.reconcile.memo import Merged, MergeMemo

    old, found = read_parts_like(store, _MERGED)
    memo = MergeMemo()
    if old is None or not old.startswith(code_digest() + "|"):
        return memo
    for data in found.values():
        d = json.loads(data)
        memo.kept[d["deal"]] = Merged.from_dict(d)

    def events_of(deal: str | None) -> list[Event] | None:
        part = read_part(store, old, _deal_part(deal))
        if part is None:
            return None
        return [Event.from_dict(e) for e in json.loads(part)["events"]]

    memo.events_of = events_of
    return memo


def _build_and_keep(store: Store, key: str, timings: dict[str, float] | None = None,
                    afresh: bool = False, memo: MergeMemo | None = None) -> Ledger:
    from dealwatch.build import build_ledger, no_cycle_collection
    from dealwatch.reconcile.memo import MergeMemo

    if memo is None:
        memo = MergeMemo() if afresh else _kept_merges(store)
    ledger = build_ledger(store, timings, memo=memo)
    begin = time.perf_counter()
    # A store one may only read (a read-only file, a reporting role) still shows its ledger;
    # it is built again next time.
    with contextlib.suppress(StoreError):
        with no_cycle_collection():  # the ledger's dicts: many objects, no cycles
            written = _Written(ledger)  # each record's JSON once, for the whole and parts
            data = written.whole()
            parts = _parts(ledger, written)
            for deal, merged in memo.made.items():
                parts[_merged_part(deal)] = _json({"deal": deal, **merged.to_dict()})
        write_kept(store, key, data, parts)
    if timings is not None:
        timings["keep"] = time.perf_counter() - begin
    return ledger


def _round(d: dict[str, Any]) -> Round:
    return Round(d["id"], d.get("date"), {k: tuple(v) for k, v in d["gave"].items()},
                 d["summary"], tuple(Evidence.from_dict(e) for e in d.get("links", ())),
                 d.get("deal"), Tie(d.get("tie", Tie.NONE.value)))


def _promise(d: dict[str, Any]) -> PromiseCheck:
    return PromiseCheck(d["promise"], d.get("by"), d.get("what"), d.get("kept"),
                        tuple(d.get("delivered_by", ())), d.get("reason", ""), d.get("deal"),
                        Kept(d.get("status", Kept.NOT_YET.value)), tuple(d.get("missing", ())))


def _deal(d: dict[str, Any]) -> Deal:
    stated = tuple(StatedCount(s["side"], int(s["count"]), s["document"], s.get("outlet"),
                               Evidence.from_dict(s["evidence"]), int(s["ledger_count"]),
                               int(s["ledger_releases"]), s.get("date"))
                   for s in d.get("stated", ()))
    return Deal(d["id"], d["name"], tuple(d["sides"]), d.get("start"), d.get("end"),
                tuple(d.get("documents", ())), tuple(d.get("events", ())),
                dict(d.get("totals", {})), stated)


def _freed(d: dict[str, Any]) -> Freed:
    return Freed(d["name"], tuple(d.get("spellings", ())), d.get("deal"), d.get("date"),
                 d.get("side"), d["event"], tuple(d.get("documents", ())),
                 bool(d.get("background", False)))


def _document(d: dict[str, Any]) -> DocumentInfo:
    return DocumentInfo(d["id"], d["path"], d.get("title"), d.get("outlet"),
                        d.get("published"), d.get("duplicate_of"),
                        d.get("published_evidence"), d.get("url"),
                        tuple(Correction.from_dict(c) for c in d.get("corrected", ())))


def ledger_from_dict(d: dict[str, Any]) -> Ledger:
    """A ledger read back from its JSON (``Ledger.to_dict``)."""
    return Ledger(
        documents=[_document(x) for x in d.get("documents", ())],
        rejected=[Rejected.from_dict(x) for x in d.get("rejected", ())],
        entities=[Entity.from_dict(x) for x in d.get("entities", ())],
        events=[Event.from_dict(x) for x in d.get("events", ())],
        rounds=[_round(x) for x in d.get("rounds", ())],
        totals=dict(d.get("totals", {})),
        promises=[_promise(x) for x in d.get("promises", ())],
        conflicts=[Conflict.from_dict(x) for x in d.get("conflicts", ())],
        decisions=[Decision.from_dict(x) for x in d.get("decisions", ())],
        deals=[_deal(x) for x in d.get("deals", ())],
        freed=[_freed(x) for x in d.get("freed", ())],
        corrections=[Correction.from_dict(x) for x in d.get("corrections", ())],
    )
