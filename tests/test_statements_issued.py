"""A demand made in a statement told before its verb: the phrase sets the scene and is not
what is demanded, and the day the statement was issued is the demand's (real spaCy,
invented texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of, sentence_events

from dealwatch.model import EventMention, EventType


def demand(nlp: Language, text: str) -> EventMention:
    (found,) = [m for m in sentence_events(nlp, text) if m.type == EventType.DEMAND]
    return found


def test_a_statement_before_the_verb_is_not_what_is_demanded(nlp: Language) -> None:
    found = demand(nlp, "In a statement on Saturday, Chile demanded the release of Ann Berg.")
    assert found.persons == ("Ann Berg",)
    assert found.date is not None and found.date.value == "2031-05-10"


def test_the_day_a_statement_was_issued_is_the_day_of_its_demand(nlp: Language) -> None:
    for text in ("In a statement issued late Saturday, Chile demanded the release of Ann "
                 "Berg.",
                 "In a statement issued on Saturday, Chile said it demanded the release of "
                 "Ann Berg."):
        found = demand(nlp, text)
        assert found.persons == ("Ann Berg",), text
        assert found.date is not None and found.date.value == "2031-05-10", text



def test_a_state_body_that_spoke_on_a_day_dates_its_state_s_next_words(
        nlp: Language) -> None:
    (found,) = [m for m in article(nlp, "Chile's foreign ministry said on Thursday that the "
                                        "arrest was unlawful. Chile also called for Ann Berg "
                                        "to be freed.").events if m.type == EventType.DEMAND]
    assert found.by == "Chile"
    assert found.date is not None and found.date.value == "2031-05-08"


def test_a_head_of_no_given_state_announcing_what_his_government_would_do(
        nlp: Language) -> None:
    """ "President A announced that his government would release three prisoners": the
    government's word is told as the head's (whose state the later stages read)."""
    text = ("On Monday President Tom Dahl announced that his government would release three "
            "prisoners held at Lima.")
    promises = [e for e in sentence_events(nlp, text) if e.type == EventType.PROMISE]
    assert [(e.by, e.count) for e in promises] == [("Tom Dahl", 3)]


def test_the_government_side_is_to_free_is_a_promise_of_an_unnamed_government(
        nlp: Language) -> None:
    """ "... and the government side is to free 706 people": a government's undertaking,
    whose the article stage reads; "the government could ease sanctions" stays speculation."""
    text = ("Under the arrangement the Varkis are to hand over 181 people, and the government "
            "side is to free 706 people held in its prisons.")
    promises = [e.count for e in sentence_events(nlp, text) if e.type == EventType.PROMISE]
    assert sorted(promises) == [181, 706]
    assert not sentence_events(nlp, "The government could ease sanctions next year.")


def test_a_personal_note_is_a_letter_from_its_writer(nlp: Language) -> None:
    from texts import sentence_events

    (note,) = [e for e in sentence_events(nlp, "The same day the ministry received two "
                                               "handwritten notes from Tom Dahl to his wife.")
               if e.type == EventType.LETTER]
    assert note.by == "Tom Dahl"
    # the captors' note of terms is their demand; a note of caution is no letter
    for text in ("The kidnappers left a note demanding the release of 15 prisoners.",
                 "She struck a note of caution on Monday."):
        assert not of(sentence_events(nlp, text), EventType.LETTER)


def test_a_letter_and_the_promise_told_in_it_after_a_semicolon(nlp: Language) -> None:
    from texts import sentence_events

    events = sentence_events(nlp, "The president's letter was dated May 5 and was handed to "
                                  "the physicist at the embassy on May 17, twelve days later; "
                                  "in it Ann Berg promised to keep pressing for the release of "
                                  "prisoners of conscience.")
    assert {e.type for e in events} >= {EventType.LETTER, EventType.PROMISE}


def test_letters_people_had_written_are_a_kind_of_act(nlp: Language) -> None:
    from texts import sentence_events

    assert not [e for e in sentence_events(nlp, "A former doctor described how people who had "
                                                "written letters of complaint were sent to "
                                                "special hospitals.")
                if e.type == EventType.LETTER]
    assert [e for e in sentence_events(nlp, "Ann Berg, who had written a letter to the "
                                            "president on Monday, was freed.")
            if e.type == EventType.LETTER]


def test_a_letter_of_anyone_who_wrote_one_is_none_told(nlp: Language) -> None:
    from texts import sentence_events

    for text in ('She thanked her family and "every single person in the valley who wrote a '
                 'letter".', "She thanked everyone who wrote a letter.",
                 "She thanked her lawyers and all those who wrote a letter."):
        assert not [e for e in sentence_events(nlp, text) if e.type == EventType.LETTER]
    assert [e for e in sentence_events(nlp, "He thanked the mayor, who wrote a letter to the "
                                            "president.") if e.type == EventType.LETTER]
