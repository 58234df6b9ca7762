"""What a careful reader does with a story's time, its published things, its governments and
its two tellings of one act (real spaCy, invented texts; session 20's rules)."""

from __future__ import annotations

from datetime import date

import pytest
from claims import day, mention, person
from spacy.language import Language
from texts import article, of, sentence_events, told_in

from dealwatch.dates import find_dates
from dealwatch.extract.names import find_names
from dealwatch.model import EntityType, EventType, Extraction, NameMention
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve

# -- a date that tells someone's past dates no event, and sets no time frame ----------------


def test_the_day_people_were_captured_is_not_the_day_they_were_freed(nlp: Language) -> None:
    text = ("The dispute began on Thursday, the day of the second exchange. The movement "
            "released four soldiers - Ann Berg, Lea Holm, Mia Dahl and Eva Lind, all "
            "captured at a border post on June 4, 2029 - before handing them to the Red "
            "Cross. The government then freed 200 prisoners.")
    releases = of(article(nlp, text).events, EventType.RELEASE)
    assert releases
    days = {m.date.value for m in releases if m.date is not None}
    assert days == {"2031-05-08"}  # Thursday before the report of Saturday 10 May


def test_later_is_after_the_day_told_not_after_a_describing_date(nlp: Language) -> None:
    text = ("The agreement was announced on Wednesday. Under it the movement will free 33 of "
            "the people seized in the raid of June 4, 2029. Later the prime minister's "
            "office said he had spoken by telephone with the president.")
    call = told_in(nlp, text, EventType.CALL, "by telephone")
    assert call.date is not None and call.date.value == "2031-05-07"


# -- things made public are not people let go ----------------------------------------------


@pytest.mark.parametrize("text", [
    # made public, not let go
    "Photographs released by the movement showed him with his family.",
    "Officials released video of the two men at the airport.",
    "The ministry released the names of the prisoners on Tuesday.",
    # what talks were about
    "The ministry said the talks covered trade, the release of prisoners and visas.",
    "The two sides addressed the release of the detained men.",
    # out of a prison, still held
    "Officials said Norland had released five Vastish citizens from prison to house arrest.",
    "Norland on Thursday moved four Vastish prisoners from jail to a hotel under guard.",
])
def test_what_frees_no_one_is_no_release(nlp: Language, text: str) -> None:
    assert not of(sentence_events(nlp, text), EventType.RELEASE)


def test_people_released_are_still_a_release(nlp: Language) -> None:
    assert of(sentence_events(nlp, "The movement released two hostages on Tuesday."),
              EventType.RELEASE)


# -- the subject the parser lost ---------------------------------------------------------


def test_a_second_release_of_a_which_clause_keeps_its_subject(nlp: Language) -> None:
    text = ("Officials said the talks had produced an exchange in which Peru's interim "
            "government freed two Chilean citizens and the United States freed a Peruvian "
            "citizen, and that all three had been flown to Panama.")
    sides = {m.by for m in of(sentence_events(nlp, text), EventType.RELEASE)}
    assert sides == {"Peru", "United States"}


# -- a day restated by its weekday, and "N days later" counted from it ----------------------


def test_a_weekday_restating_a_date_is_that_date() -> None:
    text = "On March 2, a Sunday, the envoy phoned. Nine days later the men were freed."
    found = {t.text: t.value for t in find_dates(text, date(2031, 5, 10))}
    assert found["Sunday"] == "2031-03-02"
    assert found["Nine days later"] == "2031-03-11"


def test_an_announced_trade_sets_the_day_of_what_follows(nlp: Language) -> None:
    text = ("On March 2 the president phoned the families of the three men still held abroad "
            "to tell them there was no deal yet.\n\n"
            "Nine days later, on March 11, the movement announced a trade. Ann Berg and Lea "
            "Holm, a teacher held since August 2029, were handed over with help from Iceland.")
    release = told_in(nlp, text, EventType.RELEASE, "handed over")
    assert release.date is not None and release.date.value == "2031-03-11"


# -- an organisation told as a state's government acts for that state ------------------------


@pytest.mark.parametrize("text", [
    "A delegation sat down with the Khmer Rouge foreign minister in Phnom Penh on Thursday.",
    "The Khmer Rouge authorities in Cambodia freed 20 men.",
    "PHNOM PENH -- The Khmer Rouge government said on Tuesday that it had freed two "
    "Chilean sailors.",
])
def test_an_organisation_told_as_a_government_acts_for_its_state(nlp: Language,
                                                                  text: str) -> None:
    (org,) = [m for m in find_names(nlp(text), "d").mentions
              if m.type == EntityType.ORGANIZATION]
    assert org.country == "Cambodia"


