"""What a careful reader takes from the whole story, not the one sentence: a day told in
passing is no new time frame, and a group named with its number is the group a later release
of that many frees (real spaCy, invented texts; session 21's rules)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from claims import country, day, mention, person
from spacy.language import Language
from texts import article, of, told_in

from dealwatch.model import EventMention, EventType, Extraction, Precision, Resolution, TimeExpr
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve

# -- a day before the frame's, told in passing, does not move the frame --------------------

_LEAD = ("Norland and Vastland traded prisoners at the border crossing on Thursday, in the "
         "largest exchange between the two neighbours for a decade.\n\n")


def test_a_day_told_in_passing_does_not_move_the_frame(nlp: Language) -> None:
    text = (_LEAD + "One of them, Ann Berg, was pardoned on Tuesday by the president and was "
            "among those handed over.\n\nGoing the other way, Vastland released Lea Holm "
            "and Mia Dahl, two engineers convicted of spying.")
    release = told_in(nlp, text, EventType.RELEASE, "Vastland released")
    assert release.date is not None and release.date.value == "2031-05-08"  # Thursday


def test_a_day_put_first_moves_the_frame(nlp: Language) -> None:
    text = (_LEAD + "On Tuesday the president pardoned Ann Berg, a teacher. His office also "
            "released Lea Holm, an engineer.")
    release = told_in(nlp, text, EventType.RELEASE, "released Lea Holm")
    assert release.date is not None and release.date.value == "2031-05-06"  # Tuesday


def test_a_dated_deal_told_in_passing_still_dates_its_terms(nlp: Language) -> None:
    text = (_LEAD + "The cabinet approved the agreement on Tuesday night. Under it Norland "
            "will free 30 prisoners and Vastland 10 hostages.")
    promises = of(article(nlp, text).events, EventType.PROMISE)
    assert promises
    assert {m.date.value[:10] for m in promises if m.date is not None} == {"2031-05-06"}


# -- a group named with its number is the group a release of that many frees ----------------


_THREE = {"Ann Berg", "Lea Holm", "Tom Dahl"}
_FREED = [
    # a list whose items semicolons part is one list
    ("Norland freed three prisoners on Friday. The three were named by the ministry as Ann "
     "Berg, a teacher arrested in 2029; Lea Holm, a former officer jailed in 2030; and Tom "
     "Dahl, about whom little is known.", "freed three", _THREE),
    # a group named before with its number is the group a later release of that many frees
    ("Two aircraft met at the airport on Friday morning, and by noon the exchange was over."
     "\n\nThe three were named by the ministry as Ann Berg, a teacher from the capital; Lea "
     "Holm, a former officer; and Tom Dahl, a pilot.\n\nThe foreign ministry said that five "
     "Vastish citizens had returned home while three people convicted in Norland were "
     "transferred to the Vastish side.", "transferred", _THREE),
    # ... but not a group of another number
    ("Two aircraft met at the airport on Friday morning, and by noon the exchange was over."
     "\n\nThe two were named by the ministry as Ann Berg, a teacher, and Lea Holm, a former "
     "officer.\n\nThe foreign ministry said that three people convicted in Norland were "
     "transferred to the Vastish side.", "transferred", set()),
    # a chain of the same pronoun (and an explainer's verbless answer) leads back to the name
    ("Who is Tom Dahl?\n\nA teacher from Lima, now 65, who went to Chile several times. He "
     "brought computers to schools. He was arrested in 2029. He lost 40 pounds in a prison "
     "ward.\n\nHow did he get out?\n\nChile said it released him on humanitarian grounds.",
     "released him", {"Tom Dahl"}),
]


@pytest.mark.parametrize(("text", "words", "freed"), _FREED)
def test_the_people_a_release_frees(nlp: Language, text: str, words: str,
                                    freed: set[str]) -> None:
    assert set(told_in(nlp, text, EventType.RELEASE, words).persons) == freed


def test_semicolons_that_end_a_list_are_not_a_list_of_names(nlp: Language) -> None:
    text = ("Norland freed three prisoners on Friday. The three were named as Ann Berg and "
            "Lea Holm; Tom Dahl, their lawyer, said more would follow.")
    release = told_in(nlp, text, EventType.RELEASE, "freed three")
    assert "Tom Dahl" not in release.persons


# -- in a sentence of two releases, a name belongs to the clause it is told in --------------


def _by_cue(nlp: Language, text: str, *cues: str) -> list[EventMention]:
    releases = of(article(nlp, text).events, EventType.RELEASE)
    return [next(m for m in releases if m.cue == cue) for cue in cues]


def test_a_name_told_after_the_second_release_is_of_the_second(nlp: Language) -> None:
    text = ("Chile handed back 215 Peruvian soldiers on Friday, most of them defenders of the "
            "port, while Peru returned 55 prisoners, the politician Ann Berg among them.")
    first, second = _by_cue(nlp, text, "handed", "returned")
    assert "Ann Berg" not in first.persons
    assert second.persons == ("Ann Berg",)


def test_the_names_opening_the_second_clause_are_of_the_second(nlp: Language) -> None:
    text = "Chile freed 30 prisoners on Friday, while Ann Berg and Lea Holm were released by Peru."
    first, second = _by_cue(nlp, text, "freed", "released")
    assert not first.persons
    assert set(second.persons) == {"Ann Berg", "Lea Holm"}


def test_a_jailed_lawmaker_freed_is_one_of_the_freed() -> None:
    a = Extraction("a", (mention("a", EventType.RELEASE, by="Chile", count=1,
                                 persons=("Ann Berg",), date=day("2031-05-09")),),
                   (replace(person("a", "Ann Berg"), roles=("jailed opposition lawmaker",)),),
                   ())
    (event,) = merge_events([a], resolve([a]))
    assert event.persons == ("Ann Berg",)


def test_a_lawmaker_who_acts_in_the_deal_is_still_no_one_freed() -> None:
    # (session 46: one who acts in none of the deal's events may be a held one, and is kept;
    # test_reconcile's test_a_minister_freed_who_acts_nowhere_in_the_deal_is_among_the_freed)
    freed = mention("a", EventType.RELEASE, by="Chile", count=1, persons=("Ann Berg",),
                    date=day("2031-05-09"))
    met = mention("a", EventType.MEETING, 300, by="Ann Berg", date=day("2031-05-02"),
                  participants=("Ann Berg", "Lea Holm"))
    a = Extraction("a", (freed, met), (replace(person("a", "Ann Berg"),
                                               roles=("opposition lawmaker",)),
                                       person("a", "Lea Holm", 300)), ())
    (event,) = [e for e in merge_events([a], resolve([a])) if e.type == EventType.RELEASE]
    assert not event.persons


# -- a day of someone's capture dates nothing the paragraph tells next -----------------------


def test_the_day_of_a_capture_does_not_date_the_release_told_next(nlp: Language) -> None:
    text = ("Ann Berg and Lea Holm were captured near the border on June 9. The minister "
            "welcomed the release and said his government valued the decision to include "
            "all prisoners of war in the negotiations, whatever their nationality.")
    release = told_in(nlp, text, EventType.RELEASE, "welcomed the release")
    assert release.date is None


def test_a_day_of_the_paragraph_still_dates_the_release_told_next(nlp: Language) -> None:
    text = ("Ann Berg and Lea Holm crossed the border on June 9. The minister welcomed the "
            "release and said his government valued the decision to include all prisoners "
            "of war in the negotiations, whatever their nationality.")
    release = told_in(nlp, text, EventType.RELEASE, "welcomed the release")
    assert release.date is not None and release.date.value == "2030-06-09"


# -- a release told as part of a wider exchange is not that exchange -------------------------


def test_a_release_told_as_part_of_a_wider_exchange_is_not_the_rest(nlp: Language) -> None:
    text = ("Chile freed ten foreign fighters this week.\n\nThe two Americans among the ten, "
            "Ann Berg and Lea Holm, were captured near the border in June. The foreigners' "
            "release was part of a wider exchange. Chile returned 215 Peruvians, while Peru "
            "handed over 55 Chileans.")
    ex = article(nlp, text)
    events = of(merge_events([ex], resolve([ex])), EventType.RELEASE)
    assert not any("Ann Berg" in e.persons and e.count == 215 for e in events)


# -- the two people a swap verb takes together are its two halves ---------------------------


def test_two_people_exchanged_are_two_halves_of_one_person_each(nlp: Language) -> None:
    text = "Ann Berg and Lea Holm were exchanged at the airport on Monday."
    first, second = _by_cue(nlp, text, "exchanged", "Holm")
    assert (first.persons, first.count) == (("Ann Berg",), 1)
    assert (second.persons, second.count) == (("Lea Holm",), 1)


def test_two_groups_exchanged_keep_their_numbers(nlp: Language) -> None:
    text = "Ten hostages and 30 prisoners were exchanged on Monday."
    counts = sorted(m.count or 0 for m in of(article(nlp, text).events, EventType.RELEASE))
    assert counts == [10, 30]


# -- "he was freed" is a release of the person told before ----------------------------------


def test_he_was_freed_is_a_release_of_the_man_named_before(nlp: Language) -> None:
    text = ("Tom Dahl landed in Doha on Monday, a few hours after he was exchanged at the "
            "airport for Mia Lund.")
    releases = of(article(nlp, text).events, EventType.RELEASE)
    assert any("Tom Dahl" in m.persons for m in releases)


# -- "released him" frees one person, the one the pronouns lead back to ---------------------


def test_a_release_of_him_takes_no_later_list_of_three(nlp: Language) -> None:
    text = ("Chile said it released him on humanitarian grounds.\n\nThe three freed on "
            "Wednesday by Spain were Ann Berg, who was serving two life terms; Lea Holm; and "
            "Mia Lund.")
    release = told_in(nlp, text, EventType.RELEASE, "released him")
    assert not {"Ann Berg", "Lea Holm", "Mia Lund"} & set(release.persons)


def test_people_told_after_a_release_of_him_go_to_the_group_release(nlp: Language) -> None:
    text = ("Chile freed 17 people on Sunday, officials said. One of them, Tom Dahl, also "
            "holds Spanish citizenship; Chile said it had freed him as a gesture to Madrid. "
            "Ann Berg, 84, was flown by helicopter to a hospital in Lima.")
    release = told_in(nlp, text, EventType.RELEASE, "freed 17")
    assert "Ann Berg" in release.persons


# -- an article of the evening before tells the handover of the next morning -----------------

_ANN = ("Ann Berg", "Lea Holm")


def _release_in(doc: str, day_value: str | None) -> Extraction:
    return Extraction(doc, (mention(doc, EventType.RELEASE, by="Chile", count=2, persons=_ANN,
                                    date=day(day_value) if day_value else None),),
                      (person(doc, "Ann Berg"), person(doc, "Lea Holm", 520)), ())


@pytest.mark.parametrize(("published", "merged"), [
    (date(2031, 5, 8), True),  # the evening before: one release
    (date(2031, 5, 6), False),  # three days before: it cannot tell it
])
def test_an_article_of_the_eve_tells_the_next_days_release(published: date,
                                                           merged: bool) -> None:
    a, b = _release_in("a", "2031-05-09"), _release_in("b", None)
    events = merge_events([a, b], resolve([a, b]), {"a": date(2031, 5, 9), "b": published})
    assert (len(events) == 1) is merged


def test_people_ordered_out_in_a_swap_are_a_release_still_to_come(nlp: Language) -> None:
    text = ("Ten agents pleaded guilty in court on Thursday and were ordered to leave the "
            "country at once as part of an exchange with Chile.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.expected and release.date is None


def test_a_date_before_days_after_is_not_the_after_clauses(nlp: Language) -> None:
    text = ("In late January, days after Chile exchanged two Peruvians for a prisoner held in "
            "Peru, the minister wrote that more would follow.")
    release = _by_cue(nlp, text, "exchanged")[0]
    assert release.date is None


def test_the_day_of_the_deal_a_release_was_under_is_not_its_own(nlp: Language) -> None:
    text = "All 19 hostages were released under an agreement reached on Tuesday in Lima."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.date is None
    told = "The two women, who were freed on Monday, flew home."
    (own,) = of(article(nlp, told).events, EventType.RELEASE)
    assert own.date is not None and own.date.value == "2031-05-05"


def test_since_when_another_state_lasts_dates_no_release(nlp: Language) -> None:
    text = ("Ann Berg has been on hunger strike since Wednesday in protest at being left out "
            "of the exchange in which Chile released Tom Dahl and Kai Strand.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.date is None


# -- a number broken down into rounds by day is a sum, not a round ----------------------------


def test_a_number_broken_down_by_day_is_a_sum_of_rounds(nlp: Language) -> None:
    text = ("Across three days Chile got back 1,000 of its citizens and returned the same "
            "number to Peru: 390 on Friday, 307 yesterday and 303 today.")
    assert not any(m.count == 1000 for m in of(article(nlp, text).events, EventType.RELEASE))


def _rounds(nlp: Language, text: str) -> list[tuple[str | None, int | None, str | None]]:
    return sorted((m.date.value if m.date else None, m.count, m.by)
                  for m in of(article(nlp, text).events, EventType.RELEASE))


def test_a_number_broken_down_by_day_is_one_round_a_day(nlp: Language) -> None:
    text = "Chile freed 52 prisoners in two groups: 30 on Monday and 22 on Tuesday."
    assert _rounds(nlp, text) == [("2031-05-05", 30, "Chile"), ("2031-05-06", 22, "Chile")]


def test_a_total_broken_down_by_day_that_did_not_happen_is_no_round(nlp: Language) -> None:
    text = "Chile did not free 52 prisoners in two groups: 30 on Monday and 22 on Tuesday."
    assert _rounds(nlp, text) == []
    offer = "Chile said it would free 52 prisoners: 30 on Monday and 22 on Tuesday."
    assert _rounds(nlp, offer) == []  # a promise of 52, no rounds done
    assert [m.count for m in of(article(nlp, offer).events, EventType.PROMISE)] == [52]


def test_a_second_days_number_with_the_verb_left_out_is_a_round(nlp: Language) -> None:
    text = "Chile released 30 prisoners on Monday and 22 on Tuesday."
    assert _rounds(nlp, text) == [("2031-05-05", 30, "Chile"), ("2031-05-06", 22, "Chile")]


@pytest.mark.parametrize("more", ["18 more in July", "another 18 in July"])
def test_more_freed_in_a_later_month_are_a_round_of_that_month(nlp: Language,
                                                                more: str) -> None:
    text = f"Chile freed 16 prisoners in June and {more}."
    assert _rounds(nlp, text) == [("2030-06", 16, "Chile"), ("2030-07", 18, "Chile")]


def test_two_groups_freed_on_one_day_are_one_round(nlp: Language) -> None:
    text = "Chile freed 30 prisoners on Monday: 20 women and 10 teenagers on the same bus."
    assert [count for _, count, _ in _rounds(nlp, text)] == [30]


@pytest.mark.parametrize("text", [
    "Later a second group of five - four women and one man - was released near the border.",
    "A second group of five, four women and one man, was released near the border.",
])
def test_a_group_of_a_number_broken_down_counts_the_number(nlp: Language, text: str) -> None:
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 5


def test_a_number_broken_down_by_kind_is_one_release(nlp: Language) -> None:
    text = "Chile freed 30 prisoners on Friday: 20 women and 10 teenagers."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.count == 30


def test_a_hint_of_a_deal_told_in_passing_does_not_move_the_frame(nlp: Language) -> None:
    text = (_LEAD + "The president had given the first public hint of a deal on Tuesday.\n\n"
            "Going the other way, Vastland released Lea Holm and Mia Dahl, two engineers "
            "convicted of spying.")
    release = told_in(nlp, text, EventType.RELEASE, "Vastland released")
    assert release.date is not None and release.date.value == "2031-05-08"  # Thursday


def test_after_a_lead_of_a_report_the_bodys_day_is_the_storys(nlp: Language) -> None:
    text = ("A senior envoy has held talks with the president of Chile, a newspaper reported "
            "on Saturday, in a move to improve relations between the two countries.\n\n"
            "The meeting happened Wednesday in the capital, officials said. Chile released "
            "three prisoners, among them Ann Berg.")
    release = told_in(nlp, text, EventType.RELEASE, "Chile released")
    assert release.date is not None and release.date.value == "2031-05-07"  # Wednesday


# -- what a sentence tells, and what it does not --------------------------------------------

_TOLD = [
    # moved from one prison to another, or extradited: still held; handed over: freed
    ("Tom Dahl was convicted in August. In November he was transferred to a penal colony.",
     EventType.RELEASE, False),
    ("Mia Lund was extradited to Spain last year.", EventType.RELEASE, False),
    ("Chile transferred Tom Dahl to Spanish custody on Monday.", EventType.RELEASE, True),
    # a sanctions waiver signed eases them; a licence revoked tightens them
    ("The secretary of state signed the sanctions waiver on Friday that let banks move the "
     "money to Qatar.", EventType.SANCTIONS_RELIEF, True),
    ("On Thursday the president revoked the licence under which the oil company pumped oil "
     "in Chile despite the sanctions.", EventType.SANCTIONS_IMPOSED, True),
    ("The regulator revoked the broadcaster's licence on Thursday.",
     EventType.SANCTIONS_IMPOSED, False),
    # one side's body among itself, or a deal told as negotiated: no meeting
    ("On Tuesday the security cabinet met for four hours.", EventType.MEETING, False),
    ("The deal was negotiated in secret over more than a year.", EventType.MEETING, False),
    ("Their release had been negotiated separately, the ministry said.", EventType.MEETING,
     False),
    ("The cabinet met with the envoy on Tuesday.", EventType.MEETING, True),
    ("It was negotiated directly between the two foreign ministries.", EventType.MEETING,
     True),
    # a leader's visit to a state's seat is a meeting; a call on a speakerphone is a call
    ("The idea was raised during Chancellor Ann Berg's visit to the White House on Feb. 9.",
     EventType.MEETING, True),
    ("The consul's visit to the prison on Monday was brief.", EventType.MEETING, False),
    ("Ann Berg's visit to her mother took place on Monday.", EventType.MEETING, False),
    ("Earlier on Thursday the president called the three on their plane on a speakerphone.",
     EventType.CALL, True),
    # a side's word that it will propose, provide or deliver is a promise
    ("On Monday the president of Chile said his country would propose a memorandum on a "
     "future peace agreement.", EventType.PROMISE, True),
    ("Chile will provide the list on Friday, the minister said.", EventType.PROMISE, True),
    ("Officials said the report would provide details.", EventType.PROMISE, False),
]


@pytest.mark.parametrize(("text", "kind", "told"), _TOLD)
def test_what_a_sentence_tells(nlp: Language, text: str, kind: EventType, told: bool) -> None:
    assert bool(of(article(nlp, text).events, kind)) is told


def _month(value: str) -> TimeExpr:
    return TimeExpr(0, 8, "in March", value, Precision.MONTH, Resolution.EXPLICIT)


@pytest.mark.parametrize(("targets", "events"), [
    ((("Peru",), ()), 1),
    ((("Peru",), ("Bolivia",)), 2),
])
def test_a_sides_sanctions_of_one_month_told_twice_are_one(targets: tuple[tuple[str, ...], ...],
                                                           events: int) -> None:
    # session 37: two outlets tell Chile's March sanctions, one naming the state they hit;
    # sanctions on two different targets stay two
    exs = [Extraction(doc, (mention(doc, EventType.SANCTIONS_IMPOSED, by="Chile",
                                    targets=hit, date=_month("2031-03")),),
                      (country(doc, "Chile"),), ())
           for doc, hit in zip(("a", "b"), targets, strict=True)]
    assert len(merge_events(exs, resolve(exs))) == events
