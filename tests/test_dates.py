"""Date expressions resolved against the publication date; nothing taken from the clock."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealwatch.dates import find_dates, resolve_weekday
from dealwatch.model import Precision, Resolution

SUN = date(2025, 2, 16)  # a Sunday

CASES = [
    ("The meeting happened Wednesday.", SUN, "Wednesday", "2025-02-12"),
    ("the New York Times reported on Saturday", SUN, "Saturday", "2025-02-15"),
    ("Speaking on Wednesday evening, he hailed the deal.", SUN, "Wednesday evening",
     "2025-02-12TEV"),
    ("The talks were held on Sunday.", SUN, "Sunday", "2025-02-16"),
    ("He will travel to Minsk on Tuesday.", SUN, "Tuesday", "2025-02-18"),
    # session 47: what someone "is expected" to do is to come; a day something is due too,
    # whatever the verb's tense
    ("The envoy is expected back in Tallinn on Tuesday.", SUN, "Tuesday", "2025-02-18"),
    # session 47: a day named by its feast
    ("On New Year's Day the ministry demanded his release.", SUN, "New Year's Day",
     "2025-01-01"),
    ("He was seized on Christmas Eve 2023.", SUN, "Christmas Eve 2023", "2023-12-24"),
    ("They met to discuss the vote due on March 3.", date(2024, 12, 23), "March 3",
     "2025-03-03"),
    ("Late Tuesday the plane landed.", date(2025, 2, 12), "Late Tuesday", "2025-02-11"),
    ("in the early hours of Sunday", date(2023, 11, 26), "the early hours of Sunday",
     "2023-11-26"),
    ("They were freed yesterday.", SUN, "yesterday", "2025-02-15"),
    # "last Tuesday" said on a Wednesday is the week before's (yesterday is "on Tuesday")
    ("Last Tuesday the envoy flew in.", date(2025, 2, 19), "Last Tuesday", "2025-02-11"),
    ("the talks last Tuesday", date(2025, 2, 20), "last Tuesday", "2025-02-18"),
    ("The deal is expected tomorrow.", SUN, "tomorrow", "2025-02-17"),
    # a hope told in a clause of its own after the day is not the day's
    ("The men landed early on Saturday and were driven to a hotel, where their wives were "
     "expected to join them.", SUN, "early on Saturday", "2025-02-15"),
    ("Talks resumed on Friday, and a deal is expected to be signed on Thursday.", SUN,
     "Friday", "2025-02-14"),
    ("Talks resumed on Friday, and a deal is expected to be signed on Thursday.", SUN,
     "Thursday", "2025-02-20"),
    # "the end of May": the month, not the verb "may"
    ("At the end of May, officials said, the ban was extended.", date(2025, 6, 4),
     "the end of May", "2025-05"),
    # a day named again just after the day reckoned is that day, in that day's year
    ("The talks opened on May 27, 2023. Four days later, on May 31, the men were freed.",
     date(2024, 6, 3), "May 31", "2023-05-31"),
    ("Last month, 123 prisoners were released.", date(2025, 10, 3), "Last month", "2025-09"),
    ("earlier this month", date(2022, 3, 31), "earlier this month", "2022-03"),
    ("last year", date(2025, 4, 11), "last year", "2024"),
    ("In January of this year he won.", SUN, "January of this year", "2025-01"),
    ("the release of an activist in June", date(2025, 9, 12), "June", "2025-06"),
    ("he was arrested last August", date(2025, 4, 11), "last August", "2024-08"),
    ("in an unannounced meeting on Feb. 12", SUN, "Feb. 12", "2025-02-12"),
    ("The vote took place on Jan. 26.", SUN, "Jan. 26", "2025-01-26"),
    ("On Dec. 12, 2024 the talks began.", None, "Dec. 12, 2024", "2024-12-12"),
    ("It happened on 12 February 2025.", None, "12 February 2025", "2025-02-12"),
    ("on February 16th 2025", None, "February 16th 2025", "2025-02-16"),
    ("The decree of 16.09.2025 applies.", None, "16.09.2025", "2025-09-16"),
    ("The 2023-09-19 filing", None, "2023-09-19", "2023-09-19"),
    ("sentenced in 2010 to 20 years", None, "2010", "2010"),
    ("in September 2025", None, "September 2025", "2025-09"),
    ("two-day talks on Dec. 12–13", date(2024, 12, 20), "Dec. 12–13", "2024-12-12"),
    ("Putin called on Thursday to thank Ankara for the swap carried out a day earlier.",
     date(2022, 4, 28), "a day earlier", "2022-04-27"),
    ("A letter came on July 4. Two days later Biden called.", date(2022, 7, 30),
     "Two days later", "2022-07-06"),
    ("On Dec. 8, 2022 the swap happened. Biden spoke the same day.", None, "the same day",
     "2022-12-08"),
    ("last summer", date(2025, 4, 11), "last summer", "2024-SU"),
    ("two days ago", SUN, "two days ago", "2025-02-14"),
    ("He had telephoned them earlier in the day.", SUN, "earlier in the day", "2025-02-16"),
    ("On Friday they met. Later in the evening he called.", SUN, "Later in the evening",
     "2025-02-14TEV"),
    ("On Tuesday the men will be freed. Earlier in the day he called.", SUN,
     "Earlier in the day", "2025-02-16"),  # not the day still to come
    # a weekday of a week named: the week before (or after) the report's, not the nearest
    ("A spoke with B on Monday of last week.", date(2025, 2, 19), "Monday of last week",
     "2025-02-10"),
    ("They meet on Friday next week.", date(2025, 2, 19), "Friday next week", "2025-02-28"),
    ("He called on Tuesday this week.", date(2025, 2, 19), "Tuesday this week", "2025-02-18"),
    # a count right after the day is no day of the month
    ("On Friday, 24 hostages were handed over.", SUN, "Friday", "2025-02-14"),
    ("Late on Friday, 24 hostages were freed.", SUN, "Late on Friday", "2025-02-14"),
    ("On Friday 14 February the swap happened.", SUN, "Friday 14 February", "2025-02-14"),
    # a number counting people after a month that a word places ("last June") is no day
    ("Last June 25 people who had worked for Chile were traded.", SUN, "Last June", "2024-06"),
    ("In May 12 prisoners were freed.", SUN, "May", "2024-05"),
    ("Last June 25 the men were freed.", SUN, "June 25", "2024-06-25"),
]


@pytest.mark.parametrize(("sentence", "published", "text", "value"), CASES)
def test_resolves(sentence: str, published: date | None, text: str, value: str) -> None:
    found = {t.text: t.value for t in find_dates(sentence, published)}
    assert found.get(text) == value, found


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Last month, Lukashenko released 123 prisoners.", "Last month", None),
        ("the release of Tsikhanouski in June", "June", "XXXX-06"),
        ("in an unannounced meeting on Feb. 12", "Feb. 12", "XXXX-02-12"),
        ("It comes only a day after the incursion of drones.", "a day after", None),
        ("The meeting happened Wednesday.", "Wednesday", None),
    ],
)
def test_without_publication_date_nothing_is_invented(sentence: str, text: str,
                                                       value: str | None) -> None:
    (t,) = find_dates(sentence, None)
    assert t.text == text and t.value == value
    assert t.resolution == Resolution.UNRESOLVED


def test_the_day_before_counts_from_the_story_not_from_a_day_to_come() -> None:
    # session 47: "the day before" after a day still to come is the day before the story's
    text = ("Rebels freed the skipper on Friday. He is due back in Tallinn on Tuesday. The "
            "release had been agreed the day before, officials said.")
    found = {t.text: t.value for t in find_dates(text, SUN)}
    assert found["the day before"] == "2025-02-13"


def test_earlier_in_the_day_of_an_undated_report_is_no_date() -> None:
    assert find_dates("Earlier in the day he called.", None) == []


def test_a_year_in_the_text_anchors_the_next_sentence() -> None:
    found = find_dates("Talks began in 2024. The release in June surprised many.", None)
    assert [(t.text, t.value, t.resolution) for t in found][-1] == (
        "June", "2024-06", Resolution.RELATIVE_TO_TEXT)


def test_a_year_earlier_in_the_sentence_is_the_year_of_a_day_without_one() -> None:
    """A recap: the day after the dated landing is of the landing's year, not the last May
    before the report."""
    text = "Weeks after the landing of April 17, 2029, Ann Berg said on May 18 that she would."
    found = find_dates(text, date(2031, 1, 20))
    assert [t.value for t in found if t.text == "May 18"] == ["2029-05-18"]
    nxt = find_dates("Tom Dahl was arrested on February 24, 2029. On May 26 he was freed.",
                     date(2031, 9, 10))
    assert [t.value for t in nxt if t.text == "May 26"] == ["2031-05-26"]


def test_a_chronology_entry_opened_by_its_month_gives_its_days_their_year() -> None:
    text = ("A plain chronology follows.\n\nNovember 2029. Students seized the embassy on "
            "November 4. Ten days later, on November 14, the assets were frozen.")
    found = find_dates(text, date(2031, 2, 10))
    assert [t.value for t in found if t.text in ("November 4", "November 14")] == [
        "2029-11-04", "2029-11-14"]


def test_a_weekday_in_an_entry_labelled_with_its_day_is_of_that_week() -> None:
    text = ("Two weeks on, the inquiries have begun.\n\nThursday and Friday, December 30-31. On "
            "Friday the government agreed to free three men.\n\nvia January 14th 2011")
    found = {t.text: t.value for t in find_dates(text, date(2011, 1, 14))}
    assert (found["Thursday"], found["Friday"]) == ("2010-12-30", "2010-12-31")


def test_a_year_in_another_paragraph_anchors_no_month() -> None:
    found = find_dates("He was blamed for the riots of July 2024.\n\nIn August the "
                       "ministers were sanctioned.", None)
    assert [t.value for t in found if t.text == "August"] == ["XXXX-08"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia's £2 trillion economy",
        "freed 52 prisoners and demanded 1,300 more",
        "his 31-year rule and a 5-year term",
        "a 10-minute call and a 20-Point plan",
        "He may go. They joined a protest march.",
        "for a half-decade and 14 months of talks",
        "at 6:52 p.m. on the dot",
    ],
)
def test_false_hits_are_not_dates(sentence: str) -> None:
    assert find_dates(sentence, SUN) == []


def test_spans_point_into_the_text() -> None:
    text = "On Wednesday, 3 were freed; on Feb. 12, 2025 more followed, and last month too."
    for t in find_dates(text, SUN):
        assert text[t.start:t.end] == t.text


published = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
weekday = st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                           "Saturday", "Sunday"])


@given(published)
def test_yesterday_is_the_day_before(pub: date) -> None:
    (t,) = find_dates("The prisoners were freed yesterday.", pub)
    assert t.value == (pub - timedelta(days=1)).isoformat()


@given(published, weekday)
def test_past_weekday_is_within_the_week_before(pub: date, day: str) -> None:
    (t,) = find_dates(f"The prisoners were freed on {day}.", pub)
    assert t.value is not None
    resolved = date.fromisoformat(t.value)
    assert pub - timedelta(days=6) <= resolved <= pub
    assert resolved.strftime("%A") == day


@given(published)
def test_last_month_is_the_month_before(pub: date) -> None:
    (t,) = find_dates("Last month they met.", pub)
    first = pub.replace(day=1) - timedelta(days=1)
    assert t.value == f"{first.year:04d}-{first.month:02d}"


@given(published, st.sampled_from(["in June", "on Friday", "last month", "earlier this year",
                                   "two days ago", "yesterday", "on Feb. 3", "last week"]))
def test_past_tense_never_after_publication(pub: date, phrase: str) -> None:
    for t in find_dates(f"The prisoners were released {phrase}.", pub):
        if t.value and len(t.value) == 10 and "X" not in t.value:
            assert date.fromisoformat(t.value) <= pub
        elif t.value and len(t.value) == 7 and "W" not in t.value:
            assert t.value <= pub.isoformat()[:7]


@given(st.sampled_from(["yesterday", "on Friday", "last month", "in June", "this year",
                        "two days ago", "last week"]))
def test_no_publication_date_no_calendar_value(phrase: str) -> None:
    for t in find_dates(f"The prisoners were released {phrase}.", None):
        assert t.calendar is None


def test_resolve_weekday() -> None:
    assert resolve_weekday(2, SUN, future=False) == date(2025, 2, 12)
    assert resolve_weekday(2, SUN, future=True) == date(2025, 2, 19)
    assert resolve_weekday(6, SUN, future=False) == SUN


@pytest.mark.parametrize(("text", "value"), [
    ("the 2020", None), ("2020", None), ("in 2020", None), ("the 2020 election", None),
    ("12 2020", None), ("Published 2020", None), ("May 2020", None),
])
def test_dateparser_false_hits_never_make_a_full_date(text: str, value: str | None) -> None:
    from dealwatch.ingest import parse_date

    assert parse_date(text) is value


def test_a_bare_year_is_a_year_not_a_day() -> None:
    (t,) = find_dates("Protests after the 2020 election were crushed.", SUN)
    assert (t.text, t.value, t.precision) == ("2020", "2020", Precision.YEAR)


@pytest.mark.parametrize(("sentence", "text", "value", "kind"), [
    ("Profits fell in the third quarter.", "the third quarter", "2024-Q3", "DATE"),
    ("Profits fell in the first half of 2024.", "the first half of 2024", "2024-H1", "DATE"),
    ("He scored in the second half.", None, None, None),
    ("Tensions grew through the 1990s.", "the 1990s", "199", "DATE"),
    ("a relic of the '80s", "the '80s", "198", "DATE"),
    ("in his 60s", None, None, None),
    ("the 21st century", "the 21st century", "20", "DATE"),
    ("The talks took place over the weekend.", "the weekend", "2025-W07-WE", "DATE"),
    ("Officials are currently reviewing it.", "currently", "PRESENT_REF", "DATE"),
    ("It was recently revealed.", "recently", "PAST_REF", "DATE"),
    ("Sanctions may be eased in the future.", "the future", "FUTURE_REF", "DATE"),
    ("They spoke tonight.", "tonight", "2025-02-16TNI", "TIME"),
    ("He landed on Friday night.", "Friday night", "2025-02-14TNI", "TIME"),
    ("The budget for fiscal 2024 was cut.", "fiscal 2024", "FY2024", "DATE"),
    ("Over the past week talks stalled.", None, None, None),
    ("He was freed three weeks ago.", "three weeks ago", "2025-W04", "DATE"),
    ("He was freed a week ago.", "a week ago", "2025-02-09", "DATE"),
    ("The Good Friday Agreement held.", None, None, None),
    ("the Sunday Times reported", None, None, None),
    ("They meet every Monday.", None, None, None),
    ("They swapped 95 prisoners each on Friday.", "Friday", "2025-02-14", "DATE"),
    ("- January 11: The waiver was issued.", "January 11", "2025-01-11", "DATE"),
    ("They said on Friday they will free four.", "Friday", "2025-02-14", "DATE"),
])
def test_timex3_kinds(sentence: str, text: str | None, value: str | None,
                      kind: str | None) -> None:
    found = find_dates(sentence, SUN)
    if text is None:
        assert found == []
        return
    (t,) = found
    assert (t.text, t.value, t.type) == (text, value, kind)
    assert sentence[t.start:t.end] == t.text


def test_ranges_give_the_last_day() -> None:
    (t,) = find_dates("two-day talks on Dec. 12–13", date(2024, 12, 20))
    assert (t.value, t.until) == ("2024-12-12", "2024-12-13")
    (t,) = find_dates("between 10 and 12 June 2024", None)
    assert (t.value, t.until) == ("2024-06-10", "2024-06-12")


def test_reported_plans_look_forward() -> None:
    (t,) = find_dates("He said talks would resume on Wednesday.", SUN)
    assert t.value == "2025-02-19"
    (t,) = find_dates("He said on Wednesday that talks had resumed.", SUN)
    assert t.value == "2025-02-12"


def test_the_following_weekday_counts_from_the_day_told_before() -> None:
    text = ("The police moved on 27 June. By the following Saturday the two had agreed the "
            "swap. They met again the next Monday.")
    found = {t.text: t.value for t in find_dates(text, date(2030, 7, 12))}
    assert found["the following Saturday"] == "2030-06-29"
    assert found["the next Monday"] == "2030-07-01"
    # with no day told before it, it stays unresolved rather than guessed
    (alone,) = find_dates("The two met the following Saturday.", date(2030, 7, 12))
    assert alone.value is None


def test_the_weekday_of_the_story_counts_from_the_day_told_before() -> None:
    # a recap: "the Monday" is the Monday of the story, not the one before the report
    text = ("The siege began on Sunday 2 June, when gunmen took over a hotel. On the "
            "Monday they let 40 guests leave. That Thursday the talks began.")
    found = {t.text.lower(): t.value for t in find_dates(text, date(2030, 10, 24))}
    assert found["the monday"] == "2030-06-03"
    assert found["that thursday"] == "2030-06-06"
    # a weekday told by another day is not this one ("the Monday after the vote")
    (_, after) = find_dates("It began on 2 June. The Monday after the vote they met.",
                            date(2030, 10, 24))
    assert after.value != "2030-06-03"


def test_a_day_before_a_second_verb_of_what_is_to_come_is_past() -> None:
    # the expectation is the second verb's: Friday is the day the pilot left ("and is
    # expected", "and was expected", "and plans to")
    text = ("An aide said the pilot left the jail on Friday and is expected to reach home "
            "on Sunday.")
    found = {t.text: t.value for t in find_dates(text, date(2030, 3, 23))}  # a Saturday
    assert found["Friday"] == "2030-03-22"
    (ahead,) = find_dates("He will travel on Tuesday and is expected to meet the minister.",
                          date(2030, 3, 23))
    assert ahead.value == "2030-03-26"


def test_a_part_of_the_day_told_before() -> None:
    text = ("The exchange was completed late on Saturday. In the afternoon, the group said it "
            "would wait. That evening the mediators called; late that night 30 were freed.")
    found = {t.text: t.value for t in find_dates(text, date(2030, 11, 26))}
    assert found["the afternoon"] == "2030-11-23TAF"
    assert found["That evening"] == "2030-11-23TEV"
    assert found["late that night"] == "2030-11-23TNI"
    assert not find_dates("He will leave in the morning, after breakfast.", date(2030, 11, 26))


def test_a_week_inside_one_month_is_that_months() -> None:
    (week,) = find_dates("The ministers met last week.", date(2024, 5, 3))  # 22-28 April
    assert week.value == "2024-W17" and week.calendar == "2024-04"


def test_a_week_across_two_months_has_no_calendar_value() -> None:
    (week,) = find_dates("The ministers met last week.", date(2024, 5, 8))  # 29 Apr - 5 May
    assert week.value == "2024-W18" and week.calendar is None


def test_months_in_capitals_head_a_timeline() -> None:
    text = ("IRAN MAY FREE THREE\nCROWDS MARCH ON THE PALACE\n\nAUGUST 2029 -- A student is "
            "detained.\n\nDEC. 7 -- The exchange.\n\nMAY 8: talks resume.\n")
    found = {t.text: t.value for t in find_dates(text, date(2030, 12, 13))}
    assert found == {"AUGUST 2029": "2029-08", "DEC. 7": "2030-12-07", "MAY 8": "2030-05-08"}


def test_a_year_heading_dates_the_timeline_entries_below_it() -> None:
    text = ("Step by step\n\n2028\nDec. 8 - Talks open.\n\n2030\nFeb. 23 - A call.\n"
            "Sept. 24 - The exchange.\n")
    found = {t.text: t.value for t in find_dates(text, date(2030, 10, 8))}
    assert found["Dec. 8"] == "2028-12-08"
    assert found["Feb. 23"] == "2030-02-23" and found["Sept. 24"] == "2030-09-24"


def test_a_day_still_to_come_is_no_day_the_text_goes_on_from() -> None:
    text = ("She appeared in court on Friday. The prosecutor said the charges would be dropped "
            "on Dec. 1, 2032.\n\nIn the afternoon, a judge discharged her.")
    found = find_dates(text, date(2031, 9, 27))
    (part,) = [t for t in found if t.text.endswith("afternoon")]
    assert part.value == "2031-09-26TAF"


def test_a_year_ago_this_week_is_that_week_a_year_back() -> None:
    def told(published: date) -> list[tuple[str, str | None]]:
        return [(t.text, t.value) for t in find_dates(
            "A year ago this week the two sides swapped prisoners.", published)]

    assert told(date(2031, 6, 17)) == [("A year ago this week", "2030-06")]
    # a few days either side of the anniversary cross into May: only the year is sure
    assert told(date(2031, 6, 2)) == [("A year ago this week", "2030")]


def test_the_same_day_is_the_day_told_last_even_one_looked_back_to() -> None:
    text = ("Ivan Petrov landed late on Thursday. On Wednesday a spokesman had told reporters "
            "he would come home. The same day the two leaders spoke by telephone, and two "
            "days later he was home.")
    found = {t.text: t.value for t in find_dates(text, date(2025, 2, 14))}
    assert found["The same day"] == "2025-02-12"  # the Wednesday, not the Thursday
    assert found["two days later"] == "2025-02-14"


def test_hours_later_and_the_following_morning_count_from_the_day_told() -> None:
    # session 26: "forty-eight hours later" is two days on, "a few hours later" the same
    # day, "the following morning" the next; 36 hours could be either day
    def told(after: str) -> dict[str, str | None]:
        text = f"Peru freed ten men on Tuesday. {after}"
        return {t.text: t.value for t in find_dates(text, date(2024, 3, 8))}

    assert told("Forty-eight hours later Chile freed twelve.") == {
        "Tuesday": "2024-03-05", "Forty-eight hours later": "2024-03-07"}  # not "eight ..."
    assert told("A few hours later Chile freed twelve.")["A few hours later"] == "2024-03-05"
    assert told("The following morning talks resumed.")["The following morning"] == (
        "2024-03-06")
    assert told("Thirty-six hours later they ended.")["Thirty-six hours later"] is None
    assert told("He was freed twenty-one days ago.")["twenty-one days ago"] == "2024-02-16"


@pytest.mark.parametrize(("text", "expected"), [
    ("The note was signed by the October 9 Liberation Movement.", []),
    ("Fighters of the 14 March Movement held the town.", []),
    ("A spokesman for the May 2 Youth Front spoke on Monday.", ["Monday"]),
    ("On October 9 Revolutionary Guards boarded the ship.", ["October 9"]),  # a day
    ("It was signed on the 14 March. Movement of troops began.", ["the 14 March"]),
])
def test_a_day_that_opens_a_body_s_name_is_no_date(text: str, expected: list[str]) -> None:
    assert [t.text for t in find_dates(text, SUN)] == expected


def test_the_day_after_an_event_just_told_counts_from_its_day() -> None:
    told = {d.text: d.value for d in find_dates(
        "Late on 12 February the two ministers signed the truce. The day after the signing, "
        "Peru let the first ten prisoners go.", SUN)}
    assert told["The day after"] == "2025-02-13"
    other = {d.text: d.value for d in find_dates(
        "On 12 February rebels crossed the river. The day after the raid, Peru shut its "
        "border.", SUN)}
    assert other["The day after"] is None  # an event the text did not just tell


@pytest.mark.parametrize(("tail", "day"), [
    ("The first forty men crossed that morning.", "2031-03-02TMO"),
    ("The last forty men crossed that morning.", "2031-03-09TMO"),
    ("Forty men crossed that morning.", "2031-03-09TMO"),
])
def test_that_day_after_a_stretch_is_its_start_for_the_first(tail: str, day: str) -> None:
    # session 37: "ran from 2 March to 9 March. The first ... that morning": the start
    text = "The handovers went on from 2 March to 9 March. " + tail
    found = {t.text: t.value for t in find_dates(text, date(2031, 4, 1))}
    assert found["that morning"] == day


def test_a_story_told_in_order_keeps_the_year_of_its_last_day() -> None:
    """A report written long after: a day without its year, weeks after the dated day told
    before it, is of that year, not the last such day before the report."""
    text = ("The two presidents initialled the fisheries pact on September 17, 2029. On "
            "October 15 the five sailors stepped off a ferry in Tallinn.")
    found = find_dates(text, date(2031, 7, 19))
    assert [t.value for t in found if t.text == "October 15"] == ["2029-10-15"]


def test_a_day_weeks_before_the_report_is_of_the_report_s_year() -> None:
    text = ("The two presidents initialled the fisheries pact on September 17, 2029. On "
            "October 15 the five sailors stepped off a ferry in Tallinn.")
    found = find_dates(text, date(2031, 10, 20))
    assert [t.value for t in found if t.text == "October 15"] == ["2031-10-15"]


def test_a_day_after_one_a_stretch_starts_is_not_of_its_year() -> None:
    text = ("The five sailors had been kept on the island since September 17, 2029. On "
            "October 15 they stepped off a ferry in Tallinn.")
    found = find_dates(text, date(2031, 7, 19))
    assert [t.value for t in found if t.text == "October 15"] == ["2030-10-15"]


@pytest.mark.parametrize(("text", "told", "value"), [
    ("Two years ago today the two ministers initialled the pact.", "Two years ago today",
     "2029-07-02"),
    ("Ten years ago yesterday the ferry was stopped.", "Ten years ago yesterday", "2021-07-01"),
    ("Six months ago today the talks broke down.", "Six months ago today", "2031-01-02"),
])
def test_years_ago_today_is_that_day_years_back(text: str, told: str, value: str) -> None:
    found = find_dates(text, date(2031, 7, 2))
    assert [(t.text, t.value) for t in found] == [(told, value)]


def test_a_deal_reached_at_a_place_on_a_weekday_was_made_before_the_report() -> None:
    found = find_dates("Under the pact sealed in Narva on Monday, Latvia will free 40 "
                       "prisoners.", date(2031, 9, 20))
    assert [(t.text, t.value) for t in found] == [("Monday", "2031-09-15")]


@pytest.mark.parametrize(("text", "told", "value"), [
    ("Latvia freed them the day before yesterday.", "the day before yesterday", "2031-09-18"),
    ("They will be freed the day after tomorrow.", "the day after tomorrow", "2031-09-22"),
    ("Latvia freed them on the 15th.", "the 15th", "2031-09-15"),
    ("Latvia freed them on the 25th.", "the 25th", "2031-08-25"),
    ("On the 25th they will meet.", "the 25th", "2031-09-25"),
])
def test_days_told_from_the_report_s_day_and_month(text: str, told: str, value: str) -> None:
    found = find_dates(text, date(2031, 9, 20))
    assert [(t.text, t.value) for t in found] == [(told, value)]


def test_an_ordinal_day_is_of_the_month_told_before() -> None:
    found = find_dates("The envoys met on August 2. On the 9th they initialled the pact.",
                       date(2031, 9, 20))
    assert [t.value for t in found] == ["2031-08-02", "2031-08-09"]


def test_an_ordinal_before_a_noun_is_no_day() -> None:
    assert not find_dates("The ministers met on the 3rd floor of the ministry.",
                          date(2031, 9, 20))


def test_the_following_day_counts_from_a_day_just_reckoned() -> None:
    text = ("On 14 April he met the president. Six days later, he published an open proposal.\n\n"
            "Valga at first scorned the offer. The following day, the prosecutor called it "
            "cynical.")
    found = {t.text: t.value for t in find_dates(text, date(2031, 7, 20))}
    assert found["Six days later"] == "2031-04-20"
    assert found["The following day"] == "2031-04-21"


def test_a_day_a_span_is_counted_from_is_not_the_day_the_story_goes_on_from() -> None:
    # "On Monday 13 May, 737 days after the attack of 7 May 2029, ...": "the same day" after
    # it is the Monday, not the attack's day
    text = ("On Monday 13 May, 737 days after the attack of 7 May 2029, all 20 were released. "
            "Iceland freed 96 prisoners the same day.")
    found = {t.text: t.value for t in find_dates(text, date(2031, 5, 14))}
    assert found["the same day"] == "2031-05-13"


def test_a_month_of_that_year_is_of_the_year_told_before() -> None:
    text = ("In early December 2029, police detained an Iraqi woman. She had been free only "
            "since March of that year.\n\nOn May 3 of the same year, the court freed ten more.")
    found = {t.text: t.value for t in find_dates(text, date(2031, 1, 14))}
    assert found["March"] == "2029-03"
    assert found["May 3"] == "2029-05-03"


def test_a_month_just_after_the_day_the_story_goes_on_from_is_of_its_year() -> None:
    # session 46: the month version of the story told in order; a month read from a
    # detention's first day is still the report's
    text = ("In the small hours of June 25, 2029, raiders overran a customs post near Valga. "
            "Before June was out, the raiders named their price.")
    found = find_dates(text, date(2031, 12, 20))
    assert [t.value for t in found if t.text == "June"] == ["2029-06"]
    held = find_dates("Tom Dahl was arrested on February 24, 2029. In March he was freed.",
                      date(2031, 9, 10))
    assert [t.value for t in held if t.text == "March"] == ["2031-03"]
    recent = find_dates("The pact was initialled on September 17, 2031. In October the five "
                        "sailors came home.", date(2031, 12, 1))
    assert [t.value for t in recent if t.text == "October"] == ["2031-10"]


def test_a_month_before_a_number_that_is_no_day_is_the_month() -> None:
    # "last May 40 were freed": 40 can be no day of May, nor a year; it counts the freed
    found = [(t.text, t.value) for t in find_dates("Last May 40 were freed in return for "
                                                    "six fighters.", date(2031, 3, 10))]
    assert found == [("Last May", "2030-05")]
    # a day after the month is still the day
    found = [(t.text, t.value) for t in find_dates("They met on May 5 in the capital.",
                                                    date(2031, 6, 10))]
    assert found == [("May 5", "2031-05-05")]


def test_the_weekend_before_another_event_is_not_this_week_s() -> None:
    (found,) = find_dates("On the weekend before the March vote the two ministers met.",
                          date(2031, 9, 26))
    assert found.value is None and found.resolution == Resolution.UNRESOLVED
    assert [t.value for t in find_dates("They met over the weekend.", date(2031, 9, 26))] == [
        "2031-W38-WE"]
