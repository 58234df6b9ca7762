"""The other half of a swap told in one sentence.

"A handed back twelve soldiers in exchange for two servicemen" and "A traded X for Y" tell
two releases: the second by the side that held Y. "A released twelve Swedes and B two
Norwegians" leaves out the second verb (gapping): the second group is B's release, or B's
promise when the first is promised. These functions find the second group's token and the
side that freed it; the builder turns them into mentions like any other.
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import governing_verb, member_of
from dealwatch.extract.asides import past_the_aside
from dealwatch.extract.coref import side_subject_named
from dealwatch.extract.counts import own_number
from dealwatch.extract.cues import is_detainee, money_or_assets, noun_patient
from dealwatch.extract.names import DocNames
from dealwatch.extract.patients import coordinated, shared_passive
from dealwatch.extract.shapes import swap_of_release
from dealwatch.model import EntityType
from dealwatch.places import country_for_actor, country_of_demonym

SWAP_WORDS = lx.SWAPS | {"return"}  # "in return for X" too


def exchanged_for(cue: Token, names: DocNames) -> Token | None:
    """The detainees a release was traded for: "in exchange for two servicemen", "in return
    for X", "swapped X for Y". Not a clause ("in return for Washington pardoning seven"),
    which the cue reader handles as an event of its own."""
    # the verb's own preps, and an "in exchange" the parser hung on a noun of its clause
    # ("free 33 during the first phase in exchange for ...")
    preps = [*cue.children, *(t for t in cue.subtree if t.dep_ == "prep" and t.lower_ == "in"
                              and t.head.i != cue.i and t.head.pos_ == "NOUN"
                              and governing_verb(t).i == cue.i), *_past_asides(cue)]
    if cue.pos_ == "NOUN" and cue.dep_ in ("dobj", "nsubjpass"):  # "mediated the release of
        preps += [p for p in cue.head.children  # A in return for B": the parse hangs the
                  if p.dep_ == "prep" and p.lower_ == "in" and p.i > cue.i]  # price on the verb
    for prep in preps:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "for" and cue.lemma_.lower() in SWAP_WORDS:
            found = _detainee_object(prep, names)
            if found is not None:
                return found
        if prep.lower_ == "in":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in SWAP_WORDS:
                    for inner in noun.children:
                        if inner.dep_ == "prep" and inner.lower_ == "for":
                            found = _detainee_object(inner, names)
                            if found is not None:
                                return found
                    # "in exchange" and "for 150 prisoners" as the parser hangs them: both
                    # on the verb, side by side
                    after = prep.right_edge.i + 1
                    beside = [p for p in prep.head.children
                              if p.i == after and p.dep_ == "prep" and p.lower_ == "for"]
                    found = _detainee_object(beside[0], names) if beside else None
                    if found is not None:
                        return found
    found = _completed_swap(cue, names)
    return found if found is not None else exchanged_with(cue, names)


def _past_asides(cue: Token) -> list[Token]:
    """The phrases the parser hung on an aside about the freed past its closing comma
    ("freed A, a student held for years, on Saturday in exchange for B"): the verb's."""
    doc = cue.doc
    return [doc[i] for t in cue.subtree if t.dep_ in ("acl", "relcl") and t.i != cue.i
            for i in sorted(past_the_aside(t)) if doc[i].head.i == t.i]


def _completed_swap(cue: Token, names: DocNames) -> Token | None:
    """The price of a swap told further from the verb: "freed A as part of an exchange for
    B", "freed A, completing a swap for B"."""
    for noun in cue.subtree:
        verb = swap_of_release(noun)
        if verb is not None and verb.i == cue.i:
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == "for":
                    found = _detainee_object(prep, names)
                    if found is not None:
                        return found
    return None


def exchanged_with(cue: Token, names: DocNames) -> Token | None:
    """ "Ten hostages and 30 prisoners were exchanged": the second of two groups of another
    kind that a swap verb takes together is the other side's release ("200 soldiers and 50
    civilians were returned" is one release of two kinds of people)."""
    if cue.lemma_.lower() not in lx.SWAPS or cue.pos_ != "VERB":
        return None
    shared = shared_passive(cue)  # "A and B were flown to X and exchanged there"
    for group in [*cue.children, *([shared] if shared is not None else [])]:
        if group.dep_ not in ("nsubjpass", "dobj"):
            continue
        for conj in coordinated(group):
            if (conj.i > group.i and conj.lemma_.lower() != group.lemma_.lower()
                    and is_detainee(conj, names) and is_detainee(group, names)):
                return conj
    return None


def _detainee_object(prep: Token, names: DocNames) -> Token | None:
    for obj in prep.children:
        if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN", "NUM") and is_detainee(
                obj, names) and not _money_released(obj):
            return obj
    return None


