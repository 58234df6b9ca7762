"""Which tokens signal a demand: a side asking for people to be freed or for an act.

"called for the release of A", "urged X to free B", "asked X to pardon her", "told X to
release A now", "wants the return of all its citizens", "raised the cases of the detained
men", "set one condition", "would hold back the next group until X kept to the terms".
Claims and persuasion are not demands ("insisted the administration had not given up",
"pressed it on the minister"), nor is asking to meet.
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import (
    Cue,
    children_of,
    has_prt,
    infinitive,
    negated,
    sets_a_deadline,
    side_subject,
    word_in,
)
from dealwatch.extract.insisted import at_the_insistence, in_the_deal, insisted_on_someone
from dealwatch.extract.names import is_given_name
from dealwatch.extract.warned import warned_to_act
from dealwatch.model import EventType

# What a side sets as a demand: "Moscow set one condition of its own".
CONDITION_NOUNS = frozenset({"condition", "precondition", "requirement", "prerequisite"})
# What one insists on or presses for: an act ("the release of X", "a swap", "compensation").
ACT_NOUNS = lx.RELEASE_NOUNS | lx.RELIEF_NOUNS | lx.OFFER_NOUNS | {
    "compensation", "apology", "withdrawal", "guarantee", "assurance", "access",
    "investigation", "inquiry", "ceasefire", "truce", "talks", "negotiations", "meeting",
    "inclusion"}

# How a text says someone is held: "two citizens held in X", "the detained men".
HELD_PARTICIPLES = frozenset({"hold", "jail", "detain", "imprison", "abduct", "kidnap",
                              "capture", "seize", "snatch", "spirit"})  # "spirited away"


def _wanted_person(tok: Token) -> bool:
    """Someone (or someone's release) one can ask for: a person's name, a prisoner."""
    lemma = tok.lemma_.lower()
    return (tok.ent_type_ == "PERSON" or lx.people_noun(lemma)
            or lemma in lx.RELEASE_NOUNS
            or (tok.pos_ == "PROPN" and any(c.dep_ == "compound" and is_given_name(c.text)
                                            for c in tok.children)))


# What an appeal or a plea asks for when it asks that people be freed.
_FREEING_ASKED = frozenset({"release", "freeing", "freedom", "pardon", "clemency", "amnesty",
                            "liberation"})


# What one asks of another side to get people freed: "help in freeing A".
_HELP_NOUNS = frozenset({"help", "assistance", "support", "intervention", "aid"})


def _help_to_free(noun: Token, verb: Token | None = None) -> bool:
    """ "help in freeing A", "assistance with the release of B", "support for securing C's
    return": asking for it asks that the people be freed (the act may hang from the
    ``verb`` the help is the object of: "sought his help in freeing A")."""
    if noun.lemma_.lower() not in _HELP_NOUNS:
        return False
    preps = children_of(noun, "prep") + (children_of(verb, "prep") if verb is not None else [])
    for p in preps:
        if p.lower_ in ("in", "with", "for", "on", "to"):
            for o in children_of(p, "pobj", "pcomp"):
                if word_in(o, lx.RELEASE_VERBS) or o.lemma_.lower() in lx.RELEASE_NOUNS or any(
                        x.lemma_.lower() in lx.RELEASE_NOUNS for x in children_of(o, "dobj")):
                    return True
    return False


def _an_act(tok: Token) -> bool:
    """What one can insist on or press for as a demand: an act ("the release of X", "a swap",
    "compensation"), or doing something ("insisted on being freed")."""
    return tok.tag_ == "VBG" or tok.dep_ == "pcomp" or tok.lemma_.lower() in (
        ACT_NOUNS | CONDITION_NOUNS)  # ("insisted on conditions of its own")


# What one raises with the other side for the people it holds: "raised the cases of ...".
_CASE_NOUNS = frozenset({"case", "plight", "detention", "imprisonment"})


def _whose_case(case: Token) -> list[Token]:
    """The words of "the case of the detained men" and "A's case" that say whose it is (not
    of "with B" hung on them)."""
    heads = [c for c in case.children if c.dep_ == "poss"] + [
        o for p in case.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"]
    return [t for h in heads for t in h.subtree
            if not any(a.dep_ == "prep" and a.lower_ == "with" and h.is_ancestor(a)
                       for a in (t, *t.ancestors))]


def _wants_freed(want: Token) -> bool:
    """ "wants the return of all its citizens", "wanted all of them to be freed": the
    release is what is wanted (its noun right after the verb, or a release verb in the
    passive under it)."""
    doc = want.doc
    after = [t for t in doc[want.i + 1:min(want.i + 4, want.sent.end)]
             if t.pos_ in ("NOUN", "PROPN")]
    if after and after[0].lemma_.lower() in lx.RELEASE_NOUNS:
        # "wanted the release of A" as the parse gives it is a release cue's own demand
        # frame; only where the parse lost the object is the wanting the cue
        return not (after[0].dep_ == "dobj" and after[0].head.i == want.i)
    return any(word_in(t, lx.RELEASE_VERBS) and any(c.dep_ == "auxpass" for c in t.children)
               for t in want.subtree if t.i > want.i) or any(
        _frees(x) and children_of(x, "nsubj") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
        for x in children_of(want, "ccomp", "xcomp"))  # "wants Peru to free A" (not "wants
    # to free A": its own wish)


def _frees(verb: Token) -> bool:
    """ "free A", "hand A over", "drop the charges against A": an act that frees people (a
    side's wish that another ease sanctions is told as a demand only in words of asking)."""
    return word_in(verb, lx.RELEASE_VERBS | {"hand", "let", "set", "commute", "extradite"}) or (
        verb.lemma_.lower() == "drop" and any(o.lemma_.lower() in ("charge", "case")
                                              for o in children_of(verb, "dobj")))


def _no_side(tok: Token) -> bool:
    """People who are no side of a deal, urged by their own: "voters", "the families",
    "Xians", "lawmakers" (a plural of people, not a state, body or named person)."""
    if tok.lemma_.lower() in _THE_MANY:
        return True  # "urged the public not to forget the two men"
    return tok.tag_ in ("NNS", "NNPS") and tok.ent_type_ not in ("GPE", "ORG") and not (
        {tok.lemma_.lower(), tok.lower_} & lx.SIDE_NOUNS)


_THE_MANY = frozenset({"public", "audience", "crowd"})


# Verbs that ask someone to do something: "asked Ruiz to pardon her", "told Lima to
# release the pastor".
_ASKING_VERBS = frozenset({"ask", "tell", "request", "implore", "beg", "instruct", "appeal"})
# What they ask for, as a demand: to free people or ease sanctions, not to meet or talk.
_ASKED_ACTS = lx.RELEASE_VERBS | lx.RELIEF_VERBS | {"hand", "let", "set", "grant", "drop",
                                                    "commute", "pay", "extradite"}


def _asked_act(verb: Token) -> bool:
    """An act one side asks of another: to free people or ease sanctions (not "to be set
    aside", a ruling undone)."""
    if verb.lemma_.lower() == "set" and has_prt(verb, "aside"):
        return False
    return word_in(verb, _ASKED_ACTS)


# What one side asks the other to do to fetch the freed: "send a plane", "fly him out".
_FETCHING = frozenset({"send", "fly", "transport", "collect", "fetch"})


def _of_the_held(verb: Token) -> bool:
    """The verb's words are about people held or freed: "fly him out", "send a plane for A"
    (not "send a delegation to the fair")."""
    return any(t.lower_ in ("him", "her", "them") or t.ent_type_ == "PERSON"
               or lx.people_noun(t.lemma_.lower()) for t in verb.subtree if t.i != verb.i)


_PRICES = frozenset({"ransom", "payment", "compensation"})


def _a_price(obj: Token) -> bool:
    """ "a ransom of $5 million", "$5 million": money asked for people held."""
    return obj.lemma_.lower() in _PRICES or obj.ent_type_ == "MONEY"


def _to_do(verb: Token) -> list[Token]:
    """What a verb asks someone to do: its infinitive, however the parse hangs it ("pressed
    X on Monday to free A" reads "to free" as an adverbial clause)."""
    return [x for x in verb.children if x.dep_ == "xcomp" or x.dep_ == "advcl" and infinitive(x)]


def demand_cue(tok: Token) -> Cue | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("could", "might", "may")
                                  for c in tok.children):
        return None  # "they could also ask the president for a pardon": a way open to them
    if tok.pos_ == "VERB" and _of_a_court(tok):
        return None  # "her lawyer asked the court to release his client": a motion in a
        # case, not one side's demand of the other
    if tok.pos_ == "VERB" and lemma in ("call", "require") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in lx.DEAL_WORDS for c in tok.children):
        return None  # "the agreement calls for Chile to free 30": a term of the deal, no one's
        # demand
    if tok.pos_ == "VERB":
        if lemma == "call" and any(p.lower_ == "for" for p in children_of(tok, "prep")) and (
                not children_of(tok, "dobj", "oprd")):  # not "called a news conference for
            # noon", nor "called Friday a day of blessings for the country"
            return Cue(tok, EventType.DEMAND)
        if lemma == "call" and any(
                word_in(c, lx.CONCESSION_VERBS) and any(m.lower_ == "for" for m in children_of(
                    c, "mark")) for c in children_of(tok, "advcl")):
            return Cue(tok, EventType.DEMAND)  # "called for A to be freed"
        if lemma == "want" and (has_prt(tok, "back") or has_prt(tok, "home")) and side_subject(
                tok) and not negated(
                tok) and not _habitual(tok):
            return Cue(tok, EventType.DEMAND)  # "Norland made clear it wanted Dorn back"
        if lemma == "ask" and any(_wanted_person(o) or _help_to_free(o) or _a_price(o)
                                  for p in children_of(tok, "prep")
                                  if p.lower_ == "for" for o in children_of(p, "pobj")):
            return Cue(tok, EventType.DEMAND)  # "came back asking for X", "asked for a ransom
            # of $5 million", not "for his number"
        if lemma in ("appeal", "plead") and not negated(tok) and any(
                o.lemma_.lower() in _FREEING_ASKED for p in children_of(tok, "prep")
                if p.lower_ == "for" for o in children_of(p, "pobj")):
            return Cue(tok, EventType.DEMAND)  # "appealed on Monday for A's release", "pleaded
            # for clemency" (not "appealed for calm")
        if lemma in ("seek", "enlist", "request") and not negated(tok) and any(
                _help_to_free(o, tok) for o in children_of(tok, "dobj")):
            return Cue(tok, EventType.DEMAND)  # "sought his help in securing A's release"
        if lemma == "want" and not negated(tok) and side_subject(tok) and _wants_freed(tok):
            return Cue(tok, EventType.DEMAND)  # "Lima wants the return of all Peruvians"
        if lemma == "raise" and side_subject(tok) and any(
                o.lemma_.lower() in _CASE_NOUNS and any(
                    _wanted_person(p) or p.lemma_.lower() in HELD_PARTICIPLES
                    for p in _whose_case(o))
                for o in children_of(tok, "dobj")):
            return Cue(tok, EventType.DEMAND)  # "raised the cases of the detained Americans"
        if lemma in _ASKING_VERBS and not negated(tok) and any(
                _asked_act(x) for x in _to_do(tok)):
            return Cue(tok, EventType.DEMAND)  # "asked Ruiz to pardon her", "told X to free A"
        if lemma == "ask" and not negated(tok) and side_subject(tok) and any(
                o.ent_type_ in ("GPE", "ORG", "NORP") for o in children_of(tok, "dobj")) and any(
                x.lemma_.lower() in _FETCHING and _of_the_held(x)
                for x in children_of(tok, "xcomp")):
            return Cue(tok, EventType.DEMAND)  # "Peru asked Chile to fly him out", "to send
            # a plane for A": how the freed are to leave, asked of the other side
        if lemma == "call" and any(p.lower_ in ("on", "upon") for p in children_of(tok, "prep")):
            # "called on Minsk to free all political prisoners"
            wanted = [t for t in tok.subtree if t.dep_ in ("xcomp", "advcl", "acl", "ccomp")]
            if any(word_in(t, lx.CONCESSION_VERBS) for t in wanted):
                return Cue(tok, EventType.DEMAND)
        if lemma == "insist" and (insisted_on_someone(tok) or any(
                (_subjunctive(x) or _must(x)) and word_in(x, lx.CONCESSION_VERBS) or (
                    in_the_deal(x)) for x in children_of(tok, "ccomp"))):
            return Cue(tok, EventType.DEMAND)  # "insisted that the 19 be freed / X free them",
            # "insist that their commander must be freed"
        if lemma in ("press", "insist") and not any(
                p.lower_ in ("for", "on") and any(
                    _an_act(o) for o in children_of(p, "pobj", "pcomp"))
                for p in children_of(tok, "prep")) and not (
                lemma == "press" and any(word_in(x, lx.CONCESSION_VERBS) for x in _to_do(tok))):
            # ("pressed Lima to free political prisoners" is a demand)
            # "insisted the administration had not given up", "still insisting on his
            # innocence", "pressed it on the minister": claims and persuasion, not demands
            return None
        if lemma in ("press", "urge") and (any(
                o.lemma_.lower() in lx.OFFER_NOUNS for p in children_of(tok, "prep")
                if p.lower_ == "on" for o in children_of(p, "pobj")) or any(
                o.lemma_.lower() in lx.OFFER_NOUNS for x in children_of(tok, "xcomp")
                if x.lemma_.lower() == "accept" for o in children_of(x, "dobj"))):
            return None  # "presses X on an offer to free A", "urged X to accept an offer"
        if lemma == "require" and not any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON")
                                          for c in tok.children):
            return None  # "the talks required difficult decisions": things require, not sides
        if lemma == "urge" and any(_no_side(o) for o in children_of(tok, "dobj")) and not any(
                _asked_act(t) or t.lemma_.lower() in ACT_NOUNS
                for x in children_of(tok, "xcomp")
                for t in (x, *children_of(x, "dobj"), *(o for p in children_of(x, "prep")
                                                        for o in children_of(p, "pobj")))):
            return None  # "urged voters to boycott imported cars": asks no side of the deal
        if lemma in lx.DEMAND_VERBS:
            return Cue(tok, EventType.DEMAND)
        if lemma in ("set", "impose", "attach", "lay", "adopt") and side_subject(tok) and any(
                o.lemma_.lower() in CONDITION_NOUNS for o in (
                    *children_of(tok, "dobj"),
                    *(x for p in children_of(tok, "prep") if p.lower_ == "as"
                      for x in children_of(p, "pobj")))):
            # "Moscow set one condition of its own: ...", "a step Washington has set as a
            # precondition for any relief"
            return Cue(tok, EventType.DEMAND)
        if _terms_set_out(tok):
            return Cue(tok, EventType.DEMAND)
    if tok.pos_ == "VERB" and lemma in _PUSHING_VERBS and side_subject(tok) and not (
            negated(tok)) and any(_an_act_for(p) for p in children_of(tok, "prep", "advcl")):
        return Cue(tok, EventType.DEMAND)  # "Chile pushed for A's release"
    if tok.pos_ == "VERB" and (_ultimatum(tok) or _deadline_set(tok) or warned_to_act(tok)):
        return Cue(tok, EventType.DEMAND)
    if tok.pos_ == "NOUN" and at_the_insistence(tok):
        return Cue(tok, EventType.DEMAND)  # "included in the talks at Xland's insistence"
    if tok.pos_ == "NOUN" and lemma == "ultimatum" and not negated(tok):
        return Cue(tok, EventType.DEMAND)  # "the ultimatum, laid down in a resolution"
    if tok.pos_ == "NOUN" and lemma == "demand" and not given_up(tok) and not (
            _in_demand(tok) or _the_market_s(tok)):
        return Cue(tok, EventType.DEMAND)
    if tok.pos_ == "NOUN" and lemma == "call" and any(
            t.lemma_.lower() in lx.RELEASE_NOUNS | lx.RELIEF_NOUNS
            for p in children_of(tok, "prep") if p.lower_ == "for" for t in p.subtree):
        return Cue(tok, EventType.DEMAND)  # "backed calls for the crew's release" (not "a
        # call for dialogue", "the prosecutors' call for life")
    return None


