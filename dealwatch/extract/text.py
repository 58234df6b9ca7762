"""The text of a parsed document, computed once.

spaCy rebuilds ``Doc.text`` from its tokens on every access; the extractor asks for it once
per name and per date, so it is kept in the document's ``user_data``; a span's text is a
slice of it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_KEY = "dealwatch.text"


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
