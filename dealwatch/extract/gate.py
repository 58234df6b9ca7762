"""Sentence gating: the dependency parser runs only where an event can be read.

News about an exchange spends many sentences on background, quotes of no act, page furniture;
the extract stage reads a sentence's parse only when it holds an event cue, and the document
stage reads the sentences next to one (the people a release lists in the next sentence) and
lists of names. Gated, a pipeline runs the tagger, the lemmatizer and the names (NER) on the
whole text, and the parser only on regions: each sentence with a cue word or a list of
people, with the sentence before and after it. The regions are parsed on their own, from the
whole text's token vectors (so a word's context is the same as in a full parse); the other
sentences get a flat tree (every word under the sentence's first), which no rule reads as an
event, a list or a name.

Off by default (``load_nlp(gated=True)``, ``analyze --gated``): see README for what it costs in
quality and what it saves.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from dealwatch.extract.cue_words import may_tell_event
from dealwatch.extract.lead_dates import NAME as LEAD_DATES
from dealwatch.extract.text import doc_text

GATED = "dw_gated_parser"
# A person's name: its title or role ("the judge, X") and a list a release frees are read
# from the parse, and the parse of neighbours as well.
_NAMES = frozenset({"PERSON"})


def _rule_sentences(doc: Doc, sentencizer: Sentencizer) -> list[tuple[int, int]]:
    """(start, end) token ranges of the text's sentences by punctuation and line breaks."""
    ends = sentencizer.predict([doc])[0]
    starts = [0]
    for i in range(1, len(doc)):
        if ends[i] or doc[i].is_sent_start:  # a line break (dw_line_breaks) ends one too
            starts.append(i)
    return list(zip(starts, [*starts[1:], len(doc)], strict=True))


def _wanted(doc: Doc, start: int, end: int, text: str) -> bool:
    """A sentence the extract or document stage reads the parse of."""
    span = doc[start:end]
    piece = text[span.start_char:span.end_char]
    if may_tell_event(piece):
        return True
    return any(ent.label_ in _NAMES for ent in span.ents)


def regions(doc: Doc, sentencizer: Sentencizer) -> list[tuple[int, int]]:
    """Token ranges to parse: each wanted sentence with its neighbours, overlaps joined."""
    sents = _rule_sentences(doc, sentencizer)
    text = doc_text(doc)
    keep = [False] * len(sents)
    for k, (start, end) in enumerate(sents):
        if _wanted(doc, start, end, text):
            for j in (k - 1, k, k + 1):
                if 0 <= j < len(sents):
                    keep[j] = True
    out: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(sents):
        if not keep[k]:
            continue
        if out and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


class GatedParser:
    """The pipeline's parser, run on a document's regions only (``regions``)."""

    def __init__(self, nlp: Language, parser_name: str = "parser") -> None:
        self.parser: Any = nlp.get_pipe(parser_name)  # a TrainablePipe: it has .pipe
        self.sentencizer = Sentencizer()
        self.dep = nlp.vocab.strings.add("dep")
        self.root = nlp.vocab.strings.add("ROOT")

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            yield from self._batch(batch)

    def _batch(self, docs: list[Doc]) -> list[Doc]:
        parts: list[tuple[int, int, int]] = []  # (doc index, start, end)
        pieces: list[Doc] = []
        for n, doc in enumerate(docs):
            for start, end in regions(doc, self.sentencizer):
                parts.append((n, start, end))
                pieces.append(self._piece(doc, start, end))
        parsed = list(self.parser.pipe(pieces)) if pieces else []
        arrays = [self._flat(doc) for doc in docs]
        for (n, start, end), piece in zip(parts, parsed, strict=True):
            arrays[n][start:end] = piece.to_array([HEAD, DEP])
        for doc, array in zip(docs, arrays, strict=True):
            if len(doc):
                doc.from_array([HEAD, DEP], array)  # type: ignore[arg-type]
        return docs

    def _piece(self, doc: Doc, start: int, end: int) -> Doc:
        """A region as a document of its own, with the whole text's token vectors and the
        sentence starts already set (line breaks)."""
        span = doc[start:end]
        piece = Doc(doc.vocab, words=[t.text for t in span],
                    spaces=[bool(t.whitespace_) for t in span],
                    sent_starts=[True if i == start else doc[i].is_sent_start
                                 for i in range(start, end)])
        piece.tensor = doc.tensor[start:end]
        return piece

    def _flat(self, doc: Doc) -> numpy.ndarray[Any, Any]:
        """HEAD, DEP of a flat tree per rule sentence: every word under the first."""
        heads = numpy.zeros(len(doc), dtype="int64")  # offsets to the head, as spaCy's
        deps = numpy.full(len(doc), self.dep, dtype="uint64")
        for start, end in _rule_sentences(doc, self.sentencizer):
            heads[start:end] = numpy.arange(0, start - end, -1)
            deps[start] = self.root
        return numpy.stack([heads.view("uint64"), deps], axis=1)


@Language.factory(GATED, default_config={"parser_name": "parser"})
def make_gated_parser(nlp: Language, name: str, parser_name: str) -> GatedParser:
    return GatedParser(nlp, parser_name)


def gate(nlp: Language) -> Language:
    """The pipeline with its parser gated: the parser disabled in the stream and run last,
    on the regions, by ``dw_gated_parser`` (after the names it looks at)."""
    if GATED in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return nlp
    if LEAD_DATES in nlp.pipe_names:  # the opening days are read again from its parse
        nlp.add_pipe(GATED, before=LEAD_DATES)
    else:
        nlp.add_pipe(GATED, last=True)
    nlp.disable_pipe("parser")
    return nlp
