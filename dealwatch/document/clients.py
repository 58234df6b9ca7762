"""A lawyer's client: "X, who represents A, told the court that officials had offered his
client free housing".

Detainees speak through their lawyers, and news tells the lawyer's words about "his client"
or "her client". A careful reader puts A on the offer: the person the lawyer is said to
represent in that sentence or the one before ("who represents A", "A's lawyer", "a lawyer for
A"), when the article names one such person there and no other.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dealwatch.document.context import ArticleContext
from dealwatch.model import EntityType, EventMention, EventType

KINDS = (EventType.PROMISE, EventType.DEMAND, EventType.RELEASE)
LAWYERS = frozenset({"lawyer", "attorney", "counsel", "advocate", "solicitor", "barrister"})
_OWNERS = frozenset({"his", "her", "their"})


def lawyers_clients(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Mentions about "his client" with the client the article names."""
    out = []
    for m in mentions:
        if m.type in KINDS and not m.persons:
            sent = ctx.sentence_of(m)
            if sent is not None and _about_a_client(sent):
                k = ctx.sentence_index(m.evidence.start)
                found = {p for j in (k, k - 1) if j >= 0 for p in _represented(ctx, ctx.sents[j])}
                if len(found) == 1:
                    m = replace(m, persons=(found.pop(),))
        out.append(m)
    return out


def _about_a_client(sent: Span) -> bool:
    return any(t.lemma_.lower() == "client" and any(
        c.dep_ == "poss" and c.lower_ in _OWNERS for c in t.children) for t in sent)


def _represented(ctx: ArticleContext, sent: Span) -> set[str]:
    """The people a sentence says a lawyer represents."""
    out: set[str] = set()
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma == "represent" and tok.pos_ == "VERB":
            out.update(_people(ctx, c) for c in tok.children if c.dep_ == "dobj")
        elif lemma in LAWYERS and tok.pos_ == "NOUN":
            out.update(_people(ctx, c) for c in tok.children if c.dep_ == "poss")
            out.update(_people(ctx, o) for p in tok.children if p.dep_ == "prep"
                       and p.lower_ == "for" for o in p.children if o.dep_ == "pobj")
    out.discard("")
    return out


def _people(ctx: ArticleContext, tok: Token) -> str:
    """The person a word names, or ""."""
    found = ctx.names.at(tok)
    return found.text if found is not None and found.type == EntityType.PERSON else ""
