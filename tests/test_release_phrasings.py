"""Releases told in less common shapes: a relative clause of the freed ("16 people Norway
freed"), "A was among ...", clemency granted to a group, "freed from <state>", a release
that "was demanded", and a swap's other half of the freed state's own nationals (real spaCy,
invented texts)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from texts import article, of, sentence_events

from dealwatch.extract.args import actor_token
from dealwatch.extract.coref import Coref
from dealwatch.extract.cues import find_cues
from dealwatch.extract.frames import frame_of
from dealwatch.extract.names import find_names
from dealwatch.model import EventMention, EventType


def the_release(nlp: Language, text: str) -> EventMention:
    """The one release an article (its document readings too) tells."""
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    return release


def test_people_a_side_freed_in_a_relative_clause_are_its_release(nlp: Language) -> None:
    text = ("Ivan Dorn, a reporter, was among 16 people Norway freed on Thursday in exchange "
            "for eight Peruvians held in the West.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    (norway,) = [m for m in released if m.by == "Norway"]
    assert norway.count == 16 and norway.persons == ("Ivan Dorn",)


def test_clemency_granted_to_a_group_is_their_release(nlp: Language) -> None:
    (release,) = of(sentence_events(nlp, "Peru granted clemency to five Danes held in Lima."),
                    EventType.RELEASE)
    assert release.by == "Peru" and release.count == 5


def test_clemency_offered_is_no_release(nlp: Language) -> None:
    events = sentence_events(nlp, "Peru offered clemency to five Danes held in Lima.")
    assert not of(events, EventType.RELEASE)


def test_people_released_from_a_state_were_freed_by_it(nlp: Language) -> None:
    for text in ("The release of five Danes from Peru on Monday capped two years of talks.",
                 "Ivan Dorn was freed from Peru on Monday."):
        release = the_release(nlp, text)
        assert release.by == "Peru"


def test_a_release_that_was_demanded_or_promised_is_no_release(nlp: Language) -> None:
    demanded = sentence_events(nlp, "The release of five Danes from Peru was demanded.")
    assert of(demanded, EventType.DEMAND) and not of(demanded, EventType.RELEASE)
    promised = sentence_events(nlp, "The release of Ivan Dorn was promised by Norway.")
    assert [m.by for m in of(promised, EventType.PROMISE)] == ["Norway"]
    assert not of(promised, EventType.RELEASE)


def test_a_states_own_nationals_traded_for_are_not_freed_by_it(nlp: Language) -> None:
    text = ("A Peruvian court had sentenced Ivan Dorn to 16 years in July.\n\n"
            "He was among 16 people Peru freed on Thursday in exchange for eight Peruvians "
            "held in the West.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    (eight,) = [m for m in released if m.count == 8]
    assert eight.by != "Peru"


def test_the_second_such_release_is_the_one_the_sentence_tells(nlp: Language) -> None:
    text = ("The Taliban released an American citizen, Ivan Dorn, on Thursday, the second such "
            "release this year, after a visit to Kabul by an envoy.")
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.persons == ("Ivan Dorn",)


def test_pressing_a_side_to_free_people_is_a_demand(nlp: Language) -> None:
    (demand,) = of(article(nlp, "Norway pressed Peru to free political prisoners.").events,
                   EventType.DEMAND)
    assert demand.by == "Norway"
    assert not of(sentence_events(nlp, "Reporters pressed the minister on the talks."),
                  EventType.DEMAND)


def test_a_subject_the_parser_hung_on_the_auxiliary_acts(nlp: Language) -> None:
    # the parse spaCy gives "Washington had for months pressed Minsk to free ..." in some
    # sentences: the subject under "had", the verb without one
    words = ["Norway", "had", "for", "months", "pressed", "Peru", "to", "free", "prisoners",
             "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 4, 1, 2, 4, 4, 7, 4, 7, 4],
              deps=["nsubj", "aux", "prep", "pobj", "ROOT", "dobj", "aux", "xcomp", "dobj",
                    "punct"],
              pos=["PROPN", "AUX", "ADP", "NOUN", "VERB", "PROPN", "PART", "VERB", "NOUN",
                   "PUNCT"],
              ents=["B-GPE", "O", "O", "B-DATE", "O", "B-GPE", "O", "O", "O", "O"])
    names = find_names(doc, "doc1")
    found = actor_token(doc[4], names, Coref(names))
    assert found is not None and found.text == "Norway"


def test_a_deal_that_saw_a_side_free_someone_is_its_release(nlp: Language) -> None:
    text = ("Peru released 10 Danes on Wednesday as part of a deal that saw the United States "
            "free Paul Gross, a businessman close to President Karl Moen.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    (gross,) = [m for m in released if m.persons == ("Paul Gross",)]
    assert gross.by == "United States"


def test_people_listed_inside_a_clause_on_the_group_are_of_the_group(nlp: Language) -> None:
    text = ("Peru also freed 20 Peruvians jailed for political reasons, including Ivan Dorn, "
            "an opposition politician.")
    release = the_release(nlp, text)
    assert release.count == 20 and release.persons == ("Ivan Dorn",)


def test_people_of_one_state_flown_out_of_another_were_freed_by_it(nlp: Language) -> None:
    text = "- May 8: The five Danes were flown from Lima to Doha on a chartered plane."
    release = the_release(nlp, text)
    assert release.by == "Peru" and release.count == 5
    assert release.date is not None and release.date.calendar == "2031-05-08"
    assert not of(sentence_events(nlp, "The minister flew from Lima to Doha."),
                  EventType.RELEASE)


def test_hostages_received_from_a_group_were_freed_by_it(nlp: Language) -> None:
    text = "The Red Cross says it has received 11 hostages from Hezbollah in the south."
    release = the_release(nlp, text)
    assert release.by == "Hezbollah" and release.count == 11
    assert not of(article(nlp, "The ministry received a letter from Peru.").events,
                  EventType.RELEASE)


def test_a_label_opening_a_line_is_no_one_freed(nlp: Language) -> None:
    text = ("Explainer: who was freed in the deal?\n\n"
            "On Saturday, Peru released two Danes, Ivan Dorn and Karl Moen.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    assert not any("Explainer" in p for m in released for p in m.persons)


def test_the_freedom_a_side_won_is_a_release(nlp: Language) -> None:
    # session 26: "won the freedom of A" is told as "secured the release of A" is
    for text in ("Peru won the freedom of Ann Berg on Monday.",
                 "Peru secured the freedom of 30 sailors held in Chile on Monday."):
        assert of(sentence_events(nlp, text), EventType.RELEASE)
    for text in ("Ann Berg won the freedom of speech award on Monday.",
                 "The court upheld the freedom of the press on Monday."):
        assert not of(sentence_events(nlp, text), EventType.RELEASE)


def test_a_side_set_off_by_for_its_part_is_the_actor(nlp: Language) -> None:
    # session 26: the parse takes "Peru, for its part, pardoned" for a modifier, not a subject
    text = "Peru, for its part, pardoned, commuted or dropped charges against seven Chileans."
    release = the_release(nlp, text)
    assert (release.by, release.count) == ("Peru", 7)


def test_a_list_after_a_double_dash_names_people_without_it(nlp: Language) -> None:
    # session 26: "seven Chileans -- A, B, C": the dash is no part of the first name
    from dealwatch.extract.names import clean_name

    assert clean_name("-- Ann Berg") == "Ann Berg"
    assert clean_name("Jean-Paul Berg") == "Jean-Paul Berg"


def test_what_a_side_demanded_on_a_day_is_the_release_not_the_day(nlp: Language) -> None:
    # session 26: "demanded on Monday the release of A": the time phrase is not the content
    for text in ("Lima on Monday demanded the release of Ann Berg.",
                 "Peru demanded the release of Ann Berg on Monday."):
        (demand,) = of(article(nlp, text).events, EventType.DEMAND)
        assert demand.persons == ("Ann Berg",) and demand.date is not None


def test_one_person_told_by_a_singular_noun_is_counted_one(nlp: Language) -> None:
    # session 27: "a teacher", "an American", "another hostage" is one person freed
    for text in ("A teacher was freed on Monday.",
                 "Peru freed an American on Monday.",
                 "Peru freed another hostage on Monday."):
        (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
        assert release.count == 1, text
    for text in ("A group of prisoners was freed on Monday.",
                 "A family was freed on Monday."):
        (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
        assert release.count is None, text
    assert not of(sentence_events(nlp, "Peru condemned an American company on Monday."),
                  EventType.RELEASE)


def test_people_held_since_a_month_and_freed_on_a_day(nlp: Language) -> None:
    # session 27: the parse reads "since March were freed" as a clause of "held" whose
    # subject is the month; those freed are the people "held" describes, on the day told
    text = "Ten Chileans held in Norland since March were freed on Friday."
    release = the_release(nlp, text)
    assert release.count == 10
    assert release.date is not None and release.date.calendar == "2031-05-09"  # Friday


def test_their_release_by_a_side_frees_the_people_named_before(nlp: Language) -> None:
    # session 27: the possessive of a release noun with an agent is the people named before
    # it in the sentence, however the parse hangs the list together; the agent acts
    text = "Ann Berg, Tom Dahl and Kai Strand landed in Lima on Monday after their release by Peru."
    release = the_release(nlp, text)
    assert release.by == "Peru"
    assert set(release.persons) == {"Ann Berg", "Tom Dahl", "Kai Strand"}
    text = "Ann Berg's release by Peru on Sunday ended a long ordeal."
    release = the_release(nlp, text)
    assert (release.by, release.persons) == ("Peru", ("Ann Berg",))
    # no agent: a time phrase of someone's past, no release of its own
    text = "Ann Berg moved to Lima after her release."
    assert not of(sentence_events(nlp, text), EventType.RELEASE)


def test_them_in_the_sentence_that_names_the_people(nlp: Language) -> None:
    # session 27: "A and B landed ..., after Peru freed them": them are A and B
    text = "Ann Berg and Tom Dahl landed in Lima on Monday, after Peru freed them on Sunday."
    release = the_release(nlp, text)
    assert (release.by, set(release.persons)) == ("Peru", {"Ann Berg", "Tom Dahl"})


def test_rebels_of_a_nationality_are_not_its_state(nlp: Language) -> None:
    # session 27: "a Chilean rebel group, the Red Front," frees as the group named, and
    # "Chilean rebels" or "a Chilean militia" not as Chile
    text = ("A Chilean rebel group, the Red Front, had set free around 50 prisoners near "
            "the border on Sunday.")
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.by == "Red Front"
    for text in ("A Chilean militia freed 50 prisoners on Sunday.",
                 "Chilean rebels freed 50 prisoners on Sunday."):
        (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
        assert release.by is None, text
    (release,) = of(sentence_events(nlp, "Chilean officials freed 50 prisoners on Sunday."),
                    EventType.RELEASE)
    assert release.by in ("Chile", "Chilean")  # the state, as the sides stage reads it


def test_a_states_rebels_are_not_the_state(nlp: Language) -> None:
    # session 37: "Chile's VLA rebels released ..." frees as the group its name gives, and
    # "Chile's rebels" as no state; "Chile's army" is the state's own
    text = "Chile's VLA rebels released four hostages on Wednesday."
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.by == "VLA"
    (release,) = of(sentence_events(nlp, "Chile's rebels released four hostages on Monday."),
                    EventType.RELEASE)
    assert release.by is None
    (release,) = of(sentence_events(nlp, "Chile's army freed four prisoners on Monday."),
                    EventType.RELEASE)
    assert release.by == "Chile"


def test_leaving_prison_and_a_lifted_arrest_are_releases(nlp: Language) -> None:
    # session 27: "walked out of prison", "was out of jail", "left prison"; "revoked the
    # arrest of A", "lifted A's detention"
    for text in ("Ann Berg walked out of prison on Monday.",
                 "Ann Berg was out of jail within hours of the ruling on Monday.",
                 "Ann Berg left prison on Monday.",
                 "The court on Sunday lifted the arrest of Ann Berg.",
                 "The minister on Sunday revoked the detention of Ann Berg."):
        release = the_release(nlp, text)
        assert release.persons == ("Ann Berg",), text
    for text in ("The delegates walked out of the talks on Monday.",
                 "Peru lifted the ban on Chilean fruit on Monday.",
                 "Ann Berg left the ministry on Monday."):
        assert not of(article(nlp, text).events, EventType.RELEASE), text


def test_whose_prison_someone_walked_out_of_freed_them(nlp: Language) -> None:
    for text in ("Ann Berg walked out of a Lima prison on Monday after a year in custody.",
                 "Ann Berg left a Peruvian prison on Monday after a year in custody.",
                 "Tom Dahl came out of a Peruvian jail on Monday and was driven away."):
        release = the_release(nlp, text)
        assert release.by == "Peru", text
    # a town or a prison's own name the country table does not know is no state, where the
    # article names one it knows
    text = "Ann Berg, a Chilean, walked out of Kimara prison in Tarabanga late on Friday."
    release = the_release(nlp, text)
    assert release.by is None


def test_two_sides_each_freeing_one_in_one_sentence_keep_their_own(nlp: Language) -> None:
    # session 27: "X freed A and Y freed B" (the parse reads "A and Y" as the second verb's
    # subject): A is X's, B is Y's; "The two men were exchanged" is both halves, no one's
    text = ("Chile freed Ann Berg and Peru freed Tom Dahl. The two men were exchanged on a "
            "bridge on Saturday.")
    released = {r.by: r.persons for r in of(article(nlp, text).events, EventType.RELEASE)
                if r.by}
    assert released == {"Chile": ("Ann Berg",), "Peru": ("Tom Dahl",)}
    (both,) = [r for r in of(article(nlp, text).events, EventType.RELEASE) if r.by is None]
    assert both.count is None and not both.persons


def test_the_first_of_two_sides_freeing_parsed_a_clause_of_the_second(nlp: Language) -> None:
    # "X released the dancer A and Y freed B": the parse makes "X released" a clause of
    # "freed", whose subject it reads as "A and Y"
    text = "Peru released the dancer Ann Berg and Chile freed Tom Dahl on Thursday."
    released = {r.by: (r.persons, r.count) for r in of(article(nlp, text).events,
                                                       EventType.RELEASE)}
    assert released == {"Peru": (("Ann Berg",), 1), "Chile": (("Tom Dahl",), 1)}


def test_a_noun_told_as_held_is_someone_freed(nlp: Language) -> None:
    # session 27: "the freeing of a French academic held in X since June. Y identified him as
    # A": one person, named in the next sentence
    text = ("His release was matched the same day by the freeing of a Chilean academic held "
            "in Peru since last June. State television identified him as Tom Dahl.")
    releases = of(article(nlp, text).events, EventType.RELEASE)
    assert any(r.persons == ("Tom Dahl",) and r.count == 1 for r in releases), releases


def test_people_a_participle_tells_freed_are_a_release(nlp: Language) -> None:
    # session 27: "the 12 sailors flown home on Friday" (not a rate, "a day for every ten
    # hostages released", nor a price)
    text = "The 12 sailors flown home on Friday hugged their families."
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.count == 12
    for text in ("The pause would be extended by a day for every ten hostages released.",
                 "Chile offered a day of truce for each prisoner released."):
        assert not of(sentence_events(nlp, text), EventType.RELEASE), text


def test_a_release_cited_as_a_precedent_is_no_event(nlp: Language) -> None:
    # session 27: "pointing to X's release of ...", "cited ...", "like X's release ..."
    for text in ("Pointing to Peru's release of large numbers of prisoners for a single "
                 "soldier, he said such things may be possible.",
                 "He cited Peru's release of 800 prisoners for one soldier as an example.",
                 "Like Peru's release of 800 prisoners for one soldier, the deal was costly."):
        assert not of(sentence_events(nlp, text), EventType.RELEASE), text
    text = "The deal led to Peru's release of 800 prisoners on Monday."
    assert of(sentence_events(nlp, text), EventType.RELEASE)


def test_the_day_of_two_told_exchanged_is_each_half_s(nlp: Language) -> None:
    # session 27: "X freed A. Y freed B. The two men were exchanged on Saturday": both halves
    text = ("Chile freed Ann Berg. Peru freed Tom Dahl. The two men were exchanged on a bridge "
            "on Saturday.")
    days = {r.by: r.date.value if r.date else None
            for r in of(article(nlp, text).events, EventType.RELEASE) if r.by}
    assert days == {"Chile": "2031-05-10", "Peru": "2031-05-10"}


def test_freeing_people_told_as_an_aim_is_no_release(nlp: Language) -> None:
    for text in ("Other Chileans are jailed in Peru. The ministry said that bringing Chileans "
                 "home remained a priority.",
                 "Four Chileans are jailed in Peru. Freeing the four is our first goal, she said."):
        assert not of(article(nlp, text).events, EventType.RELEASE), text


def test_the_other_half_told_next_takes_the_swaps_day(nlp: Language) -> None:
    # "X, for its part, let go three ..." and "the three men Y held were also released": the
    # other side's half of the occasion told before, on its day
    for text, side in (
            ("Chile freed Ann Berg on Friday in a swap with Peru. Peru, for its part, let go "
             "three Chilean fishermen held since 2019.", "Peru"),
            ("Ann Berg, a Peruvian teacher jailed in Chile, was freed on Friday. The three "
             "Chilean fishermen Peru had held since 2019 were also released as part of the "
             "deal.", "Peru")):
        (three,) = [r for r in of(article(nlp, text).events, EventType.RELEASE) if r.count == 3]
        assert three.by == side and three.date is not None, text
        assert three.date.value == "2031-05-09", text


def test_a_passive_told_after_anothers_release_is_not_that_sides(nlp: Language) -> None:
    # "X released 233 people, and 73 Yians were freed by the rebels": the rebels' release
    text = "Chile released 233 people, and 73 Chileans were freed by the rebels."
    sides = {r.count: r.by for r in of(article(nlp, text).events, EventType.RELEASE)}
    assert sides == {233: "Chile", 73: None}


def test_people_received_from_a_side_were_freed_by_it(nlp: Language) -> None:
    # "X handed over 73 ... and received 233 of its members from Y": Y's release of 233
    for text in ("The Vark Front handed over 73 Chileans on Wednesday and received 233 of its "
                 "members from the Chilean government.",
                 "The Vark Front handed over 73 Chileans on Wednesday and received 233 of its "
                 "members from Chile."):
        sides = {r.count: r.by for r in of(article(nlp, text).events, EventType.RELEASE)}
        assert sides == {73: "Vark Front", 233: "Chile"}, text
    text = ("The Chilean government said on Wednesday it had received 73 soldiers from the "
            "Vark Front.")
    release = the_release(nlp, text)
    assert release.by == "Vark Front"


def test_a_headline_in_the_present_tells_who_freed_whom(nlp: Language) -> None:
    # "X pardons Yian reporters after talks; jet leaves Z": the parse ends the sentence at the
    # verb and makes X its modifier
    text = "Kai Strand pardons Chilean reporters after talks with Dahl; jet leaves Lima"
    release = the_release(nlp, text)
    assert release.by == "Kai Strand"


def test_going_home_in_a_swap_is_a_release(nlp: Language) -> None:
    text = "Ann Berg returned to Chile on Friday in a swap for Tom Dahl, a Peruvian agent."
    released = {r.persons for r in of(article(nlp, text).events, EventType.RELEASE)}
    assert released == {("Ann Berg",), ("Tom Dahl",)}
    assert not of(article(nlp, "The envoy Tom Dahl returned to Chile on Friday.").events,
                  EventType.RELEASE)
    # "X returned two Yians in a swap for ...": X sent them back, X is none of the freed
    text = ("Peru returned two Chilean citizens on Friday in exchange for two Peruvians who "
            "had been serving prison terms in Chile.")
    released = {(r.by, r.count, r.persons) for r in of(article(nlp, text).events,
                                                       EventType.RELEASE)}
    assert released == {("Peru", 2, ()), ("Chile", 2, ())}


def test_crossing_a_border_in_exchange_for_others_is_a_release(nlp: Language) -> None:
    text = ("Jon Tomasson, the law student who spent four months in a Mongolian jail, walked "
            "across the border into Iceland on Thursday afternoon, in exchange for 25 "
            "Mongolians held in Icelandic prisons.")
    released = [r for r in of(article(nlp, text).events, EventType.RELEASE)
                if r.persons == ("Jon Tomasson",)]
    assert [(r.by, r.date.calendar if r.date else None) for r in released] == [
        ("Mongolia", "2031-05-08")]
    # a crossing with no swap is no release told
    assert not of(article(nlp, "The envoy Jon Tomasson walked across the border into "
                               "Iceland on Thursday.").events, EventType.RELEASE)


def test_hostages_who_land_somewhere_were_freed(nlp: Language) -> None:
    """The word itself tells them held: their arrival is their release (not prisoners who
    arrive at a court)."""
    from texts import sentence_events

    landed = sentence_events(nlp, "On Friday the three hostages landed at Lima airport.")
    assert [(e.type, e.count) for e in landed] == [(EventType.RELEASE, 3)]
    assert not sentence_events(nlp, "The prisoners arrived at the court in Lima on Friday.")


def test_people_held_who_walk_across_into_their_country_were_freed(nlp: Language) -> None:
    text = ("Eighty-two Chilean sailors held by Peru since their ship was seized in January "
            "walked across the bridge into Chile this morning.")
    (freed,) = article(nlp, text).events
    assert (freed.type, freed.by, freed.count) == (EventType.RELEASE, "Peru", 82)
    assert not sentence_events(nlp, "The troops walked across the bridge into Chile.")


@pytest.mark.parametrize("text", [
    "The 52 Chileans held in Peru left Lima today aboard two Ecuadorian airliners.",
    "The 52 Chileans held captive in Peru since November 2029 were flown out of Lima today.",
])
def test_people_held_who_leave_the_place_were_freed_by_their_holder(
        nlp: Language, text: str) -> None:
    (freed,) = article(nlp, text).events
    assert (freed.type, freed.by, freed.count) == (EventType.RELEASE, "Peru", 52)


def test_diplomats_who_leave_were_not_freed(nlp: Language) -> None:
    assert not article(nlp, "The diplomats left Lima on Friday.").events


@pytest.mark.parametrize("text", [
    "Five Chileans held in Peru since 2010 stepped off the plane in Santiago on Tuesday.",
    "Five Chileans held in Peru since 2010 walked down the steps of an aircraft at Santiago "
    "airport on Tuesday.",
])
def test_people_held_who_step_off_a_plane_were_freed(nlp: Language, text: str) -> None:
    (freed,) = article(nlp, text).events
    assert (freed.type, freed.by, freed.count) == (EventType.RELEASE, "Peru", 5)
    assert not article(nlp, "The minister stepped off the plane in Santiago on Tuesday.").events


def test_people_spirited_away_who_walk_off_a_plane_were_freed(nlp: Language) -> None:
    text = ("Five Chileans who were spirited away to Peru in 2010 walked down the steps of an "
            "aircraft at Santiago airport on Tuesday afternoon.")
    assert [(e.type, e.count) for e in article(nlp, text).events] == [(EventType.RELEASE, 5)]


def test_they_who_walk_out_of_custody_were_freed(nlp: Language) -> None:
    text = "They walked out of Peruvian custody on Monday morning."
    assert [e.type for e in sentence_events(nlp, text)] == [EventType.RELEASE]


def test_a_captive_moved_to_another_car_or_house_is_not_freed(nlp: Language) -> None:
    assert not sentence_events(nlp, "A short way off Mr Berg was transferred to another "
                                    "vehicle.")
    (handed,) = sentence_events(nlp, "The hostages were transferred to the Red Cross on "
                                     "Friday.")
    assert handed.type == EventType.RELEASE


def test_a_freed_man_to_be_flown_on_promises_nothing(nlp: Language) -> None:
    events = sentence_events(nlp, "Tom Dahl is to be flown out to a base in Peru on Friday for "
                                  "medical checks.")
    assert all(e.by != "Tom Dahl" for e in events)
    (promise,) = sentence_events(nlp, "The 30 prisoners are to be freed on Friday by Chile.")
    assert promise.type == EventType.PROMISE and promise.by == "Chile"


def test_eight_more_are_people_freed(nlp: Language) -> None:
    found = [m for m in article(nlp, "In May the council freed six of the detainees. On "
                                     "Wednesday Chile released eight more.").events
             if m.type == EventType.RELEASE]
    assert any(m.by == "Chile" and m.count == 8 for m in found)


def test_the_held_arriving_in_custody_are_not_freed(nlp: Language) -> None:
    assert not sentence_events(nlp, "The detainees arrived at the airfield shackled, in army "
                                    "trucks under heavy guard.")
    (home,) = sentence_events(nlp, "The hostages arrived at the border on Friday and crossed "
                                   "into Chile.")
    assert home.type == EventType.RELEASE


def test_what_hinders_a_release_told_before_does_not_carry_it_out(nlp: Language) -> None:
    # session 37: "Yian shelling had complicated the handover": the shelling's side did not
    # hand anyone over; "the handover" is the release told before
    text = ("The rebels freed two hostages on Friday. A commander complained that Chilean "
            "shelling had complicated the handover.")
    releases = of(sentence_events(nlp, text), EventType.RELEASE)
    assert len(releases) == 2 and all(r.by is None for r in releases)


@pytest.mark.parametrize("text", ["The rebel VLA freed two hostages on Monday.",
                                  "The rebel group VLA freed two hostages on Monday."])
def test_a_group_told_by_its_kind_and_name_frees_by_its_name(nlp: Language, text: str) -> None:
    # session 37: the parser may make "rebel" and "VLA" two subjects of the verb
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.by == "VLA"


def test_prisoners_carried_somewhere_and_handed_over_are_freed(nlp: Language) -> None:
    # session 37: "500 prisoners were driven up from X and handed over at the bridge" (the
    # handing over shares the passive's subject); "was arrested and handed over" is not
    text = "On Monday 300 rebel prisoners were driven north by truck and handed over at the ford."
    assert [r.count for r in of(sentence_events(nlp, text), EventType.RELEASE)] == [300]
    text = "Ann Berg was arrested in Lima and handed over to the police on Monday."
    assert not of(sentence_events(nlp, text), EventType.RELEASE)


@pytest.mark.parametrize(("text", "freed"), [
    ("The first sick soldiers to be released by the rebels crossed the river on Monday.", True),
    ("The first sick soldiers to be released by the rebels will cross the river on Monday.",
     False),
])
def test_the_first_people_to_be_freed_told_in_the_past_were_freed(
        nlp: Language, text: str, freed: bool) -> None:
    # session 37: "the first ... to be released by X came back on Monday": they were freed
    assert bool(of(sentence_events(nlp, text), EventType.RELEASE)) == freed


def test_an_agreement_on_a_release_frees_no_one_yet(nlp: Language) -> None:
    # session 37: "an accord on the nurses' release was reached"
    for text in ("An understanding on the nurses' release has been reached, the bishop said.",
                 "An agreement over the release of 40 prisoners was reached on Monday."):
        assert not of(sentence_events(nlp, text), EventType.RELEASE), text


@pytest.mark.parametrize("text", [
    "The Chilean government announced an amnesty on 2 June, and several hundred detainees "
    "walked out of prison in the weeks after.",
    "Chile declared an amnesty on 2 June, and 300 prisoners walked free.",
])
def test_people_freed_beside_a_states_amnesty_are_freed_by_it(nlp: Language,
                                                               text: str) -> None:
    # session 37: the amnesty's state frees those "who left jail" in the clause joined to it
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.by == "Chile"


def test_a_release_described_as_a_step_someone_demanded_still_happened(nlp: Language) -> None:
    # session 37: "X follows the release in May ..., a step Y had long demanded": the parse
    # may make the apposition the main clause and the release what it demanded
    words = ["The", "visit", "follows", "the", "release", "of", "prisoners", "in", "May", ",",
             "a", "step", "Chile", "had", "long", "demanded", "."]
    doc = Doc(nlp.vocab, words=words,
              heads=[1, 2, 15, 4, 2, 4, 5, 4, 7, 15, 11, 15, 15, 15, 15, 15, 15],
              deps=["det", "nsubj", "ccomp", "det", "dobj", "prep", "pobj", "prep", "pobj",
                    "punct", "det", "nsubj", "nsubj", "aux", "advmod", "ROOT", "punct"],
              pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT",
                   "DET", "NOUN", "PROPN", "AUX", "ADV", "VERB", "PUNCT"],
              tags=["DT", "NN", "VBZ", "DT", "NN", "IN", "NNS", "IN", "NNP", ",", "DT", "NN",
                    "NNP", "VBD", "RB", "VBN", "."],
              lemmas=["the", "visit", "follow", "the", "release", "of", "prisoner", "in", "May",
                      ",", "a", "step", "Chile", "have", "long", "demand", "."],
              ents=["O", "O", "O", "O", "O", "O", "O", "O", "B-DATE", "O", "O", "O", "B-GPE",
                    "O", "O", "O", "O"])
    (cue,) = [c for c in find_cues(doc[4], find_names(doc, "doc1"))
              if c.type == EventType.RELEASE]
    frame = frame_of(cue)
    assert frame is not None and frame.type == EventType.RELEASE


def test_a_release_told_as_an_aim_is_none_done(nlp: Language) -> None:
    for text in ("The report said the government had set the return of the two as a goal of "
                 "the war.",
                 "The fighting ended with a ceasefire in August but the return of the two "
                 "captives, one of the central aims Iceland declared for the war, was not "
                 "achieved."):
        assert not of(article(nlp, text).events, EventType.RELEASE)
    assert of(article(nlp, "The return of the two captives on Monday ended the crisis.").events,
              EventType.RELEASE)
    # the tagger's verb "aims" in the same apposition
    text = ("The fighting ended with a UN-brokered ceasefire in August of that year but the "
            "return of the two captives, one of the central aims Mongolia declared for the "
            "war, was not achieved.")
    assert not of(article(nlp, text).events, EventType.RELEASE)
    text = ("Iceland announced the release of five prisoners, aimed at easing tensions with "
            "Mongolia, on Monday.")
    assert of(article(nlp, text).events, EventType.RELEASE)


def test_a_release_spelling_out_a_wish_after_a_colon_is_asked(nlp: Language) -> None:
    text = ("Bold Baatar and Tsend Dorj were seized outside the university on August 8, 2029, "
            "and from the start their captors made clear what they wanted for them: the "
            "release of Jon Tomasson, a young member of the clan.")
    events = article(nlp, text).events
    assert not of(events, EventType.RELEASE)
    # the day the first clause tells is when they were seized, not when the wish was made
    assert [d.date for d in of(events, EventType.DEMAND)] == [None]
    text = "Iceland made one gesture on Monday: the release of Jon Tomasson."
    assert of(article(nlp, text).events, EventType.RELEASE)


def test_a_release_after_a_colon_spelling_out_what_a_side_wants_is_asked(
        nlp: Language) -> None:
    # session 46: the wish told by a free relative opening the sentence, far before the colon
    text = ("What the Vark Front asks for its last captives is the same as ever: the release "
            "of 300 of its jailed men.")
    events = article(nlp, text).events
    assert not of(events, EventType.RELEASE) and of(events, EventType.DEMAND)


def test_the_place_or_day_set_for_a_handover_is_no_handover(nlp: Language) -> None:
    text = ("Two officials told reporters that the Vark Front had not brought the hostages to "
            "the agreed handover point in Valga.")
    assert not of(article(nlp, text).events, EventType.RELEASE)
    text = "The handover ceremony for the hostages took place in Valga on Monday."
    assert of(article(nlp, text).events, EventType.RELEASE)


def test_a_release_weighed_as_the_means_to_an_end_is_none_done(nlp: Language) -> None:
    text = ("An official said the president had decided after concluding that Gansukh Bold's "
            "release was the only realistic way to bring Jon Olafsson home.")
    assert not of(article(nlp, text).events, EventType.RELEASE)
    text = "Gansukh Bold's release was a relief to his family."  # weighed, and told done
    assert of(article(nlp, text).events, EventType.RELEASE)


def test_him_is_never_the_subject_of_his_own_clause(nlp: Language) -> None:
    # "President B granted him clemency": "him" is the man handed over before, not B
    text = ("Batu Erdene confirmed the exchange in a statement. In return, Mongolia handed "
            "over Gansukh Bold, a banker convicted in 2029. Erdene granted him clemency.")
    releases = of(article(nlp, text).events, EventType.RELEASE)
    assert releases and all(r.persons == ("Gansukh Bold",) for r in releases)


def test_a_participle_freed_by_a_side_frees_the_main_clauses_subject(nlp: Language) -> None:
    # "The soldiers had come down ..., freed by X": X's release of the soldiers; the group
    # told again in apposition by its kinds counts their sum
    text = ("Their sons, 13 soldiers and three policemen, had come down from the mountains "
            "outside Valga that afternoon, freed by the Vark Front.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.by, release.count) == ("Vark Front", 16)


def test_a_homecoming_told_with_the_handover_of_them_is_that_handover(nlp: Language) -> None:
    # "came home ... as X handed them to the Red Cross": one release, X's, of the 20
    text = ("The last 20 hostages still held in Valga came home on Monday, 738 days after they "
            "were seized, as the Vark Front handed them to the Red Cross in two batches.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.by, release.count) == ("Vark Front", 20)


def test_a_release_the_talks_were_about_is_none_done(nlp: Language) -> None:
    for text in ("The talks focused on the release of the ten fishermen.",
                 "The source said the talks centred on the sequencing of the handover and on "
                 "guarantees for the aid convoys."):
        assert not of(article(nlp, text).events, EventType.RELEASE)
    text = ("The talks in Valga centred on the fate of the ten fishermen, who were freed on "
            "Monday.")
    assert of(article(nlp, text).events, EventType.RELEASE)


def test_a_kind_of_release_a_law_allows_is_none_done(nlp: Language) -> None:
    for text in ("Last autumn the assembly amended the code, allowing pardons in cases of "
                 "state interest.", "The new law allows pardons for spies."):
        assert not of(article(nlp, text).events, EventType.RELEASE)
    text = "The deal allowed the releases of 40 prisoners."
    assert of(article(nlp, text).events, EventType.RELEASE)


def test_responding_by_an_act_is_the_subjects_act(nlp: Language) -> None:
    (release,) = of(sentence_events(nlp, "Mongolia responded on Monday by freeing 20 prisoners."),
                    EventType.RELEASE)
    assert release.by == "Mongolia"
    text = "Iceland reacted by lifting sanctions on two Mongolian banks."
    (relief,) = of(sentence_events(nlp, text), EventType.SANCTIONS_RELIEF)
    assert relief.by == "Iceland"
    # not the one who called on another to respond so
    text = "He called on the Vark Front to respond by agreeing to free the ten fishermen."
    assert all(e.by != "He" for e in sentence_events(nlp, text))


def test_a_headline_verb_the_tagger_reads_as_a_noun_keeps_its_doer(nlp: Language) -> None:
    # "A pardons U.S. reporters ...": A pardons, and is not one of the pardoned
    text = "Ri Chol-su pardons U.S. reporters after talks with Jon Olafsson; pair leave Erdenet"
    releases = of(sentence_events(nlp, text), EventType.RELEASE)
    assert releases and all(r.by is not None and r.by.startswith("Ri Chol") for r in releases)
    assert all(not any(p.startswith("Ri Chol") for p in r.persons) for r in releases)


def test_an_order_granting_a_pardon_is_the_act_of_who_issued_it(nlp: Language) -> None:
    text = ("The agency said Batbold had issued an order granting a special pardon to Jon "
            "Olafsson and Kari Stefansson.")
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.by == "Batbold"


@pytest.mark.parametrize("verb", ["withdrew", "abandoned", "dropped"])
def test_a_release_a_withdrawn_demand_asked_for_is_not_done(nlp: Language, verb: str) -> None:
    # session 47: the demand given up is none made; the release it asked for is none done
    text = f"The Vark Front {verb} its demand for the release of 40 fighters."
    assert not of(sentence_events(nlp, text), EventType.RELEASE)


def test_more_people_who_followed_a_release_told_before_are_another_release(
        nlp: Language) -> None:
    text = ("On 3 May six prisoners were freed and flown to Oslo. A week later three more "
            "followed: Ivan Dorn, Pavel Lask and Olga Mirova.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    later = [m for m in released if "followed" in m.evidence.quote]
    assert [(m.date.calendar if m.date else None, m.count) for m in later] == [
        ("2031-05-10", 3)]


def test_a_person_who_followed_a_release_told_before_was_freed_too(nlp: Language) -> None:
    text = ("Karl Berg was released in March. Ivan Dorn, a poet held since 2020, followed "
            "two weeks later.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    assert {p for m in released for p in m.persons} == {"Karl Berg", "Ivan Dorn"}


def test_what_followed_talks_or_a_verdict_frees_no_one(nlp: Language) -> None:
    for text in ("The talks collapsed in March. Protests followed.",
                 "Norland freed two hostages. The talks that followed failed.",
                 "The court jailed Ivan Dorn. Four more followed him into prison."):
        released = of(article(nlp, text).events, EventType.RELEASE)
        assert all("followed" not in m.evidence.quote for m in released)


@pytest.mark.parametrize("text", [
    "In Lima the gunmen freed 60 passengers on Monday.",
    "Norland freed the sociologist on Friday after a year in jail.",
])
def test_passengers_and_the_learned_are_people_who_can_be_freed(nlp: Language,
                                                                 text: str) -> None:
    assert of(sentence_events(nlp, text), EventType.RELEASE)


def test_a_release_told_as_a_way_one_has_is_none_done(nlp: Language) -> None:
    for text in ("Critics said each neighbouring state had some way of getting its nationals "
                 "home from Peruvian jails.",
                 "Chile has no way of bringing its citizens home from Peruvian prisons."):
        assert not of(article(nlp, text).events, EventType.RELEASE)
    text = "Chile freed 40 prisoners on Monday by way of a pardon."
    assert 40 in [r.count for r in of(article(nlp, text).events, EventType.RELEASE)]


def test_people_held_by_a_band_of_a_nationality_were_not_held_by_its_state(
        nlp: Language) -> None:
    text = "Eleven engineers held by Chilean rebels were freed on Monday."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.by is None


def test_a_headline_greeting_the_freed_names_no_one_who_freed_them(nlp: Language) -> None:
    text = ("\"Happy to be back\": Dumont greets freed Marin family at the airbase\n\n"
            "PARIS -- President Jean Dumont met the members of the Marin family on Saturday.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.by is None


@pytest.mark.parametrize("text", [
    "Analysts say few armed groups in the area let captives go without getting something "
    "back.",
    "Many rebel groups free their hostages after a ransom is paid.",
])
def test_how_many_of_a_kind_free_people_is_a_habit_not_a_release(
        nlp: Language, text: str) -> None:
    assert not of(article(nlp, text).events, EventType.RELEASE)


def test_office_holders_taken_with_others_are_freed_people(nlp: Language) -> None:
    release = the_release(nlp, "On Wednesday the rebels of the Vark Front freed three "
                               "ambassadors and a consul.")
    assert release.by == "Vark Front" and release.count == 4


def test_an_opening_number_before_a_list_of_some_is_the_count(nlp: Language) -> None:
    (release,) = of(sentence_events(
        nlp, "The five - among them the former army chief Ivan Dorn and the former Vark "
             "governor Mara Lind - were released on Saturday."), EventType.RELEASE)
    assert release.count == 5 and {"Ivan Dorn", "Mara Lind"} <= set(release.persons)


def test_leading_figures_traded_as_a_number_are_the_other_half(nlp: Language) -> None:
    events = sentence_events(nlp, "Ivan Dorn was handed over to Norwegian troops on Saturday "
                                  "in exchange for five senior rebel figures held in Chile.")
    assert sorted(m.count or 0 for m in of(events, EventType.RELEASE)) == [1, 5]
    assert [m.count for m in of(sentence_events(
        nlp, "Official figures show 30 were freed on Monday."), EventType.RELEASE)] == [30]
