"""A release told of "each side": "On 17 May each side freed 215 soldiers".

News of a swap between two sides often names them once ("Xland and Yland began the exchange
on Friday") and then tells each day's round of both as "each side freed 215", "either side
handed over 95". A careful reader takes the two sides as the pair the article named together
last before the sentence (or, with none, the two sides its other releases are by, or the two
states it names far more than any other) and reads two releases of the number, one by each
side. With no such pair, the release keeps no side.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dealwatch.document.context import ArticleContext, derived_id
from dealwatch.document.two_sides import most_named
from dealwatch.model import EntityType, EventMention, EventType
from dealwatch.places import country_for_actor

# The words for one of two sides: "each side", "either country", "each party".
_SIDE_WORDS = frozenset({"side", "country", "party", "government"})
_EACH = frozenset({"each", "either"})
_SIDE_TYPES = (EntityType.COUNTRY, EntityType.ORGANIZATION)


def each_side(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Releases of a number by "each side" with no side of their own, told as one release by
    each of the article's two sides (see the module)."""
    out: list[EventMention] = []
    for m in mentions:
        if m.type != EventType.RELEASE or m.by is not None or m.count is None or (
                not told_of_each_side(ctx.cue_token(m))):
            out.append(m)
            continue
        sent = ctx.sentence_of(m)
        pair = (_pair_named_before(ctx, sent) if sent is not None else None) or (
            _release_sides(mentions)) or _two_named_most(ctx)
        if pair is None:
            out.append(m)
            continue
        first, second = pair
        out.append(replace(m, by=first))
        out.append(replace(m, id=derived_id(m.id, "each side", second), by=second))
    return out


def told_of_each_side(cue: Token | None) -> bool:
    """The release's doer is "each side" ("each side freed 215", "215 were handed over by
    each side")."""
    if cue is None:
        return False
    doers = [c for c in cue.children if c.dep_ == "nsubj"]
    doers += [o for a in cue.children if a.dep_ == "agent" for o in a.children
              if o.dep_ == "pobj"]
    return any(d.lemma_.lower() in _SIDE_WORDS and any(
        c.dep_ == "det" and c.lower_ in _EACH for c in d.children) for d in doers)


def _side_of(ctx: ArticleContext, tok: Token) -> str | None:
    named = ctx.names.at(tok)
    if named is None or named.type not in _SIDE_TYPES:
        return None
    return country_for_actor(named.text) or named.text


def _pair_named_before(ctx: ArticleContext, sent: Span) -> tuple[str, str] | None:
    """The last two sides the article names together ("Xland and Yland", "between Xland and
    Yland") up to the sentence's start."""
    for tok in reversed(ctx.doc[:sent.start]):
        first = _side_of(ctx, tok)
        if first is None:
            continue
        for conj in tok.conjuncts:
            second = _side_of(ctx, conj)
            if second is not None and second != first and conj.i > tok.i:
                return first, second
    return None


def _two_named_most(ctx: ArticleContext) -> tuple[str, str] | None:
    """The two states the article names far more than any other (no go-between)."""
    states = sorted(most_named(ctx) - ctx.mediators())
    return (states[0], states[1]) if len(states) == 2 else None


def _release_sides(mentions: list[EventMention]) -> tuple[str, str] | None:
    """The two sides the article's other releases are by, when there are exactly two."""
    sides = sorted({country_for_actor(m.by) or m.by for m in mentions
                    if m.type == EventType.RELEASE and m.by})
    return (sides[0], sides[1]) if len(sides) == 2 else None
