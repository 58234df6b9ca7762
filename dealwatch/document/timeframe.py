"""The article's time frame: a mention without a date of its own takes the frame's day.

A careful reader carries the day the text has set until the text moves. The frame is set by
a day on an event sentence ("The exchange took place on Friday evening", "on Monday night
eleven hostages were handed over"); in the lead, a reporting day sets it too ("Qatar said on
Monday that the truce had been extended"): the news peg. A day that dates another predicate
does not set it: an arrest, a sentence, a detention ("was detained on 26 February last year"),
a day inside a relative clause or a since/for phrase, or the day a later report appeared ("the
paper reported on Saturday", outside the lead).

A sentence that leaves the frame without giving a day keeps its mentions undated: a month or a
year of its own ("in 2022", "last month"), a pluperfect ("had been held"), or words that step
back ("earlier", "previously", "at the time"). Statements (promises and demands) take the
frame only from a day set in their own paragraph, with no sentence leaving the frame between:
what was said is less often said on the day of the lead; but a term of "the arrangement" or
"the deal" in an article whose lead reports what was said or announced on its own day ("X said
on Wednesday that ...") was agreed that day, whatever days come between. Nothing is
invented: with no frame, a mention stays undated.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span

from dealwatch.document.context import ArticleContext, derived_id, with_evidence
from dealwatch.document.deal_terms import (
    AGREEMENT_NOUNS,
    a_term,
    dates_a_deal,
    deal_told_before,
    signed,
    struck_at,
    told_in_the_present,
    under_the_deal,
)
from dealwatch.document.frame import (
    SAME_DAY,
    is_day,
    lead_paragraph,
    root_and_verb,
    steps_back,
)
from dealwatch.document.relative import counted_from_frame
from dealwatch.document.remention import FreedOn
from dealwatch.document.said import STATEMENTS, TALKS, said_at_the_talks, said_day
from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import describes_deal, governing_verb
from dealwatch.extract.asides import past_the_aside
from dealwatch.extract.calls import spoke_by_phone
from dealwatch.extract.other_times import (
    in_duration,
    says_who_was_freed,
    tells_someones_past,
)
from dealwatch.extract.shapes import told_later
from dealwatch.extract.standing import after_a_pluperfect
from dealwatch.extract.text import span_text
from dealwatch.extract.when import in_time_clause
from dealwatch.model import (
    TALKS_OF_A_DEAL,
    EventMention,
    EventType,
    Precision,
    Resolution,
    TimeExpr,
)

PEOPLE_EVENTS = (EventType.RELEASE, EventType.MEETING, EventType.CALL)  # not letters: written,
# they are dated by their own words
ALL_KINDS = frozenset(EventType)
# What "the same ..." can refer back to: an occasion with a day of its own.
OCCASIONS = frozenset({"statement", "address", "speech", "interview", "briefing", "call",
                       "meeting", "session", "conference", "communique", "decree", "post",
                       "broadcast", "appearance", "declaration", "letter", "day", "message",
                       "tweet", "remark", "video"})


@dataclass(frozen=True)
class _Frame:
    day: TimeExpr
    paragraph: int
    sentence: int
    kinds: frozenset[EventType]  # the events the day was set for (empty: none extracted)
    said: bool = False  # set by the day a report was made ("reported on Saturday")

    def covers(self, etype: EventType) -> bool:
        """A frame dates the kind of event it was set for; one set by a sentence without an
        event of ours ("The first exchange took place on Friday") dates what happens to
        people (releases, meetings, calls), not what a government decides about sanctions."""
        if etype in self.kinds:
            return True
        if etype in PEOPLE_EVENTS:  # a day set by what happened to people dates the others
            return not self.kinds or bool(self.kinds & set(PEOPLE_EVENTS))
        return etype in STATEMENTS and bool(self.kinds & set(STATEMENTS))


def each_day(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """ "two calls between A and B, on March 1 and April 20": a plural meeting or call with
    a list of days is one event on each day."""
    out: list[EventMention] = []
    for m in mentions:
        days = _listed_days(ctx, m) if m.type in TALKS and m.date is not None else []
        if len(days) < 2:
            out.append(m)
            continue
        for t in days:
            out.append(replace(m, id=derived_id(m.id, t.start), date=t))
    return out


def _listed_days(ctx: ArticleContext, m: EventMention) -> list[TimeExpr]:
    """The days coordinated with the mention's own day, when its cue is a plural noun."""
    cue = ctx.cue_token(m)
    if cue is None or cue.tag_ != "NNS" or m.date is None:
        return []
    own = ctx.doc.char_span(m.date.start, m.date.end, alignment_mode="expand")
    if own is None:
        return []
    heads = {own.root.i, *(c.i for c in own.root.children if c.dep_ == "conj")}
    days = []
    for t in ctx.dates:
        span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and span.root.i in heads and is_day(t):
            days.append(t)
    return days


