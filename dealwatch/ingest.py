"""Ingest: files in, cleaned articles (or rejections) out.

Readers for plain text, HTML pages, JSON lines and RSS/Atom feeds; boilerplate removal; the
publication date with the evidence it came from; near-duplicate detection. A bad input never
raises: it becomes a ``Rejected`` record naming the file and the problem.
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dealwatch import errors
from dealwatch.model import Article, Rejected

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
KNOWN = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
MAX_BYTES = 5_000_000

# --- reading files -------------------------------------------------------------------------


def _expand(paths: Iterable[str]) -> Iterator[str]:
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                hidden = any(part.startswith(".") for part in f.relative_to(p).parts)
                if f.is_file() and f.suffix.lower() in KNOWN and not hidden:
                    yield str(f)
        elif any(ch in raw for ch in "*?[") and not p.exists():
            yield from sorted(glob.glob(raw, recursive=True))
        else:
            yield raw


def read_inputs(paths: Iterable[str], *,
                max_bytes: int = MAX_BYTES) -> Iterator[Article | Rejected]:
    """Every article in the given files, folders and globs; bad inputs as ``Rejected``."""
    for path in _expand(paths):
        yield from read_article(path, max_bytes=max_bytes)


def _reject(path: str, exc: errors.InputError) -> Rejected:
    return Rejected(path, exc.code, exc.message)


def _decode(path: str, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise errors.BinaryFile("binary content (NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise errors.BadEncoding(f"not valid UTF-8 (byte {exc.start}); re-save it as UTF-8") \
            from exc


def _load(path: str, max_bytes: int) -> str:
    p = Path(path)
    if not p.exists():
        raise errors.NotFound("no such file")
    if not p.is_file():
        raise errors.Unreadable("not a regular file")
    size = p.stat().st_size
    if size > max_bytes:
        raise errors.TooLarge(f"{size} bytes is over the {max_bytes}-byte limit")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise errors.Unreadable(f"cannot read it ({exc.strerror})") from exc
    if not data.strip():
        raise errors.EmptyInput("empty file")
    text = _decode(path, data)
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 8:
        raise errors.BinaryFile("binary content, not an article")
    return text


def _kind(path: str, text: str) -> str:
    suffix = Path(path.split("#")[0]).suffix.lower()
    head = text.lstrip()[:300].lower()
    if suffix in FEED_SUFFIXES or (suffix not in HTML_SUFFIXES and (
            "<rss" in head or "<feed" in head)):
        return "feed"
    if suffix in HTML_SUFFIXES or head.startswith(("<!doctype html", "<html")):
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    raise errors.UnsupportedFormat(f"unsupported file type '{suffix or 'none'}' "
                                   "(use .txt, .html, .jsonl or an RSS/Atom feed)")


def read_article(path: str, *, max_bytes: int = MAX_BYTES) -> list[Article | Rejected]:
    """The article(s) of one file: one for txt/html, one per line or feed item otherwise."""
    try:
        text = _load(path, max_bytes)
        kind = _kind(path, text)
        if kind == "jsonl":
            return list(_read_jsonl(path, text))
        if kind == "feed":
            return list(_read_feed(path, text))
        article = _from_html(path, text) if kind == "html" else _from_text(path, text)
        return [article]
    except errors.InputError as exc:
        return [_reject(path, exc)]


def _article(path: str, text: str, fmt: str, *, title: str | None = None,
             outlet: str | None = None, url: str | None = None,
             published: date | None = None, evidence: str | None = None,
             removed: tuple[str, ...] = ()) -> Article:
    if len(text.split()) < 5:
        raise errors.EmptyInput("no article text left after removing boilerplate")
    key = " ".join(text.split()).casefold()
    return Article(
        id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16], path=path, text=text,
        title=title, outlet=outlet, url=url, published=published,
        published_evidence=evidence, format=fmt, removed=removed,
    )


def _from_text(path: str, raw: str, fmt: str = "txt") -> Article:
    text, removed = clean_text(raw)
    published, evidence = find_published(raw)
    outlet = _top_outlet(raw)
    return _article(path, text, fmt, outlet=outlet, published=published, evidence=evidence,
                    removed=removed)


def _from_html(path: str, html: str, fmt: str = "html", url: str | None = None) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, favor_precision=True,
                                      include_comments=False, include_tables=False)
    data: dict[str, Any] = {}
    if isinstance(doc, dict):
        data = doc
    elif doc is not None:
        data = dict(doc.as_dict())
    body = data.get("text") or ""
    if not body.strip():
        raise errors.EmptyInput("no article text found in the page")
    text, removed = clean_text(body)
    published, evidence = find_published(body, html=html, url=url or data.get("url"))
    return _article(path, text, fmt, title=data.get("title"), outlet=data.get("sitename"),
                    url=url or data.get("url"), published=published, evidence=evidence,
                    removed=removed)


def _read_jsonl(path: str, text: str) -> Iterator[Article | Rejected]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}#{n}"
        try:
            yield _jsonl_item(where, line)
        except errors.InputError as exc:
            yield _reject(where, exc)


def _jsonl_item(where: str, line: str) -> Article:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise errors.Malformed(f"line is not JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(row, dict) or not (row.get("text") or row.get("html")):
        raise errors.Malformed("line has no 'text' or 'html' field")
    if row.get("html"):
        art = _from_html(where, str(row["html"]), "jsonl", url=row.get("url"))
    else:
        art = _from_text(where, str(row["text"]), "jsonl")
    pub, evidence = art.published, art.published_evidence
    if row.get("published"):
        pub = _parse_date(str(row["published"])) or pub
        evidence = "field 'published'" if pub else evidence
    return Article(**{**art.__dict__, "title": row.get("title") or art.title,
                      "outlet": row.get("outlet") or art.outlet,
                      "url": row.get("url") or art.url, "published": pub,
                      "published_evidence": evidence})


def _read_feed(path: str, text: str) -> Iterator[Article | Rejected]:
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        yield Rejected(path, errors.Malformed.code,
                       f"not a readable RSS/Atom feed ({feed.bozo_exception})")
        return
    outlet = feed.feed.get("title")
    for n, item in enumerate(feed.entries):
        where = f"{path}#{n}"
        content = (item.get("content") or [{}])[0].get("value") or item.get("summary") or ""
        if not content.strip():
            yield Rejected(where, errors.EmptyInput.code, "feed item carries no content")
            continue
        try:
            html = f"<html><body><article><p>{content}</p></article></body></html>"
            body = _html_text(html) if "<" in content else content
            art = _from_text(where, body, "feed")
            pub = None
            if item.get("published_parsed"):
                pub = date(*item.published_parsed[:3])
            yield Article(**{**art.__dict__, "title": item.get("title"), "outlet": outlet,
                             "url": item.get("link"), "published": pub or art.published,
                             "published_evidence": "feed item pubDate" if pub
                             else art.published_evidence})
        except errors.InputError as exc:
            yield _reject(where, exc)


def _html_text(html: str) -> str:
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html)
    return "\n\n".join(p.text_content().strip() for p in tree.iter("p", "li", "h1", "h2")
                       if p.text_content().strip())


# --- cleaning ------------------------------------------------------------------------------

_DROP_LINE = re.compile(
    r"^(featured|advertisement|share( this)?|published:?.*|posted:?.*|updated:?.*|"
    r"via\s+\w+\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|this (story|article) (originally )?"
    r"(appeared|was first published) .*|as the \w+ reported earlier.*|you are receiving this.*|"
    r".*\bunsubscribe\b.*|sign up for .*|subscribe to .*|all rights reserved.*|©.*|"
    r"(photo|image|picture|video)( credit)?:.*|\(?(ap|afp|reuters|getty) (photo|images).*)$",
    re.IGNORECASE,
)
_CREDIT = re.compile(r"^[\w .&'-]{2,40} via [\w .&'-]{2,30}$")
_READ_MORE = re.compile(r"^(read more|related|more from|also read|see also|more on this|"
                        r"recommended|trending|most read)\b.*:?\s*$", re.IGNORECASE)
_SENT_END = re.compile(r"[.!?…\"”’)]$")


def _title_like(line: str) -> bool:
    words = line.split()
    if not words or len(words) > 22 or _SENT_END.search(line.rstrip()):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps / len(words) >= 0.6


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Plain text without boilerplate, and the lines that were removed."""
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
    removed: list[str] = []
    keep: list[str] = []
    seen: set[str] = set()
    skipping = False
    for line in lines:
        s = line.strip()
        if not s:
            skipping = False
            keep.append("")
            continue
        if _READ_MORE.match(s) and len(s.split()) <= 8:
            skipping = True
            removed.append(s)
            continue
        if skipping and len(s.split()) <= 20 and not _SENT_END.search(s):
            removed.append(s)  # the headlines listed under "Read more:"
            continue
        skipping = False
        low = " ".join(re.sub(r"[^\w\s]", "", s.casefold()).split())
        if _DROP_LINE.match(s) or (_CREDIT.match(s) and not _SENT_END.search(s)) or low in seen:
            removed.append(s)
            continue
        seen.add(low)
        keep.append(line)
    keep = _drop_trailing_headlines(keep, removed)
    body = "\n".join(_dedupe_sentences(line) for line in keep)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return body, tuple(removed)


