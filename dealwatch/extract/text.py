"""The text of a parsed document, computed once.

spaCy rebuilds ``Doc.text`` from its tokens on every access; the extractor asks for it once
per name and per date, so it is kept in the document's ``user_data``; a span's text is a
slice of it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

_KEY = "dealwatch.text"
# No word of news writing runs 100 characters without a space (a long web address is about
# that); spaCy's tokenizer splits a run of brackets, quotes or signs one character at a
# time, rescanning the rest each time, which is quadratic in the run's length.
LONGEST_RUN = 100
_LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")


def tokenizable(text: str) -> str:
    """``text`` as spaCy is given it: of the same length, with every run of more than
    ``LONGEST_RUN`` characters without a space broken by a space at every ``LONGEST_RUN``-th
    character, so that tokenizing takes time linear in the length of the text."""
    return _LONG_RUN.sub(_broken, text) if _LONG_RUN.search(text) else text


def _broken(run: re.Match[str]) -> str:
    chars = list(run[0])
    chars[LONGEST_RUN - 1::LONGEST_RUN] = " " * len(chars[LONGEST_RUN - 1::LONGEST_RUN])
    return "".join(chars)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text`` cut from the document's text: spaCy joins a span's text from a token
    object per word, which over every sentence of every article costs more than a slice."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def sentence_before(sent: Span) -> Span | None:
    """The sentence before ``sent`` when no blank line parts them (one paragraph)."""
    if sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    if "\n\n" in doc_text(sent.doc)[before.end_char:sent.start_char]:
        return None
    return before
