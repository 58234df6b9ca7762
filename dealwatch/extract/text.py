"""The text of a parsed document, computed once.

spaCy rebuilds ``Doc.text`` from its tokens on every access; the extractor asks for it once
per name and per date, so it is kept in the document's ``user_data``.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "dealwatch.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_KEY] = doc.text
    return text
