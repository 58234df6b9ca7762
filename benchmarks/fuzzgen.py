"""A seeded generator of hostile inputs, shared by the fuzz test and the soak benchmark.

``write_batch(folder, rng, n_bad, n_good, url)`` writes ``n_good`` readable articles and
``n_bad`` hostile inputs into ``folder`` and returns what each file is. The kinds issue 14
names: truncated and garbled HTML, binaries, bad UTF-8/16/32, XML bombs, XXE, broken JSON
lines, control characters, mixed scripts, huge lines, deep nesting, special files (a FIFO, a
symlink loop, a dangling link, a link to a device) and bodies that invite a fetch of ``url``
(a canary server's address). Every text is invented; the same seed writes the same files.

``scale`` multiplies the sizes of the huge and deep inputs (the test keeps it small, the soak
goes up to the reader's 5 MB limit).
"""

from __future__ import annotations

import codecs
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Invented states, people and places: the good articles and the filler of the hostile ones.
STATES = ["Dravonia", "Belmaria", "Kestrovia", "Ostrelia", "Varnland", "Tirosia", "Quellmark"]
FIRST = ["Anna", "Ivo", "Lena", "Marek", "Oksa", "Pavel", "Rina", "Tomas", "Vera", "Yuri"]
LAST = ["Korsak", "Dubrin", "Halvik", "Mostel", "Pernak", "Sorvin", "Tallek", "Vendra"]
VERBS = ["freed", "released", "pardoned", "handed over"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# A marker no article holds, written in a file beside the batch that XXE inputs point at
# (``SECRET_FILE`` stands for its path): if it is ever stored, an entity was expanded.
SECRET = "XXE-SECRET-7f3a"
SECRET_FILE = "@SECRET_FILE@"


@dataclass(frozen=True)
class Case:
    """One input written: its path, its kind, and whether it is a good article that must be
    stored (the others may be stored, if readable, or rejected)."""

    path: Path
    kind: str
    good: bool = False


def good_text(rng: random.Random) -> str:
    """A readable invented news article of a few paragraphs, different for each draw."""
    a, b = rng.sample(STATES, 2)
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.randint(1, 3))]
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2019, 2026)
    n = rng.randint(2, 90)
    code = rng.getrandbits(40)
    paras = [
        f"{a} {rng.choice(VERBS)} {n} political prisoners on {day} {month} {year}, "
        f"officials in the capital said in a statement numbered {code}.",
        f"Among them were {', '.join(people)}, according to their lawyers.",
        f"In return, {b} eased sanctions on the state airline of {a} and agreed to hold "
        f"talks in {rng.choice(['Ardel', 'Mirovo', 'Seltz', 'Hauvik'])} next month.",
        f"A spokesman for {b} said the exchange followed {rng.randint(2, 9)} rounds of talks.",
    ]
    rng.shuffle(paras[1:])
    return "\n\n".join(paras) + "\n"


def _html(text: str, title: str = "News") -> str:
    body = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
    return (f"<!DOCTYPE html><html><head><title>{title}</title><meta charset='utf-8'>"
            f"<meta property='article:published_time' content='2024-05-06'></head>"
            f"<body><nav>Home | World</nav><article><h1>{title}</h1>{body}</article>"
            "<footer>Copyright</footer></body></html>")


# --- the kinds: each writes one or a few files and returns (name, bytes) -----------------------

Made = list[tuple[str, bytes]]


def truncated_html(rng: random.Random, scale: float, url: str) -> Made:
    page = _html(good_text(rng)).encode()
    return [("trunc.html", page[:rng.randint(0, len(page))])]


def garbled_html(rng: random.Random, scale: float, url: str) -> Made:
    page = bytearray(_html(good_text(rng)).encode())
    for _ in range(rng.randint(1, 60)):
        at = rng.randrange(len(page))
        choice = rng.random()
        if choice < 0.4:
            page[at] = rng.randrange(256)
        elif choice < 0.7:
            page[at:at] = rng.choice([b"<", b">", b"</", b"<!--", b"<![CDATA[", b"&#x", b"\"",
                                      b"<script>", b"<?xml", b"&", b"\x00", b"]]>"])
        else:
            del page[at:at + rng.randint(1, 40)]
    return [("garbled.html", bytes(page))]


