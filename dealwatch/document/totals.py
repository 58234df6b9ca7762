"""Running totals of releases an article states, kept beside its releases.

"Since Friday Hamas has freed 58 people", "Israel has now freed 150 prisoners", "That brings
the number freed by Hamas to 69": such a sentence sums up the rounds so far. It is no release of
its own (extract leaves it out), but it is what one source says the releases add up to, so it
is kept, with its side, its count, the time it speaks of and its evidence, for the ledger to
compare with the releases it has.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from dealwatch.document.context import ArticleContext
from dealwatch.document.groups import group_number
from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import actor
from dealwatch.extract.coref import Coref
from dealwatch.extract.counts import count_of, number_of
from dealwatch.extract.cues import find_cues
from dealwatch.extract.names import DocNames
from dealwatch.extract.tallies import (
    is_running_total,
    may_sum_up,
    round_before_tally,
    swapped_between,
    swapped_uncounted,
    swapped_with_each_other,
)
from dealwatch.extract.text import doc_text, span_text
from dealwatch.extract.when import pick_date
from dealwatch.model import EventMention, EventType, StatedTotal, TimeExpr

# Only sentences with a word of release in them are read (the parse of the rest is not).
_RELEASE_WORDS = re.compile(r"\b(free|freed|freeing|releas|handed|let|return|swap|exchang|"
                            r"pardon|liberat)", re.IGNORECASE)


def stated_totals(ctx: ArticleContext) -> list[StatedTotal]:
    """Every running total of releases the article states, in order."""
    coref = Coref(ctx.names)
    found: dict[tuple[int, int], StatedTotal] = {}
    for sent in ctx.sents:
        text = span_text(sent)
        if not _RELEASE_WORDS.search(text) or not may_sum_up(text):
            continue
        for tok, patient in _releases(sent, ctx.names):
            if not (is_running_total(tok) or round_before_tally(tok)):
                continue  # ("freed 20, bringing the total to 300": the 300 is a total)
            count = _reached(sent) or (group_number(patient) if patient is not None else None)
            count = count or count_of(patient)
            if count is None:
                continue
            side = actor(tok, ctx.names, coref)
            key = (sent.start, count)  # one figure of a sentence is one total
            if key in found and (found[key].side or not side):
                continue
            date, since = _when(tok, sent, ctx.dates)
            found[key] = StatedTotal(ctx.article.id, count, ctx.evidence(sent), side, date, since)
    return list(found.values())


def _releases(sent: Span, names: DocNames) -> list[tuple[Token, Token | None]]:
    """Release words of a sentence and whom they free, with the participle of a tally ("the
    number of people freed by Hamas") that is no release cue of its own."""
    out: list[tuple[Token, Token | None]] = []
    for tok in sent:
        cues = [c for c in find_cues(tok, names) if c.type == EventType.RELEASE]
        if cues:
            out.append((tok, cues[0].patient))
        elif (tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in lx.RELEASE_VERBS
              and lx.people_noun(tok.head.lemma_.lower())):
            out.append((tok, tok.head))
    return out


def _reached(sent: Span) -> int | None:
    """The figure a tally is brought to: "brings the number freed ... to 69"."""
    for tok in sent[:-1]:
        nxt = tok.doc[tok.i + 1]
        if tok.lower_ == "to" and nxt.like_num:
            value = number_of(nxt)
            if value is not None and not (1900 <= value <= 2100 and nxt.text.isdigit()):
                return value
    return None


def _when(tok: Token, sent: Span, dates: list[TimeExpr]) -> tuple[TimeExpr | None,
                                                                   TimeExpr | None]:
    """The time the total stands at, and the point it counts from ("since Friday")."""
    text = doc_text(tok.doc)
    inside = [t for t in dates if sent.start_char <= t.start < sent.end_char]
    since = [t for t in inside if text[max(0, t.start - 8): t.start].strip().lower()
             .endswith("since")]
    rest = [t for t in inside if t not in since]
    return pick_date(tok, rest), (since[0] if since else None)


def swapped_together(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """ "X and Y swapped two prisoners": the number is both halves together and neither side
    freed them alone, so the release keeps no side and no number (the halves told elsewhere
    give theirs)."""
    out = []
    dated: dict[str, TimeExpr] = {}  # the halves a swap told together gives its day
    for m in mentions:
        cue = ctx.cue_token(m) if m.type == EventType.RELEASE else None
        if cue is not None and (swapped_between(cue) or swapped_uncounted(cue)):
            m = replace(m, by=None, count=None, count_named=False)
        elif cue is not None and swapped_with_each_other(cue):  # "the two men were
            # exchanged": its day is the swap's, its people each side's
            if m.date is not None:
                dated.update((h.id, m.date) for h in _halves_before(ctx, m, cue, mentions))
            m = replace(m, by=None, count=None, count_named=False, persons=())
        out.append(m)
    return [replace(m, date=dated[m.id]) if m.id in dated else m for m in out]


def _halves_before(ctx: ArticleContext, m: EventMention, cue: Token,
                   mentions: list[EventMention]) -> list[EventMention]:
    """ "X freed A and Y freed B. The two men were exchanged on Saturday": the undated
    releases of the two sentences before, by two sides, naming as many people as the swap
    counts, are its halves."""
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    number = group_number(subject) if subject is not None else None
    k = ctx.sentence_index(m.evidence.start)
    before = [h for h in mentions if h.type == EventType.RELEASE and h is not m
              and h.date is None and h.persons and h.by
              and k - 2 <= ctx.sentence_index(h.evidence.start) < k]
    people = {p for h in before for p in h.persons}
    if number is None or len(people) != number or len({h.by for h in before}) < 2:
        return []
    return before
