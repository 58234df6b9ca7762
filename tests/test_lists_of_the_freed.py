"""The freed named in a list of an article that tells no release of its own ("Among those
who came home were A and B"), and where another article's release takes them (real spaCy,
invented texts)."""

from __future__ import annotations

from spacy.language import Language
from texts import article, of, told_in

from dealwatch.model import Event, EventType
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve


def releases_of(nlp: Language, *texts: str) -> list[Event]:
    found = [article(nlp, text, f"doc{k}") for k, text in enumerate(texts)]
    return [e for e in merge_events(found, resolve(found)) if e.type == EventType.RELEASE]


def test_an_among_list_of_the_freed_is_a_release_with_its_day(nlp: Language) -> None:
    (freed,) = of(article(nlp, "Among those freed on Friday were Ann Berg, Tom Dahl and "
                               "Kai Strand.").events, EventType.RELEASE)
    assert set(freed.persons) == {"Ann Berg", "Tom Dahl", "Kai Strand"}
    assert freed.date is not None and freed.date.value == "2031-05-09"
    (home,) = of(article(nlp, "Among those who came home were the poet Ann Berg; Tom Dahl, "
                              "the editor of a weekly; and Kai Strand.").events,
                 EventType.RELEASE)
    assert set(home.persons) == {"Ann Berg", "Tom Dahl", "Kai Strand"} and home.date is None


def test_the_freed_told_alone_join_the_one_release_another_article_tells(
        nlp: Language) -> None:
    (one,) = releases_of(nlp, "Chile freed 35 Peruvians on Saturday under an agreement "
                              "with Peru.",
                         "Among those who came home were the poet Ann Berg, the lawyer "
                         "Tom Dahl, Kai Strand and Eva Holm.")
    assert one.by == "Chile" and one.count == 35 and one.date == "2031-05-10"
    assert set(one.persons) == {"Ann Berg", "Tom Dahl", "Kai Strand", "Eva Holm"}


def test_the_freed_told_alone_stay_apart_from_a_swaps_two_halves(nlp: Language) -> None:
    found = releases_of(nlp, "Chile and Peru exchanged prisoners on Saturday. Chile freed 35 "
                             "Peruvians and Peru freed 35 Chileans at the border.",
                        "Among those who came home were the poet Ann Berg, the lawyer "
                        "Tom Dahl, Kai Strand and Eva Holm.")
    assert {(e.by, len(e.persons)) for e in found} == {("Chile", 0), ("Peru", 0), (None, 4)}


def test_including_after_a_clause_about_the_group_names_its_members(nlp: Language) -> None:
    # the parse hangs "including" on "2029", the clause's last word
    (freed,) = of(article(nlp, "Among those released on Friday are seven activists who had "
                               "tried to storm the Lima parliament in 2029, including Ann "
                               "Berg, a lawyer, the poet Tom Dahl and the singer Kai Strand.")
                  .events, EventType.RELEASE)
    assert set(freed.persons) == {"Ann Berg", "Tom Dahl", "Kai Strand"}
    # a name the clause itself tells of is no member
    assert not of(article(nlp, "Among those released on Friday are seven activists who had "
                               "met Ann Berg, the party's leader.").events, EventType.RELEASE)


def test_a_list_told_before_the_one_release_of_the_article_is_its(nlp: Language) -> None:
    (freed,) = of(article(nlp, "Among those who came home were Ann Berg and Tom Dahl. Chile "
                               "freed eleven Peruvians on Friday under the deal.").events,
                  EventType.RELEASE)
    assert set(freed.persons) == {"Ann Berg", "Tom Dahl"} and freed.count == 11
    # with two releases after it, whose they are is not said
    two = of(article(nlp, "Among those who came home were Ann Berg and Tom Dahl. Chile "
                          "freed eleven Peruvians on Friday, and Peru freed nine Chileans "
                          "on Saturday.").events, EventType.RELEASE)
    assert all(not m.persons for m in two if m.by is not None)


def test_someone_arriving_before_the_release_is_not_of_its_freed(nlp: Language) -> None:
    (freed,) = of(article(nlp, "Tom Dahl arrived in Geneva on Tuesday. Peru freed two "
                               "Chileans on Friday.").events, EventType.RELEASE)
    assert freed.persons == ()


