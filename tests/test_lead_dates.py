"""A sentence that opens with its day and no comma ("On Friday Chile released ...") is parsed
as if the comma were there (real spaCy, invented texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of, told_in

from dealwatch.extract.lead_dates import NAME
from dealwatch.model import EventType


def test_the_side_after_an_opening_day_acts(nlp: Language) -> None:
    # read with no comma, the parser took "Friday Chile" for one phrase: the release had no
    # subject, and the side of the sentence before was taken for it
    text = ("Peru has long pressed for a deal. On Friday Chile released two prisoners at the "
            "border.")
    assert told_in(nlp, text, EventType.RELEASE, "Friday").by == "Chile"
    for text, words in [("In March Chile freed Ann Berg.", "March"),
                        ("On 3 March Peru handed over Tom Dahl.", "handed")]:
        assert told_in(nlp, text, EventType.RELEASE, words).by in ("Chile", "Peru"), text


def test_a_day_told_from_another_opens_a_sentence_too(nlp: Language) -> None:
    text = "LIMA -- Chile freed Ann Berg on Monday. The following day Peru released Tom Dahl."
    release = told_in(nlp, text, EventType.RELEASE, "following")
    assert release.by == "Peru"
    assert release.date is not None and release.date.value is not None


def test_the_text_and_the_other_sentences_keep_their_words(nlp: Language) -> None:
    text = ("Chile and Peru talked for months.\n\nOn Friday Chile released two prisoners.\n\n"
            "On Monday, Peru freed Ann Berg.")
    doc = nlp(text)
    assert doc.text == text
    plain = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name != NAME:
            plain = proc(plain)
    assert [t.text for t in doc] == [t.text for t in plain]
    # the sentence with a comma, and the one before, are parsed as they were
    for i, tok in enumerate(doc):
        if tok.text in ("talked", "Monday", "freed"):
            assert (tok.dep_, tok.head.i) == (plain[i].dep_, plain[i].head.i)
    # the sentence that opened with its day now has its subject
    released = next(t for t in doc if t.text == "released")
    assert [c.text for c in released.children if c.dep_ == "nsubj"] == ["Chile"]
    assert any(e.text == "Chile" and e.start == released.i - 1 for e in doc.ents)
    assert len(list(doc.sents)) == len(list(plain.sents))


def test_an_opening_day_with_a_number_after_it_keeps_the_number(nlp: Language) -> None:
    # "On 3 January 230 prisoners" is no date of the year 230: the number counts the freed
    text = "On 3 January 230 prisoners were released by Chile."
    release = of(article(nlp, text).events, EventType.RELEASE)
    assert [(m.by, m.count) for m in release] == [("Chile", 230)]


def test_the_day_is_no_subject_before_the(nlp: Language) -> None:
    # a guard: in one article's context the parser made "1" a second subject of the verb
    # (and the sanctions were put on the wrong side); read again with the comma, it is none
    doc = nlp("On August 1 the Treasury sanctioned two Peruvian officials.")
    verb = next(t for t in doc if t.text == "sanctioned")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["Treasury"]


def test_the_first_told_after_a_stretch_of_days_is_of_its_first_day(nlp: Language) -> None:
    # session 37: "The handovers went on from 2 March to 9 March. The first forty prisoners
    # were freed ...": the first day of the stretch, not its last
    text = ("The handovers went on from 2 March 2031 to 9 March 2031. The first forty "
            "prisoners were freed by Peru at the bridge.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.date is not None and release.date.value == "2031-03-02"
