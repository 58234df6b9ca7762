"""Speed of `dealwatch analyze` against spaCy's nlp.pipe alone, same texts, same run.

usage: python benchmarks/bench_analyze.py [--n 150] [--rounds 3] [--model NAME]
                                          [--htmldate DIR] [--gated] [--before DIR]
                                          [--no-stage]

Issue 15's measurement: N distinct real articles (the labelled corpora and examples/, then
htmldate's evaluation pages for variety), read through dealwatch's readers. Side by side, in
interleaved rounds (the order alternating, so a machine that slows down slows both sides
alike), each in a fresh process, start-up included:

- spaCy alone: ``spacy.load`` of the same model, then ``nlp.pipe`` over the articles' texts;
- ``dealwatch analyze FILES --db NEW --quiet``: reading, cleaning, dates, extraction and
  storing in a new SQLite store (no ledger: ``--quiet`` builds none); on more than one core
  it reads in a forked reader process while it parses (``dealwatch.ingest.ahead``): the
  wall time is the command's, and its CPU time counts the reader's too (the command waits
  for its reader, so the reader's seconds are among the command's children's, which are
  this script's children's once it waits for the command);
- with ``--gated``, the same command with ``--gated`` (the parser only where an event is);
- with ``--before DIR``, the same command run from another checkout of dealwatch (DIR put
  first on PYTHONPATH), for a before/after in one run.

Prints each side's best and median seconds and the ratios to spaCy (best against best, and
the median of the per-round ratios), in wall time and in CPU time (user and system seconds of
the process and the processes it waited for: on a machine shared with other work, the
steadier of the two; with a reader process beside it, more than the wall time). Then, in this
process and without start-up, the per-article stage alone (``analyze_texts``: parse, dates,
extraction) against ``nlp.pipe`` in interleaved pairs, and the date resolver's time per
article (``--no-stage``: not this part).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from dealwatch.dates import find_dates
from dealwatch.ingest import Deduper, read_inputs
from dealwatch.ingest.files import expand_paths
from dealwatch.model import Article
from dealwatch.pipeline import analyze_texts, load_nlp

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [ROOT / "examples", ROOT.parent / "shared" / "corpus"]
HTMLDATE = Path("/work/h15-data/htmldate")  # a checkout of htmldate's repository
READ = (".txt", ".html", ".htm", ".xml", ".jsonl")  # what the readers take; not gold.json

SPACY_ALONE = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
texts = json.loads(open(sys.argv[2], encoding="utf-8").read())
for _ in nlp.pipe(texts, batch_size=16):
    pass
"""
DEALWATCH = "from dealwatch.cli import main; main()"


def candidate_files(htmldate: Path) -> list[str]:
    """The corpora's files, then htmldate's pages, each in name order."""
    found = [p for p in expand_paths(str(c) for c in CORPORA if c.exists())
             if isinstance(p, str) and p.endswith(READ)]
    pages = htmldate / "tests"
    for folder in ("test_set", "cache", "eval"):
        if (pages / folder).is_dir():
            found.extend(str(p) for p in sorted((pages / folder).iterdir())
                         if p.suffix in (".html", ".htm"))
    return found


def distinct_articles(n: int, htmldate: Path) -> tuple[list[str], list[Article]]:
    """Files holding exactly ``n`` articles that are read without a rejection and are no
    near-duplicate of one another (so analyze extracts every one), and their articles."""
    files: list[str] = []
    articles: list[Article] = []
    seen = Deduper()
    for path in candidate_files(htmldate):
        items = list(read_inputs([path]))
        if not items or len(articles) + len(items) > n or \
                not all(isinstance(a, Article) for a in items):
            continue
        found = [a for a in items if isinstance(a, Article)]
        if any(seen.check(a.id, a.text) is not None for a in found):
            continue
        for a in found:
            seen.register(a.id, seen.keys(a.text))
        files.append(path)
        articles.extend(found)
        if len(articles) == n:
            break
    return files, articles


