"""The publication date a page's markup gives: every candidate, weighed against the others.

Candidates come from the metadata (``<meta>`` kinds in order of how often each holds the
publication), JSON-LD ``datePublished``, and ``<time>`` elements of the article (not those
of comments, embedded posts, related-article lists or page furniture). The first candidate
does not simply win:

- a metadata value that equals the page's modification date gives way to an earlier
  ``datePublished`` (a CMS that writes the last edit into ``article:published_time``);
- a ``<time>`` whose visible text gives another full date is read as the reader sees it;
- a timestamp written in UTC (``Z``, ``+00:00``) falls on the wrong day when the page is
  written in another zone: a date of the page's own zone one day off (a local timestamp, the
  URL, a date line, the visible text of a ``<time>``) is taken instead.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

from dealwatch.ingest.dateforms import date_in, parse_date

META_KEYS = ("article:published_time", "og:published_time", "og:article:published_time",
             "datepublished", "pubdate", "publishdate", "publication_date", "date_published",
             "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
             "citation_publication_date", "citation_date", "dc.date",
             "sailthru.date", "parsely-pub-date", "article.published", "datecreated", "date")
# the kinds that name the publication (a generic "date" may well be the version's date)
_NAMED_PUBLISHED = frozenset(key for key in META_KEYS if "publish" in key)
MODIFIED_KEYS = frozenset({"article:modified_time", "og:updated_time", "datemodified",
                           "dc.date.modified", "dcterms.modified", "last-modified",
                           "lastmod", "revised"})
_UTC = re.compile(r"(?P<h>\d\d?):(?P<mi>\d\d)(?::\d\d(?:\.\d+)?)?\s*"
                  r"(?:z|[+-]00(?::?00)?|utc|gmt)\s*$", re.IGNORECASE)
_INSTANT = re.compile(r"^(?P<day>(?:19|20)\d\d-[01]\d-[0-3]\d)[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d)"
                      r"(?::\d\d(?:\.\d+)?)?\s*(?P<z>z|[+-][01]\d:?[0-5]\d)$", re.IGNORECASE)
# A UTC day is another day of the page's zone only as far as zones reach: -10:00 to +14:00.
_WEST_HOURS, _EAST_HOURS = 10, 14
# class/id words of the parts of a page that hold other items' dates
_ELSEWHERE = re.compile(
    r"(?:^|[\s_-])(comments?|kommentare?|repl(?:y|ies)|related|recirc|embed\w*|"
    r"instagram\w*|twitter\w*|tweet|sidebar|widget|pagination|more|popular|trending|"
    r"latest|recent|newsticker|ticker)(?:$|[\s_-])",
    re.IGNORECASE,
)
_EDIT = re.compile(r"\b(?:updated|modified)\b", re.IGNORECASE)
_ELSEWHERE_TAGS = frozenset({"aside", "nav", "footer", "li", "blockquote", "figure"})


@dataclass(frozen=True)
class Candidate:
    """One day a page gives for its publication, where from, and whether it is a UTC
    timestamp (whose day may differ from the day of the page's own zone)."""

    day: date
    source: str
    evidence: str
    utc: int | None = None  # minute of the day in UTC of a UTC timestamp
    written: str = ""


def stamp(value: str, source: str, evidence: str) -> Candidate | None:
    """The candidate of a written date or timestamp, or None when it gives no full date."""
    found = parse_date(value)
    if found is None:
        return None
    utc = _UTC.search(value.strip())
    return Candidate(found, source, evidence, int(utc["h"]) * 60 + int(utc["mi"]) if utc else None,
                     value.strip())


def instant(value: str) -> datetime | None:
    """The moment a timestamp with a zone gives, to the minute; None without a zone."""
    m = _INSTANT.match(value.strip())
    if m is None:
        return None
    zone = m["z"].upper().replace(":", "")
    offset = 0 if zone == "Z" else (int(zone[1:3]) * 60 + int(zone[3:5])) * (
        -1 if zone[0] == "-" else 1)
    try:
        at = datetime.fromisoformat(f"{m['day']}T{m['h']}:{m['mi']}")
    except ValueError:
        return None
    return at.replace(tzinfo=timezone(timedelta(minutes=offset)))


def html_candidates(tree: Any) -> tuple[list[Candidate], list[str]]:
    """The publication candidates of a page's markup in order of trust, and the
    modification timestamps the page gives."""
    metas, modified = _metas(tree)
    found = [c for key in META_KEYS if key in metas
             if (c := stamp(metas[key], "meta", f"meta {key} '{metas[key]}'"))]
    published, edits = _json_ld(tree)
    found += [c for v in published[:1]
              if (c := stamp(v, "json-ld", f"JSON-LD datePublished '{v}'"))]
    return found + _times(tree), modified + edits


def _metas(tree: Any) -> tuple[dict[str, str], list[str]]:
    metas: dict[str, str] = {}
    modified: list[str] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        if not content:
            continue
        if key in MODIFIED_KEYS:
            modified.append(content)
        elif key in META_KEYS and key not in metas:
            metas[key] = content
    return metas, modified


def _json_ld(tree: Any) -> tuple[list[str], list[str]]:
    published: list[str] = []
    modified: list[str] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):  # not JSON, a 4,300-digit number, too deep
            continue
        published += _json_values(data, "datePublished")
        modified += _json_values(data, "dateModified")
    return published, modified


