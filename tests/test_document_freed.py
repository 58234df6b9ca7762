"""Who a release frees and how many, read from the whole article; running totals kept apart.

Every text is invented; the real spaCy pipeline parses it and ``read_article`` reads it.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dealwatch.dates import find_dates
from dealwatch.document import read_article
from dealwatch.model import Article, EventMention, EventType, Extraction


def read(nlp: Language, text: str, published: date | None = None) -> Extraction:
    article = Article(id="doc1", path="doc1.txt", text=text, published=published)
    return read_article(article, nlp(text), find_dates(text, published))


def releases(nlp: Language, text: str) -> list[EventMention]:
    return [m for m in read(nlp, text).events if m.type == EventType.RELEASE]


def release(nlp: Language, text: str) -> EventMention:
    (found,) = releases(nlp, text)
    return found


# --- in the release's own sentence ----------------------------------------------------------


def test_a_list_after_a_colon_names_the_freed(nlp: Language) -> None:
    m = release(nlp, "Kestria freed three men on Monday: Anton Belic, Marko Duvan and Petar "
                     "Lesko.")
    assert set(m.persons) == {"Anton Belic", "Marko Duvan", "Petar Lesko"}
    assert m.count == 3


def test_including_names_some_of_the_freed(nlp: Language) -> None:
    m = release(nlp, "Kestria released 12 prisoners on Friday, including the journalist "
                     "Anton Belic and the activist Mira Kovan.")
    assert set(m.persons) == {"Anton Belic", "Mira Kovan"}
    assert m.count == 12


def test_among_them_after_the_group(nlp: Language) -> None:
    m = release(nlp, "Norland freed eight detainees, among them Anton Belic, 61, who was "
                     "arrested at a rally, and Mira Kovan, 34.")
    assert set(m.persons) == {"Anton Belic", "Mira Kovan"}
    assert m.count == 8


def test_among_them_before_a_described_person(nlp: Language) -> None:
    m = release(nlp, "Norland released three political prisoners on Tuesday, among them the "
                     "blogger Anton Belic, after the talks.")
    assert m.persons == ("Anton Belic",)


def test_coordinated_subjects_of_a_passive(nlp: Language) -> None:
    m = release(nlp, "Anton Belic and Mira Kovan were released on Monday.")
    assert set(m.persons) == {"Anton Belic", "Mira Kovan"}


def test_a_relative_clause_frees_the_people_it_hangs_on(nlp: Language) -> None:
    m = release(nlp, "Among the last to come out were two aid workers, Anton Belic and "
                     "Mira Kovan, whom Norland released as a gesture to its neighbour.")
    assert set(m.persons) == {"Anton Belic", "Mira Kovan"}


def test_freed_him_is_the_person_named_before(nlp: Language) -> None:
    m = release(nlp, "One of the group, the teacher Anton Belic, holds a Kestrian passport; "
                     "Norland said it had freed him out of regard for its neighbour.")
    assert m.persons == ("Anton Belic",)


def test_siblings_share_the_surname_written_once(nlp: Language) -> None:
    m = release(nlp, "Norland freed six hostages, among them the siblings Anton and Mira "
                     "Kovan.")
    assert {"Anton Kovan", "Mira Kovan"} <= set(m.persons)


# --- who is around a release but not freed -------------------------------------------------


def test_relatives_and_the_counterpart_are_not_freed(nlp: Language) -> None:
    text = ("Norland freed Anton Belic, a nephew of Mira Kovan, in exchange for Marko "
            "Duvan.")
    freed = [m for m in releases(nlp, text) if "Anton Belic" in m.persons]
    assert freed and all("Mira Kovan" not in m.persons for m in freed)
    assert all("Marko Duvan" not in m.persons for m in freed)


def test_officials_who_receive_them_are_not_freed(nlp: Language) -> None:
    m = release(nlp, "Norland released two journalists on Monday. They were met at the airport "
                     "by Foreign Minister Ivo Rand.")
    assert m.persons == ()


# --- in the sentences that follow ---------------------------------------------------------


def test_they_are_lists_the_freed_of_the_sentence_before(nlp: Language) -> None:
    text = ("Norland released three journalists on Sunday. They are Anton Belic, Marko Duvan "
            "and Petar Lesko.")
    m = release(nlp, text)
    assert set(m.persons) == {"Anton Belic", "Marko Duvan", "Petar Lesko"}
    assert [e.quote for e in m.context] == ["They are Anton Belic, Marko Duvan and Petar "
                                            "Lesko."]


def test_among_them_was_in_the_next_sentence(nlp: Language) -> None:
    m = release(nlp, "Kestria freed 14 prisoners on Friday. Among them was Anton Belic, a "
                     "poet, and the lawyer Mira Kovan.")
    assert set(m.persons) == {"Anton Belic", "Mira Kovan"}
    assert m.count == 14


def test_the_four_are_gives_names_and_count(nlp: Language) -> None:
    m = release(nlp, "Kestria released the prisoners on Sunday. The four are Anton Belic, "
                     "Marko Duvan, Petar Lesko and Mira Kovan.")
    assert len(m.persons) == 4
    assert m.count == 4


def test_the_best_known_of_the_freed(nlp: Language) -> None:
    m = release(nlp, "Norland released 30 prisoners on Monday. The best known was Anton "
                     "Belic, a poet jailed for a decade.")
    assert m.persons == ("Anton Belic",)
    assert m.count == 30


def test_the_oldest_and_the_youngest(nlp: Language) -> None:
    text = ("Kestria handed over 12 hostages on Friday. They were driven to the border. The "
            "oldest of the hostages, Mira Kovan, is 85; the youngest, Anton Belic, is nine.")
    m = release(nlp, text)
    assert set(m.persons) == {"Mira Kovan", "Anton Belic"}


def test_a_later_release_ends_the_list_of_the_earlier(nlp: Language) -> None:
    text = ("Norland freed two prisoners on Monday. Kestria released five soldiers a day "
            "later. They are Anton Belic and Mira Kovan.")
    first = min(releases(nlp, text), key=lambda m: m.evidence.start)
    assert first.persons == ()


def test_a_new_paragraph_is_another_story(nlp: Language) -> None:
    """Where the article told another group freed before, "They are ..." in another
    paragraph is not the release's (of the first group the article frees, it is: session
    35)."""
    freed = releases(nlp, "In March Kestria freed five soldiers.\n\nNorland freed two "
                          "prisoners on Monday.\nThey are Anton Belic and Mira Kovan.")
    assert [m.persons for m in freed if m.count == 2] == [()]
    (m,) = releases(nlp, "Norland freed two prisoners on Monday.\nThey are Anton Belic and "
                         "Mira Kovan.")
    assert m.persons == ("Anton Belic", "Mira Kovan")


# --- counts ---------------------------------------------------------------------------------


def test_the_count_is_the_group_not_a_number_inside_it(nlp: Language) -> None:
    m = release(nlp, "Norland released a group of 12 prisoners, including two Kestrians.")
    assert m.count == 12


def test_both_men_is_two(nlp: Language) -> None:
    m = release(nlp, "Norland freed both men on Monday after a week of talks.")
    assert m.count == 2


def test_named_people_without_a_number_are_counted_as_named(nlp: Language) -> None:
    m = release(nlp, "Norland freed Anton Belic and Mira Kovan on Monday.")
    assert (m.count, m.count_named) == (2, True)  # no stated number: a stated one would win


# --- running totals ---------------------------------------------------------------------


def test_a_total_since_a_day_is_kept_as_a_stated_total(nlp: Language) -> None:
    ex = read(nlp, "Since Friday Norland has freed 58 people, 39 of them Kestrians.",
              date(2030, 5, 6))
    assert not [m for m in ex.events if m.type == EventType.RELEASE]
    (total,) = ex.totals
    assert (total.side, total.count) == ("Norland", 58)
    assert total.since is not None and total.since.text == "Friday"
    assert total.evidence.quote.startswith("Since Friday")


def test_bringing_the_number_to_is_a_total(nlp: Language) -> None:
    ex = read(nlp, "That brings the number of prisoners freed by Norland since March to 69.")
    assert not [m for m in ex.events if m.type == EventType.RELEASE]
    assert [(t.side, t.count) for t in ex.totals] == [("Norland", 69)]


def test_a_round_that_brings_the_total_up_is_a_round_and_a_total(nlp: Language) -> None:
    ex = read(nlp, "Norland released 20 prisoners on Monday, bringing the total freed since "
                   "July to 300.")
    assert [(m.by, m.count) for m in ex.events if m.type == EventType.RELEASE] == [
        ("Norland", 20)]
    assert [(t.side, t.count) for t in ex.totals] == [("Norland", 300)]


def test_now_freed_in_all_is_a_total_and_a_round_is_not(nlp: Language) -> None:
    ex = read(nlp, "Norland released 30 prisoners on Monday. Norland has now freed 150 "
                   "prisoners in all.")
    assert [m.count for m in ex.events if m.type == EventType.RELEASE] == [30]
    assert [(t.side, t.count) for t in ex.totals] == [("Norland", 150)]


def test_one_of_the_men_may_open_the_next_paragraph(nlp: Language) -> None:
    m = release(nlp, "Norland released two imprisoned journalists late on Tuesday.\nOne of the "
                     "men is Anton Belic, a former vice president of a shipping firm.")
    assert m.persons == ("Anton Belic",)


def test_a_named_group_picks_its_release(nlp: Language) -> None:
    text = ("Officials said the talks had led both to Belic's release and to the coming "
            "return of a Canadian national.\nThe two sides gave few details. Speaking on "
            "condition of anonymity, officials identified the Canadian as Marko Duvan.")
    ex = read(nlp, text)
    returned = [m for m in ex.events if m.type == EventType.RELEASE and m.cue == "return"]
    assert [m.persons for m in returned] == [("Marko Duvan",)]


def test_whose_release_it_is_did_not_free_anyone(nlp: Language) -> None:
    text = "Anton Belic met Ivo Rand. Rand thanked Mira Kovan for Belic's release."
    (m,) = [x for x in releases(nlp, text) if x.cue == "release"]
    assert m.persons == ("Belic",)
    assert m.by != "Belic"


def test_counted_groups_in_a_coordination_add_up(nlp: Language) -> None:
    assert release(nlp, "Kenya freed four Ugandans and two Tanzanians on Friday.").count == 6
    # a group without a number of its own says nothing more
    assert release(nlp, "Kenya freed four Ugandans and Tanzanians on Friday.").count == 4


def test_let_go_frees_the_noun_phrase_after_it_when_the_parse_loses_it(nlp: Language) -> None:
    m = release(nlp, "Iran has let go two dual Kenyan-Iranian citizens and a Danish national, "
                     "the governments in Nairobi and Copenhagen said on Friday.")
    assert m.by == "Iran"
    assert m.count == 3


def test_a_relative_clause_release_counts_the_group_it_hangs_on(nlp: Language) -> None:
    text = ("The pilots were handed over at an airport in return for the seven Ugandans, who "
            "were released by Kenya the same day.")
    kenya = [m for m in releases(nlp, text) if m.by == "Kenya"]
    assert kenya and all(m.count == 7 for m in kenya)


def test_a_promise_of_a_number_takes_the_people_a_later_sentence_names(nlp: Language) -> None:
    text = ("Under the joint statement Kenya promised to free 30 Ugandan soldiers.\n"
            "The talks took place in a border town and lasted two days.\n"
            "The 30 Ugandans are the soldiers Ivan Dorn and Ole Lask and 28 others.\n"
            "Uganda undertook to release two Kenyan pilots.\n"
            "The two Kenyans are the pilots Petar Mirov and Jan Kos, who crossed the border "
            "in April.")
    promises = [m for m in read(nlp, text).events if m.type == EventType.PROMISE]
    pilots = [m for m in promises if m.count == 2]
    assert pilots and set(pilots[0].persons) == {"Petar Mirov", "Jan Kos"}
    soldiers = [m for m in promises if m.count == 30]
    assert soldiers and not soldiers[0].persons  # two names are not thirty people


def test_a_dash_list_of_the_men_flown_out_names_and_counts_them(nlp: Language) -> None:
    text = ("The oil men - Tomeu Varo, Jorge Toledo, Alirio Zambrano and Jose Pereira - were "
            "flown out together with Matthew Hale, a former sailor.")
    m = release(nlp, text)
    assert {"Tomeu Varo", "Jorge Toledo", "Alirio Zambrano", "Jose Pereira"} <= set(m.persons)


def test_people_freed_with_her_include_her(nlp: Language) -> None:
    text = ("Anna Kovic turned four while being held in the camp. After her parents were killed "
            "she ran to a neighbour, where Marta Lesko took her in; all were then taken away. "
            "Marta Lesko and her children were freed with her on Sunday.")
    freed = [m for m in releases(nlp, text) if "Marta Lesko" in m.persons]
    assert freed and "Anna Kovic" in freed[0].persons


def test_a_group_told_by_what_it_did_is_not_the_freed(nlp: Language) -> None:
    text = ("Vesta freed four Americans on Monday. The officials who arranged it were named "
            "as Anna Kowal and Piotr Nowak.")
    assert release(nlp, text).persons == ()


def test_a_pronoun_of_a_kin_told_unnamed_is_not_the_man_named_before(nlp: Language) -> None:
    """ "A, the father of B, was taken with his wife ... She was freed": his wife, whom the
    article does not name; "He was freed" is A, though "father" describes him."""
    told = ("Tom Dahl, the father of the striker Ivo Dahl, was taken from a farm near Olmar "
            "together with his wife on Monday. {} was freed that night.")
    assert release(nlp, told.format("She")).persons == ()
    assert release(nlp, told.format("He")).persons == ("Tom Dahl",)


def test_the_article_s_one_group_freed_takes_the_lists_of_them_told_later(
        nlp: Language) -> None:
    """The only group an article frees: "The oldest of them is A ... The group also includes
    B, C and D", paragraphs later, name its people."""
    text = ("Twelve Chilean prisoners, pardoned by Peru to end a long standoff, flew home to "
            "Santiago on Friday and were met by relatives.\n\nHours later, in Lima, the trade "
            "minister said the border would reopen next month.\n\nAt the airport the men "
            "were driven away under escort. Several looked tired after the flight.\n\nThe "
            "oldest of them is Tom Dahl, 71, a retired teacher. The group also includes Ann "
            "Berg, Kai Strand and Eva Holm.")
    freed = releases(nlp, text)
    assert freed and all({"Tom Dahl", "Ann Berg", "Kai Strand", "Eva Holm"} <= set(m.persons)
                         for m in freed)


def test_another_of_a_kind_is_not_the_one_told_before(nlp: Language) -> None:
    text = ("Norland freed the Peruvian scientist Ivan Dorn on Friday. In 2021 Norland "
            "released another Peruvian scientist when a judge refused a request from Chile.")
    later = [m for m in releases(nlp, text) if "another" in m.evidence.quote]
    assert [m.persons for m in later] == [()]


def test_a_name_after_a_clause_about_the_freed_is_theirs(nlp: Language) -> None:
    # the parser hangs "Karl Berg" on "Chile", the clause's last word
    text = ("Norland freed the Peruvian scientist Ivan Dorn on Friday. In 2021 Norland "
            "released another Peruvian scientist wanted by Chile, Karl Berg, after a judge "
            "refused the request.")
    later = [m for m in releases(nlp, text) if "another" in m.evidence.quote]
    assert [m.persons for m in later] == [("Karl Berg",)]
