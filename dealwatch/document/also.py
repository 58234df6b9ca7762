"""A release told "also" is of the occasion told before it: the same side, the same day.

"Rwanda on Friday released A, whose sentence was commuted. ... Twenty other people convicted
alongside him were also freed." The second release names no side and no day; "also" adds it
to the release the article told before, so a careful reader gives it that release's side and,
when its own sentence names no day, that day ("other people" are another group of that
occasion, told apart: they take the side alone). Only when the release told before is one
side's: a sentence that told two sides' releases (a swap) leaves "also" open. A release told
"also" with a side of its own ("the three men X held were also released") is another side's
part of that occasion: it takes the day alone.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dealwatch.document.context import ArticleContext, with_evidence
from dealwatch.model import EventMention, EventType


def also_freed(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Releases told "also" with no side take the side (and, undated, the day) of the
    release told before them (see above)."""
    releases = sorted((m for m in mentions if m.type == EventType.RELEASE and not m.expected),
                      key=lambda m: m.evidence.start)
    out = []
    for m in mentions:
        cue = ctx.cue_token(m) if m.type == EventType.RELEASE else None
        if cue is None or not _also(cue):
            out.append(m)
            continue
        k = ctx.sentence_index(m.evidence.start)
        before = [r for r in releases if ctx.sentence_index(r.evidence.start) < k]
        if m.by is not None:
            # "The three men X held were also released": another side's people freed on that
            # occasion (the other half of the swap told before), on its day
            if m.date is None and not _others(cue) and before and before[-1].date is not None:
                m = replace(m, date=before[-1].date)
        elif before:
            told = ctx.sentence_index(before[-1].evidence.start)
            sides = {r.by for r in before if ctx.sentence_index(r.evidence.start) == told}
            last = before[-1]
            if len(sides) == 1 and last.by is not None:
                # "twenty other people were also freed": other people, told apart; the side
                # is the same, the day left to the time frame
                day = m.date if _others(cue) else m.date or last.date
                m = replace(m, by=last.by, date=day,
                            context=with_evidence(m, ctx.evidence(ctx.sents[told])))
        out.append(m)
    return out


def _also(cue: Token) -> bool:
    """ "were also freed", "was also handed over": a passive release verb with "also"."""
    return cue.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in cue.children) and (
        any(c.dep_ == "advmod" and c.lower_ == "also" for c in cue.children))


def _others(cue: Token) -> bool:
    """The freed are "other" people than those told before ("twenty other people")."""
    return any(t.lower_ in ("other", "others") for c in cue.children
               if c.dep_ in ("nsubjpass", "dobj") for t in c.subtree)


# Statements that go on telling one occasion's word: "X agreed to free A ... It also agreed
# to drop its claim". (The other side's "for its part" is ``in_return``'s.)
_GOING_ON = frozenset({EventType.PROMISE, EventType.DEMAND})


def also_said(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """A promise or demand with no day of its own told "also" by a side named ("It also
    agreed to drop its claim", "X also promised to return the boats") was given on the day of
    the one that side gave last before it: terms of one agreement, told one after another
    ("Both delegations also undertook ...", no one side, is left to the time frame)."""
    said = sorted((m for m in mentions if m.type in _GOING_ON and not m.expected),
                  key=lambda m: m.evidence.start)
    out = []
    for m in mentions:
        cue = ctx.cue_token(m) if m.type in _GOING_ON and m.date is None and m.by else None
        if cue is None or not _told_also(cue):
            out.append(m)
            continue
        k = ctx.sentence_index(m.evidence.start)
        before = [r for r in said if r.type == m.type and r.by == m.by
                  and ctx.sentence_index(r.evidence.start) < k]
        last = before[-1] if before else None
        if last is not None and last.date is not None:
            told = ctx.sentence_at(last.evidence.start)
            m = replace(m, date=last.date, context=with_evidence(m, ctx.evidence(told))
                        if told is not None else m.context)
        out.append(m)
    return out


def _told_also(cue: Token) -> bool:
    """ "It also agreed to ...", "X also demanded ...": "also" on the verb or a verb it
    hangs from in its clause."""
    for tok in (cue, *cue.ancestors):
        if any(c.dep_ == "advmod" and c.lower_ == "also" for c in tok.children):
            return True
        if tok.dep_ not in ("xcomp", "ccomp", "conj"):
            return False
    return False
