"""Who "the kidnappers" are: "A was seized by the Vark Front in March. ... The kidnappers
demanded $5 million", "her captors freed her on Friday". A careful reader takes the one
organisation the article told as taking or holding someone; with none or two, no one."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.document.bodies import groups_named_before
from dealwatch.document.context import ArticleContext

# Words for the people who hold a captive: "the kidnappers", "her captors".
_CAPTOR_NOUNS = frozenset({"kidnapper", "captor", "abductor", "hostage-taker"})
# Verbs that tell who took or holds someone.
_TAKING = frozenset({"kidnap", "abduct", "seize", "capture", "hold", "take", "snatch"})
# Arcs from a name up to the verb that keep it the taker: "gunmen of the Vark Front
# abducted A", "held by the Vark Front" (not "captured the Vark Front's commander").
_TAKER_ARCS = frozenset({"nsubj", "agent", "pobj", "prep", "compound", "appos", "conj"})
_OWNERS = frozenset({"her", "his", "their"})


def captors_meant(ctx: ArticleContext, tok: Token | None) -> str | None:
    """The organisation "the kidnappers" or "her captors" stands for (see the module)."""
    if tok is None or tok.lemma_.lower() not in _CAPTOR_NOUNS or any(
            c.dep_ in ("compound", "amod", "appos") for c in tok.children) or not any(
            c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.lower_ in _OWNERS
            for c in tok.children):
        return None  # "the Vark kidnappers", "Chile's captors" name whom they mean
    found: set[str] = set()
    for m in groups_named_before(ctx.names, tok.idx):
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and _took_someone(span.root):
            found.add(m.text)
    return found.pop() if len(found) == 1 else None


def _took_someone(tok: Token) -> bool:
    """The name is who a verb of taking or holding tells as taking (a few arcs up)."""
    for _ in range(4):
        if tok.dep_ not in _TAKER_ARCS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _TAKING:
            return True
    return False


# The plural pronouns that take up a group told as the subject before them.
_PLURAL = frozenset({"their", "they", "them"})
_HOLDER_NOUNS = _CAPTOR_NOUNS | {"pirate", "hijacker", "rebel", "militant", "gunman",
                                 "gunmen", "insurgent", "guerrilla"}


def pronoun_group(tok: Token | None) -> Token | None:
    """ "the kidnappers were tired of waiting because nobody had answered their demands":
    "their", "they" after a group of holders told as the subject earlier in the sentence is
    that group's word (the nearest such subject)."""
    if tok is None or tok.lower_ not in _PLURAL:
        return None
    before = [t for t in tok.sent if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass")
              and t.tag_ == "NNS" and t.lemma_.lower() in _HOLDER_NOUNS]
    return before[-1] if before else None
