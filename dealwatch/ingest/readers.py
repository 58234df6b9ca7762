"""Readers: files, folders and globs in; ``Article`` or ``Rejected`` records out.

Plain text, HTML pages, JSON lines (one article a line) and RSS/Atom feeds (one article an
item). A bad input never raises: it becomes a ``Rejected`` naming the file and the problem.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path, PurePath

from dealwatch import errors
from dealwatch.ingest.articles import MAX_CHARS, from_html, from_text, within
from dealwatch.ingest.feeds import fragment_text, read_feed
from dealwatch.ingest.files import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    SUFFIXES,
    TEXT_SUFFIXES,
    expand_paths,
)
from dealwatch.ingest.isolation import isolated
from dealwatch.ingest.records import read_jsonl
from dealwatch.model import Article, Rejected

__all__ = ["MAX_BYTES", "decode", "fragment_text", "read_article", "read_data", "read_inputs"]

MAX_BYTES = 5_000_000
_FEED_START = re.compile(r"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!doctype[^>]*>\s*)*"
                         r"<(?:rss|feed|rdf:rdf)\b", re.IGNORECASE | re.DOTALL)
_HTML_START = re.compile(r"^(?:<!--.*?-->\s*)*<(?:!doctype html|html)\b", re.IGNORECASE | re.DOTALL)
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def read_inputs(paths: Iterable[str], *, max_bytes: int = MAX_BYTES,
                max_chars: int = MAX_CHARS) -> Iterator[Article | Rejected]:
    """Every article in the given files, folders and globs; bad inputs as ``Rejected``."""
    for path in expand_paths(paths):
        if isinstance(path, Rejected):
            yield path
        else:
            yield from read_article(path, max_bytes=max_bytes, max_chars=max_chars)


# --- reading one file ------------------------------------------------------------------------


def read_article(path: str, *, max_bytes: int = MAX_BYTES,
                 max_chars: int = MAX_CHARS) -> list[Article | Rejected]:
    """The article(s) of one file: one for txt/html, one per line or feed item otherwise."""
    try:
        data = _load(path, max_bytes)
    except errors.InputError as exc:
        return [Rejected(path, exc.code, exc.message)]
    return read_data(path, data, max_bytes=max_bytes, max_chars=max_chars)


def read_data(name: str, data: bytes, *, max_bytes: int = MAX_BYTES,
              max_chars: int = MAX_CHARS) -> list[Article | Rejected]:
    """The article(s) of a file's bytes as ``read_article`` reads them; ``name`` (a path or
    a label such as ``upload/notes.txt``) gives the kind by its suffix and names the articles.
    Never raises and never reaches the network: whatever goes wrong is a ``Rejected``."""
    return isolated(name, partial(_read_data, name, data, max_bytes, max_chars))


def _read_data(name: str, data: bytes, max_bytes: int,
               max_chars: int) -> list[Article | Rejected]:
    _check_data(name, data, max_bytes)
    text = decode(data)
    if not text.strip():
        raise errors.EmptyInput("empty file (nothing but white space or a byte-order mark)")
    kind = _kind(name, text)
    if kind == "jsonl":
        return list(read_jsonl(name, text, max_chars))
    if kind == "feed":
        return list(read_feed(name, data, max_chars))
    if kind == "html":
        return [within(from_html(name, text), max_chars)]
    return [within(from_text(name, text), max_chars)]


def _load(path: str, max_bytes: int) -> bytes:
    p = Path(path)
    try:
        if not p.exists():
            raise errors.NotFound("no such file")
        if not p.is_file():
            raise errors.Unreadable("not a regular file")
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


# what no text is made of: U+FFFD (a byte that was not text) and the Unicode categories Cc
# (control characters but tab, line feed, form feed, carriage return), Co (private use) and Cs
# (surrogates), which are fixed ranges; one regex counts them (a test checks every code point
# against unicodedata)
_ODD = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff\ue000-\uf8ff"
                  "\U000f0000-\U000ffffd\U00100000-\U0010fffd]")


def _text_only(text: str) -> str:
    sample = text[:20000]
    odd = len(_ODD.findall(sample))
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
