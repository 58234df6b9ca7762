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
what was said is less often said on the day of the lead. Nothing is invented: with no frame,
a mention stays undated.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dealwatch.document.context import ArticleContext
from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import describes_deal, governing_verb
from dealwatch.extract.text import span_text
from dealwatch.extract.when import in_duration, in_time_clause
from dealwatch.model import TALKS_OF_A_DEAL, EventMention, EventType, Precision, TimeExpr

STATEMENTS = (EventType.PROMISE, EventType.DEMAND)
PEOPLE_EVENTS = (EventType.RELEASE, EventType.MEETING, EventType.CALL)  # not letters: written,
# they are dated by their own words
SPLIT_TYPES = (EventType.MEETING, EventType.CALL)
# Predicates whose day belongs to the background of an exchange, never to the exchange.
BACKGROUND_VERBS = frozenset(
    {"arrest", "detain", "sentence", "convict", "jail", "imprison", "charge", "indict",
     "seize", "abduct", "kidnap", "try", "bear", "die", "kill", "hold", "capture", "accuse",
     "plead", "extradite", "find", "expel", "elect", "inaugurate", "invade", "attack"}
)
STEP_BACK = re.compile(
    r"\b((?<!hours )(?<!minutes )earlier|previously|at the time|before that|back then|"
    r"in the past|years? ago|months? ago|weeks? ago|"
    r"last (?:year|month|week|summer|spring|autumn|fall|winter)|"
    r"since (?:then|20\d\d|19\d\d)|a year before|once again)\b",
    re.IGNORECASE,
)
ALL_KINDS = frozenset(EventType)
# What "the same ..." can refer back to: an occasion with a day of its own.
OCCASIONS = frozenset({"statement", "address", "speech", "interview", "briefing", "call",
                       "meeting", "session", "conference", "communique", "decree", "post",
                       "broadcast", "appearance", "declaration", "letter", "day"})
# What a statement is also told by: the verb that made it ("On Thursday the governments
# announced that ...", then "In the same statement ...").
STATED = frozenset({"statement", "communique", "declaration", "announcement"})
STATING_VERBS = frozenset({"announce", "declare", "state", "issue", "publish"})  # not "release":
# prisoners are released more often than statements
# Verbs of telling someone face to face or on the line: "told Y that", "assured Y he was".
TELLING_VERBS = frozenset({"tell", "assure", "promise", "inform", "reassure"})
SAME_DAY = re.compile(r"\b(hours|minutes) (earlier|later|before|after)\b", re.IGNORECASE)
LEAD_MIN_WORDS = 12  # a lead is a paragraph of prose, not a headline, byline or dateline
AGREEMENT_NOUNS = frozenset({"deal", "agreement", "arrangement", "accord", "truce", "ceasefire",
                             "statement", "pact", "understanding", "declaration", "memorandum"})


