"""When an event happened, as its own sentence says: the date expression of the cue's clause.

A date that belongs to a reporting verb, to a clause about someone ("the diplomat jailed for
a plot in 2018"), to a coordinated clause with a subject of its own, or that measures a
stretch of time on another word ("the first visit since 2019") does not date the event.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from dealwatch.dates.patterns import MONTHS, WEEKDAYS
from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import describes_deal, governing_verb
from dealwatch.extract.asides import past_the_aside
from dealwatch.extract.cue import sets_a_deadline
from dealwatch.extract.other_times import (
    describes_someone,
    duration_of,
    says_who_was_freed,
    since_clause,
)
from dealwatch.extract.patients import held_since
from dealwatch.extract.text import doc_text
from dealwatch.model import Precision, Resolution, TimeExpr

_PRECISE = (Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.SEASON,
            Precision.QUARTER, Precision.YEAR)


def _rank(t: TimeExpr) -> tuple[int, int]:
    known = t.calendar is not None
    prec = _PRECISE.index(t.precision) if t.precision in _PRECISE else len(_PRECISE)
    return (0 if known else 1, prec)


_RESTATED = re.compile(r"[\s,]*(?:on|in)?\s*")


def _drop_restated(text: str, dates: list[TimeExpr]) -> list[TimeExpr]:
    """Of two expressions side by side that name one time ("A few days earlier, on Jan. 13",
    "a month later, on April 27"), keep the more precise."""
    dropped: set[int] = set()  # positions in ``dates``: linear however many there are
    for k in range(len(dates) - 1):
        a, b = dates[k], dates[k + 1]
        if k not in dropped and _RESTATED.fullmatch(text, a.end, max(a.end, b.start)):
            dropped.add(k if _rank(a) > _rank(b) else k + 1)
        elif k not in dropped and _weekday_of(a, b, text):
            dropped.add(k)
    return [t for k, t in enumerate(dates) if k not in dropped]


_NEAR = re.compile(r"[\s,\-]*(?:[\w-]+\s+){0,2}(?:on|of)\s+")


def _weekday_of(a: TimeExpr, b: TimeExpr, text: str) -> bool:
    """A weekday a phrase gives before the date it is ("in Friday-night posts on May 25",
    "on Friday, of May 25"): the date, not the weekday counted from the page's day."""
    if a.resolution != Resolution.RELATIVE_TO_PUBLISHED or not any(c.isdigit() for c in b.text):
        return False  # (the date written out: "May 25", "25/05")
    day = next((n for w, n in WEEKDAYS.items() if w in a.text.lower()), None)
    if day is None or not b.value or len(b.value) != 10 or not _NEAR.fullmatch(
            text, a.end, max(a.end, b.start)):
        return False
    try:
        return date.fromisoformat(b.value).weekday() == day
    except ValueError:
        return False


