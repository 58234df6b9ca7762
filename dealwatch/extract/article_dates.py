"""The dates an article gives, read for a sentence's event: those a sentence writes, the day
an earlier sentence of its paragraph set, a timeline entry's heading, and the one day a
sentence gives for an event the parse did not tie to it."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from dealwatch.dates.stretch import a_stretch, day_meant
from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import describes_deal, governing_verb
from dealwatch.extract.other_times import (
    duration_of,
    says_who_was_freed,
    tells_someones_past,
)
from dealwatch.extract.when import (
    before_the_mark,
    defines_day,
    in_time_clause,
    told_under,
    when_due,
)
from dealwatch.model import Article, Evidence, Precision, TimeExpr

# what follows a timeline entry's date: a dash or a colon ("DEC. 7 -- ...", "May 8: ...")
_ENTRY_MARK = re.compile(r"[ \t]*(?:-{1,3}|\u2013|\u2014|:|\.)(?:\s|$)")  # "May 8. X met Y"
_TITLE_WORDS = 8  # a timeline heading's title after its date: "A first call"


class ArticleDates:
    """An article's dates, looked up by where they are written."""

    def __init__(self, article: Article, doc: Doc, dates: list[TimeExpr]) -> None:
        self.article = article
        self.doc = doc
        self.dates = dates
        # the dates by their start, to take a stretch's dates without reading them all
        self._by_start = sorted(range(len(dates)), key=lambda i: dates[i].start)
        self._starts = [dates[i].start for i in self._by_start]

    def dates_between(self, begin: int, end: int) -> list[TimeExpr]:
        """The dates that start in [begin, end), in the order they were given."""
        first, last = bisect_left(self._starts, begin), bisect_left(self._starts, end)
        return [self.dates[i] for i in sorted(self._by_start[first:last])]

    def sentence_dates(self, sent: Span) -> list[TimeExpr]:
        return self.dates_between(sent.start_char, sent.end_char)

    def _told_before_in_paragraph(self, sent: Span) -> tuple[int, list[TimeExpr]]:
        """Where the sentence's paragraph starts, and the dates written in it before the
        sentence (none when the sentence gives a date of its own: it sets its own frame)."""
        para_start = self.article.text.rfind("\n", 0, sent.start_char) + 1
        if self.sentence_dates(sent):
            return para_start, []
        return para_start, self.dates_between(para_start, sent.start_char)

    def context_date(self, sent: Span) -> TimeExpr | None:
        """The day an earlier sentence of the same paragraph set ("took place on Friday.
        24 captives were handed over ..."): news keeps the time frame until it changes it."""
        _, told = self._told_before_in_paragraph(sent)
        # a day of someone's past ("two men, captured on June 9"; "They were captured on
        # June 9") is no day of what the paragraph goes on to tell
        earlier = [t for t in told if not tells_someones_past(self.doc, t)
                   and not self._background(t) and not self._since(t)]
        if not earlier:
            return None
        last: TimeExpr | None = earlier[-1]
        before = earlier[-2] if len(earlier) >= 2 else None
        if before is not None and last is not None and a_stretch(
                self.article.text, (before.start, before.end), (last.start, last.end)):
            # "from May 2 to May 9"
            last = day_meant(sent.text, before, last)
        if last is not None and last.precision == Precision.MONTH and last.value and (
                self._opens_its_sentence(last)):
            return last  # "In early May 2030, ... . A telephoned B": the month frames it
        return last if last is not None and last.precision == Precision.DAY and (
            last.value) else None

    def _opens_its_sentence(self, t: TimeExpr) -> bool:
        """The date is the adverbial a sentence opens with ("In early May 2030, ...")."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        lead = self.article.text[span.sent.start_char:t.start].strip().lower()
        return lead in ("", "in", "by", "during")

    def _since(self, t: TimeExpr) -> bool:
        """The date starts a stretch of time that runs on ("families had stood outside since Friday
        morning"): no day the paragraph goes on to tell."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        stretch = duration_of(span.root) if span is not None else None
        return stretch is not None and stretch.lower_ == "since"

    def _background(self, t: TimeExpr) -> bool:
        """The date's verb tells an arrest, a capture, a sentence (``BACKGROUND_VERBS``)."""
        span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
        return span is not None and governing_verb(
            span.root).lemma_.lower() in lx.BACKGROUND_VERBS

    def heading_date(self, sent: Span) -> TimeExpr | None:
        """The date a timeline entry opens with ("SEPT. 23 -- Smith says ...", "May 8: ..."):
        the day or month of every sentence of that entry that gives none of its own, what is
        said in it included."""
        para_start, earlier = self._told_before_in_paragraph(sent)
        if not earlier:
            return self._heading_line(para_start) if not self.sentence_dates(sent) else None
        head, text = earlier[0], self.article.text
        if text[para_start:head.start].strip(" \t*-\u2022") or not _ENTRY_MARK.match(
                text, head.end) or head.precision not in (Precision.DAY, Precision.MONTH):
            return None
        return head if head.calendar else None

    def _heading_line(self, para_start: int) -> TimeExpr | None:
        """ "March 3 -- A first call" on a line of its own, the entry below it: the
        date of the heading line right before the paragraph."""
        text = self.article.text
        end = para_start - 1
        while end > 0 and text[end - 1] in " \t\n":
            end -= 1  # blank lines between the heading and its entry
        start = text.rfind("\n", 0, end) + 1
        if end <= start:
            return None
        found = self.dates_between(start, end)
        if len(found) != 1 or text[start:found[0].start].strip(" \t*\u2022"):
            return None
        mark = _ENTRY_MARK.match(text, found[0].end)
        title = text[mark.end():end] if mark is not None else ""
        if mark is None or len(title.split()) > _TITLE_WORDS or title.rstrip().endswith("."):
            return None  # a sentence of its own, not a heading
        day = found[0]
        return day if day.calendar and day.precision in (Precision.DAY,
                                                         Precision.MONTH) else None

    def heading_evidence(self, date: TimeExpr | None, sent: Span) -> tuple[Evidence, ...]:
        """The heading line a date was read from, as evidence, when it is before the
        sentence's paragraph (a timeline's "March 3 -- A first call")."""
        text = self.article.text
        para_start = text.rfind("\n", 0, sent.start_char) + 1
        if date is None or date.start >= para_start:
            return ()
        start = text.rfind("\n", 0, date.start) + 1
        end = text.find("\n", date.start)
        quote = text[start:end if end >= 0 else len(text)].strip()
        return (Evidence(self.article.id, start, start + len(quote), quote),)

    def sentence_day(self, sent: Span, cue: Token) -> TimeExpr | None:
        """The one day a sentence gives, for an event of that sentence the parse did not tie
        to it ("Speaking on Wednesday evening, Smith hailed the prisoners' release"); not when
        the day is that of a reporting verb whose clause holds the event ("said on Monday
        that ...": the release may be older than the statement)."""
        days = [t for t in self.sentence_dates(sent)
                if t.precision == Precision.DAY and t.calendar and not defines_day(cue, t)
                and not tells_someones_past(self.doc, t, cue)]
        if len(days) != 1:
            return None
        span = self.doc.char_span(days[0].start, days[0].end, alignment_mode="expand")
        if span is None:
            return None
        if before_the_mark(span, cue) or when_due(span.root):
            return None  # "freed A on Monday, a week after 20 were released": A's day; "met
            # to discuss the vote due on May 2": the vote's
        if cue.is_ancestor(span.root) and told_under(governing_verb(span.root), cue):
            return None  # "freed 50, telling them they must appear again on May 2"
        stretch = duration_of(span.root)
        if stretch is not None and cue.i < stretch.i and _starts(span.root, stretch):
            return None  # "the largest release since 14 April 2014": where a stretch began
            # (not "since the swap of 14 May, when a plane flew 44 home": that clause's day)
        anchor = governing_verb(span.root)
        if stretch is not None and anchor.i != cue.i and not stretch.is_ancestor(cue) and (
                stretch.lower_ == "since") and _starts(span.root, stretch):
            return None  # "has been on hunger strike since Wednesday over last month's
            # exchange, in which Y released A": when another state began
        if anchor.lemma_.lower() in lx.REPORTING_VERBS and cue in anchor.subtree:
            return None
        if describes_deal(anchor) and anchor.i != cue.i:
            return None  # "the exchange agreed last Thursday": the day the deal was made
        if anchor.i != cue.i and anchor.dep_ in ("acl", "relcl") and anchor.head.i != cue.i and (
                cue.is_ancestor(anchor.head)):
            return None  # "released under an agreement reached on Tuesday": the day of what
            # the clause describes
        if in_time_clause(cue, anchor) or (anchor.i != cue.i and says_who_was_freed(cue)):
            return None  # "freed on Tuesday, days after envoys sat down with X"
        if anchor.i != cue.i and anchor.dep_ == "conj" and not anchor.is_ancestor(cue) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children):
            return None  # "A and B spoke by phone, and on Tuesday C sat down with D": C's day
        return days[0]


def _starts(date: Token, stretch: Token) -> bool:
    """The date is where the since-stretch begins ("since the night of 14 April"), not a day
    the parse hung inside it ("the largest swap since the invasion on Wednesday")."""
    for anc in date.ancestors:
        if anc.i == stretch.i:
            return True
        if anc.dep_ == "prep" and anc.lower_ in ("on", "at", "in", "during"):
            return False
    return True
