"""Boilerplate removal for plain article text.

Scraped articles carry page furniture: a masthead and date lines on top, photo credits and
"Read more" link lists inside, share bars, tags, copyright and newsletter footers, and lists of
unrelated headlines at the bottom. These rules are written against the shapes of such lines,
never against the words of a particular outlet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from dealwatch.ingest.published import date_only_line, label_date, via_date

# a line that ends a sentence (or a clause), in Latin or CJK punctuation
_END = re.compile(r"[.!?…:;,。！？；：，][\"”’')\]」』）]*$")
_SEPARATOR = re.compile(r"\s+(?:[-|>»/·•]+|[—–])\s+")
_STANDALONE = re.compile(
    r"^(featured|advertisement|advert|sponsored( content)?|promoted|breaking( news)?|"
    r"exclusive|watch|listen|video|photos?|gallery|share|print|comments?|live)$",
    re.IGNORECASE,
)
_LABEL_LINE = re.compile(
    r"^(tags?|filed under|section|topics?|categories|category|keywords|share( this)?|"
    r"follow us|credit|credits|photo|image|picture|photograph|source|editing by|"
    r"reporting by)\s*:", re.IGNORECASE,
)
_LIST_HEAD = re.compile(
    r"^(read more|read also|also read|see also|related|more|also on|most read|most popular|"
    r"trending|recommended|you (may|might) also like|top stories|latest|"
    r"(next|previous|coming) (story|article|issue|week|edition)|in the next issue|"
    r"up next|read next|coming up)\b[^:.!?\d]{0,30}:"
    r"\s*(?P<rest>.*)$", re.IGNORECASE,
)
# A list of other stories headed without a colon: "-- Further headlines --", "RELATED".
_BARE_LIST_HEAD = re.compile(
    r"^[-=*#_~\s]*((further|more|other|related|latest|top)\s+(headlines|stories|news|reading|"
    r"articles|coverage)|related|read more|see also|also read|most read|"
    r"(related|more|also)\s+(on|from|at)\s+[\w'&. -]{1,40})[-=*#_~\s]*$",
    re.IGNORECASE,
)
# An item of a list of links: ">> Another headline", "» Another headline".
_LINK_ITEM = re.compile(r"^(?:>>|»|›)\s*\S")
_FURNITURE = [
    re.compile(r"^(this|the) (story|article|report|piece) (was )?(originally|first) "
               r"(appeared|published|ran)\b", re.IGNORECASE),
    re.compile(r"^(originally|first) (published|appeared) (on|in|at)\b", re.IGNORECASE),
    re.compile(r"\byou (are|were) receiving this\b|\bunsubscribe\b|\bforward to a friend\b|"
               r"^sign up (for|to)\b|^subscribe (to|now)\b", re.IGNORECASE),
    re.compile(r"^(©|\(c\)|copyright\b)|\ball rights reserved\b|\breproduction without "
               r"permission\b", re.IGNORECASE),
    re.compile(r"^(correction|clarification)\s*[:.]|^an earlier version of this "
               r"(story|article|report)\b", re.IGNORECASE),
    re.compile(r"^\(?(ap|afp|reuters|epa|getty) (photo|images?)\b|\bgetty images\b|"
               r"^(photo|photograph|picture|image|file photo)( by| credit)?\s*[:/]",
               re.IGNORECASE),
]
_CREDIT = re.compile(r"^[A-Z][\w.&'-]*(\s[A-Z][\w.&'-]*){0,3}\s(via|/)\s[A-Z][\w.&'-]*"
                     r"(\s[A-Z][\w.&'-]*){0,3}$")
_REPORTED_EARLIER = re.compile(r"^as (the )?[\w.' -]{1,40}? (has )?reported (earlier|previously|"
                               r"before)\b[,:]?\s*(?P<rest>.*)$", re.IGNORECASE)
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Jr|Sr|Inc|Co|Corp|"
                     r"No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|"
                     r"\b(?:[A-Za-z]\.){1,3}[A-Za-z])\.$")
_ABBREV_SPAN = 12  # the longest abbreviation _ABBREV ends with ("Sept.", "U.S.A.") and more
_SENTENCE_GAP = re.compile(r"(?<=[.!?…])\s+(?=[\"“‘'(]?[A-Z0-9])|(?<=[.!?…][\"”’')])\s+"
                           r"(?=[\"“‘'(]?[A-Z0-9])")
_SMALL_WORDS = frozenset({
    "with", "from", "into", "over", "after", "amid", "about", "than", "that", "this", "upon",
    "onto", "near", "under", "without", "against", "before", "while", "between", "through",
})
_NEAR = 64  # earlier sentences of a paragraph a sentence may repeat, at most
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "to", "on", "with", "of", "for", "at", "in", "by", "from", "as", "and",
    "or", "that", "which", "who", "whom", "he", "she", "it", "they", "his", "her", "its",
    "their", "him", "them", "gave", "given", "during", "about", "into",
})


@dataclass
class _Lines:
    """The lines of a text being cleaned: which are kept, and what was removed."""

    lines: list[str]
    drop: set[int] = field(default_factory=set)

    def remove(self, i: int) -> None:
        self.drop.add(i)

    def kept(self) -> list[int]:
        return [i for i, ln in enumerate(self.lines) if ln.strip() and i not in self.drop]


def clean_text(text: str) -> tuple[str, tuple[str, ...]]:
    """Plain text without boilerplate, and the lines (or sentences) that were removed."""
    doc = _Lines([ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n")
                  .split("\n")])
    _drop_header(doc)
    _drop_furniture(doc)
    _drop_trailing_headlines(doc)
    removed = [doc.lines[i].strip() for i in sorted(doc.drop) if doc.lines[i].strip()]
    out: list[str] = []
    for i, line in enumerate(doc.lines):
        if i in doc.drop:
            continue
        kept, repeats = _drop_repeated_sentences(line)
        out.append(kept)
        removed.extend(repeats)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
    return body, tuple(removed)


def is_heading(line: str, max_words: int = 25) -> bool:
    """A headline-like line: a few words, no sentence-ending punctuation."""
    words = line.split()
    return 0 < len(words) <= max_words and not _END.search(line.strip())


def _title_case(text: str) -> bool:
    """Most longer words capitalised, as in headlines and outlet names."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", text)
             if len(w) > 3 and w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def outlet_name(line: str) -> str | None:
    """The outlet in a masthead line (``Cedar Coast News - Middle East``), if it looks like one."""
    name = _SEPARATOR.split(line.strip())[0].strip()
    if _STANDALONE.match(name):
        return None
    if 1 <= len(name.split()) <= 6 and _title_case(name) and not _END.search(name):
        return name
    return None


