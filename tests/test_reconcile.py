"""Merging one event across articles, keeping different rounds apart, and conflicts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from claims import country, day, mention, person
from spacy.language import Language

from dealwatch.dates import find_dates
from dealwatch.document import read_article
from dealwatch.model import (
    Article,
    EntityType,
    Event,
    EventMention,
    EventType,
    Evidence,
    Extraction,
    NameMention,
    Precision,
    Resolution,
    TimeExpr,
)
from dealwatch.reconcile import all_conflicts, merge_events
from dealwatch.resolve import resolve


def merged(*exs: Extraction):  # type: ignore[no-untyped-def]
    res = resolve(exs)
    return merge_events(exs, res), res


def test_one_release_reported_by_two_outlets_is_one_event_with_a_count_conflict() -> None:
    a = Extraction("a", (mention("a", EventType.RELEASE, count=17, by="Varnia",
                                 date=day("2024-03-13")),), (country("a", "Varnia"),), ())
    b = Extraction("b", (mention("b", EventType.RELEASE, count=18, by="Varnia",
                                 date=day("2024-03-13", "March 13")),),
                   (country("b", "Varnia"),), ())
    events, _ = merged(a, b)
    (ev,) = events
    assert ev.date == "2024-03-13"
    assert {s.document for s in ev.sources} == {"a", "b"}
    (conflict,) = [c for c in ev.conflicts if c.field == "count"]
    assert {(v.value, v.documents) for v in conflict.values} == {("17", ("a",)), ("18", ("b",))}


def test_two_rounds_are_never_merged() -> None:
    a = Extraction("a", (mention("a", EventType.RELEASE, count=52, by="Belarus"),), (), ())
    b = Extraction("b", (mention("b", EventType.RELEASE, count=123, by="Belarus"),), (), ())
    c = Extraction("c", (mention("c", EventType.RELEASE, count=52, by="Belarus",
                                 date=day("2025-09-11")),
                         mention("c", EventType.RELEASE, 200, count=123, by="Belarus",
                                 date=day("2025-12-13"))), (), ())
    events, _ = merged(a, b, c)
    counts = sorted(e.count or 0 for e in events)
    assert counts == [52, 123]
    assert all(len({s.document for s in e.sources}) == 2 for e in events)


def test_different_days_and_different_sides_stay_apart() -> None:
    a = Extraction("a", (mention("a", EventType.RELEASE, count=24, by="Hamas",
                                 date=day("2023-11-24")),
                         mention("a", EventType.RELEASE, 300, count=39, by="Israel",
                                 date=day("2023-11-24"))), (), ())
    b = Extraction("b", (mention("b", EventType.RELEASE, count=13, by="Hamas",
                                 date=day("2023-11-25")),), (), ())
    events, _ = merged(a, b)
    assert len(events) == 3


def test_spelling_conflict_on_a_shared_person() -> None:
    a = Extraction("a", (mention("a", EventType.RELEASE, persons=("Alena Maushuk",)),),
                   (person("a", "Alena Maushuk"),), ())
    b = Extraction("b", (mention("b", EventType.RELEASE, persons=("Alena Movshuk",)),),
                   (person("b", "Alena Movshuk"),), ())
    events, res = merged(a, b)
    (ev,) = events
    names = [c for c in all_conflicts(events, res.entities) if c.field == "name"]
    assert any({v.value for v in c.values} == {"Alena Maushuk", "Alena Movshuk"} for c in names)


def test_a_bare_mention_joins_the_specific_one_in_its_article() -> None:
    a = Extraction("a", (mention("a", EventType.RELEASE, 0),
                         mention("a", EventType.RELEASE, 100, count=52, by="Belarus")), (), ())
    events, _ = merged(a)
    (ev,) = events
    assert ev.count == 52 and len(ev.sources) == 2


def test_an_article_never_reports_what_happened_after_it_appeared() -> None:
    early = Extraction("early", (mention("early", EventType.RELEASE, count=39, by="Israel"),),
                       (), ())
    late = Extraction("late", (mention("late", EventType.RELEASE, count=39, by="Israel",
                                       date=day("2023-11-26")),), (), ())
    res = resolve([early, late])
    apart = merge_events([early, late], res, {"early": date(2023, 11, 24)})
    assert len(apart) == 2
    together = merge_events([early, late], res, {"early": date(2023, 11, 27)})
    assert len(together) == 1


def _pair(a_kw: dict[str, object], b_kw: dict[str, object], etype: EventType = EventType.RELEASE):  # type: ignore[no-untyped-def]
    """One release told by two outlets who both name the freed person."""
    a = Extraction("a", (mention("a", etype, persons=("Marc Fogel",), **a_kw),),
                   (person("a", "Marc Fogel"),), ())
    b = Extraction("b", (mention("b", etype, persons=("Marc Fogel",), **b_kw),),
                   (person("b", "Marc Fogel"),), ())
    events, _ = merged(a, b)
    (ev,) = events
    return ev


def test_a_month_and_a_day_of_it_are_no_date_conflict() -> None:
    month = TimeExpr(0, 8, "February", "2025-02", Precision.MONTH,
                     Resolution.RELATIVE_TO_PUBLISHED)
    ev = _pair({"date": month}, {"date": day("2025-02-12")})
    assert ev.date == "2025-02-12"
    assert not [c for c in ev.conflicts if c.field == "date"]


def test_two_days_for_one_event_are_a_date_conflict_with_a_sentence() -> None:
    ev = _pair({"date": day("2022-03-30")}, {"date": day("2022-03-31", "March 31")})
    (c,) = [c for c in ev.conflicts if c.field == "date"]
    assert {(v.value, v.documents) for v in c.values} == {
        ("2022-03-30", ("a",)), ("2022-03-31", ("b",))}
    assert c.subject == ev.id and c.about == "date of the release of Marc Fogel"


def test_a_city_and_its_country_are_no_place_conflict() -> None:
    ev = _pair({"location": "Abu Dhabi"}, {"location": "United Arab Emirates"})
    assert not [c for c in ev.conflicts if c.field == "location"]


def test_two_cities_for_one_arrival_are_a_place_conflict() -> None:
    ev = _pair({"location": "Sochi"}, {"location": "Moscow"})
    (c,) = [c for c in ev.conflicts if c.field == "location"]
    assert {v.value for v in c.values} == {"Sochi", "Moscow"}  # the city, not its country
    assert c.about == "place of the release of Marc Fogel"


def test_same_count_is_no_conflict_and_the_majority_wins() -> None:
    a = Extraction("a", (mention("a", EventType.RELEASE, count=13, by="Varnia",
                                 date=day("2024-03-13")),), (), ())
    b = Extraction("b", (mention("b", EventType.RELEASE, count=13, by="Varnia",
                                 date=day("2024-03-13")),), (), ())
    c = Extraction("c", (mention("c", EventType.RELEASE, count=14, by="Varnia",
                                 date=day("2024-03-13")),), (), ())
    events, _ = merged(a, b)
    assert not events[0].conflicts
    events, _ = merged(a, b, c)
    (ev,) = events
    assert ev.count == 13
    (conflict,) = ev.conflicts
    assert {(v.value, v.documents) for v in conflict.values} == {
        ("13", ("a", "b")), ("14", ("c",))}
    assert conflict.subject == ev.id and conflict.about == "count of the release on 2024-03-13"


def test_event_spelling_conflict_uses_the_entity_rule() -> None:
    # "Recep Erdogan" leaves a name out: no spelling disagreement; "Mark Vogel" is one
    a = Extraction("a", (mention("a", EventType.MEETING, participants=(
        "Recep Tayyip Erdogan", "Marc Fogel")),), (person("a", "Recep Tayyip Erdogan", 10),
                                                   person("a", "Marc Fogel", 40)), ())
    b = Extraction("b", (mention("b", EventType.MEETING, participants=(
        "Recep Erdogan", "Mark Vogel")),), (person("b", "Recep Erdogan", 10),
                                            person("b", "Mark Vogel", 40)), ())
    events, _ = merged(a, b)
    (ev,) = events
    (c,) = [c for c in ev.conflicts if c.field == "name"]
    assert {(v.value, v.documents) for v in c.values} == {
        ("Marc Fogel", ("a",)), ("Mark Vogel", ("b",))}
    assert c.subject == ev.id and "most documents, then the longest full form" in (c.about or "")


def test_a_meeting_of_no_one_named_is_not_an_event(nlp: Language) -> None:
    text = "The regional group met on Saturday afternoon and endorsed the bid."
    article = Article(id="d1", path="d1.txt", text=text, published=date(2031, 5, 10))
    ex = read_article(article, nlp(text), find_dates(text, article.published))
    assert [m.type for m in ex.events] == [EventType.MEETING]  # the sentence reads as one
    assert merge_events([ex], resolve([ex])) == []  # but no one named took part in it


def test_a_stated_number_wins_over_the_people_named() -> None:
    stated = mention("a", EventType.RELEASE, count=3)
    named = mention("a", EventType.RELEASE, 200, persons=("Ivan Petrov", "Olga Smirnova"),
                    count=2, count_named=True)
    ex = Extraction("a", (stated, named), (), ())
    (event,) = merge_events([ex], resolve([ex]))
    assert event.count == 3 and not event.conflicts
    (alone,) = merge_events([Extraction("b", (replace(named, document="b"),), (), ())],
                            resolve([]))
    assert alone.count == 2


def test_a_bare_mention_does_not_join_an_event_of_another_day() -> None:
    old = mention("a", EventType.RELEASE, 0, count=44,
                  date=TimeExpr(0, 13, "December 2020", "2020-12", Precision.MONTH,
                                Resolution.EXPLICIT))
    bare = mention("a", EventType.RELEASE, 300, by="Norway",
                   date=TimeExpr(0, 13, "last Thursday", "2031-05-08", Precision.DAY,
                                 Resolution.RELATIVE_TO_PUBLISHED))
    ex = Extraction("a", (old, bare), (), ())
    events = merge_events([ex], resolve([ex]))
    assert sorted(e.date or "" for e in events) == ["2020-12", "2031-05-08"]


def frame(value: str, text: str = "on Saturday") -> TimeExpr:
    """A day the article's time frame gave a mention: written far from its own sentence."""
    return TimeExpr(9000, 9000 + len(text), text, value, Precision.DAY,
                    Resolution.RELATIVE_TO_PUBLISHED)


