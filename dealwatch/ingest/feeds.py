"""RSS and Atom feeds: one article an item, each item read on its own."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any

from dealwatch import errors
from dealwatch.ingest.articles import MAX_CHARS, from_text, within
from dealwatch.ingest.isolation import isolated
from dealwatch.ingest.published import parse_date
from dealwatch.model import Article, Rejected


def read_feed(path: str, data: bytes, max_chars: int = MAX_CHARS) -> Iterator[Article | Rejected]:
    """The article (or rejection) of every item of a feed's bytes."""
    import feedparser

    data = without_declarations(data)
    _check_elements(data)
    _check_depth(data)
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
        yield from isolated(where, partial(_read_item, where, item, outlet, max_chars))


_DOCTYPE = re.compile(rb"<!doctype", re.IGNORECASE)
_SUBSET = re.compile(rb"<!doctype[^\[>]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)


def without_declarations(data: bytes) -> bytes:
    """The feed without the declarations of its DOCTYPE (``<!DOCTYPE rss [...]>``): an
    entity declared there is expanded by the XML parser, a "billion laughs" took feedparser
    seconds of a million calls, and an external one names a file or an address. Without
    them a reference (``&lol;``) stays text; real feeds declare nothing there."""
    first = _DOCTYPE.search(data)
    if first is None:
        return data
    subset = _SUBSET.match(data, first.start())  # the first only: one scan, never more
    return data[:subset.start()] + data[subset.end():] if subset else data


MAX_ELEMENTS = 100_000
_TAG = re.compile(rb"<[A-Za-z]")


def _check_elements(data: bytes) -> None:
    """Reject a feed of more tags than feedparser reads well within the per-article budget:
    it handles each in Python (about 45 microseconds; an item's HTML as much as the feed's own
    elements), so 5 MB of empty elements took a minute."""
    tags = len(_TAG.findall(data))
    if tags > MAX_ELEMENTS:
        raise errors.TooLarge(f"{tags:,} tags is over the {MAX_ELEMENTS:,} a feed may have to "
                              "be read within the per-article budget; split the feed")


def _check_depth(data: bytes) -> None:
    """Reject a feed nested deeper than libxml2 reads without its "huge" option (256):
    feedparser handles every element in Python, about 0.1 ms each, so 5 MB of nested
    elements would take a minute; no real feed nests more than a few levels."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:  # other faults are feedparser's to forgive or report
        if "depth" in str(exc).lower():
            raise errors.Malformed("elements nested deeper than any feed (over 256 levels); "
                                   "not a readable RSS/Atom feed") from None


def _read_item(where: str, item: Any, outlet: str | None,
               max_chars: int) -> list[Article | Rejected]:
    return [within(_feed_item(where, item, outlet), max_chars)]


def _item_date(item: Any, key: str) -> date | None:
    """The item's ``published`` or ``updated`` date as written, else feedparser's UTC one."""
    raw = item.get(key)
    found = parse_date(raw) if isinstance(raw, str) else None
    parsed = item.get(f"{key}_parsed")
    if found is None and parsed:
        try:
            found = date(*parsed[:3])  # only UTC is left: the raw value failed
        except (ValueError, TypeError):  # "0000-00-00" is parsed as the year -1
            return None
    return found


def _feed_item(where: str, item: Any, outlet: str | None) -> Article:
    content = "\n".join(c.get("value", "") for c in item.get("content") or [])
    content = content.strip() or (item.get("summary") or "").strip()
    if not content:
        raise errors.EmptyInput("feed item carries no content")
    body = fragment_text(content) if re.search(r"<[a-zA-Z!/]", content) else content
    link = item.get("link") or None
    art = from_text(where, body, "feed", url=link)
    published, evidence = art.published, art.published_evidence
    for key in ("published", "updated"):
        found = _item_date(item, key)
        if found:
            published, evidence = found, f"feed item {key} '{item.get(key)}'"
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
