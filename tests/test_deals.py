"""Deals: events filed by their sides before merging, and each deal's rounds, totals,
promises and register of the freed, on invented mentions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from claims import country, day, mention, person

from dealwatch.deals import assign_deals, build_deals
from dealwatch.deals.promises import check_promises
from dealwatch.deals.rounds import build_rounds
from dealwatch.deals.view import find_deal, for_deal
from dealwatch.errors import UsageError
from dealwatch.model import (
    NO_DEAL,
    DocumentInfo,
    EntityType,
    Event,
    EventMention,
    EventType,
    Evidence,
    Extraction,
    Kept,
    Ledger,
    NameMention,
    Precision,
    Resolution,
    StatedTotal,
    Status,
    Tie,
    TimeExpr,
)
from dealwatch.reconcile import merge_events
from dealwatch.reconcile.groups import Canon
from dealwatch.resolve import resolve


def ledger_of(exs: list[Extraction], published: dict[str, date] | None = None) -> Ledger:
    res = resolve(exs)
    canon = Canon(res, published)
    assignment = assign_deals(exs, canon)
    events = merge_events(exs, res, published, assignment.of_mention, canon)
    docs = [DocumentInfo(ex.document, f"{ex.document}.txt", None, f"Outlet {ex.document}",
                         (published or {}).get(ex.document, date(2024, 1, 1)).isoformat(), None)
            for ex in exs]
    view = build_deals(events, assignment, canon, exs, docs)
    return Ledger(documents=docs, entities=res.entities, events=events, rounds=view.rounds,
                  totals=view.totals, promises=view.promises, conflicts=view.conflicts,
                  deals=view.deals, freed=view.freed)


def swap(doc: str, a: str, b: str, when: str, count: int = 3) -> Extraction:
    """An article telling a swap: a frees people, b frees people in return, the same day."""
    return Extraction(doc, (
        mention(doc, EventType.RELEASE, 0, by=a, count=count, date=day(when)),
        mention(doc, EventType.RELEASE, 100, by=b, count=1, date=day(when), link="in return"),
    ), (country(doc, a), country(doc, b, 950)), ())


# --- which deal -----------------------------------------------------------------------------


def test_two_exchanges_in_one_store_are_two_deals_and_never_merge() -> None:
    # The same day and the same count in two exchanges: still two releases, two deals.
    led = ledger_of([swap("a", "Norland", "Sudmark", "2024-03-05"),
                     swap("b", "Ostria", "Westerland", "2024-03-05")],
                    {"a": date(2024, 3, 6), "b": date(2024, 3, 6)})
    assert sorted(d.name for d in led.deals) == ["Norland ↔ Sudmark", "Ostria ↔ Westerland"]
    assert len(led.events) == 4
    for e in led.events:
        assert len({s.document for s in e.sources}) == 1
    for r in led.rounds:
        deal = next(d for d in led.deals if d.id == r.deal)
        assert set(r.gave) == set(deal.sides)


def test_the_same_two_sides_years_apart_are_two_deals() -> None:
    led = ledger_of([swap("a", "Norland", "Sudmark", "2016-03-05"),
                     swap("b", "Norland", "Sudmark", "2021-08-10")],
                    {"a": date(2016, 3, 6), "b": date(2021, 8, 11)})
    assert [d.name for d in led.deals] == ["Norland ↔ Sudmark (2016)",
                                           "Norland ↔ Sudmark (2021)"]
    assert len({d.id for d in led.deals}) == 2


def test_a_mediator_that_only_hosts_talks_is_not_a_side() -> None:
    talks = mention("a", EventType.MEETING, 200, by="Midland",
                    participants=("Midland", "Norland", "Sudmark"))
    ex = swap("a", "Norland", "Sudmark", "2024-03-05")
    ex = Extraction("a", (*ex.events, talks), (*ex.names, country("a", "Midland", 990)), ())
    led = ledger_of([ex], {"a": date(2024, 3, 6)})
    (deal,) = led.deals
    assert deal.sides == ("Norland", "Sudmark")
    assert all(e.deal == deal.id for e in led.events)


def test_a_demand_about_something_else_weighs_no_more_than_taking_part() -> None:
    # an exchange of Norland's sanctions with Sudmark, and a sidebar headline's demand of
    # Midland about nothing of it
    acts = (mention("a", EventType.SANCTIONS_IMPOSED, 0, by="Norland",
                    date=day("2024-03-05")),
            mention("a", EventType.MEETING, 100, by="Sudmark",
                    participants=("Sudmark", "Norland")),
            mention("a", EventType.DEMAND, 300, by="Midland", what="an inquiry into fires"))
    ex = Extraction("a", acts, (country("a", "Norland"), country("a", "Sudmark", 150),
                                country("a", "Midland", 310)), ())
    led = ledger_of([ex], {"a": date(2024, 3, 6)})
    assert {d.sides for d in led.deals} == {("Norland", "Sudmark")}


def test_an_article_of_a_pair_no_other_tells_joins_the_story_whose_people_it_names() -> None:
    people = ("Ola Berg", "Ivo Brand")

    def told(doc: str, by: str, other: str, when: str) -> Extraction:
        acts = (mention(doc, EventType.RELEASE, 0, by=by, persons=people[:1], date=day(when)),
                mention(doc, EventType.DEMAND, 100, by=other, persons=people[1:]))
        return Extraction(doc, acts, (country(doc, by), country(doc, other, 150),
                                      *(person(doc, p, 300 + 20 * n)
                                        for n, p in enumerate(people))), ())
    story = [told("a", "Norland", "Sudmark", "2024-03-05"),
             told("b", "Sudmark", "Norland", "2024-03-05")]
    thread = told("c", "Ostria", "Norland", "2024-02-01")  # Ostria freed someone at the ask
    published = {"a": date(2024, 3, 6), "b": date(2024, 3, 7), "c": date(2024, 3, 8)}
    led = ledger_of([*story, thread], published)
    assert {d.sides for d in led.deals} == {("Norland", "Sudmark")}
    # an article of its own pair that names none of the story's people keeps its own deal
    apart = Extraction("d", (mention("d", EventType.RELEASE, 0, by="Ostria", count=4,
                                     date=day("2024-02-01")),
                             mention("d", EventType.DEMAND, 100, by="Norland", count=4)),
                       (country("d", "Ostria"), country("d", "Norland", 150)), ())
    led = ledger_of([*story, apart], {**published, "d": date(2024, 3, 8)})
    assert {d.sides for d in led.deals} == {("Norland", "Sudmark"), ("Norland", "Ostria")}


def test_a_sidebar_act_between_two_other_sides_goes_to_their_deal() -> None:
    ex = swap("a", "Norland", "Sudmark", "2024-03-05")
    aside = mention("a", EventType.RELEASE, 400, by="Ostria", to="Westerland", count=2)
    led = ledger_of([Extraction("a", (*ex.events, aside), ex.names, ()),
                     swap("b", "Ostria", "Westerland", "2024-02-01")],
                    {"a": date(2024, 3, 6), "b": date(2024, 2, 2)})
    (other,) = [e for e in led.events if e.count == 2]
    assert other.deal == "ostria--westerland-2024"


def test_an_article_of_one_side_joins_the_deal_that_shares_its_names() -> None:
    ex = swap("a", "Norland", "Sudmark", "2024-03-05")
    ex = Extraction("a", (*ex.events[:1], mention("a", EventType.RELEASE, 300, by="Sudmark",
                                                  persons=("Ivo Brandt",), date=day("2024-03-05"))),
                    (*ex.names, person("a", "Ivo Brandt")), ())
    lone = Extraction("c", (mention("c", EventType.MEETING, 0, participants=("Ivo Brandt",)),),
                      (person("c", "Ivo Brandt"),), ())
    led = ledger_of([ex, lone], {"a": date(2024, 3, 6), "c": date(2024, 4, 1)})
    (meeting,) = [e for e in led.events if e.type == EventType.MEETING]
    assert meeting.deal == led.deals[0].id


def test_an_article_of_a_side_in_no_deal_joins_the_story_whose_people_it_names() -> None:
    # "Ostrian prosecutors wanted the witness questioned before the swap": Ostria is no
    # side of any deal; the article names the swap's people
    people = ("Ivo Brandt", "Ola Berg")
    ex = swap("a", "Norland", "Sudmark", "2024-03-05")
    ex = Extraction("a", (*ex.events, mention("a", EventType.RELEASE, 300, by="Sudmark",
                                              persons=people, date=day("2024-03-05"))),
                    (*ex.names, person("a", people[0], 980), person("a", people[1], 990)), ())

    def thread(doc: str, named: tuple[str, ...], freed: tuple[str, ...]) -> Extraction:
        acts = (mention(doc, EventType.DEMAND, 0, by="Ostria", persons=named[:1]),
                mention(doc, EventType.RELEASE, 100, persons=freed, date=day("2024-03-05")))
        return Extraction(doc, acts, (country(doc, "Ostria"), *(
            person(doc, p, 300 + 20 * n) for n, p in enumerate(named))), ())
    published = {"a": date(2024, 3, 6), "c": date(2024, 3, 7)}
    led = ledger_of([ex, thread("c", people, people)], published)
    (release,) = [e for e in led.events if e.type == EventType.RELEASE and e.persons]
    assert {s.document for s in release.sources} == {"a", "c"}
    # naming one of them is not enough (where it tells no event of the story)
    led = ledger_of([ex, thread("c", people[:1], ())], published)
    (demand,) = [e for e in led.events if e.type == EventType.DEMAND]
    assert demand.deal is None or demand.deal == NO_DEAL


def _told(doc: str, *acts: EventMention) -> Extraction:
    """An article of the given mentions, naming their sides as countries and their people."""
    sides = dict.fromkeys(x for m in acts for x in (m.by, m.to) if x)
    people = dict.fromkeys(p for m in acts for p in (*m.persons, *m.participants))
    return Extraction(doc, acts, (*(country(doc, x, 900 + 20 * n) for n, x in enumerate(sides)),
                                  *(person(doc, p, 500 + 20 * n) for n, p in enumerate(people))),
                      ())


def test_outlets_that_file_one_story_under_other_sides_tell_it_once() -> None:
    # Two outlets tell the swap as Norland and Sudmark's; a third leads with Ostria, which
    # deported someone at Norland's request, and so is filed as Norland and Ostria's: it
    # tells the same release of the same man that day, so it is the same story
    def swap_told(doc: str) -> Extraction:
        return _told(doc, mention(doc, EventType.RELEASE, 0, by="Norland",
                                  persons=("Ivo Brandt",), date=day("2024-03-05")),
                     mention(doc, EventType.RELEASE, 100, by="Sudmark", count=3,
                             date=day("2024-03-05")))
    a, b = swap_told("a"), swap_told("b")
    c = _told("c", mention("c", EventType.RELEASE, 0, by="Ostria", persons=("Ola Berg",),
                           date=day("2024-02-20")),
              mention("c", EventType.DEMAND, 50, by="Norland", persons=("Ola Berg",)),
              mention("c", EventType.RELEASE, 100, by="Ostria", persons=("Ola Berg",)),
              mention("c", EventType.RELEASE, 200, by="Norland", persons=("Ivo Brandt",),
                      date=day("2024-03-05")))
    published = {"a": date(2024, 3, 6), "b": date(2024, 3, 6), "c": date(2024, 3, 7)}
    led = ledger_of([a, b, c], published)
    assert [d.sides for d in led.deals] == [("Norland", "Sudmark")]
    (brandt,) = [e for e in led.events if "Ivo Brandt" in e.persons]
    assert {s.document for s in brandt.sources} == {"a", "b", "c"}
    # the same man freed five months later in another pair's story is another story
    late = {**published, "c": date(2024, 8, 7)}
    c_late = _told("c", *(replace(m, date=day("2024-08-05")) if m.date else m
                          for m in c.events))
    led = ledger_of([a, b, c_late], late)
    assert len(led.deals) == 2


def test_a_body_of_no_named_state_is_no_side_of_a_deal() -> None:
    # "On August 1 the Treasury sanctioned two Sudmarkish ministers ... Ostria deported the
    # activist on July 15": the Treasury is some state's, not a side that deals
    swap_a = _told("a", mention("a", EventType.RELEASE, 0, by="Norland", to="Sudmark", count=2,
                                date=day("2024-03-05")))
    c = Extraction("c", (
        mention("c", EventType.SANCTIONS_IMPOSED, 0, by="Treasury", targets=("Ivo Brandt",),
                date=day("2024-03-01")),
        mention("c", EventType.RELEASE, 100, by="Ostria", persons=("Ola Berg",),
                date=day("2024-02-20"))),
        (NameMention("c", "Treasury", EntityType.ORGANIZATION, 400, 408),
         country("c", "Ostria"), person("c", "Ola Berg")), ())
    led = ledger_of([swap_a, c], {"a": date(2024, 3, 6), "c": date(2024, 3, 7)})
    assert all("Treasury" not in d.sides for d in led.deals)


def test_an_article_of_no_deal_joins_the_deal_whose_release_it_tells() -> None:
    # "Sudmark said 248 of its soldiers came home on Wednesday": no side of its own to file
    # it by; the swap's articles tell Norland freeing 248 that day
    swap_a = _told("a", mention("a", EventType.RELEASE, 0, by="Norland", to="Sudmark", count=248,
                                date=day("2024-01-03")))
    other = _told("o", mention("o", EventType.RELEASE, 0, by="Ostria", to="Westerland", count=5,
                               date=day("2024-01-03")))  # another exchange that week
    lone = Extraction("z", (mention("z", EventType.RELEASE, 0, count=248,
                                    date=day("2024-01-03")),), (), ())
    led = ledger_of([swap_a, other, lone], {"a": date(2024, 1, 4), "o": date(2024, 1, 4),
                                            "z": date(2024, 1, 4)})
    (release,) = [e for e in led.events if e.count == 248]
    assert {s.document for s in release.sources} == {"a", "z"}
    assert release.deal == "norland--sudmark-2024"


def test_a_third_sides_act_told_in_passing_ties_no_two_deals() -> None:
    # an article of Norland and Sudmark's swap recalls that Westerland freed a man that
    # day; the story of Norland and Westerland tells that release: two deals still
    a = _told("a", mention("a", EventType.RELEASE, 0, by="Norland", to="Sudmark", count=3,
                           date=day("2024-03-05")),
              mention("a", EventType.RELEASE, 50, by="Sudmark", to="Norland", count=1,
                      date=day("2024-03-05")),
              mention("a", EventType.RELEASE, 100, by="Westerland", persons=("Ivo Brandt",),
                      date=day("2024-03-05")))
    w = _told("w", mention("w", EventType.RELEASE, 0, by="Westerland", to="Norland",
                           persons=("Ivo Brandt",), date=day("2024-03-05")))
    led = ledger_of([a, w], {"a": date(2024, 3, 6), "w": date(2024, 3, 6)})
    assert len(led.deals) == 2


def test_an_undated_article_is_placed_by_its_people_not_by_a_background_year() -> None:
    # Dated articles tell the 2024 swap that freed Ivo Brandt; an undated one tells his
    # release too, and his arrest in 2021: the arrest is background, the article is 2024's.
    freed = mention("a", EventType.RELEASE, 300, by="Sudmark", persons=("Ivo Brandt",),
                    date=day("2024-03-05"))
    ex = swap("a", "Norland", "Sudmark", "2024-03-05")
    ex = Extraction("a", (*ex.events, freed), (*ex.names, person("a", "Ivo Brandt", 980)), ())
    undated = Extraction("u", (
        mention("u", EventType.DEMAND, 0, by="Norland", persons=("Ivo Brandt",),
                date=day("2021-06-01")),
        mention("u", EventType.RELEASE, 200, by="Sudmark", persons=("Ivo Brandt",)),
    ), (country("u", "Norland"), country("u", "Sudmark", 950), person("u", "Ivo Brandt", 990)),
        ())
    led = ledger_of([ex, undated], {"a": date(2024, 3, 6)})
    assert len(led.deals) == 1
    (release,) = [e for e in led.events if "Ivo Brandt" in e.persons
                  and e.type == EventType.RELEASE]
    assert {s.document for s in release.sources} == {"a", "u"}


def test_an_undated_article_telling_only_a_year_long_before_joins_the_deal() -> None:
    # session 37: an undated article says sanctions were eased "in 2020" and names no one;
    # the 2024 swap of its two sides is the one deal (a year alone is as often background)
    ex = swap("a", "Norland", "Sudmark", "2024-03-05")
    year = TimeExpr(0, 7, "in 2020", "2020", Precision.YEAR, Resolution.EXPLICIT)
    undated = Extraction("u", (
        mention("u", EventType.SANCTIONS_RELIEF, 0, by="Norland", targets=("Sudmark",),
                date=year),
        mention("u", EventType.DEMAND, 200, by="Sudmark"),
    ), (country("u", "Norland"), country("u", "Sudmark", 950)), ())
    led = ledger_of([ex, undated], {"a": date(2024, 3, 6)})
    assert len(led.deals) == 1


def test_find_and_filter_one_deal() -> None:
    led = ledger_of([swap("a", "Norland", "Sudmark", "2024-03-05"),
                     swap("b", "Ostria", "Westerland", "2024-03-05")],
                    {"a": date(2024, 3, 6), "b": date(2024, 3, 6)})
    did = find_deal(led, "norland ↔ sudmark")
    assert did == "norland--sudmark-2024" and find_deal(led, did) == did
    one = for_deal(led, did)
    assert [d.id for d in one.deals] == [did] and {d.id for d in one.documents} == {"a"}
    assert all(e.deal == did for e in one.events) and len(one.events) == 2
    assert list(one.totals) == [did]
    try:
        find_deal(led, "Atlantis")
    except UsageError as exc:
        assert "norland--sudmark-2024" in str(exc)
    else:
        raise AssertionError("an unknown deal is an error")


# --- rounds -----------------------------------------------------------------------------------


def ev(eid: str, etype: EventType, by: str | None, when: str | None = None, doc: str = "a",
       start: int = 0, **kw: object) -> Event:
    src = Evidence(doc, start, start + 10, f"quote {eid}")
    return Event(eid, etype, Status.OCCURRED if etype in (EventType.RELEASE,
                 EventType.SANCTIONS_RELIEF) else Status.STATED, date=when, by=by,
                 sources=(src,), **kw)  # type: ignore[arg-type]


def side(e: Event) -> str | None:
    return e.by


def test_rounds_say_what_ties_them_and_a_lone_move_has_no_counterpart() -> None:
    moves = [
        ev("r1", EventType.RELEASE, "Norland", "2024-03-05", "a", 0, count=3),
        ev("s1", EventType.SANCTIONS_RELIEF, "Sudmark", None, "a", 90, link="in return"),
        ev("r2", EventType.RELEASE, "Norland", "2024-05-02", "b", 0, count=2),
        ev("r3", EventType.RELEASE, "Sudmark", "2024-05-02", "c", 0, count=1),
        ev("r4", EventType.RELEASE, "Norland", "2024-07-09", "d", 0, count=5),
    ]
    rounds = {r.date: r for r in build_rounds(moves, side, "x")}
    assert rounds["2024-03-05"].tie == Tie.LINK and rounds["2024-03-05"].two_sided
    assert rounds["2024-05-02"].tie == Tie.DAY
    lone = rounds["2024-07-09"]
    assert lone.tie == Tie.NONE and not lone.two_sided
    assert "no counterpart reported" in lone.summary


def test_one_article_telling_one_move_of_each_side_ties_them() -> None:
    moves = [ev("r1", EventType.RELEASE, "Norland", "2024-03", "a", 0, count=40),
             ev("s1", EventType.SANCTIONS_RELIEF, "Sudmark", "2024-03", "a", 900)]
    (rnd,) = build_rounds(moves, side)
    assert rnd.tie == Tie.ARTICLE


def test_daily_releases_are_rounds_of_their_own_day_even_with_a_link_phrase() -> None:
    moves = [ev("a1", EventType.RELEASE, "Norland", "2024-03-05", "a", 0, count=10),
             ev("b1", EventType.RELEASE, "Sudmark", "2024-03-05", "a", 100, count=30),
             ev("a2", EventType.RELEASE, "Norland", "2024-03-06", "a", 200, count=11),
             ev("b2", EventType.RELEASE, "Sudmark", "2024-03-06", "a", 300, count=33,
                link="in return")]
    rounds = build_rounds(moves, side)
    assert [sorted(i for ids in r.gave.values() for i in ids) for r in rounds] == \
        [["a1", "b1"], ["a2", "b2"]]


def test_a_move_of_no_known_side_is_tied_only_by_a_link_phrase() -> None:
    moves = [ev("r1", EventType.RELEASE, "Norland", "2024-03-05", count=3),
             ev("r2", EventType.RELEASE, None, "2024-03-05", start=50, count=4)]
    rounds = build_rounds(moves, side)
    assert all(not r.two_sided for r in rounds) and len(rounds) == 2
    linked = [ev("r1", EventType.RELEASE, None, "2024-10-02", count=9),
              ev("s1", EventType.SANCTIONS_RELIEF, "Sudmark", None, start=120,
                 link="in return")]
    (rnd,) = build_rounds(linked, side)
    assert rnd.tie == Tie.LINK and set(rnd.gave) == {NO_DEAL, "Sudmark"}


# --- promises ---------------------------------------------------------------------------------


def test_a_promise_of_named_people_is_kept_only_when_they_are_freed() -> None:
    promise = ev("p", EventType.PROMISE, "Norland", "2024-03-01", count=2,
                 persons=("Ivo Brandt", "Lena Roth"))
    first = ev("r1", EventType.RELEASE, "Norland", "2024-03-05", count=2,
               persons=("Ivo Brandt", "Tom Falk"))
    (check,) = check_promises([promise, first], side)
    assert check.status == Kept.PARTLY and check.missing == ("Lena Roth",)
    assert check.kept is None and "1 of 2 named freed" in check.reason
    second = ev("r2", EventType.RELEASE, "Norland", "2024-03-09", count=1,
                persons=("Lena Roth",))
    (check,) = check_promises([promise, first, second], side)
    assert check.status == Kept.KEPT and check.kept is True
    assert set(check.delivered_by) == {"r1", "r2"}


def test_a_promised_number_is_reached_across_releases_with_the_sum_shown() -> None:
    promise = ev("p", EventType.PROMISE, "Norland", "2024-03-01", count=50)
    releases = [ev(f"r{i}", EventType.RELEASE, "Norland", f"2024-03-0{i + 2}", count=n)
                for i, n in enumerate((20, 13, 17))]
    (check,) = check_promises([promise, *releases[:2]], side)
    assert check.status == Kept.PARTLY and "20 + 13 = 33 freed of 50 promised" in check.reason
    (check,) = check_promises([promise, *releases], side)
    assert check.status == Kept.KEPT and "20 + 13 + 17 = 50" in check.reason


def test_a_promise_is_not_kept_by_the_other_side_or_by_what_came_before() -> None:
    promise = ev("p", EventType.PROMISE, "Norland", "2024-03-10", count=5)
    before = ev("r1", EventType.RELEASE, "Norland", "2024-03-01", count=9)
    other = ev("r2", EventType.RELEASE, "Sudmark", "2024-03-12", count=9)
    (check,) = check_promises([promise, before, other], side)
    assert check.status == Kept.NOT_YET and not check.delivered_by


def test_promised_relief_is_kept_when_its_target_is_eased() -> None:
    promise = ev("p", EventType.PROMISE, "Sudmark", targets=("the state airline", "potash"))
    relief = ev("s", EventType.SANCTIONS_RELIEF, "Sudmark", targets=("the state airline",))
    (check,) = check_promises([promise, relief], side)
    assert check.status == Kept.PARTLY and check.missing == ("potash",)
    vague = ev("v", EventType.PROMISE, "Sudmark")
    (check,) = check_promises([vague], side)
    assert check.status == Kept.UNCHECKABLE


# --- totals and the register ------------------------------------------------------------------


def test_outlets_totals_are_set_beside_the_ledgers_sum() -> None:
    ex = swap("a", "Norland", "Sudmark", "2024-03-05", count=10)
    said = Evidence("a", 500, 540, "Norland has now freed 15 people in all")
    total = StatedTotal("a", 15, said, "Norland")
    led = ledger_of([Extraction("a", ex.events, ex.names, (), (total,))], {"a": date(2024, 3, 6)})
    (deal,) = led.deals
    (stated,) = deal.stated
    assert (stated.count, stated.ledger_count, stated.ledger_releases) == (15, 10, 1)
    (conflict,) = led.conflicts
    assert conflict.subject == deal.id and "the ledger counts 10 from 1 release" in (
        conflict.about or "")
    assert [v.value for v in conflict.values] == [
        "15 (Outlet a)", "10 (the ledger's sum of 1 release)"]


def test_totals_count_named_and_unnamed_and_the_register_lists_the_named() -> None:
    ex = Extraction("a", (
        mention("a", EventType.RELEASE, 0, by="Norland", count=4, date=day("2024-03-05"),
                persons=("Ivo Brandt", "Lena Roth")),
        mention("a", EventType.RELEASE, 100, by="Sudmark", date=day("2024-03-05"),
                persons=("Tom Falk",)),
    ), (country("a", "Norland"), country("a", "Sudmark", 950), person("a", "Ivo Brandt"),
        person("a", "Lena Roth", 520), person("a", "Tom Falk", 540)), ())
    led = ledger_of([ex], {"a": date(2024, 3, 6)})
    (deal,) = led.deals
    row = deal.totals["freed"]["Norland"]
    assert (row["people"], row["named"], row["unnamed"]) == (4, 2, 2)
    assert [(f.name, f.side, f.date) for f in led.freed] == [
        ("Ivo Brandt", "Norland", "2024-03-05"), ("Lena Roth", "Norland", "2024-03-05"),
        ("Tom Falk", "Sudmark", "2024-03-05")]
    assert all(f.deal == deal.id and f.documents == ("a",) for f in led.freed)


def test_events_of_no_side_are_kept_apart() -> None:
    ex = Extraction("a", (mention("a", EventType.RELEASE, 0, count=4),), (), ())
    led = ledger_of([ex])
    assert not led.deals and led.events[0].deal is None
    assert NO_DEAL in led.totals


def test_an_article_naming_no_side_joins_the_only_deal_of_its_time() -> None:
    recap = Extraction("c", (mention("c", EventType.RELEASE, 0, count=7),), (), ())
    led = ledger_of([swap("a", "Norland", "Sudmark", "2024-03-05"), recap],
                    {"a": date(2024, 3, 6), "c": date(2024, 4, 2)})
    assert {e.deal for e in led.events} == {"norland--sudmark-2024"}
    # two deals at that time: nothing says which, so it is kept apart
    led = ledger_of([swap("a", "Norland", "Sudmark", "2024-03-05"),
                     swap("b", "Ostria", "Westerland", "2024-03-07"), recap],
                    {"a": date(2024, 3, 6), "b": date(2024, 3, 8), "c": date(2024, 4, 2)})
    (apart,) = [e for e in led.events if e.count == 7]
    assert apart.deal is None


def test_a_total_of_no_actor_takes_its_side_from_the_jails_or_the_other_total() -> None:
    ex = swap("a", "Chile", "Peru", "2024-03-05", count=10)
    quote = ("During the pause 12 captives were released and 30 detainees were freed from "
             "Peruvian jails.")
    said = Evidence("a", 500, 500 + len(quote), quote)
    totals = (StatedTotal("a", 12, said), StatedTotal("a", 30, said))
    led = ledger_of([Extraction("a", ex.events, ex.names, (), totals)], {"a": date(2024, 3, 6)})
    (deal,) = led.deals
    assert {(s.count, s.side) for s in deal.stated} == {(12, "Chile"), (30, "Peru")}


def test_two_pairs_of_sides_that_free_the_same_person_within_weeks_are_one_story() -> None:
    """One outlet files the release under the captors and a state that protests, another
    under the two states of the handover: the same person freed makes them one deal."""
    a = Extraction("a", (
        mention("a", EventType.RELEASE, 0, by="Norland", persons=("Ivo Dorn",), count=1,
                date=day("2024-03-05")),
        mention("a", EventType.DEMAND, 100, by="Sudmark", to="Norland"),
    ), (country("a", "Norland"), country("a", "Sudmark", 950), person("a", "Ivo Dorn")), ())
    b = Extraction("b", (
        mention("b", EventType.RELEASE, 0, by="Ostria", persons=("Ivo Dorn",), count=1),
        mention("b", EventType.PROMISE, 100, by="Westerland", to="Ostria"),
    ), (country("b", "Ostria"), country("b", "Westerland", 950), person("b", "Ivo Dorn")), ())
    led = ledger_of([a, b], {"a": date(2024, 3, 6), "b": date(2024, 3, 20)})
    assert len(led.deals) == 1