def weekday(text: str) -> TimeExpr:
    """A weekday an undated article cannot resolve."""
    return TimeExpr(0, len(text), text, None, None, Resolution.UNRESOLVED)


def test_a_day_from_the_time_frame_ties_no_two_mentions_of_one_article() -> None:
    # "Ostria let the Brand pair go", "freeing the two men", then "all seven freed men were
    # well": the article's Saturday is every sentence's day, so it does not join the seven
    # (freed by the other side) to the pair
    pair = mention("a", EventType.RELEASE, 0, by="Ostria", persons=("Ivo Brand", "Ula Brand"),
                   date=frame("2030-10-05"))
    two = mention("a", EventType.RELEASE, 300, count=2, date=frame("2030-10-05"))
    seven = mention("a", EventType.RELEASE, 700, count=7, date=frame("2030-10-05"))
    names = (person("a", "Ivo Brand", 20), person("a", "Ula Brand", 40))
    ex = Extraction("a", (pair, two, seven), names, ())
    events = merge_events([ex], resolve([ex]))
    assert sorted((e.count, e.persons) for e in events) == [
        (2, ("Ivo Brand", "Ula Brand")), (7, ())]
    # a day of its own in one sentence still ties it to the other
    own = replace(seven, date=day("2030-10-05", "on Saturday"))
    (one,) = merge_events([replace(ex, events=(pair, own))], resolve([ex]))
    assert one.count == 7 and one.persons == ("Ivo Brand", "Ula Brand")


