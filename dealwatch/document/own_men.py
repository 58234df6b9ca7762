"""A group's own men freed: the other side freed them.

"Rebels of the Vark Front freed two Yian soldiers on Monday. Three Vark Front fighters were
released in return." The second release names no side, but its people are the group's own
fighters: a group does not free its own men, the side it deals with does. A careful reader
takes the article's one other side: the country of the people the group's own releases
free ("Yian soldiers"), not a go-between. A release told as made by the group whose men it
frees (a side taken from the sentence around it) is read the same way. Nothing is given
when the article has no single other side.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dealwatch.document.context import ArticleContext
from dealwatch.document.unnamed import freed_nationality
from dealwatch.extract.movements import MEMBER_NOUNS
from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType, EventMention, EventType


def own_men_freed(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Releases of a group's own men take the article's one other side (see the module)."""
    groups = {m.id: g for m in mentions if m.type == EventType.RELEASE
              for g in (_men_of(ctx.cue_token(m), ctx.names),) if g is not None}
    if not groups:
        return mentions
    out = []
    for m in mentions:
        group = groups.get(m.id)
        if group is None or m.by not in (None, group):
            out.append(m)
            continue
        others = {home for x in mentions if x.type == EventType.RELEASE and x.by == group
                  for home in (freed_nationality(ctx.cue_token(x)),) if home and home != group}
        others -= ctx.mediators()  # a go-between is no side
        out.append(replace(m, by=next(iter(others))) if len(others) == 1 else (
            replace(m, by=None) if m.by == group else m))
    return out


def _men_of(cue: Token | None, names: DocNames) -> str | None:
    """The group whose men a release frees: "five Vark Front commanders", "members of the
    Vark Front", "fighters of X"."""
    if cue is None:
        return None
    if cue.pos_ in ("VERB", "AUX"):
        freed = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        freed = [cue] if cue.lemma_.lower() in MEMBER_NOUNS else []
    for tok in freed:
        if tok.lemma_.lower() not in MEMBER_NOUNS:
            continue
        named = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        named += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
        for word in named:
            m = names.at(word)
            if m is not None and m.type == EntityType.ORGANIZATION:
                return m.text
        if named and named[0].dep_ == "compound":  # the tagger may miss the name told again
            words = tok.doc[min(c.left_edge.i for c in named if c.dep_ == "compound"):tok.i]
            text = words.text.removeprefix("the ")
            if any(m.text == text and m.type == EntityType.ORGANIZATION for m in names.mentions):
                return text
    return None
