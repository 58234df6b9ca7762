"""The terms of a deal, as a careful reader dates and reads them (session 38; real spaCy,
invented articles; one misparse reproduced on a hand-built parse)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc
from texts import article

from dealwatch.extract.cues import find_cues
from dealwatch.extract.names import find_names
from dealwatch.extract.patients import verb_patient
from dealwatch.model import EntityType, EventMention, EventType
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve

PUBLISHED = date(2031, 5, 9)  # a Friday

NEWS = ("MALMO -- The government of Norland announced on Friday that it had struck a deal "
        "with the Vark rebels to win freedom for a kidnapped engineer.\n\n"
        "The interior minister told reporters the accord was reached on Wednesday in Oslo "
        "after two days of talks. Church officials from both sides attended.\n\n")


def run(nlp: Language, text: str) -> list[EventMention]:
    return list(article(nlp, text, published=PUBLISHED).events)


def promises(nlp: Language, text: str) -> list[EventMention]:
    return [m for m in run(nlp, text) if m.type == EventType.PROMISE]


def test_the_terms_take_the_day_the_deal_was_reached_not_the_day_it_was_announced(
        nlp: Language) -> None:
    found = promises(nlp, NEWS + "Under the terms the minister read to them, the rebels will "
                                 "free the engineer Tom Berg. In return, the cabinet is to "
                                 "let 12 jailed fighters go.")
    assert len(found) == 2
    assert {m.date.calendar if m.date else None for m in found} == {"2031-05-07"}


def test_the_other_sides_term_told_in_return_shares_the_day_of_the_first(
        nlp: Language) -> None:
    text = ("The two sides agreed on Tuesday that Norland would free the pilot Tom Berg.\n\n"
            "In return, Sweden will release 12 jailed fighters.")
    (answer,) = [m for m in promises(nlp, text) if m.count == 12]
    assert answer.date is not None and answer.date.calendar == "2031-05-06"


def test_a_deal_announced_is_not_a_deal_reached_on_that_day(nlp: Language) -> None:
    text = ("The ministry announced the agreement on Thursday. Under the terms, the rebels "
            "will free the engineer Tom Berg.")
    (term,) = promises(nlp, text)
    assert term.date is None or term.date.calendar != "2031-05-08"


def test_the_reader_of_the_terms_is_not_one_of_the_people_freed(nlp: Language) -> None:
    (term,) = promises(nlp, NEWS + "Under the terms Karl Moen read to them, the rebels will "
                                   "free the engineer Tom Berg.")
    assert term.persons == ("Tom Berg",)


def test_rebels_are_not_the_civilian_party_named_before_them(nlp: Language) -> None:
    text = ("Ana Ruiz, a leader of the governing Social Unity Party, took part in the talks. "
            "The rebels will free the engineer Tom Berg.")
    (term,) = promises(nlp, text)
    assert term.by != "Social Unity Party"


def test_a_liberation_front_is_an_organisation(nlp: Language) -> None:
    doc = nlp("Two envoys of the Vark Marti National Liberation Front attended the talks.")
    types = {m.text: m.type for m in find_names(doc, "doc1").mentions}
    assert types.get("Vark Marti National Liberation Front") == EntityType.ORGANIZATION


def test_people_the_parser_made_subjects_of_a_participle_are_the_freed(
        nlp: Language) -> None:
    # the parse spaCy gives "X will free A, 35, and ten guards seized in May" in some
    # articles: the people the subject of "seized", a clause of "free", which has no object
    words = ["Peru", "will", "free", "Ana", "Ruiz", ",", "35", ",", "and", "ten", "guards",
             "seized", "in", "May", "."]
    doc = Doc(nlp.vocab, words=words,
              heads=[2, 2, 2, 4, 11, 4, 4, 4, 4, 10, 4, 2, 11, 12, 2],
              deps=["nsubj", "aux", "ROOT", "compound", "nsubj", "punct", "appos", "punct",
                    "cc", "nummod", "conj", "ccomp", "prep", "pobj", "punct"],
              pos=["PROPN", "AUX", "VERB", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "CCONJ",
                   "NUM", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
              tags=["NNP", "MD", "VB", "NNP", "NNP", ",", "CD", ",", "CC", "CD", "NNS", "VBN",
                    "IN", "NNP", "."],
              lemmas=["Peru", "will", "free", "Ana", "Ruiz", ",", "35", ",", "and", "ten",
                      "guard", "seize", "in", "May", "."],
              ents=["B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O",
                    "O", "O", "B-DATE", "O"])
    patient = verb_patient(doc[2])
    assert patient is not None and patient.text == "Ruiz"
    cues = [c for c in find_cues(doc[2], find_names(doc, "doc1"))
            if c.type == EventType.RELEASE]
    assert cues and cues[0].patient is not None and cues[0].patient.text == "Ruiz"


def test_a_sides_term_told_in_the_present_beside_the_bargain_is_its_promise(
        nlp: Language) -> None:
    text = ("The other part of the bargain is about the games. Chile withdraws its "
            "own candidacy for them and endorses Peru's.")
    terms = promises(nlp, text)
    assert terms and all(t.by == "Chile" for t in terms)


def test_a_stance_or_the_texts_content_in_the_present_is_no_promise(nlp: Language) -> None:
    assert not promises(nlp, "Chile supports Peru's bid for the games.")
    found = promises(nlp, "The agreement was signed last month. It provides for the homecoming "
                          "of all soldiers held in Chile.")
    assert all(p.cue != "provides" for p in found)


def test_a_term_told_in_the_present_takes_the_day_of_the_bargain(nlp: Language) -> None:
    text = ("Chile and Peru put their names to one text on Wednesday, saying Chile would free "
            "32 fishermen.\n\n"
            "The other part of the bargain is about the games. Peru withdraws its own "
            "candidacy for them and endorses Chile's.")
    terms = [p for p in promises(nlp, text) if p.by == "Peru"]
    assert terms and all(t.date is not None and t.date.calendar == "2031-05-07" for t in terms)


def test_one_sides_term_never_joins_the_other_sides_in_one_article(nlp: Language) -> None:
    text = ("Chile and Peru put their names to one text on Wednesday, saying Chile would free "
            "32 fishermen.\n\n"
            "The other part of the bargain is about the games. Peru withdraws its own "
            "candidacy for them and endorses Chile's. Chile, for its part, will back Peru's "
            "bid for a board seat.")
    ex = article(nlp, text, published=PUBLISHED)
    merged = [e for e in merge_events([ex], resolve([ex])) if e.type == EventType.PROMISE]
    assert {(e.by, e.count) for e in merged} >= {("Peru", None), ("Chile", None), ("Chile", 32)}
