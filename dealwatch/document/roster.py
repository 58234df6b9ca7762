"""The freed an article names away from its release.

A release is told once ("X freed five foreigners on Friday") and its people are often named
elsewhere, in sentences that tell no release of their own (``told_freed`` reads them): what
followed it ("A landed in Y late on Friday", "B was flown to a hospital"), lists of the freed
("The Xians freed included C and D"), a heading over paragraphs that begin with names. A
careful reader puts them on the release told before: the nearest one that side can be (not
the state they came home to, the one that held them if the article says, not their own state
when two are told together), when it has room for them (no number, or a number larger than
the people it and its sentence name), its sentence did not name them and leave them out, and
the homecoming is dated no further than a few days from it. A list of the freed told before
the article's only release is that release's; one in an article that tells no release is a
release of its own.

``held_and_freed``: people the article tells as held by the one side that freed a number,
and not as held still, are of that number when it has room for all of them.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from dealwatch.document.context import ArticleContext, with_evidence
from dealwatch.document.groups import group_number, is_official, one_named, surname_key
from dealwatch.document.told_freed import STILL_HELD, ToldFreed, told_freed
from dealwatch.extract import lexicon as lx
from dealwatch.extract import mention_id
from dealwatch.extract.text import span_text
from dealwatch.model import EntityType, EventMention, EventType, Evidence, Status

# A homecoming a few days from the release may be its own: freed on Friday, home on Sunday.
_NEAR_DAYS = 4


def after_release(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Releases with the people the article tells as freed away from them (see above)."""
    releases = sorted((i for i, m in enumerate(mentions) if m.type == EventType.RELEASE
                       and not m.expected), key=lambda i: mentions[i].evidence.start)
    if not releases:
        return [*mentions, *_listed_releases(ctx)]
    told = [ctx.sentence_index(mentions[i].evidence.start) for i in releases]
    at: dict[int, list[int]] = {}  # sentence -> its releases
    for i, k in zip(releases, told, strict=True):
        at.setdefault(k, []).append(i)
    holders: dict[str, set[str]] = {}  # surname -> the sides the article says held them
    for h in ctx.held():
        for x in h.people:
            holders.setdefault(surname_key(x), set()).add(h.side)
    on_release = {surname_key(p) for i in releases for p in mentions[i].persons}
    named = _named_by_sentence(ctx)
    out = list(mentions)
    last: tuple[int, int] | None = None  # the sentence of the freed put on a release last
    for home in told_freed(ctx):
        people = [p for p in home.people if surname_key(p) not in on_release]
        if not people:
            continue
        held = {side for p in people for side in holders.get(surname_key(p), ())}
        def takes(i: int, many: int = len(people)) -> bool:
            if many > 1 and _of_one_named(ctx, out[i]):
                return False  # "they had freed A": no list of the freed is A's release
            room = _room(ctx, out[i], named)  # "freed him" is full with him: the people
            return room is None or room >= many  # told next went on another release

        chosen = _release_before(home, told, at, out, held, named, takes)
        only = releases[0] if len(releases) == 1 else None
        if chosen is None and only is not None and home.listed is not None and (
                home.sentence < told[0] and takes(only) and out[only].by != home.home
                and (not held or out[only].by in held)):
            chosen = only  # "Among those who came home were A and B. ... X freed
            # eleven on Friday": a list of the freed told before the article's one release
            # (not "A arrives in X": who comes before a release is often who negotiates it)
        if last is not None and home.sentence == last[0] + 1 and takes(last[1]):
            chosen = last[1]  # "Among those freed were A and B. C was flown to a hospital."
        if chosen is None:
            continue
        m = out[chosen]
        if _far(home.days, m, ctx):
            continue
        people = [p for p in people if p not in (m.by, m.to)]
        if not people:
            continue
        room = _room(ctx, m, named)
        if room is not None and len(people) > room:
            continue
        persons = (*m.persons, *people)
        count = len(persons) if m.count_named else m.count
        anchor = ctx.evidence(ctx.sents[home.sentence])
        # "X lets A go ... A left X on Sunday aboard a plane": the day they left is its day
        when = m.date if m.date is not None or home.departed is None else home.departed
        out[chosen] = replace(m, persons=persons, count=count, date=when,
                             context=with_evidence(m, anchor))
        on_release.update(surname_key(p) for p in people)
        last = (home.sentence, chosen)
    return out


