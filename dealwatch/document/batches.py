"""A release told in batches, each with its number and its day.

"The gunmen let go eleven of the hostages: four on May 6 and seven more the next day." One
sentence tells two releases: the list after the colon gives each batch its number and its
day. A careful reader keeps them apart, each with its own count and date, instead of one
release dated by the first day. Where the sentence's batches are read as releases already
("Chile freed 52 in two groups: 30 on Monday and 22 on Tuesday"), nothing more is done.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dealwatch.document.context import ArticleContext, derived_id
from dealwatch.extract.counts import to_int
from dealwatch.model import EventMention, EventType, TimeExpr

_JOINS = frozenset({",", "and", ";"})
# Words between a batch's number and its day: "four on May 6", "ten more the next day".
_BETWEEN = frozenset({"on", "in", "more", "others"})


def dated_batches(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Each release whose sentence lists after a colon two or more "<number> on <day>"
    batches becomes one release a batch (see the module)."""
    out: list[EventMention] = []
    for m in mentions:
        cue = ctx.cue_token(m) if m.type == EventType.RELEASE else None
        found = _batches(ctx, cue) if cue is not None else []
        if len(found) < 2 or any(  # the sentence's batches read as releases already
                x.type == EventType.RELEASE and x.evidence == m.evidence and x.id != m.id
                and x.count in {n for n, _ in found} for x in mentions):
            out.append(m)
            continue
        out += [replace(m, id=derived_id(m.id, "batch", k), count=number, date=day,
                        count_named=False)
                for k, (number, day) in enumerate(found)]
    return out


def _batches(ctx: ArticleContext, cue: Token) -> list[tuple[int, TimeExpr]]:
    """The (number, day) of each batch the colon after the cue lists, when the whole rest of
    the sentence is such a list; none otherwise."""
    sent = cue.sent
    colon = next((t for t in cue.doc[cue.i + 1:sent.end] if t.text == ":"), None)
    if colon is None:
        return []
    k = ctx.sentence_index(sent.start_char)
    days = [t for t in ctx.dates_in(k) if t.start > colon.idx and t.value]
    found: list[tuple[int, TimeExpr]] = []
    i, end = colon.i + 1, sent.end
    while i < end:
        tok = cue.doc[i]
        if tok.text in (".", "!"):
            break  # the sentence ends (spaces may follow)
        if tok.text in _JOINS or tok.is_space:
            i += 1
            continue
        number = to_int(tok.text) if tok.like_num else None
        if number is None:
            return []
        i += 1  # "ten more the next day", "four on May 6"
        while i < end and cue.doc[i].lower_ in _BETWEEN:
            i += 1
        day = next((t for t in days if i < end and t.start == cue.doc[i].idx), None)
        if day is None:
            return []
        found.append((number, day))
        while i < end and cue.doc[i].idx < day.end:
            i += 1
    return found
