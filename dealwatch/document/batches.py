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


# "and on 18 May another 180", "and a further 150 on Sunday": a later batch of the same side.
_MORE = frozenset({"another", "further"})
_PART_ENDS = frozenset({",", ";", "and", ".", "!"})


def more_on_another_day(ctx: ArticleContext,
                        mentions: list[EventMention]) -> list[EventMention]:
    """ "Each side freed 215 on 17 May, and on 18 May another 180": after a release of a
    number, a part with no verb of its own that gives "another" (or "a further") number and
    its own day is one more release of the same side, that number on that day."""
    out: list[EventMention] = []
    for m in mentions:
        out.append(m)
        cue = ctx.cue_token(m) if m.type == EventType.RELEASE and m.count is not None else None
        if cue is None or cue.pos_ != "VERB":
            continue
        for k, (number, day) in enumerate(_more_parts(ctx, cue)):
            if m.date is None or day.value == m.date.value or any(
                    x.type == EventType.RELEASE and x.evidence == m.evidence and x.by == m.by
                    and x.count == number for x in mentions):
                continue  # "freed 30 Xians and another 20 Yians on Monday": one day, one act;
                # or the part is read as a release already
            out.append(replace(m, id=derived_id(m.id, "more", k), count=number, date=day,
                               persons=(), count_named=False, link=None))
    return out


def _more_parts(ctx: ArticleContext, cue: Token) -> list[tuple[int, TimeExpr]]:
    """The (number, day) of each verbless part after the cue that gives "another" number and
    one day of its own."""
    sent = cue.sent
    k = ctx.sentence_index(sent.start_char)
    days = [t for t in ctx.dates_in(k) if t.value and t.start > cue.idx]
    found: list[tuple[int, TimeExpr]] = []
    for tok in cue.doc[cue.i + 1:sent.end - 1]:
        after = tok.nbor(1)
        if tok.lower_ not in _MORE or not after.like_num:
            continue
        number = to_int(after.text)
        start = next((t.i + 1 for t in reversed(cue.doc[cue.i + 1:tok.i])
                      if t.lower_ in _PART_ENDS), None)
        end = next((t.i for t in cue.doc[after.i + 1:sent.end] if t.lower_ in _PART_ENDS),
                   sent.end)
        if number is None or start is None:
            continue  # ("freed 30 Xians and another 20 Yians" is one release, not a part)
        part = cue.doc[start:end]
        inside = [d for d in days if part.start_char <= d.start and d.end <= part.end_char]
        if len(inside) == 1 and not any(t.pos_ in ("VERB", "AUX") for t in part):
            found.append((number, inside[0]))
    return found
