"""Countries, their names, demonyms and capitals: general world knowledge, loaded once."""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources


@lru_cache(maxsize=1 << 16)  # asked for every name and word of every article
def _key(text: str) -> str:
    text = text.strip().casefold().replace("’", "'").replace(".", "")
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\s+", " ", text)


@cache
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(name or alias -> country, demonym -> country, capital -> country)."""
    raw = resources.files("dealwatch").joinpath("data/countries.json").read_text("utf-8")
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for row in json.loads(raw):
        country = row["name"]
        for alias in [country, *row.get("aliases", [])]:
            names.setdefault(_key(alias), country)
        for dem in row.get("demonyms", []):
            demonyms.setdefault(_key(dem), country)
        for cap in row.get("capitals", []):
            capitals.setdefault(_key(cap), country)
    return names, demonyms, capitals


def country_named(text: str) -> str | None:
    """The country a name or abbreviation denotes ("U.S." -> "United States")."""
    return _tables()[0].get(_key(text))


def country_of_demonym(text: str) -> str | None:
    """The country of a nationality word ("Belarusian" -> "Belarus")."""
    return _tables()[1].get(_key(text))


def country_of_capital(text: str) -> str | None:
    """The country whose capital a city is, for metonymy ("Minsk" -> "Belarus")."""
    return _tables()[2].get(_key(text))


def country_for_actor(text: str) -> str | None:
    """The country a name stands for when it acts: a country, its capital, or a demonym."""
    return country_named(text) or country_of_capital(text) or country_of_demonym(text)