def before_the_mark(date: Span, cue: Token) -> bool:
    """ "In late January, days after X exchanged two men, ...": the parser may hang the date
    on the after-clause's verb, but a date written before "after" is the main clause's (and
    "three weeks after", which takes the mark in, measures from the cue to the main clause)."""
    marks = [c.i for c in cue.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    return bool(marks) and date.start < min(marks)


def _only_before(root: Token, cue: Token) -> bool:
    """A date the cue's own bare "before" takes ("had demanded it before June"): the act
    came some time before it, not then ("shortly before", "hours before", "the day before"
    keep the day)."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "before" and prep.head.i == cue.i and not any(
        c.dep_ in ("npadvmod", "advmod") for c in prep.children)


def _ran_out(verb: Token, tok: Token) -> bool:
    """ "Before June was out", "before March ended": a clause that times the act by the end
    of the time it names (its subject), so the act fell within that time."""
    if verb.dep_ != "advcl":
        return False
    marked = tok.dep_ == "nsubj" and tok.head.i == verb.i and any(
        c.dep_ == "mark" and c.lower_ == "before" for c in verb.children)
    misparsed = tok.dep_ == "pobj" and tok.head.lower_ == "before" and (  # the parser's
        tok.head.head.i == verb.i) and not any(  # "Before June" as a phrase of "was"
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if not (marked or misparsed):
        return False
    lemma = verb.lemma_.lower()
    return lemma in ("end", "close", "finish") or lemma == "be" and any(
        c.lower_ in ("out", "over") and c.dep_ in ("advmod", "prt", "acomp")
        for c in verb.children)


def _another_predicate(tok: Token, cue: Token) -> bool:
    """A date in a clause of its own under the cue ("met X, the first contact since Y broke
    off relations in 2019") dates that clause's verb, not the cue."""
    verb = governing_verb(tok)
    if verb.i == cue.i or verb.pos_ not in ("VERB", "AUX") or not cue.is_ancestor(verb):
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "advcl" and verb.head.i == cue.i and any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return False  # "demanded it when they downed tools on May 10": the when-clause's day
        # is the cue's
    if _its_own_making(verb, cue) or _says_who(verb):
        return False  # "the ultimatum, delivered on Thursday"; "a delegation led by A ...
        # early last month": the meeting's time
    if verb.head.i == cue.i and _ran_out(verb, tok):
        return False  # "Before June was out, they demanded ...": within June
    lo, hi = sorted((verb.i, cue.i))
    if verb.dep_ in ("ccomp", "parataxis", "conj") and any(t.text == ";" for t in
                                                           cue.doc[lo:hi]):
        return True  # "In May A flew in and left with B; in August C brought D home": the
        # parse hung the first clause on the second
    # "spoke by phone the day after, and on Tuesday X sat down with Y": the day is Y's
    return verb.dep_ in ("advcl", "relcl", "acl") or (verb.dep_ == "conj" and own_subject) or (
        told_under(verb, cue))


def told_under(verb: Token, cue: Token) -> bool:
    """The verb is in what someone is told in a clause under the cue ("freed 50 men, telling
    them they must appear again on May 2"): its date is of what was said."""
    up = verb
    while up.i != cue.i and up.head.i != up.i:
        if up.dep_ == "ccomp" and up.head.i != cue.i and up.head.dep_ == "advcl" and (
                up.head.lemma_.lower() in lx.REPORTING_VERBS | {"warn", "inform"}):
            return True
        up = up.head
    return False


# What a side's words come out in: "in a statement issued late Saturday".
_STATEMENT_NOUNS = frozenset({"statement", "announcement", "communique", "communiqué",
                              "message", "video", "post"})


def _statement_issued(participle: Token, cue: Token) -> bool:
    """ "In a statement issued late Saturday, X demanded ..." (or "... X said it demanded"):
    the day the statement came out, told on the participle that describes it, is the day of
    what it says."""
    noun = participle.head
    prep = noun.head
    if not (participle.dep_ == "acl" and participle.tag_ == "VBN"
            and noun.lemma_.lower() in _STATEMENT_NOUNS and noun.dep_ == "pobj"
            and prep.lower_ == "in" and prep.dep_ == "prep"):
        return False
    verb = prep.head
    return verb.i == cue.i or (verb.lemma_.lower() in lx.REPORTING_VERBS
                               and verb.is_ancestor(cue))


def _occasion_of(cue: Token, verb: Token) -> bool:
    """The cue is where the words were said ("told his counterparts on Thursday, at a summit
    in Moldova", "spoke to A by video call on Monday"), not what they report: its day is the
    summit's or the call's."""
    return cue.pos_ == "NOUN" and cue.head.dep_ == "prep" and cue.head.lower_ in (
        "at", "during", "in", "by", "over") and cue.head.head.i == verb.i


def in_time_clause(cue: Token, anchor: Token) -> bool:
    """The cue sits in an after- or before-clause under the verb the date belongs to."""
    for tok in (cue, *cue.ancestors):
        if tok.i == anchor.i:
            return False
        if tok.dep_ == "advcl" and any(_after_or_before(c) for c in tok.children):
            return True
    return False


_HOMECOMING = lx.RELEASE_VERBS | {"land", "arrive"}
# "hours after", "shortly after": the clause's event is of the same day (or the night before)
_SAME_DAY_LEADS = frozenset({"hours", "minutes", "shortly", "soon", "moments", "just"})


def _after_clause(cue: Token, anchor: Token) -> Token | None:
    """The cue's own after-clause (the cue its verb) hung on the anchor, if it is one."""
    clause = next((t for t in (cue, *cue.ancestors) if t.dep_ == "advcl"), None)
    if clause is None or clause.head.i != anchor.i or clause.i != cue.i:
        return None
    return clause if any(c.dep_ == "mark" and c.lower_ == "after"
                         for c in clause.children) else None


def within_hours(cue: Token, anchor: Token) -> bool:
    """ "removed it from the list on Thursday, hours after 52 prisoners were freed": the
    event of an after-clause told "hours after" or "shortly after" is of the day the main
    clause names (a day apart at most)."""
    clause = _after_clause(cue, anchor)
    return clause is not None and any(c.dep_ in ("npadvmod", "advmod")
                                      and c.lower_ in _SAME_DAY_LEADS for c in clause.children)


def other_half(cue: Token, anchor: Token) -> bool:
    """ "Two citizens held in X landed on Saturday after Y freed Z": the release told in a
    plain after-clause of another release (or the freed's landing) is the swap's other half,
    of the same day (not "days after", not a clause of talks)."""
    clause = _after_clause(cue, anchor)
    return (clause is not None and cue.lemma_.lower() in lx.RELEASE_VERBS
            and anchor.lemma_.lower() in _HOMECOMING
            and not any(c.dep_ == "npadvmod" for c in clause.children))  # "days after"


def _after_or_before(tok: Token) -> bool:
    """ "after" marking a clause, or "days after" (the parser hangs the clause's subject on
    the "after" of a stretch of time: "days after [a delegation] sat down")."""
    if tok.dep_ == "mark":
        return tok.lower_ in ("after", "before")
    return tok.dep_ == "npadvmod" and any(
        c.dep_ == "prep" and c.lower_ in ("after", "before") for c in tok.children)


def date_inside(tok: Token, dates: list[TimeExpr]) -> TimeExpr | None:
    """A date written inside a word's own phrase ("talks held on Monday in X")."""
    inside = {t.i for t in tok.subtree}
    for t in dates:
        span = tok.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and span.root.i in inside:
            return t
    return None


def defines_day(cue: Token, t: TimeExpr) -> bool:
    """ "The same day the two were freed, X ...": the cue's clause says which day the
    expression is; the expression's value (read as the day told before) is not the cue's."""
    if t.resolution != Resolution.RELATIVE_TO_TEXT or cue.dep_ != "relcl":
        return False  # "on 14 December, when a plane flew them home": the date's own day
    if any(w.lower().rstrip(".") in MONTHS for w in t.text.split()):
        return False  # "since March of that year, when X freed ...": a month it names
    span = cue.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or cue.head.i != span.root.i:
        return False
    # "The same day X offered to ...": with no verb of its own the sentence is the clause
    # (the parse made the day its root); only a day some other verb takes is defined by it
    return span.root.dep_ != "ROOT"


def deadline(root: Token) -> bool:
    """The date is a time limit: "by November 30", "by the end of the month", "no later than
    June 1", "beyond 2003", "until June". For a promise or a demand it is when the act is due
    or lasts to, not when it was said."""
    if _set_as_a_deadline(root):
        return True
    cur = root
    if cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in ("end", "close", "middle"):
        cur = cur.head.head  # "by the end of November": the limit is the end
    head = cur.head
    if cur.dep_ != "pobj" or head.i == cur.i:
        return False
    return head.lower_ in ("by", "beyond", "until", "till") or (
        head.lower_ == "than" and head.head.lower_ == "later")


def _its_own_making(clause: Token, cue: Token) -> bool:
    """ "The ultimatum, delivered on Thursday, ...": a participle of the cue noun telling it
    made or handed over dates the cue itself."""
    return clause.head.i == cue.i and cue.pos_ == "NOUN" and clause.dep_ == "acl" and (
        clause.tag_ == "VBN" and clause.lemma_.lower() in _MAKING)


# How a statement is made or handed over: "an ultimatum delivered on Thursday".
_MAKING = frozenset({"deliver", "issue", "send", "hand", "make", "present", "announce",
                     "publish", "submit", "set"})


def _set_as_a_deadline(root: Token) -> bool:
    """ "set a deadline of March 9", "a May 2 deadline", "fixed the deadline at noon on
    Friday": the day is the deadline, not when it was set."""
    cur = root
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep" and cur.lower_ in ("at", "for") and sets_a_deadline(cur.head):
            return True  # "fixed the deadline at noon"
        cur = cur.head
        if cur.lemma_.lower() == "deadline":  # (not "with the deadline of May 3
            return not any(t.lemma_.lower() in _DRAWING_NEAR  # approaching": then)
                           for t in (cur.head, *cur.subtree))
    return False


# What a deadline does when a text tells the time by it: "with the May 3 deadline looming".
_DRAWING_NEAR = frozenset({"approach", "loom", "near", "pass", "expire", "run", "lapse"})


def timing_another(cue: Token) -> bool:
    """The cue is a noun that times another act: "came home on Tuesday after his talks" (not
    "hours after the meeting", "a day after the talks": of that day, or a day off)."""
    prep = cue.head
    return cue.pos_ == "NOUN" and cue.dep_ == "pobj" and prep.lower_ in (
        "after", "before", "following") and not any(
        t.lower_ in _NEAR_IN_TIME for c in prep.children if c.dep_ in ("npadvmod", "advmod")
        for t in c.subtree)


# Words that put an act timed by another on its day or the next: "hours after", "a day after".
_NEAR_IN_TIME = frozenset({"hours", "hour", "minutes", "shortly", "soon", "just", "day",
                           "moments", "immediately", "night", "morning", "evening"})


def pick_date(cue: Token, dates: list[TimeExpr], statement: bool = False) -> TimeExpr | None:
    """The date expression that belongs to the cue's clause, not to a reporting verb.

    For a statement (promise, demand) a date describing the people concerned ("women seized
    in the October 7 attack") is not the statement's date."""
    doc = cue.doc
    inside: TimeExpr | None = None
    governing: TimeExpr | None = None
    dates = _drop_restated(doc_text(doc), dates)
    if timing_another(cue):
        # "came home on Tuesday night after his talks in X": the day is the homecoming's,
        # the talks came before it; only a day inside the phrase is theirs
        phrase = {t.i for t in cue.head.subtree}
        dates = [t for t in dates if (span := doc.char_span(t.start, t.end,
                                                             alignment_mode="expand"))
                 is not None and span.root.i in phrase]
    cue_sub = {t.i for t in cue.subtree}
    # A date in a clause that describes someone or something of the event ("the diplomat
    # jailed for a plot in 2018", "the exchange agreed last Thursday") dates that clause's
    # predicate, not the event; for a statement, an apposition as well.
    modifiers = ("acl", "relcl", "appos") if statement else ("acl", "relcl")
    clauses = [t for t in cue.subtree if t.dep_ in modifiers and t.i != cue.i
               and not _its_own_making(t, cue) and not _says_who(t)]
    # what the parser hung on an aside past its closing comma is the cue's ("freed A, a
    # student held for years, on Saturday"), unless the aside is the cue's own clause
    outside = {i for t in clauses for i in past_the_aside(t)} if cue.dep_ not in (
        "acl", "relcl") else set()
    cue_sub -= {d.i for t in clauses for d in t.subtree} - outside
    for t in dates:
        if t.precision == Precision.REF:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if inside is None and (_dates_its_noun(root, cue) or _when_clause_of(span, cue)
                               or _occasion_told(root, cue) or _fronted_over_after(span, cue)):
            inside = t  # "after X's May 13 post promising to help": the post's day; "since
            continue  # May 12, when X declared a truce": the day the clause tells of
        if _only_before(root, cue):
            continue  # "had demanded it before June": some time before, not in June
        if describes_someone(span, cue) and root.i not in outside:
            continue  # "freed four soldiers, all captured on May 3"
        if statement and deadline(root):
            continue  # "must free them by May 3": when it is due, not when it was said
        if when_due(root):
            continue  # "met to discuss the vote due on March 3": when the vote is to be
        if _names_another_thing(root, cue, statement):
            continue  # "repeated that the May 20 vote was illegitimate and called on ...",
            # "A, a leader of the 1998 generation, walked out of prison"
        if root.dep_ == "nsubjpass" and held_since(root.head) is not None:
            continue  # "held since March were freed": the parser's subject, when they were held
        if root.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i for c in root.head.children):
            continue  # "25 drivers abducted in X the day before were released on July 3":
            # a second subject is the day of the clause describing the first
        stretch = duration_of(root)
        if statement and stretch is not None and stretch.lower_ == "since" and (
                stretch.head.i == cue.i and inside is None
                and cue.lemma_.lower() in _ASKING_SINCE and not any(
                    w.lower_ == "first" for w in cue.doc[cue.i:stretch.i])):
            inside = t  # "had demanded since March that ...": the wish was first made then
            continue  # (not "agree a swap in first direct talks since 2022")
        if stretch is not None and (stretch.head.i != cue.i or statement or (
                stretch.lower_ == "since" and (cue.lemma_.lower() in lx.RELEASE_VERBS
                                               or cue.pos_ == "NOUN"))):
            # "the first visit since 2019", "the first meeting since 2016" (on the cue's
            # own noun) date nothing of this event; "has been sanctioned
            # since August 2021" (the cue's own verb) says when its state began; a promise
            # or a demand ("agree a swap in the first talks since 2022") is no state, and
            # nor is a release ("held in X since May 7 were freed on Friday", the parser
            # hanging "since" on "freed")
            continue
        if root.i in cue_sub and inside is None:
            if root.i in outside or (
                    not _another_predicate(root, cue) and not before_the_mark(span, cue)):
                inside = t
            continue
        anchor = governing_verb(root)
        if describes_deal(anchor) and anchor.i != cue.i:
            continue  # "the exchange agreed last Thursday": the day the deal was made
        if anchor.i != cue.i and _a_capture(anchor):
            continue  # "agreed to free 40 detainees, every one of them rounded up during
            # the protests of April 2027": the parser makes the arrest the main verb
        if statement and anchor.i != cue.i and _in_a_later_clause(cue, anchor):
            continue  # "A was seized on May 8, and his captors made clear what they wanted":
            # the first clause's day, not the wish's
        if anchor.i != cue.i and says_who_was_freed(cue):
            continue  # "a plane carrying Americans freed by Iran landed on Sunday", "the
            # president received the freed men on Sunday"
        if anchor.i != cue.i and since_clause(anchor):
            continue  # "his first trip since he took office in 2020, when he held talks"
        if in_time_clause(cue, anchor) and not (other_half(cue, anchor)
                                                 or within_hours(cue, anchor)):
            continue  # "freed them on Tuesday, days after envoys sat down with X"
        if anchor.i == cue.i or _where_the_speaker_was(anchor, cue) or (
            statement and _statement_issued(anchor, cue)) or (
            anchor.is_ancestor(cue)  # the cue in the anchor's subtree (not the anchor)
            and (anchor.lemma_.lower() not in lx.REPORTING_VERBS or _occasion_of(cue, anchor))
            and cue.is_ancestor(anchor) is False
        ):
            governing = governing or t
    if statement and inside is None and governing is None:
        return _deal_made(cue, dates)
    return inside or governing


def _fronted_over_after(span: Span, cue: Token) -> bool:
    """ "On Monday, after A hosted B in her residence, aides said ...", "On 9 April,
    after receiving B, A's aides said ...": a day that opens the sentence, before the
    after-clause that follows its comma, is the day of both (the clause's act came first the
    same day; not "freed them on Tuesday, days after ...", where the day comes after)."""
    sent = cue.sent
    first = span[0]
    if first.i - sent.start > 1 or span.end >= sent.end or cue.doc[span.end].text != ",":
        return False
    opener = cue.doc[span.end + 1] if span.end + 1 < sent.end else None
    if opener is None or opener.lower_ != "after":
        return False
    clause = next((t for t in (cue, *cue.ancestors)
                   if any(c.dep_ == "mark" and c.i == opener.i for c in t.children)
                   or t.dep_ == "pcomp" and t.head.i == opener.i), None)
    return clause is not None


def _a_capture(verb: Token) -> bool:
    """The verb tells people taken or sentenced ("arrested", "rounded up", "jailed"): its
    day is the capture's, whatever the parser hangs under it."""
    lemma = verb.lemma_.lower()
    return lemma in lx.ARREST_VERBS or lemma in _SENTENCING or (
        lemma == "round" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))