@dataclass(frozen=True)
class _Frame:
    day: TimeExpr
    paragraph: int
    sentence: int
    kinds: frozenset[EventType]  # the events the day was set for (empty: none extracted)

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
        days = _listed_days(ctx, m) if m.type in SPLIT_TYPES and m.date is not None else []
        if len(days) < 2:
            out.append(m)
            continue
        for t in days:
            key = f"{m.id}:{t.start}".encode()
            out.append(replace(m, id=hashlib.sha1(key).hexdigest()[:12], date=t))
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
    frames = _frames(ctx, kinds)
    # the talks told with a day, its year known or not ("on Feb. 12" in an undated article)
    heard = [m for m in mentions if m.type in SPLIT_TYPES and m.date is not None
             and m.date.precision == Precision.DAY and len((m.date.value or "")[:10]) == 10]
    # the talks a sentence tells off the day it gives ("A and B spoke by phone the day after
    # the visit, and on Tuesday C sat down with D"): a later one of that kind is not of it
    told_days: dict[tuple[int, EventType], set[str | None]] = {}
    for m in mentions:
        if m.type in SPLIT_TYPES:
            key = (ctx.sentence_index(m.evidence.start), m.type)
            told_days.setdefault(key, set()).add(m.date.value if m.date else None)
    out = []
    for m in mentions:
        if m.what == TALKS_OF_A_DEAL or _standing(ctx, m) or m.expected:  # the talks came
            out.append(m)  # before the deal the frame dates; a standing condition and a
            continue  # release still to come have no day
        said = (_said_on(ctx, m) or _told_in_talks(ctx, m, heard) or _lead_says(ctx, m)
                or _same_speaker(ctx, m) if m.date is None and m.type in STATEMENTS else None)
        if said is not None:  # "Speaking on Monday, X said A must be freed"
            out.append(replace(m, date=said))
            continue
        found = frames.get(ctx.sentence_index(m.evidence.start)) if m.date is None else None
        if found is not None and not found[0].covers(m.type):
            found = None
        if found is not None and m.type in STATEMENTS and not found[1]:
            found = None  # a statement takes only its own paragraph's day
        if found is None or _before_or_after(ctx, m) or any(
                d != found[0].day.value for d in told_days.get((found[0].sentence, m.type), ())):
            out.append(m)
            continue
        frame = found[0]
        anchor = ctx.evidence(ctx.sents[frame.sentence])
        context = m.context if anchor == m.evidence or anchor in m.context else (
            *m.context, anchor)
        out.append(replace(m, date=frame.day, context=context))
    return _said_at_the_talks(ctx, out)


def _said_at_the_talks(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """ "In a statement released after the meeting, X said ...": a statement told in the
    sentence of a meeting or call takes its day."""
    days = {ctx.sentence_index(m.evidence.start): m.date for m in mentions
            if m.type in SPLIT_TYPES and m.date is not None and is_day(m.date)}
    if not days:
        return mentions
    return [replace(m, date=days[k]) if m.type in STATEMENTS and m.date is None
            and (k := ctx.sentence_index(m.evidence.start)) in days else m for m in mentions]


def _said_on(ctx: ArticleContext, m: EventMention) -> TimeExpr | None:
    """The day of the words a statement is told in: a day on the reporting verb (or the
    "speaking" beside it) whose clause holds the statement."""
    cue = ctx.cue_token(m)
    sent = ctx.sentence_of(m)
    if cue is None or sent is None:
        return None
    for t in ctx.dates:
        if not (sent.start_char <= t.start < sent.end_char and is_day(t)):
            continue
        found = _root_and_verb(ctx, t)
        if found is None or found[1].lemma_.lower() not in lx.REPORTING_VERBS:
            continue
        speaker = _speaking(found[1])
        if cue.i == speaker.i or speaker.is_ancestor(cue):
            return t
    return None


def _speaking(verb: Token) -> Token:
    """The verb whose words a day dates: "Speaking on Monday, X said": "said"."""
    return verb.head if verb.dep_ == "advcl" else verb


def _same_person(a: str, b: str) -> bool:
    """Two written names of one person, one of them maybe the surname alone."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _same_speaker(ctx: ArticleContext, m: EventMention) -> TimeExpr | None:
    """ "Speaking at his news conference on Monday, spokesman X said ... He then restated the
    terms: ..., X said": what a speaker says next in the paragraph where his words were
    dated was said on that occasion."""
    if m.by is None:
        return None
    para = ctx.paragraph_of(m.evidence.start)
    elsewhere: set[str | None] = set()  # the days of the speaker's words in other paragraphs
    first: TimeExpr | None = None
    for t in ctx.dates:
        if t.start >= m.evidence.start or not is_day(t) or not _speaks(ctx, t, m.by):
            continue
        if ctx.paragraph_of(t.start) == para:
            return t
        elsewhere.add(t.value)
        first = first or t
    # "President X announced the news the same day ... [the background] ... X said Russia
    # was treating the case differently and promised ...": told plainly in the past, words of
    # a speaker whose words the article dates on one day only were said that day
    if len(elsewhere) == 1 and _said_plainly(ctx, m):
        return first
    return None


def _speaks(ctx: ArticleContext, t: TimeExpr, who: str) -> bool:
    """Whether the day ``t`` dates words of ``who`` ("X said on Monday", "Speaking on Monday,
    X said")."""
    found = _root_and_verb(ctx, t)
    if found is None:
        return False
    speaker = _speaking(found[1])
    if speaker.lemma_.lower() not in lx.REPORTING_VERBS:
        return False
    for subject in speaker.children:
        named = ctx.names.at(subject) if subject.dep_ == "nsubj" else None
        if named is not None and (named.text == who or named.text.endswith(" " + who)):
            return True
    return False


def _said_plainly(ctx: ArticleContext, m: EventMention) -> bool:
    """The statement is told by a reporting verb in the simple past ("X said ...", "X
    promised ..."), in a sentence that does not step back in time."""
    cue = ctx.cue_token(m)
    if cue is None or _steps_back(ctx.sents[ctx.sentence_index(m.evidence.start)]):
        return False
    # the verb that tells the words: a reporting verb above the cue, or the cue ("promised")
    verb = next((a for a in reversed((cue, *cue.ancestors))
                 if a.lemma_.lower() in lx.REPORTING_VERBS), cue)
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)


def _standing(ctx: ArticleContext, m: EventMention) -> bool:
    """ "a step Washington has set as a precondition": a statement in a present-perfect
    relative clause describes a standing position, not words said on a day."""
    cue = ctx.cue_token(m)
    return (m.type in STATEMENTS and cue is not None and cue.dep_ == "relcl"
            and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in cue.children))