# Verbs of putting terms forward: "set out its terms", "spelled out his conditions".
_SETTING_OUT = frozenset({"set", "lay", "spell", "outline", "list", "state", "name"})


def _terms_set_out(verb: Token) -> bool:
    """ "X set out his terms publicly: ...", "Y outlined its conditions for a deal": a side's
    terms put forward are its demand (not "its conditions were spelled out in an annex", a
    deal's text)."""
    if verb.lemma_.lower() not in _SETTING_OUT or not side_subject(verb) or negated(verb):
        return False
    if verb.lemma_.lower() in ("set", "lay", "spell") and not has_prt(verb, "out"):
        return False
    terms = [o for o in children_of(verb, "dobj") if o.lemma_.lower() in (
        "term", "condition", "demand") and any(c.dep_ == "poss" for c in o.children)]
    return bool(terms) and not _a_release_after_the_colon(verb)


def _a_release_after_the_colon(verb: Token) -> bool:
    """ "set out its terms: the release of 20 fighters and ...": the release the colon opens
    tells the demand (``frames``), with its people and number."""
    sent = verb.sent
    colon = next((t for t in sent if t.i > verb.i and t.text == ":"), None)
    after = [t for t in sent if colon is not None and t.i > colon.i and t.dep_ != "det"][:1]
    return any(t.lemma_.lower() in lx.RELEASE_NOUNS for t in after)


