"""Dates typed into the timeline's filters and address (dealwatch/web/bounds.py) and the
timeline's state as a permalink (dealwatch/web/timeline_query.py): invented values only."""

from __future__ import annotations

from datetime import date

import pytest

from dealwatch.web.bounds import read_date, read_range
from dealwatch.web.timeline import parse_bound
from dealwatch.web.timeline_query import in_view, read_state


@pytest.mark.parametrize(("text", "first", "last", "canonical"), [
    ("2031", date(2031, 1, 1), date(2031, 12, 31), "2031"),
    ("2031-02", date(2031, 2, 1), date(2031, 2, 28), "2031-02"),
    ("2032-02", date(2032, 2, 1), date(2032, 2, 29), "2032-02"),
    ("2031-02-07", date(2031, 2, 7), date(2031, 2, 7), "2031-02-07"),
    ("2031-2-7", date(2031, 2, 7), date(2031, 2, 7), "2031-02-07"),
    ("2031/11", date(2031, 11, 1), date(2031, 11, 30), "2031-11"),
    ("11/2031", date(2031, 11, 1), date(2031, 11, 30), "2031-11"),
    ("Nov 2031", date(2031, 11, 1), date(2031, 11, 30), "2031-11"),
    ("november  2031", date(2031, 11, 1), date(2031, 11, 30), "2031-11"),
    ("Sept. 2031", date(2031, 9, 1), date(2031, 9, 30), "2031-09"),
    ("7 March 2031", date(2031, 3, 7), date(2031, 3, 7), "2031-03-07"),
    ("March 7, 2031", date(2031, 3, 7), date(2031, 3, 7), "2031-03-07"),
])
def test_a_typed_date_reads_as_the_days_it_covers(text: str, first: date, last: date,
                                                  canonical: str) -> None:
    assert read_date(text) == (first, last, canonical)


@pytest.mark.parametrize("text", ["", "yesterday", "2031-13", "2031-02-30", "Nov", "Marc 2031",
                                  "03/04/2031", "0031", "2031-1-2-3", "31", "next week"])
def test_an_unreadable_date_says_what_is_expected(text: str) -> None:
    with pytest.raises(ValueError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
        read_date(text)
    assert parse_bound(text) is None


def test_a_bound_is_the_first_or_the_last_day() -> None:
    assert parse_bound("Nov 2031") == date(2031, 11, 1)
    assert parse_bound("Nov 2031", last=True) == date(2031, 11, 30)


def test_a_range_reads_both_ends_and_refuses_one_that_runs_backwards() -> None:
    assert read_range("2031-03..2031-05") == (date(2031, 3, 1), date(2031, 5, 31),
                                              "2031-03-01..2031-05-31")
    assert read_range("Mar 2031..7 May 2031")[2] == "2031-03-01..2031-05-07"
    for text in ("2031-03", "2031-03..", "..2031-05", "2031..2032..2033", "soon..later"):
        with pytest.raises(ValueError, match="FROM..TO"):
            read_range(text)
    with pytest.raises(ValueError, match="ends before it starts"):
        read_range("2031-05..2031-03")


def test_the_state_reads_every_parameter_into_a_canonical_permalink() -> None:
    state = read_state([("type", "release"), ("type", "call"), ("actor", "Ostmark"),
                        ("from", "Nov 2031"), ("to", "2032"), ("view", "2031-12..2032-01"),
                        ("deal", "a--b-2031"), ("page", "3")])
    f = state.filters
    assert f.types == ("release", "call") and f.actor == "Ostmark" and f.outlet is None
    assert (f.start, f.end) == (date(2031, 11, 1), date(2032, 12, 31))
    assert state.view == (date(2031, 12, 1), date(2032, 1, 31)) and not state.errors
    assert state.query() == ("?deal=a--b-2031&type=release&type=call&actor=Ostmark"
                             "&from=2031-11&to=2032&view=2031-12-01..2032-01-31")
    assert read_state([]).query() == ""
    # the canonical query reads back as the same state
    again = read_state([tuple(p.split("=")) for p in state.query()[1:].split("&")])
    assert again.query() == state.query() and again.filters == f and again.view == state.view


def test_every_type_chosen_is_no_type_in_the_address() -> None:
    from dealwatch.model import EventType

    every = read_state([("type", t.value) for t in EventType])
    assert "type=" not in every.query()


def test_unreadable_values_are_errors_naming_parameter_value_and_form() -> None:
    state = read_state([("from", "Brumaire 2031"), ("to", "2031-13"), ("view", "later"),
                        ("type", "parade"), ("type", "release"), ("outlet", "Kestrel Wire")])
    messages = {e.param: e.message for e in state.errors}
    assert set(messages) == {"from", "to", "view", "type"}
    assert "“Brumaire 2031”" in messages["from"] and "YYYY-MM-DD" in messages["from"]
    assert "“2031-13”" in messages["to"] and "“later”" in messages["view"]
    assert "“parade”" in messages["type"] and "release" in messages["type"]
    # what could be read still applies; what could not is neither applied nor in the permalink
    f = state.filters
    assert f.types == ("release",) and f.start is None and f.end is None and state.view is None
    assert state.query() == "?type=release&outlet=Kestrel+Wire"
    page = state.to_dict()
    assert page["form"] == {"from": "Brumaire 2031", "to": "2031-13"}  # shown to be fixed
    assert [e["param"] for e in page["errors"]] == ["type", "from", "to", "view"]


def test_an_item_is_in_view_when_any_of_its_days_is() -> None:
    month = {"start_day": 100, "end_day": 129}
    assert in_view(month, None)
    days = read_state([("view", "1970-01-01..1970-04-10")]).view  # days 0..99
    assert not in_view(month, days)
    assert in_view(month, read_state([("view", "1970-01-01..1970-04-11")]).view)
    assert in_view(month, read_state([("view", "1970-05-10..1970-06-01")]).view)  # day 129
    assert not in_view(month, read_state([("view", "1970-05-11..1970-06-01")]).view)
