"""What one side's envoy tells the other's to their face of the people it holds ("A told B
that ten Yians held in X would be let go", "A assured B that ...") is A's word given, a
promise; the same said to no one named is left unread as a guess; a minister named before
his role ("A, Xland's foreign minister, said ...") speaks for the state of that role (real
spaCy, invented articles)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, day, of

from dealwatch.model import EventType

LEAD = ("Mongolia to free sailors\n\n"
        "ULAANBAATAR (Wire) — Mongolia's envoy, Tumur Batbayar, met Iceland's envoy, Ari "
        "Oskarsson, in Geneva last week.\n\n")


def test_told_to_the_other_envoy_is_a_promise(nlp: Language) -> None:
    text = LEAD + ("Batbayar told Oskarsson on Wednesday that ten Icelanders held in Mongolia "
                   "would be let go.\n")
    (promise,) = of(article(nlp, text).events, EventType.PROMISE)
    assert promise.count == 10 and promise.by is not None and "Batbayar" in promise.by
    assert day(promise) == "2031-05-07"


def test_assured_the_other_envoy_is_a_promise(nlp: Language) -> None:
    text = LEAD + ("Batbayar assured Oskarsson on Wednesday that the ten Icelandic trawlermen "
                   "would be released.\n")
    (promise,) = of(article(nlp, text).events, EventType.PROMISE)
    assert promise.count == 10 and promise.by is not None and "Batbayar" in promise.by


def test_said_to_no_one_named_is_no_promise_of_his(nlp: Language) -> None:
    text = LEAD + ("Batbayar said on Wednesday that ten Icelanders held in Mongolia would be "
                   "let go.\n")
    assert not [m for m in of(article(nlp, text).events, EventType.PROMISE)
                if m.by is not None and "Batbayar" in m.by]


def test_a_minister_named_first_speaks_for_the_state_of_his_role(nlp: Language) -> None:
    text = ("Prisoners to go home\n\n"
            "ULAANBAATAR (Wire) — Bold Tseren, Mongolia's foreign minister, said on Wednesday "
            "that the Icelandic prisoners would be freed.\n")
    (promise,) = of(article(nlp, text).events, EventType.PROMISE)
    assert promise.by == "Mongolia" and day(promise) == "2031-05-07"
