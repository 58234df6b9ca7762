"""Talks: the talks a deal came out of, talks between people, and how outlets' talks join.
Invented sentences, parsed by the real spaCy pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from texts import article, day, of, sentence_events

from dealwatch.extract.coref import Coref
from dealwatch.extract.names import find_names
from dealwatch.extract.parties import participants
from dealwatch.model import TALKS_OF_A_DEAL, EventMention, EventType
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve


def meetings(events: list[EventMention] | tuple[EventMention, ...]) -> list[EventMention]:
    return [e for e in events if e.type == EventType.MEETING]


@pytest.mark.parametrize("text", [
    "The releases were agreed in talks between the two offices.",
    "Diplomatic sources say the package was sealed during bilateral talks held in the capital.",
    "Officials stress that it was negotiated directly between the two governments.",
    "The statement was the first that the two neighbours had negotiated without a broker.",
    "The swap was negotiated by the two spy chiefs.",
    "The deal was the product of about a year of secret negotiations.",
    "A minister later said that no mediator had taken part in the negotiations.",
    "The envoy, who had led the negotiations, met them on the tarmac.",
    "A Gulf state hosted the negotiating sessions in its capital.",
])
def test_the_talks_a_deal_came_out_of_are_a_meeting(nlp: Language, text: str) -> None:
    (talks,) = meetings(sentence_events(nlp, text))
    assert talks.what == TALKS_OF_A_DEAL
    assert talks.date is None


@pytest.mark.parametrize("text", [
    "Negotiations stalled after the offensive in September.",
    "The president stayed away from talks planned for October.",
    "In November the foreign minister withdrew from talks in the capital.",
    "Next year's talks are expected to focus on finance.",
    "The only countries that negotiated the agreement were the two neighbours, he said.",
    "The package allowed the oil company to open talks with the state firm.",
])
def test_talks_told_for_themselves_made_no_deal(nlp: Language, text: str) -> None:
    assert not [m for m in meetings(sentence_events(nlp, text)) if m.what == TALKS_OF_A_DEAL]
    if "allowed" in text:  # permitted, not (yet) held
        assert not meetings(sentence_events(nlp, text))


def test_talks_between_named_people_are_a_meeting(nlp: Language) -> None:
    text = "On Monday the envoy Ana Lopes held talks with President Ivo Marek in the capital."
    (talks,) = meetings(sentence_events(nlp, text))
    assert {"Ana Lopes", "Ivo Marek"} <= set(talks.participants)
    assert talks.date is not None and talks.date.calendar == "2031-05-05"


def test_a_since_clause_dates_nothing_else(nlp: Language) -> None:
    text = ("It follows the first trip abroad by the king, Ivo Marek, since he took the throne "
            "in 2029, during which he held talks with President Ana Lopes.")
    (talks,) = meetings(sentence_events(nlp, text))
    assert talks.date is None


def test_the_deal_talks_take_no_day_and_the_articles_two_states(nlp: Language) -> None:
    text = ("Chile and Peru announced on Thursday that Chile would free three Peruvian "
            "fishermen and Peru two Chilean sailors. Peru freed the two sailors on Friday.\n"
            "The exchange was agreed in talks between the two foreign ministries.")
    (talks,) = meetings(article(nlp, text).events)
    assert talks.date is None  # the day belongs to the deal's announcement
    assert {"Chile", "Peru"} <= set(talks.participants)


def test_two_outlets_tell_one_deals_talks(nlp: Language) -> None:
    a = article(nlp, "Chile freed three Peruvian fishermen and Peru freed two Chilean sailors. "
                     "The swap was agreed in talks between the two governments.", "a")
    b = article(nlp, "Peru released two Chilean sailors and Chile released three Peruvians. "
                     "Officials said the deal was the product of months of negotiations.", "b")
    exs = [a, b]
    talks = meetings(merge_events(exs, resolve(exs)))
    assert len(talks) == 1 and {s.document for s in talks[0].sources} == {"a", "b"}


def test_talks_of_states_join_another_outlets_meeting_of_their_people(nlp: Language) -> None:
    a = article(nlp, "Chilean President Ivo Marek met the Peruvian envoy Ana Lopes in Lima "
                     "to discuss the prisoners.", "a")
    b = article(nlp, "It came after talks between Chilean and Peruvian officials in Lima.", "b")
    exs = [a, b]
    talks = meetings(merge_events(exs, resolve(exs)))
    assert len(talks) == 1 and {s.document for s in talks[0].sources} == {"a", "b"}


def test_a_meeting_where_people_were_seized_is_no_talks(nlp: Language) -> None:
    for text in ("The engineer and five colleagues were summoned to a meeting at the firm's "
                 "headquarters in November 2029 and arrested on arrival.",
                 "The group was arrested after being called to what they were told was an "
                 "urgent budget meeting at the head office."):
        assert not meetings(sentence_events(nlp, text))


def test_talks_days_before_a_release_take_not_its_day(nlp: Language) -> None:
    text = ("Chile released two Peruvian fishermen late on Tuesday, days after a delegation "
            "of senior Peruvian officials sat down with President Ivo Marek in the capital.")
    (talks,) = meetings(article(nlp, text).events)
    assert talks.date is None


def test_the_day_of_a_second_clause_is_not_the_first_clauses(nlp: Language) -> None:
    text = ("The two presidents spoke by phone, and on Tuesday their envoys Jan Dvor and Ola "
            "Berg sat down with officials in Lima.")
    (call,) = [e for e in sentence_events(nlp, text) if e.type == EventType.CALL]
    assert call.date is None


def test_the_day_after_an_event_told_with_its_day(nlp: Language) -> None:
    text = ("The envoy Ana Lopes met President Ivo Marek in the capital on May 6.\n"
            "Marek and the prime minister Jan Dvor spoke by phone the day after the visit, "
            "and on Tuesday the two foreign ministers sat down in Lima.\n"
            "That is one meeting nobody announced and one phone call everyone announced.")
    calls = [e for e in article(nlp, text).events if e.type == EventType.CALL]
    assert calls and calls[0].date is not None and calls[0].date.calendar == "2031-05-07"
    # the recap's call is the call told before, not a call of the Tuesday the frame gives
    assert all(c.date is None or c.date.calendar == "2031-05-07" for c in calls)


def test_the_day_of_an_event_told_with_its_day_is_that_day(nlp: Language) -> None:
    # session 48: "On the day of the swap, an envoy sat down with the minister"
    text = ("Five sailors were freed by Peru on Friday after months in captivity.\n"
            "On Monday the rebels denied any role.\n"
            "On the day of the swap, the Chilean envoy Ana Lopes met President Ivo Marek at "
            "the airport.")
    (met,) = [e for e in article(nlp, text).events if e.type == EventType.MEETING]
    assert met.date is not None and met.date.calendar == "2031-05-09"
    # the release that is the time of the meeting is not the delegation's
    text = text.replace("the airport.", "the airport, where guards brought out the sailors "
                        "and handed them to the Chileans.")
    assert all(e.by != "Chile" for e in article(nlp, text).events
               if e.type == EventType.RELEASE)


def test_talks_of_they_are_between_the_two_named_before(nlp: Language) -> None:
    text = ("The police moved on 27 June. Within days Ana Lopes passed four names to her "
            "counterpart, Ivo Marek.\n"
            "The two already knew each other; by the following Saturday they had agreed the "
            "swap by telephone.")
    (call,) = [e for e in article(nlp, text).events if e.type == EventType.CALL]
    assert set(call.participants) == {"Ana Lopes", "Ivo Marek"}
    assert call.date is not None and call.date.calendar == "2030-06-29"


@pytest.mark.parametrize("text", [
    "And on Tuesday, at an informal summit of regional leaders in Oslo, Ivan Dorn and Ole "
    "Lask talked face to face for the first time since the war.",
    "Ivan Dorn and Ole Lask spoke in person on Monday in Geneva.",
])
def test_talking_face_to_face_is_a_meeting_of_the_two_named_before(
        nlp: Language, text: str) -> None:
    found = [m for m in meetings(sentence_events(nlp, text)) if m.cue in ("talked", "spoke")]
    assert [set(m.participants) for m in found] == [{"Ivan Dorn", "Ole Lask"}]


def test_talking_about_something_is_no_meeting(nlp: Language) -> None:
    assert not meetings(sentence_events(nlp, "Ivan Dorn and Ole Lask talked about the weather."))


def test_the_two_who_spoke_are_the_two_the_same_sentence_met(nlp: Language) -> None:
    text = ("In January, Ana Lopes met her counterpart Ivo Marek in Geneva, and the two spoke by "
            "phone twice in February.")
    (call,) = [e for e in article(nlp, text).events if e.type == EventType.CALL]
    assert set(call.participants) == {"Ana Lopes", "Ivo Marek"}


def test_talking_face_to_face_alone_in_a_sentence_is_read(nlp: Language) -> None:
    found = meetings(sentence_events(nlp, "Ivan Dorn and Ole Lask talked face to face on Monday."))
    assert [set(m.participants) for m in found] == [{"Ivan Dorn", "Ole Lask"}]


def test_two_titled_names_the_parser_hung_on_a_title_both_take_part(nlp: Language) -> None:
    # the parse spaCy gives "President A and President B spoke ..." inside some articles:
    # the first title is the subject, A its apposition, B coordinated with A
    words = ["President", "Olaf", "Brenner", "and", "President", "Karl", "Moen", "spoke",
             "by", "telephone", "on", "Tuesday", "."]
    doc = Doc(nlp.vocab, words=words, heads=[7, 2, 0, 2, 6, 6, 2, 7, 7, 8, 7, 10, 7],
              deps=["nsubj", "compound", "appos", "cc", "compound", "compound", "conj", "ROOT",
                    "prep", "pobj", "prep", "pobj", "punct"],
              pos=["PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "VERB", "ADP",
                   "NOUN", "ADP", "PROPN", "PUNCT"],
              ents=["O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O",
                    "O", "O", "B-DATE", "O"])
    names = find_names(doc, "doc1")
    assert participants(doc[7], names, Coref(names)) == ["Olaf Brenner", "Karl Moen"]


def test_calling_a_titled_person_on_a_day_is_a_call(nlp: Language) -> None:
    text = "President Ivan Dorn called German Chancellor Karl Moen on July 1 to thank him."
    (call,) = [m for m in sentence_events(nlp, text) if m.type == EventType.CALL]
    assert set(call.participants) == {"Ivan Dorn", "Karl Moen"}
    assert call.date is not None and call.date.calendar == "2030-07-01"
    assert not [m for m in sentence_events(nlp, "Critics called Karl Moen a coward.")
                if m.type == EventType.CALL]


def test_whom_one_spoke_with_by_telephone_takes_part(nlp: Language) -> None:
    # the parser hangs "with B" on the telephone, not on "spoke"
    text = ("Foreign Minister Ann Berg spoke by telephone with Chilean Foreign Minister Tom "
            "Dahl on Monday.")
    (call,) = [e for e in sentence_events(nlp, text) if e.type == EventType.CALL]
    assert set(call.participants) == {"Ann Berg", "Tom Dahl"}


def test_a_summit_on_whose_sidelines_something_happened_is_no_meeting(nlp: Language) -> None:
    # the summit is the setting: the meeting told is the one of the two people
    text = "Ann Berg met Tom Dahl on the sidelines of the Andean Leaders Summit on Monday."
    (meeting,) = meetings(sentence_events(nlp, text))
    assert meeting.cue == "met" and set(meeting.participants) == {"Ann Berg", "Tom Dahl"}
    alone = "The minister spoke at a forum on the margins of the summit in Lima."
    assert meetings(sentence_events(nlp, alone)) == []


def test_a_summit_stands_for_an_encounter_told_only_as_raising_a_case_with_someone(
        nlp: Language) -> None:
    text = ("Ann Berg raised the detentions with the foreign minister, Tom Dahl, on the "
            "sidelines of the Andean summit.")
    assert len(meetings(sentence_events(nlp, text))) == 1


@pytest.mark.parametrize("text", [
    "Ann Berg told the Chilean channel Lima24 over a video link that she was now free.",
    "The minister told reporters by phone that the talks were going well.",
    # session 46: a named outlet
    "Speaking to the Valga Telegraph by phone, Ann Berg said her clients were under "
    "pressure.",
    "Tom Dahl told Reuters by telephone that the men were safe.",
])
def test_speaking_to_the_press_by_phone_is_no_call(nlp: Language, text: str) -> None:
    assert [e for e in sentence_events(nlp, text) if e.type == EventType.CALL] == []


@pytest.mark.parametrize("text", [
    "Chilean President Ann Berg received Peru's foreign minister Tom Dahl in Santiago on "
    "Monday.",
    "Ann Berg received the Peruvian envoy at her residence on Monday.",
    "On Monday the Chilean president received a delegation from Peru.",
    "The Peruvian envoy Tom Dahl was received by Ann Berg on Monday.",
])
def test_an_official_received_by_a_leader_is_a_meeting(nlp: Language, text: str) -> None:
    (meeting,) = meetings(article(nlp, text).events)
    assert meeting.date is not None and meeting.date.value == "2031-05-05"


@pytest.mark.parametrize("text", [
    "Ann Berg received a letter from the Peruvian president on Monday.",
    "Ann Berg received the envoy and the freed men on the tarmac on Monday.",
    "Chile received the freed prisoner Tom Dahl on Monday.",
])
def test_a_letter_or_the_freed_received_are_no_meeting(nlp: Language, text: str) -> None:
    assert not meetings(article(nlp, text).events)


@pytest.mark.parametrize("text", [
    "The Chilean president met the freed prisoners on Monday.",
    "The Chilean president met the prisoners who were released on Monday.",
])
def test_meeting_the_freed_is_a_welcome_not_talks(nlp: Language, text: str) -> None:
    assert not meetings(article(nlp, text).events)


def test_what_one_told_another_in_a_call_tells_the_call(nlp: Language) -> None:
    text = ("In a call on Tuesday, Ann Berg told Tom Dahl that Chile was ready to free the "
            "sailors.")
    (call,) = [m for m in article(nlp, text).events if m.type == EventType.CALL]
    assert set(call.participants) == {"Ann Berg", "Tom Dahl"}
    press = "In a call to reporters on Tuesday, Ann Berg said Chile was ready."
    assert not [m for m in article(nlp, press).events if m.type == EventType.CALL]


def test_a_counterpart_named_takes_part_as_the_person(nlp: Language) -> None:
    text = ("Chilean President Ann Berg spoke by phone with her Peruvian counterpart Tom Dahl "
            "on Tuesday.")
    (call,) = [m for m in article(nlp, text).events if m.type == EventType.CALL]
    assert set(call.participants) == {"Ann Berg", "Tom Dahl"}


@pytest.mark.parametrize("text", [
    "The Peruvian envoy Tom Dahl was received by Chile's president, Ann Berg, on Monday.",
    "Tom Dahl, Peru's envoy, landed in Santiago on Monday. At the state guesthouse he was met "
    "by the minister of security, Ann Berg.",
])
def test_a_visitor_met_or_received_by_an_official_named_after_a_role(
        nlp: Language, text: str) -> None:
    # session 26: the agent is a role with the name in apposition, or an official's title
    (meeting,) = meetings(article(nlp, text).events)
    assert meeting.date is not None and meeting.date.value == "2031-05-05"


def test_met_with_protests_or_by_family_at_the_airport_is_no_meeting(nlp: Language) -> None:
    for text in ("The plan was met with protests on Monday.",
                 "Tom Dahl was met at the airport by his wife, Ann Berg, on Monday."):
        assert not meetings(article(nlp, text).events)


def test_a_freed_man_met_by_officials_unnamed_is_a_welcome(nlp: Language) -> None:
    text = "Tom Dahl was back home the same evening; Ann Berg was met in Lima by senior officials."
    assert not meetings(article(nlp, text).events)


def test_a_leader_who_rang_another_called_him(nlp: Language) -> None:
    text = "LIMA -- President Ann Berg rang Tom Dahl on Monday to discuss the prisoners."
    calls = [m for m in article(nlp, text).events if m.type == EventType.CALL]
    assert [set(m.participants) for m in calls] == [{"Ann Berg", "Tom Dahl"}]


def test_people_who_shook_hands_or_sat_across_the_table_met(nlp: Language) -> None:
    for text in ("LIMA -- Ann Berg and Tom Dahl shook hands on the deal in Quito on Monday.",
                 "LIMA -- Ann Berg shook hands with Tom Dahl in Quito on Monday.",
                 "LIMA -- On Monday in Quito, Ann Berg sat across the table from Tom Dahl "
                 "for four hours."):
        meetings = [m for m in article(nlp, text).events if m.type == EventType.MEETING]
        assert [set(m.participants) for m in meetings] == [{"Ann Berg", "Tom Dahl"}], text
    welcome = ("LIMA -- Chile freed Tom Dahl on Monday. President Ann Berg shook hands with "
               "the freed men on the tarmac.")
    assert not [m for m in article(nlp, welcome).events if m.type == EventType.MEETING]
    unnamed = ("LIMA -- The sight of a former president shaking hands with Tom Dahl was the "
               "most visible part of the operation.")
    assert not [m for m in article(nlp, unnamed).events if m.type == EventType.MEETING]


def test_the_two_met_after_a_promise_names_the_two_of_the_sentence(nlp: Language) -> None:
    # a past meeting with its own day, told in a time clause under an act still to come
    (met,) = meetings(article(nlp, "President Tom Dahl has agreed to let several elderly "
                                   "detainees travel home with Ann Berg, the former minister, "
                                   "after the two met in Lima on Sunday.").events)
    assert set(met.participants) == {"Tom Dahl", "Ann Berg"}
    assert met.date is not None and met.date.value == "2031-05-04"
    # with no day of its own, the clause may be a step still to come
    assert not meetings(article(nlp, "President Tom Dahl agreed to free the prisoners after "
                                     "the two sides met again.").events)


def test_a_visitor_received_by_a_leader_is_a_meeting(nlp: Language) -> None:
    (met,) = meetings(article(nlp, "Ann Berg flew to Lima with a list of names. On Sunday "
                                   "she was received by President Tom Dahl, who agreed to "
                                   "free the sick.").events)
    assert set(met.participants) == {"Tom Dahl", "Ann Berg"}
    # the freed met at the airport are welcomed, not met for talks
    assert not meetings(article(nlp, "Kai Strand was received by President Tom Dahl at the "
                                     "airport.").events)


def test_earlier_rounds_in_a_relative_clause_do_not_sum_up_the_talks(nlp: Language) -> None:
    (met,) = meetings(article(nlp, "The envoy, Tom Dahl, reached Lima on Saturday and held talks "
                                   "there with Ann Berg, whose government has hosted earlier "
                                   "rounds of peace talks.").events)
    assert set(met.participants) == {"Tom Dahl", "Ann Berg"}


def test_talks_a_gesture_will_lead_to_are_hoped_for(nlp: Language) -> None:
    assert not meetings(sentence_events(nlp, "Officials hope the swap will lead to direct talks "
                                             "with the guerrillas, something the guerrillas "
                                             "have so far rejected."))
    assert meetings(sentence_events(nlp, "The swap came after talks between Tom Dahl and Ann "
                                         "Berg in Lima on Monday."))


def test_a_leader_receiving_him_is_a_meeting(nlp: Language) -> None:
    (met,) = meetings(article(nlp, "Tom Dahl was shown into the palace on Tuesday. President "
                                   "Ann Berg received him in the Blue Room.").events)
    assert "Ann Berg" in met.participants
    assert not meetings(article(nlp, "President Ann Berg received him at the airport.").events)


def test_telephoning_the_press_is_no_call(nlp: Language) -> None:
    assert not [e for e in sentence_events(nlp, "Early that day Tom Dahl telephoned foreign "
                                                "news bureaus with the family's account.")
                if e.type == EventType.CALL]
    assert [e for e in sentence_events(nlp, "Tom Dahl telephoned Ann Berg on Friday.")
            if e.type == EventType.CALL]


def test_a_meeting_with_lawmakers_is_a_side_among_itself(nlp: Language) -> None:
    for text in ("Tom Dahl met senators on Thursday to explain the raid.",
                 "Tom Dahl met lawmakers on Tuesday to explain the deal."):
        assert not meetings(sentence_events(nlp, text)), text
    assert meetings(sentence_events(nlp, "Tom Dahl met Ann Berg on Tuesday."))


def test_on_the_direct_line_to_a_person_is_a_call_of_that_day(nlp: Language) -> None:
    found = merge_events([art := article(nlp, "Late on Monday Mr. Dahl was on the direct line "
                                              "to Mr. Berg in Quito; after they hung up, Mr. "
                                              "Berg told aides he would fly out the next "
                                              "day.")], resolve([art]))
    (call,) = [e for e in found if e.type == EventType.CALL]
    assert call.date == "2031-05-05"
    assert not [e for e in sentence_events(nlp, "The bus stop is on the line to Lima.")
                if e.type == EventType.CALL]


def test_talks_that_time_a_homecoming_take_not_its_day(nlp: Language) -> None:
    (met,) = meetings(sentence_events(nlp, "Twenty Peruvians flew back on Friday evening with "
                                           "Ann Berg after her talks in Santiago with "
                                           "President Tom Dahl."))
    assert met.date is None
    (met,) = meetings(sentence_events(nlp, "Chile froze the assets on Friday, hours after the "
                                           "meeting between Ann Berg and Tom Dahl on "
                                           "Thursday."))
    assert met.date is not None and met.date.value == "2031-05-08"


def test_a_name_readers_call_someone_is_no_call(nlp: Language) -> None:
    assert not [e for e in sentence_events(nlp, "Ann Berg, the retired envoy whom many "
                                                "voters still call Annie, returned with twenty "
                                                "Peruvians.") if e.type == EventType.CALL]
    assert not meetings(sentence_events(nlp, "The detainees' families meet weekly in a school "
                                             "in Quito."))


def test_a_summit_the_release_came_ahead_of_is_still_to_come(nlp: Language) -> None:
    assert not meetings(sentence_events(nlp, "Analysts read the pardon as a gesture by Tom Dahl "
                                             "ahead of his planned summit meeting with "
                                             "President Ann Berg."))


@pytest.mark.parametrize(("text", "met"), [
    ("The new chief executive, Tom Dahl, assured investors at a meeting in Lima on Tuesday "
     "that sales were recovering.", False),
    ("At the annual shareholders' meeting on Tuesday Dahl said little.", False),
    ("Envoys held a meeting with rebel delegates on Tuesday.", True),
    ("The minister met striking workers on Tuesday.", True),
])
def test_a_body_s_meeting_with_its_own_people_is_no_talks(nlp: Language, text: str,
                                                          met: bool) -> None:
    found = of(sentence_events(nlp, text), EventType.MEETING)
    assert bool(found) == met


def test_a_meeting_of_one_sides_own_body_is_no_talks(nlp: Language) -> None:
    assert not meetings(sentence_events(nlp, "On Thursday evening Ann Berg called an urgent "
                                             "meeting of her security council."))
    (met,) = meetings(sentence_events(nlp, "On Friday Tom Dahl went to a meeting of the joint "
                                           "border commission with Ann Berg."))
    assert "Tom Dahl" in met.participants


def test_a_states_official_across_the_table_from_a_body_is_a_meeting(nlp: Language) -> None:
    (met,) = meetings(sentence_events(nlp, "On Saturday a Peruvian minister sat across the "
                                           "table from the Vorta Dock Committee."))
    assert "Vorta Dock Committee" in met.participants
    assert not meetings(sentence_events(nlp, "On Saturday a retired judge sat across the "
                                             "table from Tom Dahl."))


def test_talks_told_as_still_going_on_are_no_meeting_of_a_day(nlp: Language) -> None:
    text = ("The broader talks between Reykjavik and the Vark Front continue, mostly through "
            "Latvian channels, but neither side has announced any further agreement.")
    assert not of(article(nlp, text).events, EventType.MEETING)
    text = "Talks between Reykjavik and the Vark Front resumed in Tallinn on Monday."
    assert of(article(nlp, text).events, EventType.MEETING)


@pytest.mark.parametrize("text", [
    "Dorj and Gantulga have met more than a dozen times since 2029.",
    "The two men have spoken by phone several times since May.",
])
def test_a_tally_of_occasions_tells_no_one_of_them(nlp: Language, text: str) -> None:
    events = sentence_events(nlp, text)
    assert not of(events, EventType.MEETING) and not of(events, EventType.CALL)
    assert of(sentence_events(nlp, "Dorj and Gantulga met in Erdenet on Monday."),
              EventType.MEETING)


def test_words_said_by_phone_to_the_reporter_are_no_call(nlp: Language) -> None:
    text = ('"Some parents have been sitting by the radio since morning," he said by telephone '
            "from Valga.")
    assert not of(sentence_events(nlp, text), EventType.CALL)
    text = "Gantulga told Prime Minister Jonsson by telephone that the prisoners would be freed."
    assert of(sentence_events(nlp, text), EventType.CALL)


def test_being_met_by_ones_family_on_coming_home_is_no_meeting(nlp: Language) -> None:
    text = ("Berg was met by her husband, Olaf Dahl, her parents and her sister, Kari Berg, "
            "the television reporter who had spoken for the pair.")
    assert not meetings(sentence_events(nlp, text))
    text = "At the guesthouse he was met by the minister of security, Jon Olafsson."
    assert meetings(sentence_events(nlp, text))


def test_talks_the_news_came_after_take_not_the_frames_day(nlp: Language) -> None:
    # "B pardoned the two after talks with A": the talks came before the pardon, on a day
    # the article does not give; the pardon takes the frame's day
    text = ("Two Icelandic reporters landed in Reykjavik on Wednesday.\n\nBatbold pardoned the two "
            "reporters after talks with Jon Olafsson.\n")
    events = article(nlp, text).events
    (talks,) = meetings(events)
    assert talks.date is None
    assert [day(r) for r in of(events, EventType.RELEASE)] == ["2031-05-07"]


def test_a_person_receiving_another_by_name_is_a_meeting(nlp: Language) -> None:
    text = ("On 29 September Jon Olafsson received Gantulga Batbold at the presidential palace "
            "and presented a plan.")
    assert meetings(sentence_events(nlp, text))
    assert not meetings(sentence_events(nlp, "Jon Olafsson received a letter from Batbold."))


def test_a_call_by_telephone_the_parse_reads_as_an_agent_is_a_call(nlp: Language) -> None:
    text = ("Oleg Sorokin and his Mongolian counterpart, Gantulga Batbold, spoke by telephone "
            "on Thursday.")
    assert of(sentence_events(nlp, text), EventType.CALL)


def test_a_call_the_parse_hangs_on_what_was_discussed_is_a_call(nlp: Language) -> None:
    text = ('Sorokin and Batbold discussed "a humanitarian matter" in a telephone conversation on '
            "Wednesday.")
    assert of(sentence_events(nlp, text), EventType.CALL)


def test_meetings_listed_among_other_doings_tell_no_meeting(nlp: Language) -> None:
    text = ("For the families, the day ended two years of vigils, marches and meetings with "
            "officials in Tallinn and Riga.")
    assert not meetings(sentence_events(nlp, text))


def test_a_meal_with_a_named_person_is_a_meeting(nlp: Language) -> None:
    (met,) = meetings(sentence_events(nlp, "Pavel Lask dined with Ivan Dorn in Lima on "
                                           "3 May."))
    assert day(met) == "2031-05-03"
    assert not meetings(sentence_events(nlp, "He dined with friends on Friday."))


def test_the_two_met_in_a_when_clause_after_the_pair_named(nlp: Language) -> None:
    # the parser hangs "when the two met" on the last noun as a relative clause
    (met,) = meetings(article(nlp, "Tom Dahl, Chile's envoy, took up the case with his "
                                   "counterpart, Ann Berg, when the two met in Geneva in late "
                                   "March.").events)
    assert set(met.participants) == {"Tom Dahl", "Ann Berg"}