def frame_dates(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Mentions dated by the article's time frame where their own sentence gives none."""
    undated = [m for m in mentions if m.date is None]
    if not undated or not ctx.dates:
        return mentions
    kinds: dict[int, set[EventType]] = {}
    for m in mentions:
        kinds.setdefault(ctx.sentence_index(m.evidence.start), set()).add(m.type)
    frames, lead_frame = _frames(ctx, kinds)
    lead = lead_paragraph(ctx)
    published = ctx.article.published
    # a lead reporting what was said or announced that day ("X said on Wednesday that ...")
    news = lead_frame if lead_frame is not None and lead_frame.said and published is not None and (
        (lead_frame.day.value or "")[:10] == published.isoformat()) else None
    # the talks told with a day, its year known or not ("on Feb. 12" in an undated article)
    heard = [m for m in mentions if m.type in TALKS and m.date is not None
             and m.date.precision == Precision.DAY and len((m.date.value or "")[:10]) == 10]
    # the talks a sentence tells off the day it gives ("A and B spoke by phone the day after
    # the visit, and on Tuesday C sat down with D"): a later one of that kind is not of it
    told_days: dict[tuple[int, EventType], set[str | None]] = {}
    for m in mentions:
        if m.type in TALKS:
            key = (ctx.sentence_index(m.evidence.start), m.type)
            told_days.setdefault(key, set()).add(m.date.value if m.date else None)
    freed_on = FreedOn(mentions)
    reached = _deal_reached(ctx)
    out = []
    for m in mentions:
        if m.what == TALKS_OF_A_DEAL or _standing(ctx, m) or m.expected:  # the talks came
            out.append(m)  # before the deal the frame dates; a standing condition and a
            continue  # release still to come have no day
        said = said_day(ctx, m, heard) if m.date is None and m.type in STATEMENTS else None
        if said is not None:  # "Speaking on Monday, X said A must be freed"
            out.append(replace(m, date=said))
            continue
        deal_day = reached or news or (lead_frame if lead_frame is not None and (
            EventType.PROMISE in lead_frame.kinds) else None)
        if deal_day is not None and m.date is None and (under_the_deal(ctx, m) or (
                told_in_the_present(ctx, m))):
            # "Under the arrangement, X has agreed to free 53": a term of the deal the
            # article is the news of, agreed on the day its lead tells (the lead reporting
            # it, or telling the agreement itself: "ended talks on Monday with an agreement")
            out.append(replace(m, date=deal_day.day, context=with_evidence(
                m, ctx.evidence(ctx.sents[deal_day.sentence]))))
            continue
        told = deal_told_before(ctx, m) if m.date is None and deal_day is None else None
        if told is not None:  # "... a deal reached last month. Under it, X undertook to"
            out.append(replace(m, date=told[0], context=with_evidence(
                m, ctx.evidence(ctx.sents[told[1]]))))
            continue
        again = freed_on.day_of(ctx, m)
        if again is not None:  # a release told again by the people it freed
            out.append(replace(m, date=again[0], context=with_evidence(m, again[1])))
            continue
        found = frames.get(ctx.sentence_index(m.evidence.start)) if m.date is None and not (
            _described(ctx, m)) and not _stepped_back(ctx, m) else None
        if found is not None and not found[0].covers(m.type) and not (
                m.type in STATEMENTS and _news_of_the_day(ctx, m, found[0], lead)) and not (
                _agreed_there(ctx, m, found[0])) and not signed(m) and not struck_at(ctx, m):
            found = None  # (a declaration signed is an act done that day, as a meeting is)
        if found is not None and m.type in STATEMENTS and not found[1] and not (
                found[0].paragraph == lead and a_term(ctx, m)) and not (
                _news_of_the_day(ctx, m, found[0], lead)):
            found = None  # a statement takes only its own paragraph's day (or the lead's,
            # for the terms of the arrangement the lead reports)
        if found is None or _before_or_after(ctx, m) or any(
                d != found[0].day.value for d in told_days.get((found[0].sentence, m.type), ())):
            out.append(m)
            continue
        frame = found[0]
        anchor = ctx.evidence(ctx.sents[frame.sentence])
        counted = counted_from_frame(ctx, m, frame.day)  # "a day after the release": the
        out.append(replace(m, date=counted or frame.day,  # day before the frame's
                           context=with_evidence(m, anchor)))
    return said_at_the_talks(ctx, out)


def _stepped_back(ctx: ArticleContext, m: EventMention) -> bool:
    """The cue is a noun in a pluperfect after-clause ("was killed soon after he had won the
    release of A"): before the frame's time, not on its day."""
    cue = ctx.cue_token(m)
    return cue is not None and after_a_pluperfect(cue)


def _news_of_the_day(ctx: ArticleContext, m: EventMention, frame: _Frame, lead: int) -> bool:
    """The lead tells the news of the day the article appeared ("A court on Tuesday
    sentenced ..." in Tuesday's paper): the demands it reports after it in reaction, with no
    day of their own and no step away, were made that day (not one told "hours later" than
    something else the article told), and so were the promises someone is told saying. A
    term of an arrangement ("has undertaken to", "under the deal X will") may be older, and
    keeps to its own paragraph's day. (``news_day.reactions_of_the_day`` reads the same for
    demands where the lead's day sets no frame: a verdict, a seizure.)"""
    published = ctx.article.published
    sent = ctx.sentence_at(m.evidence.start)
    said = m.type == EventType.DEMAND or (m.type == EventType.PROMISE and _said_in_reaction(ctx, m))
    return said and published is not None and frame.paragraph == lead and (
        (frame.day.value or "")[:10] == published.isoformat()) and (
        sent is None or not SAME_DAY.search(span_text(sent)))


def _said_in_reaction(ctx: ArticleContext, m: EventMention) -> bool:
    """A promise someone is told saying ("X said Chile would do everything ..."), not a term
    of an arrangement ("X has undertaken to ...", "under the deal X will ...")."""
    cue = ctx.cue_token(m)
    if cue is None or a_term(ctx, m):
        return False
    return any(a.lemma_.lower() in lx.REPORTING_VERBS for a in (cue, *cue.ancestors)) and not any(
        t.lemma_.lower() in lx.DEAL_WORDS for a in (cue, *cue.ancestors) for p in a.children
        if p.dep_ == "prep" and p.lower_ in ("under", "in") for t in p.children)


def _deal_reached(ctx: ArticleContext) -> _Frame | None:
    """The one day the article tells a deal made on ("the accord was struck on Monday",
    "signed the accord on Monday"): its terms were agreed then, whatever day the news of it
    came out. Not a day a deal was announced or reported; two days, and none is taken."""
    days: dict[str, TimeExpr] = {}
    for t in ctx.dates:
        found = root_and_verb(ctx, t) if is_day(t) and t.value else None
        if found is None or found[1].lemma_.lower() in lx.REPORTING_VERBS:
            continue
        if t.value and dates_a_deal(ctx, t):
            days.setdefault(t.value, t)
    if len(days) != 1:
        return None
    day = next(iter(days.values()))
    k = ctx.sentence_index(day.start)
    return _Frame(day, ctx.paragraph_of(day.start), k, frozenset({EventType.PROMISE}))


def _agreed_there(ctx: ArticleContext, m: EventMention, frame: _Frame) -> bool:
    """ "The two ministers met in Lima on Monday. They agreed to exchange all prisoners.": what
    the sentence right after dated talks says the sides agreed, they agreed at those talks;
    so too what one of them said "speaking to" the others there."""
    cue = ctx.cue_token(m)
    if not (m.type in STATEMENTS and bool(frame.kinds & set(TALKS)) and cue is not None
            and ctx.sentence_index(m.evidence.start) == frame.sentence + 1
            and ctx.paragraph_of(m.evidence.start) == frame.paragraph):
        return False
    if m.type == EventType.PROMISE and cue.lemma_.lower() == "agree":
        return True
    # "A met the families on Sunday. Speaking to them, he pledged ...": said at the talks by
    # one of their people, told by a pronoun in the sentence right after
    return cue.sent[0].lower_ == "speaking" and any(
        c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in cue.children)


def _described(ctx: ArticleContext, m: EventMention) -> bool:
    """A release told only as a participle saying who people are ("The Americans freed by X
    stepped off the plane on Tuesday", "the president received the freed hostages"): the
    frame's day is their homecoming's or their welcome's, not when they were freed."""
    cue = ctx.cue_token(m)
    return m.type == EventType.RELEASE and cue is not None and says_who_was_freed(cue)


def _standing(ctx: ArticleContext, m: EventMention) -> bool:
    """ "a step Washington has set as a precondition": a statement in a present-perfect
    relative clause describes a standing position, not words said on a day."""
    cue = ctx.cue_token(m)
    return (m.type in STATEMENTS and cue is not None and cue.dep_ == "relcl"
            and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in cue.children))


