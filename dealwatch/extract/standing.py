"""How a cue stands in its sentence: told as done in a report, as background, as believed or
still to come, and what a statement is about (its clause, phrase or object) -- the tests
extract's sentence reader (``events``) puts each cue through.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import governing_verb, reporting_subjects
from dealwatch.extract.cue import perfect
from dealwatch.extract.names import DocNames
from dealwatch.extract.text import span_text
from dealwatch.model import EntityType, Precision, Resolution, TimeExpr
from dealwatch.places import country_of_demonym


def month_of_the_act(promise: Token, date: TimeExpr) -> bool:
    """A bare month inside the act promised ("undertook to return to the table in May"):
    when the act is due, which a month without a year read back from the report misdates."""
    if date.precision != Precision.MONTH or date.resolution != Resolution.RELATIVE_TO_PUBLISHED:
        return False
    span = promise.doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return False
    if span.root.head.lower_ not in ("in", "by", "until", "before"):
        return False  # ("let go under last month's deal": the deal's month, when it was made)
    acts = [c for c in promise.children if c.dep_ in ("xcomp", "ccomp")]
    return any(span.root.i in {t.i for t in act.subtree} for act in acts)


def from_whom(tok: Token, names: DocNames) -> str | None:
    """Who a letter is from: "a letter from A", "received two notes from A", "a second letter
    arrived from A" (the parse may hang "from" on the verb of receiving or of coming)."""
    holders = [tok]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("receive", "get", "deliver"):
        holders.append(tok.head)
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("arrive", "come"):
        holders.append(tok.head)
    # "sent a letter in the name of A", "a letter, signed in the name of A": A's
    signed = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in (
        "sign", "write", "send", "issue")]
    for holder in (tok, tok.head if tok.dep_ == "dobj" else tok, *signed):
        for name in (o for p in holder.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj" and o.lower_ == "name"):
            signer = next((names.at(x) for q in name.children if q.lower_ == "of"
                           for x in q.children if x.dep_ == "pobj"), None)
            if signer is not None and signer.type == EntityType.PERSON:
                return signer.text
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            for obj in prep.children:
                m = names.at(obj)
                if m is not None and m.type in (EntityType.PERSON, EntityType.ORGANIZATION,
                                                EntityType.COUNTRY):
                    return m.text
    return None


def reported_done(verb: Token) -> bool:
    """ "X reported on Friday that A had been freed", "said A has been released": a release
    told as done in what someone reported, with no day of its own, was news that day (the
    pluperfect is the reported "has been freed")."""
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in (
            lx.REPORTING_VERBS):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if any(c.dep_ == "advmod" and c.lower_ in ("already", "earlier", "previously", "before")
           for c in verb.children):
        return False  # "said late on Thursday that he had already pardoned the four": before
    return verb.tag_ == "VBN" and bool(aux & {"had", "has", "have"}) and not aux & {
        "would", "will", "could", "might", "may", "should", "to"}


def stepped_back(tok: Token) -> bool:
    """A noun cue under a pluperfect clause of a later report ("told television that no
    mediator had taken part in the negotiations") or of an after-clause ("was killed soon
    after he had won the release of A"): the day told around it is not its day."""
    verb = _pluperfect_over(tok)
    return verb is not None and (verb.dep_ in ("ccomp", "xcomp") or _after_clause(verb))


def after_a_pluperfect(tok: Token) -> bool:
    """A noun cue in a pluperfect after-clause ("was killed soon after he had won the release
    of A"): it came before the day the sentence is in."""
    verb = _pluperfect_over(tok)
    return verb is not None and _after_clause(verb)


def _pluperfect_over(tok: Token) -> Token | None:
    """The pluperfect verb ("had won") a noun cue hangs under, if it does."""
    verb = governing_verb(tok)
    if tok.pos_ == "NOUN" and verb.i != tok.i and verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return verb
    return None


def _after_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after"
                                        for c in verb.children)


_GOVERNMENTS = frozenset({"government", "authorities", "administration", "cabinet"})


def _a_government(word: Token | None) -> bool:
    """ "the government", "the government side": a state's government, left unnamed (not "his
    government": a speaker's, read by ``own_state``)."""
    return word is not None and (word.lemma_.lower() in _GOVERNMENTS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _GOVERNMENTS for c in word.children)) and (
        not any(c.dep_ == "poss" for c in word.children))


# Nouns for an armed group or a band that gives its word as a side: "the rebels said they
# would free the general" (the article stage reads which group).
_GROUP_NOUNS = frozenset({"rebel", "guerrilla", "militant", "insurgent", "group", "movement",
                          "faction", "kidnapper", "captor", "hijacker", "separatist"})


# Verbs of belief: what someone assumes a side would do is no word the side gave.
_BELIEVING = frozenset({"assume", "believe", "think", "suppose", "suspect", "speculate",
                        "guess", "presume", "imagine", "fear"})


def believed(head: Token) -> bool:
    """ "officials assumed the group would free ...": the act is someone's belief."""
    return any(a.lemma_.lower() in _BELIEVING for a in head.ancestors)


def a_government_or_group(word: Token | None) -> bool:
    """``_a_government``, or a group told by a noun ("the rebels"), or "they"/"it" in the
    words of such a group ("the rebels said they would ...")."""
    if word is None:
        return False
    if word.pos_ == "PRON" and word.lower_ in ("they", "it"):
        word = next(iter(reporting_subjects(word)), word)
    return _a_government(word) or (word.lemma_.lower() in _GROUP_NOUNS and not any(
        c.dep_ == "poss" for c in word.children))


def has_subject(tok: Token) -> bool:
    heads = [tok, *list(tok.ancestors)[:2]]
    return any(c.dep_ in ("nsubj", "nsubjpass") for h in heads for c in h.children)


