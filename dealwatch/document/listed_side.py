"""The side that freed a person, from the release that lists them under one side.

"A and B exchanged 12 prisoners each, bringing home C and a trawler's crew. ... Besides the
crew, B released four of A's citizens: C, D, E, F." The first sentence gives its people to
a pair of sides, and which of the two freed C it does not say ("bringing home" is home for
one of them). The article says it later: C is on B's list. A careful reader puts C's release
on B's side; so does this pass, when the people of a release whose subject is a pair of sides
are listed only by releases of one other side in the article.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dealwatch.document.context import ArticleContext
from dealwatch.document.groups import surname_key
from dealwatch.model import EventMention, EventType

_CLIMB = frozenset({"advcl", "conj", "xcomp", "ccomp"})


def side_of_the_listed(ctx: ArticleContext,
                       mentions: list[EventMention]) -> list[EventMention]:
    """Releases told of a pair of sides take the one side that lists their people (above)."""
    releases = [m for m in mentions if m.type == EventType.RELEASE and m.by and m.persons]
    paired = {m.id for m in releases if _of_a_pair(ctx.cue_token(m))}
    if not paired:
        return mentions
    listed: dict[str, set[str]] = {}
    for m in releases:
        if m.id not in paired and m.by is not None:
            for p in m.persons:
                listed.setdefault(surname_key(p), set()).add(m.by)
    out = []
    for m in mentions:
        if m.id in paired:
            sides = {s for p in m.persons for s in listed.get(surname_key(p), ())}
            if len(sides) == 1 and m.by not in sides and all(
                    surname_key(p) in listed for p in m.persons):
                m = replace(m, by=next(iter(sides)))
        out.append(m)
    return out


def _of_a_pair(cue: Token | None) -> bool:
    """The cue's clause, or a clause it hangs on, has a coordinated subject ("A and B
    exchanged ..., bringing home C")."""
    tok = cue
    for _ in range(4):
        if tok is None:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.children)
               for c in tok.children):
            return True
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
