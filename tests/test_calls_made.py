"""A call told by "called" and whom: "called Xland's prime minister on Thursday to discuss
the case" is a call to that office (the infinitive says what it was for), and so is "called
the Yian president"; "called Xland's prime minister a liar" is no call (real spaCy, invented
articles)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, day, of

from dealwatch.model import EventType

HEAD = "Leaders talk\n\nTALLINN (Wire) — "


def test_called_an_office_of_a_state_to_discuss_is_a_call(nlp: Language) -> None:
    text = HEAD + ("The Latvian president called Estonia's prime minister on Thursday to "
                   "discuss the jailed fishermen.\n")
    (call,) = of(article(nlp, text).events, EventType.CALL)
    assert day(call) == "2031-05-08"


def test_called_the_president_of_another_state_is_a_call(nlp: Language) -> None:
    text = HEAD + "Estonia's prime minister called the Latvian president on Thursday.\n"
    assert len(of(article(nlp, text).events, EventType.CALL)) == 1


def test_called_an_office_a_name_is_no_call(nlp: Language) -> None:
    text = HEAD + ("The Latvian president called Estonia's prime minister a coward on "
                   "Thursday.\n")
    assert not of(article(nlp, text).events, EventType.CALL)


def test_called_her_on_a_day_to_apologize_is_a_call(nlp: Language) -> None:
    text = HEAD + "The Latvian envoy called her on Monday evening to apologize.\n"
    (call,) = of(article(nlp, text).events, EventType.CALL)
    assert day(call) == "2031-05-05"


def test_called_her_a_hero_is_no_call(nlp: Language) -> None:
    text = HEAD + "The Latvian envoy called her a hero on Monday.\n"
    assert not of(article(nlp, text).events, EventType.CALL)


def test_visiting_another_states_president_is_a_meeting(nlp: Language) -> None:
    text = HEAD + ("The Estonian prime minister visited the Latvian president in Valmiera on "
                   "Monday.\n")
    (meeting,) = of(article(nlp, text).events, EventType.MEETING)
    assert day(meeting) == "2031-05-05"


def test_a_consul_visiting_a_detainee_is_no_meeting(nlp: Language) -> None:
    text = HEAD + "Its consul had visited Jaan Tamm in prison only a handful of times.\n"
    assert not of(article(nlp, text).events, EventType.MEETING)


def test_a_call_reported_as_had_spoken_is_of_the_report_day(nlp: Language) -> None:
    text = HEAD + ("Earlier on Thursday, the Latvian president said he had spoken by phone "
                   "with the Estonian prime minister and thanked him for the release.\n")
    (call,) = of(article(nlp, text).events, EventType.CALL)
    assert day(call) == "2031-05-08"


def test_a_month_opening_the_paragraph_frames_a_call(nlp: Language) -> None:
    text = HEAD + ("In early May 2030, as the trial neared its end, news agencies reported "
                   "that his execution would go ahead within weeks. Estonia's foreign "
                   "minister, Kadri Saar, telephoned her Latvian counterpart.\n")
    (call,) = of(article(nlp, text).events, EventType.CALL)
    assert day(call) == "2030-05"


def test_a_meeting_someone_was_told_to_expect_is_none(nlp: Language) -> None:
    text = HEAD + ("His parents learned of the release while they were in Tartu, where they "
                   "had travelled for what they had been told was a routine meeting with "
                   "officials.\n")
    assert not of(article(nlp, text).events, EventType.MEETING)


def test_the_letters_written_on_a_plate_are_no_letter(nlp: Language) -> None:
    text = HEAD + ('Once aboard the helicopter, Tamm scrawled the letters "SF?" on a paper '
                   "plate.\n")
    assert not of(article(nlp, text).events, EventType.LETTER)


def test_a_clause_before_the_verb_is_no_name_given(nlp: Language) -> None:
    # the parser hangs the fronted "the day after A won the vote" on "called" as its clause;
    # a name given ("called A a liar") comes after the verb
    text = HEAD + ("On 5 May, the day after Tom Dahl won the vote, Ann Berg called him to "
                   "wish him well.\n")
    (call,) = of(article(nlp, text).events, EventType.CALL)
    assert day(call) == "2031-05-05"
    text = HEAD + "Ann Berg called Tom Dahl a liar on Monday.\n"
    assert not of(article(nlp, text).events, EventType.CALL)
