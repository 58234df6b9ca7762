""""The group" told right after a body is named: "five members of the Vark Front were freed,
and within hours the group released A". A bare definite "the group" (or movement, faction,
militia, front, organisation) stands for the organisation named last before it in its
sentence, or for the one organisation the sentence before it names."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType, NameMention

# The words a text calls a named body by once it has named it.
GROUP_WORDS = frozenset({"group", "movement", "faction", "militia", "front", "organisation",
                         "organization"})


def _organisations(names: DocNames, start: int, end: int) -> list[NameMention]:
    """The organisations named between two token positions, in order."""
    found: list[NameMention] = []
    for i in range(start, end):
        m = names.by_token.get(i)
        if m is not None and m.type == EntityType.ORGANIZATION and (
                not found or found[-1] is not m):
            found.append(m)
    return found


def the_group_before(tok: Token, names: DocNames) -> NameMention | None:
    """The body a bare "the group" stands for, if the text just named one."""
    if tok.lemma_.lower() not in GROUP_WORDS or tok.tag_ != "NN":
        return None
    if [c.lower_ for c in tok.children if c.dep_ not in ("punct",)] != ["the"]:
        return None  # "the group", not "a group" nor "the armed group of X"
    sent = tok.sent
    here = _organisations(names, sent.start, tok.i)
    if here:
        return here[-1]
    if sent.start == 0:
        return None
    before = tok.doc[sent.start - 1].sent
    there = _organisations(names, before.start, before.end)
    return there[0] if len({m.text for m in there}) == 1 else None
