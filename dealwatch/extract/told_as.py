"""How a sentence sets an act apart from what its governing words say of it: a setting of
another act ("when A and B met, A asked ...", "in their call"), the act passed over ("instead
of freeing him"), an act still to come ("a date has been set for the meeting"), a contact
made to ask ("telephoned B to ask for C's release"); and acts named without being told done:
an allegation ("the claims that he had met X"), a habit ("phoned him routinely"), a topic
raised ("raised the return of citizens held in Y"), acts counted over years ("a handful of
prisoner releases"), an act opposed ("petitioned against the release"), a lone heading ("The
letter.").
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract.cue import modal_of, negated

# Ways of reaching the other side: what one did it for is what one said there.
CONTACT_VERBS = frozenset({"telephone", "phone", "call", "ring", "write", "visit", "meet",
                           "summon", "travel", "fly"})


def made_contact(verb: Token) -> bool:
    """ "A telephoned B on May 3 to ask for C's release", "wrote to B to demand ...": the
    call or letter happened, and the asking was done in it."""
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(  # a past the tagger took for
        c.dep_ == "nsubj" for c in verb.children) and not any(  # a participle
        c.dep_ in ("aux", "auxpass") for c in verb.children))
    return verb.lemma_.lower() in CONTACT_VERBS and past and not negated(verb)


def passed_over(tok: Token) -> bool:
    """ "moved him to house arrest instead of freeing him", "sent him home rather than
    freeing him", "instead of a release": the act told is the one not done."""
    j = tok.i - 1  # back over "a", "his", "early" to the words before the act's phrase
    while j >= tok.sent.start and (tok.doc[j].pos_ in ("DET", "ADJ", "NUM")
                                   or tok.doc[j].tag_ == "PRP$"):
        j -= 1
    if j - 1 < tok.sent.start:
        return False
    return (tok.doc[j - 1].lower_, tok.doc[j].lower_) in (("instead", "of"), ("rather", "than"))


# What is fixed for an act still to come: "a date has been set for the meeting".
_FIXED_FOR = frozenset({"date", "time", "venue", "place", "preparations", "arrangements",
                        "stage"})


def looked_ahead(tok: Token) -> bool:
    """ "A date has been set for the first meeting", "looked forward to their meeting on
    Thursday", "ahead of a summit meeting": an act still to come when told."""
    noun = tok.head if tok.dep_ == "compound" else tok  # "summit meeting"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead":
        return True  # "a signal ahead of a second summit meeting with A": still to come
    if noun.pos_ == "NOUN" and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in _SEEMING and (
            any(c.dep_ == "acomp" and c.lemma_.lower() in _IN_PROSPECT
                for c in noun.head.children)):
        return True  # "a release was possible", "the swap now looks likely": in prospect
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "to"):
        return False
    head = prep.head
    if prep.lower_ == "for":  # on the noun, or on the verb it is the object of
        return head.lemma_.lower() in _FIXED_FOR if head.pos_ == "NOUN" else any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _FIXED_FOR
            for c in head.children)
    return head.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in head.children)


# Copulas and the words of a prospect: "a release was possible", "a swap looks likely".
_SEEMING = frozenset({"be", "look", "seem", "appear", "become"})
_IN_PROSPECT = frozenset({"possible", "likely", "unlikely", "imminent", "near", "close",
                          "probable", "feasible", "conceivable", "inevitable", "certain"})


# The words that open a clause telling when something else was done: "when they met",
# "after the two spoke".
TIME_MARKS = frozenset({"when", "after", "before", "while", "as"})
# The prepositions of a setting told beside an act: "in their call", "during the visit".
SETTING_PREPS = frozenset({"in", "during", "at", "on", "after", "before"})


def told_beside(cur: Token, parent: Token, tok: Token) -> bool:
    """``cur`` (the cue or a word it hangs from) sets a past act in its time or place: a
    past clause of time ("when A and B met on May 3, A asked for help") or the noun of a
    setting ("they discussed it in their call on May 9"). What the act was (a wish, a
    request, a refusal) is not what the setting was: the meeting and the call happened."""
    setting = (cur.dep_ == "prep" and cur.lower_ in SETTING_PREPS and tok.pos_ == "NOUN"
               and tok.head.i == cur.i and tok.dep_ == "pobj")
    if setting and parent.pos_ == "NOUN" and parent.dep_ == "dobj" and (
            parent.head.tag_ == "VBD" and not modal_of(parent.head)):
        return True  # "discussed 'a humanitarian matter' in a telephone conversation": the
        # parse hung the setting on the object
    if parent.pos_ not in ("VERB", "AUX") or modal_of(parent):
        return False
    if cur.dep_ == "advcl":
        # (under an act still to come, the clause tells its own day: "agreed to let them
        # leave with A after the two met in Lima on Sunday")
        return cur.tag_ == "VBD" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS and c.i < cur.i
            for c in cur.children) and (parent.tag_ == "VBD" or _its_own_day(cur))
    if parent.tag_ != "VBD":
        return False
    return setting


