"""A release of a number whose people the article names only as taken.

"Norland freed three Vastish citizens on Monday. ... A, a businesswoman, was arrested in
2027. B was detained a year later. C was sentenced to ten years in 2029." The release names no
one and the sentences that name the three tell no release, nor who held them. A careful reader
counts: the article tells exactly three people as taken, the release freed three, so they are
the three. Only where the numbers match exactly (two or more), the release names no one yet,
no other release of the article has room for that many, and nothing said of the people
contradicts it: not held by another side, not told as still held, not freed by another
release of the article. Also a group the article names with its number ("The four were
named as A, B, C and D"), told before or after the release of four: the one group of that
many. ``roster.held_and_freed`` reads the people whose holder is said.
"""

from __future__ import annotations

from dataclasses import replace

from dealwatch.document.captives import taken_people
from dealwatch.document.context import ArticleContext, with_evidence
from dealwatch.document.groups import surname_key
from dealwatch.document.later_lists import list_in
from dealwatch.document.told_freed import STILL_HELD
from dealwatch.extract.text import span_text
from dealwatch.model import EventMention, EventType, Evidence

_FEWEST = 2  # one person told as taken is too easily someone else's story


def _named_groups(ctx: ArticleContext,
                  freed: set[str]) -> dict[int, list[tuple[list[str], Evidence]]]:
    """ "The four were named as A, B, C and D", "The four are ...": the groups the article
    names with exactly as many people as their number, none of them freed by a release of
    it, by that number."""
    out: dict[int, list[tuple[list[str], Evidence]]] = {}
    for sent in ctx.sents:
        group = list_in(sent, ctx.names)
        if group is not None and group.number == len(group.persons) and not any(
                surname_key(p) in freed for p in group.persons):
            out.setdefault(len(group.persons), []).append((group.persons, ctx.evidence(sent)))
    return out


def counted_captives(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Releases of a number with the people the article tells as taken (see above)."""
    open_ = [i for i, m in enumerate(mentions) if m.type == EventType.RELEASE and not m.persons
             and not m.expected and not m.count_named and m.count is not None
             and m.count >= _FEWEST]
    if not open_:
        return mentions
    rooms = [mentions[i].count for i in open_]
    taken = taken_people(ctx, ctx.people())
    freed = {surname_key(p) for m in mentions if m.type == EventType.RELEASE for p in m.persons}
    out = list(mentions)
    lists: dict[int, list[tuple[list[str], Evidence]]] | None = None  # read when needed
    for i in open_:
        m = out[i]
        if rooms.count(m.count) != 1:
            continue  # two releases of that many: whose people is not said
        people = [p for p, (side, verb) in taken.items()
                  if surname_key(p) not in freed and (side is None or side == m.by)
                  and p not in (m.by, m.to)
                  and STILL_HELD.search(span_text(verb.sent)) is None]
        if len(people) != m.count:
            lists = _named_groups(ctx, freed) if lists is None else lists
            named = lists.get(m.count, []) if m.count is not None else []
            if len(named) == 1:  # the one group of that many
                out[i] = replace(m, persons=tuple(named[0][0]),
                                 context=with_evidence(m, named[0][1]))
            continue
        context = m.context
        for p in people:
            verb = taken[p][1]
            context = with_evidence(replace(m, context=context), ctx.evidence(verb.sent))
        out[i] = replace(m, persons=tuple(people), context=context)
    return out
