"""Walks over a parsed document that would cost a scan each time, computed once per document.

A sentence that lists a thousand names is a chain of a thousand ``conj`` arcs, and a line
with no break is as long as the article: walking the chain or scanning for the line's start
for each name made extraction quadratic. Each walk here is done once per document (kept in
``Doc.user_data``) and then answered in constant or logarithmic time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from dealwatch.extract.text import doc_text

_NP_DEPS = frozenset({"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos",
                      "attr", "ROOT"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


# Sentences up to this many tokens are walked by spaCy's own (compiled) methods: the tables
# pay off only where a sentence is a long chain (a list of a thousand names).
LONG_SENTENCE = 150


def plain(doc: Doc) -> bool:
    """No sentence of the document is long enough for a walk to cost more than a table."""
    found = doc.user_data.get("dealwatch.plain")
    if not isinstance(found, bool):
        found = doc.user_data["dealwatch.plain"] = all(
            len(s) <= LONG_SENTENCE for s in doc.sents)
    return found


def per_doc(doc: Doc, key: str, build: Callable[[Doc], list[int]]) -> list[int]:
    """``build(doc)``, computed once per document and kept in its ``user_data``."""
    found = doc.user_data.get(key)
    if not isinstance(found, list):
        found = doc.user_data[key] = build(doc)
    return found


def _words_of(doc: Doc, tags: frozenset[int], key: str) -> list[int]:
    """The indices of the words with one of the part-of-speech ``tags``, read from the parse's
    array once per document: a scan that makes a token object of every word costs more than
    the parse's share of the names stage."""
    return per_doc(doc, key, lambda d: [i for i, pos in enumerate(d.to_array("POS").tolist())
                                        if pos in tags])


_CONTENT = frozenset({NOUN, PROPN, VERB, AUX, ADJ})
_PROPER = frozenset({PROPN})
_PROPER_OR_ADJECTIVE = frozenset({PROPN, ADJ})


def content_words(span: Span) -> list[Token]:
    """The nouns, proper nouns, verbs, auxiliaries and adjectives of a span, in order: the
    only words that can signal an event."""
    doc = span.doc
    found = _words_of(doc, _CONTENT, "dealwatch.content")
    return [doc[i] for i in found[bisect_left(found, span.start):bisect_left(found, span.end)]]


def proper_nouns(doc: Doc) -> Iterator[Token]:
    """The proper nouns of a document."""
    return (doc[i] for i in _words_of(doc, _PROPER, "dealwatch.propn"))


def proper_or_adjectives(doc: Doc) -> Iterator[Token]:
    """Proper nouns and adjectives ("Dravonian", "Kestria", "new")."""
    return (doc[i] for i in _words_of(doc, _PROPER_OR_ADJECTIVE, "dealwatch.propadj"))


def _first_conjuncts(doc: Doc) -> list[int]:
    """For each token, the first conjunct of the list it stands in (itself when none)."""
    first = list(range(len(doc)))
    for tok in doc:  # heads of a leftward conj come first, so theirs is already known
        if tok.dep_ == "conj" and tok.head.i < tok.i:
            first[tok.i] = first[tok.head.i]
    return first


def first_conjunct(tok: Token) -> Token:
    """``A`` for ``C`` in "A, B and C": up the leftward ``conj`` arcs, in constant time."""
    if plain(tok.doc):
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        return tok
    return tok.doc[per_doc(tok.doc, "dealwatch.first_conj", _first_conjuncts)[tok.i]]


def noun_chunks(doc: Doc) -> Iterator[Span]:
    """``doc.noun_chunks`` of spaCy's English iterator, without its walk up the conj chain
    for every conjunct (quadratic in a long list)."""
    if doc.lang_ != "en" or plain(doc):
        yield from doc.noun_chunks
        return
    prev_end = -1
    for word in doc:
        if word.pos_ not in _NOMINAL or word.left_edge.i <= prev_end:
            continue
        if word.dep_ in _NP_DEPS:
            prev_end = word.i
            yield doc[word.left_edge.i: word.i + 1]
        elif word.dep_ == "conj":
            head = first_conjunct(word.head) if word.head.dep_ == "conj" else word.head
            if head.dep_ in _NP_DEPS:
                prev_end = word.i
                yield doc[word.left_edge.i: word.i + 1]


def _sentence_starts(doc: Doc) -> list[int]:
    return [sent.start for sent in doc.sents]


