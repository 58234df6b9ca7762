"""Acts told in words the cues did not read (session 38; real spaCy, invented sentences): a
stretch of days given to act in, the held walking across a border, two sides' word to keep
talking."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from texts import article, of

from dealwatch.extract.counterparts import gapped, side_number
from dealwatch.extract.names import find_names
from dealwatch.model import EventType
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve


def test_days_given_to_sign_or_leave_are_a_demand(nlp: Language) -> None:
    text = ("On Monday President Karl Moen gave foreign mining firms 90 days to accept new "
            "licences or quit the country.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Karl Moen"


def test_days_off_are_no_demand(nlp: Language) -> None:
    assert not of(article(nlp, "He gave the team three days off to rest.").events,
                  EventType.DEMAND)


def test_the_held_walking_across_the_border_are_freed_whatever_the_parse(
        nlp: Language) -> None:
    # the parse reads "since the 2029 war walked ..." as a clause of "held"
    text = ("The first 40 Norlanders held in Vark since the 2029 war walked across the "
            "frontier bridge on Friday, to cheers and tears.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 40


def test_a_load_of_prisoners_crossing_is_a_release(nlp: Language) -> None:
    (release,) = of(article(nlp, "The first busload of prisoners crossed into Norland on "
                                 "Friday.").events, EventType.RELEASE)
    assert release.date is not None


def test_prisoners_crossing_at_a_bridge_are_freed(nlp: Language) -> None:
    (release,) = of(article(nlp, "The 40 prisoners crossed at the Vark bridge on "
                                 "Friday.").events, EventType.RELEASE)
    assert release.count == 40


def test_two_governments_word_to_keep_talking_is_a_promise(nlp: Language) -> None:
    text = ("Both governments say in the text that they will keep talking on the open issues "
            "in the months ahead.")
    (promise,) = of(article(nlp, text).events, EventType.PROMISE)
    assert promise.by is None


def test_talks_scheduled_to_go_on_are_no_word_given(nlp: Language) -> None:
    assert not of(article(nlp, "Talks will continue on Monday.").events, EventType.PROMISE)
    assert not of(article(nlp, "The minister will keep talking to reporters.").events,
                  EventType.PROMISE)


def test_the_two_governments_word_is_not_one_sides_promise(nlp: Language) -> None:
    text = ("Chile and Peru signed a statement on Thursday. Chile will free 32 Peruvians. "
            "Chile, for its part, will back Peru's bid for a board seat. The two "
            "governments also say they will keep talking on other issues.")
    ex = article(nlp, text)
    promises = [e for e in merge_events([ex], resolve([ex])) if e.type == EventType.PROMISE]
    joint = [e for e in promises if e.by is None]
    assert len(promises) == 3 and len(joint) == 1
    assert set(joint[0].participants) == {"Chile", "Peru"}


def test_a_number_the_parser_hung_on_the_word_before_counts_the_people(
        nlp: Language) -> None:
    (release,) = of(article(nlp, "By nightfall 284 Peruvians had been returned.").events,
                    EventType.RELEASE)
    assert release.count == 284


def test_prisoners_a_plane_took_home_are_freed(nlp: Language) -> None:
    (release,) = of(article(nlp, "A second aircraft took 200 Peruvian prisoners "
                                 "home.").events, EventType.RELEASE)
    assert release.count == 200
    assert not of(article(nlp, "The bus took the children home.").events, EventType.RELEASE)


def test_prisoners_brought_from_the_other_state_are_freed_not_those_taken_to_court(
        nlp: Language) -> None:
    text = "A Red Cross plane brought 26 wounded Peruvian prisoners from Chile in the morning."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 26
    assert not of(article(nlp, "The minister brought two Peruvian prisoners from Chile to "
                               "court.").events, EventType.RELEASE)


def test_what_the_governments_add_is_a_term_of_the_day_before(nlp: Language) -> None:
    text = ("Chile and Peru announced on Thursday that Chile would free 32 Peruvians.\n\n"
            "The rest of the bargain concerns a summit. Chile, for its part, will back "
            "Peru's bid for a board seat. The two sides add that they would "
            "keep talking on other issues.")
    joint = [m for m in of(article(nlp, text).events, EventType.PROMISE) if m.by is None]
    assert joint and joint[0].date is not None and joint[0].date.calendar == "2031-05-08"


def test_talks_between_two_envoys_hung_on_the_day_have_them_as_participants(
        nlp: Language) -> None:
    text = ("Formal talks opened in Oslo on 24 July between Norway's envoy Karl Moen and "
            "Peru's minister Ivan Dorn.")
    (meeting,) = of(article(nlp, text).events, EventType.MEETING)
    assert {"Karl Moen", "Ivan Dorn"} <= set(meeting.participants)


def test_a_gapped_sides_number_hung_on_its_name_is_its_groups(nlp: Language) -> None:
    # the parse spaCy gives "X was to free 32 Yians and Y two Xian servicemen" in some
    # articles: Y hung on "Xian", and "two" on Y
    words = ["Chile", "was", "to", "free", "32", "Peruvian", "servicemen", "and", "Peru", "two",
             "Chilean", "servicemen", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 3, 1, 6, 6, 3, 6, 10, 8, 11, 6, 1],
              deps=["nsubj", "ROOT", "aux", "xcomp", "nummod", "amod", "dobj", "cc", "nmod",
                    "nummod", "compound", "conj", "punct"],
              pos=["PROPN", "AUX", "PART", "VERB", "NUM", "ADJ", "NOUN", "CCONJ", "PROPN",
                   "NUM", "PROPN", "NOUN", "PUNCT"],
              tags=["NNP", "VBD", "TO", "VB", "CD", "JJ", "NNS", "CC", "NNP", "CD", "NNP", "NNS",
                    "."],
              lemmas=["Chile", "be", "to", "free", "32", "peruvian", "serviceman", "and", "Peru",
                      "two", "Chilean", "serviceman", "."],
              ents=["B-GPE", "O", "O", "O", "B-CARDINAL", "B-NORP", "O", "O", "B-GPE",
                    "B-CARDINAL", "B-NORP", "O", "O"])
    names = find_names(doc, "doc1")
    found = gapped(doc[6], names)
    assert found is not None and found[0].i == 11 and found[1] == "Peru"
    assert side_number(doc[11], names) == 2


def test_a_warning_of_what_the_other_must_do_is_a_demand(nlp: Language) -> None:
    (demand,) = of(article(nlp, "Chile warned Peru that it must free the crew or face "
                                "sanctions.").events, EventType.DEMAND)
    assert demand.by == "Chile"
    assert not of(article(nlp, "The minister warned that the talks could "
                               "collapse.").events, EventType.DEMAND)
