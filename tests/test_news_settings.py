"""An act told as the setting of another ("when A and B met", "in their call"), help asked to
get someone freed, and an act told as the one not done ("instead of freeing him") (real spaCy,
invented texts)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import article, of, sentence_events

from dealwatch.model import EventType


def test_a_meeting_told_as_the_time_of_a_request_happened(nlp: Language) -> None:
    text = ("When Alan Rusk and President Boris Tamm met at a summit in Oslo on July 11, "
            "Tamm asked for help with his budget.")
    meetings = of(sentence_events(nlp, text), EventType.MEETING)
    assert meetings and {"Alan Rusk", "Boris Tamm"} <= set(meetings[0].participants)
    assert meetings[0].date is not None and meetings[0].date.value.endswith("-07-11")


def test_a_call_told_as_the_setting_of_a_talk_happened(nlp: Language) -> None:
    text = "The two leaders discussed the prisoners in their phone call on September 9."
    (call,) = of(sentence_events(nlp, text), EventType.CALL)
    assert call.date is not None and call.date.value.endswith("-09-09")


@pytest.mark.parametrize("text", [
    "The two leaders want to discuss the prisoners at a meeting on September 9.",
    "When the leaders meet next week, they will discuss the prisoners.",
    "The leaders would discuss the prisoners when they met in September.",
])
def test_a_setting_still_to_come_is_no_meeting(nlp: Language, text: str) -> None:
    assert not of(sentence_events(nlp, text), EventType.MEETING)


@pytest.mark.parametrize("text", [
    "Boris Tamm asked for help in freeing Eva Lind.",
    "Boris Tamm asked Alan Rusk for help in securing the release of Eva Lind.",
    "Boris Tamm sought his help in freeing Eva Lind.",
])
def test_asking_for_help_to_free_someone_is_a_demand(nlp: Language, text: str) -> None:
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert demand.by == "Boris Tamm" and "Eva Lind" in demand.persons


def test_asking_for_help_with_something_else_is_no_demand(nlp: Language) -> None:
    assert not of(sentence_events(nlp, "Boris Tamm asked for help with the harvest."),
                  EventType.DEMAND)


@pytest.mark.parametrize("text", [
    "When a court moved Eva Lind to house arrest in July instead of freeing her, Rusk "
    "threatened sanctions.",
    "The court sent Eva Lind home rather than freeing her.",
    "Instead of a release, the court ordered a new trial for Eva Lind.",
    # session 46: what a court barred or forbade was not done
    "Tartu's high court has barred the government from handing Eva Lind over to Latvia.",
    "The judge forbade officials from releasing the two fishermen.",
    "Prosecutors said a request for the fishermen's release was under review.",
])
def test_the_act_told_as_not_done_is_no_release(nlp: Language, text: str) -> None:
    assert not of(sentence_events(nlp, text), EventType.RELEASE)


@pytest.mark.parametrize("text", [
    "Diplomats said a release of the fishermen was imminent.",
    "Mongolian diplomats think a release is near.",
])
def test_a_release_said_to_be_near_is_still_to_come(nlp: Language, text: str) -> None:
    # session 46: "a release was imminent" as "the imminent release"
    freed = of(sentence_events(nlp, text), EventType.RELEASE)
    assert all(m.expected and m.date is None for m in freed)


def test_the_act_done_instead_of_another_is_a_release(nlp: Language) -> None:
    text = "The court freed Eva Lind instead of sending her home."
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert "Eva Lind" in release.persons


@pytest.mark.parametrize(("text", "etype"), [
    ("By the end of November, Alan Rusk said, Norland must free the five political "
     "prisoners.", EventType.DEMAND),
    ("Norland promised to free the five by June 1.", EventType.PROMISE),
])
def test_a_time_limit_is_not_when_a_statement_was_made(nlp: Language, text: str,
                                                        etype: EventType) -> None:
    (stated,) = of(sentence_events(nlp, text), etype)
    assert stated.date is None


@pytest.mark.parametrize("text", [
    "Alan Rusk said on Tuesday that Norland had to release the five prisoners by November 30.",
    "Norland promised on Tuesday to free the five no later than June 1.",
])
def test_a_statement_with_a_time_limit_keeps_its_own_day(nlp: Language, text: str) -> None:
    stated = [m for m in article(nlp, text).events
              if m.type in (EventType.DEMAND, EventType.PROMISE)]
    assert len(stated) == 1 and stated[0].date is not None
    assert stated[0].date.value == "2031-05-06"  # the Tuesday before publication


def test_a_release_done_by_a_day_keeps_it(nlp: Language) -> None:
    (release,) = of(sentence_events(nlp, "By Tuesday, Norland had freed 30 prisoners."),
                    EventType.RELEASE)
    assert release.date is not None and release.date.value == "2031-05-06"


@pytest.mark.parametrize(("text", "etype"), [
    ("Officials said no sanctions had been eased.", EventType.SANCTIONS_RELIEF),
    ("Nothing was lifted, the ministry said.", EventType.SANCTIONS_RELIEF),
    ("The government has called a press conference for later tonight.", EventType.DEMAND),
    ("Alan Rusk urged voters to boycott imported cars.", EventType.DEMAND),
])
def test_what_was_not_done_or_not_asked_of_a_side_is_no_event(nlp: Language, text: str,
                                                               etype: EventType) -> None:
    assert not of(sentence_events(nlp, text), etype)


@pytest.mark.parametrize("text", [
    "The government called for the release of the five.",
    "Alan Rusk urged Norland to free the five reporters.",
    "Alan Rusk urged the release of the five reporters.",
])
def test_asking_a_side_to_free_people_is_still_a_demand(nlp: Language, text: str) -> None:
    assert len(of(sentence_events(nlp, text), EventType.DEMAND)) == 1


@pytest.mark.parametrize("text", [
    "Norland and Vesta each released 12 prisoners on Friday.",
    "Norland and Vesta released 12 prisoners each on Friday.",
    "Oskia sent back two agents who had posed as a couple, together with their children, and "
    "Norland and Vesta each released 12 men accused of spying.",
])
def test_sides_that_each_freed_as_many_made_a_release_each(nlp: Language, text: str) -> None:
    releases = of(sentence_events(nlp, text), EventType.RELEASE)
    assert {(m.by, m.count) for m in releases} >= {("Norland", 12), ("Vesta", 12)}


def test_sides_that_freed_people_together_made_one_release(nlp: Language) -> None:
    releases = of(sentence_events(nlp, "Norland and Vesta released 12 prisoners on Friday."),
                  EventType.RELEASE)
    assert len(releases) == 1


@pytest.mark.parametrize("text", [
    "Alan Rusk telephoned Prime Minister Boris Tamm on July 14 to ask for the release of Eva "
    "Lind.",
    "Alan Rusk wrote to Boris Tamm to demand the release of Eva Lind.",
])
def test_what_one_called_or_wrote_to_ask_for_was_asked(nlp: Language, text: str) -> None:
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert demand.by == "Alan Rusk" and "Eva Lind" in demand.persons


@pytest.mark.parametrize("text", [
    "Alan Rusk will travel to Oslo to press for the release of Eva Lind.",
    "Alan Rusk did not call Boris Tamm to ask for the release of Eva Lind.",
])
def test_a_contact_still_to_come_or_not_made_asks_nothing(nlp: Language, text: str) -> None:
    assert not of(sentence_events(nlp, text), EventType.DEMAND)


def test_speaking_by_video_link_is_a_call(nlp: Language) -> None:
    (call,) = of(sentence_events(nlp, "Alan Rusk spoke by video link to Boris Tamm on "
                                      "Wednesday."), EventType.CALL)
    assert call.date is not None and call.date.value == "2031-05-07"


def test_a_call_a_sentence_says_was_held_on_a_day_is_of_that_day(nlp: Language) -> None:
    calls = of(sentence_events(nlp, "Alan Rusk spoke to Boris Tamm by video call on "
                                    "Wednesday."), EventType.CALL)
    assert calls and all(c.date is not None and c.date.value == "2031-05-07" for c in calls)


@pytest.mark.parametrize("text", [
    '"They are not following the law," Alan Rusk said, and promised hearings.',
    "Alan Rusk said the sentence could be appealed, and promised more details once it was "
    "final.",
])
def test_a_promise_of_nothing_a_side_can_give_is_no_promise(nlp: Language, text: str) -> None:
    assert not of(sentence_events(nlp, text), EventType.PROMISE)


@pytest.mark.parametrize("text", [
    "Alan Rusk promised the release of all Norlanders held in Vesta.",
    "Norland pledged support for the bid.",
    "The couple staged a protest to press for the meeting they said Alan Rusk had promised "
    "them.",
])
def test_a_promise_of_an_act_or_of_support_is_a_promise(nlp: Language, text: str) -> None:
    assert len(of(sentence_events(nlp, text), EventType.PROMISE)) == 1


@pytest.mark.parametrize("text", [
    "A date has been set for the first meeting between Alan Rusk and Boris Tamm.",
    "Alan Rusk said he looked forward to their meeting on Thursday.",
])
def test_a_meeting_fixed_or_looked_forward_to_is_still_to_come(nlp: Language,
                                                                text: str) -> None:
    assert not of(sentence_events(nlp, text), EventType.MEETING)


def test_a_meeting_held_to_fix_a_date_happened(nlp: Language) -> None:
    text = "Alan Rusk and Boris Tamm met on Thursday to set a date for the release."
    assert len(of(sentence_events(nlp, text), EventType.MEETING)) == 1


def test_urging_a_side_to_act_is_a_demand_whatever_the_act(nlp: Language) -> None:
    text = "Alan Rusk urged the authorities to resolve the case quickly."
    assert len(of(sentence_events(nlp, text), EventType.DEMAND)) == 1


def test_a_side_wanting_people_freed_demands_it(nlp: Language) -> None:
    (demand,) = of(sentence_events(nlp, "Norland wanted Alan Rusk and Boris Tamm freed."),
                   EventType.DEMAND)
    assert demand.by == "Norland" and set(demand.persons) == {"Alan Rusk", "Boris Tamm"}
    assert not of(sentence_events(nlp, "Norland wanted the deal signed."), EventType.DEMAND)


def test_a_cabinet_approving_an_agreement_binds_its_state(nlp: Language) -> None:
    text = ("Norland's cabinet late on Tuesday approved an agreement with the rebels under "
            "which Eva Lind would be freed in exchange for 1,000 prisoners.")
    (promise,) = of(sentence_events(nlp, text), EventType.PROMISE)
    assert promise.date is not None and promise.date.value.startswith("2031-05-06")
    assert not of(sentence_events(nlp, "The court approved the sale of the company."),
                  EventType.PROMISE)


def test_a_cabinet_approving_or_backing_a_swap_promises_it_and_frees_no_one(
        nlp: Language) -> None:
    text = ("Norland's cabinet voted on Sunday to approve an exchange with the rebels under "
            "which Eva Lind would be freed.")
    assert of(sentence_events(nlp, text), EventType.PROMISE)
    events = sentence_events(nlp, "Cabinet backs Lind swap, conditions it on report")
    assert of(events, EventType.PROMISE) and not of(events, EventType.RELEASE)


def test_three_people_freed_by_name_count_three(nlp: Language) -> None:
    text = "Norland freed Anna Kowal, Piotr Nowak and Igor Lis on Friday."
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert len(release.persons) == 3 and (release.count, release.count_named) == (3, True)


def test_everyone_met_with_in_a_list_takes_part(nlp: Language) -> None:
    text = "Alan Rusk met with Boris Tamm, Eva Lind and Anna Kowal in Oslo on Friday."
    (meeting,) = of(sentence_events(nlp, text), EventType.MEETING)
    assert {"Boris Tamm", "Eva Lind", "Anna Kowal"} <= set(meeting.participants)


def test_money_released_in_exchange_is_relief_not_a_release(nlp: Language) -> None:
    text = ("Vesta freed four men on Monday in exchange for the release of $2 billion in "
            "frozen funds.")
    found = sentence_events(nlp, text)
    assert [m.count for m in of(found, EventType.RELEASE)] == [4]
    assert len(of(found, EventType.SANCTIONS_RELIEF)) == 1


def test_people_released_in_exchange_are_a_release(nlp: Language) -> None:
    text = "Vesta freed four men in exchange for the release of two pilots."
    assert sorted(m.count or 0 for m in of(sentence_events(nlp, text), EventType.RELEASE)) == [
        2, 4]


def test_a_court_freeing_someone_pending_trial_is_no_release(nlp: Language) -> None:
    text = "A Vestan appeals court released Ivan Dorn from custody pending trial."
    assert not of(sentence_events(nlp, text), EventType.RELEASE)


def test_held_pending_trial_before_a_release_keeps_the_release(nlp: Language) -> None:
    text = ("Norland released Ivan Dorn, who had been held for years pending trial, on Friday "
            "in a swap.")
    assert len(of(sentence_events(nlp, text), EventType.RELEASE)) == 1


@pytest.mark.parametrize("text", [
    "Boris Tamm said he freed the three Americans at Alan Rusk's request.",
    "Vesta released Eva Lind at the request of President Alan Rusk, officials said.",
])
def test_a_release_at_someones_request_tells_their_demand(nlp: Language, text: str) -> None:
    found = article(nlp, text).events
    (demand,) = of(found, EventType.DEMAND)
    assert demand.by == "Alan Rusk" and "Alan Rusk" not in demand.persons
    assert len(of(found, EventType.RELEASE)) == 1


def test_a_release_at_ones_own_request_tells_no_demand(nlp: Language) -> None:
    text = "Vesta released Eva Lind on Friday at her own request."
    assert not of(sentence_events(nlp, text), EventType.DEMAND)
