"""The extract stage on small texts of our own, parsed by the real spaCy pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dealwatch.dates import find_dates
from dealwatch.extract import extract_events
from dealwatch.model import Article, EventMention, EventType, Status


def run(nlp: Language, text: str, published: date | None = None) -> list[EventMention]:
    article = Article(id="doc1", path="doc1.txt", text=text, published=published)
    extraction = extract_events(article, nlp(text), find_dates(text, published))
    return list(extraction.events)


def only(events: list[EventMention], etype: EventType) -> list[EventMention]:
    return [e for e in events if e.type == etype]


def test_release_with_count_actor_and_relative_date(nlp: Language) -> None:
    text = "Belarus freed 52 political prisoners on Thursday, officials said."
    events = run(nlp, text, date(2025, 9, 12))
    (release,) = only(events, EventType.RELEASE)
    assert release.count == 52
    assert release.by == "Belarus"
    assert release.status == Status.OCCURRED
    assert release.date is not None and release.date.value == "2025-09-11"


def test_named_people_freed_in_passive(nlp: Language) -> None:
    text = "Journalist Ivan Petrov and activist Olga Smirnova were released on Monday."
    (release,) = only(run(nlp, text), EventType.RELEASE)
    assert set(release.persons) == {"Ivan Petrov", "Olga Smirnova"}


def test_promise_keeps_what_is_promised(nlp: Language) -> None:
    text = ("The president promised to release 14 more prisoners, including the blogger "
            "Ivan Petrov, in exchange for easing sanctions on the state airline.")
    events = run(nlp, text)
    (promise,) = only(events, EventType.PROMISE)
    assert promise.count == 14
    assert "Ivan Petrov" in promise.persons
    assert promise.status == Status.STATED
    assert not only(events, EventType.RELEASE), "a promised release did not happen"
    assert not only(events, EventType.SANCTIONS_RELIEF), "the quid pro quo is not an event"


def test_modal_offer_of_relief_is_a_promise(nlp: Language) -> None:
    text = "In exchange, Washington could ease sanctions on the country's banks and potash."
    events = run(nlp, text)
    (promise,) = only(events, EventType.PROMISE)
    assert promise.by == "Washington"
    assert "potash" in promise.targets
    assert not only(events, EventType.SANCTIONS_RELIEF)


@pytest.mark.parametrize(
    "text",
    [
        "If the government frees the hostages, the talks can resume.",
        "Officials said no prisoners were freed and the talks had stalled.",
        "Do not expect any further prisoner releases to happen quickly.",
        "The group hopes to secure the release of more prisoners next year.",
    ],
)
def test_what_did_not_happen_is_no_release(nlp: Language, text: str) -> None:
    assert not only(run(nlp, text), EventType.RELEASE)


def test_sanctions_relief_and_imposed(nlp: Language) -> None:
    relief = run(nlp, "The United States lifted sanctions on Belaruskali last week.")
    (ev,) = only(relief, EventType.SANCTIONS_RELIEF)
    assert ev.by == "United States"
    assert ev.targets == ("Belaruskali",)
    imposed = run(nlp, "The Treasury imposed sanctions on five shipping companies.")
    assert only(imposed, EventType.SANCTIONS_IMPOSED)
    assert not only(run(nlp, "Years of crippling sanctions have hurt the economy."),
                    EventType.SANCTIONS_RELIEF)


def test_call_meeting_and_letter(nlp: Language) -> None:
    call = run(nlp, "President Joe Biden spoke by phone with Vladimir Putin on Friday.")
    (c,) = only(call, EventType.CALL)
    assert set(c.participants) >= {"Joe Biden", "Vladimir Putin"}
    meeting = run(nlp, "The envoy Mark Hollis met President Ali Hassan in Doha.")
    (m,) = only(meeting, EventType.MEETING)
    assert "Ali Hassan" in m.participants
    assert m.location == "Doha"
    letter = run(nlp, "During the meeting, Hollis handed over a personal letter from Hassan.")
    assert only(letter, EventType.LETTER)
    assert not only(letter, EventType.RELEASE), "handing over a letter frees nobody"


def test_called_a_sham_is_no_call(nlp: Language) -> None:
    events = run(nlp, "The opposition called the election a sham.")
    assert not only(events, EventType.CALL)


def test_demand_with_count_does_not_make_a_release(nlp: Language) -> None:
    text = "Trump has been calling for the release of all 1,300 political prisoners."
    events = run(nlp, text)
    (demand,) = only(events, EventType.DEMAND)
    assert demand.by == "Trump"
    assert demand.count == 1300
    assert not only(events, EventType.RELEASE)


def test_every_mention_quotes_its_source(nlp: Language) -> None:
    text = ("Talks were held in Minsk.\n\nOn Wednesday the authorities freed three "
            "prisoners. In return, the US lifted sanctions on potash.")
    events = run(nlp, text, date(2025, 2, 16))
    assert events
    for ev in events:
        assert text[ev.evidence.start:ev.evidence.end] == ev.evidence.quote
        assert ev.evidence.document == "doc1"


def test_no_date_is_invented_without_publication_date(nlp: Language) -> None:
    events = run(nlp, "Last month, the president released 123 prisoners.")
    (release,) = only(events, EventType.RELEASE)
    assert release.count == 123
    assert release.date is None or release.date.calendar is None


def test_a_swap_is_two_releases_but_a_condition_is_none(nlp: Language) -> None:
    swap = run(nlp, "Iran freed four Americans on Saturday in exchange for the release of "
                    "seven Iranians held in the United States.", date(2016, 1, 17))
    counts = sorted(e.count or 0 for e in only(swap, EventType.RELEASE))
    assert counts == [4, 7]
    offer = run(nlp, "In exchange for the release of more prisoners, the U.S. is willing to "
                     "ease sanctions on potash.")
    assert not only(offer, EventType.RELEASE)
    assert only(offer, EventType.PROMISE)


def test_running_totals_are_not_rounds(nlp: Language) -> None:
    events = run(nlp, "With two of the four days gone, Hamas has now released 26 Israelis.")
    assert not only(events, EventType.RELEASE)


def test_a_day_after_an_event_is_not_a_date(nlp: Language) -> None:
    events = run(nlp, "It comes only a day after the incursion of drones. Belarus freed 52 "
                      "prisoners.", date(2025, 9, 12))
    (release,) = only(events, EventType.RELEASE)
    assert release.date is None or release.date.value is None


def test_a_role_stands_for_the_one_person_who_holds_it(nlp: Language) -> None:
    text = ("President Ivan Petrov met the envoy on Monday. The president promised to release "
            "14 more prisoners.")
    (promise,) = only(run(nlp, text), EventType.PROMISE)
    assert promise.by == "Ivan Petrov"


def test_calling_on_someone_to_free_prisoners_is_a_demand(nlp: Language) -> None:
    events = run(nlp, "The foreign minister called on Minsk to free all 1,300 political prisoners.")
    (demand,) = only(events, EventType.DEMAND)
    assert demand.count == 1300
    assert not only(events, EventType.RELEASE) and not only(events, EventType.CALL)


def test_whatever_is_done_by_phone_is_a_call(nlp: Language) -> None:
    events = run(nlp, "Smith and Jones agreed the swap by telephone on Monday.")
    assert [e.type for e in events if e.type == EventType.CALL] == [EventType.CALL]


def test_a_promise_that_names_people_in_a_pluperfect_relative_clause_is_no_news(
        nlp: Language) -> None:
    text = "A jet belonging to the ministry carried the four men Moscow had agreed to let go."
    assert not [e for e in run(nlp, text) if e.type == EventType.PROMISE]
    told = run(nlp, "Moscow agreed on Friday to let the four men go.")
    assert [e.type for e in told] == [EventType.PROMISE]


def test_who_reports_a_call_between_two_others_is_not_in_it(nlp: Language) -> None:
    text = ("Dravonia's official news agency DNA credits two telephone calls between President "
            "Karl Dorn and Prime Minister Ivo Lask, on March 1 and April 20, with unblocking "
            "the case.")
    calls = [e for e in run(nlp, text) if e.type == EventType.CALL]
    assert calls and all(c.by in (None, "Karl Dorn", "Ivo Lask") for c in calls)
    assert all(set(c.participants) == {"Karl Dorn", "Ivo Lask"} for c in calls)


def test_an_infinitive_release_has_not_happened(nlp: Language) -> None:
    assert not run(nlp, "No date was set for the prisoners to be handed over.")


def test_the_day_a_deal_was_agreed_does_not_date_its_execution(nlp: Language) -> None:
    text = ("The exchange agreed last Thursday has been carried out in full: Kenya released 32 "
            "Ugandans and Uganda returned two Kenyan soldiers.")
    events = run(nlp, text, published=date(2031, 5, 14))
    assert events and not [e for e in events if e.type == EventType.PROMISE]
    releases = [e for e in events if e.type == EventType.RELEASE]
    assert releases and all(e.date is None or e.date.value != "2031-05-08" for e in releases)


def test_money_handed_over_in_a_deal_is_an_asset_release(nlp: Language) -> None:
    (paid,) = run(nlp, "A $300 million payment reached the capital on Sunday.")
    assert paid.type == EventType.SANCTIONS_RELIEF
    (got,) = run(nlp, "Kenya received $300 million on Sunday.")
    assert got.type == EventType.SANCTIONS_RELIEF and got.by is None
    assert not run(nlp, "Kenya will receive $300 million from the fund.")


def test_what_things_require_is_no_demand(nlp: Language) -> None:
    assert not run(nlp, "He said the negotiations had required difficult decisions.")
    assert [e.type for e in run(nlp, "Kenya required that Uganda free the two pilots.")] == [
        EventType.DEMAND]


def test_a_side_wanting_a_release_demands_it(nlp: Language) -> None:
    (demand,) = run(nlp, "Kenya wanted the release of Ivan Dorn and Ole Lask.")
    assert demand.type == EventType.DEMAND and demand.by == "Kenya"
    assert set(demand.persons) == {"Ivan Dorn", "Ole Lask"}
    assert not run(nlp, "Kenya did not seek the release of anyone.")


def test_a_summit_one_has_an_interest_in_is_no_meeting(nlp: Language) -> None:
    text = "He said the government's strong interest in the climate summit made the deal possible."
    assert not [e for e in run(nlp, text) if e.type == EventType.MEETING]


def test_a_line_of_links_to_other_stories_tells_no_event(nlp: Language) -> None:
    text = ("MORE FROM US: Harbour revenue figures released | Ferry to the islands freed from "
            "quarantine | Cricketers named in regional squad")
    assert not run(nlp, text)


def test_a_passive_second_verb_frees_the_first_verbs_subject(nlp: Language) -> None:
    text = "Four sailors pleaded guilty on Monday and were sent home that night."
    releases = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
    assert releases and releases[0].count == 4


def test_a_reported_must_be_freed_is_the_speakers_demand(nlp: Language) -> None:
    (demand,) = run(nlp, "Karl Dorn said Ivan Petrov must be freed without conditions.")
    assert demand.type == EventType.DEMAND and demand.by == "Karl Dorn"
    assert demand.persons == ("Ivan Petrov",)
    told = run(nlp, "Karl Dorn told the envoy that Ivan Petrov was innocent and had to be "
                    "released immediately.")
    assert [(e.type, e.persons) for e in told] == [(EventType.DEMAND, ("Ivan Petrov",))]


def test_asking_for_someone_is_a_demand_and_for_a_thing_is_not(nlp: Language) -> None:
    text = "Kenyan officials came back this month asking for Ivan Petrov to be added to the swap."
    assert [e.type for e in run(nlp, text)] == [EventType.DEMAND]
    assert not run(nlp, "He then asked the envoy for the president's number.")


def test_pressing_the_other_side_on_ones_own_offer_is_no_demand(nlp: Language) -> None:
    text = "Karl Dorn presses Ivo Lask on offer to free Ivan Petrov in first call since May."
    assert not [e for e in run(nlp, text) if e.type == EventType.DEMAND]
    text = "Karl Dorn urged Kenya to accept an offer that would bring home Ivan Petrov."
    assert not [e for e in run(nlp, text) if e.type == EventType.DEMAND]


def test_who_keeps_working_to_free_someone_promises_it(nlp: Language) -> None:
    (promise,) = run(nlp, "Karl Dorn said he would keep working to free Ivan Petrov.")
    assert promise.type == EventType.PROMISE and promise.by == "Karl Dorn"
    assert promise.persons == ("Ivan Petrov",)


def test_releases_a_side_announced_in_return_for_anothers_pardon(nlp: Language) -> None:
    text = ("Chile announced the releases on Saturday in return for Peru pardoning seven "
            "Chileans held in its prisons.")
    releases = only(run(nlp, text, date(2031, 5, 10)), EventType.RELEASE)
    assert {r.by for r in releases} == {"Chile", "Peru"}
    assert {r.count for r in releases if r.by == "Peru"} == {7}


def test_a_number_of_people_of_a_nationality_are_people(nlp: Language) -> None:
    (release,) = only(run(nlp, "Chile freed 12 Peruvian fishermen on Monday."), EventType.RELEASE)
    assert release.count == 12


def test_people_flown_to_their_own_capital_go_home_freed(nlp: Language) -> None:
    text = "In the first exchange a plane flew 44 Peruvians to Lima and 12 Chileans went home."
    releases = only(run(nlp, text), EventType.RELEASE)
    assert 44 in {r.count for r in releases}
    assert not only(run(nlp, "A plane flew 44 reporters to Lima for the summit."),
                    EventType.RELEASE)


def test_reported_past_perfect_is_the_reported_release_not_background(nlp: Language) -> None:
    reported = "The mediator's spokesman said 19 captives had been handed over to the Red Cross."
    (release,) = only(run(nlp, reported), EventType.RELEASE)
    assert release.count == 19 and not release.background
    told = "Two political prisoners had been released by Norland in an earlier amnesty."
    (old,) = only(run(nlp, told), EventType.RELEASE)
    assert old.background


def test_the_sides_negotiators_come_from_take_part_in_the_meeting(nlp: Language) -> None:
    text = ("At a meeting in Geneva on May 2, negotiators from Chile and Peru agreed to swap "
            "all prisoners.")
    (meeting,) = only(run(nlp, text), EventType.MEETING)
    assert set(meeting.participants) == {"Chile", "Peru"}


def test_whom_someone_had_met_is_no_meeting(nlp: Language) -> None:
    for text in ("Tom Dahl went to Peru in 2016 to marry Ann Berg, whom he had met on a "
                 "dating site.",
                 "Tom Dahl travelled to Peru in June 2016 to marry a woman he had met online."):
        assert not only(run(nlp, text), EventType.MEETING), text
    assert only(run(nlp, "The envoy, who met Kai Strand in May, returned to Lima on Friday."),
                EventType.MEETING)


def test_the_letter_told_before_and_spoken_of_is_no_new_letter(nlp: Language) -> None:
    text = ("Jon Einarsson arrived in Ulaanbaatar on Friday carrying a letter from President "
            "Ivo Kask to Bat Erdene. Mongolian television described the letter as a plea for "
            "mercy. Icelandic officials offered another account of the letter the envoy "
            "carried.")
    letters = [m for m in run(nlp, text) if m.type == EventType.LETTER]
    assert [m.by for m in letters] == ["Ivo Kask"]
    # "the letter from A" is one told
    text = "Mongolian television described the letter from Ivo Kask as a plea for mercy."
    assert [m.type for m in run(nlp, text)] == [EventType.LETTER]