def _json_values(data: Any, key: str) -> list[str]:
    """Every string value of ``key`` in nested JSON, in document order; a stack, not
    recursion, so that no depth of nesting can exhaust Python's stack."""
    found: list[str] = []
    todo: list[Any] = [data]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            if isinstance(item.get(key), str):
                found.append(item[key])
            todo.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            todo.extend(reversed(item))
    return found


def _elsewhere(el: Any) -> bool:
    """A ``<time>`` of something else than the article: a comment, an embedded post, a list
    of other articles, page furniture, or a modification date."""
    own = str(el.get("class") or "")
    if (_EDIT.search(own) and "published" not in own) or (
            el.get("itemprop") or "").lower() == "datemodified":
        return True
    for node in [el, *el.iterancestors()]:
        if node.tag in ("article", "main", "body"):  # their classes name the whole page
            return False
        if node.tag in _ELSEWHERE_TAGS:
            return True
        words = " ".join((str(node.get("class") or ""), str(node.get("id") or "")))
        if _ELSEWHERE.search(words):
            return True
    return False


def _times(tree: Any) -> list[Candidate]:
    times = [t for t in tree.iter("time") if not _elsewhere(t)]
    marked = [t for t in times if t.get("pubdate") is not None
              or (t.get("itemprop") or "").lower() == "datepublished"]
    if len({(t.get("datetime") or "")[:10] for t in marked}) > 1:
        marked = []  # marks that disagree mark the items of a list, not the article
    out = []
    for t in marked + [t for t in times if t not in marked]:
        attr = (t.get("datetime") or "").strip()
        shown = " ".join(t.text_content().split())[:80]
        seen = date_in(shown) if shown else None
        found = stamp(attr, "time", f'<time datetime="{attr}">') if attr else None
        if seen and (found is None or seen != found.day):
            found = Candidate(seen, "time", f"<time> text '{shown}'")
        if found:
            out.append(found)
    return out


def weigh(candidates: list[Candidate], modified: list[str],
          local: list[Candidate]) -> Candidate | None:
    """The publication among the candidates (in order of trust): see the module's rules.
    ``modified`` are the page's modification timestamps; ``local`` are dates from elsewhere
    (URL, date lines)."""
    if not candidates:
        return None
    best = candidates[0]
    edits = {at for v in modified if (at := instant(v))}
    if best.source == "meta" and best.evidence.split(" ")[1] in _NAMED_PUBLISHED \
            and instant(best.written) in edits:
        earlier = [c for c in candidates if c.source == "json-ld" and c.day < best.day]
        if earlier:
            best = replace(earlier[0], evidence=earlier[0].evidence
                           + f" (not {best.evidence}: the time of the last edit)")
    return in_local_zone(best, candidates + local)


def in_local_zone(best: Candidate, others: list[Candidate]) -> Candidate:
    """``best``, or the day of the page's own zone when ``best`` is a UTC timestamp and the
    page writes a date one day off it in its own zone (and none on its UTC day)."""
    if best.utc is None:
        return best
    local = [c for c in others if c.utc is None and c is not best]
    if any(c.day == best.day for c in local):
        return best
    reach = {best.day - timedelta(days=1): best.utc < _WEST_HOURS * 60,
             best.day + timedelta(days=1): best.utc >= (24 - _EAST_HOURS) * 60}
    near = [c for c in local if reach.get(c.day)]
    if not near:
        return best
    return replace(best, day=near[0].day, utc=None,
                   evidence=f"{best.evidence} in the page's zone ({near[0].evidence})")
