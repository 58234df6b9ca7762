"""Search across scripts and spellings on a large store: the index and the queries.

usage: python benchmarks/bench_search.py [--n 3000] [--db search.db] [--rounds 5]

The store is ``bench_incremental``'s synthetic one (``--n`` articles with their claims, kept in
--db and reused when it holds --n articles). Printed: the ledger's size; the time to fold every
name, event and article once per snapshot (``search_index``) beside what the earlier search
made per snapshot (the texts case-folded, nothing romanized); then the median time of one
query of each kind (a name as written, a word of the texts, the same name in Cyrillic, a name
in another romanization) with what it found, beside the earlier search's scan of the
case-folded texts for it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from dealwatch.pipeline import build_ledger
from dealwatch.render import document_labels
from dealwatch.resolve.keys import latin
from dealwatch.search import search, search_index
from dealwatch.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_incremental import median_ms, stored_or_built  # noqa: E402


def cyrillic(name: str) -> str:
    """A Latin name written back in Cyrillic, letter for letter (for the benchmark only)."""
    table = {"shch": "щ", "sh": "ш", "ch": "ч", "kh": "х", "zh": "ж", "ts": "ц", "ya": "я",
             "yu": "ю", "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з",
             "i": "и", "y": "ы", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п",
             "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "h": "х", "j": "й", "c": "к",
             "w": "в", "x": "кс", "q": "к"}
    out, low, i = [], latin(name), 0
    while i < len(low):
        for size in (4, 2, 1):
            if low[i:i + size] in table:
                out.append(table[low[i:i + size]])
                i += size
                break
        else:
            out.append(low[i])
            i += 1
    return "".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=3000, help="articles in the store")
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir())
                                            / "dealwatch-bench-search.db"))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    db = Path(args.db)
    took = stored_or_built(db, args.n)
    if took is not None:
        print(f"built {db}: {args.n} synthetic articles in {took:.0f} s")
    with Store.open(str(db)) as store:
        ledger = build_ledger(store)
        articles = {a.id: a for a in store.articles()}
    labels = document_labels(ledger)
    chars = sum(len(a.text) for a in articles.values())
    print(f"store: {len(articles)} articles ({chars / 1e6:.1f} M characters), "
          f"{len(ledger.events)} events, {len(ledger.entities)} entities")

    t0 = time.perf_counter()
    index = search_index(ledger, articles, labels)
    built = time.perf_counter() - t0
    t0 = time.perf_counter()
    old_docs = [(a.text.casefold(), (a.title or "").casefold()) for a in articles.values()]
    old_events = ["\n".join([e.location or "", *(s.quote for s in e.sources)]).casefold()
                  for e in ledger.events]
    before = time.perf_counter() - t0

    def earlier(query: str) -> int:
        """The earlier search's text part: the case-folded query in the case-folded texts."""
        needle = query.casefold()
        return (sum(needle in t for t in old_events)
                + sum(needle in t or needle in title for t, title in old_docs))
    print(f"index: {built:.2f} s once per snapshot ({len(index.parts)} name words); "
          f"the earlier case-folding alone: {before:.2f} s")

    people = sorted((e for e in ledger.entities if e.type.value == "person"),
                    key=lambda e: -len(e.documents))
    name = people[0].name if people else "nobody"
    surname = name.split()[-1]
    variant = surname[:-1] + ("y" if surname.endswith("i") else "i")
    queries = {"name as written": name, "a word of the texts": "prisoners",
               "the surname in Cyrillic": cyrillic(surname), "another romanization": variant}
    for kind, query in queries.items():
        found = search(index, query)
        took = median_ms(lambda q=query: search(index, q), args.rounds)  # type: ignore[misc]
        old = median_ms(lambda q=query: earlier(q), args.rounds)  # type: ignore[misc]
        print(f"{kind:<24} {query!r:<28} {took:7.1f} ms (earlier texts only {old:5.1f} ms)  "
              f"names {len(found.names)}, "
              f"events {len(found.events)}, articles {len(found.articles)}"
              + (f", also as {found.spellings[:3]}" if found.spellings else ""))


if __name__ == "__main__":
    main()