def wanted_clauses(head: Token) -> list[Token]:
    """What a demand asks for, told as a clause: "urged X to free A", "called on X to free A",
    "called for A to be freed"."""
    return [c for c in head.children if c.dep_ in ("xcomp", "ccomp") or (
        c.dep_ == "advcl" and any(x.dep_ in ("aux", "mark") and x.lower_ in ("to", "for")
                                  for x in c.children))]


# Prepositions that set a statement's scene, not what it is about: "demanded the release of
# A after his arrest", "called for talks during the visit".
_SCENE_PREPS = frozenset({"after", "before", "since", "during", "following", "amid", "amidst",
                          "despite", "until", "till", "in", "at", "near", "by", "through",
                          "throughout", "from", "within"})


def complement(tok: Token) -> Token | None:
    """What a statement is about: its clause, phrase or object (not a phrase that sets the
    scene: "In a statement on Monday, X demanded the release of A", "demanded B's return
    after his arrest")."""
    for deps in (("xcomp", "ccomp"), ("acl", "prep"), ("dobj",)):
        for child in tok.children:
            if child.dep_ in deps and not _when(child) and not (
                    child.dep_ == "prep" and (child.i < tok.i or _sets_the_scene(child))):
                return child
    return None


def _sets_the_scene(prep: Token) -> bool:
    """A phrase of when or at what price ("after her arrest", "in exchange for B"), not of an
    act ("(sought help) in freeing A", "in the release of B")."""
    if prep.lower_ not in _SCENE_PREPS or any(c.dep_ == "pcomp" for c in prep.children):
        return False
    return not any(o.dep_ == "pobj" and o.lemma_.lower() in lx.RELEASE_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "for" for c in o.children) for o in prep.children)


def _when(prep: Token) -> bool:
    """ "on Monday", "in March": a time phrase, not what a statement is about ("demanded on
    Monday the release of A")."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")
                                       for o in prep.children)


# The legal acts that free a prisoner on paper: "signed his pardon", "pardoned him".
_PAPER = frozenset({"pardon", "clemency", "commute", "commutation"})
# What a paper act may be told as coming before: the handover itself.
_HANDOVER = frozenset({"exchange", "swap", "trade", "handover", "hand", "release", "free"})


def pardon_before_the_handover(cue: Token) -> bool:
    """ "signed A's pardon on Tuesday, the last legal step before he could be handed over",
    "pardoned him the day before the exchange", "pardoned them so that they could be handed
    over": a step on paper towards the release, which is dated by the handover (the pardon
    is folded into it, not a release of its own day)."""
    if cue.lemma_.lower() not in _PAPER:
        return False
    if any(t.lower_ == "before" and any(w.lemma_.lower() in _HANDOVER for w in (
            t.head.subtree if t.dep_ == "mark" else t.subtree) if w.i > t.i)
           for t in cue.sent):  # ("before the exchange", "before he could be handed over")
        return True
    # "pardoned A and B on Sunday so that both could go home in the swap": the pardon's
    # purpose is the handover
    return any(t.lower_ == "so" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "that"
               and t.i > cue.i and any(w.lemma_.lower() in _HANDOVER
                                       for w in t.doc[t.i + 2:cue.sent.end])
               for t in cue.sent)


def told_as_to_come(cue: Token) -> bool:
    """ "the forthcoming return of X", "his expected release", "that a release was
    imminent", "no sign that a release is near": a release still to come."""
    if cue.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in lx.FUTURE_ADJ for c in cue.children):
        return True
    return cue.dep_ == "nsubj" and cue.head.lemma_ == "be" and any(
        c.dep_ in ("acomp", "advmod") and c.lower_ in _STILL_TO_COME for c in cue.head.children)


# What a release is said to be when it has not come yet: "a release was imminent".
_STILL_TO_COME = lx.FUTURE_ADJ | {"near", "close", "likely", "possible", "unlikely"}


def is_background(tok: Token) -> bool:
    """Background facts: "has been sanctioned since 2021", "under sanctions for years". A
    past perfect that a speaker reports ("the ministry said 24 had been handed over") is the
    reported event itself, shifted back by the reported speech, not background."""
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)
    if since:
        return True
    if "been" not in auxes or not {"has", "have", "had"} & auxes:
        return False
    reported = tok.dep_ == "ccomp" and tok.head.lemma_ in lx.REPORTING_VERBS
    return not ("had" in auxes and reported)


def said_outright(verb: Token) -> bool:
    """The passive is what the reporting verb says, no more: "X said the foreigners would be
    released" (not "would have been sent home", not "a request for him to be handed over")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lx.REPORTING_VERBS and not (
        perfect(verb))


# Saying something to someone's face: "X told Y that A would be let go", "assured Y".
_TOLD_TO = frozenset({"tell", "assure", "inform"})


def told_in_person(verb: Token) -> bool:
    """ "X told Y that ten of Y's people would be let go": what one side tells the other's
    envoy of its captives is its word to them, not a guess (the one told is named)."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _TOLD_TO and not perfect(
        verb) and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.head.children)


def its_own_people(verb: Token, state: str) -> bool:
    """Those the passive frees are told as the state's own ("its soldiers", "the Chilean
    sailors"): held by another, whose act their release would be."""
    for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
        for c in subject.children:
            if c.dep_ == "poss" or c.dep_ in ("amod", "compound") and (
                    country_of_demonym(c.text) == state):
                return True
    return False


def link_phrase(sent: Span) -> str | None:
    """The words that tie this sentence's event to another: "in exchange for", "in return"."""
    low = span_text(sent).lower()
    for phrase in lx.LINK_PHRASES:
        pos = low.find(phrase)
        if pos >= 0:
            return span_text(sent)[pos: pos + len(phrase)]
    return None
