"""Synthetic corpora for benchmarks: many fictional exchange stories as JSON-lines articles.

Each story is a negotiated exchange between an invented state and a real counterpart: rounds
in which a meeting or a call is followed by prisoners freed and sanctions on an invented
company eased, with demands and promises in between. Several invented outlets tell each round
in short articles built from templates, with absolute and relative dates ("on Tuesday",
"yesterday", "on 14 March 2021"), counts that sometimes disagree, transliteration variants of
the same people ("Aleksei Varlovsky" / "Alexei Varlovski"), boilerplate (newsletter prompts,
photo credits, "Read more" lines), some as HTML pages, and re-published wire copies with small
edits (near-duplicates). Every name is generated; none comes from a real story.

    python benchmarks/synth.py --n 1000 --out synth-1k.jsonl --seed 1
    python benchmarks/synth.py --n 100000 --out synth-100k/ --per-file 1000
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# --- names: invented, with the spelling variants transliteration gives ----------------------

_STATE_HEADS = ["Var", "Ostr", "Kel", "Dun", "Myr", "Tal", "Bren", "Sar", "Vel", "Kor", "Lun",
                "Pav", "Zor", "Tesh", "Gral", "Hov", "Nar", "Ulm", "Rask", "Semb"]
_STATE_TAILS = ["enia", "avia", "ovia", "istan", "aria", "onia", "ekia", "uria"]
_COUNTERPARTS = ["the United States", "the European Union", "Germany", "France", "Canada",
                 "the United Kingdom", "Japan", "Norway", "Switzerland", "Australia"]
_ENVOY_TITLES = ["special envoy", "deputy foreign minister", "senior diplomat",
                 "hostage envoy", "foreign minister"]
# (first-name spellings): each tuple is one name as different outlets transliterate it
_FIRST = [("Aleksei", "Alexei", "Aliaksei"), ("Yuri", "Yury", "Iouri"), ("Mikhail", "Mikhaïl",
          "Mihail"), ("Sergei", "Sergey", "Siarhei"), ("Nikolai", "Nikolay", "Mikalai"),
          ("Pavel", "Paval"), ("Andrei", "Andrey", "Andrej"), ("Dmitri", "Dmitry", "Dzmitry"),
          ("Yelena", "Elena", "Alena"), ("Natalya", "Natalia", "Nataliya"), ("Olga", "Volha"),
          ("Tatyana", "Tatiana", "Tatsiana"), ("Irina", "Iryna"), ("Maria", "Mariya", "Maryia"),
          ("Anna", "Hanna"), ("Viktor", "Victor"), ("Grigori", "Grigory", "Ryhor"),
          ("Konstantin", "Kanstantsin"), ("Yevgeni", "Evgeny", "Yauhen"), ("Ksenia", "Kseniya")]
_ROOTS = ["Varlov", "Dolin", "Karsk", "Mirov", "Tebel", "Zarud", "Gorel", "Lastov", "Pelin",
          "Rodov", "Senk", "Tolin", "Uspen", "Vedern", "Yarosl", "Zhelt", "Brusk", "Chernav",
          "Dubrav", "Kholm", "Lipov", "Morozk", "Nevsk", "Orlov", "Pryad", "Rybak", "Sokolin",
          "Tikhon", "Ugrim", "Volkov"]
# suffix spellings per ending, for a man and a woman
_SUFFIXES = [(("sky", "ski", "skiy"), ("skaya", "skaja", "skaia")),
             (("ich", "ych", "itch"), ("ich", "ych", "itch")),
             (("enko", "enka"), ("enko", "enka")),
             (("ov", "off", "aw"), ("ova", "ava")),
             (("in", "yn"), ("ina", "yna"))]
_WOMEN = {"Yelena", "Natalya", "Olga", "Tatyana", "Irina", "Maria", "Anna", "Ksenia"}
_COMPANY_A = ["Ostr", "Bel", "Kar", "Nord", "Vel", "Dun", "Stal", "Tek", "Ural", "Mar"]
_COMPANY_B = ["shipping", "potash", "steel", "air", "petrol", "grain", "trans", "chem"]
_COMPANY_FORMS = ["{a}{b}", "{a}{b} Holding", "the state company {a}{b}", "{a}-{b}"]
_OUTLET_A = ["Harbor", "Meridian", "Northgate", "Eastern", "Continental", "Riverside",
             "Summit", "Lantern", "Compass", "Beacon", "Granite", "Crescent"]
_OUTLET_B = ["Daily", "Observer", "Courier", "Ledger", "Wire", "Herald", "Tribune",
             "Dispatch", "Gazette", "Monitor"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_NOISE = ["Subscribe to our newsletter for the latest updates.", "Advertisement",
          "Photo: staff photographer", "Read more: Markets close higher on energy stocks",
          "Share this article", "Sign up for breaking news alerts",
          "This story was updated with additional reporting."]


@dataclass
class Person:
    """One invented person and the spellings outlets use for the name."""

    spellings: tuple[str, ...]

    def name(self, rng: random.Random) -> str:
        return self.spellings[0] if rng.random() < 0.6 else rng.choice(self.spellings)


def make_person(rng: random.Random) -> Person:
    """A person whose name has one to nine transliterated spellings."""
    first = rng.choice(_FIRST)
    man, woman = rng.choice(_SUFFIXES)
    suffixes = woman if first[0] in _WOMEN else man
    root = rng.choice(_ROOTS)
    spellings = [f"{f} {root}{s}" for f in first for s in suffixes]
    rng.shuffle(spellings)
    return Person(tuple(dict.fromkeys([f"{first[0]} {root}{suffixes[0]}", *spellings])))


# --- stories ---------------------------------------------------------------------------------


@dataclass
class Round:
    day: date
    freed: int
    named: list[Person]
    company: str
    contact: str  # "met" or "spoke by phone with"
    place: str


@dataclass
class Story:
    state: str
    capital: str
    counterpart: str
    leader: Person
    envoy: Person
    envoy_title: str
    opposition: Person
    held: int
    rounds: list[Round]


def make_story(rng: random.Random) -> Story:
    """One exchange: one to three rounds, a month or two apart, somewhere in 2012-2025."""
    state = rng.choice(_STATE_HEADS) + rng.choice(_STATE_TAILS)
    capital = rng.choice(_STATE_HEADS) + rng.choice(["grad", "ovo", "el", "ask", "ana", "it"])
    start = date(2012, 1, 1) + timedelta(days=rng.randrange(365 * 13))
    rounds, day = [], start
    for _ in range(rng.randint(1, 3)):
        company = rng.choice(_COMPANY_FORMS).format(a=rng.choice(_COMPANY_A),
                                                    b=rng.choice(_COMPANY_B))
        rounds.append(Round(day, rng.randint(2, 40), [make_person(rng) for _ in range(2)],
                            company, rng.choice(["met", "spoke by phone with"]), capital))
        day += timedelta(days=rng.randint(25, 90))
    return Story(state, capital, rng.choice(_COUNTERPARTS), make_person(rng), make_person(rng),
                 rng.choice(_ENVOY_TITLES), make_person(rng), rng.randint(100, 1500), rounds)


def when(event: date, published: date, rng: random.Random) -> str:
    """How an article published on ``published`` names the day ``event``."""
    gap = (published - event).days
    choices = [f"on {event.day} {_MONTHS[event.month - 1]} {event.year}",
               f"on {_MONTHS[event.month - 1]} {event.day}"]
    if gap == 1:
        choices.append("yesterday")
    if 0 < gap < 7:
        choices.append(f"on {_WEEKDAYS[event.weekday()]}")
    if gap == 0:
        choices.append("today")
    return rng.choice(choices)


def _sentences(s: Story, r: Round, n: int, pub: date, rng: random.Random) -> list[str]:
    leader, envoy = s.leader.name(rng), s.envoy.name(rng)
    freed = r.freed + (rng.choice([-1, 1]) if rng.random() < 0.1 else 0)  # outlets disagree
    names = " and ".join(p.name(rng) for p in r.named)
    said = rng.choice(["said", "told reporters", "said in a statement"])
    lines = [
        f"{s.state}'s President {leader} {r.contact} {s.counterpart}'s {s.envoy_title} "
        f"{envoy} in {r.place} {when(r.day, pub, rng)}.",
        f"Hours later, the authorities of {s.state} freed {freed} political prisoners, "
        f"including {names}, officials {said}.",
        f"In exchange, {s.counterpart} eased sanctions on {r.company}, "
        f"allowing it to resume exports.",
        f"Opposition leader {s.opposition.name(rng)} demanded the release of all "
        f"{s.held} political prisoners still held in {s.state}.",
        f"{leader} promised to free more prisoners if the talks continued.",
        f"{envoy} said the two sides would meet again next month.",
    ]
    if n > 0:
        prev = s.rounds[n - 1]
        lines.append(f"In {_MONTHS[prev.day.month - 1]} {prev.day.year}, {prev.freed} "
                     f"prisoners were released after a similar meeting.")
    keep = [lines[0], lines[1]] + rng.sample(lines[2:], rng.randint(1, len(lines) - 2))
    return keep


def _outlet(rng: random.Random) -> str:
    return f"{rng.choice(_OUTLET_A)} {rng.choice(_OUTLET_B)}"


def _slug(outlet: str) -> str:
    return outlet.lower().replace(" ", "")


def article(s: Story, n: int, rng: random.Random) -> dict[str, Any]:
    """One article about round ``n`` of story ``s`` as a JSON-lines record."""
    r = s.rounds[n]
    pub = r.day + timedelta(days=rng.choice([0, 1, 1, 2, 3, 5]))
    outlet = _outlet(rng)
    body = _sentences(s, r, n, pub, rng)
    title = f"{s.state} frees {r.freed} prisoners after talks with {s.counterpart}"
    noise = rng.sample(_NOISE, rng.randint(0, 2))
    url = f"https://{_slug(outlet)}.example/{pub:%Y/%m/%d}/{rng.randrange(10**6)}"
    rec: dict[str, Any] = {"title": title, "outlet": outlet}
    if rng.random() < 0.2:
        paras = "".join(f"<p>{t}</p>" for t in body)
        rec["html"] = (f"<html><head><title>{title}</title><meta property='article:published_"
                       f"time' content='{pub.isoformat()}'></head><body><nav>Home | World | "
                       f"Business</nav><article><h1>{title}</h1>{paras}</article><footer>"
                       f"{' '.join(noise)} (c) {outlet}</footer></body></html>")
        rec["url"] = url
    else:
        head = [outlet, f"Published: {pub.day} {_MONTHS[pub.month - 1]} {pub.year}"] \
            if rng.random() < 0.5 else []
        if not head:
            rec["published"] = pub.isoformat()
        rec["text"] = "\n\n".join(head + body[:2] + noise + body[2:])
        if rng.random() < 0.5:
            rec["url"] = url
    return rec


def near_duplicate(rec: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A wire copy re-published by another outlet with a small edit."""
    copy = dict(rec, outlet=_outlet(rng))
    key = "html" if "html" in copy else "text"
    copy[key] = copy[key].replace("Hours later,", "Hours afterwards,", 1)  # one word
    if "url" in copy:
        copy["url"] = copy["url"].rsplit("/", 1)[0] + f"/wire-{rng.randrange(10**6)}"
    return copy