def is_date_line(line: str) -> bool:
    """A ``Published:``/``Posted``/``Updated:`` line, a date-only line or a ``via <date>`` line."""
    s = line.strip()
    return bool(label_date(s) or date_only_line(s) or via_date(s))


def header_lines(lines: list[str]) -> list[int]:
    """Indexes of the masthead, date and section lines above the headline."""
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()][:8]
    dated = [i for i in nonblank[:5] if is_date_line(lines[i])]
    header: list[int] = []
    for d in dated:  # the block around a date line: masthead above it, section line below
        header.append(d)
        j = d - 1
        while j >= 0 and lines[j].strip() and is_heading(lines[j], 10) and not header_blocked(
                lines[j]):
            header.append(j)
            j -= 1
        j = d + 1
        while j < len(lines) and lines[j].strip() and is_heading(lines[j], 6):
            header.append(j)
            j += 1
    rest = [i for i in nonblank if i not in header]
    if len(rest) >= 3 and _masthead_over_headline(*(lines[i].strip() for i in rest[:3])):
        header.append(rest[0])
    return sorted(set(header))


def header_blocked(line: str) -> bool:
    """A line that is article text even when it sits right above a date line (a byline)."""
    return bool(re.match(r"^by\s", line.strip(), re.IGNORECASE))


def _masthead_over_headline(first: str, second: str, third: str) -> bool:
    """``Outlet | Section`` (or a kicker) over a headline over the first paragraph."""
    looks_like_masthead = bool(outlet_name(first) or _SEPARATOR.search(first)
                               or len(first.split()) <= 3)
    return (looks_like_masthead and is_heading(first, 8) and is_heading(second)
            and not is_heading(third) and len(first.split()) < len(second.split())
            and not header_blocked(second) and not header_blocked(first))


def _drop_header(doc: _Lines) -> None:
    for i in header_lines(doc.lines):
        doc.remove(i)