def _listed_releases(ctx: ArticleContext) -> list[EventMention]:
    """An article that tells no release but lists the freed ("The Xians freed with him
    included A and B") tells one: of them, its side and day left to the other passes and
    to the articles it is merged with. Its day is the one its subject gives ("Among those
    freed on Friday were A and B", "Those who came home on Friday included A"), when that
    is one day."""
    out: list[EventMention] = []
    for told in told_freed(ctx):
        word = told.listed
        if word is None:
            continue
        days = [t for t in ctx.dates_in(told.sentence)
                if t.start < word.idx and t.calendar is not None]
        out.append(EventMention(
            id=mention_id(ctx.article.id, word.idx, EventType.RELEASE),
            document=ctx.article.id, type=EventType.RELEASE, status=Status.OCCURRED,
            evidence=ctx.evidence(ctx.sents[told.sentence]), cue=word.text,
            persons=told.people, date=days[0] if len(days) == 1 else None,
            by=_freed_by(ctx, told.sentence, word.i),
            count=_all_of(ctx, told.sentence, word.i, len(told.people))))
    return out


def _all_of(ctx: ArticleContext, k: int, before: int, listed: int) -> int | None:
    """ "The three freed on Monday were A, B and C": a subject that counts the people the
    list names (as many, or more than it names) is the number freed ("Among those freed ..."
    counts none)."""
    sent = ctx.sents[k]
    for tok in sent.doc[sent.start:before]:
        number = group_number(tok) if tok.dep_ in ("nsubj", "nsubjpass") else None
        if number is not None and number >= max(listed, 2):
            return number
    return None


def _freed_by(ctx: ArticleContext, k: int, before: int) -> str | None:
    """The side a list's subject names as freeing ("Among those freed by X on Monday were A
    and B"): the agent of a release participle before the list, a state or a body."""
    sent = ctx.sents[k]
    for tok in sent.doc[sent.start:before]:
        if tok.dep_ != "agent" or tok.head.lemma_.lower() not in lx.RELEASE_VERBS:
            continue
        for obj in (c for c in tok.children if c.dep_ == "pobj"):
            named = ctx.names.at(obj)
            if named is not None and named.type in (EntityType.COUNTRY,
                                                    EntityType.ORGANIZATION):
                return named.text
    return None


def held_and_freed(ctx: ArticleContext,
                   mentions: list[EventMention]) -> list[EventMention]:
    """A release of a number by one side, with the people the article tells as held by that
    side and not as still held: "X freed three foreigners on Friday. ... A, a businessman,
    was jailed in X in 2028. ... B, held in X since 2027, ..." A and B are of the three, when
    the release has room for all of them and the article tells no other release by X (the
    same release told twice, on one day, is one)."""
    named = _named_by_sentence(ctx)
    on_release = {surname_key(p) for m in mentions if m.type == EventType.RELEASE
                  for p in m.persons}
    by_side: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.type == EventType.RELEASE and m.by is not None and not m.expected:
            by_side.setdefault(m.by, []).append(i)
    out = list(mentions)
    for side, found in by_side.items():
        if len({_calendar(out[i]) for i in found}) != 1:
            continue  # releases by one side on two days: whose people is not said
        people: dict[str, Evidence] = {}
        for h in ctx.held():
            if h.side != side or _still_held(ctx, h.sentence):
                continue
            for p in h.people:
                if surname_key(p) not in on_release and not any(
                        surname_key(p) == surname_key(q) for q in people):
                    people.setdefault(p, ctx.evidence(ctx.sents[ctx.sentence_index(
                        h.sentence)]))
        for i in found:
            m = out[i]
            room = _room(ctx, m, named)
            wanted = [p for p in people if p not in (m.by, m.to)]
            if not wanted or room is None or len(wanted) > room:
                continue
            context = m.context
            for p in wanted:
                context = (*context, people[p]) if people[p] not in context and (
                    people[p] != m.evidence) else context
            out[i] = replace(m, persons=(*m.persons, *wanted), context=context)
            on_release.update(surname_key(p) for p in wanted)
            break
    return out


