"""Server-side render time of every web page for a large store (10,000 articles by default).

usage: python benchmarks/bench_web.py [--n 10000] [--db big.db] [--rounds 5] [--ledger-sizes 50,100]

The big store is built without spaCy: the example corpus is analyzed once, then its stored
articles and extractions are cloned with new document ids, outlets and dates shifted by whole
months. It is kept in --db and reused when it already holds --n articles.

``build_ledger`` (resolve + merge + reconcile) is superlinear today (pairwise event merging in
``reconcile``), so at 10,000 articles it does not finish in useful time. The pages are timed on
a snapshot whose ledger is the example ledger cloned the same way (one copy of every event per
cloned article: more events than merging would leave, so the figures are on the safe side);
``--ledger-sizes`` times the real ``build_ledger`` on smaller stores and names where the time
goes. Printed per page: the median time to build its dict, to render it as HTML and as JSON,
and of a whole request through the ASGI app in-process (TestClient; no network).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from dealwatch.model import (
    Article,
    Conflict,
    Evidence,
    Extraction,
    Ledger,
    Round,
    Spelling,
)
from dealwatch.pipeline import build_ledger, load_nlp, run_analyze
from dealwatch.store import Store

ROOT = Path(__file__).resolve().parents[1]
_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(T.*)?$")
SPREAD = 120  # clones are spread over ten years of months


def shift_value(value: str, months: int) -> str:
    """A TIMEX value moved by whole months ('2024-03-13' + 2 -> '2024-05-13')."""
    m = _VALUE.match(value)
    if not m:
        return value
    year, month = int(m.group(1)), int(m.group(2) or 1)
    total = year * 12 + month - 1 + months
    y, mo = divmod(total, 12)
    if m.group(2) is None:
        return f"{y}" + (m.group(4) or "")
    out = f"{y:04d}-{mo + 1:02d}"
    if m.group(3):
        out += f"-{min(int(m.group(3)), 28):02d}"
    return out + (m.group(4) or "")


def _clone(data: Any, doc: str, new_doc: str, months: int, tag: str) -> Any:
    if isinstance(data, dict):
        out = {k: _clone(v, doc, new_doc, months, tag) for k, v in data.items()}
        if out.get("document") == doc:
            out["document"] = new_doc
        if "resolution" in out and isinstance(out.get("value"), str):
            out["value"] = shift_value(out["value"], months)
            if isinstance(out.get("until"), str):
                out["until"] = shift_value(out["until"], months)
        if "evidence" in out and "cue" in out:  # an event mention: ids must stay unique
            out["id"] = f"{out['id']}-{tag}"
        return out
    if isinstance(data, list):
        return [_clone(v, doc, new_doc, months, tag) for v in data]
    return data


def clone(article: Article, extraction: Extraction | None, n: int) -> tuple[Article,
                                                                           Extraction | None]:
    """Copy number n of an article and its extraction."""
    months = n % SPREAD
    new_id = f"{n:06d}{article.id[6:]}"
    pub = None
    if article.published:
        shifted = shift_value(article.published.isoformat(), months)
        pub = date.fromisoformat(shifted)
    art = replace(article, id=new_id, path=f"clone/{n}/{article.path}", published=pub,
                  outlet=f"{article.outlet or 'Outlet'} {n % 400}",
                  duplicate_of=None if article.duplicate_of is None
                  else f"{n:06d}{article.duplicate_of[6:]}")
    if extraction is None:
        return art, None
    data = _clone(extraction.to_dict(), article.id, new_id, months, f"c{n}")
    return art, Extraction.from_dict(data)


def seed_store(folder: Path) -> Path:
    """The example corpus, analyzed once with spaCy."""
    seed = folder / "seed.db"
    if not seed.exists():
        with Store.open(str(seed)) as store:
            run_analyze([str(ROOT / "examples")], store, load_nlp())
    return seed


def build_store(db: Path, n: int, seed: Path) -> None:
    """Fill db with n articles cloned from the analyzed example corpus."""
    with Store.open(str(seed)) as store:
        articles = list(store.articles())
        extractions = {x.document: x for x in store.extractions()}
    start = time.perf_counter()
    with Store.open(str(db)) as store:
        for i in range(n):
            art, ext = clone(articles[i % len(articles)],
                             extractions.get(articles[i % len(articles)].id),
                             i // len(articles))
            store.add_article(art, ext, extractor="bench-clone")
    print(f"built {db} with {n} cloned articles in {time.perf_counter() - start:.1f} s")


def clone_ledger(seed: Ledger, n: int) -> Ledger:
    """The seed ledger repeated as ``clone`` repeats the articles: copy i of every document,
    event and round, dates moved by the same months; entities gain the copies' documents."""
    per = len(seed.documents)
    out = Ledger(rejected=list(seed.rejected), decisions=list(seed.decisions))
    docs_of: dict[str, list[str]] = {}
    running: list[dict[str, Any]] = []
    for copy in range(-(-n // per)):
        months = copy % SPREAD
        ids = {d.id: f"{copy:06d}{d.id[6:]}" for d in seed.documents}
        for d in seed.documents[: n - copy * per]:
            pub = shift_value(d.published, months) if d.published else None
            out.documents.append(replace(d, id=ids[d.id], published=pub,
                                         duplicate_of=ids.get(d.duplicate_of or "")))
            docs_of.setdefault(d.id, []).append(ids[d.id])
        ev_ids = {e.id: f"{e.id}-c{copy}" for e in seed.events}

        def evidence(ev: Evidence, ids: dict[str, str] = ids) -> Evidence:
            return replace(ev, document=ids.get(ev.document, ev.document))

        def conflict(c: Conflict, ids: dict[str, str] = ids,
                     ev_ids: dict[str, str] = ev_ids) -> Conflict:
            values = tuple(replace(v, documents=tuple(ids.get(x, x) for x in v.documents))
                           for v in c.values)
            return replace(c, values=values, subject=ev_ids.get(c.subject or "", c.subject))

        for e in seed.events:
            out.events.append(replace(
                e, id=ev_ids[e.id], date=shift_value(e.date, months) if e.date else None,
                sources=tuple(evidence(s) for s in e.sources),
                conflicts=tuple(conflict(c) for c in e.conflicts)))
        for r in seed.rounds:
            out.rounds.append(Round(f"{r.id}-c{copy}",
                                    shift_value(r.date, months) if r.date else None,
                                    {k: tuple(ev_ids[i] for i in v) for k, v in r.gave.items()},
                                    r.summary, tuple(evidence(x) for x in r.links)))
        out.promises += [replace(p, promise=ev_ids[p.promise],
                                 delivered_by=tuple(ev_ids[i] for i in p.delivered_by))
                         for p in seed.promises]
        out.conflicts += [conflict(c) for c in seed.conflicts]
        running += [{**row, "event": ev_ids.get(row["event"], row["event"])}
                    for row in seed.totals.get("running", [])]
    out.entities = [replace(e, documents=tuple(x for d in e.documents for x in docs_of.get(d, [])),
                            spellings=tuple(Spelling(s.text, tuple(
                                x for d in s.documents for x in docs_of.get(d, [])))
                                for s in e.spellings))
                    for e in seed.entities]
    out.totals = {**seed.totals, "running": running}
    return out


def time_build_ledger(sizes: list[int], seed: Path, folder: Path) -> None:
    """The real build_ledger on smaller cloned stores, with its three costliest functions."""
    import cProfile
    import pstats

    for n in sizes:
        db = folder / f"ledger-{n}.db"
        if not db.exists():
            build_store(db, n, seed)
        with Store.open(str(db)) as store:
            prof = cProfile.Profile()
            start = time.perf_counter()
            prof.enable()
            ledger = build_ledger(store)
            prof.disable()
            took = time.perf_counter() - start
        stats = pstats.Stats(prof).sort_stats("cumulative")
        top = [(f"{fn[2]} ({Path(fn[0]).name})", row[3]) for fn, row in
               stats.stats.items() if "dealwatch" in fn[0]]  # type: ignore[attr-defined]
        top.sort(key=lambda t: -t[1])
        where = ", ".join(f"{name} {sec:.1f} s" for name, sec in top[1:4])
        print(f"build_ledger on {n} articles: {took:.1f} s ({len(ledger.events)} events); "
              f"cumulative: {where}")


def median_ms(fn: Callable[[], Any], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000, help="articles in the store")
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "dealwatch-bench.db"))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--ledger-sizes", default="50,100",
                        help="store sizes to time the real build_ledger on ('' for none)")
    args = parser.parse_args()

    db = Path(args.db)
    work = db.parent / (db.stem + "-work")
    work.mkdir(exist_ok=True)
    seed = seed_store(work)
    if db.exists():
        with Store.open(str(db)) as store:
            if store.counts()["documents"] != args.n:
                db.unlink()
    if not db.exists():
        build_store(db, args.n, seed)
    sizes = [int(x) for x in args.ledger_sizes.split(",") if x.strip()]
    if sizes:
        time_build_ledger(sizes, seed, work)

    from fastapi.testclient import TestClient

    from dealwatch.web import pages
    from dealwatch.web.app import create_app
    from dealwatch.web.plot import timeline_png, timeline_svg
    from dealwatch.web.snapshot import Snapshot
    from dealwatch.web.templating import Links, render
    from dealwatch.web.timeline import Filters, timeline_items

    with Store.open(str(seed)) as store:
        seed_ledger = build_ledger(store)
    with Store.open(str(db)) as store:
        t0 = time.perf_counter()
        articles = {a.id: a for a in store.articles()}
        ledger = clone_ledger(seed_ledger, args.n)
        snap = pages.warm(Snapshot.of(ledger, articles, store.fingerprint()))
        built = time.perf_counter() - t0
        fp = median_ms(store.fingerprint, args.rounds)
    led = snap.ledger
    print(f"store: {len(led.documents)} articles, {len(led.events)} events, "
          f"{len(led.entities)} entities, {len(led.rounds)} rounds, "
          f"{len(led.conflicts)} conflicts")
    print(f"reading the articles, indexing the (cloned) ledger and warming the page tables: "
          f"{built:.2f} s; "
          f"freshness check (Store.fingerprint): {fp:.1f} ms a request")

    event = max(led.events, key=lambda e: len(e.sources)).id
    entity = max(led.entities, key=lambda e: len(e.documents)).id
    article = max(snap.articles, key=lambda d: len(snap.by_document.get(d, ())))
    links = Links()
    cases: list[tuple[str, str, Callable[[], dict[str, Any] | None]]] = [
        ("/ledger", "ledger.html", lambda: pages.ledger_page(snap)),
        ("/timeline", "timeline.html", lambda: pages.timeline_page(snap, Filters())),
        ("/events", "events.html", lambda: pages.events_page(snap)),
        (f"/events/{event}", "event.html", lambda: pages.event_page(snap, event)),
        ("/entities", "entities.html", lambda: pages.entities_page(snap)),
        (f"/entities/{entity}", "entity.html", lambda: pages.entity_page(snap, entity)),
        ("/articles", "articles.html", lambda: pages.articles_page(snap)),
        (f"/articles/{article}", "article.html", lambda: pages.article_page(snap, article)),
        ("/search?q=Vorsik", "search.html", lambda: pages.search_page(snap, "Vorsik")),
    ]
    extra = {"downloads": {"svg": "", "png": ""}}
    print(f"\n{'page':40} {'dict':>8} {'html':>8} {'json':>8} {'request':>9}  (ms, median)")
    with TestClient(create_app(str(db))) as client:
        client.app.state.cache.loader = lambda _store: snap  # type: ignore[attr-defined]
        for path, template, build in cases:
            data = build()
            assert data is not None
            dict_ms = median_ms(build, args.rounds)
            html_ms = median_ms(lambda t=template, d=data: render(t, d, links, **extra),
                                args.rounds)
            json_ms = median_ms(lambda d=data: json.dumps(d), args.rounds)
            req_ms = median_ms(lambda p=path: client.get(p), args.rounds)
            print(f"{path[:40]:40} {dict_ms:8.1f} {html_ms:8.1f} {json_ms:8.1f} {req_ms:9.1f}")
        dated, _ = timeline_items(snap, Filters())
        for path, draw in (("/timeline.svg", lambda: timeline_svg(dated, "t")),
                           ("/timeline.png", lambda: timeline_png(dated, "t"))):
            req_ms = median_ms(lambda p=path: client.get(p), args.rounds)
            print(f"{path:40} {'':8} {median_ms(draw, args.rounds):8.1f} {'':8} {req_ms:9.1f}")


if __name__ == "__main__":
    main()
