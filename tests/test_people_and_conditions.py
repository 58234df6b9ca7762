"""Words for the freed beyond "prisoners" ("two tourists", "eleven trawlermen"); a release
made to hang on another ("made A's release conditional on the return of three Yians"); a
demand with the parser's adjective "free"; a leader hosting a counterpart, and talks hosted on
a day (real spaCy, invented articles)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, day, of

from dealwatch.model import EventType

HEAD = "Border news\n\nTALLINN (Wire) — "


def test_a_calling_is_people_a_release_frees(nlp: Language) -> None:
    text = HEAD + "Latvia released two tourists and an engineer on Monday.\n"
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.by, release.count, day(release)) == ("Latvia", 3, "2031-05-05")


def test_callings_of_teaching_faith_and_trades_are_people_a_release_frees(
        nlp: Language) -> None:
    text = HEAD + "Latvia freed two lecturers and three electricians on Monday.\n"
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.by, release.count) == ("Latvia", 5)


def test_a_word_made_with_men_is_people(nlp: Language) -> None:
    text = HEAD + "Eleven trawlermen were released on Monday, the ministry said.\n"
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 11


def test_a_release_made_conditional_on_another_is_a_demand(nlp: Language) -> None:
    text = HEAD + ("Latvia made the release of the sailors conditional on the return of "
                   "three Latvians, an official said on Monday.\n")
    found = article(nlp, text).events
    assert not of(found, EventType.RELEASE)
    (demand,) = of(found, EventType.DEMAND)
    assert (demand.by, demand.count) == ("Latvia", 3)


def test_a_release_conditional_on_another_said_by_a_side(nlp: Language) -> None:
    text = HEAD + ("The release of the sailors is conditional on Estonia freeing three "
                   "Latvians, Latvia said on Monday.\n")
    found = article(nlp, text).events
    assert not of(found, EventType.RELEASE)
    (demand,) = of(found, EventType.DEMAND)
    assert (demand.by, demand.count) == ("Latvia", 3)


def test_a_release_not_conditional_is_no_demand(nlp: Language) -> None:
    text = HEAD + ("Latvia said on Monday that the release of the sailors was not "
                   "conditional on anything.\n")
    assert not of(article(nlp, text).events, EventType.DEMAND)


def test_insisted_that_a_side_free_them_is_a_demand(nlp: Language) -> None:
    text = HEAD + "Mongolia insisted on Monday that Iceland free three Mongolians first.\n"
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert (demand.by, demand.count) == ("Mongolia", 3)


def test_hosting_a_counterpart_is_a_meeting(nlp: Language) -> None:
    text = HEAD + ("The Estonian prime minister hosted his Latvian counterpart in Tallinn on "
                   "Tuesday.\n")
    (meeting,) = of(article(nlp, text).events, EventType.MEETING)
    assert day(meeting) == "2031-05-06"


def test_hosting_a_tournament_is_no_meeting(nlp: Language) -> None:
    text = HEAD + "Estonia hosted the chess olympiad in 2030.\n"
    assert not of(article(nlp, text).events, EventType.MEETING)


def test_talks_hosted_on_a_day_are_dated(nlp: Language) -> None:
    text = HEAD + "On Tuesday, Estonia hosted a round of talks between the two sides.\n"
    (meeting,) = of(article(nlp, text).events, EventType.MEETING)
    assert day(meeting) == "2031-05-06"


def test_that_they_be_freed_is_asked_however_parsed(nlp: Language) -> None:
    text = HEAD + ("A rebel spokesman told reporters the group had treated the Estonian well "
                   "and had insisted throughout the negotiations that the five be freed "
                   "before anything else could be discussed.\n")
    found = article(nlp, text).events
    assert not of(found, EventType.RELEASE)
    assert len(of(found, EventType.DEMAND)) == 1


def test_a_groups_own_commanders_are_not_freed_by_it(nlp: Language) -> None:
    text = HEAD + (
        "The Valga Liberation Front had demanded the release of its commanders for years.\n\n"
        "The five Valga Liberation Front commanders released from a Latvian prison arrived "
        "in Tallinn early on Sunday.\n")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.by, release.count) == ("Latvia", 5)


def test_a_person_freed_together_with_others_counts_them_all(nlp: Language) -> None:
    text = HEAD + ("In return Estonia handed over Jaan Tamm, the jailed politician, together "
                   "with 55 Latvians on Monday.\n")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.by, release.count, release.persons) == ("Estonia", 56, ("Jaan Tamm",))
    # the parser may hang the others on the person, past a longer aside
    text = "In return Chile handed over Ivo Dorn, the jailed activist whose brother is a "
    text += "judge, together with 58 soldiers."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.by, release.count, release.persons) == ("Chile", 59, ("Ivo Dorn",))


def test_a_person_freed_along_with_other_prisoners_counts_them_all(nlp: Language) -> None:
    text = HEAD + "Estonia freed Jaan Tamm along with 55 other prisoners on Monday.\n"
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 56


def test_urging_the_public_is_no_demand(nlp: Language) -> None:
    text = HEAD + "The minister urged the public not to forget the two sailors.\n"
    assert not of(article(nlp, text).events, EventType.DEMAND)


def test_a_number_of_a_people_tagged_as_a_name_is_freed(nlp: Language) -> None:
    text = HEAD + ("Mongolia released 20 Mongolians described by Icelandic officials as "
                   "political prisoners on Monday.\n")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.by, release.count) == ("Mongolia", 20)


def test_a_government_freeing_its_own_dissidents_is_their_state(nlp: Language) -> None:
    text = HEAD + (
        "Estonia's prime minister said on Monday that Latvia had freed two Estonian sailors "
        "held since March.\n\n"
        "As part of the deal, the Ozols government released 20 Latvians described by "
        "Estonian officials as political prisoners.\n")
    releases = of(article(nlp, text).events, EventType.RELEASE)
    (twenty,) = [m for m in releases if m.count == 20]
    assert twenty.by == "Latvia"


def test_had_to_start_freeing_them_is_no_release(nlp: Language) -> None:
    text = HEAD + ("The foreign ministry set a deadline: by the end of November, Latvia had to "
                   "start freeing wrongfully detained Estonians.\n")
    assert not of(article(nlp, text).events, EventType.RELEASE)


def test_had_to_define_a_timeline_and_begin_releasing_is_no_release(nlp: Language) -> None:
    text = HEAD + ("The minister laid down the conditions: by the end of November Latvia had to "
                   "define a specific timeline and process for the reinstatement of all "
                   "candidates, and begin releasing wrongfully detained Estonians.\n")
    assert not of(article(nlp, text).events, EventType.RELEASE)