def test_releases_of_different_people_in_one_article_are_not_joined_untied() -> None:
    one = mention("a", EventType.RELEASE, 0, by="Ostria", persons=("Ivo Brand",),
                  date=frame("2030-10-05"))
    other = mention("a", EventType.RELEASE, 900, persons=("Vogt",), date=frame("2030-10-05"))
    ex = Extraction("a", (one, other), (person("a", "Ivo Brand", 10), person("a", "Vogt", 910)),
                    ())
    assert len(merge_events([ex], resolve([ex]))) == 2


def test_a_bare_mention_joins_the_nearest_event_its_day_and_side_allow() -> None:
    # the background exchange of years ago has the count; this year's release the frame's day
    past = mention("a", EventType.RELEASE, 2000, count=44, by="Varnia",
                   date=TimeExpr(2000, 2013, "December 2020", "2020-12", Precision.MONTH,
                                 Resolution.EXPLICIT))
    now = mention("a", EventType.RELEASE, 0, by="Varnia", date=day("2030-12-07", "Thursday"))
    bare = mention("a", EventType.RELEASE, 1900, by="Varnia", date=frame("2030-12-07"))
    ex = Extraction("a", (now, past, bare), (country("a", "Varnia"),), ())
    events = merge_events([ex], resolve([ex]))
    assert {(e.date, e.count, len(e.mentions)) for e in events} == {
        ("2020-12", 44, 1), ("2030-12-07", None, 2)}


def test_a_date_of_its_own_sentence_outranks_a_day_from_a_time_frame() -> None:
    month = TimeExpr(0, 8, "December", "2030-12", Precision.MONTH, Resolution.EXPLICIT)
    ev = _pair({"date": month}, {"date": frame("2030-12-20")})
    assert ev.date == "2030-12" and len({s.document for s in ev.sources}) == 2


def _weekday_pair(text: str, other: str, **kw: object) -> int:
    """How many events an undated report "on <text>" and a dated one on ``other`` make."""
    a = Extraction("a", (mention("a", EventType.RELEASE, count=2, by="Varnia",
                                 date=weekday(text), **kw),), (country("a", "Varnia"),), ())
    b = Extraction("b", (mention("b", EventType.RELEASE, count=2, by="Varnia",
                                 date=day(other), **kw),), (country("b", "Varnia"),), ())
    events, _ = merged(a, b)
    return len(events)


def test_an_unresolved_weekday_must_fall_on_the_other_reports_day() -> None:
    assert _weekday_pair("on Wednesday", "2030-12-04") == 1  # a Wednesday: one release
    assert _weekday_pair("Wednesday's handover", "2030-12-05") == 2  # a Thursday: the day
    # after needs a stronger tie than a count, as two days do
    assert _weekday_pair("on Monday", "2030-12-05", persons=("Ivo Brand",)) == 2  # never


def test_weekdays_of_one_article_are_steps_of_one_story() -> None:
    signed = mention("a", EventType.RELEASE, 0, date=weekday("on Thursday"), by="Norway")
    handed = replace(signed, id="a-0-handed", date=weekday("on Friday"))
    ex = Extraction("a", (signed, handed), (), ())
    assert len(merge_events([ex], resolve([ex]))) == 1


def test_one_person_freed_on_one_day_is_one_release_whatever_side_a_source_names() -> None:
    def told(doc: str, by: str, who: str, when: TimeExpr) -> Extraction:
        return Extraction(doc, (mention(doc, EventType.RELEASE, by=by, persons=(who,),
                                        date=when),),
                          (person(doc, who), country(doc, "Varnia"), country(doc, "Ostria")), ())
    a = told("a", "Ostria", "Ivo Brand", day("2030-04-27"))
    b = told("b", "Varnia", "Ivo Brand", day("2030-04-27", "April 27"))
    (ev,) = merged(a, b)[0]
    assert {s.document for s in ev.sources} == {"a", "b"}
    # the counterpart freed the same day by the other side stays apart, and so does the
    # same person on a day only the time frame gave
    other = told("c", "Varnia", "Una Vale", day("2030-04-27"))
    assert len(merged(a, other)[0]) == 2
    assert len(merged(a, told("d", "Varnia", "Ivo Brand", frame("2030-04-27")))[0]) == 2


