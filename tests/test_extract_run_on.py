"""Text without sentences is cut into runs before the parser; prose is untouched (real
spaCy, invented texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.extract.sentences import RUN_ON
from dealwatch.model import EventType

FIRST = ["Ivan", "Olga", "Pavel", "Anna", "Karl", "Marta", "Jon", "Lena", "Ada", "Emil"]
LAST = ["Petrov", "Smirnova", "Dorn", "Lask", "Moen", "Vetrak", "Roos", "Harrow", "Kell",
        "Brun"]


def test_a_run_without_full_stops_is_cut_into_bounded_sentences(nlp: Language) -> None:
    run = " ".join(f"Norland freed {n} prisoners on Monday officials said and" for n in
                   range(2, 120))
    doc = nlp(run)
    assert len(doc) > 2 * RUN_ON
    longest = max(len(s) for s in doc.sents)
    assert longest <= RUN_ON + 51


def test_a_long_list_of_names_in_one_sentence_stays_one_sentence(nlp: Language) -> None:
    names = [f"{f} {la}" for f in FIRST for la in LAST][:90]
    text = ("Norland freed 90 political prisoners on Monday. Among them were "
            + ", ".join(names[:-1]) + " and " + names[-1] + ", their lawyers said.")
    doc = nlp(text)
    listed = [s for s in doc.sents if "Among them" in s.text]
    assert len(listed) == 1 and names[-1] in listed[0].text and names[0] in listed[0].text
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 90