# Verbs of a court's sentence: their day is the trial's.
_SENTENCING = frozenset({"sentence", "convict"})


# Verbs of asking whose "since" tells when the asking began: "had demanded since March".
_ASKING_SINCE = frozenset({"demand", "insist", "ask", "seek", "urge", "press", "call"})


# Participles that say who a group is, at no time of their own: "a delegation led by A".
_WHO_IT_IS = frozenset({"lead", "head", "chair", "compose", "include"})


def _says_who(clause: Token) -> bool:
    """ "met a delegation led by A in X early last month": the parse hangs the meeting's time
    on the participle that says who the delegation is, which has no time of its own."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and (
        clause.lemma_.lower() in _WHO_IT_IS)


def _in_a_later_clause(cue: Token, anchor: Token) -> bool:
    """The cue is in a clause joined after the anchor's, with a subject of its own."""
    clause = cue
    while clause.head.i != clause.i and clause.head.i != anchor.i:
        clause = clause.head
    return clause.head.i == anchor.i and clause.dep_ == "conj" and clause.i > anchor.i and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _dates_its_noun(root: Token, cue: Token) -> bool:
    """ "X's May 13 post promising to help Y": a participle telling what a message or a
    statement said, and a day on that noun, told before it: the day it was said."""
    if cue.tag_ != "VBG":
        return False
    # the noun the participle tells of (or, in the parse of "After X's post promising ...",
    # its subject)
    nouns = [cue.head] if cue.dep_ == "acl" else [c for c in cue.children if c.dep_ == "nsubj"]
    return any(noun.pos_ == "NOUN" and root.head.i == noun.i and root.i < noun.i
               and root.dep_ in ("compound", "nmod", "npadvmod", "amod") for noun in nouns)


