"""The acting side of each event, read from the whole article: texts of our own, parsed by
the real spaCy pipeline."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

from spacy.language import Language

from dealwatch.dates import find_dates
from dealwatch.document import read_article
from dealwatch.document.bodies import Reading, read_name
from dealwatch.document.context import ArticleContext
from dealwatch.document.offices import Office, read_role
from dealwatch.document.sides import acting_sides, undateline
from dealwatch.extract import extract_events
from dealwatch.extract.names import DocNames
from dealwatch.model import Article, EntityType, EventMention, EventType, NameMention
from dealwatch.places import country_for_actor, country_named


def run(nlp: Language, text: str) -> list[EventMention]:
    article = Article(id="doc1", path="doc1.txt", text=text, published=date(2031, 5, 9))
    return list(read_article(article, nlp(text), find_dates(text, article.published)).events)


def only(events: list[EventMention], etype: EventType) -> EventMention:
    (found,) = [e for e in events if e.type == etype]
    return found


# Bodies acting for a state: the release or the sanction is the state's.

def test_agency_named_with_its_nationality_acts_for_the_state(nlp: Language) -> None:
    text = "Kenyan intelligence released three Ugandan journalists on Friday."
    assert only(run(nlp, text), EventType.RELEASE).by == "Kenya"


def test_seat_of_government_stands_for_its_state(nlp: Language) -> None:
    text = "Downing Street lifted sanctions on two Chilean banks on Monday."
    assert only(run(nlp, text), EventType.SANCTIONS_RELIEF).by == "United Kingdom"


def test_agency_whose_name_fixes_its_state(nlp: Language) -> None:
    text = "The Justice Department freed two Chilean sailors on Monday."
    assert only(run(nlp, text), EventType.RELEASE).by == "United States"


def test_capital_as_actor_becomes_its_state(nlp: Language) -> None:
    text = "Nairobi freed 14 Ugandan prisoners on Tuesday."
    assert only(run(nlp, text), EventType.RELEASE).by == "Kenya"


def test_head_of_state_frees_for_the_state_his_role_names_elsewhere(nlp: Language) -> None:
    text = ("Portuguese President Rui Almada spoke to reporters on Monday.\n\n"
            "On Sunday Almada released 12 prisoners, including the blogger Tomas Verde.")
    assert only(run(nlp, text), EventType.RELEASE).by == "Portugal"


def test_president_reported_by_a_seat_of_government_is_its_president(nlp: Language) -> None:
    text = "The Élysée said on Friday that President Jean Morel had pardoned the two sailors."
    assert only(run(nlp, text), EventType.RELEASE).by == "France"


# Who is never the side: the freed, commentators, intermediaries.

def test_freed_persons_possessive_is_not_the_side(nlp: Language) -> None:
    text = ("Lena Hartmann, a Norwegian teacher held in Chile since 2021, landed in Oslo on "
            "Friday.\n\nThe minister thanked the mediators for Hartmann's release.")
    (release,) = [e for e in run(nlp, text) if e.type == EventType.RELEASE
                  and "thanked" in e.evidence.quote]
    assert release.by == "Chile"
    assert any("held in Chile" in e.quote for e in release.context), "the side keeps its source"


def test_who_welcomes_a_release_did_not_free_anyone(nlp: Language) -> None:
    text = ("Prime Minister Anne Roy welcomed the release of the four prisoners, who had been "
            "jailed in Kenya since March.")
    assert only(run(nlp, text), EventType.RELEASE).by == "Kenya"


def test_red_cross_receiving_captives_is_no_side(nlp: Language) -> None:
    text = "The Red Cross handed over 12 prisoners on Monday."
    assert only(run(nlp, text), EventType.RELEASE).by is None


# A release told in the passive: the state that held them.

def test_passive_release_takes_the_state_the_article_says_held_them(nlp: Language) -> None:
    text = ("Two Kenyan engineers were jailed in Uganda in 2029.\n\n"
            "The two men were freed on Thursday and flew home.")
    release = only(run(nlp, text), EventType.RELEASE)
    assert release.by == "Uganda"
    assert any("jailed in Uganda" in e.quote for e in release.context)


def test_authorities_named_by_nationality_hold_for_their_state(nlp: Language) -> None:
    text = ("Two Kenyan journalists were freed on Monday.\n\n"
            "Ugandan authorities had detained them since May.")
    assert only(run(nlp, text), EventType.RELEASE).by == "Uganda"


def test_talks_held_somewhere_hold_no_one(nlp: Language) -> None:
    text = "Talks were held in Oslo last week.\n\nTwelve prisoners were freed on Monday."
    assert only(run(nlp, text), EventType.RELEASE).by is None


def test_a_passive_swap_has_two_sides_and_takes_neither(nlp: Language) -> None:
    text = ("Peter Lund was jailed in Chile in 2028.\n\n"
            "The prisoners were exchanged on Monday in Lisbon.")
    assert only(run(nlp, text), EventType.RELEASE).by is None


def test_a_person_freed_is_held_by_the_state_named_beside_them(nlp: Language) -> None:
    text = ("Mark Olsen, a Danish engineer jailed in Chile, and Ana Ruiz, a Chilean pilot "
            "jailed in Denmark, were freed on Monday in Lisbon.\n\n"
            "Olsen was freed first.")
    events = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
    olsen = [e for e in events if e.persons == ("Olsen",)]
    assert olsen and olsen[0].by == "Chile"


# Promises and demands: a named person keeps their words; a body becomes its state.

def test_named_leader_demanding_is_kept(nlp: Language) -> None:
    text = "Canadian Prime Minister Anne Roy demanded the release of the two engineers."
    assert only(run(nlp, text), EventType.DEMAND).by == "Anne Roy"


def test_leaders_promise_to_free_people_is_the_states_concession(nlp: Language) -> None:
    text = "Canadian Prime Minister Anne Roy promised to release 20 prisoners next month."
    assert only(run(nlp, text), EventType.PROMISE).by == "Canada"


def test_leaders_own_promise_stays_theirs(nlp: Language) -> None:
    text = "Canadian Prime Minister Anne Roy promised to visit the families next month."
    assert only(run(nlp, text), EventType.PROMISE).by == "Anne Roy"


def test_ministry_named_with_a_demonym_demands_for_its_state(nlp: Language) -> None:
    text = "The Kenyan foreign ministry demanded the immediate release of the sailors."
    assert only(run(nlp, text), EventType.DEMAND).by == "Kenya"


def test_capital_demanding_is_its_state(nlp: Language) -> None:
    text = "Ottawa demanded the release of the two engineers on Tuesday."
    assert only(run(nlp, text), EventType.DEMAND).by == "Canada"


def test_opposition_leader_demanding_is_kept(nlp: Language) -> None:
    text = "Opposition leader Maria Sol demanded the release of all political prisoners."
    assert only(run(nlp, text), EventType.DEMAND).by == "Maria Sol"


# The pieces, on their own.

def test_dateline_glued_to_a_name_is_dropped() -> None:
    assert undateline("LIMA - Peru") == "Peru"
    assert undateline("Peru") == "Peru"


def test_roles_read_as_offices() -> None:
    assert read_role("Kenyan President") == read_role("Kenyan President")
    assert read_role("Kenyan President").office == Office.STATE
    assert read_role("Kenyan President").country == "Kenya"
    assert read_role("Kremlin spokesman").country == "Russia"
    assert read_role("government spokesman").office == Office.STATE
    assert read_role("its spokesman").office == Office.UNKNOWN
    assert read_role("opposition leader").office == Office.PRIVATE
    assert read_role("lawyer who represented the president").office == Office.NEVER
    assert read_role("national security adviser").office == Office.STATE


def test_names_read_as_bodies() -> None:
    assert read_name("US Treasury").country == "United States"
    assert read_name("Blue House").country == "South Korea"
    assert read_name("Red Cross").not_side
    assert read_name("Morning Gazette").not_side
    assert not read_name("KGB").country and read_name("KGB").body
    # a state's department of any name acts for it
    assert read_name("Peru Fisheries Department") == Reading(country="Peru", body=True)


def test_every_state_of_the_table_is_a_known_country() -> None:
    raw = resources.files("dealwatch").joinpath("data/state_bodies.json").read_text("utf-8")
    data = json.loads(raw)
    for country in [*data["seats"].values(), *data["agencies"].values()]:
        assert country is None or country_named(country) == country


def test_freed_group_named_again_was_freed_by_the_same_side(nlp: Language) -> None:
    text = ("Chile released four Norwegians on Saturday.\n\n"
            "A fifth Norwegian, the student Erik Moen, was also freed.")
    events = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
    assert [e.by for e in events] == ["Chile", "Chile"]


def test_two_sides_lifting_sanctions_together_are_two_events(nlp: Language) -> None:
    text = "On Monday Canada and Norway lifted their sanctions on the Chilean mining company."
    events = [e for e in run(nlp, text) if e.type == EventType.SANCTIONS_RELIEF]
    assert sorted(e.by or "" for e in events) == ["Canada", "Norway"]
    assert len({e.id for e in events}) == 2


def test_a_body_reported_by_an_official_of_a_state_is_that_states(nlp: Language) -> None:
    text = "A Kenyan official said the government had freed 30 prisoners on Monday."
    assert only(run(nlp, text), EventType.RELEASE).by == "Kenya"


def test_a_countrys_political_prisoners_are_held_by_its_state(nlp: Language) -> None:
    text = ("The government still holds dozens of Kenyan political prisoners.\n\n"
            "The journalist Omar Said and the activist Ruth Wanjiru were freed on Monday.")
    assert only(run(nlp, text), EventType.RELEASE).by == "Kenya"


def test_where_people_of_another_nationality_are_held_says_nothing(nlp: Language) -> None:
    text = ("A Kenyan citizen held in Uganda is expected home soon.\n\n"
            "The Norwegian teacher Ruth Olsen was freed on Monday.")
    assert only(run(nlp, text), EventType.RELEASE).by is None


def test_a_nationality_typed_as_a_person_is_still_its_state(nlp: Language) -> None:
    text = "The Kenyan foreign ministry demanded their immediate release in May."
    doc = nlp(text)
    names = DocNames()  # the NER made the demonym a person, as it sometimes does
    names.add(NameMention("doc1", "Kenyan", EntityType.PERSON, 4, 10), 1, 2)
    article = Article(id="doc1", path="doc1.txt", text=text)
    dates = find_dates(text, None)
    mentions = list(extract_events(article, doc, dates, names).events)
    assert only(mentions, EventType.DEMAND).by == "Kenyan"
    sided = acting_sides(ArticleContext(article, doc, dates, names), mentions)
    assert only(sided, EventType.DEMAND).by == "Kenya"


def test_an_unnamed_treasury_acts_for_the_one_state_holding_sanctions(nlp: Language) -> None:
    text = ("For three years Norway dealt with the government mainly through sanctions.\n"
            "Hours later the Treasury issued a general license allowing the oil company to "
            "resume production.")
    article = Article(id="d", path="d.txt", text=text, published=date(2031, 5, 10))
    events = read_article(article, nlp(text), find_dates(text, article.published)).events
    (relief,) = [e for e in events if e.type == EventType.SANCTIONS_RELIEF]
    assert relief.by == "Norway"
    two = text.replace("For three years", "Sweden and Finland kept their sanctions, and for "
                       "three years")
    article = Article(id="d", path="d.txt", text=two, published=date(2031, 5, 10))
    events = read_article(article, nlp(two), find_dates(two, article.published)).events
    (relief,) = [e for e in events if e.type == EventType.SANCTIONS_RELIEF]
    assert relief.by == "Treasury"  # two holders of sanctions: no guess


def test_a_sanction_told_in_the_passive_is_the_one_holders(nlp: Language) -> None:
    text = ("For three years Norway dealt with the government mainly through sanctions.\n"
            "The state oil company has been sanctioned since May 2028.")
    article = Article(id="d", path="d.txt", text=text, published=date(2031, 5, 10))
    events = read_article(article, nlp(text), find_dates(text, article.published)).events
    (imposed,) = [e for e in events if e.type == EventType.SANCTIONS_IMPOSED]
    assert imposed.by == "Norway"
    told = text.replace("has been sanctioned", "has been sanctioned by Sweden")
    article = Article(id="d", path="d.txt", text=told, published=date(2031, 5, 10))
    events = read_article(article, nlp(told), find_dates(told, article.published)).events
    (imposed,) = [e for e in events if e.type == EventType.SANCTIONS_IMPOSED]
    assert imposed.by != "Norway"


def test_it_in_a_reported_release_is_the_body_that_reports_it(nlp: Language) -> None:
    text = "The Norwegian prison service said it had released 39 Swedish inmates."
    assert only(run(nlp, text), EventType.RELEASE).by == "Norway"


def test_their_demand_is_the_demand_of_the_verbs_subject(nlp: Language) -> None:
    # session 47: "their" on what the verb takes is the verb's subject, read as a subject is
    text = "The rebels of the Vark Front renewed their demand for the release of 40 fighters."
    assert only(run(nlp, text), EventType.DEMAND).by == "Vark Front"


def test_it_in_a_statement_a_body_made_is_that_body(nlp: Language) -> None:
    # session 47: the parser hangs "that it had freed A" on the statement, not on "said"
    text = ("The movement holding him, the Vark Front, said in a statement sent to a Tallinn "
            "newspaper on Sunday that it had freed Jon Kask.")
    assert only(run(nlp, text), EventType.RELEASE).by == "Vark Front"


def test_a_groups_captives_are_freed_by_the_group(nlp: Language) -> None:
    text = ("Under the deal, the Northern Front is to free 50 hostages and Norway is to release "
            "150 prisoners.\n"
            "Officials said 24 captives had been handed over to the Red Cross: 13 Norwegian "
            "women and children and 11 others.")
    releases = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
    assert [r.by for r in releases] == ["Northern Front"]


def test_between_two_states_their_own_citizens_say_nothing(nlp: Language) -> None:
    text = ("Norway freed 12 Swedish sailors and Sweden promised to free two Norwegian pilots.\n"
            "Two Norwegian activists were released on Monday, their lawyer said.")
    late = [e for e in run(nlp, text) if e.type == EventType.RELEASE and e.count == 2]
    assert late and late[0].by is None


def test_people_handed_to_one_states_officials_were_freed_by_the_other(nlp: Language) -> None:
    text = ("Norway freed the Danish pilot Tomas Arrau on Monday after two years in a "
            "Norwegian prison, and Denmark freed two Norwegian sailors.\n"
            "Hours earlier the aid worker had been handed to Norwegian officials at the border, "
            "where the envoys had arranged his exchange.")
    releases = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
    handed = [e for e in releases if "handed" in e.evidence.quote]
    assert handed and all(e.by == "Denmark" for e in handed)


def test_where_a_named_other_was_held_does_not_free_the_unnamed(nlp: Language) -> None:
    text = ("An Iranian court sentenced the aid worker to 40 years in January.\n"
            "The aid worker had been handed over in Geneva, where the envoys had arranged "
            "his exchange for Pavel Dorin, the pilot serving ten years in a Norwegian prison.")
    handed = [e for e in run(nlp, text) if e.type == EventType.RELEASE and not e.persons]
    assert handed and all(e.by != "Norway" for e in handed)


def test_people_accused_in_a_state_are_released_by_it(nlp: Language) -> None:
    text = ("Norway's foreign ministry said the spy agencies had carried out the return of ten "
            "Norwegian citizens accused in Sweden.")
    assert only(run(nlp, text), EventType.RELEASE).by == "Sweden"


def test_people_sent_back_to_a_capital_were_freed_by_the_article_s_other_state(
        nlp: Language) -> None:
    text = ("Kenya and Uganda completed their largest exchange on Friday, Kenya's government "
            "said. Uganda welcomed the deal and Kenya said more would follow.\n"
            "The last one, in 2020, ended when 12 Ugandans were sent back to Kampala under "
            "the supervision of Kenyan police.")
    releases = [e for e in run(nlp, text) if e.type == EventType.RELEASE and e.count == 12]
    assert releases and all(e.by == "Kenya" for e in releases)


def test_hostages_of_a_nationality_another_release_freed_were_freed_by_the_same_side(
        nlp: Language) -> None:
    text = ("Al-Shabaab released eight Kenyans on Monday, the group said.\n"
            "On Tuesday sixteen hostages came out: ten Kenyans and six Thais.\n"
            "Kenya says 137 hostages are still held in Somalia.")
    releases = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
    sixteen = [e for e in releases if e.count == 16]
    assert sixteen and all(e.by == "Al-Shabaab" for e in sixteen)


def test_an_unnamed_treasury_acts_for_the_state_whose_officials_explain_it(
        nlp: Language) -> None:
    text = ("In May the Treasury removed the former treasurer from its sanctions list. "
            "Kenyan officials said he was no longer part of the government.")
    assert only(run(nlp, text), EventType.SANCTIONS_RELIEF).by == "Kenya"


def test_a_demand_with_no_actor_is_the_state_of_the_official_who_tells_it(
        nlp: Language) -> None:
    text = ("A Kenyan official said the government had made one demand non-negotiable: that "
            "Uganda take no action against Kenyans once the pilots were gone.")
    demands = [e for e in run(nlp, text) if e.type == EventType.DEMAND]
    assert demands and all(e.by == "Kenya" for e in demands)


def test_money_that_reaches_one_state_was_paid_by_the_other(nlp: Language) -> None:
    text = ("Kenya freed four Ugandan pilots on Sunday, and Uganda released two Kenyan "
            "sailors.\nA $300 million payment reached Nairobi the same day.")
    paid = [e for e in run(nlp, text) if e.type == EventType.SANCTIONS_RELIEF]
    assert paid and all(e.by == "Uganda" for e in paid)


def test_a_leader_saying_his_government_is_ready_speaks_for_it(nlp: Language) -> None:
    text = ("In a televised appearance on Monday, Karl Dorn said his government was ready to "
            "free the two pilots.")
    promises = [e for e in run(nlp, text) if e.type == EventType.PROMISE]
    assert promises and all(e.by in ("Karl Dorn",) for e in promises)


def test_a_person_released_from_prison_in_a_state_was_freed_by_it(nlp: Language) -> None:
    for where in ("released from prison in Peru after two years",
                  "released from a jail in Peru after two years"):
        text = (f"The Danish academic Ivan Dorn has been {where}, in exchange for three "
                "men held abroad, state media reported on Wednesday.\n\n"
                "The three men had been jailed in Chile over a failed plot.")
        (dorn,) = [e for e in run(nlp, text)
                   if e.type == EventType.RELEASE and "Ivan Dorn" in e.persons]
        assert dorn.by == "Peru"


def test_a_president_of_no_state_acts_for_the_side_whose_president_is_not_named(
        nlp: Language) -> None:
    text = ("Norway on Wednesday released Ivan Dorn, a close ally of Peruvian President Karl "
            "Moen, in exchange for ten Norwegians held in Peru.\n\n"
            "Dorn was pardoned by President Olaf Brenner before he was flown to Lima.")
    released = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
    dorn = [e for e in released if any("Dorn" in p for p in e.persons)]
    assert dorn and all(e.by == "Norway" for e in dorn)
    assert all("Karl Moen" not in e.persons for e in released)


def test_a_president_of_no_state_is_left_when_two_states_remain(nlp: Language) -> None:
    text = ("Norway released ten Peruvians and Chile released four Norwegians on Monday.\n\n"
            "Ivan Dorn, one of the four, was pardoned by President Olaf Brenner.")
    (pardoned,) = [e for e in run(nlp, text) if e.type == EventType.RELEASE
                   and e.cue == "pardoned"]
    assert pardoned.by == "Olaf Brenner"


def test_a_nationality_in_a_phrase_of_the_act_s_circumstances_leaves_its_state(
        nlp: Language) -> None:
    # session 48: "pardoning A after talks with the families of two Xian fishermen"
    text = ("Norway released two Peruvian soldiers on Monday. Peru freed Ivan Dorn, a "
            "Norwegian pilot, in return.\n\n"
            "President Olaf Brenner signed a decree pardoning Dorn after talks with the "
            "families of two Peruvian fishermen.")
    (pardoned,) = [e for e in run(nlp, text) if e.type == EventType.RELEASE
                   and e.cue == "pardoning"]
    assert pardoned.by != "Norway"


def test_the_person_traded_for_is_freed_by_the_state_where_he_serves_his_sentence(
        nlp: Language) -> None:
    text = ("The rebels on Monday released Ivan Dorn, an engineer, in exchange for Karl Moen, "
            "a tribal leader serving a life sentence in Peru for drug trafficking.")
    (moen,) = [e for e in run(nlp, text)
               if e.type == EventType.RELEASE and "Karl Moen" in e.persons]
    assert moen.by == "Peru"


def test_two_sides_exchanging_a_number_each_freed_that_many_each(nlp: Language) -> None:
    text = "Norway and Peru exchanged 95 prisoners of war each on Tuesday."
    released = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
    assert sorted((e.by, e.count) for e in released) == [("Norway", 95), ("Peru", 95)]
    assert all(e.date is not None and e.date.calendar == "2031-05-06" for e in released)


def test_a_group_named_again_by_its_noun_and_number_was_freed_by_the_same_side(
        nlp: Language) -> None:
    text = ("Hezbollah freed three Danish women on Sunday, and Norway released 90 prisoners "
            "hours later.\n\n"
            "The three women, Anna Lask, Marta Vetrak and Lena Roos, were handed over to the "
            "Red Cross and taken to a hospital.\n\n"
            "Under the deal, Hezbollah is to free 33 captives in exchange for 1,900 "
            "people held by Norway.")
    (women,) = [e for e in run(nlp, text) if e.type == EventType.RELEASE
                and "Lena Roos" in e.persons and e.cue != "freed"]
    assert women.by == "Hezbollah"


def test_an_administration_named_for_a_head_of_no_state_acts_for_the_state_left(
        nlp: Language) -> None:
    text = ("Peru freed five Danes on Monday after talks with Norway.\n\n"
            "The Brenner administration issued a waiver allowing the transfer of frozen "
            "Peruvian funds, officials said. Peruvian President Karl Moen welcomed it.")
    (relief,) = [e for e in run(nlp, text) if e.type == EventType.SANCTIONS_RELIEF]
    assert relief.by == "Norway"


def test_the_movement_is_the_one_organisation_named_before(nlp: Language) -> None:
    text = ("The Vestan Front freed the soldier Eva Lind on Saturday.\n\n"
            "The movement had demanded the release of five of its commanders for years.")
    (demand,) = [e for e in run(nlp, text) if e.type == EventType.DEMAND]
    assert demand.by == "Vestan Front"


def test_the_group_is_no_one_where_two_organisations_were_named(nlp: Language) -> None:
    text = ("The Vestan Front freed the soldier Eva Lind on Saturday, a week after the Oskian "
            "Legion freed two pilots.\n\n"
            "The group had demanded the release of five of its commanders for years.")
    (demand,) = [e for e in run(nlp, text) if e.type == EventType.DEMAND]
    assert demand.by is None


def test_people_sent_home_were_freed_by_the_other_of_two_states(nlp: Language) -> None:
    # session 26: a state frees its own political prisoners, but it does not send them home
    from texts import article

    lead = "Chile and Peru have been at odds for years. "
    for text, side in (("Thirty Peruvian soldiers were returned on Monday.", "Chile"),
                       ("Thirty Peruvian soldiers were sent home on Monday.", "Chile"),
                       ("The ministry said 185 Chilean soldiers had come home and that 185 "
                        "Peruvian prisoners had been handed over in return.", "Peru")):
        sides = {m.by for m in article(nlp, lead + text).events
                 if m.type == EventType.RELEASE}
        assert side in sides
    freed = "Thirty Peruvian students were released on Monday."  # not sent home: no side
    assert {m.by for m in article(nlp, lead + freed).events
            if m.type == EventType.RELEASE} == {None}


def test_who_held_them_comes_before_where(nlp: Language) -> None:
    from texts import article

    text = "Two Chileans held in northern Peru by the Liberation Front were freed on Wednesday."
    (release,) = [m for m in article(nlp, text).events if m.type == EventType.RELEASE]
    assert release.by == "Liberation Front"


def test_people_held_where_a_group_holds_them_were_freed_by_the_group(nlp: Language) -> None:
    # session 26: the place they were held names its state only when no group is told
    # freeing people or promising to
    from texts import article

    held = "Ten Danes held in Bolivia since March were released on Friday, the ministry said."
    group = " The Liberation Front had promised to free them at the right time."
    for text, side in ((held + group, "Liberation Front"), (held, "Bolivia")):
        (release,) = [m for m in article(nlp, text).events if m.type == EventType.RELEASE]
        assert release.by == side


def test_a_prison_a_side_freed_people_from_is_not_another_holder(nlp: Language) -> None:
    # session 26: "Chile released 41 prisoners from a prison in Bolivia": Chile held them
    from texts import article

    text = ("A Canadian girl was among 19 hostages released on Sunday.\n\nLate Sunday, Chile "
            "released 41 more Peruvian prisoners from a prison in Bolivia.")
    sides = {m.by for m in article(nlp, text).events if m.type == EventType.RELEASE}
    assert "Bolivia" not in sides and "Chile" in sides


def test_the_president_who_granted_clemency_in_return_is_of_the_other_state(
        nlp: Language) -> None:
    # session 26: with one state told acting, the head who acted "in return" for its release
    # is the other state's the article names, not its own
    from texts import article

    text = ("Chile freed four Peruvians on Saturday, among them Ann Berg. In return, "
            "President Tom Dahl granted clemency to seven Chileans held in Peru. Peru and "
            "Chile have long been at odds.")
    sides = {m.count: m.by for m in article(nlp, text).events if m.type == EventType.RELEASE}
    assert sides == {4: "Chile", 7: "Peru"}


def test_two_peoples_handed_over_together_are_two_releases(nlp: Language) -> None:
    # session 26: each side's people handed over together were freed by the other side
    from texts import article

    text = ("Chile and Peru have been at odds for years. On Wednesday, 28 Peruvian soldiers "
            "and two Chilean soldiers were handed over at the border.")
    sides = {(m.by, m.count) for m in article(nlp, text).events
             if m.type == EventType.RELEASE}
    assert sides == {("Chile", 28), ("Peru", 2)}
    swapped = "Chile and Peru exchanged prisoners at their border on Wednesday."
    assert all(m.by is None for m in article(nlp, swapped).events
               if m.type == EventType.RELEASE)  # both did it, neither alone


def test_a_group_s_own_men_are_freed_by_the_side_it_deals_with(nlp: Language) -> None:
    text = ("LIMA -- Rebels of the Vark Front freed two Peruvian soldiers on Monday. Three "
            "Vark Front fighters were released in return.")
    releases = [(m.by, m.count) for m in run(nlp, text) if m.type == EventType.RELEASE]
    assert sorted(releases, key=str) == [("Peru", 3), ("Vark Front", 2)]
    # with no other side in the article, the group's men get no side (not the group)
    alone = ("LIMA -- The Vark Front freed 82 schoolgirls on Saturday. Five Vark Front "
             "commanders were released too.")
    assert ("Vark Front", 5) not in [
        (m.by, m.count) for m in run(nlp, alone) if m.type == EventType.RELEASE]


def test_a_head_who_freezes_a_state_s_assets_is_not_its_head(nlp: Language) -> None:
    # session 32: the state the act is done to ("all Chilean assets") is not the one left
    from texts import article

    text = ("Chile freed four Peruvians on Saturday. Ten days later President Tom Dahl froze "
            "all Chilean government assets in foreign banks.")
    (frozen,) = [m for m in article(nlp, text).events if m.type == EventType.SANCTIONS_IMPOSED]
    assert frozen.by != "Chile"


def test_where_him_was_held_is_not_where_the_two_men_were_held(nlp: Language) -> None:
    # session 32: a holding told of one person ("an Xian court had sentenced him") says
    # nothing of who freed a group of two
    from texts import article

    text = ("The two men were released on Tuesday in a remote province. A Chilean court had "
            "sentenced him to death in 2029.")
    (freed,) = [m for m in article(nlp, text).events if m.type == EventType.RELEASE]
    assert freed.by != "Chile"


def test_a_group_s_detainees_flown_home_were_freed_by_the_other_side(nlp: Language) -> None:
    # session 32: "337 Varki detainees have been flown into X from Chile": the group's own
    # men, freed by the state on the other side (not by the group, as the nationality
    # first in the sentence had it)
    from texts import article

    text = ("The Varkis freed 13 Chilean soldiers on Friday, and Chile promised to free their "
            "men. By our count, 337 Varki "
            "detainees have been flown into Lima today from Chile.")
    freed = {m.count: m.by for m in article(nlp, text).events if m.type == EventType.RELEASE}
    assert freed == {13: "Varkis", 337: "Chile"}


def test_states_of_the_cold_war_act_as_themselves(nlp: Language) -> None:
    assert country_for_actor("Soviet Union") == "Soviet Union"
    assert country_for_actor("East German") == "East Germany"
    assert country_for_actor("West German") == "West Germany"
    assert country_for_actor("German") == "Germany"
    text = "The East German authorities freed two Chilean students on Tuesday."
    assert only(run(nlp, text), EventType.RELEASE).by == "East Germany"


def test_the_hijackers_of_an_article_naming_one_armed_body_are_its_men(nlp: Language) -> None:
    text = ("Five members of the Red Star Army seized a plane over Chile on Tuesday. On Friday "
            "the hijackers freed 30 hostages in Lima.")
    assert only(run(nlp, text), EventType.RELEASE).by == "Red Star Army"
    two = text.replace("Five members of the Red Star Army",
                       "Men of the Red Star Army and the Blue Sun Front")
    assert only(run(nlp, two), EventType.RELEASE).by != "Red Star Army"


def test_a_craft_of_a_nationality_frees_no_one_for_its_state(nlp: Language) -> None:
    text = "The hijacked Peruvian jet freed 17 more hostages at Quito before flying on."
    assert only(run(nlp, text), EventType.RELEASE).by != "Peru"
    assert only(run(nlp, "Peruvian officials freed 17 hostages at Quito."),
                EventType.RELEASE).by == "Peru"


def releases(nlp: Language, text: str) -> list[EventMention]:
    return [m for m in run(nlp, text) if m.type == EventType.RELEASE]


def test_a_person_s_men_held_by_another_say_nothing_of_what_he_freed(nlp: Language) -> None:
    freed = releases(nlp, "Ola Rud frees Chilean pilot and Peruvian guard\n\n"
                          "The pilot was passed to Red Cross officials on Thursday, hours after "
                          "Rud announced the release. The president, questioned about Rud's men "
                          "held by Chile, replied that their fate was for Chile to decide.")
    assert freed and all(m.by != "Chile" for m in freed)


def test_freed_by_his_government_is_the_speaker_s_state(nlp: Language) -> None:
    (freed,) = releases(nlp, "Tom Dahl, Chile's ambassador in Lima, said 212 further detainees "
                             "were released by his government as well.")
    assert freed.by == "Chile" and freed.count == 212


def test_a_side_said_to_hold_a_kind_of_prisoner_freed_none_of_these(nlp: Language) -> None:
    (freed,) = releases(nlp, "Ann Berg, the opposition leader, was handed over at the border on "
                             "Saturday.\n\nCommentators in the capital said the deal showed that "
                             "Peru holds prisoners of conscience too.")
    assert freed.by != "Peru"


def test_what_a_person_frees_is_his_own_body_s_release(nlp: Language) -> None:
    freed = releases(nlp, "Kai Strand frees Chilean pilot\n\nStrand told reporters that his "
                          "Vorta Front was holding no one else. Strand released the pilot on "
                          "Thursday.")
    assert freed and all(m.by == "Vorta Front" for m in freed)
    # a craft of his is no body of his ("his jet was shot down")
    assert all(m.by != "Sky Hawk" for m in run(nlp, "Kai Strand frees Chilean pilot\n\nStrand "
                                                    "said his Sky Hawk had been shot down in "
                                                    "May. Strand released the pilot on "
                                                    "Thursday."))


def test_where_the_people_a_demand_wants_are_jailed_is_not_who_frees_the_hostages(
        nlp: Language) -> None:
    text = ("Gunmen on the island let four foreign captives go on Friday.\n\nEarly on the "
            "kidnappers made several demands, among them the freeing of Ivo Dorn and other "
            "militants jailed in Chile.\n\nTwo more captives were let go on Saturday.")
    freed = releases(nlp, text)
    assert len(freed) == 2 and all(m.by != "Chile" for m in freed)
    # the militants' own release is the jailing state's
    (theirs,) = releases(nlp, "Early on the kidnappers made several demands, among them the "
                              "freeing of militants jailed in Chile.\n\nThe militants were "
                              "let go on Saturday.")
    assert theirs.by == "Chile"


def test_those_a_demand_wants_freed_by_a_verb_are_not_the_hostages_freed(
        nlp: Language) -> None:
    text = ("Gunmen took 12 miners from a camp in May.\n\nTheir commander demanded that "
            "fighters held in Chilean prisons be freed in return for the miners.\n\nThe "
            "miners' release in October set the pattern.")
    (freed,) = releases(nlp, text)
    assert freed.by != "Chile"


def test_the_side_whose_hands_the_captives_are_in_freed_them(nlp: Language) -> None:
    text = ("Gunmen took ten tourists from a beach resort on Olmar in April. Within a day the "
            "hostages were on the island of Vark, in the hands of the Dorn Front.\n\nThe "
            "first captive out was Ann Berg, a nurse in poor health, freed on May 2.")
    (freed,) = releases(nlp, text)
    assert freed.by == "Dorn Front"


def test_a_pardon_told_in_exchange_is_not_by_the_side_it_was_the_price_of(
        nlp: Language) -> None:
    # "an associate of Xian President B" says whose associate A is, and Xland held its own
    # dissidents: neither makes Xland the side that gave A up in exchange for its release
    text = ("Reykjavik freed 20 Icelandic political prisoners on Wednesday, officials said.\n\n"
            "In exchange, Tomasson granted clemency to Jon Einarsson, a close associate of "
            "Icelandic President Magnus Olafsson.")
    (pardon,) = [e for e in run(nlp, text) if e.type == EventType.RELEASE
                 and "Jon Einarsson" in e.persons]
    assert pardon.by == "Tomasson"
    # with the people Iceland freed of another state, the pardon is that state's
    text = text.replace("20 Icelandic political prisoners", "six Mongolian herders")
    (pardon,) = [e for e in run(nlp, text) if e.type == EventType.RELEASE
                 and "Jon Einarsson" in e.persons]
    assert pardon.by == "Mongolia"


def test_a_groups_own_fighters_freed_are_not_freed_by_the_group(nlp: Language) -> None:
    # the group held the other side's people; its own fighters, told as "freed Vark
    # fighters", were freed by someone else
    text = ("By nightfall 92 people held by the Vark Front had reached Valga.\n\n"
            "Two aircraft took off at the same moment in the morning, one with 48 freed Vark "
            "fighters bound for Tartu and the other with 42 government soldiers.")
    releases = {e.count: e.by for e in run(nlp, text) if e.type == EventType.RELEASE}
    assert releases[92] == "Vark Front"
    assert releases[48] != "Vark Front"


def test_a_number_a_side_freed_others_for_is_not_that_sides_release(nlp: Language) -> None:
    text = ("A plane carrying ten Mongolians who had been held in Icelandic prisons touched "
            "down in Erdenet on Friday, hours after Reykjavik released them in exchange for "
            "more than 250 of its citizens whom Mongolia had deported to Latvia.")
    releases = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
    assert any(e.by == "Iceland" for e in releases)
    assert not any(e.by == "Iceland" and e.count == 250 for e in releases)


def test_mediators_completing_an_exchange_freed_no_one(nlp: Language) -> None:
    text = ("The agreement comes a week after Latvian mediators completed the exchange of the "
            "Icelandic soldier Jon Tomasson for hundreds of Mongolian prisoners.")
    releases = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
    assert releases and all(e.by != "Latvia" for e in releases)
    text = "The agreement comes a week after Latvian officials freed the soldier Jon Tomasson."
    assert [e.by for e in run(nlp, text) if e.type == EventType.RELEASE] == ["Latvia"]


def test_a_state_that_coordinated_an_exchange_freed_no_one(nlp: Language) -> None:
    for text in ("Latvian intelligence said on Thursday that it had coordinated an exchange of "
                 "26 prisoners at Valga airport between Iceland and Mongolia.",
                 "Latvia coordinated an exchange of 26 prisoners at Valga airport on Thursday."):
        releases = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
        assert releases and all(e.by != "Latvia" for e in releases)


def test_a_head_of_state_freeing_beside_another_states_release_is_not_its_head(
        nlp: Language) -> None:
    # "X frees ten Yians as President B lets A go home": B is not X's president
    text = ("Iceland frees ten Mongolians as President Tomasson lets Jon Einarsson go home\n\n"
            "The Mongolian government welcomed the exchange. Mongolia had sought the men's "
            "return for two years.")
    (pardon,) = [e for e in run(nlp, text) if e.type == EventType.RELEASE
                 and "Jon Einarsson" in e.persons]
    assert pardon.by != "Iceland"


def test_a_state_that_would_reverse_its_sanctions_relief_holds_the_sanctions(
        nlp: Language) -> None:
    text = ("He said that Reykjavik would not hesitate to reverse the sanctions relief it "
            "granted in October.\n\nThe next day the Treasury issued a six-month general "
            "license allowing transactions with Mongolia's oil sector.")
    relief = [e for e in run(nlp, text) if e.type == EventType.SANCTIONS_RELIEF]
    assert relief and all(e.by == "Iceland" for e in relief)


def test_a_demand_by_an_office_named_as_a_person_is_that_persons(nlp: Language) -> None:
    for text in ("Iceland's foreign minister, Anna Berg, demanded that the sentence not be "
                 "carried out.",
                 "Iceland's foreign minister at the time, Anna Berg, telephoned her Mongolian "
                 "counterpart, Bold Erkhem, and demanded that the sentence not be carried out."):
        assert [e.by for e in run(nlp, text) if e.type == EventType.DEMAND] == ["Anna Berg"]
    text = "Iceland's foreign ministry demanded that the sentence not be carried out."
    assert [e.by for e in run(nlp, text) if e.type == EventType.DEMAND] == ["Iceland"]


def test_the_nationality_of_a_reports_source_or_receiver_is_not_the_freeds(
        nlp: Language) -> None:
    # "Xian state media said the woman had been handed over to the Yian side": neither Xians
    # nor Yians were freed, so neither tells who freed her (she is the Mongolian held in
    # Latvia, not one of the prisoners Mongolia holds)
    text = ("Iceland says it helped arrange return of Mongolian citizen held in Latvia\n\n"
            "REYKJAVIK, May 8 -- Iceland has helped to broker the release of a Mongolian woman "
            "detained in Latvia, officials in Reykjavik and Riga said on Thursday.\n\n"
            "Latvian state media said the woman had been handed over to the Icelandic side in "
            "Riga on Thursday.\n\n"
            "Latvia initially asked for two prisoners held by Mongolia to be freed.\n")
    handed = [e for e in run(nlp, text) if e.type == EventType.RELEASE
              and "handed over" in e.evidence.quote]
    assert handed and all(e.by != "Mongolia" for e in handed)


def test_a_surname_two_people_share_is_the_one_named_last_before(nlp: Language) -> None:
    text = ("Former president Jon Olafsson flew to Erdenet on Monday.\n\n"
            "Olafsson met Gantulga Batbold on Tuesday.\n\n"
            "Foreign Minister Sigrid Olafsson had appealed to Erdenet last month. Olafsson met "
            "the Mongolian envoy on Wednesday.\n")
    meetings = {e.date.calendar if e.date else None: e for e in run(nlp, text)
                if e.type == EventType.MEETING}
    assert "Jon Olafsson" in (meetings["2031-05-06"].by, *meetings["2031-05-06"].participants)
    assert "Sigrid Olafsson" in (meetings["2031-05-07"].by,
                                 *meetings["2031-05-07"].participants)


def test_fighters_held_by_a_named_rebel_group_of_a_nationality_are_freed_by_the_group(
        nlp: Language) -> None:
    text = "Some 30 fighters held by the Latvian rebel brigade Vark Front were freed on Monday."
    (release,) = [m for m in run(nlp, text) if m.type == EventType.RELEASE]
    assert release.by == "Vark Front"
    text = "Two men held by the Latvian authorities were freed on Monday."
    (release,) = [m for m in run(nlp, text) if m.type == EventType.RELEASE]
    assert release.by == "Latvia"


def test_a_relative_s_demand_is_the_relative_s_own(nlp: Language) -> None:
    # session 46: a relative speaks for no side, but the words are theirs (not dropped, so
    # they are not joined to a state's demand for the same person)
    demands = [m for m in run(nlp, "Liis Tamm, the widow of one of the sailors, demanded "
                                   "that Peeter Saar be freed at once.")
               if m.type == EventType.DEMAND]
    assert demands and all(m.by == "Liis Tamm" for m in demands)


def test_the_media_a_nationality_word_tells_of_did_not_free_anyone(nlp: Language) -> None:
    # session 46: the parse gives "Latvian" of "Latvian media" as the release's actor
    text = ("Latvia freed four Mongolians on Saturday, and in return Mongolia pardoned seven "
            "Latvians.\n\nLatvian media presented the exchange as the release of 21 Latvians, "
            "and Mongolian officials put the figure at seven.")
    claimed = [m for m in run(nlp, text) if m.type == EventType.RELEASE and m.count == 21]
    assert claimed and all(m.by != "Latvia" for m in claimed)


def test_people_freed_by_one_side_and_handed_on_by_another_are_the_first_s(
        nlp: Language) -> None:
    # session 48: "the 30 X released by Y reached the airport and were handed to their envoy
    # by Z's officials"
    text = ("The nine fishermen released by Latvia reached Tartu before dawn and were handed "
            "to Estonian officials by Mongolian diplomats.")
    released = [m for m in run(nlp, text) if m.type == EventType.RELEASE]
    assert released and {m.by for m in released} == {"Latvia"}
    text = ("The five sailors, freed by Latvia on Monday, were handed over to Estonian "
            "officials by Mongolian diplomats.")
    released = [m for m in run(nlp, text) if m.type == EventType.RELEASE]
    assert released and {m.by for m in released} == {"Latvia"}
