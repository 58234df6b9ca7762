"""The freed named in the sentence after: "A small man in a grey coat walked out of X across
the bridge on Tuesday. A, the engineer who ..., was met at the line by ...".

A story may open on someone it does not name ("a small man", "a frail woman") and name them
at once: the next sentence's subject is a person, told by name. A careful reader knows the
two are one: the release of the one unnamed person told first is that person's.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from dealwatch.document.context import ArticleContext, with_evidence
from dealwatch.model import EntityType, EventMention, EventType

# Words for one person told without a name: "a small man", "a frail woman".
_SOMEONE = frozenset({"man", "woman", "figure", "person", "prisoner", "boy", "girl"})


def named_next(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Releases of one unnamed person told by an indefinite subject, with the person the
    next sentence names as its subject."""
    out = []
    for m in mentions:
        if m.type == EventType.RELEASE and not m.persons and m.count in (None, 1):
            found = _named_after(ctx, m)
            if found is not None:
                name, k = found
                m = replace(m, persons=(name,), count=1,
                            context=with_evidence(m, ctx.evidence(ctx.sents[k])))
        out.append(m)
    return out


def _named_after(ctx: ArticleContext, m: EventMention) -> tuple[str, int] | None:
    k = ctx.sentence_index(m.evidence.start)
    if k + 1 >= len(ctx.sents) or not _opens_on_someone(ctx.sents[k]):
        return None
    sent = ctx.sents[k + 1]
    first = ctx.names.at(sent[0])
    if first is None or first.type != EntityType.PERSON:
        return None  # the next sentence opens on a person, named
    after = next((t for t in sent if ctx.names.at(t) is not first), None)
    if after is None or not (after.text == "," or after.pos_ in ("VERB", "AUX")):
        return None  # "A, the engineer who ...," / "A was met ..." (not "A's wife")
    return first.text, k + 1


def _opens_on_someone(sent: Span) -> bool:
    """ "A small man in a grey coat walked ...": the sentence opens on one person not named (an
    indefinite article, words that describe, a word for someone)."""
    words = [t for t in sent if not t.is_space]
    if not words or words[0].lower_ not in ("a", "an"):
        return False
    for t in words[1:5]:
        if t.lemma_.lower() in _SOMEONE and t.tag_ == "NN":
            return True
        if t.pos_ not in ("ADJ", "ADV", "PUNCT"):
            return False
    return False
