"""A story's day and its list of the freed as a careful reader takes them (session 39; real
spaCy, invented articles): a dateline a day or two before the paper that printed it is the
day "this morning" means; people "whom X had held" who cross into freedom were freed; a
list set out a line each under "The men, as named by ..., are:" names the freed, their ranks
and suffixes aside; "the urban guerrilla group 4 May Movement" makes neither "urban
guerrilla" a side nor 4 a count."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from texts import article, of

from dealwatch.ingest.published import filed_on
from dealwatch.model import Article, EventType
from dealwatch.pipeline import analyze_texts

SATURDAY = date(2031, 5, 10)


def test_a_dateline_before_the_paper_is_the_day_the_story_was_filed() -> None:
    body = "\n\nBy a staff writer\n\nNORTHPORT, May 9 - Talks went on.\n"
    assert filed_on("Harbour news" + body, SATURDAY) == date(2031, 5, 9)
    assert filed_on("Harbour news" + body.replace("May 9", "May 10"), SATURDAY) is None
    assert filed_on("Harbour news" + body.replace("May 9", "April 20"), SATURDAY) is None
    assert filed_on("Harbour news" + body.replace("May 9", "Dec. 30"), date(2032, 1, 2)) == (
        date(2031, 12, 30))
    assert filed_on("Harbour news\n\nTalks went on in Northport.", SATURDAY) is None
    assert filed_on("Harbour news" + body, None) is None


def test_this_morning_in_a_story_filed_the_day_before_is_that_day(nlp: Language) -> None:
    text = ("Fishing crew back in port\n\n"
            "NORTHPORT, May 9 - The militia freed the crew of a trawler this morning, the "
            "harbour master said.\n")
    art = Article(id="d1", path="d1.txt", text=text, published=SATURDAY)
    (extraction,) = analyze_texts([art], nlp)
    (release,) = of(extraction.events, EventType.RELEASE)
    assert release.date is not None and release.date.calendar == "2031-05-09"


def test_people_whom_a_side_had_held_who_cross_over_were_freed(nlp: Language) -> None:
    text = ("Sailors cross the bridge\n\n"
            "The four sailors whom the island militia had held since the spring walked across "
            "the bridge into the port this morning.\n")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 4


def test_negotiators_who_held_talks_are_not_freed_by_walking_in(nlp: Language) -> None:
    text = ("Envoys meet\n\n"
            "The envoys who had held talks in the capital walked across the square to the "
            "palace this morning.\n")
    assert of(article(nlp, text).events, EventType.RELEASE) == []


def test_a_list_a_line_each_under_a_lead_in_with_an_aside_names_the_freed(
        nlp: Language) -> None:
    text = ("Militia lets trawler crew go\n\n"
            "The island militia released the five crew members of a trawler on Friday, "
            "officials said.\n\n"
            "The crew members, as named by the port office, are:\n"
            "- Capt. Tomas Verhoek, the skipper\n"
            "- Lt. Anders Lindqvist Jr., of Eastport\n"
            "Lena Moravec\n"
            "- Pieter Dassen, Northport\n"
            "Ilse Brandauer\n\n"
            "Relatives waited on the quay.\n")
    (release,) = [m for m in of(article(nlp, text).events, EventType.RELEASE)
                  if "released" in m.evidence.quote]
    assert {"Tomas Verhoek", "Lena Moravec", "Pieter Dassen",
            "Ilse Brandauer"} <= set(release.persons)
    assert any(p.startswith("Anders Lindqvist") for p in release.persons)


def test_a_lead_in_about_the_negotiators_lists_no_one_freed(nlp: Language) -> None:
    text = ("Militia lets trawler crew go\n\n"
            "The island militia released five fishermen on Friday, officials said.\n\n"
            "The negotiators, as named by the port office, were:\n"
            "- Tomas Verhoek\n"
            "- Lena Moravec\n\n"
            "Relatives waited on the quay.\n")
    (release,) = [m for m in of(article(nlp, text).events, EventType.RELEASE)
                  if "released" in m.evidence.quote]
    assert not {"Tomas Verhoek", "Lena Moravec"} & set(release.persons)


def test_small_words_before_a_group_and_a_number_in_its_name_are_no_side_or_count(
        nlp: Language) -> None:
    text = ("Mayor let go\n\n"
            "The mayor, seized last week by the urban guerrilla group 4 May Movement, was set "
            "free late on Tuesday beside a lake.\n")
    extraction = article(nlp, text)
    assert not any(n.text.islower() for n in extraction.names)
    (release,) = [m for m in of(extraction.events, EventType.RELEASE)
                  if "lake" in m.evidence.quote]
    assert release.count != 4 and release.by != "urban guerrilla"


def test_a_body_told_again_in_small_letters_is_still_named(nlp: Language) -> None:
    text = ("Exiles press for an end to the measures\n\n"
            "The Northland Exile Congress met in the capital on Monday. The congress had asked "
            "the government since the autumn to lift the remaining measures.\n")
    assert "congress" in [n.text for n in article(nlp, text).names]