def _calendar(m: EventMention) -> str | None:
    return m.date.calendar if m.date is not None else None


def _still_held(ctx: ArticleContext, start: int) -> bool:
    """The sentence tells someone as held still: "remains in jail", "was left behind"."""
    sent = ctx.sentence_at(start)
    return sent is not None and STILL_HELD.search(span_text(sent)) is not None


def _room(ctx: ArticleContext, m: EventMention, named: dict[int, set[str]]) -> int | None:
    """How many more people a release of a stated number can take; its sentence's people
    count as taken: "freed one man, the reporter A" has no room left, whether or not the
    sentence's reading put A on it. A release of "him" or "her" has room for one. None: no
    stated number."""
    if m.count is None and _of_one(ctx, m):
        return 1 - len(m.persons)
    if m.count is None or m.count_named:
        return None
    there = named.get(ctx.sentence_index(m.evidence.start), set()) - {
        surname_key(x) for x in (m.by, m.to) if x}
    return m.count - len(there | {surname_key(p) for p in m.persons})


def _of_one(ctx: ArticleContext, m: EventMention) -> bool:
    """The release frees "him" or "her" ("Cuba said it released him"): one person."""
    cue = ctx.cue_token(m)
    return cue is not None and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in
                                   lx.ONE_PRONOUNS for c in cue.children)


def _of_one_named(ctx: ArticleContext, m: EventMention) -> bool:
    """The release frees one person named ("the rebels said they had freed Strand outside the
    deal"): a list of several told later is another release's (one more person may be
    freed with them: "X deported A. B was flown to Lima.")."""
    cue = ctx.cue_token(m)
    return cue is not None and (m.count is None or m.count_named) and any(
        c.dep_ in ("dobj", "nsubjpass") and one_named(c, ctx.names) for c in cue.children)


def _named_by_sentence(ctx: ArticleContext) -> dict[int, set[str]]:
    """The surnames of the people each sentence names, officials left out."""
    out: dict[int, set[str]] = {}
    for m in ctx.names.mentions:
        if m.type == EntityType.PERSON and not is_official(m.roles):
            out.setdefault(ctx.sentence_index(m.start), set()).add(surname_key(m.text))
    return out


def _release_before(home: ToldFreed, told: list[int], at_sentence: dict[int, list[int]],
                    mentions: list[EventMention], held: set[str],
                    named: dict[int, set[str]], takes: Callable[[int], bool]) -> int | None:
    """The release a homecoming follows: of the releases of the nearest sentence before it
    (or, if none of them can be it, of the one before that), the one side that can have freed
    them: not the state they came to, and the one that held them, if the article says. A
    release whose own sentence names them and did not take them is not theirs (that sentence
    was read whole: "A was back home, freed in a swap that also freed B"). A release with no
    room left for them ("freed him", told with him) is passed over."""
    k = bisect.bisect_left(told, home.sentence) - 1
    mine = {surname_key(p) for p in home.people}
    for step in (k, k - 1):
        if step < 0:
            return None
        if mine & named.get(told[step], set()):
            return None
        at = [i for i in at_sentence[told[step]] if takes(i)]
        if not at:
            continue
        fits = [i for i in at if mentions[i].by is None and len(at) == 1 or (
            mentions[i].by is not None and mentions[i].by != home.home and (
                not held or mentions[i].by in held))]
        if len(fits) > 1 and home.kin is not None:  # "the Xians freed": not X's release
            fits = [i for i in fits if mentions[i].by != home.kin]
        if len(fits) == 1:
            return fits[0]
        if fits:
            return None  # two releases told together that either could be
    return None


def _far(days: tuple[str, ...], m: EventMention, ctx: ArticleContext) -> bool:
    """A homecoming dated days away from the release (or, for a release of no day, long
    before the article): another time's."""
    told = m.date.calendar if m.date is not None else None
    ref = date.fromisoformat(told) if told is not None and len(told) == 10 else None
    if ref is None and told is None and ctx.article.published is not None:
        ref = ctx.article.published
    for day in days:
        if told is not None and day[:4] != told[:4]:
            return True
        if ref is not None and len(day) == 10 and abs(
                (date.fromisoformat(day) - ref).days) > _NEAR_DAYS:
            return True
    return False