def test_a_freed_person_whose_surname_was_once_read_as_a_place_is_still_the_person() -> None:
    # "thanked them for Brandt's release", where one mention of "Brandt" was tagged a town
    a = Extraction("a", (mention("a", EventType.RELEASE, persons=("Ivo Brandt",), by="Varnia",
                                 date=day("2030-02-11")),),
                   (person("a", "Ivo Brandt"), country("a", "Varnia")), ())
    names = (person("b", "Ivo Brandt", 10), person("b", "Brandt", 300),
             NameMention("b", "Brandt", EntityType.PLACE, 700, 706))
    b = Extraction("b", (mention("b", EventType.RELEASE, 690, persons=("Brandt",),
                                 date=frame("2030-02-12")),), names, ())
    events, res = merged(a, b)
    assert res.canonical("b", "Brandt") != "Ivo Brandt"  # the index reads the form as the town
    (ev,) = events
    assert ev.persons == ("Ivo Brandt",)


def test_a_release_that_says_nothing_of_its_own_is_no_event() -> None:
    empty = mention("a", EventType.RELEASE, 0)  # "organising the prisoner exchange"
    sided = mention("b", EventType.RELEASE, 0, by="Norway")
    exs = [Extraction("a", (empty,), (), ()), Extraction("b", (sided,), (), ())]
    (event,) = merge_events(exs, resolve(exs))
    assert event.by == "Norway"


def test_events_of_one_day_come_in_the_order_they_are_told() -> None:
    later = mention("a", EventType.RELEASE, 400, by="Sweden", count=1)
    first = mention("a", EventType.RELEASE, 10, by="Norway", count=1)
    ex = Extraction("a", (later, first), (), ())
    assert [e.by for e in merge_events([ex], resolve([ex]))] == ["Norway", "Sweden"]


def test_two_numbers_of_one_article_tied_only_by_its_time_frame_stay_two() -> None:
    # "seven freed on Saturday" (its own day) and, later, "freeing the two" (the frame's day)
    own = day("2024-03-16", "on Saturday")
    framed = replace(own, start=900, end=911)  # written in another sentence of the article
    a = Extraction("a", (
        mention("a", EventType.RELEASE, count=7, by="Varnia", date=own),
        mention("a", EventType.RELEASE, start=400, count=2, date=framed,
                persons=("Ivo Dorn", "Pavel Lask")),
    ), (country("a", "Varnia"), person("a", "Ivo Dorn"), person("a", "Pavel Lask", 600)), ())
    events, _ = merged(a)
    assert sorted(e.count for e in events if e.type == EventType.RELEASE) == [2, 7]


def test_a_weekday_of_an_undated_article_on_anothers_day_ties_a_meeting() -> None:
    thursday = TimeExpr(0, 11, "on Thursday", None, None, Resolution.UNRESOLVED)
    a = Extraction("a", (mention("a", EventType.MEETING, participants=("Ivo Dorn", "Varnia"),
                                 date=thursday),), (person("a", "Ivo Dorn"),), ())
    b = Extraction("b", (mention("b", EventType.MEETING, participants=("Ivo Dorn",),
                                 date=day("2024-03-14", "on March 14")),),
                   (person("b", "Ivo Dorn"),), ())
    events, _ = merged(a, b)
    assert len([e for e in events if e.type == EventType.MEETING]) == 1


def test_one_sides_demand_of_one_month_told_by_two_outlets_is_one() -> None:
    may = TimeExpr(0, 6, "in May", "2024-05", Precision.MONTH, Resolution.RELATIVE_TO_PUBLISHED)
    a = Extraction("a", (mention("a", EventType.DEMAND, by="Varnia", date=may,
                                 persons=("Ivo Dorn",)),),
                   (country("a", "Varnia"), person("a", "Ivo Dorn")), ())
    b = Extraction("b", (mention("b", EventType.DEMAND, by="Varnia", date=may),),
                   (country("b", "Varnia"),), ())
    events, _ = merged(a, b)
    assert len([e for e in events if e.type == EventType.DEMAND]) == 1


def test_an_undated_promise_is_not_tied_to_another_articles_dated_one_by_its_people() -> None:
    march = day("2024-03-13")
    a = Extraction("a", (mention("a", EventType.PROMISE, by="Ivo Dorn", date=march,
                                 persons=("Pavel Lask",)),), (person("a", "Pavel Lask"),), ())
    b = Extraction("b", (mention("b", EventType.PROMISE, by="Ivo Dorn",
                                 persons=("Pavel Lask",)),), (person("b", "Pavel Lask"),), ())
    events, _ = merged(a, b)
    assert len([e for e in events if e.type == EventType.PROMISE]) == 2


def test_a_fifth_person_freed_apart_from_a_named_group_of_four_is_another_release() -> None:
    own = day("2024-03-16", "on Saturday")
    framed = replace(own, start=900, end=911)  # the frame's day, from another sentence
    a = Extraction("a", (
        mention("a", EventType.RELEASE, count=4, by="Varnia", date=own,
                persons=("Ivo Dorn", "Pavel Lask")),
        replace(mention("a", EventType.RELEASE, start=400, count=1, count_named=True,
                        by="Varnia", date=framed, persons=("Olga Mirova",)),
                evidence=Evidence("a", 400, 440, "A fifth Varnian, Olga Mirova, was freed.")),
    ), (country("a", "Varnia"), person("a", "Ivo Dorn"), person("a", "Pavel Lask", 600),
        person("a", "Olga Mirova", 700)), ())
    events, _ = merged(a)
    assert len([e for e in events if e.type == EventType.RELEASE]) == 2


