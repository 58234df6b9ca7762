"""Promises and demands read from the whole article: what act each is about, who makes it, when
it was said. Invented sentences, parsed by the real spaCy pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from texts import article, of, sentence_events

from dealwatch.model import EventType
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve


@pytest.mark.parametrize(("text", "side"), [
    ("Chile, for its part, will back Peru's candidacy for a seat on the committee.", "Chile"),
    ("On Thursday the two governments announced that Peru was dropping its own bid and would "
     "back Chile's.", "Peru"),
    ("In return, Chile said it would support Peru's bid to join the council.", "Chile"),
])
def test_a_sides_future_act_of_support_is_a_promise(nlp: Language, text: str, side: str) -> None:
    (promise,) = of(sentence_events(nlp, text), EventType.PROMISE)
    assert promise.by == side
    assert promise.concession == "other"


@pytest.mark.parametrize("text", [
    "Analysts said the bloc could support the plan.",
    "He said the talks would support a thaw in relations.",
    "Chile will not back the candidacy.",
])
def test_speculation_and_refusals_of_support_are_no_promise(nlp: Language, text: str) -> None:
    assert not of(sentence_events(nlp, text), EventType.PROMISE)


def test_a_promise_to_free_and_a_promise_to_back_a_bid_stay_two(nlp: Language) -> None:
    text = ("Chile and Peru signed a joint statement on Thursday, announcing that Chile would "
            "free 12 Peruvian fishermen. Chile, for its part, will back Peru's candidacy for a "
            "seat on the committee.")
    ex = article(nlp, text)
    promises = of(merge_events([ex], resolve([ex])), EventType.PROMISE)
    assert len(promises) == 2
    assert {p.count for p in promises} == {12, None}


def test_what_one_assures_the_other_side_of_a_meeting_was_said_at_it(nlp: Language) -> None:
    text = ("The envoy Ana Lopes met President Ivo Marek in the capital on May 6.\n"
            "Chile has been isolated for years.\n"
            "Marek assured Lopes he was ready to free more political prisoners, Lopes said.")
    (promise,) = of(article(nlp, text).events, EventType.PROMISE)
    assert promise.date is not None and promise.date.calendar == "2031-05-06"


def test_what_a_side_sought_is_its_demand(nlp: Language) -> None:
    text = ("In the talks that led to the swap, the return of the two pilots was the concession "
            "the Peruvians sought most consistently, officials said.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == "Peru" and demand.count == 2


def test_he_in_a_clause_the_president_governs_is_the_president(nlp: Language) -> None:
    text = ("President Jan Dvor met the families on Wednesday.\n"
            "In a statement, spokeswoman Ana Lopes said the president had reaffirmed that he "
            "would keep working to free Ivo Marek.")
    (promise,) = of(article(nlp, text).events, EventType.PROMISE)
    assert promise.by == "Jan Dvor"


def test_a_must_told_beside_an_aside_is_the_speakers_demand(nlp: Language) -> None:
    text = ("He then restated the terms: the arrest was illegal, Ivo Marek said, and Ana Lopes "
            "must therefore be freed without conditions.")
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert demand.by == "Ivo Marek" and demand.persons == ("Ana Lopes",)


def test_the_lead_says_what_the_next_paragraph_dates(nlp: Language) -> None:
    text = ("1. Lima says the road to a swap is open after a court clears the treaty\n\n"
            "Peru says it is ready to move ahead with a prisoner exchange with Chile now that "
            "the court has let the treaty stand.\n\n"
            "Speaking at his weekly news conference on Monday, spokesman Ivo Marek said the "
            "way was open. He then restated the terms: the arrest was illegal, Marek said, and "
            "Ana Lopes must therefore be freed without conditions.")
    events = article(nlp, text).events
    (promise,) = of(events, EventType.PROMISE)
    assert promise.date is not None and promise.date.calendar == "2031-05-05"
    (demand,) = of(events, EventType.DEMAND)
    assert demand.date is not None and demand.date.calendar == "2031-05-05"


def test_an_agreement_signed_binds_both_sides(nlp: Language) -> None:
    text = ("Last Saturday in Lima, the government delegation and the opposition Unity Front, "
            "led by Ana Lopes, signed what they called a partial agreement on social protection.")
    (promise,) = of(sentence_events(nlp, text), EventType.PROMISE)
    assert promise.by is None and "Ana Lopes" in promise.participants
    assert promise.date is not None and promise.date.calendar == "2031-05-03"
    text = "The treaty on the transfer of prisoners was signed in Lima on 11 March 2030."
    (treaty,) = of(sentence_events(nlp, text), EventType.PROMISE)
    assert treaty.date is not None and treaty.date.calendar == "2030-03-11"


@pytest.mark.parametrize("text", [
    "The two leaders are expected to sign a peace treaty next year.",
    "She signed a letter to the president.",
    "Chile has not signed the convention.",
])
def test_no_agreement_signed(nlp: Language, text: str) -> None:
    assert not of(sentence_events(nlp, text), EventType.PROMISE)


@pytest.mark.parametrize("text", [
    "He signed, still insisting on his innocence, and was flown to the capital.",
    "The minister pressed it on his counterpart by phone.",
    "On Friday the court rejected the request but attached an important condition.",
])
def test_claims_persuasion_and_rulings_are_no_demand(nlp: Language, text: str) -> None:
    assert not of(sentence_events(nlp, text), EventType.DEMAND)


@pytest.mark.parametrize(("text", "side"), [
    ("Lima set one condition of its own: the four prisoners had to sign confessions.", "Peru"),
    # session 48: a body "adopted three conditions" for the release
    ("On May 2 the Congress of Peru adopted three conditions for the crew's release.",
     "Congress of Peru"),
    ("The families pressed for the release of the three men.", None),
])
def test_conditions_and_pressing_for_an_act_are_demands(nlp: Language, text: str,
                                                        side: str | None) -> None:
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.by == side


def test_a_standing_condition_has_no_day(nlp: Language) -> None:
    text = ("On Monday the president said his government was ready to return to the table, a "
            "step Lima has set as a precondition for any relief from sanctions.")
    demands = of(article(nlp, text).events, EventType.DEMAND)
    assert demands and all(d.date is None for d in demands)
    assert {d.by for d in demands} == {"Peru"}


def test_withholding_until_the_other_side_acts_is_a_demand(nlp: Language) -> None:
    text = ("The armed wing said it would hold back the next group of hostages until Peru kept "
            "to the terms of the deal.")
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert demand.cue == "hold"
    assert not of(sentence_events(nlp, "The firm will hold the meeting until noon."),
                  EventType.DEMAND)


def test_a_nations_commitment_is_its_promise(nlp: Language) -> None:
    text = "The mediators conveyed a Chilean commitment to respect all the conditions."
    (promise,) = of(sentence_events(nlp, text), EventType.PROMISE)
    assert promise.by == "Chile"


@pytest.mark.parametrize("text", [
    "Prime Minister Erik Dahl asked President Ana Ruiz to pardon Ola Berg.",
    'Erik Dahl told Peru to "release Ola Berg now or face the consequences."',
    "The Norwegian envoy asked Peru on Monday to hand Ola Berg over.",
])
def test_asking_a_side_to_free_someone_is_a_demand(nlp: Language, text: str) -> None:
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert "Ola Berg" in demand.persons


def test_asking_to_meet_is_no_demand(nlp: Language) -> None:
    assert of(sentence_events(nlp, "Erik Dahl asked Ana Ruiz to meet him in Lima."),
              EventType.DEMAND) == []


def test_the_one_asked_to_act_is_not_the_one_to_be_freed(nlp: Language) -> None:
    text = ("Ola Berg was jailed in Lima in May.\n\n"
            "Prime Minister Erik Dahl asked President Ana Ruiz to pardon her.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.persons == ("Ola Berg",)


def test_the_one_written_to_is_not_the_one_to_be_freed(nlp: Language) -> None:
    text = ("Ola Berg was jailed in Lima in May.\n\n"
            "Erik Dahl wrote to President Ana Ruiz asking him to pardon her.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert "Ana Ruiz" not in demand.persons


@pytest.mark.parametrize("text", [
    "Peru wants the return of all Peruvians unlawfully imprisoned in Norway.",
    "Oslo said Peru wanted all Peruvians held in Norway to be freed.",
    "Erik Dahl raised the cases of the detained Norwegians with Ana Ruiz.",
])
def test_wanting_people_freed_or_raising_their_cases_is_a_demand(nlp: Language,
                                                                  text: str) -> None:
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert "Ana Ruiz" not in demand.persons


@pytest.mark.parametrize("text", [
    "Peru wants a better trade deal with Norway.",
    "Erik Dahl raised the case of the stolen paintings with Ana Ruiz.",
])
def test_wanting_or_raising_anything_else_is_no_demand(nlp: Language, text: str) -> None:
    assert of(sentence_events(nlp, text), EventType.DEMAND) == []


def test_a_demand_said_in_a_month_is_of_that_month(nlp: Language) -> None:
    text = "In September Erik Dahl said Peru must free the Norwegians it held."
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.date is not None and demand.date.calendar == "2030-09"


def test_a_promise_said_last_week_is_of_that_weeks_month(nlp: Language) -> None:
    # "X said last week that ..." dates what was said to the week, told as its month when
    # the week lies in one; a week across two months gives no month
    text = "Erik Dahl said last week that Peru would free the Norwegians it held."
    (promise,) = of(article(nlp, text, published=date(2031, 5, 17)).events, EventType.PROMISE)
    assert promise.date is not None and promise.date.calendar == "2031-05"
    (across,) = of(article(nlp, text, published=date(2031, 5, 7)).events, EventType.PROMISE)
    assert across.date is None or across.date.calendar is None


def test_a_side_asking_the_other_to_fly_the_freed_out_demands_it(nlp: Language) -> None:
    # session 26: asked of the other side, how the freed are to leave is a demand
    for text in ("Peru asked Chile on Monday to send a plane for Ann Berg.",
                 "On Monday the Peruvian government asked Chile to fly him out of the country."):
        assert [m.by for m in article(nlp, text).events if m.type == EventType.DEMAND] == [
            "Peru"]
    for text in ("The ministry asked journalists on Monday to send questions in writing.",
                 "Peru asked Chile on Monday to send a delegation to the fair."):
        assert not [m for m in article(nlp, text).events if m.type == EventType.DEMAND]


def test_an_undertaking_under_a_deal_is_made_the_day_the_deal_was(nlp: Language) -> None:
    # session 26: "the deal reached on Monday" is past, whatever "will" follows
    text = ("Under the deal reached on Monday, Chile will free 30 prisoners and Peru will lift "
            "sanctions on Chilean banks.")
    days = {m.by: m.date.calendar if m.date else None for m in article(nlp, text).events
            if m.type == EventType.PROMISE}
    assert days == {"Chile": "2031-05-05", "Peru": "2031-05-05"}


def test_a_leader_saying_people_will_be_freed_soon_gives_his_word(nlp: Language) -> None:
    # session 27: "X said the two men would be released in two days": X's promise; not an
    # analyst's "could be released", nor one with no time ("would be released")
    text = "President Tom Dahl said on Tuesday that the two men would be released in two days."
    (promise,) = of(sentence_events(nlp, text), EventType.PROMISE)
    assert (promise.by, promise.count) == ("Tom Dahl", 2)
    for text in ("Analysts said on Tuesday that the two men could be released soon.",
                 "President Tom Dahl said on Tuesday that the two men would be released."):
        assert not of(sentence_events(nlp, text), EventType.PROMISE), text


def test_a_state_saying_the_held_will_be_released_promises_it(nlp: Language) -> None:
    from texts import article

    for text in ("Lima announced that all foreign nationals would be released in phases.",
                 "Lima said on Monday that the hostages would be released."):
        (promise,) = of(article(nlp, text).events, EventType.PROMISE)
        assert promise.by == "Peru", text
    # a state's own people to be freed by others, a past conditional, a request: no one's word
    for text in ("Chile said its soldiers would be released.",
                 "Until then Chilean officials had said merely that she would have been "
                 "deported eventually.",
                 "The Chilean embassy said it would ask for him to be handed over."):
        assert not of(article(nlp, text).events, EventType.PROMISE), text


def test_a_side_declaring_a_ceasefire_gives_its_word(nlp: Language) -> None:
    for text, by in (("The rebel leader Tom Dahl proclaimed a cease-fire over his radio on "
                      "Saturday.", "Tom Dahl"),
                     ("Chile declared a unilateral truce on Monday.", "Chile")):
        (promise,) = of(sentence_events(nlp, text), EventType.PROMISE)
        assert promise.by == by, text
    for text in ("The rebels refused to declare a ceasefire.",
                 "If Chile declared a truce, the rebels would talk.",
                 "The truce held for a week."):
        assert not of(sentence_events(nlp, text), EventType.PROMISE), text


def test_an_airline_flying_the_freed_home_gives_no_side_s_word(nlp: Language) -> None:
    assert not of(sentence_events(nlp, "Vark Air Lines would bring the group back home within "
                                       "days, a spokesman said."), EventType.PROMISE)
    (promise,) = of(sentence_events(nlp, "Chile said it would bring the group back home within "
                                         "days."), EventType.PROMISE)
    assert promise.by == "Chile"


def test_writing_to_someone_on_social_media_is_no_letter(nlp: Language) -> None:
    text = ("On April 20, Bold Erkhem wrote directly to Tomas Berg on social media, offering to "
            "send every one of the 252 home.")
    assert not of(article(nlp, text).events, EventType.LETTER)
    text = "On April 20, Bold Erkhem wrote to Tomas Berg asking for a pardon."
    assert of(article(nlp, text).events, EventType.LETTER)


def test_calling_a_day_something_for_the_country_is_no_demand(nlp: Language) -> None:
    text = ("President Tomas Berg, speaking on state television, called Friday a day of "
            "blessings for the country and said his government had never stopped fighting.")
    assert not of(article(nlp, text).events, EventType.DEMAND)
    text = "President Tomas Berg called for the release of the two sailors on Friday."
    assert of(article(nlp, text).events, EventType.DEMAND)


def test_what_one_of_two_says_right_after_their_dated_call_was_said_in_it(
        nlp: Language) -> None:
    text = ('The ministry said Prime Minister Olaf Dahl and President Jon Berg discussed "a '
            'humanitarian matter" in a telephone conversation on Wednesday. According to the '
            "ministry's account, Berg asked for help in bringing home a citizen held in Peru, and "
            "Dahl promised that Norway would do what it could to help.")
    (promise,) = of(article(nlp, text, published=date(2031, 5, 16)).events, EventType.PROMISE)
    assert promise.date is not None and promise.date.calendar == "2031-05-14"


def test_writing_to_a_leader_told_by_office_is_a_letter(nlp: Language) -> None:
    text = "His mother wrote to the Chilean president in March to plead for him."
    assert of(sentence_events(nlp, text), EventType.LETTER)
    assert not of(sentence_events(nlp, "He wrote to the newspaper to complain."),
                  EventType.LETTER)
