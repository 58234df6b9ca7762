"""What every pass of the document stage reads: the article, its parse, dates and names."""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dealwatch.document.holders import Holding, holdings
from dealwatch.document.mediators import mediators
from dealwatch.document.offices import People
from dealwatch.extract import mention_id, sentence_evidence
from dealwatch.extract.names import DocNames
from dealwatch.extract.text import doc_text
from dealwatch.model import Article, EventMention, Evidence, TimeExpr


def derived_id(parent: str, *parts: object) -> str:
    """The id of a mention a pass makes from another (one more day of its talks, its other
    side): the parent's id and what sets the new one apart, hashed like ``mention_id``."""
    return hashlib.sha1(":".join([parent, *map(str, parts)]).encode()).hexdigest()[:12]


def with_evidence(m: EventMention, anchor: Evidence) -> tuple[Evidence, ...]:
    """The mention's context with one more sentence as evidence, unless the mention is told
    in that sentence or already holds it."""
    return m.context if anchor == m.evidence or anchor in m.context else (*m.context, anchor)


@dataclass
class ArticleContext:
    """One parsed article as the document stage sees it."""

    article: Article
    doc: Doc
    dates: list[TimeExpr]
    names: DocNames
    _sents: list[Span] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _breaks: list[int] | None = None
    _held: list[Holding] | None = None
    _between: frozenset[str] | None = None
    _dated: dict[int, list[TimeExpr]] | None = None
    _people: People | None = None

    @property
    def text(self) -> str:
        return doc_text(self.doc)

    @property
    def sents(self) -> list[Span]:
        """The sentences, in order (computed once)."""
        if not self._sents:
            self._sents = list(self.doc.sents)
        return self._sents

    def held(self) -> list[Holding]:
        """Every phrase of the article that says who held someone (read once); a state the
        article tells as a go-between held no one ("received him from the Danes")."""
        if self._held is None:
            between = self.mediators()
            self._held = [h for h in holdings(self.doc, self.names) if h.side not in between]
        return self._held

    def people(self) -> People:
        """The article's people and the offices it gives them (read once)."""
        if self._people is None:
            self._people = People(self.names)
        return self._people

    def mediators(self) -> frozenset[str]:
        """The states the article tells as go-betweens (read once)."""
        if self._between is None:
            self._between = mediators(self.doc, self.names)
        return self._between

    def dates_in(self, k: int) -> list[TimeExpr]:
        """The time expressions of sentence k, in order (the dates filed by sentence once)."""
        if self._dated is None:
            self._dated = {}
            sents, j = self.sents, 0
            for t in self.dates:
                while j < len(sents) and sents[j].end_char <= t.start:
                    j += 1
                if j < len(sents):
                    self._dated.setdefault(j, []).append(t)
        return self._dated.get(k, [])

    def sentence_index(self, char: int) -> int:
        """The index of the sentence holding a character offset (-1 before the first)."""
        if not self._starts:
            self._starts = [s.start_char for s in self.sents]
        return bisect.bisect_right(self._starts, char) - 1

    def paragraph_of(self, char: int) -> int:
        """The number of line breaks before a character offset (its paragraph's number)."""
        if self._breaks is None:
            self._breaks = [i for i, c in enumerate(self.text) if c == "\n"]
        return bisect.bisect_left(self._breaks, char)

    def sentence_at(self, char: int) -> Span | None:
        """The sentence holding a character offset."""
        k = self.sentence_index(char)
        return self.sents[k] if k >= 0 and char < self.sents[k].end_char else None

    def sentence_of(self, mention: EventMention) -> Span | None:
        return self.sentence_at(mention.evidence.start)

    def evidence(self, sent: Span) -> Evidence:
        """A sentence as evidence (surrounding white space left out)."""
        return sentence_evidence(self.article.id, sent)

    def cue_token(self, m: EventMention) -> Token | None:
        """The cue word of a mention in the parse (its id names the word's offset)."""
        span = self.doc.char_span(m.evidence.start, m.evidence.end, alignment_mode="expand")
        if span is None:
            return None
        same = [t for t in span if t.text == m.cue]
        exact = [t for t in same if mention_id(m.document, t.idx, m.type) == m.id]
        return next(iter(exact or same), None)
