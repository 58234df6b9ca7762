"""How the cost of one article grows with its size, on adversarial inputs.

usage: python benchmarks/bench_growth.py [--base N] [--steps K]

Each family of hostile text (abbreviations, a list of names, dates, numbers, nesting, a run
of brackets, of punctuation, of one word, of one letter, a feed nested deep or with many
elements side by side, distinct sentences in one paragraph) is doubled K times from N units;
each article is read, cleaned, dated and extracted as ``analyze`` does (the real readers and
the real spaCy pipeline, no store).
Prints the CPU seconds per size and the exponent fitted on log(time) against log(size): 1 is
linear, 2 quadratic. Issue 14 asks for at most 1.2 in every family. ``--only NAME`` runs the
families named (repeatable).
"""

from __future__ import annotations

import argparse
import json
import math
import time
from collections.abc import Callable

from dealwatch.ingest import read_data
from dealwatch.model import Article
from dealwatch.pipeline import analyze_texts, load_nlp

_FIRST = ["Anna", "Maksim", "Olga", "Ivan", "Pavel", "Elena", "Sergei", "Maria", "Dmitri"]
_LAST = ["Korsak", "Trusau", "Petrov", "Ivanova", "Sokolov", "Volkova", "Orlov", "Zaitseva"]


def _name(i: int) -> str:
    return f"{_FIRST[i % 9]} {_LAST[(i * 7) % 8]}{chr(97 + i % 26)}{i}"


def abbreviations(n: int) -> tuple[str, bytes]:
    """One paragraph of "U.S. " repeated: every gap looks like a sentence end."""
    return "a.txt", ("Dravonia freed five prisoners. " + "U.S. " * n + "officials said.").encode()


def names(n: int) -> tuple[str, bytes]:
    """One sentence listing n people freed."""
    listed = ", ".join(_name(i) for i in range(n))
    return "n.txt", f"Dravonia freed {listed} and others on Monday.".encode()


def dates(n: int) -> tuple[str, bytes]:
    """A paragraph of n dated releases, each a short sentence."""
    days = " ".join(f"On {1 + i % 28} March {2000 + i % 25}, Dravonia freed {_name(i)}."
                    for i in range(n))
    return "d.txt", f"Published: 3 April 2025\n\n{days}".encode()


def numbers(n: int) -> tuple[str, bytes]:
    """One sentence of n counts: "freed 12 prisoners, 13 journalists, ..."."""
    counts = ", ".join(f"{10 + i} prisoners" for i in range(n))
    return "c.txt", f"Dravonia freed {counts} and 3 activists in the exchange.".encode()


def nesting(n: int) -> tuple[str, bytes]:
    """A JSON-lines record whose JSON-LD-like field nests n deep beside a real text."""
    deep = "[" * n + "]" * n
    html = (f'<html><head><script type="application/ld+json">{deep}</script></head><body>'
            + "<div>" * min(n, 200) + "<p>Dravonia freed five prisoners on Monday.</p>"
            + "</div>" * min(n, 200) + "</body></html>")
    return "j.jsonl", (json.dumps({"html": html}) + "\n").encode()


def brackets(n: int) -> tuple[str, bytes]:
    """A run of n opening brackets without a space: spaCy's tokenizer splits them one at a
    time (found by the fuzz soak)."""
    return "b.txt", ("Dravonia freed five prisoners on Monday. " + "(" * n).encode()


_LEAD = "Dravonia freed five prisoners on Monday, officials in Ardel said."
_CLOSE = "A spokesman for Belmaria said the talks would go on next month."


def punctuation(n: int) -> tuple[str, bytes]:
    """A run of punctuation between the paragraphs of a good article: one spaCy token a
    character before it was cut (60 KB took 56 s; found by the fuzz soak)."""
    return "p.txt", f"{_LEAD}\n\n{'!? ' * n}\n\n{_CLOSE}".encode()


