"""Words that place a sentence in an article's time: a day, the lead, a step back.

Shared by the passes that date mentions from the article (``timeframe``, ``said``,
``relative``, ``news_day``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dealwatch.document.context import ArticleContext
from dealwatch.extract.args import governing_verb
from dealwatch.extract.asides import past_the_aside
from dealwatch.extract.text import span_text
from dealwatch.model import Precision, TimeExpr

STEP_BACK = re.compile(
    r"\b((?<!hours )(?<!minutes )(?<!moments )earlier|previously|at the time|before that|back then|"
    r"in the past|years? ago|months? ago|weeks? ago|"
    r"last (?:year|month|week|summer|spring|autumn|fall|winter)|"
    r"since (?:then|20\d\d|19\d\d)|a year before|once again|"
    r"(?:in|over|during) (?:recent|the (?:past|last)(?: few| several)?) "
    r"(?:days|weeks|months|years)|"
    r"(?:followed|follows|came after|comes after)(?! by\b)|"  # "The move followed a meeting"
    # "Within days of the kidnapping, X telephoned ...": back to when the captivity began
    r"(?:days|weeks|months) (?:after|of) (?:the|his|her|their|its) (?:\w+ )?(?:abduction|"
    r"kidnapping|kidnap|seizure|arrest|capture|detention|hijacking))\b",
    re.IGNORECASE,
)
# Words that tie a sentence to the day just told: "Hours later", "minutes after the handover",
# "Within hours", "within the hour", "Moments later", "Shortly afterwards", "Speaking to
# reporters afterward".
SAME_DAY = re.compile(
    r"\b(?:(?:hours|minutes|moments) (?:earlier|later|before|after)|"
    r"within (?:(?:a few |several )?(?:hours|minutes)|an hour|the hour)|"
    r"shortly (?:before|after(?:wards?)?)|afterwards?)\b", re.IGNORECASE)
LEAD_MIN_WORDS = 12  # a lead is a paragraph of prose, not a headline, byline or dateline


def lead_paragraph(ctx: ArticleContext) -> int:
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


def root_and_verb(ctx: ArticleContext, t: TimeExpr) -> tuple[Token, Token] | None:
    """A date expression's head word in the parse and the verb it hangs on (the verb an
    aside interrupts when the parser hung the date inside the aside past its closing comma:
    "freed A, a student held for years, on Saturday")."""
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return None
    verb = governing_verb(span.root)
    if verb.dep_ in ("acl", "relcl") and span.root.i in past_the_aside(verb):
        verb = governing_verb(verb.head)
    return span.root, verb


def is_day(t: TimeExpr) -> bool:
    cal = t.calendar
    return cal is not None and t.precision == Precision.DAY and len(cal) == 10


def steps_back(sent: Span) -> bool:
    """The sentence leaves the frame without a day: a pluperfect main verb, or words that step
    back in time."""
    if STEP_BACK.search(span_text(sent)):
        return True
    if SAME_DAY.search(span_text(sent)):
        return False  # "Hours earlier he had been handed over": still the frame's day
    root = sent.root
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ == "had" for a in auxes) and root.tag_ == "VBN"
