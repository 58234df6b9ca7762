"""The news of the day: an act told in the present perfect happened by the day the article
appeared.

"Azerbaijan has released 32 Armenians", "The exchange has been carried out in full": news
writes the present perfect for what has just happened, and the article's publication day is
its day when no sentence gives one. A present perfect that counts up to now ("has freed 58
since Friday", "has been held for two years") or a sentence that steps back in time is no
news of the day, and an article with no publication day gives none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from dealwatch.document.context import ArticleContext, with_evidence
from dealwatch.document.frame import SAME_DAY, is_day, lead_paragraph, steps_back
from dealwatch.extract.args import governing_verb
from dealwatch.extract.text import span_text
from dealwatch.model import EventMention, EventType, Precision, Resolution, Status, TimeExpr

ACTS = (EventType.RELEASE, EventType.SANCTIONS_RELIEF)
_SPAN_WORDS = frozenset({"since", "for", "until", "so", "far", "now", "already", "ever",
                         "yet", "repeatedly", "twice", "times"})


def _present_perfect(verb: Token) -> bool:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (verb.tag_ == "VBN" and any(a.lower_ in ("has", "have", "'s", "'ve") for a in auxes)
            and not any(a.lower_ == "had" for a in auxes))


def _news_verb(verb: Token, sent: Span) -> Token | None:
    """The present-perfect verb that tells the act: its own, or that of the clause a colon
    elaborates ("has been carried out in full: A released 32 and B returned two")."""
    if _present_perfect(verb):
        return verb
    colons = [t.i for t in sent if t.text == ":" and t.i < verb.i]
    if not colons:
        return None
    before = [t for t in sent if t.i < colons[-1] and _present_perfect(t)]
    return before[-1] if before else None


def _counts_up(verb: Token) -> bool:
    """ "has freed 58 since Friday", "has already released", "has been held for years"."""
    return any(t.lower_ in _SPAN_WORDS for t in verb.subtree)


def news_of_the_day(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Undated acts told in the present perfect take the article's publication day; the
    sentences after one tell that act's day too (a frame), until a sentence steps back in time
    or gives a day of its own."""
    published = ctx.article.published
    if published is None:
        return mentions
    frame: dict[EventType, TimeExpr] = {}
    dated: dict[str, EventMention] = {}
    for m in sorted(mentions, key=lambda m: m.evidence.start):
        if m.type not in ACTS or m.status != Status.OCCURRED:
            continue
        sent = ctx.sentence_of(m)
        if m.date is not None or sent is None or steps_back(sent):
            frame.pop(m.type, None)
            continue
        if m.background or m.expected:
            continue
        cue = ctx.cue_token(m)
        verb = _news_verb(governing_verb(cue), sent) if cue is not None else None
        if verb is not None and not _counts_up(verb):
            start = min(c.idx for c in verb.children if c.dep_ in ("aux", "auxpass"))
            end = verb.idx + len(verb.text)
            frame[m.type] = TimeExpr(start, end, ctx.doc.text[start:end],
                                     published.isoformat(), Precision.DAY,
                                     Resolution.RELATIVE_TO_PUBLISHED)
        if m.type in frame:
            dated[m.id] = replace(m, date=frame[m.type])
    return [dated.get(m.id, m) for m in mentions]


# Paragraphs after the lead a reaction of the day is told in: a news report gives the day's
# reactions near the top and turns to the background further down.
_REACTION_PARAGRAPHS = 6
# A promise that is a term of the deal ("Under the deal, X will free ...") or a standing word
# ("has long said it would free ...") is no reaction of the day
_NOT_A_REACTION = re.compile(r"^\W*(?:under|as part of|in line with) the (?:deal|terms|agreement|"
                             r"arrangement|accord|pact)\b|\b(?:long|repeatedly|often|always)"
                             r"\s+(?:said|says|promised|vowed|pledged|insisted)\b", re.IGNORECASE)
# What a side says in reaction to the day's news: a demand, or its word ("welcomed the
# release and promised to keep working for the three still held").
_REACTIONS = (EventType.DEMAND, EventType.PROMISE)


def reactions_of_the_day(ctx: ArticleContext,
                         mentions: list[EventMention]) -> list[EventMention]:
    """ "A court on Tuesday sentenced A ..." in Tuesday's paper, then "The ministry called on X
    to free A": the lead tells the news of the day the article appeared, and a demand or a
    promise told in the paragraphs right after it, with no day of its own and no step back,
    was made that day in reaction (not one told "hours later" than something else, nor a
    term of the deal or a standing word: "has long said it would free ...")."""
    published = ctx.article.published
    if published is None or not any(m.type in _REACTIONS and m.date is None
                                    for m in mentions):
        return mentions
    lead = lead_paragraph(ctx)
    today = published.isoformat()
    pegs = ((k, t) for k, sent in enumerate(ctx.sents)
            if ctx.paragraph_of(sent.start_char) == lead
            for t in ctx.dates_in(k) if is_day(t) and (t.value or "")[:10] == today)
    peg, day = next(pegs, (None, None))
    if peg is None or day is None:
        return mentions
    told = ctx.evidence(ctx.sents[peg])
    out = []
    for m in mentions:
        k = ctx.sentence_index(m.evidence.start)
        sent = ctx.sents[k] if k < len(ctx.sents) else None
        if m.type not in _REACTIONS or m.date is not None or sent is None or k < peg or (
                ctx.paragraph_of(sent.start_char) > lead + _REACTION_PARAGRAPHS
                or ctx.dates_in(k) or steps_back(sent) or SAME_DAY.search(span_text(sent))
                or m.type == EventType.PROMISE and _NOT_A_REACTION.search(span_text(sent))):
            out.append(m)
            continue
        out.append(replace(m, date=day, context=with_evidence(m, told)))
    return out
