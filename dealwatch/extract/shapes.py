"""Shapes of release news read word by word: a person told by age, the end of someone's
ordeal, people freed out of a prison, a court's step that frees no one, a release only
sought, and the time spans a swap is "of".

Pure readers of a parsed phrase, used by ``cues`` and the document stage.
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import children_of

# What a swap is "of" when it is of a time, not of people: "the first swap of the Smith years".
TIME_SPANS = frozenset({"year", "era", "presidency", "administration", "term", "decade",
                        "tenure", "month", "week", "war"})
# The spells of someone's holding whose end is their release: "his ordeal ended".
HELD_SPELLS = frozenset({"ordeal", "captivity", "detention", "imprisonment", "incarceration"})
# "campaigned / lobbied / prayed for X's release": a release sought, not done.
STRIVING_VERBS = frozenset({"campaign", "fight", "lobby", "push", "work", "pray", "hope",
                            "wait", "plead", "advocate", "agitate", "struggle", "petition",
                            "rally", "march"})
_COURTS = frozenset({"court", "judge", "tribunal", "magistrate", "justice"})
_BAIL = frozenset({"bail", "recognisance", "recognizance", "arrest"})


def counted(tok: Token) -> bool:
    """A plural noun with a number: "five senior figures", "12 fishermen"."""
    return tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children)


def aged(tok: Token) -> bool:
    """ "the 28-year-old": a person told by age, the phrase's head the word "old"."""
    return tok.lower_ == "old" and tok.dep_ not in ("amod", "acomp") and any(
        c.lower_ in ("year", "years") and any(n.like_num for n in c.children)
        for c in tok.children)


def out_of_prison(prep: Token) -> bool:
    """ "from Evin prison", "from Guantanamo": out of a prison, or a place named ("the men
    released from hospital" left no prison)."""
    return prep.dep_ == "prep" and prep.lower_ == "from" and any(
        o.lemma_.lower() in lx.PRISON_NOUNS or o.pos_ == "PROPN" for o in children_of(prep, "pobj"))


# What one is freed to await: "pending trial", "pending an appeal".
_CASE_STEPS = frozenset({"trial", "appeal", "investigation", "hearing", "verdict", "sentencing",
                         "extradition"})


def _in_a_clause_below(tok: Token, verb: Token) -> bool:
    """``tok`` is in a clause of its own under ``verb`` ("A, who was held pending trial")."""
    for anc in (tok, *tok.ancestors):
        if anc.i == verb.i:
            return False
        if anc.dep_ in ("relcl", "acl", "appos", "ccomp", "advcl", "parataxis"):
            return True
    return False


def released_to_await_trial(verb: Token) -> bool:
    """ "A court released him on bail / on his own recognisance / pending trial": a court's
    step in a case, not a side letting someone go ("freed on bail" by a state that holds him
    may be; only a court, or "pending trial", says so)."""
    preps = [p for p in verb.children if p.dep_ in ("prep", "advcl", "advmod")]
    pending = any(t.lower_ == "pending" for c in verb.children for t in (c, *c.children)
                  if t.dep_ in ("prep", "advcl", "advmod", "amod")) or any(  # parsed either
        t.lower_ == "pending" and t.i + 1 < len(t.doc)  # way, or read on the words where
        and t.doc[t.i + 1].lemma_.lower() in _CASE_STEPS  # the parse hung it elsewhere
        and not _in_a_clause_below(t, verb) for t in verb.subtree)
    bail = any(o.lemma_.lower() in _BAIL for p in preps if p.lower_ in ("on", "under")
               for o in p.children if o.dep_ == "pobj")
    by_court = any(c.lemma_.lower() in _COURTS for c in verb.children if c.dep_ == "nsubj") or any(
        o.lemma_.lower() in _COURTS for a in verb.children if a.dep_ == "agent"
        for o in a.children)
    in_a_case = any(c.dep_ == "auxpass" for c in verb.children) and any(
        t.lemma_.lower() in _COURTS | {"retrial", "trial", "hearing"}
        for t in verb.sent)  # "were released on bail as their trial began"
    return pending or (bail and (by_court or in_a_case))


def captivity_ended(verb: Token) -> Token | None:
    """ "The pastor's two-year ordeal ended on Friday", "her captivity came to an end": the
    end of someone's holding is their release; the holder of the spell is the freed."""
    lemma = verb.lemma_.lower()
    ends = lemma == "end" or lemma == "come" and any(
        p.lower_ == "to" and any(o.lower_ == "end" for o in p.children) for p in verb.children)
    if not ends or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    spell = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                  and c.lemma_.lower() in HELD_SPELLS), None)
    if spell is None:
        return None
    return next((c for c in spell.children if c.dep_ == "poss"), None)