def test_two_counted_releases_of_one_article_naming_different_people_are_two() -> None:
    # "Varnia freed four Ostrians on Saturday, among them A and B ... One more Ostrian, C,
    # was let go that Saturday too": one side, one day, but numbers and names both apart
    own = day("2024-03-16", "on Saturday")
    a = Extraction("a", (
        mention("a", EventType.RELEASE, count=4, by="Varnia", date=own,
                persons=("Ivo Dorn", "Pavel Lask")),
        mention("a", EventType.RELEASE, start=400, count=1, by="Varnia",
                date=replace(own, start=402, end=413), persons=("Olga Mirova",)),
    ), (country("a", "Varnia"), person("a", "Ivo Dorn"), person("a", "Pavel Lask", 600),
        person("a", "Olga Mirova", 700)), ())
    events, _ = merged(a)
    assert sorted(e.count or 0 for e in events if e.type == EventType.RELEASE) == [1, 4]


def test_people_also_freed_within_a_counted_groups_number_are_of_that_group() -> None:
    # "Varnia freed ten ... Among them was A. Also freed were B and C": the ten's
    own = day("2024-03-16", "on Saturday")
    framed = replace(own, start=900, end=911)
    a = Extraction("a", (
        mention("a", EventType.RELEASE, count=10, by="Varnia", date=own,
                persons=("Ivo Dorn",)),
        mention("a", EventType.RELEASE, start=400, count=2, count_named=True, by="Varnia",
                date=framed, persons=("Olga Mirova", "Pavel Lask")),
    ), (country("a", "Varnia"), person("a", "Ivo Dorn"), person("a", "Pavel Lask", 600),
        person("a", "Olga Mirova", 700)), ())
    events, _ = merged(a)
    (release,) = [e for e in events if e.type == EventType.RELEASE]
    assert release.count == 10 and len(release.persons) == 3


def test_a_bare_release_never_joins_another_sides_release() -> None:
    pardon = mention("a", EventType.RELEASE, 0, by="Ostria", count=7, date=day("2030-12-07"))
    bare = mention("a", EventType.RELEASE, 900, by="Varnia")
    ex = Extraction("a", (pardon, bare), (country("a", "Varnia"), country("a", "Ostria")), ())
    events = merge_events([ex], resolve([ex]))
    assert sorted(len(e.mentions) for e in events) == [1, 1]


def test_a_release_told_with_its_side_alone_is_that_sides_one_release() -> None:
    told = mention("a", EventType.RELEASE, 0, by="Varnia", count=1, persons=("Ivo Marek",),
                   date=day("2030-12-07"))
    other = mention("a", EventType.RELEASE, 100, by="Ostria", count=1, persons=("Ana Lopes",),
                    date=day("2030-12-07"))
    bare = mention("b", EventType.RELEASE, 0, by="Varnia")
    a = Extraction("a", (told, other), (country("a", "Varnia"), country("a", "Ostria"),
                                        person("a", "Ivo Marek"), person("a", "Ana Lopes", 600)),
                   ())
    b = Extraction("b", (bare,), (country("b", "Varnia"),), ())
    events = merge_events([a, b], resolve([a, b]))
    assert len(events) == 2
    (varnia,) = [e for e in events if e.by == "Varnia"]
    assert {s.document for s in varnia.sources} == {"a", "b"}
    # with two releases of that side it could be either: it stays apart
    again = mention("c", EventType.RELEASE, 0, by="Varnia", count=3, date=day("2031-01-09"))
    c = Extraction("c", (again,), (country("c", "Varnia"),), ())
    assert len(merge_events([a, b, c], resolve([a, b, c]))) == 4


def test_a_release_told_with_its_side_and_a_year_is_that_sides_one_release() -> None:
    # "Last year Varnia let the officials go": no one named, no number, no day
    told = mention("a", EventType.RELEASE, 0, by="Varnia", count=5, persons=("Ivo Marek",),
                   date=day("2030-12-07"))
    recap = mention("b", EventType.RELEASE, 0, by="Varnia",
                    date=TimeExpr(0, 4, "2030", "2030", Precision.YEAR,
                                  Resolution.EXPLICIT))
    a = Extraction("a", (told,), (country("a", "Varnia"), person("a", "Ivo Marek")), ())
    b = Extraction("b", (recap,), (country("b", "Varnia"),), ())
    (event,) = merge_events([a, b], resolve([a, b]))
    assert {s.document for s in event.sources} == {"a", "b"}
    # nor with a number of its own, which the release it joins must not contradict
    counted = Extraction("b", (replace(recap, count=5),), (country("b", "Varnia"),), ())
    assert len(merge_events([a, counted], resolve([a, counted]))) == 1
    other = Extraction("b", (replace(recap, count=9),), (country("b", "Varnia"),), ())
    assert len(merge_events([a, other], resolve([a, other]))) == 2
    # a year of another year is another release
    before = replace(recap, date=TimeExpr(0, 4, "2029", "2029", Precision.YEAR,
                                          Resolution.EXPLICIT))
    d = Extraction("b", (before,), (country("b", "Varnia"),), ())
    assert len(merge_events([a, d], resolve([a, d]))) == 2