# What one says things in: "In an essay printed last week, he promised ...".
_SAID_IN = frozenset({"article", "interview", "speech", "address", "statement", "letter",
                      "post", "message", "column", "broadcast", "editorial", "essay"})


def _occasion_told(root: Token, cue: Token) -> bool:
    """ "In an essay printed in a daily earlier this month, he pledged ...": the day of
    the piece the words were said in, told by a participle on it."""
    verb = governing_verb(root)
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.lemma_.lower() not in _SAID_IN:
        return False
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.i == cue.i


def _when_clause_of(span: Span, cue: Token) -> bool:
    """ "quiet since May 12, when X ordered a halt and declared a truce": a clause opened by
    "when" on a date tells what happened that day."""
    clause = cue
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    return (clause.dep_ == "relcl" and span.start <= clause.head.i < span.end
            and any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children))


# Nouns a day may name that are of the deal: "the May 2 release", "the June 5 talks".
_OF_THE_DEAL = lx.DEAL_WORDS | lx.MEETING_NOUNS | {"call", "statement", "announcement"}


# Nouns a date measures time by: "the 2019 summer" is a time, not a thing named by it.
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "night", "morning", "evening",
                         "summer", "winter", "spring", "autumn", "fall", "season", "quarter",
                         "half", "period", "weekend"})


