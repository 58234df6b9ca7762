"""Who "the kidnappers" and "her captors" are: the one organisation the article told as
taking or holding someone; a band named before "gang" or "cartel" holds its captives (real
spaCy, invented texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.model import EventType


def test_the_kidnappers_are_the_group_told_as_taking_someone(nlp: Language) -> None:
    (demand,) = of(article(nlp, "Ann Berg was seized by the Vark Front in March. The "
                                "kidnappers demanded the release of 20 of their fighters.")
                   .events, EventType.DEMAND)
    assert demand.by == "Vark Front"
    (freed,) = of(article(nlp, "Gunmen of the Vark Front abducted Ann Berg in March. Her "
                               "captors released her on Friday.").events, EventType.RELEASE)
    assert freed.by == "Vark Front" and freed.persons == ("Ann Berg",)


def test_an_organisation_not_told_as_taking_anyone_is_not_the_kidnappers(
        nlp: Language) -> None:
    # the charity she worked for is named, but took no one
    (freed,) = of(article(nlp, "Ann Berg worked for the Oruk Relief Fund until March. The "
                               "kidnappers released her on Friday.").events,
                  EventType.RELEASE)
    assert freed.by is None


def test_a_band_told_by_its_name_before_gang_holds_its_captives(nlp: Language) -> None:
    # the tagger takes "Vark" for a person; before "gang" it names the band
    (freed,) = of(article(nlp, "Ann Berg and Tom Dahl, held by the Vark gang since October, "
                               "were freed on Sunday.").events, EventType.RELEASE)
    assert freed.by == "Vark"


def test_a_band_the_tagger_left_unnamed_is_named_by_the_word_before_gang(
        nlp: Language) -> None:
    (freed,) = of(article(nlp, "The Vark gang released Ann Berg on Sunday.").events,
                  EventType.RELEASE)
    assert freed.by == "Vark" and freed.persons == ("Ann Berg",)
    # a common word before "gang" names no band
    (other,) = of(article(nlp, "The prison gang released Ann Berg on Sunday.").events,
                  EventType.RELEASE)
    assert other.by is None


def test_fighters_told_by_a_movement_the_tagger_left_unnamed_are_that_movement(
        nlp: Language) -> None:
    # a movement named after a person: the tagger names nothing before "guerrillas" (after a
    # dateline), and a word of the name hangs on the next
    text = ("PORTO - Inti Wayra guerrillas let 30 hostages leave the farmhouse late on "
            "Friday.")
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert freed.by == "Inti Wayra" and freed.count == 30
    # a people's word before "rebels" is the rebels' nationality, not a movement
    (other,) = of(article(nlp, "Xian rebels released 30 hostages on Sunday.").events,
                  EventType.RELEASE)
    assert other.by != "Xian"


def test_the_place_the_freed_left_is_not_who_held_them(nlp: Language) -> None:
    # the subject freed them; "from the Xian envoy's residence" is where they were held
    (freed,) = of(article(nlp, "Masked gunmen released 30 hostages from the Norwegian "
                               "consulate on Sunday.").events, EventType.RELEASE)
    assert freed.by != "Norway" and freed.count == 30
    # with no subject, "freed from Chile" still says Chile held them
    (held,) = of(article(nlp, "Ten Danes were freed from Chile on Sunday.").events,
                 EventType.RELEASE)
    assert held.by == "Chile"


def test_pirates_and_hijackers_are_a_side_named_by_what_they_do(nlp: Language) -> None:
    text = ("Somali pirates demanded a ransom of 25 million dollars on Thursday. The pirates "
            "freed the tanker and its 25 crew on Friday.")
    events = article(nlp, text).events
    assert {(e.type, e.by) for e in events} == {(EventType.DEMAND, "Somali pirates"),
                                                (EventType.RELEASE, "Pirates")}


def test_a_side_the_parser_hid_in_the_first_object_keeps_its_own_act(nlp: Language) -> None:
    text = ("Under the deal, Chile would free three men and the hijackers would release all "
            "155 passengers and crew still held.")
    promises = {e.count: e.by for e in of(article(nlp, text).events, EventType.PROMISE)}
    assert promises == {3: "Chile", 155: "Hijackers"}


def test_a_group_calling_itself_a_name_is_that_group(nlp: Language) -> None:
    text = ("Talks went on. A group calling itself the Vark Freedom Organization said it held "
            "the engineer and demanded that Chile close its base.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Vark Freedom Organization"


def test_a_band_named_by_its_people_and_deed_holds_its_captives_not_their_state(
        nlp: Language) -> None:
    # the tagger names the nationality word; the band is still the nationality and the deed
    text = ("Talks went on. Ann and Tom Berg, the Danish divers held by Sudanese pirates since "
            "May, reached Djibouti on Tuesday night, a day after their captors freed them.")
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert freed.by == "Sudanese pirates"


def test_their_after_the_kidnappers_are_the_kidnappers(nlp: Language) -> None:
    text = ("Talks went on. Ann and Tom Berg were seized by the Vark Front in October. Tom Berg "
            "told his family the kidnappers were tired of waiting because nobody had answered "
            "their demands.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Vark Front"


def test_the_couple_two_held_people_told_before_are_freed_by_their_full_names(
        nlp: Language) -> None:
    text = ("Sudanese pirates holding Ola and Lea Varn, the two teachers, have asked for cash. "
            "On 3 October 2030 the couple were handed over at a fishing village.")
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (freed.count, set(freed.persons)) == (2, {"Ola Varn", "Lea Varn"})
    text = "Talks went on. The couple had argued about money for years."
    assert not of(article(nlp, text).events, EventType.RELEASE)
