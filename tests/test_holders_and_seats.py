"""Who freed whom, told by where people were held or where a state's body sits; releases
told in clauses the reader ties to a sentence's subject; and the one person a demand's "she"
or "her" stands for (real spaCy, invented texts)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from texts import PUBLISHED, article, of

from dealwatch.dates import find_dates
from dealwatch.extract.when import pick_date
from dealwatch.model import EventMention, EventType


def releases(nlp: Language, text: str) -> list[EventMention]:
    return list(of(article(nlp, text).events, EventType.RELEASE))


def test_a_body_said_to_sit_in_a_state_acts_for_it(nlp: Language) -> None:
    (freed,) = [m for m in releases(nlp, "Authorities in Chile freed Tom Dahl, a Peruvian "
                                         "trader jailed since 2019, on Monday.")]
    assert freed.by == "Chile" and freed.persons == ("Tom Dahl",)
    (ordered,) = releases(nlp, "A court in Chile ordered the release of Tom Dahl on Monday, "
                               "clearing the way for the swap.")
    assert ordered.by == "Chile"


def test_people_who_had_been_held_in_a_state_were_freed_by_it(nlp: Language) -> None:
    text = "Chile freed Ann Berg in exchange for three Chilean men who had been held in Peru."
    by_count = {m.count: m.by for m in releases(nlp, text)}
    assert by_count == {1: "Chile", 3: "Peru"}


def test_let_go_after_a_relative_clause_is_a_release(nlp: Language) -> None:
    # the clause before it makes the tagger read "let" as a bare infinitive
    (freed,) = releases(nlp, "Peru, which had jailed Tom Dahl for a bombing plot, let him "
                             "go on Friday.")
    assert freed.by == "Peru" and freed.persons == ("Tom Dahl",)
    assert freed.date is not None and freed.date.value == "2031-05-09"


def test_walking_free_from_a_states_prison_is_its_release(nlp: Language) -> None:
    for text in ("Ann Berg walked free from a Peruvian prison on Tuesday.",
                 "Ann Berg walked free from a prison in Lima on Tuesday."):
        (freed,) = releases(nlp, text)
        assert freed.by == "Peru" and freed.persons == ("Ann Berg",), text


def test_landing_after_being_freed_tells_the_release(nlp: Language) -> None:
    for text in ("Ann Berg arrived in Santiago on Tuesday after being released by Peru.",
                 "After being freed by Peru, Ann Berg flew to Santiago on Tuesday."):
        (freed,) = releases(nlp, text)
        assert freed.by == "Peru" and freed.persons == ("Ann Berg",), text


def test_a_clause_of_another_subject_adds_no_one_to_a_list_of_the_freed(
        nlp: Language) -> None:
    text = ("Peru frees Dahl, Berg, Holm and a fourth Chilean as Chile grants clemency to "
            "seven Peruvians")
    by_side = {m.by: m.count for m in releases(nlp, text)}
    assert by_side == {"Peru": 4, "Chile": 7}


def test_the_day_a_holding_began_is_not_the_day_of_the_release(nlp: Language) -> None:
    # the parse spaCy gives some such sentences: "since May 3" hung on "released"
    words = ["Ten", "Chilean", "nationals", "held", "in", "Vark", "since", "May", "3", "were",
             "released", "on", "Friday", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 12 + [False, False],
              heads=[2, 2, 10, 2, 3, 4, 10, 6, 7, 10, 10, 10, 11, 10],
              deps=["nummod", "amod", "nsubjpass", "acl", "prep", "pobj", "prep", "pobj",
                    "nummod", "auxpass", "ROOT", "prep", "pobj", "punct"],
              pos=["NUM", "ADJ", "NOUN", "VERB", "ADP", "PROPN", "SCONJ", "PROPN", "NUM",
                   "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
              lemmas=["ten", "chilean", "national", "hold", "in", "Vark", "since", "May", "3",
                      "be", "release", "on", "Friday", "."])
    day = pick_date(doc[10], find_dates(doc.text, PUBLISHED))
    assert day is not None and day.value == "2031-05-09"


def test_she_a_statement_asks_to_free_is_the_one_named_before(nlp: Language) -> None:
    text = "Ann Berg was arrested in Lima in May. Chile has demanded that she be freed."
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Chile" and demand.persons == ("Ann Berg",)


def test_her_release_that_her_kin_demand_is_hers(nlp: Language) -> None:
    text = "Chilean officials and Ann Berg's family have demanded her immediate release."
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.persons == ("Ann Berg",)


def test_people_held_in_a_state_by_a_band_told_unnamed_are_not_that_states(
        nlp: Language) -> None:
    text = ("Three tourists held in Peru by her group were handed to the Red Cross on "
            "Tuesday, a day before Ann Berg herself was flown out. The tourists were "
            "released in Lima.")
    assert all(m.by != "Peru" for m in releases(nlp, text))