def when_due(root: Token) -> bool:
    """The date says when something is due ("the referendum due on March 3", "a payment due
    in March"): that thing's time, not the event's."""
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("on", "in", "by", "for") and (
        prep.i > 0 and root.doc[prep.i - 1].lower_ == "due")  # (the parser hangs "on" on
    # "due" or on the verb beside it)


# Nouns of a pact in force: "under a 2011 accord", "the 1999 pact".
_PACTS = frozenset({"agreement", "accord", "treaty", "pact", "convention", "protocol",
                    "memorandum", "understanding"})


def _names_another_thing(root: Token, cue: Token, statement: bool = False) -> bool:
    """The date names something else by its day or year ("the May 20 vote", "the October 7
    attack", "a leader of the 1998 generation"): that thing's time, not the event's. So does
    the day or year of a pact a release, a meeting or a call is told as done under ("freed
    the eight under a 2011 accord on prisoner transfers"); a promise may be that pact's own
    ("under the March 3 agreement X will free")."""
    noun = root.head
    if noun.i == cue.i:
        return False
    kind = noun.lemma_.lower()
    if not statement and kind in _PACTS and root.dep_ in ("nmod", "compound", "nummod", "amod"):
        return True
    return root.dep_ in ("nmod", "compound", "nummod") and noun.pos_ == "NOUN" and (
        kind not in _OF_THE_DEAL | _TIME_NOUNS)


