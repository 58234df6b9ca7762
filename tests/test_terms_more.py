"""Terms of a deal told in shapes news uses (real spaCy, invented texts; session 29): the
act a deal "provides for", a proposal a side agreed to, "hand over" parsed as "over five"."""

from __future__ import annotations

from spacy.language import Language
from texts import article


def _events(nlp: Language, text: str) -> list[tuple[str, str | None, int | None]]:
    return sorted(((m.type.value, m.by, m.count) for m in article(nlp, text).events),
                  key=str)


def test_what_an_agreement_provides_for_is_promised_not_done(nlp: Language) -> None:
    text = ("LIMA -- The agreement, announced on Monday, provides for the release of 40 "
            "prisoners by each side.")
    kinds = {kind for kind, _, _ in _events(nlp, text)}
    assert kinds == {"promise"}
    done = "LIMA -- Chile released 40 prisoners on Monday under the agreement."
    assert {kind for kind, _, _ in _events(nlp, done)} == {"release"}


def test_a_proposal_a_side_agreed_to_is_its_promise(nlp: Language) -> None:
    text = "LIMA -- Chile agreed on Monday to a Peruvian proposal to exchange all prisoners."
    assert ("promise", "Chile", None) in _events(nlp, text)
    # a proposal only floated binds the side that agreed to nothing
    floated = "LIMA -- Peru floated a proposal to exchange all prisoners; Chile has not replied."
    assert all(by != "Chile" for _, by, _ in _events(nlp, floated))


def test_hand_over_with_its_particle_read_as_over_a_number(nlp: Language) -> None:
    text = ("LIMA -- Under the deal, Chile will hand over five Peruvian fishermen and Peru "
            "will release two Chilean pilots, officials said on Monday.")
    assert {("promise", "Chile", 5), ("promise", "Peru", 2)} <= set(_events(nlp, text))


def test_a_ransom_asked_for_is_a_demand(nlp: Language) -> None:
    text = "LIMA -- The Vark Front asked for a ransom for the drivers, officials said on Monday."
    assert [(kind, by) for kind, by, _ in _events(nlp, text)] == [("demand", "Vark Front")]


def test_terms_set_out_after_a_colon_are_demanded_not_done(nlp: Language) -> None:
    text = ("LIMA -- The Vark Front set out its terms on Monday: the release of 20 fighters "
            "and safe passage out of the city.")
    assert _events(nlp, text) == [("demand", "Vark Front", 20)]


def test_what_a_side_would_free_people_only_if_another_did_is_its_demand(
        nlp: Language) -> None:
    text = ("LIMA -- The Vark Front said on Monday it would free the hostages only if Chile "
            "released 20 of its fighters.")
    assert ("demand", "Vark Front", 20) in _events(nlp, text)  # (the 20 asked for: session 42)
    assert all(kind != "release" for kind, _, _ in _events(nlp, text))


def test_a_number_spelled_in_hundreds_counts_whole(nlp: Language) -> None:
    text = "LIMA -- Chile freed two hundred and fifty prisoners on Monday."
    assert _events(nlp, text) == [("release", "Chile", 250)]
    assert _events(nlp, "LIMA -- Chile freed three hundred prisoners on Monday.") == [
        ("release", "Chile", 300)]


def test_a_total_freed_on_one_day_is_that_day_s_release(nlp: Language) -> None:
    text = "LIMA -- Chile freed a total of 230 prisoners on Monday."
    assert _events(nlp, text) == [("release", "Chile", 230)]
    # a running total, or a week's, is no release of its own
    for summed in ("LIMA -- Chile has freed a total of 230 prisoners since the truce began.",
                   "LIMA -- Chile freed a total of 230 prisoners during the week."):
        assert _events(nlp, summed) == []
