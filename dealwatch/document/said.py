"""The day a statement was said: a promise or a demand is dated by the words that tell it.

A statement's own sentence may not give its day, but the article does: a day on the
reporting verb ("Speaking on Monday, X said"), the call or meeting it was said in ("He told
Y that ..."), the next paragraph's day for the lead's present tense ("Iran says ..."), the
day of the same speaker's words told before in its paragraph, the call of its speaker told
in the sentence before, or the meeting told in its own sentence ("In a statement released
after the meeting, X said ...").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dealwatch.document.context import ArticleContext
from dealwatch.document.frame import is_day, lead_paragraph, root_and_verb
from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import name_of
from dealwatch.extract.other_times import prep_above
from dealwatch.model import EventMention, EventType, Precision, TimeExpr

STATEMENTS = (EventType.PROMISE, EventType.DEMAND)
TALKS = (EventType.MEETING, EventType.CALL)
# Verbs of telling someone face to face or on the line: "told Y that", "assured Y he was".
TELLING_VERBS = frozenset({"tell", "assure", "promise", "inform", "reassure"})


def said_day(ctx: ArticleContext, m: EventMention,
             talks: list[EventMention]) -> TimeExpr | None:
    """The day an undated statement was said, as the article tells it; None when it does not.
    ``talks``: the meetings and calls the article dates to a day."""
    return (_said_on(ctx, m) or _told_in_talks(ctx, m, talks) or _lead_says(ctx, m)
            or _same_speaker(ctx, m) or _said_in_the_talks_before(ctx, m, talks))


def said_at_the_talks(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """ "In a statement released after the meeting, X said ...": a statement told in the
    sentence of a meeting or call takes its day."""
    days = {ctx.sentence_index(m.evidence.start): m.date for m in mentions
            if m.type in TALKS and m.date is not None and is_day(m.date)}
    if not days:
        return mentions
    return [replace(m, date=days[k]) if m.type in STATEMENTS and m.date is None
            and (k := ctx.sentence_index(m.evidence.start)) in days else m for m in mentions]


def _said_on(ctx: ArticleContext, m: EventMention) -> TimeExpr | None:
    """The day of the words a statement is told in: a day on the reporting verb (or the
    "speaking" beside it) whose clause holds the statement."""
    cue = ctx.cue_token(m)
    sent = ctx.sentence_of(m)
    if cue is None or sent is None:
        return None
    for t in ctx.dates:  # a day, or a month ("In September X said Varnia must free A"), or
        # a week that lies in one month ("X said last week that Varnia would free A")
        if not (sent.start_char <= t.start < sent.end_char and (is_day(t) or (
                t.precision in (Precision.MONTH, Precision.WEEK) and t.calendar))):
            continue
        found = root_and_verb(ctx, t)
        if found is None or found[1].lemma_.lower() not in lx.REPORTING_VERBS or (
                _measured_from(*found)):
            continue
        speaker = _speaking(found[1])
        if cue.i == speaker.i or speaker.is_ancestor(cue):
            return t
    return None


def _measured_from(root: Token, verb: Token) -> bool:
    """ "Weeks after the landing of April 17, X said on May 18 ...": a day inside an after-,
    before- or since-phrase on the reporting verb is another event's, not the saying's."""
    return root.i != verb.i and prep_above(root, verb, _MEASURING) is not None


_MEASURING = frozenset({"after", "before", "since", "until"})


def _speaking(verb: Token) -> Token:
    """The verb whose words a day dates: "Speaking on Monday, X said": "said"."""
    return verb.head if verb.dep_ == "advcl" else verb


def _said_in_the_talks_before(ctx: ArticleContext, m: EventMention,
                              talks: list[EventMention]) -> TimeExpr | None:
    """ "A and B spoke by telephone on Wednesday. According to the ministry's account, A asked
    for help and B promised ...": what one of the two says in the sentence right after
    their dated call, in the same paragraph, was said in it (a meeting's day is not so
    taken: a side's promise told after its ministers met may be its own, later word)."""
    if m.by is None:
        return None
    k = ctx.sentence_index(m.evidence.start)
    para = ctx.paragraph_of(m.evidence.start)
    days = {t.date.value: t.date for t in talks if t.date is not None
            and t.type == EventType.CALL
            and ctx.sentence_index(t.evidence.start) == k - 1
            and ctx.paragraph_of(t.evidence.start) == para
            and any(_same_person(p, m.by) for p in (*t.participants, t.by) if p)}
    return next(iter(days.values())) if len(days) == 1 else None


def _same_person(a: str, b: str) -> bool:
    """Two written names of one person, one of them maybe the surname alone."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _same_speaker(ctx: ArticleContext, m: EventMention) -> TimeExpr | None:
    """ "Speaking at his news conference on Monday, spokesman X said ... He then restated the
    terms: ..., X said": what a speaker says next in the paragraph where his words were
    dated was said on that occasion."""
    if m.by is None:
        return None
    para = ctx.paragraph_of(m.evidence.start)
    for t in ctx.dates:
        if (t.start < m.evidence.start and ctx.paragraph_of(t.start) == para and is_day(t)
                and _speaks(ctx, t, m.by)):
            return t
    return None


def _speaks(ctx: ArticleContext, t: TimeExpr, who: str) -> bool:
    """Whether the day ``t`` dates words of ``who`` ("X said on Monday", "Speaking on Monday,
    X said")."""
    found = root_and_verb(ctx, t)
    if found is None:
        return False
    speaker = _speaking(found[1])
    if speaker.lemma_.lower() not in lx.REPORTING_VERBS:
        return False
    for subject in speaker.children:  # "X said", "X's foreign ministry said"
        named = name_of(subject, ctx.names) if subject.dep_ == "nsubj" else None
        if named is not None and (named.text == who or named.text.endswith(" " + who)):
            return True
    return False


def _lead_says(ctx: ArticleContext, m: EventMention) -> TimeExpr | None:
    """ "Iran says it is ready to ... [lead]. Speaking at his news conference on Monday, its
    spokesman said ...": what the lead says in the present is the news of the words the next
    paragraph tells with their day."""
    cue = ctx.cue_token(m)
    lead = lead_paragraph(ctx)
    if cue is None or ctx.paragraph_of(m.evidence.start) != lead:
        return None
    verbs = [a for a in (cue, *cue.ancestors) if a.lemma_.lower() in lx.REPORTING_VERBS]
    if not verbs or verbs[0].tag_ not in ("VBZ", "VBP"):
        return None
    for t in ctx.dates:
        para = ctx.paragraph_of(t.start)
        if para <= lead:
            continue
        if para > lead + 2:  # the paragraph after the lead (a blank line counts as one)
            return None
        found = root_and_verb(ctx, t)
        if found is not None and is_day(t) and found[1].lemma_.lower() in lx.REPORTING_VERBS:
            return t
    return None


def _told_in_talks(ctx: ArticleContext, m: EventMention,
                   talks: list[EventMention]) -> TimeExpr | None:
    """ "X raised the case with Y by telephone on Wednesday. He told Y that A had to be
    freed", "X assured Y he was ready to ...": what one tells the other side of a call or
    meeting the article told before was said in it, on its day (when it told one such day)."""
    cue = ctx.cue_token(m)
    if cue is None:
        return None
    told = [c for a in (cue, *cue.ancestors) if a.lemma_.lower() in TELLING_VERBS
            for c in a.children if c.dep_ in ("dobj", "dative")]
    heard = {n.text for c in told for n in (ctx.names.at(c),) if n is not None}
    days = {t.date.value: t.date for t in talks
            if t.date is not None and t.evidence.start < m.evidence.start
            and any(_same_person(p, h) for p in t.participants for h in heard)}
    return next(iter(days.values())) if len(days) == 1 else None
