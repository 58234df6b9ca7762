"""A sentence that opens with its day and no comma is read as if the comma were there.

"On Friday Norland released two prisoners", "On 6 April A spoke by telephone with B", "On
August 1 the ministry sanctioned D", "In March Peru freed C", "The following day Peru freed
E": news often writes the opening
day with no comma, and the parser then often takes the subject for a word of the date ("6
April A" one phrase, "March Peru" a date, "1" the subject) and leaves the verb with no
subject of its own, or makes the verb a clause of the name ("On July 26 A called B").
Written with the comma, the same sentence parses as a reader reads it. So each such sentence
is parsed again with a comma after its opening day, and its words take that parse (heads,
labels, tags, lemmas and names); the text, its offsets and every other sentence are
unchanged. A sentence whose words do not come out the same (one word split otherwise) or
that the new parse cuts in two keeps its first parse.
"""

from __future__ import annotations

import re
from typing import cast

from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

NAME = "dw_lead_dates"

_DAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
        r"January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
# Lower-case words that open a subject after the day: "On 17 May each side freed 215" (the
# parser took "May" for the verb's modal), "In March both men were freed".
_SUBJECT_WORDS = r"(?:the|each|both|all|every|some|several|many|most|its|their|his|her|a|an)"
# "On Friday", "Late on Tuesday", "On 6 April", "On July 26", "On 12 July 2006", "In March",
# "On Friday morning", "Early on Sunday night", "In March last year": the opening day, then a
# word that starts another phrase (a capital, a number or "the"), with no comma between
_LEAD = re.compile(
    r"(?:(?:(?:Late|Early|Later|Earlier) )?(?:On|In|By|Since|Until) "
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)? )?" + _DAY + r"(?: \d{1,2}(?:st|nd|rd|th)?)?(?: \d{4})?"
    r"(?: (?:morning|afternoon|evening|night))?(?: (?:last|this|next) (?:year|month|week))?)"
    r"(?= (?:[A-Z][\w'.-]*|\d[\d,]*|" + _SUBJECT_WORDS + r") )"
    # "The following day Peru freed ...", "Two days later the ministry ...": a day told from
    # another ("The same day the men were freed, ..." defines its day: not one of these)
    r"|(?:The (?:following|next|previous) (?:day|morning|evening|night|week)"
    r"|(?:A|One|Two|Three|Four|Five|Six|Several|A few) (?:days?|weeks?|months?) (?:later|earlier)"
    r"|Hours (?:later|earlier)|Last (?:week|month|year))"
    r"(?= (?:[A-Z][\w'.-]*|\d[\d,]*|" + _SUBJECT_WORDS + r") ))")


def _lead_end(sent: Span) -> int | None:
    """The offset in the document where a sentence's opening day ends, when no comma
    follows it (else None)."""
    text = sent.text
    skip = len(text) - len(text.lstrip(" \"'\u201c\u2018"))
    found = _LEAD.match(text, skip)
    if found is None:
        return None
    return sent.start_char + found.end()


class LeadDates:
    """The pipeline component: see the module's text."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        todo = [(sent, end) for sent in doc.sents if (end := _lead_end(sent)) is not None]
        for sent, end in todo:
            self._reparse(doc, sent, end)
        return doc

    def _parse(self, text: str) -> Doc:
        """The text through every component of the pipeline but this one."""
        again = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if name != self.name:
                again = proc(again)
        return again

    def _reparse(self, doc: Doc, sent: Span, end: int) -> None:
        cut = end - sent.start_char
        text = sent.text
        again = self._parse(text[:cut] + "," + text[cut:])
        comma = next((t.i for t in again if t.idx == cut), None)
        if comma is None or len(again) != len(sent) + 1 or len(list(again.sents)) != 1:
            return
        here = [t.i for t in again if t.i != comma]  # again's words, in order
        if any(again[k].idx - (k > comma) != doc[sent.start + n].idx - sent.start_char
               for n, k in enumerate(here)):
            return
        if any(t.head.i == comma and t.i != comma for t in again):
            return
        place = {k: sent.start + n for n, k in enumerate(here)}
        arr = doc.to_array([HEAD, DEP])  # unsigned: a head before its word wraps round
        for k, i in place.items():
            tok = again[k]
            arr[i, 0] = (place[tok.head.i] - i) % 2**64
            arr[i, 1] = tok.dep
            word = doc[i]
            word.tag_, word.pos_, word.lemma_ = tok.tag_, tok.pos_, tok.lemma_
            word.morph = tok.morph
        doc.from_array([HEAD, DEP], cast(Ints2d, arr))
        if doc.has_annotation("ENT_IOB"):
            outside = [e for e in doc.ents if e.end <= sent.start or e.start >= sent.end]
            inside = [Span(doc, place[e.start], place[e.end - 1] + 1, label=e.label_)
                      for e in again.ents if e.start != comma and e.end - 1 != comma]
            doc.ents = sorted(outside + inside, key=lambda e: e.start)


@Language.factory(NAME)
def make_lead_dates(nlp: Language, name: str) -> LeadDates:
    return LeadDates(nlp, name)


def add_lead_dates(nlp: Language) -> Language:
    """The pipeline with the component last (once; only where there is a parser)."""
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, last=True)
    return nlp


__all__ = ["NAME", "LeadDates", "add_lead_dates"]