def wall(cmd: list[str], env: dict[str, str], cwd: str) -> tuple[float, float]:
    """Seconds a fresh process takes from its start to its end, and the CPU seconds (user and
    system) it used: the second moves less with the load of a shared machine; it must
    succeed. ``cwd`` holds no dealwatch: ``python -c`` puts its working directory first on
    the path, before PYTHONPATH, and a checkout there would be imported by every side."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env, cwd=cwd)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(cmd[:4])} ...\n{done.stderr[-2000:]}")
    return took, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def summary(name: str, times: list[float], base: list[float] | None) -> str:
    line = f"{name:34s} best {min(times):6.2f} s  median {statistics.median(times):6.2f} s"
    if base is not None:
        ratios = [t / b for t, b in zip(times, base, strict=True)]
        line += (f"  ratio best/best {min(times) / min(base):.3f}, per-round median "
                 f"{statistics.median(ratios):.3f} (range {min(ratios):.3f}-{max(ratios):.3f})")
    return line


SPACY = "spaCy alone (load + nlp.pipe)"


def whole_commands(files: list[str], articles: list[Article], model: str, rounds: int,
                   gated: bool, before: Path | None) -> None:
    python = sys.executable
    here = os.environ.copy()
    here["PYTHONPATH"] = os.pathsep.join([str(ROOT), here.get("PYTHONPATH", "")])
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.json"
        texts.write_text(json.dumps([a.text for a in articles]), encoding="utf-8")

        def analyze(tag: str, *flags: str) -> Callable[[int], list[str]]:
            return lambda k: [python, "-c", DEALWATCH, "analyze", *files, "--db",
                              f"{tmp}/{tag}{k}.db", "--quiet", "--model", model, *flags]

        commands: dict[str, tuple[Callable[[int], list[str]], dict[str, str]]] = {
            SPACY: (lambda _k: [python, "-c", SPACY_ALONE, model, str(texts)], here),
            "dealwatch analyze --quiet": (analyze("a"), here),
        }
        if gated:
            commands["dealwatch analyze --quiet --gated"] = (analyze("g", "--gated"), here)
        if before is not None:
            old = {**here, "PYTHONPATH": os.pathsep.join([str(before),
                                                          os.environ.get("PYTHONPATH", "")])}
            commands[f"before ({before.name}) analyze --quiet"] = (analyze("b"), old)
        sides: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for k in range(rounds):
            order = list(sides) if k % 2 == 0 else list(reversed(sides))
            for name in order:
                command, env = commands[name]
                took, used = wall(command(k), env, tmp)
                sides[name].append(took)
                cpu[name].append(used)
            print(f"  round {k + 1}: " + ", ".join(
                f"{name.split(' (')[0]} {sides[name][-1]:.2f} s ({cpu[name][-1]:.2f} s CPU)"
                for name in sides), flush=True)
    for label, table in (("wall", sides), ("CPU", cpu)):
        print(f"{label} time:")
        base = table[SPACY]
        for name, times in table.items():
            print(summary(name, times, None if times is base else base))


def per_article_stage(articles: list[Article], model: str | None, rounds: int,
                      gated: bool) -> None:
    import spacy

    texts = [a.text for a in articles]
    nlp = load_nlp(model)
    plain = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])  # the model as shipped
    sides: dict[str, Callable[[], object]] = {
        "spaCy nlp.pipe alone": lambda: list(plain.pipe(texts, batch_size=16)),
        "dealwatch analyze_texts": lambda: analyze_texts(articles, nlp)}
    if gated:
        fast = load_nlp(model, gated=True)
        sides["dealwatch analyze_texts, gated"] = lambda: analyze_texts(articles, fast)
        analyze_texts(articles[:10], fast)  # warm-up
    analyze_texts(articles[:10], nlp)
    list(plain.pipe(texts[:10]))
    times: dict[str, list[float]] = {name: [] for name in sides}
    for k in range(rounds):
        for name in (list(sides) if k % 2 == 0 else list(reversed(sides))):
            times[name].append(timed(sides[name]))
    spacy_s = times["spaCy nlp.pipe alone"]
    print("in this process, no start-up: the per-article stage (parse, dates, extraction)")
    for name, took in times.items():
        print(summary(name, took, None if took is spacy_s else spacy_s))
    dates_s = min(timed(lambda: [find_dates(a.text, a.published) for a in articles])
                  for _ in range(rounds))
    print(f"dates: {1000 * dates_s / len(texts):.3f} ms per article "
          f"({100 * dates_s / min(spacy_s):.1f}% of the spaCy parse)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=150, help="distinct articles")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: dealwatch's)")
    parser.add_argument("--htmldate", type=Path, default=HTMLDATE,
                        help="htmldate checkout whose pages add variety")
    parser.add_argument("--gated", action="store_true",
                        help="also time analyze --gated (the parser only where an event is)")
    parser.add_argument("--before", type=Path, default=None,
                        help="also time analyze from this other dealwatch checkout")
    parser.add_argument("--no-stage", action="store_true",
                        help="leave out the in-process per-article stage")
    args = parser.parse_args()

    files, articles = distinct_articles(args.n, args.htmldate)
    model = args.model or os.environ.get("DEALWATCH_MODEL") or _default_model()
    words = sum(len(a.text.split()) for a in articles) / max(len(articles), 1)
    print(f"articles: {len(articles)} distinct from {len(files)} files ({words:.0f} words on "
          f"average); model: {model}; {args.rounds} interleaved rounds, fresh processes")
    if len(articles) < args.n:
        print(f"  (only {len(articles)} distinct articles found)")
    whole_commands(files, articles, model, args.rounds, args.gated, args.before)
    if not args.no_stage:
        per_article_stage(articles, args.model, args.rounds, args.gated)


def _default_model() -> str:
    nlp = load_nlp(None)
    return f"{nlp.meta['lang']}_{nlp.meta['name']}"


if __name__ == "__main__":
    main()
