"""The words an event cue can be: a sentence without one is not read for events (and,
gated, not parsed). A cheap look at the text, before any parse.
"""

from __future__ import annotations

import re

CUE_WORDS = re.compile(
    r"\b(free|freed|freeing|releas|pardon|clemency|amnest|liberat|hand(?:ed|s|ing)?\b|handover|swap|"
    r"exchang|transfer|return|sanction|embargo|bans?\b|freez|froze|meet|met\b|meeting|talks|lunch|din(?:e|ed|es|ing)\b|breakfast|"
    r"talk(?:ed|ing)?\b|summit|dinner|negotiat|visit|(?:got|gets?|getting|won|wins?)\s+back|"
    r"sit(?:s|ting)?\b|sat\b|"
    r"call|phone|telephon|spoke|conversation|letter|demand|urg|insist|press|promis|pledg|vow|"
    r"assur|guarantee|offer|agree|commit|ready|willing|prepared|repatriat|deport|extradit|"
    r"unfreez|unfroz|send|sent|let(?:s|ting)?\b|set(?:s|ting)?\b|bring|brought|flown\b|flew\b|"
    r"host(?:s|ed|ing)?\b|licen[cs]e|waiver|lists?\b|came\b|comes?\b|walk(?:s|ed)?\b|ended\b|"
    r"went\b|followed\b|left\b|leav(?:e|es|ing)\b|depart|cross|stepp|dr[oi]ve|go(?:es)?\s+free|want(?:s|ed|ing)?\b|push|lobb(?:y|ies|ied|ying)\b|campaign|"
    r"agitat|touch(?:es|ed|ing)?\s+down|delist|drop(?:s|ped|ping)?\b|receiv|reach|arriv|land|sign(?:s|ed|ing)?\b|condition|"
    # a side's future support ("would back the bid") and an ultimatum ("until X kept to")
    r"(?:will|would|'ll)\s+(?:\w+\s+)?(?:support|back|endorse|withdraw|recogni|respect|honou?r)|"
    r"(?:support|back|endorse|withdraw|recognise|recognize)s\b|"  # a term told in the present
    r"until|unless|rais(?:e|es|ed|ing)\b|commut|grant|expel|trad(?:e|ed|es|ing)\b|rescu|"
    r"suspen|revok|restor|reinstat|privileg|saw\s+(?:the\s+)?(?-i:[A-Z])|"
    r"t(?:ook|akes?|aking)\s+(?:[\w'’-]+\s+){0,6}?home\b|"
    r"wr(?:ite|ites|ote|iting)\b|fl(?:y|ies|ying)\b|transport|fetch|collect|cross(?:ed|es|ing)?\b|"
    r"(?:out\s+of|left)\s+(?:[\w'’]+\s+){0,3}?(?:prison|jail)|revok|rescind|"
    r"lift(?:s|ed|ing)?\b|restrict|curbs?\b|blacklist|ransom|r(?:ang|ings?|inging)\b|"
    r"visas?\b|shipments?\b|(?:go|return)\s+home\b|"  # visas stopped, "allowed to go home"
    r"sh(?:ook|akes?|aking)\s+hands|cease-?fire|truce|armistice|notes?\b|on\s+the\s+"
    r"(?:direct\s+)?line\b|barr(?:ed|ing)\b|bars?\b|bann(?:ed|ing)\b|prohibit|forb[ia]d)",
    re.IGNORECASE,
)


def _furniture(text: str) -> bool:
    """A line of page furniture: links to other stories run together with bars ("ALSO IN
    THE PAPER: Revenue figures released | Ferry schedule changes | ...")."""
    return text.count(" | ") >= 2


def may_tell_event(text: str) -> bool:
    """A sentence with a word an event cue can be, and no page furniture: the only ones whose
    words the cues are looked for in (and whose parse sentence gating keeps)."""
    return bool(CUE_WORDS.search(text)) and not _furniture(text) and not (
        text.rstrip(" \"'”’)\n").endswith("?"))  # "Who was freed by X?": a question asks