@pytest.mark.parametrize("text", [
    "The Khmer Rouge released two men.",
    "The sailors were held by the Khmer Rouge in Cambodia.",
    "No country has recognised the Khmer Rouge government.",
])
def test_an_organisation_not_told_as_a_government_has_no_state(nlp: Language,
                                                               text: str) -> None:
    orgs = [m for m in find_names(nlp(text), "d").mentions
            if m.type == EntityType.ORGANIZATION]
    assert orgs and all(m.country is None for m in orgs)


# -- one act told twice with its sides named differently -------------------------------------


def _org(doc: str, text: str, start: int = 700) -> NameMention:
    return NameMention(doc, text, EntityType.ORGANIZATION, start, start + len(text))


def test_one_person_in_common_and_no_common_day_is_not_enough() -> None:
    a = Extraction("a", (mention("a", EventType.RELEASE, by="Front",
                                 persons=("Ann Berg",), date=day("2031-01-21")),),
                   (_org("a", "Front"), person("a", "Ann Berg")), ())
    b = Extraction("b", (mention("b", EventType.RELEASE, by="Peru", persons=("Ann Berg",)),),
                   (NameMention("b", "Peru", EntityType.COUNTRY, 900, 904),
                    person("b", "Ann Berg")), ())
    assert len(merge_events([a, b], resolve([a, b]))) == 2


def _meeting(doc: str, by: str, when: str | None) -> Extraction:
    people = ("Ann Berg", "Lea Holm")
    return Extraction(doc, (mention(doc, EventType.MEETING, by=by, participants=people,
                                    date=day(when) if when else None),),
                      (person(doc, "Ann Berg"), person(doc, "Lea Holm", 520)), ())


def test_one_meeting_of_the_same_people_on_one_day_whoever_is_its_subject() -> None:
    a, b = _meeting("a", "Ann Berg", "2031-03-20"), _meeting("b", "Lea Holm", "2031-03-20")
    assert len(merge_events([a, b], resolve([a, b]))) == 1


def test_meetings_of_the_same_people_without_one_day_stay_apart() -> None:
    a, b = _meeting("a", "Ann Berg", "2031-03-20"), _meeting("b", "Lea Holm", None)
    assert len(merge_events([a, b], resolve([a, b]))) == 2


# -- what is expected, and each side's half of a swap ---------------------------------------


def test_a_weekday_of_what_is_expected_is_still_to_come() -> None:
    text = "\"Today - 40 people. On Saturday, we expect the exchange to continue.\""
    found = {t.text: t.value for t in find_dates(text, date(2031, 5, 9))}  # a Friday
    assert found["Saturday"] == "2031-05-10"


@pytest.mark.parametrize("text", [
    "Chile and Peru carried out the exchange on Friday, each side handing over 40 people.",
    "Chile and Peru completed the swap on Monday, with each side releasing 40 prisoners.",
])
def test_each_side_handing_over_people_is_a_release_a_side(nlp: Language, text: str) -> None:
    releases = of(sentence_events(nlp, text), EventType.RELEASE)
    assert {(m.by, m.count) for m in releases} == {("Chile", 40), ("Peru", 40)}


def test_two_kinds_of_people_returned_are_one_release(nlp: Language) -> None:
    text = ("The ministry said 70 servicemen and 20 civilians had been returned to Chile on "
            "Friday.")
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.count == 90


def test_a_day_still_to_come_frames_nothing_told_as_done(nlp: Language) -> None:
    text = ("\"On Monday, the exchange will continue,\" the minister wrote.\n\n"
            "The ministry said 70 servicemen had been returned to Chile.")
    release = told_in(nlp, text, EventType.RELEASE, "returned")
    assert release.date is None or release.date.value <= "2031-05-10"


def test_the_weekday_told_with_a_date_picks_its_year() -> None:
    text = "The two sides agreed to stop fighting from Sunday, June 1, officials said."
    (found,) = find_dates(text, date(2031, 5, 29))
    assert found.value == "2031-06-01"  # a Sunday; June 1 of the year before is not


def test_a_weekday_that_fits_no_near_year_leaves_the_year_as_read() -> None:
    (found,) = find_dates("It happened on Thursday, March 5.", date(2031, 5, 29))
    assert found.value == "2031-03-05"


def test_a_look_back_in_the_past_perfect_is_not_where_the_story_goes_on() -> None:
    text = ("The truce was to start on Friday, but it was held back. On Thursday night the "
            "minister had said it would wait for the list. In the afternoon, the movement "
            "handed three women to the Red Cross.")
    found = {t.text: t.value for t in find_dates(text, date(2031, 5, 10))}
    assert found["the afternoon"] == "2031-05-09TAF"  # Friday's, not Thursday's


def test_so_far_of_a_superlative_sums_nothing_up(nlp: Language) -> None:
    text = "Chile freed 69 prisoners on Monday, the largest single release so far."
    assert [m.count for m in of(sentence_events(nlp, text), EventType.RELEASE) if m.count] \
        == [69]


