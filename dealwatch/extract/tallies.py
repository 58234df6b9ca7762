"""Sentences that sum releases up: "has now freed 58 in all", "since Friday has freed 58",
"bringing to 69 the number freed", "together, the two sides freed 478".

Such a sentence reports a running total, not a round of its own (``frames`` reads it as
none; ``document.totals`` keeps it beside the releases). A round told with the tally it
brings up ("freed 20 on Monday, bringing the total to 300") is a round and a total.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.counts import to_int
from dealwatch.extract.cues import verb_patient
from dealwatch.extract.text import span_text

_TOTAL = re.compile(r"\b(so far|in total|a total of|altogether|in all|all told|to date|"
                    r"has now|have now|over the (?:week|truce|pause|four days|past)|"
                    r"during the (?:truce|pause|week)|since the (?:truce|pause|deal) began|"
                    r"tally|(?:previous|earlier|prior|past) (?:swaps|exchanges|rounds|releases))\b",
                    re.IGNORECASE)
# "Together, the two sides freed 478", "both countries released 150 people": a number of
# both sides' releases is their sum, not a round of either.
_BOTH = re.compile(r"\b(?:both|two) (?:sides|countries|parties|governments|nations)\b|"
                   r"\btogether\b", re.IGNORECASE)
_PARTIES = frozenset({"side", "country", "party", "government", "nation"})
# "That brings the number freed to 69", "bringing to 69 the total", "raising the tally".
_BRINGS = re.compile(r"\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|takes|"
                     r"taking|took)\b[^.;]*\b(?:number|total|tally|count)\b", re.IGNORECASE)
_PERFECT = frozenset({"has", "have", "had", "'s", "'ve", "'d"})


def _counted(patient: Token | None) -> bool:
    """Whom a verb frees is a number ("freed 58") or a noun with its number ("58 people")."""
    return patient is not None and (patient.like_num or any(c.dep_ == "nummod"
                                                            for c in patient.children))


def _since_perfect(tok: Token) -> bool:
    """ "Since Friday Hamas has freed 58", "300 have been released since last year": a present
    perfect release of a number counted from a starting point sums up every round since then
    (a sanction "in force since 2021" is another matter: background)."""
    if tok.lemma_.lower() not in lx.RELEASE_VERBS or not any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in _PERFECT for c in tok.children):
        return False
    if not _counted(verb_patient(tok)):
        return False
    for child in tok.children:
        if child.dep_ in ("prep", "mark") and child.lower_ == "since":
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                         for m in child.children):
            return True
    return False


def may_sum_up(text: str) -> bool:
    """A cheap test on a sentence's text: only such a sentence can be a running total."""
    return bool(_TOTAL.search(text) or _BRINGS.search(text) or _BOTH.search(text)) or (
        "since" in text.lower())


def _in_another_clause(tok: Token, char: int) -> bool:
    """The words at ``char`` are in a relative clause the cue is not in ("held talks with A,
    whose government has hosted earlier rounds of talks")."""
    word = next((t for t in tok.sent if t.idx <= char < t.idx + len(t.text)), None)
    if word is None:
        return False
    clause = next((a for a in (word, *word.ancestors) if a.dep_ == "relcl"), None)
    return clause is not None and tok not in clause.subtree


def is_running_total(tok: Token) -> bool:
    """A sentence that sums up ("has now released 26 in total", "since Friday has freed 58",
    "bringing to 69 the number freed") reports a total, not a round."""
    sent = tok.sent
    text = span_text(sent)
    totals = [m for m in _TOTAL.finditer(text) if not _of_a_superlative(sent, m.start())
              and not _in_another_clause(tok, sent.start_char + m.start())]
    if totals and not _one_days_total(tok, totals):
        return True
    return (bool(_BRINGS.search(text)) and not round_before_tally(tok)) or _since_perfect(
        tok) or broken_down(sent) or (
        _BOTH.search(text) is not None and _of_both_sides(tok))


_ON_A_DAY = re.compile(r"\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                       r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                       r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\b")


def _one_days_total(tok: Token, totals: list[re.Match[str]]) -> bool:
    """ "X freed a total of 230 prisoners on Monday": the whole of one day's release, told
    in the past of that day (not "has freed a total of 230 so far")."""
    return all(m.group(1).lower() == "a total of" for m in totals) and tok.tag_ == "VBD" and (
        _ON_A_DAY.search(span_text(tok.sent)) is not None)


def round_before_tally(tok: Token) -> bool:
    """ "X freed 20 on Monday, bringing the total to 300": the verb the tally hangs on is a
    round of its own; the total is the bringing clause's."""
    return any(c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in _TALLY_VERBS
               for c in tok.children)


_TALLY_VERBS = frozenset({"bring", "raise", "take", "push", "lift"})


def _of_both_sides(tok: Token) -> bool:
    """ "Together, the two sides freed 478 people": a number freed by both sides at once."""
    if tok.lemma_.lower() not in lx.RELEASE_VERBS or traded_for_a_number(tok):
        return False
    if not _counted(verb_patient(tok)):
        return False
    for subject in (c for c in tok.children if c.dep_ in ("nsubj", "agent")):
        word = subject if subject.dep_ == "nsubj" else next(
            (o for o in subject.children if o.dep_ == "pobj"), subject)
        if word.lemma_.lower() in _PARTIES and any(
                c.lower_ in ("both", "two") for c in word.children
                if c.dep_ in ("det", "predet", "nummod")):
            return True
    return False


