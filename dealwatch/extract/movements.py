"""Armed groups and movements the tagger took for people: "Boko Haram", told with its members.

A name that qualifies the men of a group ("Xyz Abc fighters", "Xyz Abc commanders", "members
of Xyz Abc") names the group, not a person: nobody writes "Ann Berg fighters". The small
model types such names as it types people's when both words are unknown to it; the article
retypes every mention of the name once one of them is told that way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dealwatch.extract.given import given_names
from dealwatch.model import EntityType

if TYPE_CHECKING:
    from dealwatch.extract.names import DocNames

# The men of a group: the nouns a group's name qualifies ("X fighters") or that are "of" it.
MEMBER_NOUNS = frozenset({"fighter", "militant", "insurgent", "jihadist", "gunman", "commander",
                          "member", "suspect", "captor", "rebel", "kidnapper", "abductor"})

# What an armed group is called before its name: "the rebel brigade X", "the militia X".
GROUP_NOUNS = frozenset({"brigade", "militia", "faction", "battalion", "outfit"})


def retype_movements(doc: Doc, names: DocNames) -> None:
    """Every person mention of a name told as a group's (see the module) becomes an
    organisation's, in place."""
    told = {m.text for i, m in names.by_token.items()  # one pass over the names' words
            if m.type in (EntityType.PERSON, EntityType.ORGANIZATION) and _of_members(doc[i])
            and _could_be_group(m.text)}
    if not told:
        return
    for n, m in enumerate(names.mentions):
        if m.type == EntityType.PERSON and m.text in told:
            names.retype(n, EntityType.ORGANIZATION)


def _could_be_group(text: str) -> bool:
    """Two words or more, none of them a given name ("Boko Haram", not "Ann Berg")."""
    words = text.split()
    return len(words) >= 2 and not any(w.lower() in given_names() for w in words)


def _of_members(tok: Token) -> bool:
    """The name's last word comes right before a member noun ("X fighters", as the parse may
    not say) or is what members are "of" ("members of X", "commanders of X"), or its first
    word right after a group noun ("the rebel brigade X")."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "NOUN" and after.lemma_.lower() in MEMBER_NOUNS:
        return True
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in GROUP_NOUNS:
        return True  # "the rebel brigade X": the group's own name
    head = tok.head
    return (tok.dep_ == "pobj" and head.lower_ == "of"
            and head.head.lemma_.lower() in MEMBER_NOUNS)
