"""A travel ban lifted is sanctions relief; a demand told as "a demand of <capital>" is that
state's. Invented sentences, the real spaCy pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language
from texts import article, day, of, sentence_events

from dealwatch.model import EventType


def test_lifting_a_travel_ban_on_officials_is_sanctions_relief(nlp: Language) -> None:
    text = "Norway on Monday lifted a travel ban on six senior Kazakh officials."
    (relief,) = [e for e in sentence_events(nlp, text)
                 if e.type == EventType.SANCTIONS_RELIEF]
    assert relief.by == "Norway"


@pytest.mark.parametrize(("text", "etype"), [
    ("Chile dropped the entry restrictions imposed on Peruvian officials.",
     EventType.SANCTIONS_RELIEF),
    ("Peru stopped granting visas to nationals of every EU state.",
     EventType.SANCTIONS_IMPOSED),
    ("Peru resumed issuing visas to Chileans in June.", EventType.SANCTIONS_RELIEF),
    ("Peru halted gas shipments to Chile.", EventType.SANCTIONS_IMPOSED),
])
def test_visas_entry_and_shipments_a_state_stops_or_resumes_are_sanctions(
        nlp: Language, text: str, etype: EventType) -> None:
    (found,) = [e for e in sentence_events(nlp, text)
                if e.type in (EventType.SANCTIONS_RELIEF, EventType.SANCTIONS_IMPOSED)]
    assert found.type == etype


@pytest.mark.parametrize("text", [
    "The government lifted travel restrictions last week.",  # no one's people: a city's rule
    "The airline halted flights to Chile.",  # no state
    "Peru did not stop issuing visas to Chileans.",
])
def test_restrictions_and_halts_of_no_state_s_people_are_no_sanctions(
        nlp: Language, text: str) -> None:
    assert not [e for e in sentence_events(nlp, text)
                if e.type in (EventType.SANCTIONS_RELIEF, EventType.SANCTIONS_IMPOSED)]


def test_lifting_a_ban_on_protests_is_no_sanctions_relief(nlp: Language) -> None:
    text = "Norway on Monday lifted a ban on protests outside parliament."
    assert not [e for e in sentence_events(nlp, text) if e.type == EventType.SANCTIONS_RELIEF]


@pytest.mark.parametrize(("text", "etype"), [
    ("When the Chilean trade department lifted its ban on Vorta Systems in May, the firm's "
     "shares rose.", EventType.SANCTIONS_RELIEF),
    ("Peru imposed a ban on Vorta Systems on Monday.", EventType.SANCTIONS_IMPOSED),
])
def test_a_ban_on_a_named_firm_is_a_sanction(nlp: Language, text: str,
                                              etype: EventType) -> None:
    """A state's ban on a firm (a person, a state) named is a sanction; its department acts
    for it."""
    (measure,) = [e for e in article(nlp, text).events if e.type == etype]
    assert measure.by in ("Chile", "Peru")


def test_a_key_demand_of_a_capital_is_its_states(nlp: Language) -> None:
    text = ("Officials said the ban, imposed after the arrest, had been a key demand of Astana "
            "during the talks.")
    (demand,) = [e for e in article(nlp, text).events if e.type == EventType.DEMAND]
    assert demand.by == "Kazakhstan"


def test_unfreezing_funds_is_sanctions_relief_with_no_count(nlp: Language) -> None:
    text = "The Treasury unfroze 6 billion dollars of Peruvian funds on Monday."
    (relief,) = [e for e in sentence_events(nlp, text)
                 if e.type == EventType.SANCTIONS_RELIEF]
    assert relief.count is None


def test_a_promise_to_unfreeze_assets_is_a_promise(nlp: Language) -> None:
    text = "The European Union will unfreeze the assets of three banks."
    (promise,) = [e for e in sentence_events(nlp, text) if e.type == EventType.PROMISE]
    assert promise.by == "European Union"


def test_delisting_a_company_eases_sanctions(nlp: Language) -> None:
    text = "The Treasury delisted the airline and two banks on Friday."
    (relief,) = [m for m in article(nlp, text).events if m.type == EventType.SANCTIONS_RELIEF]
    assert relief.date is not None and relief.date.value == "2031-05-09"


def test_charges_dropped_against_a_person_free_them(nlp: Language) -> None:
    text = "Peru dropped charges against Ann Berg, a Chilean journalist, on Tuesday."
    (release,) = [m for m in article(nlp, text).events if m.type == EventType.RELEASE]
    assert release.by == "Peru" and release.persons == ("Ann Berg",)


def test_a_place_returned_to_a_state_s_control_frees_no_one(nlp: Language) -> None:
    text = "Aghdam was returned to Peruvian control in November under the statement."
    assert not [m for m in article(nlp, text).events if m.type == EventType.RELEASE]


def test_curbs_on_trade_a_blacklist_and_unfrozen_money_are_sanctions_relief(
        nlp: Language) -> None:
    # session 27: "eased restrictions on copper exports", "removed the producer from its
    # blacklist", "unfroze $6 billion"
    for text in ("Norland eased restrictions on Chilean copper exports on Monday.",
                 "Norland removed the copper producer from its blacklist on Thursday.",
                 "The United States unfroze $6 billion held in Norway on Monday."):
        kinds = [e.type for e in sentence_events(nlp, text)]
        assert EventType.SANCTIONS_RELIEF in kinds, text
    for text in ("Peru lifted restrictions on protests on Monday.",
                 "Ann Berg was taken off the list of candidates on Monday."):
        kinds = [e.type for e in sentence_events(nlp, text)]
        assert EventType.SANCTIONS_RELIEF not in kinds, text


@pytest.mark.parametrize(("text", "imposed"), [
    ("The Chilean trade ministry on Monday barred Chilean firms from selling parts and "
     "software to Vorta Systems for five years.", True),
    ("Peru banned its banks from doing business with the Vark Group.", True),
    ("Peru banned the two men from leaving the country.", False),
    ("The court barred her from speaking to reporters.", False),
])
def test_barring_a_state_s_firms_from_trade_with_another_is_a_sanction(
        nlp: Language, text: str, imposed: bool) -> None:
    found = of(sentence_events(nlp, text), EventType.SANCTIONS_IMPOSED)
    assert bool(found) == imposed


def test_most_of_its_sanctions_lifted_is_relief(nlp: Language) -> None:
    (eased,) = of(sentence_events(nlp, "On Tuesday Chile eased most of the trade sanctions "
                                       "it had put on Peru."), EventType.SANCTIONS_RELIEF)
    assert eased.by == "Chile"


def test_a_ban_on_flights_or_imports_is_a_sanction(nlp: Language) -> None:
    (eased,) = of(sentence_events(nlp, "Chile lifted its ban on flights to Peru on Friday."),
                  EventType.SANCTIONS_RELIEF)
    assert eased.by == "Chile"
    assert not of(sentence_events(nlp, "Peru lifted its ban on street marches on Friday."),
                  EventType.SANCTIONS_RELIEF)


def test_acts_a_side_made_the_price_of_its_payment_are_its_demand(nlp: Language) -> None:
    events = sentence_events(nlp, "Peru made the lifting of the arms embargo and the "
                                  "unfreezing of its funds the price of its next instalment.")
    (demand,) = of(events, EventType.DEMAND)
    assert demand.by == "Peru" and not of(events, EventType.SANCTIONS_RELIEF)


def test_a_ban_on_citizens_travelling_to_a_state_is_a_sanction(nlp: Language) -> None:
    assert of(sentence_events(nlp, "On Friday Chile ended the ban on Chileans travelling to "
                                   "Peru."), EventType.SANCTIONS_RELIEF)


@pytest.mark.parametrize(("text", "kind"), [
    ("In May 2031 Chile suspended Peru's most-favoured-nation tariff status.",
     EventType.SANCTIONS_IMPOSED),
    ("In May 2031 Chile suspended landing rights for the Peruvian state airline.",
     EventType.SANCTIONS_IMPOSED),
    ("In June 2031 Chile restored Peru's trade privileges.", EventType.SANCTIONS_RELIEF),
])
def test_a_trade_privilege_taken_or_given_back_is_a_sanction(nlp: Language, text: str,
                                                             kind: EventType) -> None:
    # session 37: a privilege one state grants another's trade or airline, suspended or
    # restored; not "suspended the right of the prisoners to appeal"
    (event,) = sentence_events(nlp, text)
    assert (event.type, event.by) == (kind, "Chile")
    assert not sentence_events(nlp, "Chile suspended the right of the prisoners to appeal.")


def test_a_sanction_counts_no_span_of_time(nlp: Language) -> None:
    # session 37: "the status Peru had enjoyed for two decades" counts no one
    text = ("In May 2031 Chile suspended the most-favoured-nation status Peru had held for two "
            "decades.")
    (event,) = sentence_events(nlp, text)
    assert (event.type, event.count) == (EventType.SANCTIONS_IMPOSED, None)


def test_a_president_easing_sanctions_on_a_state_is_the_other_states(nlp: Language) -> None:
    # session 37: "President Smith restored Peru's trade privileges" in a story of Chile and
    # Peru: Smith is not Peru's head, so the act is Chile's
    text = ("Chile suspended its trade talks with Peru in 2030. Peru freed three Chilean "
            "students in May.\n\nIn June President Ivo Dorn restored Peru's trade privileges.")
    (relief,) = of(article(nlp, text).events, EventType.SANCTIONS_RELIEF)
    assert relief.by == "Chile"


def test_ordering_assets_frozen_is_a_sanction_of_the_one_who_orders(nlp: Language) -> None:
    text = ("Talks stalled.\n\nOn 1 August Santiago sanctioned two Ecuadorian judges, and three "
            "days later Quito ordered the assets of two Chilean cabinet members frozen.\n")
    found = {(m.by, day(m)) for m in of(article(nlp, text).events, EventType.SANCTIONS_IMPOSED)}
    assert found == {("Chile", "2030-08-01"), ("Ecuador", "2030-08-04")}