def tag_soup(rng: random.Random, scale: float, url: str) -> Made:
    tags = ["div", "p", "span", "table", "tr", "td", "b", "i", "a", "li", "ul", "script",
            "style", "svg", "math", "template", "noscript", "iframe", "title", "textarea"]
    parts = []
    for _ in range(rng.randint(10, max(10, int(400 * scale)))):
        t = rng.choice(tags)
        parts.append(rng.choice([f"<{t}>", f"</{t}>", f"<{t} x='", "word ", good_text(rng)[:80],
                                 f"<{t}/>", "&nbsp;", "&#0;", "&#xD800;", "&amp", "<!"]))
    return [("soup.html", "".join(parts).encode("utf-8", "surrogatepass"))]


def binary(rng: random.Random, scale: float, url: str) -> Made:
    heads = [b"", b"\x89PNG\r\n\x1a\n", b"%PDF-1.7\n", b"\x1f\x8b\x08\x00", b"PK\x03\x04",
             b"\x7fELF\x02\x01", b"GIF89a", b"\xff\xd8\xff\xe0"]
    data = rng.choice(heads) + rng.randbytes(rng.randint(1, max(1, int(20_000 * scale))))
    return [(f"binary.{rng.choice(['txt', 'html', 'jsonl', 'xml', 'md'])}", data)]


def bad_utf8(rng: random.Random, scale: float, url: str) -> Made:
    data = bytearray(good_text(rng).encode())
    bad = [b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\x80", b"\xe2\x82", b"\xf8\x88\x80\x80\x80",
           b"\xf4\x90\x80\x80", b"\xfe\xfe", b"\x00"]
    for _ in range(rng.randint(1, 30)):
        at = rng.randrange(len(data))
        data[at:at] = rng.choice(bad)
    return [(f"bad-utf8.{rng.choice(['txt', 'html', 'jsonl'])}", bytes(data))]


def bad_utf16_32(rng: random.Random, scale: float, url: str) -> Made:
    text = good_text(rng)
    codec = rng.choice(["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
    boms = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE,
            "utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE}
    data = text.encode(codec)
    mode = rng.randrange(5)
    if mode == 0:
        data = boms[codec] + data  # well-formed, with its byte-order mark
    elif mode == 1:
        data = boms[codec] + data[:-1]  # an odd byte at the end
    elif mode == 2:
        data = boms[codec] + data[:len(data) // 2] + b"\x00\xd8\x00\xdc"[:rng.randint(1, 4)]
    elif mode == 3:
        data = rng.choice(list(boms.values())) + text.encode("utf-8")  # a lying mark
    # mode 4: no mark at all
    return [(f"wide.{rng.choice(['txt', 'html'])}", data)]


def xml_bomb(rng: random.Random, scale: float, url: str) -> Made:
    ents = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">'
                                     for i in range(1, 10)]
    dtd = "<!DOCTYPE rss [" + "".join(ents) + "]>"
    feed = (f'<?xml version="1.0"?>{dtd}<rss version="2.0"><channel><title>&l9;</title>'
            f"<item><title>x</title><description>&l9; {good_text(rng)}</description></item>"
            "</channel></rss>")
    html = f'<?xml version="1.0"?>{dtd}<html><body><p>&l9;</p><p>{good_text(rng)}</p></body></html>'
    quadratic = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + "x" * int(5000 * scale)
                 + '">]><rss version="2.0"><channel><title>t</title><item><description>'
                 + "&a;" * 2000 + "</description></item></channel></rss>")
    return [rng.choice([("bomb.xml", feed.encode()), ("bomb.html", html.encode()),
                        ("quad.xml", quadratic.encode())])]


def xxe(rng: random.Random, scale: float, url: str) -> Made:
    target = rng.choice(["file:///etc/passwd", "/etc/passwd", f"file://{SECRET_FILE}",
                         SECRET_FILE, f"{url}/xxe.dtd"])
    feed = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{target}">'
            f'<!ENTITY % p SYSTEM "{url}/param.dtd"> %p;]><rss version="2.0"><channel>'
            f"<title>t</title><item><title>t</title><description>&xxe; "
            f"{good_text(rng)}</description></item></channel></rss>")
    html = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "{target}">]>'
            f"<html><body><article><p>&xxe;</p><p>{good_text(rng)}</p></article></body></html>")
    return [rng.choice([("xxe.xml", feed.encode()), ("xxe.html", html.encode()),
                        ("xxe.rss", feed.replace("&xxe;", f"<xi:include href='{target}' "
                                                  "xmlns:xi='http://www.w3.org/2001/XInclude'/>")
                         .encode())])]


