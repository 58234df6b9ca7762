"""The ledger is kept, not rebuilt on every read.

``kept_ledger`` returns the ledger the store keeps when it was built from the same claims
(the store's fingerprint) by the same code (a digest of dealwatch's own source files); else it
builds it from everything stored, keeps it, and returns it. ``rebuild`` always builds and
keeps. What is kept is exactly what a build gives: reading it back gives an equal ledger.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import time
from functools import cache
from importlib import resources
from typing import Any

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
from dealwatch.store.kept import read_kept, write_kept


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


def rebuild(store: Store, timings: dict[str, float] | None = None) -> Ledger:
    """Build the ledger from everything stored and keep it, whatever was kept. ``timings``,
    when given, receives the seconds of ``build_ledger``'s stages and of keeping it."""
    return _build_and_keep(store, _key(store), timings)


def _build_and_keep(store: Store, key: str, timings: dict[str, float] | None = None) -> Ledger:
    from dealwatch.pipeline import build_ledger, no_cycle_collection

    ledger = build_ledger(store, timings)
    begin = time.perf_counter()
    # A store one may only read (a read-only file, a reporting role) still shows its ledger;
    # it is built again next time.
    with contextlib.suppress(StoreError):
        with no_cycle_collection():  # the ledger's dicts: many objects, no cycles
            data = json.dumps(ledger.to_dict(), ensure_ascii=False)
        write_kept(store, key, data)
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
