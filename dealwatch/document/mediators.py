"""The states an article tells as go-betweens: they carried the exchange, they did not give.

Third states broker most exchanges, and the words about them look like a side's: "received
him from the Danes in Aarhus", "the swap at Aarhus airport", "Midland's emir". A careful reader
knows from the article that the Danes mediated ("with Danish help", "a Midland-brokered deal",
"Sudmark, which acted as go-between", "talks conducted through the Danes", "Denmark, the
protecting power") and never takes them for the side that freed anyone. ``mediators`` reads
those phrases once per article; ``not_a_mediator`` clears a release's side that is one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dealwatch.document.bodies import read_phrase
from dealwatch.extract.names import DocNames
from dealwatch.model import EventMention, EventType
from dealwatch.places import country_of_demonym

if TYPE_CHECKING:
    from dealwatch.document.context import ArticleContext

# "Denmark brokered the swap", "a Danish-mediated deal"
_MEDIATING_VERBS = frozenset({"broker", "mediate", "facilitate", "coordinate"})
# "with Danish help", "Sudmark's mediation", "mediation by Midland"
_MEDIATING_NOUNS = frozenset({"mediation", "help", "assistance", "facilitation", "offices",
                              "intercession", "auspices"})
# "Sudmark, which acted as go-between"; "the protecting power"
# who carries a deal between the sides: "Xian mediators completed the exchange"
GO_BETWEENS = frozenset({"mediator", "go-between", "intermediary", "broker", "facilitator"})
_ROLE_NOUNS = GO_BETWEENS | {"power", "between"}
# talks or messages passed "through the Danes"
_CHANNEL_WORDS = frozenset({"negotiation", "negotiations", "talks", "contact", "contacts",
                            "conduct", "negotiate", "pass", "convey", "relay", "send",
                            "channel", "message", "messages", "signal", "signals"})


def mediators(doc: Doc, names: DocNames) -> frozenset[str]:
    """The states the article tells as go-betweens (see above)."""
    out: set[str | None] = set()
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in _MEDIATING_VERBS:
            out.update(_state(s, names) for s in tok.children if s.dep_ == "nsubj")
            out.update(_glued_before(tok, names))
        elif lemma in _MEDIATING_NOUNS and tok.pos_ == "NOUN":
            out.update(_state(c, names) for c in tok.children
                       if c.dep_ in ("amod", "poss", "compound"))
            out.update(_state(o, names) for p in tok.children if p.dep_ == "prep"
                       and p.lower_ == "by" for o in p.children if o.dep_ == "pobj")
        elif lemma in _ROLE_NOUNS and (tok.pos_ == "NOUN" or tok.lower_ == "between"):
            out.update(_acting_as(tok, names))  # (the tagger may take "between" for a word
            # of its own in "host and go-between")
        elif tok.lower_ == "through" and tok.dep_ == "prep" and (
                tok.head.lemma_.lower() in _CHANNEL_WORDS):
            out.update(_state(o, names) for o in tok.children if o.dep_ == "pobj")
    return frozenset(s for s in out if s)


def _state(tok: Token, names: DocNames) -> str | None:
    """The state a word names ("Denmark", "the Danes", "Danish", "Sudmark's")."""
    if tok.pos_ == "ADJ" or tok.tag_ in ("NNPS", "NNS", "JJ"):
        found = country_of_demonym(tok.text)
        if found:
            return found
    reading = read_phrase(tok, names)
    return reading.country if reading.country and not reading.not_side else None


def _glued_before(verb: Token, names: DocNames) -> list[str | None]:
    """ "a Danish-brokered deal", "Sudmark-mediated talks": the state written before the hyphen."""
    i = verb.i
    if i >= 2 and verb.doc[i - 1].text == "-":
        return [_state(verb.doc[i - 2], names)]
    return []


def _acting_as(role: Token, names: DocNames) -> list[str | None]:
    """ "Sudmark, which acted as go-between", "Midland served as mediator", "Denmark,
    the protecting power": the state the role is said of."""
    if role.lower_ == "power" and not any(c.lower_ == "protecting" for c in role.children):
        return []
    if role.lower_ == "between" and not (role.i >= 2 and role.doc[role.i - 1].text == "-"):
        return []
    if role.dep_ == "appos":
        return [_state(role.head, names)]
    while role.dep_ == "conj" and role.head.lemma_.lower() in _ROLE_NOUNS | {"host"}:
        role = role.head  # "acting as host and go-between"
    up = role.head
    if up.lower_ == "as" and up.head.lemma_.lower() in ("act", "serve", "work", "be"):
        verb = up.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].lower_ in ("which", "who") and verb.dep_ == "relcl":
            return [_state(verb.head, names)]
        return [_state(s, names) for s in subjects]
    if up.lemma_ == "be" and role.dep_ == "attr":
        return [_state(s, names) for s in up.children if s.dep_ == "nsubj"]
    return []


def not_a_mediator(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Releases whose side is a state the article tells as a go-between, without it."""
    between = ctx.mediators()
    if not between:
        return mentions
    return [replace(m, by=None) if m.type == EventType.RELEASE and m.by in between else m
            for m in mentions]