def _money_released(obj: Token) -> bool:
    """ "in exchange for the release of $2 billion in frozen funds": money, not people."""
    if obj.lemma_.lower() not in lx.RELEASE_NOUNS:
        return False
    patient = noun_patient(obj)
    return patient is not None and money_or_assets(patient)


def gapped(patient: Token, names: DocNames) -> tuple[Token, str] | None:
    """A second group coordinated with the patient under its own side, the verb left out:
    "released twelve Swedes and Norway two Finns" -> (Finns, Norway)."""
    for conj in patient.children:
        if conj.dep_ != "conj":
            continue
        # the side may hang on a word of the group ("and Y two Xian soldiers": Y on "Xian")
        near = [c for c in conj.children if c.dep_ in ("compound", "amod")]
        for child in (*conj.children, *(g for c in near for g in c.children)):
            if child.i > conj.i or child.dep_ not in ("nmod", "compound", "nsubj", "npadvmod"):
                continue
            m = names.at(child)
            if m is not None and m.type == EntityType.COUNTRY and is_detainee(conj, names) and (
                    country_of_demonym(child.text) is None) and (  # not "and American A"
                    names.at(conj) is not m):  # nor "and 400 North Koreans", one name
                return conj, m.text
    return None


def side_number(group: Token, names: DocNames) -> int | None:
    """ "and Y two Xian soldiers": the parser may hang the gapped group's number on its side's
    name; that number is the group's."""
    for tok in group.subtree:
        m = names.at(tok) if tok.i < group.i else None
        number = own_number(tok) if m is not None and m.type == EntityType.COUNTRY else None
        if number is not None:
            return number
    return None


def nationality(tok: Token | None, names: DocNames) -> str | None:
    """The country of a group of people: "two Norwegian servicemen", "twelve Swedes" (and
    "who" in "twelve Swedes, who were exchanged for ...")."""
    if tok is None:
        return None
    if tok.lower_ in ("who", "that", "which") and tok.head.dep_ == "relcl":
        tok = tok.head.head
    for word in (tok, *(c for c in tok.children if c.dep_ in ("amod", "compound", "nmod"))):
        m = names.at(word)
        country = country_of_demonym(word.text) or (
            country_for_actor(m.text) if m is not None and m.type == EntityType.COUNTRY
            else None)
        if country:
            return country
    return None


def body_of_people(tok: Token, names: DocNames) -> str | None:
    """The armed group or body a group of people belongs to: "four Vark Front officers",
    "fighters of the Vark Front" (not a state: a nationality is ``nationality``'s)."""
    for word in (c for c in tok.children if c.dep_ in ("compound", "nmod")):
        m = names.at(word)
        if m is not None and m.type == EntityType.ORGANIZATION:
            return m.text
    m = member_of(tok, names)
    return m.text if m is not None and m.type == EntityType.ORGANIZATION else None


def other_side(by: str | None, freed: Token | None, counter: Token,
               names: DocNames) -> str | None:
    """Who freed the counterpart group: the country of the first group when it is not the
    first releaser ("A freed twelve Swedes for two ..." -> Sweden), else none the sentence
    tells."""
    home = nationality(freed, names)
    side = country_for_actor(by) if by else None
    if freed is None or not home or home in (side, nationality(counter, names)):
        return None
    if any(nationality(c, names) not in (None, home) for c in freed.conjuncts):
        return None  # "an Xian and a Yian professor": people of two states name no partner
    return home


def swap_partner(verb: Token, by: str | None, names: DocNames) -> str | None:
    """ "Chile and Peru swapped 307 prisoners for 307": the two sides a swap verb's subject
    names; the counterpart is freed by the one that is not ``by`` (the caller asks only
    where both groups are as many, so that which side freed which cannot matter)."""
    if by is None or verb.lemma_.lower() not in lx.SWAPS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    sides = [m.text for t in (subject, *subject.conjuncts) for m in (names.at(t),)
             if m is not None and m.type in (EntityType.COUNTRY, EntityType.ORGANIZATION)]
    others = [s for s in sides if s != by]
    return others[0] if len(sides) == 2 and len(others) == 1 else None