def span_sentence(span: Span) -> Span:
    """``Span.sent`` as spaCy defines it (the sentence holding the span's start), found by
    bisection: spaCy scans the sentence for its bounds on every call."""
    doc = span.doc
    starts = per_doc(doc, "dealwatch.sent_starts", _sentence_starts)
    k = max(bisect_right(starts, span.start) - 1, 0)
    return doc[starts[k]: starts[k + 1] if k + 1 < len(starts) else len(doc)]


def sentence_of(tok: Token) -> Span:
    """``tok.sent``, found by bisection."""
    if plain(tok.doc) and "sent" not in tok.doc.user_token_hooks:
        return tok.sent
    return span_sentence(tok.doc[tok.i: tok.i + 1])


def _line_breaks(doc: Doc) -> list[int]:
    return [m.start() for m in re.finditer("\n", doc_text(doc))]


def line_bounds(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    """The start and end characters of the line(s) holding ``start_char:end_char``."""
    breaks = per_doc(doc, "dealwatch.line_breaks", _line_breaks)
    k = bisect_left(breaks, start_char)  # breaks before the start
    j = bisect_left(breaks, end_char)  # the first break at or after the end
    return (breaks[k - 1] + 1 if k else 0), (breaks[j] if j < len(breaks) else
                                             len(doc_text(doc)))


def _euler_tour(doc: Doc) -> list[int]:
    """Entry and exit times of a depth-first walk of each sentence's tree: ``[in_0, out_0,
    in_1, out_1, ...]``, so that ancestry is a comparison."""
    times = [0] * (2 * len(doc))
    clock = 0
    for root in (t for t in doc if t.head.i == t.i):
        todo: list[tuple[Token, bool]] = [(root, False)]
        while todo:
            tok, done = todo.pop()
            clock += 1
            if done:
                times[2 * tok.i + 1] = clock
                continue
            times[2 * tok.i] = clock
            todo.append((tok, True))
            todo.extend((child, False) for child in tok.children)
    return times


def is_ancestor(above: Token, tok: Token) -> bool:
    """``above in tok.ancestors``, in constant time (a walk up the tree is as long as a list
    of a thousand names)."""
    if plain(tok.doc):
        return above.is_ancestor(tok)
    times = per_doc(tok.doc, "dealwatch.euler", _euler_tour)
    a, t = 2 * above.i, 2 * tok.i
    return above.i != tok.i and times[a] < times[t] and times[t + 1] < times[a + 1]


def _depths(doc: Doc) -> list[int]:
    """Arcs from each token up to its sentence's root."""
    depth = [-1] * len(doc)
    for tok in doc:
        path = []
        while depth[tok.i] < 0 and tok.head.i != tok.i:
            path.append(tok.i)
            tok = tok.head
        base = max(depth[tok.i], 0)
        depth[tok.i] = base
        for n, i in enumerate(reversed(path), 1):
            depth[i] = base + n
    return depth


def span_root(span: Span) -> Token:
    """``Span.root`` as spaCy defines it (a sentence root in the span, else the token nearest
    the root, punctuation and spaces last), with the depths counted once per document:
    spaCy walks up to the root for each span, as far as a list is long."""
    doc = span.doc
    for i in range(span.start, span.end):
        if doc[i].head.i == i:
            return doc[i]
    depths = per_doc(doc, "dealwatch.depths", _depths)
    best, root = len(doc), -1
    for i in range(span.start, span.end):
        tok = doc[i]
        if span.start <= tok.head.i < span.end:
            continue
        alone = tok.n_lefts == 0 and tok.n_rights == 0
        d = len(doc) - 1 if alone and (tok.is_space or tok.is_punct) else depths[i]
        if d < best:
            best, root = d, i
    return doc[root if root >= 0 else span.start]


def with_linear_lookups(doc: Doc) -> Doc:
    """The document with ``Span.root``, ``Span.sent`` and ``Token.sent`` answered from
    tables built once (``span_root``, ``span_sentence``), so that asking them for every name
    of a long list costs no walk over the list."""
    if plain(doc):
        return doc  # spaCy's compiled walks are faster on ordinary sentences
    doc.user_span_hooks["root"] = span_root
    doc.user_span_hooks["sent"] = span_sentence
    doc.user_token_hooks["sent"] = sentence_of
    return doc
