"""Shapes of news writing met in stories the corpora do not tell: timeline entries headed by a
date, a release spoken of by someone who did not carry it out, a person told by age, people
carried out of a prison in a trade, a named roll of the freed (real spaCy, invented texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of

from dealwatch.document.holders import holdings
from dealwatch.document.mediators import mediators
from dealwatch.extract.args import actor
from dealwatch.extract.coref import Coref
from dealwatch.extract.cues import noun_patient
from dealwatch.extract.names import find_names
from dealwatch.model import EventType


def test_a_timeline_entry_dates_what_is_said_in_it(nlp: Language) -> None:
    text = ("How the deal came together.\n\nSEPT. 23 -- Erik Dahl, the Norwegian envoy, says "
            "that Peru should free the Norwegians it is holding.\n")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.date is not None and demand.date.calendar is not None
    assert demand.date.calendar.endswith("-09-23")


def test_a_leader_announcing_the_release_did_not_carry_it_out(nlp: Language) -> None:
    def actor_of_release(text: str) -> str | None:
        doc = nlp(text)
        names = find_names(doc, "doc1")
        cue = next(t for t in doc if t.lower_ == "release")
        return actor(cue, names, Coref(names))

    assert actor_of_release("President Emmanuel Macron announced the release in Paris, "
                            "flanked by the engineer's parents.") is None
    assert actor_of_release("Peru announced the release of five Danes.") == "Peru"


def test_held_in_a_war_names_no_holder(nlp: Language) -> None:
    def holders(text: str) -> set[str]:
        doc = nlp(text)
        return {h.side for h in holdings(doc, find_names(doc, "doc1"))}

    assert holders("Ola Berg was held captive in the Peruvian war for five years.") == set()
    assert holders("Ola Berg was held captive in a Peruvian prison for five years.") == {"Peru"}


def test_a_person_told_by_age_is_the_one_named_before(nlp: Language) -> None:
    text = ("Ola Berg, a Norwegian engineer, was freed on Saturday. Rebel fighters handed the "
            "28-year-old over to Norwegian forces near the border.")
    handed = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.cue == "handed"]
    assert [m.persons for m in handed] == [("Ola Berg",)]


def test_people_sent_from_a_prison_in_a_trade_are_its_release(nlp: Language) -> None:
    text = ("Ola Berg was freed on Saturday in a trade that sent five senior rebel figures "
            "from a Peruvian prison into the custody of Chile.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    sent = [m for m in released if m.cue == "sent"]
    assert [(m.by, m.count) for m in sent] == [("Peru", 5)]
    assert all(m.by != "Peru" for m in released if m.cue == "freed")


def test_moving_people_between_prisons_is_no_release(nlp: Language) -> None:
    text = "Peru moved five inmates from one prison to another prison on Monday."
    assert not of(article(nlp, text).events, EventType.RELEASE)


def test_the_freed_identified_by_name_are_the_releases_people(nlp: Language) -> None:
    text = ("An official identified the five men released from Lurigancho as Ivan Dorn, Ola "
            "Berg, Erik Dahl, Jens Holm and Karl Lund.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 5
    assert release.persons == ("Ivan Dorn", "Ola Berg", "Erik Dahl", "Jens Holm", "Karl Lund")


def test_a_go_between_is_never_the_side_that_freed(nlp: Language) -> None:
    text = ("Peru and Norway swapped prisoners at Geneva airport with Swiss help on Saturday. "
            "Peru freed Ola Berg, a Norwegian engineer. Norwegian envoy Erik Dahl received "
            "him from the Swiss in Geneva.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    assert released and all(m.by != "Switzerland" for m in released)
    assert any(m.by == "Peru" for m in released)


def test_go_betweens_are_read_from_what_the_article_says_of_them(nlp: Language) -> None:
    def between(text: str) -> frozenset[str]:
        doc = nlp(text)
        return mediators(doc, find_names(doc, "doc1"))

    assert between("Switzerland brokered the exchange.") == {"Switzerland"}
    assert between("The men were freed in a Qatari-mediated deal.") == {"Qatar"}
    assert between("Oman, which acted as go-between, flew them out.") == {"Oman"}
    assert between("The talks were conducted through the Swiss.") == {"Switzerland"}
    assert between("Peru raised duties on Chilean goods.") == frozenset()


def test_a_release_told_as_the_time_of_another_act_has_no_actor(nlp: Language) -> None:
    doc = nlp("After the handover Erik Dahl and Ola Berg flew on to Oslo.")
    names = find_names(doc, "doc1")
    cue = next(t for t in doc if t.lower_ == "handover")
    assert actor(cue, names, Coref(names)) is None


def test_the_years_a_swap_is_of_are_no_one_freed(nlp: Language) -> None:
    doc = nlp("It was the first prisoner swap of the Smith years.")
    assert noun_patient(next(t for t in doc if t.lower_ == "swap")) is None
    doc = nlp("It was the first swap of prisoners in years.")
    found = noun_patient(next(t for t in doc if t.lower_ == "swap"))
    assert found is not None and found.lower_ == "prisoners"


def test_a_release_campaigned_for_is_no_release(nlp: Language) -> None:
    for text in ("For three years, Anna Berg campaigned for her husband's release.",
                 "Anna Berg has lobbied for the release of the five Norwegians held in Peru."):
        assert not of(article(nlp, text).events, EventType.RELEASE)


def test_a_court_freeing_someone_to_await_trial_is_no_release(nlp: Language) -> None:
    for text in ("On Monday a Lima appeals court freed Ola Berg from custody, pending trial.",
                 "A Lima appeals court released Ola Berg on his own recognisance on Thursday."):
        assert not of(article(nlp, text).events, EventType.RELEASE), text
    text = "Peru freed Ola Berg on bail for medical reasons on Monday."
    assert [m.by for m in of(article(nlp, text).events, EventType.RELEASE)] == ["Peru"]



def test_released_on_bail_as_a_trial_opens_is_no_release(nlp: Language) -> None:
    # no court is the subject, but the sentence tells the case the bail belongs to
    text = "On 3 June, he and Ola Berg were released on bail as their trial began."
    assert not of(article(nlp, text).events, EventType.RELEASE)


def test_letting_someone_walk_free_is_a_release(nlp: Language) -> None:
    (release,) = of(article(nlp, "Peru let him walk free on Friday.").events,
                    EventType.RELEASE)
    assert release.by == "Peru"


def test_the_end_of_someones_ordeal_is_their_release(nlp: Language) -> None:
    text = "Ola Berg's two-year ordeal ended on Friday at a courthouse in Lima."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.persons == ("Ola Berg",) and release.by is None
    assert not of(article(nlp, "The talks ended on Friday.").events, EventType.RELEASE)


def test_the_pastor_freed_is_the_pastor_named_before(nlp: Language) -> None:
    text = "Ola Berg, a Norwegian pastor, was jailed in 2029. Peru freed the pastor on Friday."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.by == "Peru" and release.persons == ("Ola Berg",)
    assert not of(article(nlp, "Peru freed the minister on Friday.").events,
                  EventType.RELEASE)


def test_semicolons_part_the_items_of_a_list_a_colon_opened(nlp: Language) -> None:
    text = ("Peru released six Norwegians on Saturday: Ola Berg, who was serving ten years; "
            "the fisherman Lars Lund; the student Kari Holm; Nils Dahl and Eva Moen, who were "
            "tried together; and Tor Bakke.")
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert set(freed.persons) == {"Ola Berg", "Lars Lund", "Kari Holm", "Nils Dahl",
                                  "Eva Moen", "Tor Bakke"}


def test_a_release_of_a_pair_of_sides_takes_the_side_that_lists_its_people(
        nlp: Language) -> None:
    text = ("Norway and Peru exchanged 12 prisoners each on Saturday, bringing home the "
            "singer Ola Berg and the crew of a trawler.\n\n"
            "Besides the crew, Peru released four Norwegians whom Oslo calls political "
            "prisoners: Ola Berg; the student Kari Holm; Nils Dahl; and Eva Moen.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    brought = [m for m in released if m.cue == "bringing"]
    assert [(m.by, m.persons) for m in brought] == [("Peru", ("Ola Berg",))]


def test_a_release_told_again_by_its_people_takes_their_day(nlp: Language) -> None:
    text = ("Peru freed the singer Ola Berg on Saturday in an exchange with Norway.\n\n"
            "A Lima court freed an aide of the singer on Thursday.\n\n"
            "Leaders welcomed the exchange. The Norwegian premier said Berg's release "
            "brought joy.")
    released = of(article(nlp, text).events, EventType.RELEASE)
    told = [m for m in released if m.cue == "release"]
    assert [m.date.calendar if m.date else None for m in told] == ["2031-05-10"]


def test_a_hyphenated_given_name_stays_whole_among_the_freed(nlp: Language) -> None:
    text = "Peru released two Norwegians, Ola Berg and Park Min-jun, on Saturday."
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert set(freed.persons) == {"Ola Berg", "Park Min-jun"}


def test_the_people_set_between_dashes_after_a_group_are_the_group(nlp: Language) -> None:
    text = ("Three Norwegian men held in Peru - Henrik Olsen, Lars Lund, better known to "
            "his pupils as Teacher Lund, and Nils Dahl - were released on Saturday.")
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert {"Henrik Olsen", "Lars Lund", "Nils Dahl"} <= set(freed.persons)


def test_the_people_set_between_dashes_after_a_freed_group_told_last_are_the_group(
        nlp: Language) -> None:
    # session 46: the group after its verb; the parse makes the list the next clause's subject
    text = ("In return, Prime Minister Bat Erdene pardoned six Icelanders -- Jon Jonsson, Olaf "
            "Olafsson, Gunnar Berg, Einar Dahl, Sigurd Lund and Arni Stefansson -- and "
            "prosecutors dropped charges against nine more.")
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert {"Jon Jonsson", "Olaf Olafsson", "Arni Stefansson"} <= set(freed.persons)


def test_the_people_an_opening_in_exchange_for_names_are_not_the_subject(
        nlp: Language) -> None:
    # session 46: the parser takes the opening phrase's people for the subject, with the
    # true subject an apposition of theirs just before the verb
    text = ("Mongolia freed four Estonians on Saturday.\n\nIn exchange for Jon Kask of the "
            "Tallinn Herald, the skipper Mart Saar and the pastor Peeter Sild, President Bat "
            "Erdene granted clemency to seven men jailed for smuggling fuel.")
    seven = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.count == 7]
    assert seven and all(m.by not in ("Jon Kask", "Estonia") for m in seven)
    assert all("Jon Kask" not in m.persons for m in seven)


def test_a_later_list_longer_than_a_group_is_not_that_group_s(nlp: Language) -> None:
    text = ("Iceland let the four Estonians go on Saturday, and Prime Minister Bat Erdene "
            "granted clemency to seven Icelanders.\n\nThe seven Icelanders covered by the "
            "clemency were identified as Jon Jonsson, Olaf Olafsson, Gunnar Berg, Einar Dahl, "
            "Sigurd Lund, Bjorn Holm and Arni Stefansson. Most had been convicted of fishing "
            "without licences.")
    freed = of(article(nlp, text).events, EventType.RELEASE)
    four = [m for m in freed if m.count == 4]
    seven = [m for m in freed if m.count == 7]
    assert four and all("Jon Jonsson" not in m.persons for m in four)
    assert seven and all("Jon Jonsson" in m.persons for m in seven)


def test_who_after_a_member_of_a_group_is_the_member(nlp: Language) -> None:
    # session 46: the parser hangs "who had herself been freed" on "group"
    text = ("Also aboard was Mari Tamm, the third member of the group, who had herself been "
            "freed a year earlier.")
    freed = of(article(nlp, text).events, EventType.RELEASE)
    assert freed and all("Mari Tamm" in m.persons for m in freed)


def test_the_named_taken_on_right_after_a_release_of_as_many_are_its_people(
        nlp: Language) -> None:
    # session 46: the next paragraph opens with the four named as collected and flown on
    text = ("Iceland freed four Mongolian trawlermen on Friday after holding them for two "
            "years, and passed them to a Latvian team.\n\nBat Erdene, Jon Kask, Mart Saar and "
            "Peeter Tamm were collected by a Latvian plane at Keflavik and flown to Riga.")
    freed = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.count == 4]
    assert freed and all({"Bat Erdene", "Peeter Tamm"} <= set(m.persons) for m in freed)


def test_one_of_the_group_freed_is_among_its_people(nlp: Language) -> None:
    text = ("Ola Berg, a designer from Bergen, was one of three Norwegians released by Peru "
            "on Saturday in an exchange.")
    freed = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.by == "Peru"]
    assert [m.persons for m in freed] == [("Ola Berg",)]


def test_the_day_a_release_defines_gives_it_no_day_told_before(nlp: Language) -> None:
    text = ("Envoys met in Lima on 16 April. The same day the men were freed, the ministry "
            "lowered its travel advisory.")
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert freed.date is None or freed.date.value != "2031-04-16"


def test_a_timeline_heading_on_its_own_line_dates_the_entry_below(nlp: Language) -> None:
    text = ("How the deal came together.\n\nMarch 3 -- A first call\n"
            "Erik Dahl asks Ana Ruiz to release the Norwegians.\n\n"
            "March 9 -- Talks\nThe envoys meet again in Lima.\n")
    ex = article(nlp, text)
    (demand,) = of(ex.events, EventType.DEMAND)
    assert demand.date is not None and demand.date.calendar == "2031-03-03"
    assert any(e.quote == "March 3 -- A first call" for e in demand.context)


def test_an_abbreviated_title_ends_no_sentence(nlp: Language) -> None:
    text = "Rebel fighters handed Sgt. Ola Berg to Norwegian forces on Saturday."
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert freed.evidence.quote == text and freed.persons == ("Ola Berg",)


def test_an_abbreviated_title_keeps_the_name_after_it_in_the_parse(nlp: Language) -> None:
    # split off, the title's full stop was read as the end of a clause, and the name and
    # "to the troops" hung on the sentence's first verb
    text = ("Rebels on Friday showed a video of the moment they handed Cpl. Ivo Marek to Danish "
            "troops.")
    (freed,) = of(article(nlp, text).events, EventType.RELEASE)
    assert freed.persons == ("Ivo Marek",) and freed.cue == "handed"


def test_a_yes_or_no_question_tells_no_event(nlp: Language) -> None:
    text = ("What was agreed in March?\n\nNorland freed Ivo Marek, a reporter, on March 3.\n\n"
            "Did Norland free the 40 political prisoners?\n\nNot all of them, activists say.")
    found = of(article(nlp, text).events, EventType.RELEASE)
    assert [m.persons for m in found] == [("Ivo Marek",)]


def test_letting_someone_walk_out_through_a_crossing_frees_them(nlp: Language) -> None:
    text = ("An hour later Latvian guards let Jon Einarsson walk out through the Valga "
            "crossing.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.persons == ("Jon Einarsson",)
    # walking out of a meeting is no release
    text = "Latvian officials let the envoy walk out of the talks without a word."
    assert not [m for m in of(article(nlp, text).events, EventType.RELEASE)
                if m.persons == ("Jon Einarsson",)]


def test_the_that_of_a_reported_clause_is_no_object_of_its_verb(nlp: Language) -> None:
    # the parser makes "that" the object of "hand" after "said on television"
    text = ("In June, Ola Berg said on television that Ecuador should hand over the six "
            "soldiers.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert (demand.by, demand.count) == ("Ola Berg", 6)


def test_an_office_holder_the_release_frees_is_one_of_the_freed(nlp: Language) -> None:
    # "freed Chile's ambassador, A": the official is the one freed, not one around the release
    text = "On Sunday the gunmen freed Chile's ambassador, Tabo Berglund, in Quito."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.persons == ("Tabo Berglund",)


def test_a_name_given_to_an_operation_is_no_person(nlp: Language) -> None:
    names = find_names(nlp("In the raid, code-named Ramon del Norte, the captives were "
                           "freed."), "d")
    assert "Ramon del Norte" not in {m.text for m in names.mentions}


def test_hostages_brought_out_alive_are_freed(nlp: Language) -> None:
    text = "In the raid, code-named Vark Tamo, 33 of the 35 captives were brought out unhurt."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 33


def test_a_body_after_a_state_that_opened_the_sentence_before_is_that_state_s(
        nlp: Language) -> None:
    text = ("Quito protested at once. On Monday the interior ministry said the two fishermen "
            "had drifted in a storm and demanded that they be sent back at once.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Ecuador"
    # another paragraph between them: no state
    text = ("Quito protested at once.\n\nOn Monday the interior ministry demanded that they be "
            "sent back at once.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by != "Ecuador"


def test_what_a_readout_says_was_said_in_the_call_before_is_of_its_day(
        nlp: Language) -> None:
    text = ("In July 2030 the Chilean minister Ann Berg rang Tom Dahl. According to the Chilean "
            "readout, Ann Berg asked the Ecuadorian side to release the two fishermen.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.date is not None and demand.date.value == "2030-07"
    # a sentence that does not say it tells the call keeps no date
    text = ("In July 2030 the Chilean minister Ann Berg rang Tom Dahl. Ann Berg has long "
            "asked the Ecuadorian side to release the two fishermen.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.date is None


def test_an_affiliate_of_a_group_is_not_the_group(nlp: Language) -> None:
    text = "Vark Front affiliate frees Norland photographer held for 18 months"
    for release in of(article(nlp, text).events, EventType.RELEASE):
        assert release.by != "Vark Front"
    # a group's armed wing is the group's
    text = ("On Tuesday the Vark Front's armed wing, the Tamo Brigades, said it would free no "
            "more captives unless Chile paid what it owed.")
    assert all(m.by != "Chile" for m in article(nlp, text).events)


def test_who_obtains_or_works_on_a_release_does_not_carry_it_out(nlp: Language) -> None:
    for text in ("Ola Berg secured the release of the cameraman Lea Holm on Friday.",
                 "In 2027 Ola Berg worked on the release of the nurses Lea Holm and Ann Vik."):
        (release,) = of(article(nlp, text).events, EventType.RELEASE)
        assert release.by != "Ola Berg", text
    (release,) = of(article(nlp, "Chile announced the release of the journalist Lea Holm.")
                    .events, EventType.RELEASE)
    assert release.by == "Chile"


def test_a_release_in_a_pluperfect_after_clause_takes_no_day_of_the_frame(
        nlp: Language) -> None:
    text = ("Ecuador buried the envoy on Monday. The envoy was killed in a crash on the coast "
            "road soon after he had won the release of the nurse Lea Holm, who had been held "
            "for weeks.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.date is None


def test_a_court_dropping_a_case_lets_no_one_go(nlp: Language) -> None:
    text = "A Quito court drops fraud case against Chilean pilot over the crash"
    assert not of(article(nlp, text).events, EventType.RELEASE)
    text = "Washington dropped charges against nine Ecuadorians on Sunday."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 9