def test_so_far_of_the_freeing_is_still_a_running_total(nlp: Language) -> None:
    text = "Chile has freed 69 prisoners so far."
    assert not [m for m in of(sentence_events(nlp, text), EventType.RELEASE) if m.count]


# -- the people of a release named away from it ----------------------------------------------

_FIVE = "Norland freed five Vastish citizens on Monday in exchange for five Norlish prisoners."


def test_three_of_them_named_are_of_the_release(nlp: Language) -> None:
    text = (f"{_FIVE}\n\nThe plane landed in Reykjavik in the afternoon.\n\n"
            "Three of the freed men, Ann Berg, Lea Holm and Mia Dahl, came down the steps "
            "together.")
    named = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.persons]
    assert [(m.by, set(m.persons)) for m in named] == [
        ("Norland", {"Ann Berg", "Lea Holm", "Mia Dahl"})]


def test_a_list_repeating_the_group_further_on_names_it(nlp: Language) -> None:
    text = (f"{_FIVE}\n\nThe plane landed in Reykjavik in the afternoon. Officials there said all "
            "were in good health. A spokesman thanked the mediators.\n\nThe talks began in "
            "the spring, diplomats said. They stalled twice.\n\nThe five Vastish citizens are "
            "Ann Berg, Lea Holm, Mia Dahl, Eva Lind and Ola Nord.")
    found = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.persons]
    assert len(found) == 1 and len(found[0].persons) == 5 and found[0].by == "Norland"


def test_names_after_a_colon_as_many_as_freed_are_the_freed(nlp: Language) -> None:
    text = ("In exchange for the Chileans, Peru granted clemency to three Bolivians who had "
            "been convicted of, or were awaiting trial for, mostly minor smuggling offenses: "
            "Ana Rojas Paz, Luis Mora Vega and Juan Soto Rey.")
    release = told_in(nlp, text, EventType.RELEASE, "clemency")
    assert set(release.persons) == {"Ana Rojas Paz", "Luis Mora Vega", "Juan Soto Rey"}


def test_a_leader_of_no_state_told_acts_for_the_people_traded_back(nlp: Language) -> None:
    text = ("Vastland freed five Americans on Monday.\n\nIn exchange for the Americans, Rusk "
            "granted clemency to five Vastish citizens.")
    release = told_in(nlp, text, EventType.RELEASE, "clemency")
    assert release.by == "United States"


def test_a_group_broken_down_counts_only_the_held(nlp: Language) -> None:
    text = ("Within hours nine Americans -- six prisoners, among them Ann Berg and Lea Holm, "
            "plus three relatives barred from travel -- were flown from Lima to Reykjavik.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 6


def test_people_told_only_as_taken_are_the_number_freed(nlp: Language) -> None:
    text = ("Norland freed three Vastish citizens on Monday, officials said.\n\n"
            "Ann Berg, a businesswoman who was arrested in 2027 at the airport, flew home with "
            "the others. Lea Holm, an academic held since 2028, said she was relieved. Mia "
            "Dahl, who had been detained while visiting relatives, thanked the mediators.")
    release = told_in(nlp, text, EventType.RELEASE, "three Vastish")
    assert set(release.persons) == {"Ann Berg", "Lea Holm", "Mia Dahl"}


def test_people_told_as_taken_but_fewer_than_freed_stay_apart(nlp: Language) -> None:
    text = ("Norland freed four Vastish citizens on Monday, officials said.\n\n"
            "Ann Berg was arrested in 2027. Lea Holm was detained a year later.")
    release = told_in(nlp, text, EventType.RELEASE, "four Vastish")
    assert not release.persons


def test_the_other_half_of_a_swap_does_not_take_the_first_halfs_names(nlp: Language) -> None:
    text = (f"{_FIVE}\n\nThe plane landed in Reykjavik in the afternoon. Officials there said all "
            "were in good health. A spokesman thanked the mediators.\n\nThe talks began in "
            "the spring, diplomats said. They stalled twice.\n\nThe five Vastish citizens are "
            "Ann Berg, Lea Holm, Mia Dahl, Eva Lind and Ola Nord.")
    named = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.persons]
    assert len(named) == 1


def test_a_number_freed_and_as_many_named_are_one_release() -> None:
    a = Extraction("a", (mention("a", EventType.RELEASE, by="Norland", count=3,
                                 date=day("2031-05-05")),
                         mention("a", EventType.RELEASE, 300, count=3, count_named=True,
                                 persons=("Ann Berg", "Lea Holm", "Mia Dahl"))),
                   (person("a", "Ann Berg"), person("a", "Lea Holm", 520),
                    person("a", "Mia Dahl", 540)), ())
    (event,) = merge_events([a], resolve([a]))
    assert set(event.persons) == {"Ann Berg", "Lea Holm", "Mia Dahl"}


