"""The per-document lookups of ``dealwatch.extract.parse`` answer exactly what spaCy's own
walks answer (they only avoid repeating them), on the example articles and a long list."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dealwatch.extract.parse import (
    first_conjunct,
    is_ancestor,
    line_bounds,
    noun_chunks,
    sentence_of,
    span_root,
    span_sentence,
)
from dealwatch.ingest.clean import split_sentences

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LIST = ("Dravonia freed " + ", ".join(f"Anna Korsak{i}" for i in range(60))
        + " and others on Monday.\nU.S. envoy Mr. Cole said so.")


@pytest.fixture(scope="module")
def docs(nlp: Language) -> list[Doc]:
    texts = [p.read_text(encoding="utf-8")[:4000] for p in sorted(EXAMPLES.glob("*.txt"))[:4]]
    return [nlp(t) for t in [*texts, LIST]]


def test_span_roots_and_sentences_match_spacy(docs: list[Doc]) -> None:
    for doc in docs:
        for i in range(len(doc)):
            assert sentence_of(doc[i]) == doc[i].sent
            for j in range(i + 1, min(len(doc), i + 6) + 1):
                span = doc[i:j]
                assert span_root(span) == span.root, (span.text, i, j)
                assert span_sentence(span) == span.sent


def test_ancestry_conjuncts_and_noun_chunks_match_spacy(docs: list[Doc]) -> None:
    for doc in docs:
        assert [c.text for c in noun_chunks(doc)] == [c.text for c in doc.noun_chunks]
        for tok in doc:
            first = tok
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            assert first_conjunct(tok) == first
            for other in doc[max(0, tok.i - 10): tok.i + 10]:
                assert is_ancestor(other, tok) == (other in tok.ancestors)


def test_line_bounds_find_the_line_of_a_span(docs: list[Doc]) -> None:
    doc = docs[-1]
    start = doc.text.index("Mr. Cole")
    assert line_bounds(doc, start, start + 8) == (doc.text.index("U.S."), len(doc.text))
    assert line_bounds(doc, 0, 8) == (0, doc.text.index("\n"))


def test_split_sentences_keeps_abbreviations_inside_a_sentence() -> None:
    text = "Mr. Smith met Gen. Lee in the U.S. Capitol. J. R. R. Tolkien wrote. " + "U.S. " * 50
    parts = split_sentences(text.strip())
    assert parts[:2] == ["Mr. Smith met Gen. Lee in the U.S. Capitol.",
                         "J. R. R. Tolkien wrote."]
    assert len(parts) == 3 and parts[2].count("U.S.") == 50


def test_a_long_run_without_spaces_is_broken_for_the_tokenizer_keeping_offsets() -> None:
    """Found by the fuzz suite: spaCy's tokenizer split a run of brackets one at a time,
    rescanning the rest each time (10,000 "(" took a minute)."""
    from dealwatch.extract.text import LONGEST_RUN, tokenizable

    text = "Dravonia freed five prisoners. " + "(" * 250 + " Officials said so."
    guarded = tokenizable(text)
    assert len(guarded) == len(text) and guarded.startswith("Dravonia freed five prisoners. ")
    assert max(len(w) for w in guarded.split(" ")) < LONGEST_RUN
    assert guarded.endswith(" Officials said so.")
    assert tokenizable("An ordinary sentence, https://example.org/a/b.") == \
        "An ordinary sentence, https://example.org/a/b."
