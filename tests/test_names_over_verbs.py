"""A name the tagger runs over a lower-case verb in a headline ("as A lets B ally C go home")
is two names, not one with the verb inside (real spaCy parse, the tagger's run set by hand
as the small model gives it on some headlines)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from dealwatch.extract.names import find_names


def test_a_name_run_over_a_verb_is_cut_at_the_verb(nlp: Language) -> None:
    doc = nlp("Latvia frees ten Estonians as Ozols lets Kalnins ally Jaan Tamm go home")
    lets = next(t.i for t in doc if t.text == "lets")
    run = Span(doc, lets - 1, lets + 2, label="ORG")  # "Ozols lets Kalnins"
    doc.ents = [e for e in doc.ents if e.end <= run.start or e.start >= run.end] + [run]
    texts = {m.text for m in find_names(doc, "doc1").mentions}
    assert not any("lets" in t for t in texts)
    assert "Ozols" in texts
