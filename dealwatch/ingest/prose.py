"""Is the cleaned text prose? Garbage spans cut, non-prose rejected, the parse's size bounded.

spaCy's cost grows with the tokens of a text and their length, not its characters: a run of
punctuation becomes one token per character, so 60 KB of it costs as much as 300 KB of news
writing. Two linear measures, taken before spaCy sees a text (and before the boilerplate is
cleaned), bound that work:

- a text is looked at in windows of ``WINDOW`` characters; a window with ``MIN_MARKS`` or more
  characters that are not white space, of which fewer than ``MIN_LETTER_SHARE`` are letters
  (punctuation, symbols, digits), or a window of at most ``FEW_CHARACTERS`` characters
  ("aaaa", "U.S. U.S.") or of ``MIN_WORDS`` words of which at most ``FEW_WORDS`` differ
  ("freed freed"), is garbage. News writing has no such stretch (its windows are mostly
  letters of many words; a paragraph of figures still holds words), so consecutive garbage
  windows are cut from the text, each cut noted among the removed lines.
  A good article with a garbage span is read without it; a text with nothing left is not
  prose and is rejected (``NotProse``, DW115), saying what it was made of.
- the tokens spaCy would make are estimated by counting the words (runs of letters and
  digits), the marks (any other character that is not white space, each one) and the length
  of runs without white space: that counts more than spaCy makes ("U.S." is one token, four
  here), never much fewer. A text estimated over ``MAX_TOKENS`` is rejected (``TooLong``,
  DW112): spaCy and the extractor read about 3,500 tokens of news a second on the 2-core
  development machine, and about 2,100 of text dense with names and events (a release in
  every sentence), so the cap keeps every article under 8 s, well under the per-article
  budget (``budget``); the longest of 1,056 real articles and pages tried (htmldate's
  evaluation pages, the corpus) is estimated at 9,500. The cap is the work the
  budget pays for: a longer budget (``--article-budget``) raises it in proportion, and with
  no budget (0) there is none (spaCy's own length limit still holds): a user with long
  reads gives them the time.
"""

from __future__ import annotations

import re

from dealwatch import errors
from dealwatch.ingest.budget import DEFAULT_SECONDS, budget_seconds

WINDOW = 256
MIN_MARKS = 64
MIN_LETTER_SHARE = 0.1
FEW_CHARACTERS = 8
MIN_WORDS, FEW_WORDS = 20, 4
LONGEST_WORD = 40  # a word the cut moves off rather than splits
LONG_RUN_CHARS = 8  # a run without white space costs spaCy a token's time per 8 characters
MAX_TOKENS = 16_000

_LETTER = re.compile(r"[^\W\d_]")
_MARK = re.compile(r"\S")
_SPACE = re.compile(r"\s")
_NOT_LETTER = re.compile(r"[^\w\s]|[\d_]")
_DIGIT = re.compile(r"\d")
_LONG_RUN = re.compile(r"\S{90,}")  # spaCy is given these cut every 90 (``extract.text``)
_WORDS = re.compile(r"[^\W_]+")
_MARKS_ONLY = re.compile(r"[^\w\s]|_")
_ATTACHED = re.compile(r"[^\w\s]{0,3}")
_WORD = re.compile(r"\w*")


def _garbage(window: str) -> bool:
    """Mostly punctuation, symbols or digits; or a few characters repeated ("aaaa",
    "U.S. U.S. "), or a few words ("freed freed freed"), which no writing is."""
    marks = len(window) - len(_SPACE.findall(window))
    if marks < MIN_MARKS:
        return False
    if len(set(window)) <= FEW_CHARACTERS:
        return True
    words = window.split()
    if len(words) >= MIN_WORDS and len(set(words)) <= FEW_WORDS:
        return True
    return len(_NOT_LETTER.findall(window)) > (1 - MIN_LETTER_SHARE) * marks


