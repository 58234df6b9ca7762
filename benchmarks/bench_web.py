"""Server-side render time of every web page for a large store (10,000 articles by default).

usage: python benchmarks/bench_web.py [--n 10000] [--db big.db] [--rounds 5]

The store is real: ``--n`` synthetic articles with their claims (many stories, spelling
variants, releases, sanctions relief, meetings; ``bench_incremental``'s generator) written
through the Store API, kept in --db and reused when it already holds --n articles. Printed:
the cold start, that is the first ``build_ledger`` (with its stages) and the snapshot the app
serves (article texts, indexes, page tables), as ``serve`` does once and again after each
ingest (meanwhile it serves the previous snapshot); then, per page, the median time to build
its dict, to render it as HTML and as JSON, and of a whole request through the ASGI app
in-process (TestClient; no network), all on the warm snapshot.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dealwatch.model import EntityType
from dealwatch.pipeline import build_ledger
from dealwatch.resolve.keys import name_symbols
from dealwatch.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_incremental import median_ms, stored_or_built  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000, help="articles in the store")
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir())
                                            / "dealwatch-bench-synthetic.db"))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    db = Path(args.db)
    took = stored_or_built(db, args.n)
    if took is not None:
        print(f"built {db}: {args.n} synthetic articles in {took:.0f} s")

    from fastapi.testclient import TestClient

    from dealwatch.web import pages
    from dealwatch.web.app import create_app
    from dealwatch.web.plot import timeline_png, timeline_svg
    from dealwatch.web.snapshot import Snapshot
    from dealwatch.web.templating import Links, render
    from dealwatch.web.timeline import Filters, timeline_items
    from dealwatch.web.timeline_query import TimelineState

    t0 = time.perf_counter()
    name_symbols("sergei")  # rigour's name tables: once per process, whatever the store
    tables = time.perf_counter() - t0
    with Store.open(str(db)) as store:
        stages: dict[str, float] = {}
        t0 = time.perf_counter()
        fingerprint = store.fingerprint()
        ledger = build_ledger(store, stages)
        t1 = time.perf_counter()
        articles = {a.id: a for a in store.articles()}
        snap = pages.warm(Snapshot.of(ledger, articles, fingerprint))
        t2 = time.perf_counter()
        fp = median_ms(store.fingerprint, args.rounds)
    led = snap.ledger
    print(f"store: {len(led.documents)} articles, {len(led.events)} events, "
          f"{len(led.entities)} entities, {len(led.rounds)} rounds, "
          f"{len(led.conflicts)} conflicts")
    print(f"cold start: rigour name tables {tables:.1f} s (once per process); build_ledger "
          f"{t1 - t0:.1f} s (" + ", ".join(f"{k} {v:.1f}" for k, v in stages.items())
          + f"); article texts, indexes and page tables {t2 - t1:.1f} s; "
          f"freshness check (Store.fingerprint) {fp:.1f} ms a request")

    event = max(led.events, key=lambda e: len(e.sources)).id
    entity = max(led.entities, key=lambda e: len(e.documents)).id
    person = next(e for e in led.entities if e.type == EntityType.PERSON)
    term = person.name.split()[-1]
    article = max(snap.articles, key=lambda d: len(snap.by_document.get(d, ())))
    deal = max(led.deals, key=lambda d: len(d.events)).id if led.deals else "none"

    def of_deal(build: Callable[[Snapshot], dict[str, Any]]) -> Callable[[], dict[str, Any]]:
        def page() -> dict[str, Any]:  # as the app does it: the deal's snapshot, made once
            view, scope = pages.deal_scope(snap, deal)
            return {**build(view), **scope}
        return page

    links = Links()
    cases: list[tuple[str, str, Callable[[], dict[str, Any] | None]]] = [
        ("/deals", "deals.html", lambda: pages.deals_page(snap)),
        ("/ledger", "ledger.html", lambda: pages.ledger_page(snap)),
        (f"/ledger?deal={deal}", "ledger.html", of_deal(pages.ledger_page)),
        ("/freed", "freed.html", lambda: pages.freed_page(snap)),
        (f"/timeline?deal={deal}", "timeline.html",
         of_deal(lambda s: pages.timeline_page(s, TimelineState()))),
        ("/timeline", "timeline.html", lambda: pages.timeline_page(snap, TimelineState())),
        ("/events", "events.html", lambda: pages.events_page(snap)),
        (f"/events/{event}", "event.html", lambda: pages.event_page(snap, event)),
        ("/entities", "entities.html", lambda: pages.entities_page(snap)),
        (f"/entities/{entity}", "entity.html", lambda: pages.entity_page(snap, entity)),
        ("/articles", "articles.html", lambda: pages.articles_page(snap)),
        (f"/articles/{article}", "article.html", lambda: pages.article_page(snap, article)),
        (f"/search?q={term}", "search.html", lambda: pages.search_page(snap, term)),
    ]
    extra = {"downloads": {"svg": "", "png": ""}}
    print(f"\n{'page':40} {'dict':>8} {'html':>8} {'json':>8} {'request':>9}  (ms, median)")
    app = create_app(str(db))
    app.state.cache.loader = lambda _store: snap  # the snapshot built above, not another
    with TestClient(app) as client:
        app.state.cache.get()  # built: the pages show the ledger, not "being built"
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