def _before_or_after(ctx: ArticleContext, m: EventMention) -> bool:
    """ "X frees two after envoys meet Y": what an after- or before-clause tells happened on
    another day than the frame's event (hours apart is the same day)."""
    cue = ctx.cue_token(m)  # a clause; not "a statement released after the meeting"
    if cue is not None and told_later(cue):
        return True  # "32 men eventually came home": some time after the frame's day
    if cue is not None and m.type in TALKS and cue.dep_ == "pobj" and cue.head.lower_ in (
            "after", "following") and cue.head.head.pos_ == "VERB" and (
            cue.head.head.dep_ not in ("acl", "relcl")):
        return True  # "X pardons two reporters after talks with Y": the talks came before
    return cue is not None and not SAME_DAY.search(span_text(cue.sent)) and in_time_clause(
        cue, cue.sent.root)


def _frames(ctx: ArticleContext, kinds: dict[int, set[EventType]]
            ) -> tuple[dict[int, tuple[_Frame, bool]], _Frame | None]:
    """For each sentence that takes the frame: the frame, and whether it was set in the same
    paragraph with no step away between (statements need that); and the first frame the
    lead sets."""
    lead = lead_paragraph(ctx)
    sents = ctx.sents
    frame: _Frame | None = None
    lead_frame: _Frame | None = None  # the first frame the lead sets
    clean = True  # no sentence left the frame since it was set in this paragraph
    kept = True  # no sentence left the frame since it was set (in whatever paragraph)
    out: dict[int, tuple[_Frame, bool]] = {}
    for k, sent in enumerate(sents):
        para = ctx.paragraph_of(sent.start_char)
        if frame is not None and para != frame.paragraph:
            clean = False
        # a date in a clause about someone's past ("women seized in the October attack", "a
        # reservist detained in August") neither sets nor leaves the frame
        own = [t for t in ctx.dates_in(k) if not tells_someones_past(ctx.doc, t)]
        day = _frame_day(ctx, sent, own, para == lead)
        if day is not None and frame is not None and para != lead and not frame.said and (
                _looks_back(ctx, sent, day, frame.day)):
            clean = False  # "A, pardoned on Tuesday, was among those handed over": a day
            continue  # before the frame's, told in passing, dates its own sentence only
        if day is not None:
            told = set(kinds.get(k, ())) or set(PEOPLE_EVENTS)
            if any(t.lemma_.lower() in AGREEMENT_NOUNS for t in sent):
                told.add(EventType.PROMISE)  # a dated deal: the terms told next were agreed then
            frame, clean, kept = _Frame(day, para, k, frozenset(told),
                                        said=para == lead and _reported(ctx, day)), True, True
            if para == lead and lead_frame is None:
                lead_frame = frame
            if (para == lead and _reported(ctx, day)) or _announces_event(ctx, day):
                # "said on Friday that it had completed a swap" in the lead; "announced the
                # releases on Saturday" anywhere: the event is told as happening then
                out[k] = (frame, clean)
            continue
        if not own and _question_heading(ctx, sent):
            frame = None  # "And the critics?": an explainer's next question starts afresh
            continue
        dated = any(not _in_modifier(ctx, t) for t in own)  # a time of the sentence's own
        # (not a year of "a skipper jailed there since 2019")
        same = None if dated else _same_occasion(ctx, k, out, lead_frame)
        if same is not None:
            out[k] = (same, True)  # "In the same statement Baku promised ..."
            continue
        if dated or steps_back(sent):
            clean = kept = False
            if frame is not None and para != frame.paragraph and _moves_on(ctx, own, frame):
                frame = None  # "On October 9 a storm sank ..." months after the frame's
                # day, in a later paragraph: the story has moved on past the frame's day
            continue
        if frame is not None:
            if SAME_DAY.search(span_text(sent)):  # "Hours later the Treasury issued ...": any
                # event, a statement too in a later paragraph ("Within hours X demanded
                # the crew's release"), told right on from the frame's day with nothing leaving it
                out[k] = (replace(frame, kinds=ALL_KINDS), clean or kept)
            else:
                out[k] = (frame, clean)
    if lead_frame is not None:
        _headline_takes_the_lead(ctx, out, lead, lead_frame)
    return out, lead_frame