# Verbs of working on a side to do something: "pushed for A's release", "is lobbying for A
# to be freed".
_PUSHING_VERBS = frozenset({"push", "lobby", "campaign", "agitate"})


def _an_act_for(word: Token) -> bool:
    """ "for A's release", "for the lifting of sanctions", "for A to be freed" (not "for his
    removal" from office)."""
    if word.dep_ == "advcl":  # "for A to be freed": the clause a "for" marks
        return _asked_act(word) and any(m.lower_ == "for"
                                                  for m in children_of(word, "mark"))
    return word.lower_ == "for" and any(
        o.lemma_.lower() in lx.RELEASE_NOUNS | {"inclusion"}  # ("the inclusion of A")
        or o.lemma_.lower() in lx.RELIEF_NOUNS and any(
            t.lemma_.lower() in lx.SANCTION_NOUNS for t in o.subtree)  # not "his removal"
        for o in children_of(word, "pobj"))


def _habitual(verb: Token) -> bool:
    """ "X has repeatedly said it wants him back": a wish told as a standing one, no demand
    of the story's."""
    return any(c.dep_ == "advmod" and c.lower_ in ("repeatedly", "long", "often", "always",
                                                   "consistently")
               for v in (verb, *list(verb.ancestors)[:2]) for c in v.children)