def test_the_terms_of_the_arrangement_a_lead_reports_take_its_day(nlp: Language) -> None:
    text = ("Norland on Thursday moved four Vastish prisoners from jail to a hotel under "
            "guard, the first step of an arrangement meant to end with their release.\n\n"
            "Officials in both capitals declined to comment.\n\n"
            "According to people familiar with the terms, Norland has undertaken to let all "
            "four leave the country. In return, Vastland is to free several Norlish "
            "prisoners.")
    promises = of(article(nlp, text).events, EventType.PROMISE)
    assert promises and all(m.date is not None and m.date.value == "2031-05-08"
                            for m in promises)


def test_a_statement_of_another_paragraph_told_plainly_keeps_no_day(nlp: Language) -> None:
    text = ("Norland on Thursday moved four Vastish prisoners from jail to a hotel under "
            "guard, the first step of an arrangement meant to end with their release.\n\n"
            "Officials in both capitals declined to comment.\n\n"
            "The Vastish minister promised to free several Norlish prisoners.")
    promises = of(article(nlp, text).events, EventType.PROMISE)
    assert promises and all(m.date is None for m in promises)


def test_a_release_told_as_who_people_are_takes_no_homecoming_day(nlp: Language) -> None:
    text = ("Tears as Americans freed by Norland come home\n\n"
            "The five Americans stepped off a plane at a base near the capital early on Friday "
            "and into the arms of relatives who had waited for years.")
    release = told_in(nlp, text, EventType.RELEASE, "freed by Norland")
    assert release.date is None


def test_who_judges_a_meeting_is_not_its_actor(nlp: Language) -> None:
    text = "Adam Berg met the foreign minister on Thursday. Ola Nord called the meeting useful."
    judged = [m for m in of(sentence_events(nlp, text), EventType.MEETING)
              if "called the meeting" in m.evidence.quote]
    assert judged and all(m.by is None for m in judged)


def test_a_bare_release_told_a_day_off_joins_the_articles_release() -> None:
    a = Extraction("a", (mention("a", EventType.RELEASE, by="Norland", count=1,
                                 persons=("Ann Berg",), date=day("2031-03-20")),
                         mention("a", EventType.RELEASE, 300, date=day("2031-03-21"))),
                   (person("a", "Ann Berg"),), ())
    (event,) = merge_events([a], resolve([a]))
    assert len(event.sources) == 2


@pytest.mark.parametrize(("text", "met"), [
    ("Tom Dahl reached Lima on Sunday. On Friday he saw the Sultan and Mr. Holm.", True),
    ("The envoy saw Foreign Minister Kai Strand in Lima on Monday.", True),
    ("On Monday he saw the deal as a trap.", False),
    ("He saw Foreign Minister Kai Strand on television on Monday.", False),
    ("Ann Berg said she saw Tom Dahl in the camp in May.", False),
])
def test_seeing_an_office_holder_is_a_meeting(nlp: Language, text: str, met: bool) -> None:
    # session 37: "On Friday he saw the Sultan and Mr. A" tells a meeting; seeing a fellow
    # captive, a deal as a trap or a minister on television does not
    assert bool(of(sentence_events(nlp, text), EventType.MEETING)) == met


@pytest.mark.parametrize(("text", "met"), [
    ("The two delegations sat down together on Monday in Lima.", True),
    ("The family sat down together on Monday to watch the news.", False),
])
def test_sides_that_sat_down_together_met(nlp: Language, text: str, met: bool) -> None:
    # session 37: "the envoys sat down together on Friday" (no "with")
    assert bool(of(sentence_events(nlp, text), EventType.MEETING)) == met


@pytest.mark.parametrize(("text", "written"), [
    ("Kai Strand sent a short reply, dated Friday, on behalf of the VLF.", True),
    ("Their reply came on 2 May, over the signatures of both rebel leaders.", True),
    ("Peru gave a swift reply on Monday.", False),
])
def test_a_reply_told_dated_or_signed_is_a_letter(nlp: Language, text: str,
                                                  written: bool) -> None:
    # session 37: "a reply, dated Friday, from A", "over the signatures of"
    assert bool(of(sentence_events(nlp, text), EventType.LETTER)) == written


@pytest.mark.parametrize(("text", "written"), [
    ("Their lawyer said the family had petitioned the governor in writing to release Ola "
     "Berg.", True),
    ("Their lawyer said the family had petitioned the governor on Monday to release Ola "
     "Berg.", False),
])
def test_asking_in_writing_is_a_letter(nlp: Language, text: str, written: bool) -> None:
    # session 48: "had petitioned the governor in writing to release A"
    assert bool(of(sentence_events(nlp, text), EventType.LETTER)) == written