def garbage_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each stretch of consecutive garbage windows, its edges moved off
    any word they would split."""
    spans: list[tuple[int, int]] = []
    for at in range(0, len(text), WINDOW):
        if not _garbage(text[at:at + WINDOW]):
            continue
        if spans and spans[-1][1] == at:
            spans[-1] = (spans[-1][0], at + WINDOW)
        else:
            spans.append((at, at + WINDOW))
    return [_to_edges(text, start, min(end, len(text))) for start, end in spans]


def _to_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of windows moved to the words beside it: off a word it would split, and
    across every character that is no letter or digit, short of up to three marks that
    close the word before it ("said.") or open the word after it ("(Ardel")."""
    if 0 < start < end and text[start - 1].isalnum():
        word_end = _WORD.match(text, start, start + LONGEST_WORD).end()  # type: ignore[union-attr]
        start = word_end if word_end < start + LONGEST_WORD else start  # a run: cut through
    else:
        while start > 0 and not text[start - 1].isalnum():
            start -= 1
    if start > 0:
        start = _ATTACHED.match(text, start).end()  # type: ignore[union-attr]
    if start < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        back = end
        while back > max(start, end - LONGEST_WORD) and text[back - 1].isalnum():
            back -= 1
        end = back if back > end - LONGEST_WORD else end  # a run: cut through
    else:
        while end < len(text) and not text[end].isalnum():
            end += 1
    if end < len(text):
        attached = 0
        while attached < 3 and end - attached > start and _is_mark(text[end - attached - 1]):
            attached += 1
        end -= attached
    return start, max(start, end)


def _is_mark(ch: str) -> bool:
    """A character that is neither a letter, a digit nor white space."""
    return not (ch.isalnum() or ch.isspace())


def _note(span: str) -> str:
    """One removed line standing for a cut span: how long it was and how it began."""
    head = " ".join(span.split())[:40]
    return f"[not prose, cut: {len(span):,} characters: {head}…]"


def cut_garbage(text: str, removed: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...]]:
    """``text`` without its garbage spans (each replaced by a paragraph break or a space), and
    ``removed`` with a note for each; raises ``NotProse`` when no words are left."""
    spans = garbage_spans(text)
    if not spans:
        return text, removed
    parts, notes, at = [], [], 0
    for start, end in spans:
        parts.append(text[at:start])
        parts.append("\n\n" if "\n" in text[start:end] else " ")
        notes.append(_note(text[start:end]))
        at = end
    parts.append(text[at:])
    kept = re.sub(r"\n{3,}", "\n\n", "".join(parts)).strip()
    if not re.search(r"[^\W\d_]{2,}", kept):
        raise errors.NotProse(not_prose(text))
    return kept, (*removed, *notes)


def not_prose(text: str) -> str:
    """Why ``text`` is not prose: what most of its characters are."""
    marks = len(_MARK.findall(text))
    letters = len(_LETTER.findall(text))
    digits = len(_DIGIT.findall(text))
    others = marks - letters - digits
    if letters >= digits + others:
        return (f"not prose: its {marks:,} characters (white space aside) repeat a few "
                "characters or words")
    what, n = ("digits", digits) if digits > others else ("punctuation or symbols", others)
    share = round(100 * n / max(marks, 1))
    return f"not prose: {share}% of its {marks:,} characters (white space aside) are {what}"


def estimated_tokens(text: str) -> int:
    """About how many tokens spaCy makes of ``text`` (rather more than fewer): words and
    marks, and one more per ``LONG_RUN_CHARS`` characters of a run without white space
    (spaCy's time grows with a token's length: 90 letters cost it like a dozen words)."""
    long_runs = sum(len(run) for run in _LONG_RUN.findall(text))
    return (len(_WORDS.findall(text)) + len(_MARKS_ONLY.findall(text))
            + long_runs // LONG_RUN_CHARS)


def max_tokens() -> int | None:
    """The token cap under the per-article budget in force: ``MAX_TOKENS`` at the default
    budget or a shorter one, in proportion to a longer one, none without a budget."""
    seconds = budget_seconds()
    if seconds == 0:
        return None
    return round(MAX_TOKENS * max(1.0, seconds / DEFAULT_SECONDS))


def check_size(text: str, slack: float = 1) -> None:
    """Raise ``TooLong`` when ``text`` has more tokens than are read well within the budget
    (``slack`` times more, for a text not yet cleaned of its boilerplate)."""
    cap = max_tokens()
    if cap is None or len(text) <= cap * slack:  # fewer characters than the cap: no count
        return
    tokens = estimated_tokens(text)
    if tokens > cap * slack:
        raise errors.TooLong(f"about {tokens:,} words and marks is over the {cap:,} the "
                             "language model reads well within the per-article budget; "
                             "split the article or give it more time (--article-budget)")
