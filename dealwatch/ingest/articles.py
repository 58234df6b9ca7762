"""An ``Article`` from the text or the page a reader found: cleaned, dated, titled, with an id.

Every reader (files, JSON records, feed items) builds its articles here, so the checks on
what an article may hold are made once.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from dealwatch import errors
from dealwatch.ingest.budget import check
from dealwatch.ingest.clean import (
    clean_text,
    header_lines,
    is_date_line,
    is_heading,
    outlet_name,
)
from dealwatch.ingest.html import read_page
from dealwatch.ingest.prose import check_size, cut_garbage
from dealwatch.ingest.published import find_published
from dealwatch.model import Article, Rejected

# spaCy's default nlp.max_length: a longer text is rejected when read, not failed in spaCy
MAX_CHARS = 1_000_000
# boilerplate is a small part of a page: a text over SLACK times the token cap before it is
# cleaned is over the cap after
SLACK = 4
_NO_CHARACTER = re.compile(r"[\x00\ud800-\udfff]")


def article_id(text: str) -> str:
    """Stable id of a cleaned text: the same text always gets the same id."""
    key = " ".join(text.split()).casefold()
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def checked(value: str, what: str) -> str:
    """``value`` when it can be stored as text; a lone surrogate (``"\\ud800"`` in JSON) or
    a NUL is no character of a text and rejects the input."""
    bad = _NO_CHARACTER.search(value)
    if bad:
        kind = "a NUL character" if bad[0] == "\x00" else "a lone surrogate"
        raise errors.BadEncoding(f"{what} holds {kind} (U+{ord(bad[0]):04X} at character "
                                 f"{bad.start()}), which is no text")
    return value


def within(item: Article | Rejected, max_chars: int) -> Article | Rejected:
    """The article, or its rejection when its text is longer than spaCy takes."""
    if isinstance(item, Article) and len(item.text) > max_chars:
        return Rejected(item.path, errors.TooLong.code,
                        f"{len(item.text)} characters of text is over the {max_chars}-character "
                        "limit of the language model; split the article")
    return item


def _has_words(text: str) -> bool:
    return bool(re.search(r"[^\W\d_]{2,}", text))


def _article(path: str, text: str, removed: tuple[str, ...], fmt: str, **meta: Any) -> Article:
    check("reading and cleaning")
    if not _has_words(text):
        raise errors.EmptyInput("no article text left after removing boilerplate")
    check_size(text)
    return Article(id=article_id(text), path=path, text=text, format=fmt, removed=removed,
                   **meta)


def _cleaned(text: str) -> tuple[str, tuple[str, ...]]:
    """The text without its garbage spans and its boilerplate, and what was removed; a text
    far over the token cap is rejected before it is cleaned (cleaning costs seconds a MB)."""
    text, cut = cut_garbage(text)
    check_size(text, slack=SLACK)
    body, removed = clean_text(text)
    return body, cut + removed


def from_text(path: str, raw: str, fmt: str = "txt", url: str | None = None) -> Article:
    """The article of a plain text."""
    text, removed = _cleaned(checked(raw, "the text"))
    published, evidence = find_published(raw, url=url)
    return _article(path, text, removed, fmt, title=text_title(text), outlet=text_outlet(raw),
                    url=url, published=published, published_evidence=evidence)


def from_html(path: str, html: str, fmt: str = "html", url: str | None = None) -> Article:
    """The article of an HTML page."""
    page = read_page(checked(html, "the page"), url)
    text, removed = _cleaned(page.text)
    if not _has_words(text):  # the precise reading took a date or a link list for the text
        try:
            page = read_page(html, url, recall=True)
        except errors.EmptyInput:
            pass
        else:
            text, removed = _cleaned(page.text)
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