def test_no_release_is_by_one_of_the_people_its_deal_frees() -> None:
    # "Park let them go", the lone family name read as a freed Park
    told = mention("a", EventType.RELEASE, 0, by="Varnia", count=2,
                   persons=("Ivo Marek", "Lena Marek"), date=day("2030-12-07"))
    again = mention("b", EventType.RELEASE, 0, by="Ivo Marek")
    a = Extraction("a", (told,), (country("a", "Varnia"), person("a", "Ivo Marek"),
                                  person("a", "Lena Marek", 300)), ())
    b = Extraction("b", (again,), (person("b", "Ivo Marek"),), ())
    events = merge_events([a, b], resolve([a, b]))
    assert "Ivo Marek" not in {e.by for e in events}
    assert "Varnia" in {e.by for e in events}


def test_no_one_in_a_states_office_is_among_the_freed() -> None:
    # a reading that put the president who announced it among the freed; a former minister
    # may well be freed
    freed = mention("a", EventType.RELEASE, 0, by="Varnia", count=3, date=day("2030-12-07"),
                    persons=("Ivo Marek", "Lena Vos", "Karl Dane"))
    names = (country("a", "Varnia"), person("a", "Ivo Marek", 300),
             replace(person("a", "Lena Vos", 400), roles=("Varnian President",)),
             replace(person("a", "Karl Dane", 500), roles=("former Varnian minister",)))
    ex = Extraction("a", (freed,), names, ())
    (event,) = merge_events([ex], resolve([ex]))
    assert set(event.persons) == {"Ivo Marek", "Karl Dane"}


def test_a_minister_freed_who_acts_nowhere_in_the_deal_is_among_the_freed() -> None:
    # session 46: a held minister or lawmaker is freed like anyone; a minister who meets
    # or speaks in the deal's other events, and a head of state, are not among the freed
    freed = mention("a", EventType.RELEASE, 0, by="Varnia", count=3, date=day("2030-12-07"),
                    persons=("Ivo Marek", "Lena Vos", "Karl Dane"))
    met = mention("a", EventType.MEETING, 300, by="Karl Dane", date=day("2030-12-01"),
                  participants=("Karl Dane", "Ivo Marek"))
    names = (country("a", "Varnia"),
             replace(person("a", "Ivo Marek", 300), roles=("defence minister",)),
             replace(person("a", "Lena Vos", 400), roles=("Varnian President",)),
             replace(person("a", "Karl Dane", 500), roles=("Ostrian minister",)))
    ex = Extraction("a", (freed, met), names, ())
    (event,) = [e for e in merge_events([ex], resolve([ex])) if e.type == EventType.RELEASE]
    assert "Lena Vos" not in event.persons and "Karl Dane" not in event.persons
    ex = Extraction("a", (freed,), names, ())
    (event,) = merge_events([ex], resolve([ex]))
    assert set(event.persons) == {"Ivo Marek", "Karl Dane"}


def test_a_release_told_separately_is_another_release_of_the_article() -> None:
    told = mention("a", EventType.RELEASE, 0, by="Varnia", count=1, persons=("Ivo Marek",),
                   date=day("2030-12-07"))
    other = replace(mention("a", EventType.RELEASE, 300, by="Varnia", date=day("2030-12-07")),
                    evidence=Evidence("a", 300, 360, "Separately, Varnia freed a woman who "
                                                     "had spied for Ostria."))
    ex = Extraction("a", (told, other), (country("a", "Varnia"), person("a", "Ivo Marek")), ())
    assert len(merge_events([ex], resolve([ex]))) == 2
    plain = replace(other, evidence=Evidence("a", 300, 350, "Varnia freed a woman who had "
                                                            "spied for Ostria."))
    ex = Extraction("a", (told, plain), ex.names, ())
    assert len(merge_events([ex], resolve([ex]))) == 1


def test_another_number_on_a_day_one_outlet_only_inferred_is_another_round() -> None:
    said = mention("a", EventType.RELEASE, count=33, by="Varnia", date=day("2030-11-28"))
    framed = mention("b", EventType.RELEASE, count=30, by="Varnia", date=frame("2030-11-28"))
    a = Extraction("a", (said,), (country("a", "Varnia"),), ())
    b = Extraction("b", (framed,), (country("b", "Varnia"),), ())
    assert len(merge_events([a, b], resolve([a, b]))) == 2
    # both outlets saying that day themselves: one release, its count in conflict
    b2 = Extraction("b", (replace(framed, date=day("2030-11-28")),), (country("b", "Varnia"),), ())
    (one,) = merge_events([a, b2], resolve([a, b2]))
    assert any(c.field == "count" for c in one.conflicts)


def test_an_undated_articles_year_comes_from_the_events_it_shares(nlp: Language) -> None:
    dated = ("The envoy Ana Lopes met President Ivo Marek in the capital on Feb. 12, 2031, "
             "officials said.")
    undated = ("The envoy Ana Lopes met President Ivo Marek in the capital on Feb. 12.\n"
               "Chile has been isolated for years.\n"
               "Marek assured Lopes he was ready to free more political prisoners.")
    a = Article(id="a", path="a.txt", text=dated, published=date(2031, 2, 20))
    b = Article(id="b", path="b.txt", text=undated, published=None)
    exs = [read_article(x, nlp(x.text), find_dates(x.text, x.published)) for x in (a, b)]
    events = merge_events(exs, resolve(exs), {"a": date(2031, 2, 20)})
    (promise,) = [e for e in events if e.type == EventType.PROMISE]
    assert promise.date == "2031-02-12"


