"""A story told by outlets that each tell part of it: what one sentence says of another
event, and who is still held (real spaCy, invented texts; session 22's rules)."""

from __future__ import annotations

from dataclasses import replace

from claims import country, day, mention, person
from spacy.language import Language
from texts import article, of, told_in

from dealwatch.dates import find_dates
from dealwatch.document import read_article
from dealwatch.model import Article, EventType, Extraction
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve


def test_a_meeting_that_only_times_another_act_has_no_one_of_that_act(nlp: Language) -> None:
    # "Chile deported her a few days after the summit": Chile and the woman did not meet
    events = article(nlp, "Chile deported Ann Berg a few days after the summit.").events
    assert all(not m.participants and m.by is None for m in of(events, EventType.MEETING))
    # a meeting of its own, with whom it was held, is still read whole
    held = article(nlp, "Chile freed Ann Berg after the meeting with Peru in Lima.").events
    assert any("Peru" in m.participants for m in of(held, EventType.MEETING))


def test_someone_moved_to_house_arrest_is_not_among_the_freed(nlp: Language) -> None:
    text = ("Chile deported Ann Berg on Monday. But instead of being freed, Tom Dahl was moved "
            "from his cell to house arrest.")
    assert set(told_in(nlp, text, EventType.RELEASE, "deported").persons) == {"Ann Berg"}
    flown = "Chile deported Ann Berg on Monday. Tom Dahl was flown to Lima."
    assert set(told_in(nlp, flown, EventType.RELEASE, "deported").persons) == {
        "Ann Berg", "Tom Dahl"}


# -- a swap told from the side that takes its people back ------------------------------------

def test_a_side_that_brings_its_people_home_did_not_free_them(nlp: Language) -> None:
    text = "Peru brought home 248 of its servicemen on Wednesday in an exchange with Chile."
    release = told_in(nlp, text, EventType.RELEASE, "brought home")
    assert (release.by, release.count) == ("Chile", 248)


# -- a number of both sides, or of earlier swaps, is no round --------------------------------

_SUMS = [
    "Together, the two sides freed 478 people.",
    "A month after Chile and Peru swapped two prisoners at the airport, the talks stalled.",
    "Both countries released 150 prisoners on Monday.",
    "Before Wednesday, he said, 2,598 Chileans had been brought home through 48 previous swaps.",
]


def test_a_sum_of_both_sides_or_of_earlier_swaps_is_no_release(nlp: Language) -> None:
    for text in _SUMS:
        assert not [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.count], text
    # each side's own number is a release of each
    each = of(article(nlp, "Chile and Peru each released 40 prisoners.").events,
              EventType.RELEASE)
    assert sorted((m.by, m.count) for m in each) == [("Chile", 40), ("Peru", 40)]


def test_the_same_day_as_a_weekday_no_one_can_date_is_not_an_older_date(
        nlp: Language) -> None:
    # an article with no date: "On Friday ... On the same day" is that unknown Friday, not
    # the arrest day told a paragraph before
    text = ("The engineer was stopped by border police on 2 February 2029 as he came off a "
            "flight.\n\nOn Friday, Chile handed Tom Dahl over to the Peruvian embassy. On the "
            "same day Peru freed Ann Berg, a researcher held since June of last year.")
    undated = replace(Article(id="u", path="u.txt", text=text), published=None)
    events = read_article(undated, nlp(text), find_dates(text, None)).events
    freed = [m for m in of(events, EventType.RELEASE) if "Ann Berg" in m.persons]
    assert freed and all(m.date is None or m.date.value != "2029-02-02" for m in freed)


# -- two sides' releases told in one sentence ------------------------------------------------

def test_each_clause_of_two_releases_keeps_its_side_and_its_one_person(nlp: Language) -> None:
    for text in ("On 20 March, as the city celebrated, France released Tom Dahl and Iran "
                 "released Ann Berg.",
                 "France released Tom Dahl and Iran released Ann Berg."):
        releases = of(article(nlp, text).events, EventType.RELEASE)
        assert sorted((m.by, m.persons, m.count) for m in releases) == [
            ("France", ("Tom Dahl",), 1), ("Iran", ("Ann Berg",), 1)], text


# -- how many a release frees -----------------------------------------------------------------

_COUNTS = [
    ("Israel released Tom Dahl and four fighters on Wednesday.", 5),
    ("Peru gave a state welcome on Wednesday to Tom Dahl and four fighters freed by Chile.", 5),
    ("Chile freed two Peruvians and a Bolivian on Monday.", 3),
    ("Chile freed 52 prisoners, including Ann Berg, on Monday.", 52),
]
# (the remains of the dead returned free no one: test_counting_the_freed.py)


