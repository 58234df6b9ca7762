"""A roll of the freed as they came out, told one or a few at a time.

"First down the steps were A and his wife B. Last off the aircraft was C." "First over was the
crew's navigator, A ... Behind him came B, who walked with a cane; C; D; and the four enlisted
men, E, F, G and H." "A led the line. B was the last to cross." Each sentence names some of the
group the article freed just before; ``later_lists`` takes them as a list of that group.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dealwatch.document.groups import full_name, is_official, kin_name, members
from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType

# Words that open a roll call of the freed coming out: "First off the plane was A", "Last
# down the steps were B and C".
_ROLL_OPENERS = frozenset({"first", "last", "next", "behind"})
# Where the freed went, told as an adverb after a roll's opener: "First over was A".
_ACROSS = frozenset({"over", "across", "out", "off", "down", "through"})
# What the first of a line of the freed leads: "A led the line".
_LINES = frozenset({"line", "way", "column", "procession", "file"})
# How the freed leave, told of the first or the last of them: "B was the last to cross".
_CROSSING = frozenset({"cross", "leave", "walk", "step", "emerge", "come", "board", "go"})


def roll_in(words: list[Token], names: DocNames) -> list[str]:
    """The people a sentence of a roll names (its ``words``, spaces left out); none when it is
    no roll ("Next, A said")."""
    if len(words) > 2 and words[0].lower_ in _ROLL_OPENERS and (  # "First down the steps
            words[1].pos_ == "ADP" or words[1].lemma_ in ("be", "come")  # were A", "Behind
            or words[1].lower_ in ("them", "him", "her")  # them came B", "First over was
            or words[1].lower_ in _ACROSS and words[2].lemma_ in ("be", "come")):  # C"
        verb = words[1] if words[1].pos_ in ("VERB", "AUX") else words[1].head
        if words[1].lower_ in ("them", "him", "her"):
            verb = words[0].head
        named = [p for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "attr")
                 for p in members(c, names)]
        if named:  # "came A, who ...; B; C; and the five men, D and E": every one named
            return named + [p for p in _named_after(verb, names) if p not in named]
    return _first_or_last(words[0].sent, names) if words else []


def _first_or_last(sent: Span, names: DocNames) -> list[str]:
    """The ends of a line of the freed, each a roll of one: "A led the line", "B was the
    last to cross" (the subject's people, none of them an official)."""
    root = sent.root
    lemma = root.lemma_.lower()
    leads = lemma == "lead" and any(c.dep_ == "dobj" and c.lemma_.lower() in _LINES
                                    for c in root.children)
    ends = lemma == "be" and any(
        c.dep_ == "attr" and c.lower_ in ("first", "last") and any(
            v.lemma_.lower() in _CROSSING and any(a.lower_ == "to" for a in v.children)
            for v in c.children) for c in root.children)
    if not (leads or ends):
        return []
    return [p for c in root.children if c.dep_ == "nsubj" for p in members(c, names)]


def _named_after(verb: Token, names: DocNames) -> list[str]:
    """The people a roll's sentence names after its verb (a semicolon ends the parse's
    apposition, not the roll), none of them an official."""
    out: list[str] = []
    seen: set[int] = set()
    for tok in verb.doc[verb.i + 1:verb.sent.end]:
        found = names.at(tok)
        if found is None or found.type != EntityType.PERSON or found.start in seen or (
                is_official(found.roles)):
            continue
        seen.add(found.start)
        out.append(kin_name(tok, names) or full_name(tok, names))  # ("his wife Lea")
    return out
