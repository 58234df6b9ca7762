"""Terms and conditions a sentence sets: what one side makes its price ("made A's release a
condition", "their terms: the release of 20 fighters", "would free them only if X freed
three", "refused to free A unless ...", "the release of A depends on ..."), what a deal binds
a side to ("the agreement calls for X to free 30"), and what is only wished ("that the five
be freed"). ``frames.frame_of`` reads these while it walks from a cue to its sentence's root.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import modal_of, side_subject
from dealwatch.extract.cues import children_of, negated, word_in

# Nouns of a condition set on an act: "on condition that", "as a condition for".
TERMS = frozenset({"condition", "precondition", "prerequisite"})


# What a side makes an act: "made A's release a condition / its priority / the price".
MADE_TERMS = frozenset({"condition", "precondition", "prerequisite", "requirement",
                        "priority", "demand", "price"})  # "made X the price of the payment"


def terms_before_a_colon(tok: Token) -> Token | None:
    """A release noun that opens what follows a colon or "among them", just after a noun of
    terms ("setting out the price of her life: the release of 15 prisoners"), however the
    parse hangs it."""
    if tok.pos_ != "NOUN":
        return None
    doc = tok.doc
    start = _list_opened(doc, tok.left_edge.i)
    first = tok  # else the list's first item: "three conditions: a ceasefire, an amnesty
    while start is None and first.dep_ in ("conj", "appos") and (  # and the release of 40
            first.head.pos_ == "NOUN") and not terms_noun(first.head):  # fighters"
        first = first.head
        start = _list_opened(doc, first.left_edge.i)
    if start is None:
        return None
    before = doc[max(tok.sent.start, start - 7):start]
    near = next((t for t in reversed(before) if t.pos_ == "NOUN" and terms_noun(t)
                 or t.pos_ == "VERB" and t.lemma_.lower() in _WANTING), None)
    if near is not None:
        return near
    # "What the front wants in return for its hostages has not changed: the release of
    # 500 fighters": the wish a free relative opening the sentence tells, however far back
    return next((t for t in doc[tok.sent.start:start] if t.pos_ == "VERB"
                 and t.lemma_.lower() in _WANTING and any(
                     c.lower_ == "what" and c.i < t.i for c in t.children)), None)


# Verbs of wanting a colon spells out: "made clear what they wanted for them: the release of
# A" (the wish is theirs).
_WANTING = frozenset({"want", "demand", "seek", "ask", "require"})


def _list_opened(doc: Doc, start: int) -> int | None:
    """Where the words opening a list of items end before a phrase that starts at ``start``
    (a colon, "including", "among them", the parse hanging these on the phrase or not):
    "issued a string of demands, among them the release of 20 militants"."""
    if doc[start].lower_ == "among" and start + 1 < len(doc) and doc[start + 1].lower_ in (
            "them", "which", "these", "those"):
        return start
    if start >= 1 and (doc[start - 1].text == ":" or doc[start - 1].lower_ == "including"):
        return start - 1
    if start >= 2 and doc[start - 2].lower_ == "among" and doc[start - 1].lower_ in (
            "them", "which", "these", "those"):
        return start - 2
    return None


def terms_noun(noun: Token) -> bool:
    """A noun of terms set ("their terms", "its demands", "a price") or a list of them ("a
    list of conditions")."""
    lemma = noun.lemma_.lower()
    if lemma in MADE_TERMS - {"priority"} | {"term", "price"}:
        return True
    return lemma == "list" and any(o.lemma_.lower() in MADE_TERMS | {"term"}
                                   for p in children_of(noun, "prep") if p.lower_ == "of"
                                   for o in children_of(p, "pobj"))


def an_item(cur: Token, tok: Token) -> bool:
    """The act is the apposed word or one of the items listed with it ("conditions: the
    return of the land, the lifting of the embargo and ...")."""
    t = tok
    while t.i != cur.i:
        if t.dep_ not in ("appos", "conj"):
            return False
        t = t.head
    return True


def listed_term(tok: Token) -> Token | None:
    """A later item of a list of terms ("their terms: the release of 20 fighters and the
    lifting of sanctions"): the noun of terms, as for the first item."""
    if tok.pos_ != "NOUN" or tok.dep_ != "conj":
        return None
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "appos" and first.head.pos_ == "NOUN" and terms_noun(first.head):
        return first.head
    return None


def made_its_aim(tok: Token) -> Token | None:
    """ "X has made the return of prisoners and a ceasefire his first priorities": the act
    made one of a side's terms, however the parser hung the terms' noun (as for "made A's
    release a priority"); a second act joined to the first ("made the end of the ban and
    the release of its money the price") is one of them too."""
    first = tok
    while first.dep_ == "conj" and first.head.pos_ == "NOUN" and first.head.i != first.i:
        first = first.head
    made = first.head
    if tok.pos_ != "NOUN" or first.dep_ != "dobj" or made.lemma_.lower() != "make" or (
            negated(made) or not side_subject(made)):
        return None
    return next((t for t in made.subtree if t.i > tok.i and t.lemma_.lower() in MADE_TERMS
                 and t.pos_ == "NOUN"), None)


def made_a_condition(cur: Token, noun: Token) -> bool:
    """ "Norland made Dorn's release a condition (of any deal)": the act is the subject of
    the small clause a side made a condition, a precondition or a priority: its demand."""
    made = noun.head
    return (cur.dep_ == "nsubj" and noun.lemma_.lower() in MADE_TERMS
            and noun.dep_ in ("ccomp", "dobj", "oprd", "xcomp") and made.lemma_.lower() == "make"
            and side_subject(made) and not negated(made))


def was_a_condition(cur: Token, verb: Token) -> Token | None:
    """ "The release of A was a key demand of Y": the act is the subject of "be" whose
    complement is a demand or a condition, or the complement of a condition ("Y's condition
    was the release of A"); that noun tells the demand."""
    if verb.lemma_ not in ("be", "become", "remain") or negated(verb):
        return None  # ("its main condition has since become the release of A")
    if cur.dep_ == "attr" or cur.dep_ == "ccomp" and any(  # "X's condition for the deal
            m.dep_ == "mark" and m.lower_ == "that" for m in cur.children):  # was the lifting
        # of sanctions", "X's condition was that A be freed first"
        return next((c for c in verb.children if c.dep_ == "nsubj"
                     and c.lemma_.lower() in MADE_TERMS - {"priority"}), None)
    if cur.dep_ not in ("nsubj", "csubj"):  # ("handing over the officers had been a
        return None  # condition of the exchange": the act told by its verb)
    return next((c for c in verb.children if c.dep_ == "attr"
                 and c.lemma_.lower() in MADE_TERMS - {"priority"}), None)


def a_term_of(clause: Token, verb: Token) -> bool:
    """ "The agreement calls for Chile to free 30", "the deal requires Peru to lift ...": the
    act a deal binds a side to."""
    return verb.lemma_.lower() in ("call", "require", "oblige", "commit") and clause.dep_ in (
        "advcl", "xcomp", "ccomp") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.DEAL_WORDS for c in verb.children)


