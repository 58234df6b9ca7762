"""Where sentences start, set before the parser: the rules of news layout spaCy's parser
does not know.

A line break ends a sentence (headlines and list items are not run together); a dateline
("KABUL, Sept 19 (Wire) - The ...", "OSLO — Two ...") is not part of the lead's first sentence,
which it would otherwise turn into a noun phrase with the lead as a clause hanging from it;
and a run of text with no sentence end is cut so no step's work grows with its square.
"""

from __future__ import annotations

from typing import cast

from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from dealwatch.extract.lead_dates import add_lead_dates
from dealwatch.extract.lexicon import TITLE_ABBREVIATIONS

# tokens without a line break or a mark that may end a sentence: news sentences end long
# before this (a list of about 130 names still fits); a longer run is text without sentences
# (a page's soup, a paste without full stops), cut so no step's work grows with its square
RUN_ON = 400
_ENDS = (".", "!", "?")
DASHES = frozenset({"-", "--", "---", "\u2013", "\u2014"})
NOT_A_START = 2**64 - 1  # -1 (a token that starts no sentence) as the array holds it
DATELINE_TOKENS = 14  # "NEW YORK, Sept. 19, 2022 (Wire Service) —" fits


@Language.component("dw_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence, and a dateline at the start of a line is a sentence
    of its own. A run of ``RUN_ON`` tokens with no line break and no full stop, question or
    exclamation mark is cut at its next comma or semicolon (or after 50 more tokens). The
    starts are set together (spaCy's setter of one token's start reads the whole
    document)."""
    starts: list[int] = []
    since = 0
    prev: Token | None = None
    lines = [0] if len(doc) else []
    for tok in doc:
        if prev is not None:
            since += 1
            text = prev.text
            if "\n" in prev.whitespace_ or (prev.is_space and "\n" in text):
                starts.append(tok.i)
                if not tok.is_space:
                    lines.append(tok.i)
                since = 0
            elif prev.is_space and lines and lines[-1] == tok.i - 1:
                lines[-1] = tok.i  # the line's first word, after its indent
            elif text.endswith(_ENDS):
                since = 0
            elif since >= RUN_ON and (text in (",", ";") or since >= RUN_ON + 50):
                starts.append(tok.i)
                since = 0
        prev = tok
    leads = [i for i in (after_dateline(doc, line) for line in lines) if i is not None]
    starts.extend(leads)
    # a line's first word is not a sentence of its own ("Berg\nNorway and Peru
    # exchanged ...": the parser may cut after "Norway" and lose the subject)
    joined = [line + 1 for line in lines if line + 1 < len(doc) and _same_line(doc, line)]
    # "handed Sgt. Ola Berg to ...": a title's full stop ends no sentence
    joined += [i for i in (_after_title(doc, t) for t in doc) if i is not None]
    # nor is the lead's first word after a dateline ("OSLO - Twelve men were freed ...": the
    # parser may cut after "Twelve" and lose the number)
    joined += [lead + 1 for lead in leads if lead + 1 < len(doc) and _goes_on(doc, lead)]
    if starts or joined:
        marks = doc.to_array([SENT_START])  # one column, a row a token
        marks[joined] = NOT_A_START
        marks[starts] = 1
        doc.from_array([SENT_START], cast(Ints2d, marks))
    return doc


def _after_title(doc: Doc, tok: Token) -> int | None:
    """The name after an abbreviated title ("Sgt." as one token, or "Sgt" and "."), which
    the parser would start a sentence with."""
    i = tok.i
    if tok.lower_.rstrip(".") not in TITLE_ABBREVIATIONS:
        return None
    if not tok.text.endswith("."):
        if tok.whitespace_ or i + 1 >= len(doc) or doc[i + 1].text != ".":
            return None
        i += 1
    nxt = i + 1
    if nxt >= len(doc) or "\n" in doc[i].whitespace_ or not doc[nxt].text[:1].isupper():
        return None
    return nxt


def _same_line(doc: Doc, first: int) -> bool:
    """The word after a line's first word is on that line and may go on its sentence (a word,
    not a mark that may end or open one)."""
    tok, nxt = doc[first], doc[first + 1]
    return ("\n" not in tok.whitespace_ and not tok.is_space and not nxt.is_space
            and not nxt.is_punct and not tok.is_punct and not tok.like_num)


def _goes_on(doc: Doc, first: int) -> bool:
    """The word after the lead's first word is on its line: a word, not a mark."""
    tok, nxt = doc[first], doc[first + 1]
    return ("\n" not in tok.whitespace_ and not tok.is_space and not nxt.is_space
            and not nxt.is_punct and not tok.is_punct)


def after_dateline(doc: Doc, first: int) -> int | None:
    """The token after the dateline a line starts with, if it does: a place in capitals
    ("KABUL", "NEW YORK"), then only capitalised words, numbers and punctuation (a date, a
    wire service in brackets), then a dash, then a word."""
    end = min(len(doc), first + DATELINE_TOKENS)
    place = first
    while place < end and capitals(doc[place]):
        place += 1
    if place == first or sum(len(t) for t in doc[first:place]) < 3:
        return None
    for i in range(place, end):
        tok = doc[i]
        if tok.text in DASHES:
            nxt = next((t for t in doc[i + 1:i + 3] if not t.is_space), None)
            return nxt.i if nxt is not None and not nxt.is_punct else None
        if not (tok.is_punct or tok.like_num or tok.text[:1].isupper()) or "\n" in tok.text:
            return None
    return None


def capitals(tok: Token) -> bool:
    return tok.is_alpha and tok.is_upper and len(tok) >= 2


def prepare(nlp: Language) -> Language:
    """Add dealwatch's sentence rules to a loaded pipeline (once), and keep an abbreviated
    title whole ("Sgt.", "Capt.", "Lt."), as the tokenizer keeps "Gen." and "Dr.": split off,
    its full stop is read as the end of a sentence and the parse loses the name after it
    ("they handed Sgt. A to the troops")."""
    if "dw_line_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("dw_line_breaks", before="parser")
    add_lead_dates(nlp)
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    for title in TITLE_ABBREVIATIONS:
        word = title.capitalize() + "."
        if len(tokenizer(word)) > 1:
            tokenizer.add_special_case(word, [{ORTH: word}])
    return nlp
