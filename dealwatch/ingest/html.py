"""Main text and metadata of an HTML page, via trafilatura after dropping page furniture."""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import Any

from dealwatch import errors

# class/id words of page furniture: consent banners, navigation, share bars, link lists...
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(cookies?|consent|gdpr|onetrust|banner|newsletter|subscribe|signup|share|"
    r"sharing|social|related|recirc|more[-_]from|most[-_](?:read|popular)|trending|"
    r"read[-_]more|also[-_]on|tags?|ticker|breaking|byline|kicker|standfirst|dek|"
    r"corrections?|comments?|advert\w*|ads?|promo|sponsored|footer|masthead|nav\w*|menu|"
    r"sidebar|widget|topbar|lang|login|date[-_]weather|author|meta)(?:$|[\s_-])",
    re.IGNORECASE,
)
_DROP_TAGS = ("script", "style", "noscript", "nav", "footer", "aside", "form", "button",
              "iframe", "svg", "select", "input", "dialog", "template")
_DROP_ROLES = ("dialog", "alertdialog", "navigation", "banner", "contentinfo", "complementary")
_KEEP_TAGS = ("html", "body", "main", "article")
_TITLE_SPLIT = re.compile(r"\s+[|–—-]\s+")


@dataclass(frozen=True)
class Page:
    """What an HTML page yields: its main text and what its markup says about it."""

    text: str
    title: str | None
    outlet: str | None
    url: str | None


def parse_html(html: str) -> Any:
    """The lxml tree of a page's text; ``Malformed`` when there is none.

    Text that still declares its encoding (``<?xml ... encoding="..."?>``) is parsed as the
    UTF-8 it now is: lxml refuses such a string, and the declaration no longer holds."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        try:
            return lxml_html.fromstring(html)
        except ValueError:  # a str with an encoding declaration
            parser = lxml_html.HTMLParser(encoding="utf-8")
            return lxml_html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError, TypeError) as exc:
        raise errors.Malformed(f"not readable HTML ({exc})") from exc


def read_page(html: str, url: str | None = None, *, recall: bool = False) -> Page:
    """The main text, title, outlet and canonical URL of a page. ``recall`` reads as much
    of the page as may be the article: for a page whose precise reading holds no text."""
    import trafilatura

    tree = parse_html(html)
    meta = _metadata(html, url)
    _drop_furniture(tree)
    text = "" if recall else trafilatura.extract(
        tree, url=url, include_comments=False, include_tables=False, favor_precision=True,
        deduplicate=False) or ""
    if recall:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                                   favor_recall=True) or ""
    elif not text.strip():  # precision can leave nothing on a very short page
        text = trafilatura.extract(html, url=url, include_comments=False,
                                   include_tables=False) or ""
    if not text.strip():
        raise errors.EmptyInput("no article text found in the page")
    title = _clean(getattr(meta, "title", None)) or _clean(_raw_title(tree))
    outlet = (_clean(getattr(meta, "sitename", None)) or _og(tree, "og:site_name")
              or _outlet_from_title(_raw_title(tree), title))
    page_url = url or _clean(getattr(meta, "url", None))
    return Page(text, title, outlet, page_url)


def _metadata(html: str, url: str | None) -> Any:
    """trafilatura's metadata of the page (title, site name, URL), or None when reading it
    fails: the text is read without them, as a page that has none (htmldate, which it
    calls, asks lxml to drop the root of a fragment whose root is ``<svg>`` or ``<math>``,
    and lxml stops on an assertion)."""
    import trafilatura

    try:
        # trafilatura parses a string itself and never fetches one (unlike htmldate)
        return _page_metadata(html, url) or trafilatura.extract_metadata(
            html, default_url=url, extensive=False)
    except (AssertionError, ValueError, TypeError):
        return None


def _page_metadata(html: str, url: str | None) -> Any:
    """The title, site name and URL as ``trafilatura.extract_metadata`` finds them, by its
    own steps for these three alone: the author, date (htmldate), categories, tags and
    licence it also looks for are two thirds of its time and nothing dealwatch uses. Only
    for a whole page (root ``<html>``), where those steps cannot fail; None otherwise."""
    from trafilatura import metadata as tm
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None or tree.tag != "html":
        return None
    found = tm.examine_meta(tree)
    with contextlib.suppress(Exception):  # as trafilatura: bugs in its JSON-LD reading
        found = tm.extract_meta_json(tree, found)
    found.title = found.title or tm.extract_title(tree)
    found.url = found.url or tm.extract_url(tree, url)
    if not found.sitename:
        found.sitename = tm.extract_sitename(tree)
    if found.sitename:  # trafilatura's clean-up: no Twitter "@", capitalised unless a domain
        found.sitename = found.sitename.lstrip("@")
        if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
            found.sitename = found.sitename.title()
    elif found.url and (host := tm.META_URL.match(found.url)):
        found.sitename = host[1]
    found.clean_and_trim()  # entities unescaped, invisible characters out, as trafilatura's
    return found


def _clean(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _raw_title(tree: Any) -> str | None:
    found = tree.find(".//title")
    return _clean(found.text_content()) if found is not None else None


def _og(tree: Any, prop: str) -> str | None:
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name")) == prop:
            return _clean(meta.get("content"))
    return None


def _outlet_from_title(raw: str | None, title: str | None) -> str | None:
    """``Headline | Outlet``: the last part of the <title> when it is not the headline."""
    parts = _TITLE_SPLIT.split(raw or "")
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    if 1 <= len(last.split()) <= 5 and last != title and not (title or "").endswith(last):
        return last
    return None


def _paragraph_chars(el: Any) -> int:
    return sum(len(p.text_content()) for p in el.iter("p"))


def _drop_furniture(tree: Any) -> None:
    """Remove consent banners, menus, link lists and the like before extraction."""
    total = _paragraph_chars(tree) or 1
    doomed = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in _KEEP_TAGS:
            continue
        words = " ".join((el.get("class") or "", el.get("id") or ""))
        if (el.tag in _DROP_TAGS or (el.get("role") or "").lower() in _DROP_ROLES
                or el.get("hidden") is not None or _FURNITURE.search(words)):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        # never drop what holds most of the page's paragraphs: a misleading class name
        if parent is not None and _paragraph_chars(el) < total / 2:
            el.drop_tree()