def _drop_trailing_headlines(lines: list[str], removed: list[str]) -> list[str]:
    """A run of three or more headline-like lines at the end is a list of other stories."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and (_title_like(lines[start - 1].strip()) or not lines[start - 1].strip()):
        start -= 1
    run = [ln for ln in lines[start:end] if ln.strip()]
    if len(run) >= 3:
        removed.extend(ln.strip() for ln in run)
        return lines[:start]
    return lines


def _dedupe_sentences(line: str) -> str:
    """Drop a sentence repeated verbatim (or nearly) within a paragraph."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])", line)
    if len(parts) < 3:
        return line
    out: list[str] = []
    seen: list[set[str]] = []
    for part in parts:
        words = set(re.findall(r"\w+", part.casefold()))
        if words in seen or (len(words) >= 8 and any(
                len(words & w) / len(words | w) >= 0.7 for w in seen)):
            continue  # the same sentence again, perhaps with a word or two changed
        seen.append(words)
        out.append(part)
    return " ".join(out)


def _top_outlet(raw: str) -> str | None:
    lines = [ln.strip() for ln in raw.strip().splitlines()[:4] if ln.strip()]
    if len(lines) >= 2 and re.match(r"^(published|posted)\b", lines[1], re.IGNORECASE):
        first = lines[0].split(" - ")[0].strip()
        if len(first.split()) <= 6:
            return first
    return None