def test_a_heading_that_tells_a_homecoming_heads_a_list_of_the_freed(nlp: Language) -> None:
    text = ("Chile and Peru exchanged prisoners at the border on Saturday, officials said.\n\n"
            "Who came home\n\n"
            "- Ann Berg (\"Annie\", 45, Lima)\n"
            "- Tom Dahl (\"the Doctor\", 51, Quito)\n"
            "- Kai Strand (\"Kiki\", 38, Lima)\n")
    named = [m for m in of(article(nlp, text).events, EventType.RELEASE) if m.persons]
    assert [set(m.persons) for m in named] == [{"Ann Berg", "Tom Dahl", "Kai Strand"}]
    # a heading with "home" alone is no such heading
    other = text.replace("Who came home", "Home news")
    assert not [m for m in of(article(nlp, other).events, EventType.RELEASE) if m.persons]


def test_a_list_of_those_coming_out_goes_on_with_they_were_followed_by(nlp: Language) -> None:
    text = ("Five Chilean fishermen held by Peru since 2027 stepped off a military plane in "
            "Santiago on Tuesday. The first pair down the steps were Tom Dahl and Ann Berg, "
            "brothers-in-law from Arica. They were followed by Kai Strand and Eva Holm, who had "
            "crewed the same boat. Last came Ola Rud, the captain.")
    freed = told_in(nlp, text, EventType.RELEASE, "stepped off a military plane")
    assert set(freed.persons) == {"Tom Dahl", "Ann Berg", "Kai Strand", "Eva Holm", "Ola Rud"}


def test_the_held_coming_over_to_the_other_side_are_freed(nlp: Language) -> None:
    text = ("Three men held in the East came over to the Western side: Tom Dahl and Kai "
            "Strand, who had been serving long sentences in Peru, and Ola Rud, a Chilean "
            "jailed in his own country.\nThe lawyer Ivo Dorn, who has arranged most of the "
            "exchanges of the past decade, was on the bridge.")
    freed = told_in(nlp, text, EventType.RELEASE, "came over to the Western side")
    assert freed.count == 3
    assert set(freed.persons) == {"Tom Dahl", "Kai Strand", "Ola Rud"}


def test_one_unnamed_person_freed_is_the_person_the_next_sentence_opens_on(
        nlp: Language) -> None:
    text = ("A small man in a grey coat walked out of Peru across the bridge at Vark on "
            "Tuesday morning and, after six years in Peruvian prisons, into Chile. Tom Dahl, "
            "the engineer who became the best known of the prisoners, was met at the line by "
            "the Chilean consul.")
    freed = told_in(nlp, text, EventType.RELEASE, "walked out of Peru")
    assert freed.persons == ("Tom Dahl",) and freed.count == 1
    other = text.replace("Tom Dahl, the engineer who became the best known of the prisoners,",
                         "The Chilean consul's car")
    assert told_in(nlp, other, EventType.RELEASE, "walked out of Peru").persons == ()


def test_the_commander_who_led_the_raid_greeted_at_home_is_none_of_the_freed(
        nlp: Language) -> None:
    text = ("The 40 hostages were freed late on Tuesday near the village of Vark. Tom Dahl, "
            "the commander who led the raid on Lima, was greeted as a hero in Vark.")
    freed = told_in(nlp, text, EventType.RELEASE, "were freed late")
    assert "Tom Dahl" not in freed.persons
    told = text.replace("Tom Dahl, the commander who led the raid on Lima,",
                        "Tom Dahl, a teacher held since May,")
    assert "Tom Dahl" in told_in(nlp, told, EventType.RELEASE, "were freed late").persons


def test_a_person_freed_with_another_is_read_when_the_parse_leaves_the_name_out(
        nlp: Language) -> None:
    # the parse spaCy gives some such sentences: "With A the militia freed B", A hung on
    # "militia" as a modifier and "With" left with no object
    from spacy.tokens import Doc, Span

    from dealwatch.document.own_list import freed_with
    from dealwatch.extract.names import find_names

    words = ["With", "Strand", "the", "militia", "freed", "Ann", "Berg", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True] * 6 + [False, False],
              heads=[4, 3, 3, 4, 4, 6, 4, 4],
              deps=["prep", "amod", "det", "nsubj", "ROOT", "compound", "dobj", "punct"],
              pos=["ADP", "PROPN", "DET", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT"],
              tags=["IN", "NNP", "DT", "NN", "VBD", "NNP", "NNP", "."],
              lemmas=["with", "Strand", "the", "militia", "free", "Ann", "Berg", "."])
    doc.ents = [Span(doc, 1, 2, label="PERSON"), Span(doc, 5, 7, label="PERSON")]
    assert freed_with(doc[4], find_names(doc, "doc1")) == ["Strand"]
    # "with the help of A": no one freed with them
    assert freed_with(nlp("Chile freed Ann Berg with the help of Kai Strand.")[1],
                      find_names(nlp("Chile freed Ann Berg with the help of Kai Strand."),
                                 "doc1")) == []