def test_the_other_halves_of_one_swap_are_one_release(nlp: Language) -> None:
    a = Article(id="a", path="a.txt", published=date(2031, 5, 10),
                text="In December 2030 Peru freed 44 Chileans while Chile freed 14 Peruvians.")
    b = Article(id="b", path="b.txt", published=date(2031, 5, 12),
                text="On 14 December 2030 Peru freed 44 Chileans and Chile freed 12 Peruvians.")
    exs = [read_article(x, nlp(x.text), find_dates(x.text, x.published)) for x in (a, b)]
    events = [e for e in merge_events(exs, resolve(exs)) if e.type == EventType.RELEASE]
    assert len(events) == 2  # the 44 are one release, so the 14 and the 12 are one too
    (chile,) = [e for e in events if e.by == "Chile"]
    assert any(c.field == "count" for c in chile.conflicts)


def _told_as_to_come(frame_start: int, published: date) -> str | None:
    who = {"persons": ("Lev Antonov",), "by": "Norway", "count": 1}
    a = Extraction("a", (mention("a", EventType.RELEASE, frame_start, date=day("2031-03-03"),
                                 **who),), (person("a", "Lev Antonov"),), ())
    b = Extraction("b", (mention("b", EventType.RELEASE, expected=True, **who),),
                   (person("b", "Lev Antonov"),), ())
    res = resolve([a, b])
    (event,) = merge_events([a, b], res, {"a": date(2031, 3, 5), "b": published})
    return event.date


def test_a_release_still_to_come_when_told_had_not_happened_on_a_frames_earlier_day() -> None:
    assert _told_as_to_come(100, date(2031, 3, 4)) is None  # the frame's day, not its own
    assert _told_as_to_come(0, date(2031, 3, 4)) == "2031-03-03"  # its own sentence's day
    assert _told_as_to_come(100, date(2031, 3, 2)) == "2031-03-03"  # told before that day


def releases_of(nlp: Language, text: str) -> list[Event]:
    """The releases of one invented article's ledger (published on 10 May 2031)."""
    a = Article(id="a", path="a.txt", published=date(2031, 5, 10), text=text)
    exs = [read_article(a, nlp(text), find_dates(text, a.published))]
    return [e for e in merge_events(exs, resolve(exs)) if e.type == EventType.RELEASE]


def test_both_halves_of_a_swap_told_in_one_sentence_stay_two_releases(nlp: Language) -> None:
    text = ("VALDORA, Sept 19 (Wire) - The Taliban on Monday released Ivan Dorn, an engineer "
            "held since 2029, in exchange for Karl Moen, a tribal leader serving a life "
            "sentence abroad.")
    events = releases_of(nlp, text)
    assert sorted(e.persons for e in events) == [("Ivan Dorn",), ("Karl Moen",)]
    assert [e.by for e in events if e.persons == ("Ivan Dorn",)] == ["Taliban"]


def test_a_group_traded_against_a_sides_release_is_not_joined_to_that_side(
        nlp: Language) -> None:
    text = ("A Peruvian court had sentenced Ivan Dorn to 16 years in July.\n\n"
            "Dorn, a reporter, was among 16 people Peru freed on Thursday in exchange for "
            "eight Chileans held in the West.\n\n"
            "He landed at an air base late on Thursday, where officials greeted him and two "
            "other freed Danes, Karl Moen and Anna Lask.")
    events = releases_of(nlp, text)
    (eight,) = [e for e in events if e.count == 8]
    assert eight.by != "Peru"


def test_the_group_a_side_was_paid_is_not_joined_to_that_sides_other_group() -> None:
    # "Peru freed 16 on Thursday in exchange for eight held in the West. ... greeted him and
    # two other freed Danes, A and B": the eight are not Peru's, though the two are
    thursday = day("2031-05-08", "on Thursday")
    sixteen = mention("a", EventType.RELEASE, 0, by="Peru", count=16, date=thursday,
                      link="in exchange for", persons=("Ivan Dorn",))
    eight = replace(mention("a", EventType.RELEASE, 0, count=8, date=thursday,
                            link="in exchange for"), id="a-0-counterpart", cue="Chileans")
    later = TimeExpr(200, 211, "on Thursday", "2031-05-08", Precision.DAY,
                     Resolution.RELATIVE_TO_PUBLISHED)
    two = mention("a", EventType.RELEASE, 200, by="Peru", count=2, date=later,
                  persons=("Karl Moen", "Anna Lask"))
    ex = Extraction("a", (sixteen, eight, two), (person("a", "Karl Moen"),
                                                 person("a", "Anna Lask", 520),
                                                 person("a", "Ivan Dorn", 540)), ())
    events, _ = merged(ex)
    (paid,) = [e for e in events if e.count == 8]
    assert paid.by is None and not paid.persons


def test_a_deal_that_also_saw_anothers_release_tells_two_releases(nlp: Language) -> None:
    text = ("Norway's judiciary said on Thursday that Ivan Dorn and Karl Moen had been "
            "released on bail a day earlier, as part of an agreement with Peru that also saw "
            "the release of Anna Lask.")
    events = releases_of(nlp, text)
    assert not any("Anna Lask" in e.persons and "Ivan Dorn" in e.persons for e in events)
    assert any("Anna Lask" in e.persons for e in events)