def _lead_says(ctx: ArticleContext, m: EventMention) -> TimeExpr | None:
    """ "Iran says it is ready to ... [lead]. Speaking at his news conference on Monday, its
    spokesman said ...": what the lead says in the present is the news of the words the next
    paragraph tells with their day."""
    cue = ctx.cue_token(m)
    lead = _lead_paragraph(ctx)
    if cue is None or ctx.paragraph_of(m.evidence.start) != lead:
        return None
    verbs = [a for a in (cue, *cue.ancestors) if a.lemma_.lower() in lx.REPORTING_VERBS]
    if not verbs or verbs[0].tag_ not in ("VBZ", "VBP"):
        return None
    for t in ctx.dates:
        para = ctx.paragraph_of(t.start)
        if para <= lead:
            continue
        if para > lead + 2:  # the paragraph after the lead (a blank line counts as one)
            return None
        found = _root_and_verb(ctx, t)
        if found is not None and is_day(t) and found[1].lemma_.lower() in lx.REPORTING_VERBS:
            return t
    return None


def _told_in_talks(ctx: ArticleContext, m: EventMention,
                   talks: list[EventMention]) -> TimeExpr | None:
    """ "X raised the case with Y by telephone on Wednesday. He told Y that A had to be
    freed", "X assured Y he was ready to ...": what one tells the other side of a call or
    meeting the article told before was said in it, on its day (when it told one such day)."""
    cue = ctx.cue_token(m)
    if cue is None:
        return None
    told = [c for a in (cue, *cue.ancestors) if a.lemma_.lower() in TELLING_VERBS
            for c in a.children if c.dep_ in ("dobj", "dative")]
    heard = {n.text for c in told for n in (ctx.names.at(c),) if n is not None}
    days = {t.date.value: t.date for t in talks
            if t.date is not None and t.evidence.start < m.evidence.start
            and any(_same_person(p, h) for p in t.participants for h in heard)}
    return next(iter(days.values())) if len(days) == 1 else None


def _before_or_after(ctx: ArticleContext, m: EventMention) -> bool:
    """ "X frees two after envoys meet Y": what an after- or before-clause tells happened on
    another day than the frame's event (hours apart is the same day)."""
    cue = ctx.cue_token(m)  # a clause; not "a statement released after the meeting"
    return cue is not None and not SAME_DAY.search(span_text(cue.sent)) and in_time_clause(
        cue, cue.sent.root)


