"""The terms of a deal as an article tells them: a promise told "under the arrangement" or
"under it" right after the deal is named, a side's term told in the present, a term told as
undertaken, a declaration signed, the meeting a deal was struck at, and the day a deal was
made. The time frame (``timeframe``) dates these by the deal's day, not by the day the news
of it came out.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from dealwatch.document.context import ArticleContext
from dealwatch.document.frame import root_and_verb
from dealwatch.document.said import TALKS
from dealwatch.extract.present_terms import term_in_the_present
from dealwatch.model import EventMention, EventType, TimeExpr

AGREEMENT_NOUNS = frozenset({"deal", "agreement", "arrangement", "accord", "truce", "ceasefire",
                             "statement", "pact", "understanding", "declaration", "memorandum"})


def under_the_deal(ctx: ArticleContext, m: EventMention) -> bool:
    """A promise told as a term of "the arrangement", "the deal" (one the article has told),
    or under "the terms" (of it)."""
    cue = ctx.cue_token(m)
    if m.type != EventType.PROMISE or cue is None:
        return False
    return any(_the_deal(o) and any(d.lower_ in ("the", "this", "its") for d in o.children)
               or _a_deal_just_told(ctx, o) for o in _under_what(cue))


def _under_what(cue: Token) -> Iterator[Token]:
    """What a cue's clause is told "under" ("Under the deal, X will ...", "Under it, ..."):
    the object of an "under" on the cue or a word above it, or opening the sentence ("Under
    the terms a minister read, Y will ...": the parse may hang it on a participle of it)."""
    for p in (*(c for a in (cue, *cue.ancestors) for c in a.children), cue.sent[0]):
        if p.dep_ == "prep" and p.lower_ == "under":
            yield from (o for o in p.children if o.dep_ == "pobj")


def deal_told_before(ctx: ArticleContext, m: EventMention) -> tuple[TimeExpr, int] | None:
    """The time of the deal "Under it" points back to, told by a clause describing it in the
    sentence before ("a deal reached last month"), with that sentence's index."""
    cue = ctx.cue_token(m)
    if m.type != EventType.PROMISE or cue is None or not any(
            _a_deal_just_told(ctx, o) for o in _under_what(cue)):
        return None
    k = ctx.sentence_index(cue.idx) - 1
    for t in ctx.dates_in(k):
        found = root_and_verb(ctx, t)
        if t.value and found is not None and found[1].dep_ in ("acl", "relcl") and (
                found[1].head.lemma_.lower() in AGREEMENT_NOUNS):
            return t, k
    return None


def _a_deal_just_told(ctx: ArticleContext, pronoun: Token) -> bool:
    """ "The handovers follow an agreement struck in May. Under it, X undertook to free 40":
    "it" is the deal the sentence before names."""
    if pronoun.lower_ not in ("it", "this") or pronoun.pos_ != "PRON":
        return False
    k = ctx.sentence_index(pronoun.idx)
    before = ctx.sents[k - 1] if k > 0 else None
    return before is not None and any(t.lemma_.lower() in AGREEMENT_NOUNS and t.pos_ == "NOUN"
                                      for t in before)


def told_in_the_present(ctx: ArticleContext, m: EventMention) -> bool:
    """A side's term told in the present beside the bargain's name ("The rest of the bargain
    is about the games. Norland withdraws its bid ..."): a term of the deal the article tells."""
    cue = ctx.cue_token(m)
    return m.type == EventType.PROMISE and cue is not None and term_in_the_present(cue)


def _the_deal(noun: Token) -> bool:
    """ "the deal"; "the terms" with no "of" or of a deal ("the terms of the accord", not "the
    terms of a 1990 treaty" a deal word does not name)."""
    if noun.lemma_.lower() in AGREEMENT_NOUNS:
        return True
    if noun.lower_ != "terms":
        return False
    of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
          for o in p.children if o.dep_ == "pobj"]
    return all(o.lemma_.lower() in AGREEMENT_NOUNS for o in of)


# The words of signing a text: the promise it holds is made by an act done on a day.
_SIGNING = frozenset({"sign", "signs", "signed", "signing", "ink", "inked", "initial",
                      "initialled", "initialed"})


def signed(m: EventMention) -> bool:
    """ "The two men signed a declaration that promised ...": told by its signing."""
    return m.type == EventType.PROMISE and m.cue.lower() in _SIGNING


def a_term(ctx: ArticleContext, m: EventMention) -> bool:
    """A term of an arrangement, told as what a side has undertaken or is to do ("X has
    undertaken to let all five leave", "In return, Y is to free ...")."""
    cue = ctx.cue_token(m)
    if cue is None:
        return False
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    for v in (verb, verb.head):
        auxes = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        if auxes & {"has", "have"} and v.tag_ == "VBN" or (
                v.lemma_.lower() == "be" and any(c.dep_ == "xcomp" for c in v.children)):
            return True
    return False


# The verbs of making a deal at an occasion: "the bargain was sealed at a session of A and B".
_MADE_AT = frozenset({"strike", "reach", "sign", "seal", "agree", "conclude", "clinch"})


def struck_at(ctx: ArticleContext, m: EventMention) -> bool:
    """ "The bargain was sealed at a session of A and B": the meeting a deal the frame dates
    was made at is of the frame's day, like the deal."""
    cue = ctx.cue_token(m)
    return m.type in TALKS and cue is not None and cue.dep_ == "pobj" and (
        cue.head.lower_ == "at") and cue.head.head.lemma_.lower() in _MADE_AT


def dates_a_deal(ctx: ArticleContext, t: TimeExpr) -> bool:
    """The day's verb acts on a deal itself ("approved the agreement on Tuesday night", "the
    deal was signed on Monday", "an arrangement that the cabinet approved on Wednesday")."""
    found = root_and_verb(ctx, t)
    if found is None:
        return False
    verb = found[1]
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in AGREEMENT_NOUNS
               for c in verb.children) or (  # "an arrangement the cabinet approved on ..."
        verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in AGREEMENT_NOUNS)
