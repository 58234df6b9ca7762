"""A court that lets someone go: "allowed him to walk free" frees him, "the court" is the one
the sentence before told ruling on a day, and a home with an electronic tag is no freedom
(real spaCy, invented articles)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, day, of

from dealwatch.model import EventType

HEAD = "Court news\n\nVALDIVIA (Wire) — "


def test_a_court_that_allows_someone_to_walk_free_frees_him(nlp: Language) -> None:
    text = HEAD + ("A Chilean court on Friday fined the trader Tom Dahl for smuggling but "
                   "allowed him to walk free.\n")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.by, release.persons, day(release)) == ("Chile", ("Tom Dahl",), "2031-05-09")
    # also in the passive, and "go free"
    text = HEAD + "Tom Dahl was allowed to go free on Friday.\n"
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.persons == ("Tom Dahl",)
    # a refusal frees no one
    text = HEAD + "The judge refused to allow Tom Dahl to walk free on Friday.\n"
    assert not of(article(nlp, text).events, EventType.RELEASE)


def test_the_court_that_lets_him_go_is_the_one_that_ruled_the_sentence_before(
        nlp: Language) -> None:
    text = HEAD + ("On 2 May a Chilean court found Tom Dahl guilty of fraud and gave him four "
                   "years. As he had served most of that in custody, the court let him go.\n")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.by, release.persons, day(release)) == ("Chile", ("Tom Dahl",), "2031-05-02")
    # a court of another paragraph is not "the court"
    text = HEAD + ("On 2 May a Chilean court found Tom Dahl guilty of fraud.\n\nAs he had "
                   "served most of that in custody, the court let him go.\n")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.date is None


def test_sent_home_with_an_electronic_tag_is_still_held(nlp: Language) -> None:
    text = HEAD + ("Tom Dahl was not deported; he was sent back to his flat with an electronic "
                   "tag fitted.\n")
    assert not of(article(nlp, text).events, EventType.RELEASE)
    text = HEAD + "Tom Dahl was sent home with his wife on Friday.\n"
    assert of(article(nlp, text).events, EventType.RELEASE)


def test_a_travel_ban_the_court_lifts_when_it_lets_him_go_is_no_sanction(
        nlp: Language) -> None:
    text = HEAD + "On Friday the tribunal let Tom Dahl go and removed the travel ban on him.\n"
    events = article(nlp, text).events
    assert of(events, EventType.RELEASE)
    assert not of(events, EventType.SANCTIONS_RELIEF)