def _frames(ctx: ArticleContext,
            kinds: dict[int, set[EventType]]) -> dict[int, tuple[_Frame, bool]]:
    """For each sentence that takes the frame: the frame, and whether it was set in the same
    paragraph with no step away between (statements need that)."""
    lead = _lead_paragraph(ctx)
    by_sentence: dict[int, list[TimeExpr]] = {}
    k = 0
    sents = ctx.sents
    for t in ctx.dates:
        while k < len(sents) and sents[k].end_char <= t.start:
            k += 1
        if k < len(sents):
            by_sentence.setdefault(k, []).append(t)
    frame: _Frame | None = None
    lead_frame: _Frame | None = None  # the first frame the lead sets
    clean = True  # no sentence left the frame since it was set in this paragraph
    out: dict[int, tuple[_Frame, bool]] = {}
    for k, sent in enumerate(sents):
        para = ctx.paragraph_of(sent.start_char)
        if frame is not None and para != frame.paragraph:
            clean = False
        own = [t for t in by_sentence.get(k, []) if not _describes_someone(ctx, t)]
        day = _frame_day(ctx, sent, own, para == lead)
        if day is not None:
            told = set(kinds.get(k, ())) or set(PEOPLE_EVENTS)
            if any(t.lemma_.lower() in AGREEMENT_NOUNS for t in sent):
                told.add(EventType.PROMISE)  # a dated deal: the terms told next were agreed then
            frame, clean = _Frame(day, para, k, frozenset(told)), True
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
        same = None if own else _same_occasion(ctx, k, by_sentence)
        if same is not None:
            out[k] = (same, True)  # "In the same statement Baku promised ..."
            continue
        if any(not _in_modifier(ctx, t) for t in own) or _steps_back(sent):
            clean = False
            continue
        if frame is not None:
            if SAME_DAY.search(span_text(sent)):  # "Hours later the Treasury issued ...": any event
                out[k] = (replace(frame, kinds=ALL_KINDS), clean)
            else:
                out[k] = (frame, clean)
    if lead_frame is not None:
        _headline_takes_the_lead(ctx, out, lead, lead_frame)
    return out


def _same_occasion(ctx: ArticleContext, k: int,
                   by_sentence: dict[int, list[TimeExpr]]) -> _Frame | None:
    """ "In the same address he said ...": the day of the address told before."""
    sent = ctx.sents[k]
    nouns = [t.lemma_.lower() for t in sent
             if t.lower_ == "same" and t.head.lemma_.lower() in OCCASIONS
             for t in (t.head,)]
    if not nouns:
        return None
    # the occasion told by the same word, else by another word for an occasion ("the same
    # address" after "a televised appearance on Monday"), and a statement by the verb that
    # made it ("announced on Thursday that ...")
    verbs = STATING_VERBS if STATED.intersection(nouns) else frozenset()
    for words in (set(nouns), OCCASIONS):
        for j in range(k - 1, -1, -1):
            earlier = ctx.sents[j]
            if not any(t.lemma_.lower() in words or words is OCCASIONS and t.pos_ == "VERB"
                       and t.lemma_.lower() in verbs for t in earlier):
                continue
            days = [t for t in by_sentence.get(j, []) if is_day(t)]
            if len(days) == 1:
                return _Frame(days[0], ctx.paragraph_of(earlier.start_char), j, ALL_KINDS)
            break
    return None


def _headline_takes_the_lead(ctx: ArticleContext, out: dict[int, tuple[_Frame, bool]],
                             lead: int, first: _Frame) -> None:
    """A headline tells the story of its lead: the sentences before the lead paragraph take
    the first frame the lead sets (not a later one)."""
    for k, sent in enumerate(ctx.sents):
        if ctx.paragraph_of(sent.start_char) >= lead:
            break
        out.setdefault(k, (first, False))


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