def price_of_a_pledge(tok: Token) -> Token | None:
    """ "They would free the hostages only if Chile released 20 of their comrades": the
    release a side's conditional word asks of another is its demand; the word's verb (its
    side the demand's); so is one "on condition that" another side frees people."""
    refused = _refused_unless(tok)
    if refused is not None:
        return refused
    condition = tok.head if tok.dep_ in ("acl", "ccomp", "advcl") else None
    if condition is not None and condition.lemma_.lower() in TERMS and (
            condition.dep_ == "pobj" and condition.head.lower_ in ("on", "upon")):
        pledge = condition.head.head  # "would free three on condition that A were freed"
    elif tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "if"
                                        for c in tok.children):
        return None
    elif not any(c.dep_ == "advmod" and c.lower_ == "only" for c in tok.children):
        return None  # only "only if": a plain "if" may be a hope or a threat
    else:
        pledge = tok.head
    if pledge.pos_ != "VERB" or modal_of(pledge) not in ("will", "would", "'ll") or negated(
            pledge):
        return None
    if not word_in(pledge, lx.CONCESSION_VERBS):  # (its release verbs among them)
        return None
    return pledge


# Verbs that take "that X be done": what someone wants done, however the parse hangs the clause.
_MANDATIVE = frozenset({"insist", "demand", "ask", "urge", "request", "require", "propose",
                        "suggest", "recommend", "stipulate", "press"})