# --- publication date ----------------------------------------------------------------------

_META_KEYS = ("article:published_time", "datepublished", "og:published_time",
              "pubdate", "publishdate", "date", "dc.date", "sailthru.date", "article.published")
_PUB_LINE = re.compile(r"^\s*(?P<label>published|posted|date|first published|updated)"
                       r"(?:\s+on)?\s*:?\s*(?P<rest>.+)$", re.IGNORECASE | re.MULTILINE)
_VIA_LINE = re.compile(r"^\s*via\s+(?P<rest>\w+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*$",
                       re.IGNORECASE | re.MULTILINE)
_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)/")
_ISO_LOCAL = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)")
_NUMERIC = re.compile(r"^\s*(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>(?:19|20)\d\d)")


def _parse_date(text: str) -> date | None:
    """A calendar date written in any common form; None when it has no full date."""
    text = text.strip()
    iso = _ISO_LOCAL.match(text)
    if iso:  # the local date as written, whatever the offset
        return _safe(int(iso["y"]), int(iso["m"]), int(iso["d"]))
    num = _NUMERIC.match(text)
    if num:
        return _safe(int(num["y"]), int(num["m"]), int(num["d"]))
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.split("|")[0])
    cleaned = re.sub(r"\b(a\.m\.|p\.m\.)", "", cleaned).strip(" ,-–")
    import dateparser

    parsed = dateparser.parse(cleaned, languages=["en"], settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"})
    return parsed.date() if isinstance(parsed, datetime) else None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _from_meta(html: str) -> tuple[date | None, str | None]:
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError):
        return None, None
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_KEYS and meta.get("content"):
            found = _parse_date(meta.get("content", ""))
            if found:
                return found, f"meta {key}"
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', script.text)
            if m and _parse_date(m.group(1)):
                return _parse_date(m.group(1)), "JSON-LD datePublished"
    for t in tree.iter("time"):
        if t.get("datetime") and _parse_date(t.get("datetime", "")):
            return _parse_date(t.get("datetime", "")), "<time datetime>"
    return None, None