def _moves_on(ctx: ArticleContext, own: list[TimeExpr], frame: _Frame) -> bool:
    """A date of the sentence's own (not of a description, not a report's day, not still to
    come when the article appeared) later than the frame's day and not within it: "The first
    offer came on 12 March. ... On October 9 a storm sank a trawler ...": what follows is no
    longer of 12 March."""
    after = (frame.day.calendar or "")[:10]
    if len(after) < 10:
        return False
    out = ctx.article.published
    for t in own:
        when = (t.calendar or "")[:10]
        if not when[:4].isdigit() or _in_modifier(ctx, t) or _reported(ctx, t):
            continue
        if out is not None and when > out.isoformat():
            continue
        if when > after and not after.startswith(when):
            return True
    return False


def _looks_back(ctx: ArticleContext, sent: Span, day: TimeExpr, frame: TimeExpr) -> bool:
    """A day before the frame's, not put first in its sentence ("X was pardoned on Tuesday
    and ..." after a lead on Thursday): a look back in passing, which does not move the
    frame; a day put first ("On Tuesday, ...") moves the story to it. (Not after a lead that
    tells only when something was reported, "X reported on Saturday": the body's days are
    the story's.)"""
    if (day.calendar or "") >= (frame.calendar or "") or _announces_event(ctx, day) or (
            dates_a_deal(ctx, day)):
        return False  # "announced the releases on Saturday"; a dated deal, whose terms
        # the next sentences tell (not "the first hint of a deal on Monday")
    span = ctx.doc.char_span(day.start, day.end, alignment_mode="expand")
    if span is None:
        return False
    root = sent.root
    opens = sent.start == 0 or (
        ctx.paragraph_of(ctx.doc[sent.start - 1].idx) != ctx.paragraph_of(sent.start_char))
    if day.resolution == Resolution.EXPLICIT and governing_verb(span.root).i == root.i and (
            not steps_back(sent)) and opens:
        return False  # "That admission came on May 3, 2029." opening a paragraph, its day
        # written in full: the story moves to that day (not "A was pardoned on Tuesday")
    subjects = [c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    first = min([root.i, *subjects])
    return span.start > first


def _same_occasion(ctx: ArticleContext, k: int, framed: dict[int, tuple[_Frame, bool]],
                   lead: _Frame | None) -> _Frame | None:
    """ "In the same address he said ...": the day of the address told before, its own or,
    told with none, the day of the frame it was told in (``framed``: the sentences before
    ``k`` that took one), else the day the lead set (the news of the day)."""
    sent = ctx.sents[k]
    nouns = [t.lemma_.lower() for t in sent
             if t.lower_ == "same" and t.head.lemma_.lower() in OCCASIONS
             for t in (t.head,)]
    if not nouns:
        return None
    # the occasion told by the same word, else by another word for an occasion ("the same
    # address" after "a televised appearance on Monday"); a statement, also by the verb that
    # made it ("the same statement" after "the two governments announced on Thursday")
    made = frozenset(v for n in nouns for v in _MADE_BY_VERB.get(n, ()))
    for words in (set(nouns), OCCASIONS):
        for j in range(k - 1, -1, -1):
            earlier = ctx.sents[j]
            if not any(t.lemma_.lower() in words or t.pos_ == "VERB" and (
                    t.lemma_.lower() in made) for t in earlier):
                continue
            days = [t for t in ctx.dates_in(j) if is_day(t)]
            if len(days) == 1:
                return _Frame(days[0], ctx.paragraph_of(earlier.start_char), j, ALL_KINDS)
            at = framed[j][0] if j in framed else lead
            if not days and at is not None:  # "X said in a statement that ...", no day of
                return replace(at, kinds=ALL_KINDS)  # its own: the story's day, or the lead's
            break
    return None


# Occasions a text may tell by the verb that made them: "announced on Thursday that ...
# In the same statement ...", "wrote on Twitter on Thursday ... In the same message ...".
_STATED = ("announce", "declare", "state")
_WRITTEN = ("write", "post", "tweet")
_MADE_BY_VERB: dict[str, tuple[str, ...]] = {
    "statement": _STATED, "announcement": _STATED, "declaration": _STATED,
    "communique": _STATED, "message": _WRITTEN, "tweet": _WRITTEN, "post": _WRITTEN}


def _headline_takes_the_lead(ctx: ArticleContext, out: dict[int, tuple[_Frame, bool]],
                             lead: int, first: _Frame) -> None:
    """A headline tells the story of its lead: the sentences before the lead paragraph take
    the first frame the lead sets (not a later one), what they say included ("X agrees to
    free three" over "X said on Tuesday it would free three ...") when the lead tells it."""
    said = ctx.sents[first.sentence]
    for k, sent in enumerate(ctx.sents):
        if ctx.paragraph_of(sent.start_char) >= lead:
            break
        told = {t.lemma_.lower() for t in sent} & {t.lemma_.lower() for t in said}
        # what both name ("Lima and Quito drop their sanctions" over "Peru and Ecuador
        # lifted the sanctions ... on Friday"): the lead's day is that act's,
        # whatever the lead's own sentence was read to tell
        frame = replace(first, kinds=ALL_KINDS) if told & _ACT_NOUNS else first
        out.setdefault(k, (frame, True))


# The nouns that name a government's act in a headline and in its lead (a release, a
# meeting or a call the lead's day dates already: its frame covers what happens to people).
_ACT_NOUNS = lx.SANCTION_NOUNS


def _question_heading(ctx: ArticleContext, sent: Span) -> bool:
    """A question standing as a paragraph of its own ("What happened?", "And the critics?"):
    a heading of a question-and-answer explainer."""
    if "?" not in sent[-1].text and (len(sent) < 2 or "?" not in sent[-2].text):
        return False
    text = span_text(sent).strip()
    para = ctx.paragraph_of(sent.start_char)
    return (text.endswith("?") and len(text.split()) <= 12
            and ctx.paragraph_of(sent.end_char - 1) == para
            and (sent.start == 0 or ctx.paragraph_of(sent.doc[sent.start - 1].idx) != para))


def _frame_day(ctx: ArticleContext, sent: Span, own: list[TimeExpr],
               in_lead: bool) -> TimeExpr | None:
    """The day a sentence sets as the frame, if it sets one."""
    days = [t for t in own if is_day(t)]
    # "a week after" with nothing to count from has no place; a month or a year a stretch
    # is measured from ("the largest release since the autumn of 2020") is no other time
    placed = [t for t in own if t.value and (is_day(t) or not _bounds_a_stretch(ctx, t)
                                             and not _in_modifier(ctx, t))]
    # (nor a month or a year of a clause describing someone: "the men of the brigade that
    # landed twenty months ago came home today")
    if not days or len(days) != len(placed):
        return None  # no day, or a day beside a month or a year: the sentence is not simple
    out = ctx.article.published
    for t in days:
        found = root_and_verb(ctx, t)
        if found is None or (out is not None and (t.calendar or "") > out.isoformat()):
            continue  # a day still to come when the report appeared frames nothing told done
        root, verb = found
        lemma = verb.lemma_.lower()
        # A relative clause's day ("an arrangement the cabinet approved on Wednesday") sets
        # the frame for the sentences after it, which go on to tell that arrangement; it
        # never dated its own sentence's event (extract's pick_date sees to that).
        if lemma in lx.BACKGROUND_VERBS or in_duration(root) or describes_deal(verb):
            continue  # "the exchange agreed last Thursday" dates the deal, not what follows
        if lemma in lx.REPORTING_VERBS and not in_lead and not _announces_event(ctx, t) and (
                not spoke_by_phone(verb)):  # (not "A and B spoke by phone on Tuesday": a call)
            continue  # the day a report appeared, not the day of what it reports
        return t
    return None


def _bounds_a_stretch(ctx: ArticleContext, t: TimeExpr) -> bool:
    """The date is where a stretch of time starts or ends ("since the autumn of 2020")."""
    found = root_and_verb(ctx, t)
    return found is not None and in_duration(found[0])


def _in_modifier(ctx: ArticleContext, t: TimeExpr) -> bool:
    """A date inside a clause or apposition that describes a noun ("A, the diplomat serving 20
    years for a plot in 2018, was handed over"): it dates that description, not the sentence,
    which stays in the frame."""
    found = root_and_verb(ctx, t)
    if found is None:
        return False
    root = found[0]
    sent_root = root.sent.root
    for tok in (root, *root.ancestors):
        if tok.i == sent_root.i:
            return False
        if tok.dep_ in ("appos", "relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return root.i not in past_the_aside(tok)  # (not past the aside's closing comma)
    return False


def _announces_event(ctx: ArticleContext, t: TimeExpr) -> bool:
    """The day of a reporting verb whose object is the event itself ("announced the
    releases on Saturday", "confirmed the exchange on Monday", "announced a trade")."""
    found = root_and_verb(ctx, t)
    if found is None or found[1].lemma_.lower() not in lx.REPORTING_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lx.RELEASE_NOUNS | lx.SWAPS
               for c in found[1].children)


def _reported(ctx: ArticleContext, t: TimeExpr) -> bool:
    """The day belongs to a reporting verb ("said on Friday that ...")."""
    found = root_and_verb(ctx, t)
    return found is not None and found[1].lemma_.lower() in lx.REPORTING_VERBS


