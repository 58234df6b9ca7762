"""Armed bands named by a word before "gang", "cartel", "militia", "clan" or "mafia": "the
Vark gang", "the Oruk Bessa cartel". The tagger often takes the word for a person, or tags
nothing; the word is the band's name, an organisation.

Bands the news names only by what they do, "the pirates", "Yian hijackers", act as one body
too: the words are its name (with the nationality the text gives them)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dealwatch.extract.parse import proper_nouns
from dealwatch.model import EntityType, NameMention
from dealwatch.places import country_of_demonym

BAND_NOUNS = frozenset({"gang", "cartel", "militia", "clan", "mafia"})
# Fighters named by the movement they fight for, which the tagger leaves out when it is a
# person's name too: "Vark Tamo guerrillas released 30 hostages" (Vark Tamo's fighters).
_FIGHTERS = frozenset({"guerrillas", "rebels", "insurgents", "militants"})


def band_mentions(doc: Doc, doc_id: str,
                  taken: set[int]) -> list[tuple[NameMention, int, int]]:
    """Mentions for the band names the tagger left out (tokens in ``taken`` are named)."""
    out: list[tuple[NameMention, int, int]] = []
    for tok in proper_nouns(doc):
        if tok.i in taken or not _names_a_band(tok):
            continue
        start, end = tok.i, tok.i + 1  # back over the name's other words ("Oruk Bessa")
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i in (
                tok.head.i, start) and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1] \
                .isupper():  # (a word of the name may hang on the next: "Vark Tamo rebels")
            start -= 1
        if any(i in taken for i in range(start, end)):
            continue
        out.append((NameMention(doc_id, doc[start:end].text, EntityType.ORGANIZATION,
                                doc[start].idx, tok.idx + len(tok.text)), start, end))
    return out


def _names_a_band(tok: Token) -> bool:
    """A capitalized proper noun put before a band word: "the Vark gang"."""
    return (tok.dep_ == "compound" and (tok.head.lemma_.lower() in BAND_NOUNS or (
        tok.head.lower_ in _FIGHTERS and country_of_demonym(tok.text) is None))
            and tok.text[:1].isupper() and tok.head.i == tok.i + 1)


# Bands named by what they do: "the pirates", "Yian hijackers".
DOER_BANDS = frozenset({"pirate", "hijacker"})


def doer_mentions(doc: Doc, doc_id: str,
                  taken: set[int]) -> list[tuple[NameMention, int, int]]:
    """Mentions for "the pirates", "Somali pirates": a band named by what it does."""
    out: list[tuple[NameMention, int, int]] = []
    for tok in doc:
        if tok.i in taken or tok.tag_ != "NNS" or tok.lemma_.lower() not in DOER_BANDS:
            continue
        start = tok.i
        before = doc[tok.i - 1] if tok.i > 0 else None
        if before is not None and before.dep_ in ("amod", "compound") and (
                before.head.i == tok.i and country_of_demonym(before.text)):
            start -= 1  # "Xian pirates" (the nationality word, tagged or not, is the band's)
        text = doc[start:tok.i + 1].text
        out.append((NameMention(doc_id, text[:1].upper() + text[1:], EntityType.ORGANIZATION,
                                doc[start].idx, tok.idx + len(tok.text)), start, tok.i + 1))
    return out
