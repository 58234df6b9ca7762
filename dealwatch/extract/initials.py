"""Organisations named by their initials that the tagger left out: "the VLF freed two
hostages", "a VLF unit". A word of two to six capital letters standing as a proper noun in
running text is an organisation's initials (rebel movements, unions, agencies go by them),
unless it is a place put in capitals to open a dateline ("LIMA - ..."), a line written all
in capitals, a Roman numeral, a time zone or a common abbreviation ("TV", "MP", "HIV")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dealwatch.extract.parse import proper_nouns
from dealwatch.extract.sentences import capitals
from dealwatch.model import EntityType, NameMention
from dealwatch.places import country_for_actor, country_named, country_of_capital

# Capitals that are no one's initials: titles, media, medicine, times and units.
_ABBREVIATIONS = frozenset({
    "AM", "PM", "GMT", "UTC", "EST", "EDT", "CST", "PST", "BST", "CET", "CEST", "EET", "EAT",
    "WAT", "CAT", "IST", "MSK", "JST", "TV", "MP", "MPS", "MEP", "MEPS", "CEO", "CFO", "VIP",
    "HIV", "AIDS", "DNA", "GPS", "SMS", "PDF", "URL", "FAQ", "RSS", "ID", "IT", "OK", "HQ",
    "GDP", "PR", "DIY", "SEAL", "SWAT", "NB", "PS", "RIP", "ASAP", "AKA", "BC", "AD"})
_ROMAN = frozenset("IVXLCDM")
_DATELINE_PUNCT = frozenset({"-", "—", "–", ",", "(", ":"})


def initials_mentions(doc: Doc, doc_id: str,
                      taken: set[int]) -> list[tuple[NameMention, int, int]]:
    """Mentions for the initials the tagger left out (tokens in ``taken`` are named)."""
    found = [tok for tok in proper_nouns(doc) if tok.i not in taken and _initials(tok)]
    # initials named so elsewhere in the article, where the tagger calls them a noun
    # (opening a headline: "VLF frees two hostages")
    known = {tok.text for tok in found} | {e.text for e in doc.ents if e.label_ == "ORG"}
    found += [tok for tok in doc if tok.pos_ == "NOUN" and tok.text in known
              and tok.i not in taken and _initials(tok)]
    return [(NameMention(doc_id, tok.text, EntityType.ORGANIZATION, tok.idx,
                         tok.idx + len(tok.text)), tok.i, tok.i + 1)
            for tok in sorted(found, key=lambda t: t.i)]


def _initials(tok: Token) -> bool:
    text = tok.text
    if len(text) > 6 or not capitals(tok):
        return False
    if text in _ABBREVIATIONS or set(text) <= _ROMAN or tok.ent_iob_ != "O":
        return False
    if _in_capitals(tok) or _opens_a_dateline(tok) or (
            tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ":"):
        return False  # ("UPDATE: ...", a label)
    title = text.title()
    return not (country_named(title) or country_of_capital(title) or country_for_actor(text))


def _in_capitals(tok: Token) -> bool:
    """A word of a line written in capitals: a heading, a masthead ("NORTH STAR WIRE"), or
    half of a hyphenated name ("NOVA-PRESS")."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ or (
            tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_):
        return True
    before = tok.i - 1 if tok.i > 0 and "\n" not in doc[tok.i - 1].whitespace_ else None
    after = tok.i + 1 if "\n" not in tok.whitespace_ else None  # on the same line only
    return any(j is not None and 0 <= j < len(doc) and capitals(doc[j]) for j in (before, after))


def _opens_a_dateline(tok: Token) -> bool:
    """The place a dateline opens with: first on its line, a dash or a comma after it."""
    doc = tok.doc
    first = tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws or doc[tok.i - 1].is_space
    return first and tok.i + 1 < len(doc) and doc[tok.i + 1].text in _DATELINE_PUNCT
