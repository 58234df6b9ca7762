"""Readers: files, folders and globs in; ``Article`` or ``Rejected`` records out.

Plain text, HTML pages, JSON lines (one article a line) and RSS/Atom feeds (one article an
item). A bad input never raises: it becomes a ``Rejected`` naming the file and the problem.
"""

from __future__ import annotations

import glob
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path, PurePath
from typing import Any

from dealwatch import errors
from dealwatch.ingest.clean import (
    clean_text,
    header_lines,
    is_date_line,
    is_heading,
    outlet_name,
)
from dealwatch.ingest.html import read_page
from dealwatch.ingest.published import find_published, parse_date
from dealwatch.model import Article, Rejected

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
MAX_BYTES = 5_000_000
_GLOB = re.compile(r"[*?\[]")
_PROJECT_DOC = re.compile(r"^(readme|changelog|changes|license|licence|contributing|authors)\b",
                          re.IGNORECASE)
_FEED_START = re.compile(r"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!doctype[^>]*>\s*)*"
                         r"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE | re.DOTALL)
_HTML_START = re.compile(r"^(?:<!--.*?-->\s*)*<(?:!doctype html|html)\b", re.IGNORECASE | re.DOTALL)
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


# --- which files -----------------------------------------------------------------------------


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _walk(folder: Path) -> list[str]:
    """Article files under a folder; hidden files and a project's own docs are left out."""
    return [str(f) for f in sorted(folder.rglob("*"))
            if f.is_file() and f.suffix.lower() in SUFFIXES and not _hidden(f, folder)
            and not _PROJECT_DOC.match(f.name)]


def expand_paths(paths: Iterable[str]) -> Iterator[str | Rejected]:
    """Files named by paths, folders (recursively) and glob patterns, each once, in order."""
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found: list[str] = _walk(p)
        elif _GLOB.search(raw) and not p.exists():
            found = []
            for match in sorted(glob.glob(raw, recursive=True)):
                m = Path(match)
                if m.is_dir():
                    found.extend(_walk(m))
                elif m.suffix.lower() in SUFFIXES and not m.name.startswith("."):
                    found.append(match)
            if not found:
                yield Rejected(raw, errors.NotFound.code, "no supported file matches the pattern")
        else:
            found = [raw]
        for path in found:
            if path not in seen:
                seen.add(path)
                yield path


def read_inputs(paths: Iterable[str], *,
                max_bytes: int = MAX_BYTES) -> Iterator[Article | Rejected]:
    """Every article in the given files, folders and globs; bad inputs as ``Rejected``."""
    for path in expand_paths(paths):
        if isinstance(path, Rejected):
            yield path
        else:
            yield from read_article(path, max_bytes=max_bytes)


# --- reading one file ------------------------------------------------------------------------


def read_article(path: str, *, max_bytes: int = MAX_BYTES) -> list[Article | Rejected]:
    """The article(s) of one file: one for txt/html, one per line or feed item otherwise."""
    try:
        data = _load(path, max_bytes)
    except errors.InputError as exc:
        return [Rejected(path, exc.code, exc.message)]
    return read_data(path, data, max_bytes=max_bytes)


def read_data(name: str, data: bytes, *, max_bytes: int = MAX_BYTES) -> list[Article | Rejected]:
    """The article(s) of a file's bytes as ``read_article`` reads them; ``name`` (a path or
    a label such as ``upload/notes.txt``) gives the kind by its suffix and names the articles."""
    try:
        _check_data(name, data, max_bytes)
        text = decode(data)
        kind = _kind(name, text)
        if kind == "jsonl":
            return list(_read_jsonl(name, text))
        if kind == "feed":
            return list(_read_feed(name, data))
        if kind == "html":
            return [_from_html(name, text)]
        return [_from_text(name, text)]
    except errors.InputError as exc:
        return [Rejected(name, exc.code, exc.message)]


def _load(path: str, max_bytes: int) -> bytes:
    p = Path(path)
    if not p.exists():
        raise errors.NotFound("no such file")
    if not p.is_file():
        raise errors.Unreadable("not a regular file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise errors.TooLarge(f"{size} bytes is over the {max_bytes}-byte limit")
        with p.open("rb") as fh:
            return fh.read(max_bytes + 1)
    except OSError as exc:
        raise errors.Unreadable(f"cannot read it ({exc.strerror or exc})") from exc


def _check_data(name: str, data: bytes, max_bytes: int) -> None:
    """A file's bytes are of a kind we read, within the size limit, and not empty."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in SUFFIXES and not _FEED_START.match(
            data[:2048].decode("utf-8", "ignore").lstrip("\ufeff \t\r\n")):
        raise errors.UnsupportedFormat(
            f"unsupported file type '{suffix or '(none)'}'; use .txt, .md, .html, "
            ".jsonl or an RSS/Atom feed")
    if len(data) > max_bytes:  # grew while we read it, or was given in memory
        raise errors.TooLarge(f"over the {max_bytes}-byte limit")
    if not data.strip():
        raise errors.EmptyInput("empty file")


def decode(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16/32 with BOM, else a detected encoding."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _text_only(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise errors.BadEncoding(f"invalid {codec} text after its byte-order mark") \
                    from exc
    if b"\x00" in data:
        raise errors.BinaryFile("binary content (NUL bytes), not text")
    try:
        return _text_only(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return _text_only(_detect(data, exc))


def _detect(data: bytes, exc: UnicodeDecodeError) -> str:
    hint = f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        raise errors.BadEncoding(f"{hint}; save it as UTF-8") from exc
    best = from_bytes(data).best()
    if best is None or not _readable(str(best)):
        raise errors.BadEncoding(f"{hint} and no other encoding gives readable text; save it "
                                 "as UTF-8") from exc
    return str(best)


def _script(ch: str) -> str:
    return unicodedata.name(ch, "?").split(" ")[0]


def _readable(text: str) -> bool:
    """A guessed decoding is kept only when no word mixes alphabets ("cafщ") and no shapes."""
    if re.search(r"[\u2500-\u25ff\ue000-\uf8ff]", text):
        return False
    return all(len({_script(ch) for ch in word}) == 1
               for word in re.findall(r"[^\W\d_]+", text[:20000]))


def _text_only(text: str) -> str:
    sample = text[:20000]
    odd = sum(1 for ch in sample if ch == "\ufffd" or (
        unicodedata.category(ch) in ("Cc", "Co", "Cs") and ch not in "\n\r\t\f"))
    if odd > max(8, len(sample) // 50):
        raise errors.BinaryFile("mostly non-text content (control characters), not an article")
    return text


def _kind(path: str, text: str) -> str:
    suffix = Path(path).suffix.lower()
    head = text.lstrip("\ufeff \t\r\n")[:2048]
    if suffix in FEED_SUFFIXES or _FEED_START.match(head):
        return "feed"
    if suffix in HTML_SUFFIXES or (suffix in TEXT_SUFFIXES and _HTML_START.match(head)):
        return "html"
    return "jsonl" if suffix in JSONL_SUFFIXES else "txt"


# --- articles --------------------------------------------------------------------------------


def article_id(text: str) -> str:
    """Stable id of a cleaned text: the same text always gets the same id."""
    key = " ".join(text.split()).casefold()
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _article(path: str, text: str, removed: tuple[str, ...], fmt: str, **meta: Any) -> Article:
    if not re.search(r"[^\W\d_]{2,}", text):
        raise errors.EmptyInput("no article text left after removing boilerplate")
    return Article(id=article_id(text), path=path, text=text, format=fmt, removed=removed,
                   **meta)


def _from_text(path: str, raw: str, fmt: str = "txt", url: str | None = None) -> Article:
    text, removed = clean_text(raw)
    published, evidence = find_published(raw, url=url)
    return _article(path, text, removed, fmt, title=text_title(text), outlet=text_outlet(raw),
                    url=url, published=published, published_evidence=evidence)


def _from_html(path: str, html: str, fmt: str = "html", url: str | None = None) -> Article:
    page = read_page(html, url)
    text, removed = clean_text(page.text)
    published, evidence = find_published(page.text, html=html, url=page.url)
    return _article(path, text, removed, fmt, title=page.title, outlet=page.outlet,
                    url=page.url, published=published, published_evidence=evidence)


def text_title(text: str) -> str | None:
    """The first line of a cleaned text when it is clearly a headline over the body."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) >= 2 and is_heading(lines[0]) and len(lines[0].split()) >= 3 \
            and not is_heading(lines[1]):
        return lines[0]
    return None


def text_outlet(raw: str) -> str | None:
    """The outlet named in the masthead (or beside the date line) of a plain text."""
    lines = raw.replace("\r\n", "\n").split("\n")
    for i in header_lines(lines):
        parts = re.split(r"\s+\|\s+", lines[i].strip()) if is_date_line(lines[i]) else [lines[i]]
        for part in parts:
            name = None if is_date_line(part) else outlet_name(part)
            if name:
                return name
    return None


# --- JSON lines ------------------------------------------------------------------------------


def _read_jsonl(path: str, text: str) -> Iterator[Article | Rejected]:
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield read_record_line(f"{path}#{n}", line)


def _field(row: dict[str, Any], name: str) -> str | None:
    value = row.get(name)
    return value.strip() or None if isinstance(value, str) else None


def read_record_line(where: str, line: str) -> Article | Rejected:
    """The article of one JSON line (``where`` names it: ``file#line``), or its rejection."""
    try:
        return _jsonl_item(where, line)
    except errors.InputError as exc:
        return Rejected(where, exc.code, exc.message)


def read_record(where: str, row: dict[str, Any]) -> Article | Rejected:
    """The article of one record (``text`` or ``html``, optional ``title``, ``url``,
    ``published``, ``outlet``): cleaned, dated, with an id; or its rejection. The JSON-lines
    reader and Spark executors both come through here."""
    try:
        return _record_article(where, row)
    except errors.InputError as exc:
        return Rejected(where, exc.code, exc.message)


def _jsonl_item(where: str, line: str) -> Article:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise errors.Malformed(f"line is not JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(row, dict):
        raise errors.Malformed("line is not a JSON object")
    return _record_article(where, row)


def _record_article(where: str, row: dict[str, Any]) -> Article:
    url = _field(row, "url")
    if _field(row, "html"):
        art = _from_html(where, str(row["html"]), "jsonl", url=url)
    elif _field(row, "text"):
        art = _from_text(where, str(row["text"]), "jsonl", url=url)
    else:
        raise errors.Malformed("line has no 'text' or 'html' field")
    given = _field(row, "published")
    published = parse_date(given) if given else None
    return replace(art, title=_field(row, "title") or art.title,
                   outlet=_field(row, "outlet") or art.outlet, url=url or art.url,
                   published=published or art.published,
                   published_evidence=f"field 'published' '{given}'" if published
                   else art.published_evidence)


# --- feeds -----------------------------------------------------------------------------------


def _read_feed(path: str, data: bytes) -> Iterator[Article | Rejected]:
    import feedparser

    # a stream, so that feedparser never fetches a URL or opens a file named in the content
    feed = feedparser.parse(io.BytesIO(data))
    if not feed.entries:
        problem = f" ({feed.bozo_exception})" if feed.bozo else ""
        code = errors.Malformed if feed.bozo else errors.EmptyInput
        yield Rejected(path, code.code, f"not a readable RSS/Atom feed or no items{problem}")
        return
    outlet = feed.feed.get("title") or None
    for n, item in enumerate(feed.entries):  # items are counted from 0
        where = f"{path}#{n}"
        try:
            yield _feed_item(where, item, outlet)
        except errors.InputError as exc:
            yield Rejected(where, exc.code, exc.message)


def _feed_item(where: str, item: Any, outlet: str | None) -> Article:
    content = "\n".join(c.get("value", "") for c in item.get("content") or [])
    content = content.strip() or (item.get("summary") or "").strip()
    if not content:
        raise errors.EmptyInput("feed item carries no content")
    body = fragment_text(content) if re.search(r"<[a-zA-Z!/]", content) else content
    link = item.get("link") or None
    art = _from_text(where, body, "feed", url=link)
    published, evidence = art.published, art.published_evidence
    for key in ("published", "updated"):
        raw = item.get(key)
        found = parse_date(raw) if isinstance(raw, str) else None
        if found is None and item.get(f"{key}_parsed"):
            found = date(*item[f"{key}_parsed"][:3])  # only UTC is left: the raw value failed
        if found:
            published, evidence = found, f"feed item {key} '{raw}'"
            break
    return replace(art, title=item.get("title") or art.title, outlet=outlet or art.outlet,
                   url=link, published=published, published_evidence=evidence)


_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre")


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed item), one paragraph per block element."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html)
    for el in list(root.iter("script", "style")):
        el.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n\n" + (el.tail or "")
    for el in root.iter("br"):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(ln.split()) for ln in root.text_content().split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
