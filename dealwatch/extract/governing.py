"""An organisation told as the government of a state acts for that state.

News names a movement that rules a country by its own name ("the movement released two
men") and by the country's ("Xland freed two men") in one story, and a reader takes them for
one side: the text says so where it calls the organisation a government and says where that
government sits. "The Movement-run government in Capitol", "the Movement foreign minister in
Capitol", "Movement authorities in Xland", and a sentence of such a government opening on
the article's dateline ("CAPITOL -- The Movement-led administration said ..."): the state of
that capital or country. Nothing else ties an organisation to a state here: an armed group
that only holds people in a country ("held by the Movement in Xland") governs nothing.
"""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Doc, Span

from dealwatch.extract.sentences import after_dateline, capitals
from dealwatch.places import country_named, country_of_capital

# "-run", "-led": the organisation runs what comes next
GOVERNING = frozenset({"run", "led", "controlled", "ruled", "dominated"})
GOVERNMENT_NOUNS = frozenset({"government", "administration", "authorities", "authority",
                              "regime", "rulers", "cabinet", "ministry", "minister"})
_QUALIFIERS = 2  # words between the name and its government noun: "caretaker", "foreign"


def governed_state(span: Span) -> str | None:
    """The state an organisation's name is told as governing (see above), or None."""
    doc = span.doc
    k = span.end
    if k + 1 < len(doc) and doc[k].text == "-" and doc[k + 1].lower_ in GOVERNING:
        k += 2  # "Movement-run government"
    noun = None
    for tok in doc[k:k + _QUALIFIERS + 1]:
        if tok.lower_ in GOVERNMENT_NOUNS:
            noun = tok
            break
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.is_punct:
            return None
    if noun is None:
        return None
    for prep in noun.children:  # "government in Capitol"
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
            for place in prep.children:
                words = [t.text for t in place.lefts if t.dep_ == "compound"]
                state = _state_of(" ".join([*words, place.text]))  # "Phnom Penh"
                if place.dep_ == "pobj" and state is not None:
                    return state
    return _dateline_state(span.sent)


def _state_of(text: str) -> str | None:
    return country_of_capital(text) or country_named(text)


def _dateline_state(sent: Span) -> str | None:
    """ "CAPITOL -- ...": the state of the place of the dateline the sentence follows (the
    sentence rules make a dateline a sentence of its own, ``sentences.after_dateline``)."""
    doc = sent.doc
    if sent.start == 0:
        return None
    opening = doc[sent.start - 1].sent
    if after_dateline(doc, opening.start) != sent.start:
        return None
    place = list(takewhile(capitals, doc[opening.start:sent.start]))
    return _state_of(" ".join(t.text.title() for t in place))


_OPENING_SENTENCES = 12  # a dateline opens the story: among its first sentences (after the
# headline, the byline, a date line)


def dateline_country(doc: Doc) -> str | None:
    """The state of the article's dateline: "CAPITOL -- ...", "TOWN, Xland - ..." (the place
    in capitals is that state's capital, or the word after its comma names the state)."""
    for k, sent in enumerate(doc.sents):
        if k >= _OPENING_SENTENCES:
            return None
        if after_dateline(doc, sent.start) is None:
            continue
        place = list(takewhile(capitals, doc[sent.start:sent.end]))
        rest = doc[sent.start + len(place):sent.end]
        named = [t.text for t in rest if t.text[:1].isupper() and t.is_alpha]
        return (_state_of(" ".join(t.text.title() for t in place))
                or (country_named(" ".join(named)) if named else None))
    return None


def its_state(span: Span) -> str | None:
    """ "Xland let the two go, saying its leader A had pardoned them": the state a
    person's "its" stands for, the country that is the subject of a clause above the name."""
    tok = span.root
    for verb in tok.ancestors:
        for subject in verb.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.i < span.start:
                words = span.doc[subject.left_edge.i:subject.i + 1].text
                state = country_named(words) or country_named(subject.text)
                if state is not None:
                    return state
    return None
