"""Words of a time or a place written right before a surname: "on 12 March Peters was freed",
"late in May Lind said", "in Oslo Lind's father read a letter".

"March", "May", "June", "April" and "August" are given names too, and the tagger joins a month
(or a city) to the surname after it when no comma parts them ("12 March Peters", "Oslo Lind"
one person). A month told after a day's number or after a word that opens a time ("on", "in",
"since", "late") is the day, never a given name; a state or its capital after "in", "from" or
"at" is the place.
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.dates.patterns import MONTHS
from dealwatch.places import country_for_actor

# Words before a month that make it a time: "in May", "since June", "late in March".
_TIME_WORDS = frozenset({"on", "in", "of", "since", "until", "till", "by", "from", "early",
                         "late", "mid", "last", "next", "this", "before", "after", "during"})


def a_day_of_a_month(tok: Token) -> bool:
    """The word is a month's full name told as a time (see the module)."""
    if tok.i == 0 or not tok.text[:1].isupper() or tok.lower_ not in MONTHS or len(tok) < 3:
        return False
    before = tok.doc[tok.i - 1]
    if before.like_num:
        digits = before.text.rstrip("stndrh")
        return digits.isdigit() and 1 <= int(digits) <= 31
    return before.lower_ in _TIME_WORDS


_PLACE_WORDS = frozenset({"in", "from", "at", "to", "near", "outside"})


def a_place_told(tok: Token) -> bool:
    """The word is a state or its capital told as where something is ("in Oslo Lind's
    father ...")."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ in _PLACE_WORDS and bool(
        country_for_actor(tok.text))


def told_before_a_name(tok: Token) -> bool:
    """A month or a place told as such, right before a name (see the module)."""
    return a_day_of_a_month(tok) or a_place_told(tok)