def on_each_side(verb: Token) -> Token | None:
    """ "brought 390 people home on each side", "freed 50 prisoners from each side": as many
    freed by either side (the word "side", where the second release is told)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "from", "for", "by"):
            for side in prep.children:
                if side.dep_ == "pobj" and side.lemma_.lower() == "side" and any(
                        c.lower_ in ("each", "either", "both") for c in side.children
                        if c.dep_ in ("det", "predet")):
                    return side
    return None


def receivers_price(verb: Token, names: DocNames) -> str | None:
    """ "Chile got back A in exchange for B": the side that received someone paid with the
    people it was exchanged for (it freed B)."""
    if verb.lemma_.lower() not in lx.RECEIVING_VERBS:
        return None
    found = side_subject_named(verb, names)
    return found.text if found is not None else None


DEAL_TERMS = frozenset({"deal", "agreement", "accord", "terms", "truce", "ceasefire", "pact"})


def under_a_deal(verb: Token) -> bool:
    """ "Under the deal, A will free 50 in exchange for 150 held by B": a term of an agreed
    deal, so what A gets is B's undertaking too (an offer's counterpart is only its price)."""
    return any(p.dep_ == "prep" and p.lower_ == "under" and any(
        o.lemma_.lower() in DEAL_TERMS for o in p.children if o.dep_ == "pobj")
        for p in (*verb.children, *verb.head.children))


def held_by(group: Token, names: DocNames) -> str | None:
    """The side a group is "held by" ("150 prisoners held by B"), or the state it is jailed
    in, told of the group or of a noun beside it ("A, a teacher jailed in B"), also in a
    passive relative clause ("three men who had been held in B")."""
    words = [group, *(c for c in group.children if c.dep_ == "appos")]
    for clause in (c for w in words for c in w.children):
        if clause.lemma_.lower() not in ("hold", "detain", "jail", "imprison") or not (
                clause.dep_ == "acl" or clause.dep_ == "relcl" and any(
                    c.dep_ == "auxpass" for c in clause.children)):
            continue  # "150 prisoners held by B", "three men who had been held in B"
        for prep in clause.children:
            if prep.dep_ == "agent" or prep.dep_ == "prep" and prep.lower_ == "in" and (
                    clause.lemma_.lower() != "detain"):  # (where one is arrested is not
                for obj in prep.children:  # always who holds: "detained in X")
                    m = names.at(obj)
                    if m is not None and m.type in (EntityType.COUNTRY,
                                                    EntityType.ORGANIZATION):
                        return country_for_actor(m.text) or m.text
    return None


def each_of(verb: Token) -> list[Token]:
    """ "A and B each released one man", "A and B released 12 prisoners each": the subjects,
    each of which freed as many (one release a side); empty when the verb has not several.
    Without "each" the sides may have freed them together. Where the parse made "each" the
    subject ("..., and A and B each released one man" read as "each released"), the names
    coordinated right before it are the subjects."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    if subject.lower_ == "each":
        return _names_before(subject)
    if subject.lemma_.lower() in _SIDE_WORDS and any(
            c.lower_ == "each" and c.dep_ == "det" for c in subject.children):
        return _sides_above(verb)
    each = any(c.lower_ == "each" and c.dep_ in ("dep", "appos", "npadvmod", "advmod", "det")
               for c in (*verb.children, *subject.children))
    if not each:
        return []
    out = [subject, *(c for c in subject.conjuncts if _a_name(c))]
    return out if len(out) > 1 else []


_SIDE_WORDS = frozenset({"side", "country", "government", "party", "state"})


def _sides_above(verb: Token) -> list[Token]:
    """ "A and B completed the swap, each side handing over 390" (or "with each side
    releasing 12", "and each side handed over 12"): the subjects of the clause the
    participle hangs on (or is coordinated with)."""
    main = verb.head if verb.dep_ in ("advcl", "conj") else (
        verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "with" else None)
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None) if main else None
    if subject is None or not _a_name(subject):
        return []
    out = [subject, *(c for c in subject.conjuncts if _a_name(c))]
    return out if len(out) > 1 else []


def _a_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")


def _names_before(each: Token) -> list[Token]:
    """ "A and B" or "A, B and C" right before a word: their last words, in order."""
    out: list[Token] = []
    j = each.i - 1
    start = each.sent.start
    while j >= start:
        tok = each.doc[j]
        if not _a_name(tok):
            break
        out.append(tok)
        while j - 1 >= start and each.doc[j - 1].pos_ == "PROPN":
            j -= 1  # the words of one name
        j -= 1
        if j >= start and each.doc[j].lower_ in ("and", ","):
            j -= 1
            continue
        break
    return out[::-1] if len(out) > 1 else []


_REQUEST_NOUNS = frozenset({"request", "behest", "urging", "appeal", "demand"})


def requested_by(verb: Token) -> tuple[Token, Token] | None:
    """ "freed them at A's request", "released B at the request of C": the request and the
    one who asked for the release (a demand of theirs, told with the act)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in (*verb.children, *(p for o in objects for p in o.children)):  # or on its object
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "on", "after"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in _REQUEST_NOUNS:
                continue
            for c in noun.children:
                if c.dep_ == "poss" and c.tag_ != "PRP$":
                    return noun, c
                if c.dep_ == "prep" and c.lower_ == "of":
                    asker = next((o for o in c.children if o.dep_ == "pobj"), None)
                    return (noun, asker) if asker is not None else None
    return None

