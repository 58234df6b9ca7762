"""Which values of one field really contradict each other: precision is no disagreement."""

from __future__ import annotations

from dealwatch.disagree import dates_agree, disagreement, places_agree, same_value
from dealwatch.places import country_of_capital


def test_a_month_agrees_with_its_days_and_a_year_with_its_months() -> None:
    assert dates_agree("2025-02", "2025-02-12")
    assert dates_agree("2010", "2010-06-01")
    assert dates_agree("XXXX-03-31", "2022-03-31")
    assert not dates_agree("2010", "2011")
    assert not dates_agree("2022-03-30", "2022-03-31")
    assert not dates_agree("2025-02", "2025-03-01")


def test_same_fact_at_different_precision_is_no_conflict() -> None:
    values = {"2025-02": {"a"}, "2025-02-12": {"b"}, "2025": {"c"}}
    assert disagreement("date", values, dates_agree, "ev-1", "date") is None


def test_conflict_lists_only_the_values_that_take_sides() -> None:
    values = {"2025-02": {"a"}, "2025-02-11": {"b"}, "2025-02-12": {"c", "d"}}
    c = disagreement("date", values, dates_agree, "ev-1", "date of the release")
    assert c is not None and c.subject == "ev-1" and c.about == "date of the release"
    assert [(v.value, v.documents) for v in c.values] == [
        ("2025-02-11", ("b",)), ("2025-02-12", ("c", "d"))]


def test_one_article_quoting_two_figures_disagrees_one_naming_two_places_need_not() -> None:
    c = disagreement("count", {"10": {"a"}, "12": {"a"}}, same_value, "ev", "n")
    assert c is not None and {v.value for v in c.values} == {"10", "12"}
    agree = places_agree(country_of_capital)
    route = {"Minsk": {"a"}, "Vilnius": {"a"}}
    assert disagreement("location", route, agree, "ev", "p", min_documents=2) is None
    apart = {"Minsk": {"a"}, "Vilnius": {"b"}}
    assert disagreement("location", apart, agree, "ev", "p", min_documents=2) is not None


def test_places_a_city_and_its_country_agree_two_cities_do_not() -> None:
    agree = places_agree(country_of_capital)
    assert agree("Abu Dhabi", "United Arab Emirates")
    assert agree("UAE", "United Arab Emirates")
    assert agree("Vnukovo airport, Moscow", "Moscow")
    assert agree("Sochi", "Russia")  # a place whose country is unknown is not contradicted
    assert not agree("Sochi", "Moscow")
    assert not agree("Moscow", "Turkey")  # the capital of another country
    assert not agree("Turkey", "Russia")