def _of_a_court(verb: Token) -> bool:
    """The one asked is a court ("asked the court to release his client", "appealed to the
    judge to free her"): a motion in a case."""
    asked = [*children_of(verb, "dobj"),
             *(o for p in children_of(verb, "prep") if p.lower_ == "to"
               for o in children_of(p, "pobj"))]
    return any(o.lemma_.lower() in lx.COURTS for o in asked)


def _in_demand(noun: Token) -> bool:
    """ "has been in demand as a speaker", "in high demand": sought after, no one's demand
    (the noun after "in", with nothing of what is demanded)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" and not any(
        c.dep_ in ("det", "poss", "compound", "acl", "relcl")
        or (c.dep_ == "prep" and c.lower_ in ("for", "of", "from")) for c in noun.children)


# Verbs of making a demand: "issue", "renew", "voice".
_MAKING = frozenset({"issue", "make", "put", "present", "renew", "repeat", "reiterate", "set",
                     "deliver", "send", "table", "voice", "file", "lodge", "restate", "add"})
# What a side may ask money for: "renewed demand for a ransom".
_MONEY_ASKED = frozenset({"ransom", "payment", "money", "cash", "compensation", "fee"})


def _the_market_s(noun: Token) -> bool:
    """ "weak demand for platinum", "an improvement in demand from carmakers": demand of a
    market, told with no article, owner or kind, and for nothing a side asks ("demand for
    his release grew" is one)."""
    if noun.tag_ != "NN" or any(c.dep_ in ("det", "poss", "compound", "acl", "relcl", "ccomp",
                                           "nummod") for c in noun.children):
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MAKING:
        return False  # "Rebels issue new demand": a headline's side makes it
    return not any(o.lemma_.lower() in ACT_NOUNS | _MONEY_ASKED
                   for p in children_of(noun, "prep") if p.lower_ == "for"
                   for o in children_of(p, "pobj"))


def given_up(noun: Token) -> bool:
    """ "agreed to drop the demand for a swap", "abandoned its demand": a demand given up is
    none made."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in (
        "drop", "abandon", "withdraw", "shelve", "waive", "relinquish", "forgo")


def _subjunctive(verb: Token) -> bool:
    """ "that the sailors be freed", "that X free them": a verb in its bare form with no
    modal and no "to", which says what someone wants done, not what was done."""
    if any(a.dep_ == "aux" for a in verb.children):
        return False
    if verb.tag_ == "VB":
        return True
    if verb.tag_ == "JJ" and verb.lower_ == "free" and any(c.dep_ == "dobj"
                                                          for c in verb.children):
        return True  # "that Xland free three Yians": the parser's adjective with an object
    if verb.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.tag_ in ("NNP", "NN")
                                  for c in verb.children):
        return True  # "that Chile free them": no "frees" after a singular subject
    return verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.lower_ == "be"
                                      for a in verb.children)


def _must(verb: Token) -> bool:
    """ "that X must be freed", "that Y should free them": what someone holds has to be done."""
    return any(a.dep_ == "aux" and a.lower_ in ("must", "should") for a in verb.children)


WITHHOLD_VERBS = frozenset({"hold", "withhold", "delay", "suspend", "halt", "stop", "postpone",
                            "freeze"})


# Verbs that put a deadline to the other side: "set a deadline of 15 May", "gave X until".
_DEADLINE_VERBS = frozenset({"set", "impose", "give", "issue", "fix", "lay"})


def _deadline_set(verb: Token) -> bool:
    """ "A conference of the VLF set a deadline of 15 May, after which ...", "gave Peru a
    deadline": a deadline put to the other side demands what it must do by then (not a
    court's deadline for filings)."""
    return verb.lemma_.lower() in _DEADLINE_VERBS and not negated(verb) and sets_a_deadline(
        verb) and any(s.lemma_.lower() not in lx.COURTS for s in children_of(verb, "nsubj"))


def _ultimatum(verb: Token) -> bool:
    """ "said it would hold back the next group of hostages until X kept to the terms":
    withholding something until the other side acts demands that act."""
    if verb.lemma_.lower() not in WITHHOLD_VERBS or negated(verb):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in verb.children):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "unless")
                                         for m in c.children) for c in verb.children)


# What diplomats urge that is no term of any deal: calm, restraint, talking to each other.
_CALM = frozenset({"restraint", "calm", "de-escalate", "deescalate", "de-escalation",
                   "escalate", "escalation", "communication", "dialogue", "channel"})


def calls_for_calm(head: Token) -> bool:
    """ "urging restraint and direct communication", "urged both sides to de-escalate", "urged
    them to open channels of communication": asked of both sides alike, with no concession
    and no one to free in it, it is diplomacy, not a demand of the deal."""
    asked = [t for t in head.subtree if t.i > head.i]
    return any(t.lemma_.lower() in _CALM or t.lower_ in _CALM for t in asked) and not any(
        word_in(t, lx.CONCESSION_VERBS) or t.lemma_.lower() in lx.RELEASE_NOUNS
        for t in asked)
