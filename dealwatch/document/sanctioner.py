"""Whose sanctions an article is about, for a body that eases or imposes them unnamed.

"For three years the United States dealt with Caracas mainly through sanctions. ... Hours
later the Treasury issued a general licence": a careful reader knows whose Treasury. When a
sanction is eased or imposed by a body whose state its words do not name ("the Treasury",
"the ministry"), and the article names one state, and only one, as the holder of sanctions
("US sanctions", "Washington's sanctions", "the United States ... through sanctions"), that
state is the side. Where the article names no holder, the state whose officials explain the
act in its sentence or the next ("... from its sanctions list. US officials said ...") is. A
sanction told in the passive with no one named ("the designation was rescinded") is read so
too.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from dealwatch.document.context import ArticleContext
from dealwatch.document.sides import state_speaking
from dealwatch.extract import lexicon as lx
from dealwatch.extract.names import DocNames
from dealwatch.extract.text import span_text
from dealwatch.model import EntityType, EventMention, EventType
from dealwatch.places import country_for_actor
from dealwatch.state_bodies import key, table

SANCTIONS = (EventType.SANCTIONS_RELIEF, EventType.SANCTIONS_IMPOSED)


def sanctioning_state(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Sanctions whose side is a body of no named state, given the article's one sanctioner."""
    t = table()
    unnamed = [m for m in mentions if m.type in SANCTIONS and (
        _passive_unnamed(ctx, m) if m.by is None else (
            key(m.by) in t.bodies or t.agencies.get(key(m.by), "") is None))]
    if not unnamed:
        return mentions
    states = {s for sent in ctx.sents if "sanction" in span_text(sent).lower()
              for s in _holders(sent, ctx.names)}
    if len(states) == 1:
        (state,) = states
        return [replace(m, by=state) if m in unnamed else m for m in mentions]
    if states:
        return mentions
    # no holder named: "the Treasury removed him from its list. US officials said ..."
    return [_explained(ctx, m) if m in unnamed else m for m in mentions]


def _passive_unnamed(ctx: ArticleContext, m: EventMention) -> bool:
    """A sanction told in the passive with no one named ("the designation was rescinded",
    "X has been sanctioned since 2021"): whoever holds the article's sanctions did it."""
    cue = ctx.cue_token(m)
    return cue is not None and any(c.dep_ == "auxpass" for c in cue.children) and not any(
        c.dep_ == "agent" for c in cue.children)


def _explained(ctx: ArticleContext, m: EventMention) -> EventMention:
    """The state whose officials speak of the act in its sentence or the next."""
    k = ctx.sentence_index(m.evidence.start)
    found: set[str] = set()
    for sent in ctx.sents[k:k + 2]:
        for tok in sent:
            if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lx.REPORTING_VERBS:
                state = state_speaking(tok, ctx.names)
                if state:
                    found.add(state)
    return replace(m, by=found.pop()) if len(found) == 1 else m


def _holders(sent: Span, names: DocNames) -> set[str]:
    """The states a sentence gives as holders of sanctions: on the word itself ("US
    sanctions", "Washington's sanctions") or as the subject of its verb."""
    out: set[str] = set()
    for tok in sent:
        if tok.lemma_.lower() != "sanction" or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        words = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "X would not hesitate to reverse the sanctions relief"
        words += [c for c in verb.children if c.dep_ == "nsubj"]
        for word in words:
            m = names.at(word)
            text = m.text if m is not None and m.type in (
                EntityType.COUNTRY, EntityType.PLACE, EntityType.ORGANIZATION) else word.text
            state = country_for_actor(text)
            if state:
                out.add(state)
    return out