def test_the_freed_and_those_a_trade_sent_out_stay_two_releases(nlp: Language) -> None:
    text = ("Ola Berg, a Norwegian engineer, was freed on Saturday after two years, in a trade "
            "that sent five senior rebel figures from a Peruvian prison into the custody of "
            "Chile. An official identified the five men released from Lurigancho as Ivan Dorn, "
            "Erik Dahl, Jens Holm, Karl Lund and Nils Moe.")
    events = releases_of(nlp, text)
    berg = [e for e in events if "Ola Berg" in e.persons]
    assert [e.count for e in berg] == [1]
    assert all(len(e.persons) == 1 for e in berg)


def test_a_head_of_states_release_is_the_states(nlp: Language) -> None:
    texts = {"a": "Peruvian President Ana Ruiz met the Norwegian envoy in Lima on Monday.",
             "b": "Ana Ruiz pardoned Ola Berg, a Norwegian engineer, on Tuesday."}
    exs = []
    for doc_id, text in texts.items():
        a = Article(id=doc_id, path=f"{doc_id}.txt", published=date(2031, 5, 10), text=text)
        exs.append(read_article(a, nlp(text), find_dates(text, a.published)))
    releases = [e for e in merge_events(exs, resolve(exs)) if e.type == EventType.RELEASE]
    assert [(e.by, e.persons) for e in releases] == [("Peru", ("Ola Berg",))]


def test_a_head_of_no_named_states_release_is_the_state_the_other_source_names(
        nlp: Language) -> None:
    # "President A granted him clemency" in one outlet, "Peru handed B over" in another: one
    # release, Peru's (no article names A's state)
    texts = {"a": "On Tuesday, President Ana Ruiz pardoned Ola Berg, a Norwegian engineer.",
             "b": "Peru handed over Ola Berg, a Norwegian engineer, on Tuesday."}
    exs = []
    for doc_id, text in texts.items():
        a = Article(id=doc_id, path=f"{doc_id}.txt", published=date(2031, 5, 10), text=text)
        exs.append(read_article(a, nlp(text), find_dates(text, a.published)))
    releases = [e for e in merge_events(exs, resolve(exs)) if e.type == EventType.RELEASE]
    assert [(e.by, e.persons) for e in releases] == [("Peru", ("Ola Berg",))]


def test_people_freed_by_no_named_side_join_no_other_sides_freed_of_that_day() -> None:
    def told(doc: str, by: str | None, who: tuple[str, ...]) -> Extraction:
        return Extraction(doc, (mention(doc, EventType.RELEASE, by=by, persons=who,
                                        date=day("2030-04-27", "April 27")),),
                          (*(person(doc, w) for w in who), country(doc, "Varnia")), ())
    swap = merged(told("a", "Varnia", ("Ivo Brand", "Una Vale")), told("b", None, ("Ola Berg",)))
    assert len(swap[0]) == 2
    same = merged(told("a", "Varnia", ("Ivo Brand", "Una Vale")), told("b", None, ("Ivo Brand",)))
    assert len(same[0]) == 1


def test_a_release_is_dated_to_the_handover_not_the_pardon_signed_before() -> None:
    # session 27: "signed the pardon on Friday" in two outlets, "handed over on Saturday" in
    # one: the release is the day the people went free
    def told(doc: str, start: int, value: str, text: str, cue: str) -> EventMention:
        when = replace(day(value, text), start=start, end=start + len(text))
        return replace(mention(doc, EventType.RELEASE, start, count=1, by="Varnia",
                               persons=("Ann Berg",), date=when), cue=cue)

    names = (country("a", "Varnia"), person("a", "Ann Berg"))
    a = Extraction("a", (told("a", 0, "2024-03-15", "on Friday", "pardon"),), names, ())
    b = Extraction("b", (told("b", 0, "2024-03-15", "on 15 March", "pardon"),
                         told("b", 300, "2024-03-16", "on Saturday", "handed")),
                   tuple(replace(n, document="b") for n in names), ())
    events, _ = merged(a, b)
    (ev,) = events
    assert ev.date == "2024-03-16"


def test_one_persons_meeting_with_no_one_else_named_in_one_month_is_one() -> None:
    # "A met the couple on Wednesday" and "A, who received their parents last month"
    march = TimeExpr(0, 10, "last month", "2024-03", Precision.MONTH,
                     Resolution.RELATIVE_TO_PUBLISHED)
    a = Extraction("a", (mention("a", EventType.MEETING, participants=("Ivo Dorn",),
                                 date=day("2024-03-13", "on Wednesday")),),
                   (person("a", "Ivo Dorn"),), ())
    b = Extraction("b", (mention("b", EventType.MEETING, participants=("Ivo Dorn",),
                                 date=march),), (person("b", "Ivo Dorn"),), ())
    events, _ = merged(a, b)
    assert len([e for e in events if e.type == EventType.MEETING]) == 1
    other = Extraction("c", (mention("c", EventType.MEETING, participants=("Ivo Dorn",),
                                     date=replace(march, value="2024-04")),),
                       (person("c", "Ivo Dorn"),), ())
    events, _ = merged(a, other)
    assert len([e for e in events if e.type == EventType.MEETING]) == 2
