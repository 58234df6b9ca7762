"""Whom a group of the freed holds, and what is asked or met, as a careful reader takes the
words around them (session 40; real spaCy, invented articles): an "among them" after the
group's comma names some of it, before the names ("freed five people, among them the singer
A") or after them ("twenty prisoners, A and B among them"), wherever the parse hangs it; "the
Xian A B" is a person told with a nationality; names set between double hyphens are the
group's; a later "Among them was C" belongs to the people the sentence before it counts, not
to a release told paragraphs earlier; talks told with no one named ("the two negotiators met
on May 3", "the talks opened on Monday") are between the story's two sides; "insisted that
A must be freed" is a demand; a release offered "on condition that" another side frees
people, or one that "depends on" it, asks for theirs and frees no one yet; a release told in
batches ("four on May 6 and seven more the next day") is one release a batch; a roll of who
crossed ("First over was A ... Behind him came B; C; and D", "A led the line", "B was the
last to cross") names every one of the group the article freed, a plural title ("Lieutenants
A and B") aside; agreeing to provide aid or to receive people is a promise."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.extract.names import find_names
from dealwatch.model import EntityType, EventType


def test_among_them_after_the_group_names_some_of_it(nlp: Language) -> None:
    text = ("Ferry passengers let go\n\n"
            "The first captives off the ship had been let go late on Thursday, when the "
            "pirates released five persons, among them the Icelandic singer Ulla Thorsen.\n")
    releases = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.count == 5]
    assert releases and all("Ulla Thorsen" in m.persons for m in releases)


def test_among_them_after_the_day_of_a_passive_release(nlp: Language) -> None:
    text = ("Prisoners go home\n\n"
            "The 14 detainees were freed on that same day, among them rebel commander Nadia "
            "Ferro; most of the 14 chose to stay in the country.\n")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 14 and release.persons == ("Nadia Ferro",)


def test_names_before_among_them_are_of_the_group(nlp: Language) -> None:
    text = ("Consulate seized\n\n"
            "A band calling itself the Red Morning took over the consulate in the port and "
            "demanded the release of 20 jailed militants, Karl Brenner and Anna Voss among them.\n"
            "\nThe gunmen freed twelve hostages on Friday, Paul Hardy and Simon Vale among "
            "them.\n")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert set(demand.persons) == {"Karl Brenner", "Anna Voss"}
    releases = of(article(nlp, text).events, EventType.RELEASE)
    assert any(set(m.persons) == {"Paul Hardy", "Simon Vale"} and m.count == 12
               for m in releases), [(m.persons, m.count) for m in releases]


def test_among_them_opening_a_described_noun_keeps_the_names_in_the_group(
        nlp: Language) -> None:
    text = ("Last hostages out\n\n"
            "The last six, all Icelandic men, among them the Reykjavik brothers Michael Ashmore "
            "and Peter Ashmore, were released on Monday and flown to the coast.\n")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert set(release.persons) == {"Michael Ashmore", "Peter Ashmore"}


def test_a_nationality_after_the_is_no_part_of_the_name(nlp: Language) -> None:
    doc = nlp("The rebels released the Icelandic Mark Ellis and the Estonian Peter Holt on "
              "Tuesday.")
    people = {m.text for m in find_names(doc, "d").mentions if m.type == EntityType.PERSON}
    assert people == {"Mark Ellis", "Peter Holt"}


def test_names_between_double_hyphens_are_the_group(nlp: Language) -> None:
    text = ("Reporters flown out\n\n"
            "On the Sunday three flights finished the job, and four reporters sentenced to "
            "death by a rebel court -- Omar Saleh, Karim al-Nouri, Sami Fahd and Tariq "
            "al-Masri -- were flown out.\n")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert len(release.persons) == 4 and "Omar Saleh" in release.persons


def test_a_later_among_them_belongs_to_the_people_counted_just_before(
        nlp: Language) -> None:
    text = ("Mayor's wife freed\n\n"
            "The rebels on Monday released the wife of the mayor of the port after a month "
            "in captivity.\n\n"
            "Lena Ortiz, 41, and her driver Tomas Ruiz, 29, were handed over at noon in a "
            "village in the hills.\n\n"
            "The couple were flown to the capital, where relatives had waited since dawn.\n\n"
            "The other half of the bargain began at the central jail, where 19 prisoners "
            "climbed into a van bound for the airfield. Among them was Rosa Vidal, a rebel "
            "commander captured in March.\n")
    for m in of(article(nlp, text).events, EventType.RELEASE):
        assert "Rosa Vidal" not in m.persons or m.count == 19, (m.persons, m.count)


def test_talks_told_with_no_names_are_between_the_story_s_two_states(nlp: Language) -> None:
    text = ("Latvia and Estonia open talks over detained trawler\n\n"
            "Latvia and Estonia agreed last week to settle what becomes of the trawler crew that "
            "Estonia detained in March, and Latvia freed two Estonian fishermen as a goodwill "
            "gesture.\n\n"
            "On May 3 the two negotiators met in private in a border village, for an "
            "hour. The formal talks opened on Monday at a hotel in the capital, and the "
            "delegations met again on Tuesday.\n\n"
            "A meeting of fishing ministers in the region is due in June.\n")
    meetings = {m.date.calendar: m for m in of(article(nlp, text).events, EventType.MEETING)
                if m.date is not None}
    assert set(meetings["2031-05-03"].participants) == {"Latvia", "Estonia"}
    assert set(meetings["2031-05-05"].participants) == {"Latvia", "Estonia"}
    assert "2031-05-06" not in meetings or not meetings["2031-05-06"].participants
    assert all(not m.participants for m in of(article(nlp, text).events, EventType.MEETING)
               if "ministers" in m.evidence.quote)


def test_insisting_that_someone_must_be_freed_is_a_demand(nlp: Language) -> None:
    text = ("Talks stall\n\n"
            "The Vark Front insisted on Monday that its commander must be freed before any "
            "other step.\n")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.date is not None and demand.date.calendar == "2031-05-05"
    assert of(article(nlp, text).events, EventType.RELEASE) == []


def test_a_release_on_condition_that_another_frees_people_asks_for_theirs(
        nlp: Language) -> None:
    text = ("Offer to the rebels\n\n"
            "The Mongolian government said on Tuesday it would free four militants on condition "
            "that the three hostages held by the insurgents were released.\n")
    events = article(nlp, text).events
    (demand,) = of(events, EventType.DEMAND)
    assert demand.count == 3 and demand.by == "Mongolia"
    assert of(events, EventType.RELEASE) == []


def test_a_release_that_depends_on_another_is_no_release_and_the_other_is_asked_for(
        nlp: Language) -> None:
    text = ("Swap on hold\n\n"
            "Officials in the capital said the release of the four militants depends on the "
            "rebels freeing the three hostages.\n")
    events = article(nlp, text).events
    assert of(events, EventType.RELEASE) == []
    (demand,) = of(events, EventType.DEMAND)
    assert demand.count == 3


def test_a_release_in_batches_by_day_is_one_release_a_batch(nlp: Language) -> None:
    text = ("Hostages go free in two groups\n\n"
            "On the council's order the gunmen freed eleven hostages in two groups: four on "
            "May 6 and seven more the next day.\n")
    releases = of(article(nlp, text).events, EventType.RELEASE)
    assert {(m.count, m.date.calendar if m.date else None) for m in releases
            if m.count is not None} == {(4, "2031-05-06"), (7, "2031-05-07")}


def test_a_plural_title_before_two_names_is_no_part_of_the_first(nlp: Language) -> None:
    doc = nlp("Morrow and three other navy pilots - Lt. Col. Dean Hollis and Lieutenants Paul "
              "Greer and Mark Tandy - were sent home at the end of May.")
    people = {m.text for m in find_names(doc, "d").mentions if m.type == EntityType.PERSON}
    assert {"Paul Greer", "Mark Tandy"} <= people
    assert not any(p.startswith("Lieutenants") for p in people)


def test_a_roll_of_who_crossed_first_and_behind_names_every_one(nlp: Language) -> None:
    text = ("Eight airmen cross into freedom\n\n"
            "The eight airmen whom the regime had held for two years walked across the "
            "bridge into the port this morning.\n\n"
            "First over was the crew's navigator, Capt. Owen T. Hale, 38, who waved to the "
            "crowd.\n\n"
            "Behind him came Maj. Carl D. Rudd, who walked with a cane; Capt. Peter L. Dunn; "
            "Lt. Ray S. Moss; and the four enlisted men, Sergeants Alan Kerr, Bill Ames, Joe "
            "Finch and Tom Webb.\n")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert set(release.persons) == {"Owen T. Hale", "Carl D. Rudd", "Peter L. Dunn",
                                    "Ray S. Moss", "Alan Kerr", "Bill Ames", "Joe Finch",
                                    "Tom Webb"}


def test_a_roll_far_after_the_release_it_tells_is_that_release_s(nlp: Language) -> None:
    text = ("Six fishermen come home\n\n"
            "The six fishermen whom the junta had held for a year walked over the bridge into "
            "the port this morning, two days after the junta said it was letting them go.\n\n"
            "A harbour officer stood at the gate and called each man in turn. A "
            "consul shook hands with every man.\n\n"
            "First over was the skipper, Capt. Owen T. Hale, 52, who waved to his wife. He "
            "did not look back.\n\n"
            "Behind him came Carl D. Rudd; Peter L. Dunn; Ray S. Moss; Alan Kerr; and Tom "
            "Webb, the youngest.\n")
    releases = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.count == 6]
    assert releases and {"Owen T. Hale", "Carl D. Rudd", "Tom Webb"} <= set(
        releases[0].persons)


def test_who_led_the_line_and_who_crossed_last_are_of_the_group(nlp: Language) -> None:
    text = ("Trawler crew walks free\n\n"
            "Twelve fishermen held by the junta since March walked across the bridge into the "
            "port at noon today, ending nine months of captivity.\n\n"
            "The men walked singly, a few paces apart. Capt. Owen T. Hale, the skipper of "
            "the trawler, led the line. The mate, Peter L. Dunn, was the last to cross.\n")
    (release,) = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.count]
    assert set(release.persons) == {"Owen T. Hale", "Peter L. Dunn"}


def test_agreeing_to_provide_aid_or_to_take_people_in_is_a_promise(nlp: Language) -> None:
    text = ("Asylum and aid\n\n"
            "Officials said the Icelandic government had agreed on Thursday to receive all nine "
            "as political refugees. Estonia agreed on Friday to provide four million euros in "
            "aid to the province.\n")
    promises = of(article(nlp, text).events, EventType.PROMISE)
    assert {m.date.calendar for m in promises if m.date} == {"2031-05-08", "2031-05-09"}