def wished_by(tok: Token) -> Token | None:
    """The verb that wants a release told as "that the five be freed" ("had insisted
    throughout the talks that the five be freed"), however the parse hangs the clause."""
    if not bare_subjunctive(tok):
        return None
    return next((a for a in list(tok.ancestors)[:4] if a.pos_ == "VERB"
                 and a.lemma_.lower() in _MANDATIVE and not negated(a)), None)


def bare_subjunctive(verb: Token) -> bool:
    """ "that the five be freed": "be" with no modal and no "to" before a participle says
    what someone wants done; it tells no release."""
    return verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.lower_ == "be"
                                      for a in verb.children) and not any(
        a.dep_ == "aux" for a in verb.children)


def _refused_unless(tok: Token) -> Token | None:
    """ "X refused to free A unless Y released three Yians", "X would not free A unless ...":
    what the "unless" clause asks of the other side is the refusing side's demand."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "unless"
                                      for c in tok.children):
        return None
    pledge = tok.head
    if not word_in(pledge, lx.CONCESSION_VERBS):  # (its release verbs among them)
        return None
    if pledge.dep_ == "xcomp" and pledge.head.lemma_.lower() in lx.REFUSING:
        return pledge.head
    return pledge if negated(pledge) else None


# What a release is told to hang on: "depends on", "is conditional on", "made contingent on".
_HINGING = frozenset({"depend", "hinge", "rest"})
_HINGING_ADJ = frozenset({"conditional", "contingent", "dependent"})


def asked_in_return(tok: Token) -> bool:
    """The word is one a condition hangs on ("depends", "conditional", "made ... contingent")
    or a refusal "unless" another side acts: what it asks is the release told after it."""
    return tok.lemma_.lower() in _HINGING | _HINGING_ADJ | lx.REFUSING | {"be", "make"}


def depends_on(tok: Token) -> tuple[Token, Token] | None:
    """The word a release hangs on as what depends ("the release of A depends on ...", "is
    conditional on ...", "X made the release conditional on ...") or what it depends on ("...
    depends on Y freeing B"): a condition, no one freed yet. With it, its "on"."""
    for anc in list(tok.ancestors)[:4]:
        if anc.pos_ == "VERB" and anc.lemma_.lower() in _HINGING:
            hinges = [anc]
        elif anc.lemma_.lower() in _HINGING_ADJ:
            hinges = [anc, anc.head]  # "the release is conditional on ...": the "on" may
            # hang on either
        elif anc.lemma_.lower() in ("be", "make") and any(
                t.lemma_.lower() in _HINGING_ADJ for t in anc.subtree):
            hinges = [anc, *(c for c in anc.children if c.lemma_.lower() in _HINGING_ADJ)]
        else:
            continue
        on = [c for h in hinges for c in h.children if c.dep_ == "prep" and c.lower_ in (
            "on", "upon")]
        if on:
            return anc, on[0]
    return None


def a_term_named(phrase: Token, verb: Token) -> bool:
    """ "The agreement provides for the release of 40 prisoners", "the deal envisages the
    release of A": an act a deal sets out, named by its noun."""
    return verb.lemma_.lower() in _SETS_OUT and (
        phrase.dep_ == "dobj" or phrase.dep_ == "prep" and phrase.lower_ == "for") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lx.DEAL_WORDS for c in verb.children)


_SETS_OUT = frozenset({"provide", "envisage", "envision", "foresee", "stipulate"})