def test_how_many_a_release_frees(nlp: Language) -> None:
    for text, count in _COUNTS:
        (release,) = of(article(nlp, text).events, EventType.RELEASE)
        assert release.count == count, text


def test_a_release_reported_as_done_is_of_the_reports_day(nlp: Language) -> None:
    # (after a paragraph that looks ahead to Saturday, the frame is no help)
    text = ("Ann Berg, held in Peru for nine months, has been released, the ministry said on "
            "Friday evening.\n\nThe statement said nothing of what Chile gave, and officials "
            "contacted on Friday night declined to discuss it. Ann Berg was expected to land in "
            "Chile on Saturday.\n\nPeru was less discreet. Earlier on Friday, the first day of "
            "the new year, the agency reported that Tom Dahl, an engineer held in Chilean "
            "prisons for more than a year, had been freed by Chile.")
    release = told_in(nlp, text, EventType.RELEASE, "had been freed")
    assert release.date is not None and release.date.value == "2031-05-09"  # that Friday
    # a day of its own still dates it; a release still to come has none
    own = told_in(nlp, "Chile said on Friday that Tom Dahl had been freed in May.",
                  EventType.RELEASE, "had been freed")
    assert own.date is not None and own.date.value == "2031-05"


_FROZEN = [
    ("Chile froze the assets of two Peruvian ministers on Monday.", EventType.SANCTIONS_IMPOSED),
    ("The president replied on Saturday by ordering a freeze on any assets in Chile of the "
     "two Peruvian ministers.", EventType.SANCTIONS_IMPOSED),
    ("Within hours Peru lifted the asset freeze on the two ministers.",
     EventType.SANCTIONS_RELIEF),
]


def test_an_asset_freeze_is_a_sanction(nlp: Language) -> None:
    for text, kind in _FROZEN:
        assert of(article(nlp, text).events, kind), text
    assert not article(nlp, "The cold weather will freeze the river on Monday.").events


def test_a_crew_pardoned_is_freed(nlp: Language) -> None:
    text = ("On April 4 the president used a news conference to announce that the crew had "
            "been pardoned as a gift to the people of Chile.")
    assert of(article(nlp, text).events, EventType.RELEASE), text


def test_a_semicolon_parts_the_people_of_two_handovers(nlp: Language) -> None:
    text = ("Tom Dahl, a Navy veteran and civil engineer, was handed to American officials at the "
            "airport and flown to Doha; Ann Berg, who had spent 17 years in US custody, was "
            "handed to the rebels at the same airport.")
    releases = of(article(nlp, text).events, EventType.RELEASE)
    assert sorted(m.persons for m in releases) == [("Ann Berg",), ("Tom Dahl",)]


def test_people_who_land_home_freed_no_one(nlp: Language) -> None:
    text = ("Two Chileans held in Peru, the diplomat Ann Berg and Tom Dahl, landed at Santiago "
            "airport at 21.20 on Saturday and were reunited with their families.")
    release = told_in(nlp, text, EventType.RELEASE, "landed")
    assert release.by == "Peru" and set(release.persons) == {"Ann Berg", "Tom Dahl"}


def test_a_list_of_names_headed_by_the_held_group_is_of_the_freed(nlp: Language) -> None:
    text = ("Chile pardoned the three sailors on Wednesday, the ministry said.\n\nTHE CREW\n"
            "Ann Berg, 25, Lima\nTom Dahl, 24, Cusco\nLea Holm\n")
    release = told_in(nlp, text, EventType.RELEASE, "pardoned")
    assert set(release.persons) == {"Ann Berg", "Tom Dahl", "Lea Holm"}


def test_a_meeting_of_two_states_told_from_either_side_is_one() -> None:
    # "Chile's envoy Ann Berg met Peruvian officials on Thursday"; "Peru received Ann Berg"
    def told(doc: str, by: str, other: str) -> Extraction:
        return Extraction(doc, (mention(doc, EventType.MEETING, by=by,
                                        participants=(by, other, "Ann Berg"),
                                        date=day("2031-03-20")),),
                          (country(doc, by), country(doc, other, 950), person(doc, "Ann Berg")),
                          ())
    a, b = told("a", "Chile", "Peru"), told("b", "Peru", "Chile")
    assert len(merge_events([a, b], resolve([a, b]))) == 1
    # a meeting of one of them with a third state that day is another meeting
    c = told("c", "Peru", "Bolivia")
    assert len(merge_events([a, c], resolve([a, c]))) == 2
