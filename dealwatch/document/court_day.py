"""The court that lets someone go is the court the sentence before told ruling on a day.

"On 3 May a court in Xtown found A guilty of fraud and gave him four years. As he had
served most of that in custody, the court let him go." The release gives no day of
its own, and the time frame does not carry a verdict's day (it dates another predicate); but
"the court" is the one that ruled, and a careful reader takes the ruling's day for the
release, and the court's state for its side ("a Yian court"). Only a definite "the court"
(or judge, tribunal) as the subject of the release, and a court that is the subject of a
sentence among the two before it in the same paragraph, with exactly one day in that
sentence: anything less certain leaves the mention as it was.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dealwatch.document.context import ArticleContext, with_evidence
from dealwatch.model import EntityType, EventMention, EventType, Precision, TimeExpr
from dealwatch.places import country_for_actor, country_of_demonym

COURTS = frozenset({"court", "judge", "tribunal"})
_BACK = 2  # sentences


def the_court_again(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Undated releases by "the court" take the day (and the state) of the court's ruling
    told just before (see above)."""
    if not ctx.dates or all(m.date is not None or m.type != EventType.RELEASE
                            for m in mentions):
        return mentions
    out = []
    for m in mentions:
        found = _ruling(ctx, m) if m.type == EventType.RELEASE and m.date is None and (
            not m.expected) else None
        if found is None:
            out.append(m)
            continue
        day, state, earlier = found
        out.append(replace(m, date=day, by=m.by or state,
                           context=with_evidence(m, ctx.evidence(earlier))))
    return out


def _ruling(ctx: ArticleContext, m: EventMention) -> tuple[TimeExpr, str | None, Span] | None:
    cue = ctx.cue_token(m)
    if cue is None or _definite_court(cue) is None:
        return None
    k = ctx.sentence_index(m.evidence.start)
    if ctx.dates_in(k):
        return None  # a time of its own, whatever it is
    paragraph = ctx.paragraph_of(ctx.sents[k].start_char)
    for j in range(k - 1, max(k - 1 - _BACK, -1), -1):
        earlier = ctx.sents[j]
        if ctx.paragraph_of(earlier.start_char) != paragraph:
            return None
        court = next((t for t in earlier if t.lemma_.lower() in COURTS
                      and t.dep_ in ("nsubj", "nsubjpass")), None)
        if court is None:
            continue
        days = ctx.dates_in(j)
        if len(days) != 1 or days[0].value is None or days[0].precision != Precision.DAY:
            return None
        return days[0], _state_of(ctx, court), earlier
    return None


def _definite_court(cue: Token) -> Token | None:
    """ "the court let him go", "the judge ordered his release": the subject of the cue's
    verb (or of the verb it is the object of), a court told with "the"."""
    for verb in (cue, cue.head):
        for c in verb.children:
            if c.dep_ == "nsubj" and c.lemma_.lower() in COURTS and any(
                    d.dep_ == "det" and d.lower_ == "the" for d in c.children):
                return c
        if verb.pos_ in ("VERB", "AUX") and verb.i != cue.i:
            break
    return None


def _state_of(ctx: ArticleContext, court: Token) -> str | None:
    """ "a Yian court", "a court in Ytown" (a place the country table knows)."""
    for c in court.children:
        if c.dep_ in ("amod", "compound"):
            home = country_of_demonym(c.text)
            if home is not None:
                return home
        if c.dep_ == "prep" and c.lower_ == "in":
            for place in c.children:
                m = ctx.names.at(place) if place.dep_ == "pobj" else None
                if m is not None and m.type == EntityType.COUNTRY:
                    return country_for_actor(m.text)
    return None