def generate(n: int, seed: int = 1, dup_rate: float = 0.1) -> Iterator[dict[str, Any]]:
    """``n`` articles over about n/12 stories; ``dup_rate`` of them re-published copies."""
    rng = random.Random(seed)
    recent: list[dict[str, Any]] = []
    made = 0
    while made < n:
        story = make_story(rng)
        for _ in range(min(n - made, rng.randint(6, 18))):
            if recent and rng.random() < dup_rate:
                rec = near_duplicate(rng.choice(recent), rng)
            else:
                rec = article(story, rng.randrange(len(story.rounds)), rng)
                recent = (recent + [rec])[-50:]
            made += 1
            yield rec


def write(n: int, out: Path, seed: int = 1) -> Path:
    """Write ``n`` synthetic articles to ``out`` (JSON lines), streaming."""
    with out.open("w", encoding="utf-8") as fh:
        for rec in generate(n, seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def write_shards(n: int, folder: Path, seed: int = 1, per_file: int = 1000) -> Path:
    """Write ``n`` synthetic articles as JSON-lines files of ``per_file`` articles each
    (``part-00000.jsonl``...): a large corpus as a news dump ships it, and under the
    readers' per-file size limit."""
    folder.mkdir(parents=True, exist_ok=True)
    fh = None
    try:
        for k, rec in enumerate(generate(n, seed)):
            if k % per_file == 0:
                if fh:
                    fh.close()
                fh = (folder / f"part-{k // per_file:05d}.jsonl").open("w", encoding="utf-8")
            assert fh is not None
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if fh:
            fh.close()
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="number of articles")
    ap.add_argument("--out", type=Path, required=True,
                    help="output .jsonl file, or a folder with --per-file")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-file", type=int, default=None,
                    help="write a folder of JSON-lines files of this many articles each")
    args = ap.parse_args()
    if args.per_file:
        write_shards(args.n, args.out, args.seed, args.per_file)
    else:
        write(args.n, args.out, args.seed)
    print(f"{args.n} articles -> {args.out}")


if __name__ == "__main__":
    main()
