"""People freed by one side and handed on by another, told in one sentence.

"The 30 Xians released by Yland reached the airport and were handed to their envoy by
Zland's officials": the participle says who freed them; the hand-over that follows is a step of
that release, done by a go-between, not a release of Zland's. A careful reader gives the
hand-over the side the participle names.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dealwatch.document.context import ArticleContext
from dealwatch.model import EventMention, EventType


def handed_on(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Releases of people a participle of their sentence tells freed by another side, with
    that side."""
    cues = {m.id: ctx.cue_token(m) for m in mentions if m.type == EventType.RELEASE and m.by}
    freed_by: dict[int, str] = {}  # the noun of the freed -> who the participle says freed
    for m in mentions:
        cue = cues.get(m.id)
        if cue is not None and m.by and cue.dep_ == "acl" and cue.tag_ == "VBN" and (
                cue.head.pos_ in ("NOUN", "PROPN", "NUM")):
            freed_by[cue.head.i] = m.by
    if not freed_by:
        return mentions
    out = []
    for m in mentions:
        cue = cues.get(m.id)
        subject = _subject(cue) if cue is not None and cue.pos_ in ("VERB", "AUX") else None
        first = freed_by.get(subject.i) if subject is not None else None
        out.append(replace(m, by=first) if first is not None and first != m.by else m)
    return out


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or, for a verb joined by "and" to another, that one's ("landed
    ... and were handed over")."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        found = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
    return None
