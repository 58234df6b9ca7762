"""Names of bodies with "and" inside them ("the Sun and Moon Liberation Front", "the Sons
and Daughters Defence Committee"): the tagger cuts them at "and", a place on one side and a
body without its first word on the other; read whole, the name is one organisation's."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dealwatch.extract.lexicon import JOINED_HEADS


def _capital(text: str) -> bool:
    return text[:1].isupper() and any(ch.isalpha() for ch in text)


def joined_org_spans(doc: Doc) -> list[Span]:
    """Spans "A and B ... Head" of capitalised words with one "and" (or "&") between them,
    ending in a body's head word, each labelled ORG."""
    out: list[Span] = []
    for tok in doc:
        if tok.lower_ not in JOINED_HEADS or not _capital(tok.text):
            continue
        start, joins = tok.i, 0
        while start > tok.sent.start:
            before = doc[start - 1]
            if _capital(before.text) and not before.is_punct:
                start -= 1
            elif before.lower_ in ("and", "&") and joins == 0 and start - 2 >= tok.sent.start \
                    and _capital(doc[start - 2].text) and start < tok.i:
                start -= 1
                joins += 1
            else:
                break
        if joins and _capital(doc[start].text) and doc[start].lower_ not in ("and", "&"):
            out.append(Span(doc, start, tok.i + 1, label="ORG"))
    return out
