"""Days a careful reader takes from around an event's own words (session 38; real spaCy,
invented articles): a lead whose clause about someone gives a month, a message's day told on
its noun, a clause opened by "when" on a date."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from texts import article, day, of

from dealwatch.model import EventMention, EventType

PUBLISHED = date(2031, 6, 8)  # a Sunday


def run(nlp: Language, text: str) -> list[EventMention]:
    return list(article(nlp, text, published=PUBLISHED).events)


def test_a_month_in_a_clause_about_the_men_leaves_the_lead_its_day(nlp: Language) -> None:
    text = ("First captives reach home as airlift begins\n"
            "The first men of the unit that landed on the coast twenty months ago reached "
            "their own country today, gaunt from long months in cells.")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert releases and all(day(m) == "2031-06-08" for m in releases)


def test_a_day_on_the_message_that_promised_dates_the_promise(nlp: Language) -> None:
    text = ("After President Karl Moen's May 13 post promising to help the firm, his cabinet "
            "drew criticism in parliament.")
    (promise,) = of(run(nlp, text), EventType.PROMISE)
    assert day(promise) == "2031-05-13"


def test_a_when_clause_on_a_date_tells_what_happened_that_day(nlp: Language) -> None:
    text = ("The front has been quiet since May 12, when the president ordered the army to "
            "halt operations and declared a ceasefire.")
    (promise,) = of(run(nlp, text), EventType.PROMISE)
    assert day(promise) == "2031-05-12"


def test_a_day_after_the_noun_is_no_day_of_the_message(nlp: Language) -> None:
    # guard: the day must be told on the message itself, before it
    text = "The minister's post promising to free the two sailors came a week after May 13."
    promises = of(run(nlp, text), EventType.PROMISE)
    assert all(day(m) != "2031-05-13" for m in promises)


def test_a_day_a_wait_began_on_is_no_day_of_what_follows(nlp: Language) -> None:
    text = ("Families had waited at the hall since Friday morning. Most of the freed soldiers "
            "went on to a church service.")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert all(day(m) != "2031-06-06" for m in releases)


def test_a_paragraph_opening_on_an_earlier_day_moves_the_story_there(nlp: Language) -> None:
    text = ("When the pilot landed in Oslo on Sunday evening, he ended a story that began with "
            "one admission long ago.\n\n"
            "That admission came on March 3, 2029. Both leaders signed a declaration "
            "pledging normal ties and aid.")
    (promise,) = of(run(nlp, text), EventType.PROMISE)
    assert day(promise) == "2029-03-03"


def test_the_same_statement_is_the_one_the_governments_announced(nlp: Language) -> None:
    text = ("Vark will host next year's summit, ending a long stand-off.\n\n"
            "On Thursday both cabinets announced that Norland would give up its own bid "
            "and then back Vark's. By Saturday evening no prisoner had yet been moved. "
            "In the same statement Vark promised to support Norland's run for a place on "
            "the board.")
    found = [m for m in run(nlp, text) if m.type == EventType.PROMISE and "board" in (m.what or "")]
    assert found and day(found[0]) == "2031-06-05"


def test_that_same_night_is_the_night_of_the_day_told_before(nlp: Language) -> None:
    text = ("The doctor and his wife were seized on May 28 outside their clinic. She was let go "
            "that same night; he was driven into the hills.")
    (release,) = of(run(nlp, text), EventType.RELEASE)
    assert day(release) == "2031-05-28"


def test_a_look_back_in_the_pluperfect_does_not_move_the_story(nlp: Language) -> None:
    # guard for the paragraph-opening day above: a pluperfect "had been due" looks back
    text = ("Norland frees pilot\n\n"
            "OSLO -- Norland freed the pilot Tom Berg on Thursday morning, ending months of "
            "talks. He was flown home at once.\n\n"
            "The handover had been due a day earlier and was put off late in the "
            "evening.\n\n"
            "Norland also freed two fishermen, officials said.")
    fishermen = [m for m in run(nlp, text) if m.type == EventType.RELEASE and m.count == 2]
    assert fishermen and day(fishermen[0]) != "2031-06-04"


def test_the_day_of_the_piece_words_were_said_in_dates_them(nlp: Language) -> None:
    text = ("In an essay printed in a Lima daily earlier this month, the president promised "
            "that no citizen would lose from the takeover.")
    (promise,) = of(run(nlp, text), EventType.PROMISE)
    assert day(promise) == "2031-06"


def test_the_meeting_a_deal_was_struck_at_has_the_deals_day(nlp: Language) -> None:
    text = ("Chilean and Peruvian officers agreed at a border post on Friday that the swap of "
            "captured soldiers would start on Monday.\n\n"
            "The bargain was sealed at a meeting between General Tom Berg of Chile and General "
            "Ivan Dorn of Peru, with a UN officer in the chair.")
    meetings = of(run(nlp, text), EventType.MEETING)
    assert meetings and all(day(m) == "2031-06-06" for m in meetings)


def test_talks_that_opened_on_one_day_and_resumed_on_another_are_two_meetings(
        nlp: Language) -> None:
    text = ("Formal talks opened in Oslo on 24 July between Norway's envoy Karl Moen and Peru's "
            "minister Ivan Dorn and resumed in Lima on 18 August.")
    days = sorted(day(m) or "" for m in run(nlp, text) if m.type == EventType.MEETING)
    assert days == ["2030-07-24", "2030-08-18"]


def test_talks_that_broke_down_are_one_meeting(nlp: Language) -> None:
    text = "Talks opened in Oslo on 24 May and broke down the same day."
    assert len(of(run(nlp, text), EventType.MEETING)) == 1
