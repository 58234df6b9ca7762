"""Armed bands named by a word before "gang", "cartel", "militia", "clan" or "mafia": "the
Vark gang", "the Oruk Bessa cartel". The tagger often takes the word for a person, or tags
nothing; the word is the band's name, an organisation."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dealwatch.extract.parse import proper_nouns
from dealwatch.model import EntityType, NameMention

BAND_NOUNS = frozenset({"gang", "cartel", "militia", "clan", "mafia"})


def band_mentions(doc: Doc, doc_id: str,
                  taken: set[int]) -> list[tuple[NameMention, int, int]]:
    """Mentions for the band names the tagger left out (tokens in ``taken`` are named)."""
    out: list[tuple[NameMention, int, int]] = []
    for tok in proper_nouns(doc):
        if tok.i in taken or not _names_a_band(tok):
            continue
        start, end = tok.i, tok.i + 1  # back over the name's other words ("Oruk Bessa")
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == (
                tok.head.i) and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1] \
                .isupper():
            start -= 1
        if any(i in taken for i in range(start, end)):
            continue
        out.append((NameMention(doc_id, doc[start:end].text, EntityType.ORGANIZATION,
                                doc[start].idx, tok.idx + len(tok.text)), start, end))
    return out


def _names_a_band(tok: Token) -> bool:
    """A capitalized proper noun put before a band word: "the Vark gang"."""
    return (tok.dep_ == "compound" and tok.head.lemma_.lower() in BAND_NOUNS
            and tok.text[:1].isupper() and tok.head.i == tok.i + 1)