def says_when(child: Token) -> bool:
    """A participle's own day: "A and B, freed on Friday, flew home": an act told, not a
    description ("the freed men", "the seven released last year")."""
    return child.dep_ == "prep" and child.lower_ == "on" and any(
        o.ent_type_ == "DATE" for o in children_of(child, "pobj"))


def went_home(verb: Token) -> bool:
    """ "returned home", "came home": the verb of people going home, freed."""
    return verb.lemma_.lower() in ("return", "come") and any(
        c.dep_ == "advmod" and c.lower_ == "home" for c in verb.children)


def done_by_deals(verb: Token) -> bool:
    """The verb's subject is a number of deals or exchanges ("the deals that brought them
    home", "the swaps freed 500"): many releases summed, told elsewhere one by one."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.tag_ == "NNS" and (
        subject.lemma_.lower() in lx.SWAPS | {"deal", "agreement"})


def seen_freeing(tok: Token) -> Token | None:
    """ "The deal saw Peru free A": the parser makes "Peru free A" one noun phrase, "free" a
    modifier of A; the side is the name right before "free" under a verb of seeing (the
    caller checks it names a side)."""
    if tok.lower_ != "free" or tok.dep_ not in ("amod", "compound") or tok.i == 0:
        return None
    if not any(a.lemma_.lower() == "see" for a in tok.ancestors):
        return None
    before = tok.doc[tok.i - 1]
    return before if before.ent_type_ in ("GPE", "ORG", "NORP") else None


# Verbs that carry out a swap a release belongs to: "freed A, completing an exchange for B".
_CARRYING_OUT = frozenset({"complete", "conclude", "finalize", "finalise", "seal", "carry",
                           "cap"})


def swap_of_release(noun: Token) -> Token | None:
    """The release verb a swap noun after it belongs to: "freed A as part of an exchange for
    B", "freed A, completing a swap for B" (the swap is the release's frame, not a release
    of its own; its "for B" is the other half)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lx.SWAPS:
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "part" and (
            head.head.dep_ == "pobj"):
        verb = head.head.head.head
    elif noun.dep_ == "dobj" and head.dep_ == "advcl" and head.lemma_.lower() in _CARRYING_OUT:
        verb = head.head
    else:
        return None
    return verb if verb.i < noun.i and verb.lemma_.lower() in lx.RELEASE_VERBS else None


def in_a_swap(prep: Token) -> bool:
    """ "A, freed in exchange for B": a participle told with its swap tells the release."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in ("exchange", "return", "swap", "trade")
        for o in prep.children)


_LATER_ON = frozenset({"eventually", "ultimately", "subsequently"})


def told_later(verb: Token) -> bool:
    """ "32 men eventually came home": an act told as coming some time after the day the
    text around it gives (not that day)."""
    return any(c.dep_ == "advmod" and c.lower_ in _LATER_ON for c in verb.children)


# Verbs and words of thanks and praise: what someone is thanked for was done before.
_THANKING = frozenset({"thank", "praise", "credit", "commend", "hail", "laud", "applaud",
                       "grateful", "gratitude", "thanks", "tribute"})


def thanked_for(cue: Token) -> bool:
    """ "On Tuesday the minister thanked the sultan for his part in freeing A": what someone is
    thanked or praised for was done before the day of the thanks (a day of the cue's own
    words still dates it)."""
    for anc in cue.ancestors:
        if anc.dep_ == "prep" and anc.lower_ == "for" and anc.head.lemma_.lower() in _THANKING:
            return True
        if anc.pos_ == "VERB" and anc.dep_ not in ("pcomp", "pobj", "acl"):
            return False  # a clause of its own ("thanked X, who had freed A on Monday")
    return False


# What someone goes back to that is no home and no state: "returned to duty", "to work".
_ACTIVITIES = frozenset({"duty", "work", "service", "post", "job", "unit", "desk", "office",
                         "school", "class", "classes", "training", "routine", "normality",
                         "politics", "power", "court", "competition", "action", "campaign",
                         "studies", "study", "practice", "field", "pitch", "stage"})


# Where people are sent back to that frees no one: "sending her back to prison" (a prison's
# words, not "custody": "released to the custody of X" hands someone over).
_HELD_AGAIN = (lx.PRISON_NOUNS - {"custody"}) | {"cell", "cells"}
_BACK_TO = _ACTIVITIES | _HELD_AGAIN  # (read once, not at every verb)


def back_to_work_or_prison(verb: Token) -> bool:
    """ "In July he was returned to regular duty", "she returned to work on Monday": going
    back to a job or a pursuit, no one freed; nor "sending her back to prison"."""
    if verb.lemma_.lower() not in ("return", "go", "come", "send", "bring", "take"):
        return False
    near = [*verb.children, *(g for c in verb.children if c.dep_ in ("advmod", "prt")
                              for g in c.children)]  # "back to prison": "to" under "back"
    return any(p.dep_ == "prep" and p.lower_ in ("to", "into") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _BACK_TO for o in p.children) for p in near)
