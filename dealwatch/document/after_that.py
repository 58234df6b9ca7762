"""A sentence that points back at what the sentence before told dates it, or takes its date.

"In January the judiciary announced a heavier sentence. After that verdict the minister
summoned the ambassador and demanded the aid worker's release." The second sentence gives no
date, but a careful reader dates the demand by the one the sentence before gives: the words
"after that verdict" ("following this decision") point back to it, as "then" before its verb
does ("X then released them"). The date is taken as that
sentence gives it, a month as a month; the earlier sentence joins the evidence. Only the
sentence just before, in the same paragraph, with exactly one date: anything less certain
leaves the mention undated.

The other way round, a promise or demand told without a date is dated by the next sentence
when that sentence names it and gives it a date: "Washington is prepared to free A in return
for B. A person briefed on the talks said the offer was conveyed in June." The offer is the
promise; June is its date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from dealwatch.document.context import ArticleContext, with_evidence
from dealwatch.model import TALKS_OF_A_DEAL, EventMention, EventType, TimeExpr

OPENERS = frozenset({"after", "following"})
POINTERS = frozenset({"that", "this", "those", "these"})
_LEADING = frozenset({"and", "but", "then", "so", ",", "—", "-"})
# The words that name a statement of each kind in the sentence after it.
NAMED_AS = {
    EventType.PROMISE: frozenset({"offer", "proposal", "pledge", "promise", "commitment",
                                  "undertaking"}),
    EventType.DEMAND: frozenset({"demand", "request", "condition", "ultimatum"}),
}
_DEFINITE = frozenset({"the", "that", "this"})


def after_that(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Undated mentions of a sentence opening on "after that ..." take the one date of the
    sentence before (see above)."""
    if not ctx.dates or all(m.date is not None for m in mentions):
        return mentions
    talks = {ctx.sentence_index(t.evidence.start): t.date for t in mentions
             if t.type in (EventType.CALL, EventType.MEETING) and t.date is not None}
    # (a statement of the sentence after a dated call or meeting: ``_said_in_the_talk``)
    out = []
    for m in mentions:
        found = None
        if m.date is None and not m.expected and m.what != TALKS_OF_A_DEAL:
            k = ctx.sentence_index(m.evidence.start)
            found = _date_pointed_at(ctx, k) or _dated_next(ctx, k, m.type) or (
                _said_in_the_talk(ctx, k, talks) if m.type in NAMED_AS else None)
        if found is None:
            out.append(m)
            continue
        day, earlier = found
        out.append(replace(m, date=day, context=with_evidence(m, ctx.evidence(earlier))))
    return out


def _date_pointed_at(ctx: ArticleContext, k: int) -> tuple[TimeExpr, Span] | None:
    if k <= 0 or not (_opens_on_the_last(ctx.sents[k]) or _told_next(ctx.sents[k])):
        return None
    sent, earlier = ctx.sents[k], ctx.sents[k - 1]
    if ctx.paragraph_of(earlier.start_char) != ctx.paragraph_of(sent.start_char):
        return None
    days = ctx.dates_in(k - 1)
    own = ctx.dates_in(k)
    if own and not (_told_next(sent) and all(_describes(sent, t) for t in own)):
        return None
    if len(days) != 1 or days[0].value is None:
        return None
    return days[0], earlier


# How a sentence says it tells the record of the call or meeting the sentence before told:
# "According to the Xian readout, A urged ..." (not "In the call, A pressed for ...": a
# standing demand told there too, which other reports tell without a day)
_IN_THE_TALK = re.compile(r"^\W*according to (?:the|an?) (?:\w+ )?readout\b", re.IGNORECASE)


def _said_in_the_talk(ctx: ArticleContext, k: int,
                      talks: dict[int, TimeExpr]) -> tuple[TimeExpr, Span] | None:
    """A demand or promise in a sentence that opens on "According to the readout" after a
    dated call or meeting in its paragraph: said in it, on its day."""
    if k <= 0 or (k - 1) not in talks or ctx.dates_in(k):
        return None
    sent, earlier = ctx.sents[k], ctx.sents[k - 1]
    if ctx.paragraph_of(earlier.start_char) != ctx.paragraph_of(sent.start_char):
        return None
    if not _IN_THE_TALK.match(sent.text):
        return None
    return talks[k - 1], earlier


def _describes(sent: Span, when: TimeExpr) -> bool:
    """The time is told of someone the sentence describes ("the four fighters captured in
    2029", "A, who was jailed in 2029"), not of its own verb."""
    tok = next((t for t in sent if t.idx <= when.start < t.idx + len(t.text) + 1), None)
    while tok is not None and tok.i != sent.root.i:
        if tok.dep_ in ("acl", "relcl") or tok.dep_ == "advcl" and tok.tag_ == "VBN" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in tok.children):
            return True  # (a bare participle the parse hung on the verb: "captured in 2029")
        tok = tok.head
    return False


def _opens_on_the_last(sent: Span) -> bool:
    """ "After that verdict ...", "Following this decision, ...": the sentence's first words
    (a leading "And" or "But" aside) are an opener, a pointer and a noun."""
    words = [t for t in sent if not t.is_space]
    while words and words[0].lower_ in _LEADING:
        words = words[1:]
    return (len(words) >= 3 and words[0].lower_ in OPENERS and words[1].lower_ in POINTERS
            and words[2].pos_ == "NOUN")


def _told_next(sent: Span) -> bool:
    """ "On May 3 the coffins were brought to the border. X then released A and B": the
    sentence's main verb is told as the next step ("then" before it; not "then-President")."""
    root = sent.root
    return root.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "advmod" and c.lower_ == "then" and c.i < root.i for c in root.children)


def _dated_next(ctx: ArticleContext, k: int, kind: EventType) -> tuple[TimeExpr, Span] | None:
    """The date the next sentence gives the statement it names ("the offer was conveyed in
    June"): the one date of that sentence, in the clause whose subject is the name."""
    words = NAMED_AS.get(kind)
    if words is None or k < 0 or k + 1 >= len(ctx.sents):
        return None
    sent, later = ctx.sents[k], ctx.sents[k + 1]
    if ctx.paragraph_of(later.start_char) != ctx.paragraph_of(sent.start_char):
        return None
    days = ctx.dates_in(k + 1)
    if len(days) != 1 or days[0].value is None:
        return None
    for tok in later:
        if (tok.lemma_.lower() in words and tok.dep_ in ("nsubj", "nsubjpass")
                and any(c.lower_ in _DEFINITE for c in tok.children if c.dep_ == "det")):
            clause = tok.head
            if any(t.idx == days[0].start for t in clause.subtree):
                return days[0], later
    return None
