"""What a release noun may tell that is no release done: a release sought ("set their
return as a goal"), weighed ("A's release was the only way to ..."), talked about ("the talks
centred on the handover"), cited as a precedent ("like X's release of 800"), a place or a
time set for one ("the handover point"), the means of a verb's own release ("released X in
a royal pardon"); and what it tells in other shapes: a freedom won ("won the freedom of A"),
a headline's verb the tagger read as a noun ("A pardons U.S. reporters")."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import children_of

# What a release sought is called: "set their return as a goal".
_AIMS = frozenset({"goal", "aim", "objective", "priority", "target"})


def told_as_an_aim(noun: Token) -> bool:
    """ "had set the return of the two as a goal of the war", "the return of the captives,
    one of the central aims it declared, ...": a release sought, not one done."""
    if noun.dep_ == "dobj" and any(o.lemma_.lower() in _AIMS for p in children_of(
            noun.head, "prep") if p.lower_ == "as" for o in children_of(p, "pobj")):
        return True
    after = noun.doc[noun.right_edge.i + 1:noun.right_edge.i + 7]
    return len(after) > 1 and after[0].lower_ == "," and any(  # (the tagger may take
        t.lemma_.lower() in _AIMS and t.tag_ in ("NN", "NNS", "VBZ") for t in after)  # "aims"
    # for a verb; not "aimed at easing tensions")


# Verbs that say what talks or words were about: "the talks centred on the handover".
_ABOUT = frozenset({"focus", "centre", "center", "concentrate", "dwell", "revolve", "hinge"})


def a_topic(noun: Token) -> bool:
    """ "the talks focused on the release of the ten", "centred on the sequencing of the
    handover": a release talked about, not one told done."""
    up = noun
    if up.dep_ == "pobj" and up.head.lower_ == "of" and up.head.head.pos_ == "NOUN":
        up = up.head.head  # "the sequencing of the handover"
    prep = up.head
    return up.dep_ == "pobj" and prep.lower_ in ("on", "upon", "around") and (
        prep.head.lemma_.lower() in _ABOUT)


# Verbs that let or forbid a kind of act: "a law allowing pardons", "bans exchanges".
_PERMITTING = frozenset({"allow", "permit", "enable", "authorize", "authorise", "ban",
                         "forbid", "prohibit", "bar", "outlaw", "regulate", "govern"})


def a_kind_of_act(noun: Token) -> bool:
    """ "changed the law, allowing pardons where the national interest requires it": a bare
    plural (no article, possessor or number) let or forbidden is a kind of act, none done."""
    return noun.tag_ == "NNS" and noun.dep_ == "dobj" and (
        noun.head.lemma_.lower() in _PERMITTING) and not any(
        c.dep_ in ("det", "poss", "nummod") for c in noun.children)


# What a release "of" is a way to: "some way of bringing its citizens home".
_WAYS = frozenset({"way", "means", "method", "mechanism", "option", "chance", "hope",
                   "prospect", "possibility", "power"})


def a_way_of(verb: Token) -> bool:
    """ "every allied country had some way of bringing its citizens home from X's prisons": a
    release told as a means one has (or lacks), not one done."""
    prep = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and prep.lower_ == "of" and (
        prep.head.lemma_.lower() in _WAYS)


def headline_verb(noun: Token) -> Token | None:
    """ "A pardons U.S. reporters after talks": a headline's verb the parse made a plural
    noun, with its doer hung on it as a name before it; whom it frees, the noun after it
    (which the parse makes its head or its object)."""
    if noun.tag_ != "NNS" or noun.lower_ not in lx.HEADLINE_VERBS or not any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i for c in noun.children):
        return None
    if noun.dep_ == "compound" and noun.head.i > noun.i:
        return noun.head
    return next((c for c in noun.children if c.dep_ == "dobj"), None)


# What a release is weighed as: "A's release was the only realistic way to ...".
_MEANS = frozenset({"way", "means", "option", "solution", "path", "route", "key"})


def told_as_a_means(noun: Token) -> bool:
    """ "concluding that A's release was the only realistic way to bring B home": a release
    weighed as the means to an end, not one told done."""
    verb = noun.head
    return noun.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in _MEANS for c in verb.children)


# What a release noun names a place or a time set for, as its modifier: "the handover point".
SET_FOR = frozenset({"point", "site", "location", "place", "venue", "spot", "zone", "date",
                     "time"})


# Verbs and prepositions that bring in an earlier case as a precedent or a comparison.
_CITING = frozenset({"cite", "invoke", "echo", "mirror", "resemble", "evoke", "compare"})


def as_example(noun: Token) -> bool:
    """ "pointing to X's release of 800 prisoners", "cited X's release ... as an example",
    "like X's release of ...": another case told as a precedent, not an event of this one."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("like", "unlike"):
        return True
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() == "point":
        return True
    return noun.dep_ == "dobj" and head.lemma_.lower() in _CITING


# Verbs whose object "freedom" is a release someone obtained: "Peru won the freedom of A".
_OBTAINING = frozenset({"win", "secure", "obtain", "gain", "regain"})


def freedom_won(noun: Token) -> bool:
    """ "won the freedom of A", "secured the freedom of 30 sailors", "the five regained their
    freedom" (not "press freedom", "freedom of speech" as a topic)."""
    return noun.lemma_.lower() == "freedom" and noun.dep_ == "dobj" and (
        noun.head.lemma_.lower() in _OBTAINING)


def means_of_release(noun: Token) -> bool:
    """A release noun that says how a release verb's release was done: "freed X under a
    pardon", "released X in a royal pardon" (not a swap: "freed X in a swap for Y" has the
    other side's release in it)."""
    prep = noun.head
    return (noun.dep_ == "pobj" and noun.lemma_.lower() not in lx.SWAPS
            and prep.lower_ in ("in", "under", "through", "via", "with", "by")
            and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in lx.RELEASE_VERBS)