def swapped_between(tok: Token) -> bool:
    """ "X and Y swapped two prisoners": a number two sides exchanged between them is both
    halves together, freed by neither alone (not "exchanged 95 prisoners each")."""
    if tok.lemma_.lower() in lx.RELEASE_VERBS - lx.SWAPS and tok.pos_ == "VERB":
        return _in_two_sided_swap(tok)
    return _swapped_by_both(tok) and not traded_for_a_number(tok) and _counted(
        verb_patient(tok))


def swapped_uncounted(tok: Token) -> bool:
    """ "X and Y exchanged prisoners at the border": both sides did it, neither alone (the
    halves told elsewhere give theirs; "X and Y exchanged 95 prisoners each" is each's)."""
    patient = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return _swapped_by_both(tok) and patient is not None and patient.tag_ == "NNS" and not any(
        c.dep_ == "nummod" for c in patient.children)


def swapped_with_each_other(tok: Token) -> bool:
    """ "The two men were exchanged on the bridge": people exchanged for one another, with no
    one told as the price, are both halves together (not "A was exchanged for B", not "two
    each")."""
    if tok.lemma_.lower() not in lx.SWAPS or tok.pos_ != "VERB" or not any(
            c.dep_ == "auxpass" for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not (_counted(subject) or subject.lower_ in ("both", "pair")) or any(
            c.dep_ == "conj" for c in subject.children):
        return False  # "10 hostages and 30 prisoners were exchanged": two groups, each its own
    return not any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("for", "against")
                   for c in tok.children) and not any(t.lower_ == "each" for t in tok.subtree)


def _swapped_by_both(tok: Token) -> bool:
    """A swap verb whose subject is two sides named ("X and Y swapped ..."), not told of
    each ("... 95 prisoners each")."""
    if tok.lemma_.lower() not in lx.SWAPS or tok.pos_ != "VERB":
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "conj" and c.pos_ == "PROPN"
                                  for c in subject.children) or subject.pos_ != "PROPN":
        return False
    return not any(t.lower_ == "each" for t in tok.subtree)


def _in_two_sided_swap(verb: Token) -> bool:
    """ "Mediation frees nearly 520 captives in X-Y exchange", "520 were freed in an exchange
    between X and Y": freed in both sides' exchange by neither of them alone, the number is
    both halves together (not "X freed 30 Yians in an X-Y exchange")."""
    patient = verb_patient(verb)
    if patient is None or not _counted(patient):
        return False
    swaps = [o for h in (verb, patient) for p in h.children if p.dep_ == "prep"
             and p.lower_ == "in" for o in p.children if o.dep_ == "pobj"
             and o.lemma_.lower() in lx.SWAPS]
    for swap in swaps:
        if any(p.dep_ == "prep" and p.lower_ == "for" for p in swap.children):
            continue  # "in exchange for three Yians held in X": the price, another's half
        sides = {t.text for t in swap.subtree if t.i != swap.i and t.pos_ == "PROPN"
                 and t.ent_type_ in ("GPE", "ORG", "NORP")}
        if len(sides) < 2:
            continue
        doers = [o for c in verb.children if c.dep_ in ("nsubj", "agent")
                 for o in ([c] if c.dep_ == "nsubj" else c.children)]
        return not any(t.text in sides for d in doers for t in d.subtree)
    return False


def traded_for_a_number(verb: Token) -> bool:
    """ "swapped 307 for 307", "exchanged 95 prisoners for 95": the number is one side's, the
    number it was traded for the other's."""
    return verb.lemma_.lower() in lx.SWAPS and any(
        p.dep_ == "prep" and p.lower_ == "for" and _counted(o)
        for p in verb.children for o in p.children if o.dep_ == "pobj")


def broken_down(sent: Span) -> bool:
    """ "got back 1,000 of its citizens ...: 390 on Friday, 307 yesterday and 303 today": a
    number that the words after a colon break down into parts that add up to it is a sum of
    rounds told one by one, not a round."""
    colons = [t.i for t in sent if t.text in (":", "\u2014")]
    if not colons:
        return False
    before = [to_int(t.text) for t in _numbers(sent) if t.i < colons[0]]
    after = [to_int(t.text) or 0 for t in parts_after_colon(sent)]
    times = sum(1 for t in sent if t.i > colons[0] and t.ent_type_ in ("DATE", "TIME")
                and t.ent_iob_ == "B")
    # the parts are rounds, each of its day ("390 on Friday, 307 yesterday"), not kinds of
    # people ("30 prisoners: 20 women and 10 teenagers" is one release)
    return len(after) >= 2 and sum(after) in before and times >= 2


def parts_after_colon(sent: Span) -> list[Token]:
    """The numbers written after a sentence's first colon (or dash), years left out."""
    colon = next((t.i for t in sent if t.text in (":", "\u2014")), None)
    return [t for t in _numbers(sent) if colon is not None and t.i > colon]


def _numbers(sent: Span) -> list[Token]:
    """The words of a sentence that are numbers, years left out."""
    return [t for t in sent if t.like_num
            for n in [to_int(t.text)] if n is not None and not 1900 <= n <= 2100]


_RANKS = frozenset({"first", "only", "last"})


def _of_a_superlative(sent: Span, at: int) -> bool:
    """ "freed 369, the largest single release so far": "so far" ranks one release among the
    others, it sums none up."""
    tok = sent.doc.char_span(sent.start_char + at, sent.start_char + at + 1,
                             alignment_mode="expand")
    word = tok[0] if tok is not None and len(tok) else None
    for _ in range(3):
        if word is None or word.head.i == word.i:
            return False
        word = word.head
        if word.pos_ == "NOUN" and any(c.dep_ == "amod" and (
                c.tag_ == "JJS" or c.lower_ in _RANKS) for c in word.children):
            return True
    return False