def _where_the_speaker_was(anchor: Token, cue: Token) -> bool:
    """ "X, who was in Geneva that day, said Chile would ...": where the speaker was when
    saying it (a "be" clause of the reporting verb's subject), on the day of the saying."""
    speaker = anchor.head
    return anchor.dep_ == "relcl" and anchor.lemma_.lower() == "be" and not any(
        c.dep_ in ("acomp", "attr") for c in anchor.children) and speaker.dep_ == "nsubj" and (
        speaker.head.lemma_.lower() in lx.REPORTING_VERBS) and speaker.head.is_ancestor(cue)


# Verbs of making a deal: "the deal reached on Monday", "an agreement struck last week".
_MADE = frozenset({"reach", "strike", "agree", "sign", "seal", "conclude"})


def _deal_made(cue: Token, dates: list[TimeExpr]) -> TimeExpr | None:
    """ "Under the deal reached on Monday, X will free 30": an undertaking of the deal is made
    the day the deal was."""
    verbs = [cue, cue.head] if cue.dep_ == "conj" else [cue]  # "... and Y will lift ..."
    deals = [o for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in (
        "under", "in") for o in p.children if o.dep_ == "pobj"
        and o.lemma_.lower() in lx.DEAL_WORDS]
    made = {x.i for d in deals for v in d.children
            if v.dep_ == "acl" and v.lemma_.lower() in _MADE for x in v.subtree}
    doc = cue.doc
    for t in dates:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and t.calendar and span.root.i in made:
            return t
    return None


def said_on(cue: Token, dates: list[TimeExpr]) -> TimeExpr | None:
    """The day of the statement a cue is told in: the date of the nearest reporting verb
    above it ("Norland said on Friday it would release four on Saturday": Friday)."""
    verb = next((a for a in cue.ancestors if a.lemma_.lower() in lx.REPORTING_VERBS), None)
    if verb is None:
        return None
    doc = cue.doc
    for t in dates:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and governing_verb(span.root).i == verb.i and t.calendar:
            return t
    return None


def promised_later(when: TimeExpr | None, told: str | None) -> bool:
    """The time ``when`` a promise names for its act begins after the day ``told`` (ISO) it
    was said ("on Sunday", "next week", "in June" after "said on Friday"): the act's time,
    not the promise's."""
    act = _first_day(when.value if when else None)
    return bool(act and told and len(told) == 10 and act > told)


def _first_day(value: str | None) -> str | None:
    """The first day of a time value: a day (or a part of one), an ISO week ("2031-W20"), a
    month; None for anything else."""
    if not value:
        return None
    if re.match(r"\d{4}-\d\d-\d\d", value):
        return value[:10]
    week = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if week:
        return date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat()
    return value + "-01" if re.fullmatch(r"\d{4}-\d\d", value) else None