def _its_own_day(verb: Token) -> bool:
    """The verb's own clause names a day: "met in Lima on Sunday"."""
    return any(t.ent_type_ == "DATE" and t.i > verb.i for p in verb.children
               if p.dep_ in ("prep", "npadvmod") for t in p.subtree)


# Nouns whose content clause tells what someone is said to have done, not what the text
# tells happened: "the claims that he had met rebel leaders".
_ALLEGED = frozenset({"claim", "allegation", "accusation", "charge", "rumour", "rumor",
                      "suspicion"})
# Verbs that tell an act as what someone is accused of: "accused of meeting agents".
_ACCUSING = frozenset({"accuse", "suspect", "charge"})


def alleged(tok: Token) -> bool:
    """ "described the claims that he had met rebel leaders as untrue", "accused of meeting
    foreign agents": an act told as an allegation."""
    for anc in (tok, *tok.ancestors):
        head = anc.head
        if anc.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and (
                head.lemma_.lower() in _ALLEGED):
            return True
        if anc.dep_ in ("pcomp", "pobj") and head.lower_ in ("of", "with") and (
                head.head.lemma_.lower() in _ACCUSING):
            return True
        if anc.dep_ in ("ROOT", "conj") or anc.pos_ == "VERB" and anc.i != tok.i and (
                anc.dep_ not in ("acl", "ccomp", "pcomp", "xcomp")):
            return False
    return False


# Words telling an act as a habit: "phoned the general routinely".
_HABITS = frozenset({"routinely", "regularly", "often", "frequently", "usually",
                     "habitually", "repeatedly", "weekly", "daily", "monthly", "fortnightly"})
# Verbs that tell an act going on, not one done: "urged the sides to keep meeting".
_ONGOING = frozenset({"keep", "continue"})


def habitual(tok: Token) -> bool:
    """ "she phoned the general routinely", "to keep meeting", "has repeatedly promised
    that ...": a habit, a standing word or an act going on, no one event."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj") else tok
    above = [tok, verb]
    while len(above) < 4 and above[-1].dep_ not in ("ROOT", "conj"):
        above.append(above[-1].head)  # the verbs it hangs from (not a coordinated one's)
    if any(c.dep_ == "advmod" and c.lower_ in _HABITS for v in above for c in v.children):
        return True  # "has repeatedly promised that no prisoner will be left": a standing word
    return tok.dep_ == "xcomp" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in _ONGOING


# Verbs that make an act the topic of talks: "raised the return of citizens held in X".
_TOPIC_VERBS = frozenset({"raise", "broach"})


def a_topic(tok: Token) -> bool:
    """ "X also raised the return of citizens held in Y": the act as a topic one brings up,
    not done."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and (
        tok.head.lemma_.lower() in _TOPIC_VERBS)

# Words that count people vaguely: "several hundred", "dozens of", "thousands of".
_VAGUELY = frozenset({"several", "many", "dozens", "hundreds", "thousands", "scores", "few"})
# Words that count acts: "a handful of prisoner releases", "several releases".
_HOW_MANY = _VAGUELY | {"handful", "number", "series", "string", "couple", "dozen",
                        "numerous", "lot", "rare"}


def counted_acts(tok: Token) -> bool:
    """ "only a handful of prisoner releases in three years", "several releases": acts
    counted over a time, no one of them told."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return False
    if tok.dep_ == "conj" and tok.head.tag_ == "NNS":
        tok = tok.head  # "hundreds of cards and letters": counted with the first
    if any(c.dep_ in ("amod", "nummod", "det") and c.lower_ in _HOW_MANY
           for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
        tok.head.head.lower_ in _HOW_MANY)


def opposed(tok: Token) -> bool:
    """ "petitioned the court against the release", "campaigned against the swap": an act
    opposed, not told done."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "against"


def a_heading(tok: Token) -> bool:
    """ "The letter." standing alone: a section's heading, no act told."""
    sent = [t for t in tok.sent if not t.is_punct and not t.is_space]
    return tok.pos_ == "NOUN" and len(sent) <= 2 and all(
        t.i == tok.i or t.pos_ == "DET" for t in sent)



def summed_up(tok: Token) -> bool:
    """ "X has released, on the most generous count, several hundred prisoners": a present
    perfect over a vague number sums up releases over time, no one release."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                     for c in tok.children):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(w.lower_ in _VAGUELY for o in objs for w in o.subtree
               if w.i == o.i or w.i < o.i and w.dep_ in ("amod", "nummod", "quantmod", "det"))