def broken_jsonl(rng: random.Random, scale: float, url: str) -> Made:
    good = json.dumps({"text": good_text(rng), "title": "A title"})
    deep = "[" * 50_000 + "]" * 50_000
    seps = "line\\u2028sep\\u2029para " + good_text(rng)[:200].replace('"', "")
    lines = [
        good[:rng.randint(1, len(good) - 1)], '{"text": 5}', "[1, 2, 3]", "null", '"a string"',
        '{"text": null, "html": null}', '{"title": "no body"}', "{,}", '{"text": "x",}',
        '{"text": NaN}', '{"text": "\\ud800 ok"}', '{"html": "<p>\\u0000"}',
        '{"text": "a", "text": "b"}', "\ufeff" + good,
        json.dumps({"published": "31/31/9999", "text": good_text(rng)}),
        json.dumps({"url": f"{url}/j", "text": f"{url}/t"}), '{"text": ' + "1" * 5000 + "}",
        '{"text": ' + deep + "}", '{"text": "' + seps + '"}',
        '{"text": {"nested": "dict"}}', '{"text": ["a", "list"]}', '{"html": 1e999}',
        json.dumps({"text": good_text(rng), "published": "0000-00-00"}),
        json.dumps({"text": good_text(rng), "outlet": "\x1b[31mred\x1b[0m\nsecond line"}),
    ]
    picked = rng.sample(lines, rng.randint(1, 8))
    sep = rng.choice(["\n", "\r\n", "\n\n", "\r"])
    return [("broken.jsonl", sep.join(picked).encode("utf-8", "surrogatepass"))]


def control_chars(rng: random.Random, scale: float, url: str) -> Made:
    text = good_text(rng)
    noise = ["\x1b[2J", "\x1b]0;title\x07", "\x07", "\x08", "\x0b", "\x0c", "\x7f", "\x85",
             "\u202e", "\u200b", "\u2066", "\ufeff", "\x00", "\r", "\x9b", "\udcff"]
    out = []
    for ch in text:
        out.append(ch)
        if rng.random() < 0.05:
            out.append(rng.choice(noise))
    ext = rng.choice(["txt", "html", "md"])
    name = rng.choice(["ctl", "new\nline", "tab\tname", "esc\x1b[31m", "bell\x07", "rtl\u202etxt",
                       "cr\rname"])
    return [(f"{name}.{ext}", "".join(out).encode("utf-8", "surrogateescape"))]


def mixed_scripts(rng: random.Random, scale: float, url: str) -> Made:
    bits = ["Дравония освободила", "دراڤونيا أطلقت", "דרבוניה שחררה", "德拉沃尼亚释放了",
            "ドラヴォニア", "Ꭰꮃꭰ", "𝕯𝖗𝖆𝖛𝖔𝖓𝖎𝖆", "Drаvоnіа", "😀🔥", "Z̸̡̛a̷l̴g̶o̵",
            "ﷺ", "\u0301\u0301\u0301", "ᚠᚢᚦ", "𓀀𓀁"]
    text = good_text(rng)
    words = text.split(" ")
    for _ in range(rng.randint(1, 40)):
        words.insert(rng.randrange(len(words)), rng.choice(bits))
    return [(f"mixed.{rng.choice(['txt', 'html'])}", " ".join(words).encode())]