def test_a_later_list_belongs_to_one_group_told_by_two_verbs(nlp: Language) -> None:
    # "Twelve dissidents, released by X, stepped off a jet": two cues, one group
    found = of(article(nlp, "Twelve Chilean dissidents, released by their government in return "
                            "for a kidnapped consul, stepped off a military jet in Lima on "
                            "Sunday. The group includes Ola Rud, Ivo Dorn and Eva Holm.").events,
               EventType.RELEASE)
    assert found and all(set(m.persons) == {"Ola Rud", "Ivo Dorn", "Eva Holm"} for m in found)


# An article's lead frees a number it leaves unstated; the people it goes on to tell freed,
# one paragraph each, are among them.
_UNCOUNTED = ("Peru released scores of its best-known dissidents on Friday, among them the "
              "leaders of a student movement crushed in 2009.\n\n"
              "Tom Dahl, the best known of those leaders, left the jail at Olmar on foot "
              "and told reporters he would keep working for reform.\n\n"
              "His colleagues Kai Strand and Eva Holm were also freed, as was the poet Ann "
              "Berg.\n\nIvo Dorn, a former prime minister purged in 2012, was released from "
              "house arrest.")


def test_the_people_told_freed_after_an_uncounted_lead_are_its_own(nlp: Language) -> None:
    (freed,) = releases_of(nlp, _UNCOUNTED)
    assert freed.by == "Peru" and freed.date == "2031-05-09"
    assert {"Tom Dahl", "Kai Strand", "Eva Holm", "Ivo Dorn"} <= set(freed.persons)


def test_people_freed_with_no_side_in_a_swap_may_be_its_other_half(nlp: Language) -> None:
    text = _UNCOUNTED + "\n\nFour fishermen were exchanged for them at the border."
    assert not any("Ivo Dorn" in e.persons for e in releases_of(nlp, text) if e.by == "Peru")


def test_the_one_a_side_freed_others_in_exchange_for_is_not_among_its_freed(
        nlp: Language) -> None:
    # "The men freed by X in exchange for A": A is the price of X's release; neither the
    # men's release nor a bare "handover" told later makes A one of X's freed
    text = ("The men freed by Iceland in exchange for Jon Tomasson, the young "
            "Mongolian-Icelandic student whom Mongolia had accused of spying, were for the "
            "most part herders from the border villages.\n\n"
            "The handover itself took less than an hour, officials said.")
    freed = releases_of(nlp, text)
    assert any(e.by == "Iceland" for e in freed)
    assert not any(e.by == "Iceland" and "Jon Tomasson" in e.persons for e in freed)


def test_those_waiting_for_the_freed_are_not_among_them(nlp: Language) -> None:
    text = ("Two Icelandic fishermen freed by Mongolia landed in Reykjavik on Tuesday. Among "
            "those waiting was former Vice President Jon Olafsson.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert "Jon Olafsson" not in release.persons


def test_those_moved_to_house_arrest_in_the_sentence_before_are_not_freed(
        nlp: Language) -> None:
    moved = ("On Tuesday Chile took three detainees from the city jail and put them under "
             "house arrest. Among those transferred were Ann Berg, a teacher, and Tom Dahl, a "
             "doctor.")
    assert not of(article(nlp, moved).events, EventType.RELEASE)
    flown = moved.replace("put them under house arrest", "flew them to Lima")
    (freed,) = of(article(nlp, flown).events, EventType.RELEASE)
    assert set(freed.persons) == {"Ann Berg", "Tom Dahl"}


def test_a_move_to_house_arrest_hung_on_a_clause_about_the_moved_frees_no_one(
        nlp: Language) -> None:
    moved = ("In early May, Chile transferred the six Canadians it was holding from the central "
             "prison to house arrest in a guesthouse.")
    assert not of(article(nlp, moved).events, EventType.RELEASE)
    flown = moved.replace("house arrest in a guesthouse", "Lima")
    assert [r.count for r in of(article(nlp, flown).events, EventType.RELEASE)] == [6]