def find_published(text: str, *, html: str | None = None,
                   url: str | None = None) -> tuple[date | None, str | None]:
    """The publication date of an article and the evidence used; (None, None) when none."""
    if html:
        found, evidence = _from_meta(html)
        if found:
            return found, evidence
    updated: tuple[date, str] | None = None
    head = "\n".join(text.splitlines()[:12])
    for m in _PUB_LINE.finditer(head):
        found = _parse_date(m["rest"])
        if found is None:
            continue
        evidence = f"line '{m.group(0).strip()[:60]}'"
        if m["label"].lower() == "updated":
            updated = updated or (found, evidence)
            continue
        return found, evidence
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    for line in lines[:4]:
        if re.match(r"^\w+\.? \d{1,2}, \d{4}\s*(\||$)", line):
            found = _parse_date(line)
            if found:
                return found, f"date line '{line[:40]}'"
    via = list(_VIA_LINE.finditer(text))
    if via:
        found = _parse_date(via[-1]["rest"])
        if found:
            return found, f"closing line 'via {via[-1]['rest']}'"
    if updated:
        return updated
    if html:
        found = _htmldate(html)
        if found:
            return found, "htmldate"
    if url:
        in_url = _URL_DATE.search(url)
        if in_url:
            found = _safe(int(in_url["y"]), int(in_url["m"]), int(in_url["d"]))
            if found:
                return found, "date in the URL"
    return None, None


def _htmldate(html: str) -> date | None:
    from htmldate import find_date

    try:
        found = find_date(html, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        return None
    return date.fromisoformat(found) if found else None


# --- near-duplicates -----------------------------------------------------------------------


class Deduper:
    """Near-duplicate detection with MinHash LSH over word 5-shingles."""

    def __init__(self, threshold: float = 0.8, num_perm: int = 128) -> None:
        from datasketch import MinHashLSH

        self.num_perm = num_perm
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.ids: set[str] = set()

    def _hash(self, text: str) -> Any:
        from datasketch import MinHash

        words = re.findall(r"\w+", text.casefold())
        mh = MinHash(num_perm=self.num_perm)
        for i in range(max(1, len(words) - 4)):
            mh.update(" ".join(words[i:i + 5]).encode("utf-8"))
        return mh

    def add(self, article_id: str, text: str) -> None:
        """Remember a text already stored."""
        if article_id not in self.ids:
            self.ids.add(article_id)
            self.lsh.insert(article_id, self._hash(text))

    def check(self, article_id: str, text: str) -> str | None:
        """The id of an earlier near-duplicate, or None (and the text is remembered)."""
        mh = self._hash(text)
        hits = sorted(self.lsh.query(mh))
        if hits:
            return str(hits[0])
        self.ids.add(article_id)
        self.lsh.insert(article_id, mh)
        return None
