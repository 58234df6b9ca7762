"""Group words standing for people named before, on invented articles (real spaCy)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dealwatch.dates import find_dates
from dealwatch.document import read_article
from dealwatch.model import Article, EventMention, EventType

PUBLISHED = date(2031, 5, 10)


def run(nlp: Language, text: str) -> list[EventMention]:
    article = Article(id="doc1", path="doc1.txt", text=text, published=PUBLISHED)
    return list(read_article(article, nlp(text), find_dates(text, PUBLISHED)).events)


def test_both_men_in_a_demand_are_the_two_named_before(nlp: Language) -> None:
    text = ("The two sailors are Ivan Petrov and Olga Smirnova, who crossed the border in "
            "April. In May, the foreign ministry of Norway demanded that both men be released "
            "immediately.")
    (demand,) = [e for e in run(nlp, text) if e.type == EventType.DEMAND]
    assert set(demand.persons) == {"Ivan Petrov", "Olga Smirnova"}
    assert any("Ivan Petrov and Olga Smirnova" in e.quote for e in demand.context)


def test_a_group_of_another_size_takes_no_one(nlp: Language) -> None:
    text = ("The two sailors are Ivan Petrov and Olga Smirnova, who crossed the border in "
            "April. In May, Norway demanded that the three fishermen be released.")
    (demand,) = [e for e in run(nlp, text) if e.type == EventType.DEMAND]
    assert demand.persons == ()


def test_the_men_are_not_the_people_another_event_is_about(nlp: Language) -> None:
    text = ("Kenya in turn wanted the release of the pilots Ivan Dorn and Ole Lask.\n"
            "The men were handed over at an airport in return for the two Kenyan sailors.")
    handed = [e for e in run(nlp, text) if e.type == EventType.RELEASE and e.cue == "handed"]
    assert handed and all(not e.persons for e in handed)


def test_him_in_a_promise_is_the_one_person_named_before_not_the_speaker(
        nlp: Language) -> None:
    text = ("Karl Dorn said the other side was treating Ivan Petrov's case differently and "
            "promised to keep working to bring him home.")
    promises = [e for e in run(nlp, text) if e.type == EventType.PROMISE]
    assert promises and promises[0].persons == ("Ivan Petrov",)


def test_a_numbered_group_takes_the_names_set_off_later_in_the_article(nlp: Language) -> None:
    text = ("Norway handed back 12 Danish soldiers on Wednesday in exchange for two "
            "Norwegian servicemen, completing a trade the two governments had announced.\n"
            "Families gathered at the border crossing.\n"
            "The two men Denmark let go, Ivan Dorn and Ole Lask, were conscripts who strayed "
            "across the line in April.")
    releases = [e for e in run(nlp, text) if e.type == EventType.RELEASE and e.count == 2]
    assert releases
    assert all(set(e.persons) == {"Ivan Dorn", "Ole Lask"} for e in releases)
    assert all(any("Ivan Dorn and Ole Lask" in c.quote for c in e.context) for e in releases)


def test_a_promised_group_takes_the_names_of_the_release_of_that_many(nlp: Language) -> None:
    text = ("A ministry statement said that in return Peru would release three people jailed "
            "for spying. The ministry did not name them. Late on Thursday the president said "
            "he had already pardoned the three - Ivan Dorn, Ole Lask and Mara Vint.")
    (promise,) = [e for e in run(nlp, text) if e.type == EventType.PROMISE]
    assert set(promise.persons) == {"Ivan Dorn", "Ole Lask", "Mara Vint"}


def test_in_a_two_for_two_swap_the_number_names_neither_group(nlp: Language) -> None:
    text = ("Norway freed two Danish sailors, Ivan Dorn and Ole Lask, on Monday.\n"
            "Cargo ships waited in the harbour.\n"
            "In return Denmark released two Norwegian pilots.")
    unnamed = [e for e in run(nlp, text) if e.type == EventType.RELEASE and e.by == "Denmark"]
    assert unnamed
    assert all(not e.persons for e in unnamed)


def test_his_release_is_the_one_person_named_two_sentences_before(nlp: Language) -> None:
    text = ("Ivan Dorn was arrested in the capital in May while studying water management. A "
            "court sentenced him to nine years for espionage. Norway called the charges absurd "
            "and repeatedly demanded his release.")
    (demand,) = [e for e in run(nlp, text) if e.type == EventType.DEMAND]
    assert demand.persons == ("Ivan Dorn",)


def test_his_release_with_two_people_named_before_names_no_one(nlp: Language) -> None:
    text = ("Ivan Dorn and Ole Lask were arrested in the capital in May. A court sentenced them "
            "to nine years. Norway repeatedly demanded his release.")
    (demand,) = [e for e in run(nlp, text) if e.type == EventType.DEMAND]
    assert demand.persons == ()


def test_a_counted_group_takes_the_names_a_later_sentence_gives_the_group(
        nlp: Language) -> None:
    text = ("Norway released two Swedish nationals on Tuesday.\n"
            "The Swedes, Ivan Dorn and Ole Lask, landed in Stockholm late on Tuesday.")
    releases = [e for e in run(nlp, text) if e.type == EventType.RELEASE and e.count == 2]
    assert releases and all(set(e.persons) == {"Ivan Dorn", "Ole Lask"} for e in releases)


GROUP_NAMED = ("On Friday Chile's foreign minister, Ann Berg, urged the pirates to let the two "
               "Poles and the rest of the sailors go without delay. The tanker's 30 sailors "
               "include two Poles and three Finns. The two Poles are Tom Dahl, the cook, and Kai "
               "Strand, a deckhand.")


def test_the_two_of_a_nationality_in_a_demand_are_the_two_named_so_later(
        nlp: Language) -> None:
    [demand] = [m for m in run(nlp, GROUP_NAMED) if m.type == EventType.DEMAND]
    assert set(demand.persons) == {"Tom Dahl", "Kai Strand"}


def test_the_group_named_is_only_one_of_that_word_and_number(nlp: Language) -> None:
    text = GROUP_NAMED.replace("let the two Poles", "let the three Finns")
    [demand] = [m for m in run(nlp, text) if m.type == EventType.DEMAND]
    assert demand.persons == ()


def test_the_officers_of_a_named_body_are_those_named_as_its_officers(nlp: Language) -> None:
    text = ("Tom Dahl, Kai Strand and Ola Rud are former officers of the Vorta riot police, on "
            "trial in Lima. On Friday Peru demanded the release of the Vorta officers.")
    [demand] = [m for m in run(nlp, text) if m.type == EventType.DEMAND]
    assert set(demand.persons) == {"Tom Dahl", "Kai Strand", "Ola Rud"}
    other = text.replace("the Vorta officers", "the Kestra officers")
    [demand] = [m for m in run(nlp, other) if m.type == EventType.DEMAND]
    assert demand.persons == ()


def test_them_after_a_held_group_of_a_number_is_that_many(nlp: Language) -> None:
    text = ("Kai Strand said the faction that let the 21 go holds 83 more of the students and "
            "has signalled that it is prepared to release them if the government will talk.")
    [promise] = [m for m in run(nlp, text) if m.type == EventType.PROMISE]
    assert promise.count == 83
    other = text.replace("holds 83 more of the students", "has threatened the students")
    [promise] = [m for m in run(nlp, other) if m.type == EventType.PROMISE]
    assert promise.count is None


def test_them_after_a_plane_carrying_a_number_is_that_many(nlp: Language) -> None:
    text = ("A plane carrying ten Mongolians who had been held in Icelandic prisons touched "
            "down at an airfield in Erdenet shortly before midnight on Friday, hours after "
            "Reykjavik released them in exchange for its own citizens.")
    released = [m for m in run(nlp, text) if m.type == EventType.RELEASE and m.by == "Iceland"]
    assert [m.count for m in released] == [10]


def test_the_negotiators_named_before_are_not_the_group_freed(nlp: Language) -> None:
    # session 37: "... with A and B representing the president. ... The women were handed
    # over": A and B negotiated, the women are others
    text = ("The last round took place in Lima over two days and ended on 2 May, with Tom Dahl "
            "and Kai Strand representing the president and two VLF envoys on the other side. "
            "The guerrillas agreed to let the two women and 12 town clerks go.\n\nThe swap "
            "took place on 4 May. In Vark the women were handed over and driven to a quiet "
            "reunion at an army base.")
    releases = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
    assert releases and all(not e.persons for e in releases)


def test_the_authors_of_a_byline_are_not_the_group_freed(nlp: Language) -> None:
    text = ("Hostages home after two years\n\nBy Jon Olafsson and Kari Stefansson, Valga "
            "Herald staff\n\nThe Vark Front freed them on Monday in Valga.\n")
    (release,) = [e for e in run(nlp, text) if e.type == EventType.RELEASE]
    assert release.persons == ()


def test_them_after_a_nearer_unnamed_group_is_not_a_pair_named_further_back(
        nlp: Language) -> None:
    # session 48: "A and B arrived ... the eight boarded a plane. X pardoned them"
    text = ("On Monday the envoys Jon Kask and Mari Tamm arrived in Valga. Late that night the "
            "eight boarded a plane to Tartu. President Bat Erdene pardoned them when they "
            "landed.")
    pardoned = [e for e in run(nlp, text) if e.type == EventType.RELEASE
                and e.cue == "pardoned"]
    assert pardoned and all(not {"Jon Kask", "Mari Tamm"} & set(e.persons) for e in pardoned)
    text = text.replace("the eight boarded a plane to Tartu", "the talks went on")
    pardoned = [e for e in run(nlp, text) if e.type == EventType.RELEASE
                and e.cue == "pardoned"]
    assert pardoned and set(pardoned[0].persons) == {"Jon Kask", "Mari Tamm"}