def _lead_paragraph(ctx: ArticleContext) -> int:
    """The first paragraph of prose: headlines, bylines and datelines come before it."""
    found = ctx.doc.user_data.get("dealwatch.lead")
    if isinstance(found, int):
        return found
    lead = -1
    for sent in ctx.sents:
        if sum(1 for t in sent if t.is_alpha) >= LEAD_MIN_WORDS and (
                span_text(sent).rstrip().endswith((".", "!", "\"", "\u201d", "'"))):
            lead = ctx.paragraph_of(sent.start_char)  # a headline has no full stop
            break
    ctx.doc.user_data["dealwatch.lead"] = lead
    return lead


def _frame_day(ctx: ArticleContext, sent: Span, own: list[TimeExpr],
               in_lead: bool) -> TimeExpr | None:
    """The day a sentence sets as the frame, if it sets one."""
    days = [t for t in own if is_day(t)]
    placed = [t for t in own if t.value]  # "a week after" with nothing to count from: no place
    if not days or len(days) != len(placed):
        return None  # no day, or a day beside a month or a year: the sentence is not simple
    for t in days:
        found = _root_and_verb(ctx, t)
        if found is None:
            continue
        root, verb = found
        lemma = verb.lemma_.lower()
        # A relative clause's day ("an arrangement the cabinet approved on Wednesday") sets
        # the frame for the sentences after it, which go on to tell that arrangement; it
        # never dated its own sentence's event (extract's pick_date sees to that).
        if lemma in BACKGROUND_VERBS or in_duration(root) or describes_deal(verb):
            continue  # "the exchange agreed last Thursday" dates the deal, not what follows
        if lemma in lx.REPORTING_VERBS and not in_lead and not _announces_event(ctx, t):
            continue  # the day a report appeared, not the day of what it reports
        return t
    return None


def _describes_someone(ctx: ArticleContext, t: TimeExpr) -> bool:
    """A date in a clause about someone's past ("women seized in the October 7 attack", "a
    reservist detained in August") neither sets nor leaves the frame."""
    found = _root_and_verb(ctx, t)
    return found is not None and found[1].dep_ in ("acl", "relcl") and (
        found[1].lemma_.lower() in BACKGROUND_VERBS)


def _in_modifier(ctx: ArticleContext, t: TimeExpr) -> bool:
    """A date inside a clause or apposition that describes a noun ("A, the diplomat serving 20
    years for a plot in 2018, was handed over"): it dates that description, not the sentence,
    which stays in the frame."""
    found = _root_and_verb(ctx, t)
    if found is None:
        return False
    root = found[0]
    sent_root = root.sent.root
    for tok in (root, *root.ancestors):
        if tok.i == sent_root.i:
            return False
        if tok.dep_ in ("appos", "relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _announces_event(ctx: ArticleContext, t: TimeExpr) -> bool:
    """The day of a reporting verb whose object is the event itself ("announced the
    releases on Saturday", "confirmed the exchange on Monday")."""
    found = _root_and_verb(ctx, t)
    if found is None or found[1].lemma_.lower() not in lx.REPORTING_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lx.RELEASE_NOUNS
               for c in found[1].children)


def _reported(ctx: ArticleContext, t: TimeExpr) -> bool:
    """The day belongs to a reporting verb ("said on Friday that ...")."""
    found = _root_and_verb(ctx, t)
    return found is not None and found[1].lemma_.lower() in lx.REPORTING_VERBS


def _root_and_verb(ctx: ArticleContext, t: TimeExpr) -> tuple[Token, Token] | None:
    """A date expression's head word in the parse and the verb it hangs on."""
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    return None if span is None else (span.root, governing_verb(span.root))


def is_day(t: TimeExpr) -> bool:
    cal = t.calendar
    return cal is not None and t.precision == Precision.DAY and len(cal) == 10


def _steps_back(sent: Span) -> bool:
    """The sentence leaves the frame without a day: a pluperfect main verb, or words that step
    back in time."""
    if STEP_BACK.search(span_text(sent)):
        return True
    if SAME_DAY.search(span_text(sent)):
        return False  # "Hours earlier he had been handed over": still the frame's day
    root = sent.root
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ == "had" for a in auxes) and root.tag_ == "VBN"