def repeats(n: int) -> tuple[str, bytes]:
    """A word repeated inside an article ("Mr. Mr. Mr."): prose to a letter count."""
    return "r.txt", f"{_LEAD} {'Mr. ' * n}{_CLOSE}".encode()


def letters(n: int) -> tuple[str, bytes]:
    """A run of one letter without white space: spaCy's time grows with a token's length."""
    return "l.html", f"<html><body><p>{_LEAD}</p><p>{'a' * n}</p></body></html>".encode()


def feed_depth(n: int) -> tuple[str, bytes]:
    """A feed item nesting n elements: feedparser handles each one in Python."""
    return "f.xml", (f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
                     f"<description>{_LEAD}</description>{'<x>' * n}{'</x>' * n}</item>"
                     "</channel></rss>").encode()


def feed_elements(n: int) -> tuple[str, bytes]:
    """A feed item with n empty elements side by side (flat, not deep)."""
    return "e.xml", (f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
                     f"<description>{_LEAD}</description>{'<x/>' * n}</item>"
                     "</channel></rss>").encode()


def sentences(n: int) -> tuple[str, bytes]:
    """n distinct sentences in one paragraph: each was compared with every earlier one for
    a repeat before the comparison looked only at those sharing its rarest word."""
    return "s.txt", " ".join(f"Official number {i} said the talks in Ardel went on."
                             for i in range(n)).encode()


FAMILIES: dict[str, Callable[[int], tuple[str, bytes]]] = {
    "abbreviations": abbreviations, "names": names, "dates": dates, "numbers": numbers,
    "nesting": nesting, "brackets": brackets, "punctuation": punctuation, "repeats": repeats,
    "letters": letters, "feed depth": feed_depth, "feed elements": feed_elements,
    "sentences": sentences,
}
# units each family starts from, so that the smallest input costs more than timer noise
START = {"abbreviations": 2000, "names": 250, "dates": 100, "numbers": 250, "nesting": 5000,
         "brackets": 2000, "punctuation": 10_000, "repeats": 10_000, "letters": 60_000,
         "feed depth": 20_000, "feed elements": 5_000, "sentences": 150}


def cost(nlp: object, name: str, data: bytes) -> float:
    """CPU seconds to read, clean, date and extract one input."""
    start = time.process_time()
    items = read_data(name, data, max_chars=nlp.max_length)  # type: ignore[attr-defined]
    articles = [a for a in items if isinstance(a, Article)]
    if articles:
        analyze_texts(articles, nlp)  # type: ignore[arg-type]
    return time.process_time() - start


def _outcome(nlp: object, name: str, data: bytes) -> str:
    """What the reader made of an input: read, or the code it was rejected with."""
    items = read_data(name, data, max_chars=nlp.max_length)  # type: ignore[attr-defined]
    return ", ".join("read" if isinstance(i, Article) else i.code for i in items)


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """The slope of log(seconds) over log(size), by least squares."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-4)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=float, default=1.0, help="scale the starting sizes")
    parser.add_argument("--steps", type=int, default=4, help="sizes per family (doublings+1)")
    parser.add_argument("--only", action="append", choices=list(FAMILIES), default=None)
    args = parser.parse_args()
    nlp = load_nlp()
    cost(nlp, *names(50))  # warm up: the given-names table and spaCy's first batch
    print(f"{'family':<14} {'exponent':>8}  sizes (units: KB, CPU s)")
    for family, make in FAMILIES.items():
        if args.only and family not in args.only:
            continue
        sizes, seconds, shown, largest = [], [], [], ""
        for k in range(args.steps):
            units = int(START[family] * args.base) * 2 ** k
            name, data = make(units)
            took = min(cost(nlp, name, data) for _ in range(2))
            sizes.append(len(data))
            seconds.append(took)
            shown.append(f"{units}: {len(data) / 1000:.0f} KB {took:.2f} s")
            largest = _outcome(nlp, name, data)
        print(f"{family:<14} {exponent(sizes, seconds):>8.2f}  " + "; ".join(shown)
              + f" (largest: {largest})", flush=True)


if __name__ == "__main__":
    main()
