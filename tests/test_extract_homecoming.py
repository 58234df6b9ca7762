"""The held coming home is their release, and the release told in a plain after-clause of it
is the swap's other half, of the same day (real spaCy, invented texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import of, sentence_events

from dealwatch.model import EventType

LEAD = ("OSLO — Two Danish citizens held in Peru landed in Oslo on Saturday evening after "
        "Norway freed a former Peruvian prison official.")


def test_people_said_held_who_land_somewhere_were_released(nlp: Language) -> None:
    released = of(sentence_events(nlp, LEAD), EventType.RELEASE)
    (landed,) = [m for m in released if m.cue == "landed"]
    assert landed.count == 2 and landed.date is not None
    assert landed.date.calendar == "2031-05-10"


def test_people_not_said_held_who_land_were_not_released(nlp: Language) -> None:
    for text in ("The delegates held in high regard arrived in Oslo on Monday.",
                 "Two Danish ministers landed in Oslo on Saturday evening."):
        assert not of(sentence_events(nlp, text), EventType.RELEASE)


def test_the_release_in_an_after_clause_of_a_homecoming_is_of_its_day(nlp: Language) -> None:
    released = of(sentence_events(nlp, LEAD), EventType.RELEASE)
    (freed,) = [m for m in released if m.cue == "freed"]
    assert freed.by == "Norway" and freed.date is not None
    assert freed.date.calendar == "2031-05-10"


def test_a_release_days_after_another_is_not_dated_by_it(nlp: Language) -> None:
    text = "Norway freed Ivan Dorn on Tuesday, days after Peru released Karl Moen."
    (moen,) = [m for m in of(sentence_events(nlp, text), EventType.RELEASE)
               if "Karl Moen" in m.persons]
    assert moen.date is None


def test_a_release_hours_after_the_main_clauses_day_is_of_that_day(nlp: Language) -> None:
    for text in ("The Treasury on Thursday removed the airline from its sanctions list, hours "
                 "after 52 prisoners were freed, officials said.",
                 "Norway freed Ivan Dorn on Thursday, shortly after Peru released Karl Moen."):
        released = of(sentence_events(nlp, text), EventType.RELEASE)
        other = [m for m in released if m.count == 52 or "Karl Moen" in m.persons]
        assert other and all(m.date is not None and m.date.calendar == "2031-05-08"
                             for m in other)


def test_a_person_described_as_held_who_touched_down_was_released(nlp: Language) -> None:
    for text in ("Ann Berg, who had been jailed in Chile since 2021, touched down at the air "
                 "base late on Tuesday.",
                 "Ann Berg, the teacher from the Lima area who had been locked up in Chile "
                 "since 2021, touched down at the air base late on Tuesday."):
        (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
        assert release.persons == ("Ann Berg",) and release.date is not None
    assert not of(sentence_events(nlp, "The plane touched down in Lima on Tuesday."),
                  EventType.RELEASE)


def test_a_homecoming_after_a_stretch_in_prison_is_a_release(nlp: Language) -> None:
    # session 26: the time held ends with the homecoming, and says who held them
    for text in ("Three Danes came home on Monday after two years in Peruvian prisons.",
                 "Three Danes returned home on Monday after 14 months of captivity.",
                 "Three Danes came home on Monday, two years after they were jailed in Peru."):
        (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
        assert release.count == 3 and release.date is not None
        assert release.date.calendar == "2031-05-05"
    for text in ("The minister came home on Monday after two weeks in hospital.",
                 "Three Danes came home on Monday after two years in Lima."):
        assert not of(sentence_events(nlp, text), EventType.RELEASE)


def test_the_state_whose_prisons_held_them_freed_them(nlp: Language) -> None:
    from texts import article

    for text in ("Three Danes came home on Monday after two years in Peruvian prisons.",
                 "Ann Berg spent a year in a Peruvian jail. Talks went on. Chile met Peru."):
        held = [m for m in article(nlp, text).events if m.type == EventType.RELEASE]
        assert [m.by for m in held] == (["Peru"] if "came home" in text else [])


def test_a_number_come_home_beside_others_handed_over_in_return(nlp: Language) -> None:
    # session 26: the other half of a swap told as a homecoming
    text = ("The ministry said 185 Danish soldiers had come home and that 185 Peruvian "
            "prisoners had been handed over in return.")
    assert 185 in {m.count for m in of(sentence_events(nlp, text), EventType.RELEASE)
                   if m.cue == "come"}
    summed = "Five Danes came home on Monday - four in the swap itself and one separately."
    assert not [m for m in of(sentence_events(nlp, summed), EventType.RELEASE)
                if m.cue == "came"]


def test_people_held_who_crossed_into_a_country_were_released(nlp: Language) -> None:
    # session 26: "crossed into X" is a homecoming, the parse taking "held" for the main verb
    # or not
    text = "Fourteen Danes held in Bolivia for seven weeks crossed into Peru on Saturday."
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.count == 14 and release.cue == "crossed"
    assert not of(sentence_events(nlp, "The convoy crossed into Peru on Saturday."),
                  EventType.RELEASE)


def test_people_told_freed_from_a_prison_arrive_after_their_release(nlp: Language) -> None:
    # the participle tells the release; Sunday is the day they arrived, not its day
    text = ("The two fishermen released from a Chilean prison in exchange for a Peruvian "
            "pilot arrived in Lima late on Sunday.")
    released = of(sentence_events(nlp, text), EventType.RELEASE)
    assert released and all(m.date is None for m in released)