def huge_line(rng: random.Random, scale: float, url: str) -> Made:
    size = rng.randint(1_000, max(1_000, int(60_000 * scale)))
    unit = rng.choice(["a", "U.S. ", "x" * 40 + " ", "1,", "Mr. ", "Dravonia freed ",
                       "-", "&amp;", "(", ".", "https://"])
    body = (unit * (size // len(unit) + 1))[:size]
    ext = rng.choice(["txt", "html", "jsonl", "md"])
    if ext == "jsonl":
        return [("huge.jsonl", json.dumps({"text": good_text(rng) + body}).encode())]
    return [(f"huge.{ext}", (good_text(rng) + body).encode())]


def deep_nesting(rng: random.Random, scale: float, url: str) -> Made:
    n = rng.randint(100, max(100, int(20_000 * scale)))
    mode = rng.randrange(4)
    if mode == 0:
        return [("deep.html", ("<div>" * n + good_text(rng) + "</div>" * n).encode())]
    if mode == 1:
        return [("deep-unclosed.html", ("<b><i>" * n + good_text(rng)).encode())]
    if mode == 2:
        ld = '{"a": ' + "[" * n + "]" * n + "}"
        page = (f'<html><head><script type="application/ld+json">{ld}</script></head>'
                f"<body><p>{good_text(rng)}</p></body></html>")
        return [("deep-ld.html", page.encode())]
    inner = "<x>" * n + "</x>" * n
    feed = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
            f"<title>t</title><description>{good_text(rng)}</description>{inner}</item>"
            "</channel></rss>")
    return [("deep.xml", feed.encode())]


def fetch_bait(rng: random.Random, scale: float, url: str) -> Made:
    x = f"{url}/{rng.getrandbits(24)}"
    choice = rng.randrange(5)
    if choice == 0:
        return [(f"bare.{rng.choice(['txt', 'html', 'md'])}", x.encode())]
    if choice == 1:
        page = (f'<html><head><base href="{x}/"><meta http-equiv="refresh" content="0; url={x}">'
                f'<link rel="canonical" href="{x}"><script src="{x}.js"></script></head><body>'
                f'<img src="{x}.png"><iframe src="{x}"></iframe><p>{good_text(rng)}</p>'
                "</body></html>")
        return [("bait.html", page.encode())]
    if choice == 2:
        return [("bait.jsonl", "\n".join(json.dumps(r) for r in (
            {"html": x}, {"text": x}, {"url": x, "html": f"<a href='{x}'>x</a>"})).encode())]
    if choice == 3:
        feed = (f'<?xml version="1.0"?><?xml-stylesheet href="{x}.xsl"?><rss version="2.0">'
                f"<channel><title>t</title><link>{x}</link><item><title>t</title>"
                f"<link>{x}</link><description>{x}</description></item></channel></rss>")
        return [("bait.xml", feed.encode())]
    return [("bait.txt", f"See {x} and www.example.invalid for more.\n{good_text(rng)}".encode())]


KINDS: dict[str, Callable[[random.Random, int, str], Made]] = {
    "truncated-html": truncated_html, "garbled-html": garbled_html, "tag-soup": tag_soup,
    "binary": binary, "bad-utf8": bad_utf8, "bad-utf16-32": bad_utf16_32,
    "xml-bomb": xml_bomb, "xxe": xxe, "broken-jsonl": broken_jsonl,
    "control-chars": control_chars, "mixed-scripts": mixed_scripts, "huge-line": huge_line,
    "deep-nesting": deep_nesting, "fetch-bait": fetch_bait,
}
SPECIAL = "special-file"


def _special(folder: Path, rng: random.Random, i: int) -> Path:
    """A FIFO, a symlink loop, a dangling link, a link to a device or a folder named like an
    article, under an article's name."""
    path = folder / f"{i:05d}-special.{rng.choice(['txt', 'html', 'jsonl'])}"
    choice = rng.randrange(5)
    if choice == 0:
        os.mkfifo(path)
    elif choice == 1:
        os.symlink(path.name, path)  # points at itself
    elif choice == 2:
        os.symlink(folder / "no-such-target.txt", path)
    elif choice == 3:
        os.symlink(rng.choice(["/dev/zero", "/dev/urandom", "/dev/null"]), path)
    else:
        path.mkdir()
        (path / "inner.txt").write_bytes(rng.randbytes(64))
    return path


def write_batch(folder: Path, rng: random.Random, n_bad: int, n_good: int, url: str,
                scale: float = 1.0) -> list[Case]:
    """Write a shuffled batch of good articles and hostile inputs into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    secret = folder / "secret.dat"  # not an article's suffix: never read as one
    secret.write_text(SECRET + "\n", encoding="utf-8")
    plan = ["good"] * n_good + [rng.choice([*KINDS, SPECIAL]) for _ in range(n_bad)]
    rng.shuffle(plan)
    cases: list[Case] = []
    for i, kind in enumerate(plan):
        if kind == "good":
            ext = rng.choice(["txt", "html", "jsonl"])
            text = good_text(rng)
            data = {"txt": text, "html": _html(text),
                    "jsonl": json.dumps({"text": text})}[ext].encode()
            path = folder / f"{i:05d}-good.{ext}"
            path.write_bytes(data)
            cases.append(Case(path, "good", good=True))
        elif kind == SPECIAL:
            cases.append(Case(_special(folder, rng, i), kind))
        else:
            for name, data in KINDS[kind](rng, scale, url):
                path = folder / f"{i:05d}-{name}"
                path.write_bytes(data.replace(SECRET_FILE.encode(), bytes(secret)))
                cases.append(Case(path, kind))
    return cases


# --- what a batch must come to --------------------------------------------------------------


@dataclass
class Findings:
    """What went wrong in one batch: good articles not stored, inputs that left no trace
    (neither stored nor rejected nor known), rejections printed more or less than once,
    printed lines with a control character, stored texts holding an expanded entity."""

    lost: list[str]
    no_line: list[str]
    not_once: list[str]
    raw_lines: list[str]
    leaked: list[str]

    def ok(self) -> bool:
        return not (self.lost or self.no_line or self.not_once or self.raw_lines or self.leaked)


def _of(case: Path, path: str) -> bool:
    """Whether an outcome's ``path`` is of the input ``case`` (itself, a line or item of it,
    or a file under it)."""
    c = str(case)
    return path == c or path.startswith((c + "#", c + "/"))


def check_batch(cases: list[Case], stored: dict[str, str], texts: list[str],
                rejected: list[tuple[str, str]], printed: list[str],
                known: Callable[[Path], bool]) -> Findings:
    """Judge one batch: ``stored`` maps each stored document's path to its id, ``texts`` are
    the stored texts, ``rejected`` the recorded (path, line) of each rejection, ``printed``
    the lines the run printed; ``known(path)`` says whether an input that left neither is
    an article already stored under another name (read again, same text)."""
    lost = [str(c.path) for c in cases if c.good and not any(_of(c.path, p) for p in stored)]
    traced = [*stored, *(p for p, _ in rejected)]
    no_line = [str(c.path) for c in cases
               if not any(_of(c.path, p) for p in traced) and not known(c.path)]
    not_once = [line for _, line in rejected if printed.count(line) != 1]
    raw = [ln for ln in printed if any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in ln)]
    leaked = [t[:80] for t in texts if SECRET in t or "root:x:0:0" in t]
    return Findings(lost, no_line, not_once, raw, leaked)