def _drop_furniture(doc: _Lines) -> None:
    seen: set[str] = set()
    in_list = False
    for i in doc.kept():
        s = doc.lines[i].strip()
        if in_list and is_heading(s, 20):
            doc.remove(i)  # a headline listed under "Read more:"
            continue
        in_list = False
        head = _LIST_HEAD.match(s)
        if head and not _END.search(head["rest"]):
            in_list = not head["rest"]
            doc.remove(i)
            continue
        if _BARE_LIST_HEAD.match(s):
            in_list = True
            doc.remove(i)
            continue
        if _LINK_ITEM.match(s) and is_heading(s[2:], 20):
            doc.remove(i)  # a link to another story, whatever heads the list
            continue
        key = _normal(s)
        if is_furniture(s) or (len(key.split()) >= 3 and key in seen):
            doc.remove(i)
            continue
        seen.add(key)


def is_furniture(s: str) -> bool:
    """A line of page furniture: date line, credit, label, link bar, footer, "Featured"."""
    if is_date_line(s) or _STANDALONE.match(s) or _LABEL_LINE.match(s):
        return True
    if any(p.search(s) for p in _FURNITURE):
        return len(s.split()) <= 30
    if _CREDIT.match(s) or _is_link_bar(s):
        return True
    earlier = _REPORTED_EARLIER.match(s)
    return bool(earlier and earlier["rest"] and _title_case(earlier["rest"].rstrip(". ")))


def _is_link_bar(s: str) -> bool:
    """``Share | Print | Report an error``: short items between pipes."""
    parts = [p.strip() for p in re.split(r"\s\|\s", s)]
    if len(parts) < 2 or (_END.search(s) and not s.endswith(")")):
        return False
    longest = max(len(p.split()) for p in parts)
    return (len(parts) >= 3 and longest <= 8) or longest <= 3


def _normal(s: str) -> str:
    folded = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", folded).split())


def _drop_trailing_headlines(doc: _Lines) -> None:
    """Three or more headline-like lines closing the text are a list of other stories."""
    kept = doc.kept()
    run: list[int] = []
    for i in reversed(kept):
        if not is_heading(doc.lines[i]) or len(doc.lines[i].split()) < 2:
            break
        run.append(i)
    if len(run) < 3:
        return
    before = [i for i in kept if i < min(run)]
    if before and doc.lines[before[-1]].rstrip().endswith(":"):
        return  # a list the article itself introduces ("Those freed:")
    capitalised = sum(_title_case(doc.lines[i]) for i in run)
    if capitalised * 2 >= len(run):
        for i in run:
            doc.remove(i)


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph; abbreviations and initials do not end a sentence.

    Linear in the paragraph: only the end of the part before a gap is looked at (the
    abbreviation is its last word), and a sentence's parts are joined once."""
    sentences: list[list[str]] = []
    previous = ""
    for part in _SENTENCE_GAP.split(paragraph):
        if sentences and _ABBREV.search(previous[-_ABBREV_SPAN:]):
            sentences[-1].append(part)
        else:
            sentences.append([part])
        previous = part
    return [" ".join(parts) for parts in sentences]


def _drop_repeated_sentences(paragraph: str) -> tuple[str, list[str]]:
    """A sentence that repeats an earlier one of the same paragraph is dropped.

    Exact repeats, and near-exact ones whose only new words are function words ("on"/"to")
    or accents ("Nicolas"/"Nicolás"), as left by a copy-editing slip in the source. A repeat
    holds every content word of the sentence, so the earlier sentences compared are those
    holding its rarest content word, the last ``_NEAR`` of them: linear in the paragraph,
    however many sentences a run-on text has.
    """
    sentences = split_sentences(paragraph.strip())
    if len(sentences) < 2:
        return paragraph, []
    kept: list[str] = []
    earlier: list[set[str]] = []
    holding: dict[str, list[int]] = {}  # a content word -> the earlier sentences holding it
    repeats: list[str] = []
    for sentence in sentences:
        words = set(_normal(sentence).split())
        content = words - _FUNCTION_WORDS
        if len(words) >= 6:
            rarest = min((holding.get(w, []) for w in content), key=len,
                         default=range(len(earlier)))
            if any(_repeats(words, earlier[i]) for i in rarest[-_NEAR:]):
                repeats.append(sentence)
                continue
        for w in content:
            holding.setdefault(w, []).append(len(earlier))
        earlier.append(words)
        kept.append(sentence)
    if not repeats:
        return paragraph, []
    indent = paragraph[: len(paragraph) - len(paragraph.lstrip())]
    return indent + " ".join(kept), repeats


def _repeats(words: set[str], before: set[str]) -> bool:
    new = words - before
    return len(new) <= len(words) // 5 and new <= _FUNCTION_WORDS
