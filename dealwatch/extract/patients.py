"""Whom an act is done to: the patient of a release verb ("freed X", "X was freed") or noun
("the release of X", "X's release", "clemency to X")."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import children_of, infinitive
from dealwatch.extract.shapes import TIME_SPANS

# "granted clemency to X" (not "offered ... to X": an offer is a promise of its own)
_GRANT_VERBS = frozenset({"grant", "give", "extend", "award"})
_GRANTED = frozenset({"clemency", "pardon", "amnesty"})


def verb_patient(verb: Token) -> Token | None:
    """The object of an active verb or the subject of a passive one."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    held = held_since(verb) if passive else None
    if held is not None:
        return held
    for dep in (("nsubjpass", "dobj") if passive else ("dobj", "nsubjpass", "dative")):
        found = [c for c in children_of(verb, dep) if c.lower_ not in lx.TITLE_ABBREVIATIONS
                 and not (c.lower_ == "that" and c.i < verb.i and c.pos_ == "SCONJ")]
        if found:  # not "Sgt" of "freed Sgt. A" the parser made an object of its own, nor
            # the conjunction "(said) that X should hand over A" the parser made one; of two
            # passive subjects, the one next to the verb ("In the raid, code-named X, 33
            # captives were brought out": the parser's first is the aside's name)
            plain = [c for c in found if not c.lower_.endswith(("self", "selves"))
                     and c.ent_type_ not in ("DATE", "TIME")]  # ("the previous day")
            # (a lone "dative" is the parser's "bring him home")
            return plain[-1] if dep == "nsubjpass" and len(plain) > 1 else (plain or found)[0]
    if passive and verb.i < min((c.i for c in children_of(verb, "auxpass")), default=-1):
        # "Also freed were A and B": the parser hangs the freed on the inverted "were"
        found = [a for aux in children_of(verb, "auxpass") for a in children_of(aux, "attr",
                                                                                "nsubj")]
        if found:
            return found[0]
    for prt in children_of(verb, "prt"):  # "handing over 40 people": the parser's object of
        found = children_of(prt, "pobj")  # the particle
        if found:
            return found[0]
    if (verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() == "want"
            and verb.tag_ in ("VBN", "VBD") and not any(
                c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)):
        found = children_of(verb, "nsubj")  # "wanted A freed": the parser's subject of "freed"
        if found:
            return found[0]
    if verb.dep_ == "relcl" and not passive and verb.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in verb.children):
        return verb.head  # "16 people Norland freed": the noun the clause describes
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and (
            not passive and not any(c.dep_ in ("dobj", "nsubj") for c in verb.children)) and any(
            c.lower_ in ("home", "back") for c in verb.children) and not (
            _counted_against(verb.head)):
        return verb.head  # "the 12 sailors flown home on Friday": the people the participle
        # tells taken home (a participle of "freed" alone describes them: "the men released
        # last year")
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.tag_ in ("VBN", "VBD"):
        found = children_of(verb, "nsubj", "nsubjpass")  # "..., with 303 soldiers handed
        if found:  # back": the people of an absolute clause are those it frees
            return found[0]
    if passive and verb.dep_ in ("acl", "relcl") and the_first_to_be(verb):
        return verb.head  # "the first soldiers to be released by X came back on Monday"
    shared = shared_passive(verb) if not passive else None
    if shared is not None:
        return shared
    if not passive:
        split = split_subject(verb)
        if split is not None:
            return split[0]
        described = _described_after(verb)
        if described is not None:
            return described
    if verb.tag_ == "VBZ":  # a headline's present ("X pardons Yian reporters after talks"):
        return _noun_after(verb)  # the object the parse left loose, right after the verb
    return None


def _described_after(verb: Token) -> Token | None:
    """ "X will free A, B and ten guards seized last year": the parser may make the people
    the subject of the participle that describes them, a clause of the verb, which is left
    with no object. The subject, right after the verb and before a participle with no
    auxiliary or marker of its own, is the verb's object."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.RELEASE_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or clause.tag_ != "VBN" or any(
                c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in clause.children):
            continue
        people = [s for s in children_of(clause, "nsubj") if verb.i < s.i < clause.i]
        if people:
            return people[0]
    return None


def the_first_to_be(verb: Token) -> bool:
    """ "The first wounded soldiers to be released by X came back on Monday": the first (or
    last) of the people a passive infinitive describes, told in a past clause, were freed.
    (The parser may make the infinitive the root, with the people its subject and the past
    verb its conjunct.)"""
    if not infinitive(verb) or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.dep_ in ("acl", "relcl"):
        noun, past = verb.head, verb.head.head.tag_ == "VBD"
    else:
        subjects = children_of(verb, "nsubjpass")
        noun = subjects[0] if subjects and subjects[0].i < verb.i else verb
        past = any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children)
    return noun.pos_ == "NOUN" and past and any(c.lower_ in ("first", "last")
                                                for c in noun.children)


def shared_passive(verb: Token) -> Token | None:
    """ "A and B were flown to X and exchanged there": a swap verb coordinated with a passive
    verb, with no subject, object or auxiliary of its own, shares that verb's "were" and its
    subject (the parser tags it a past tense). Only a swap of two people or groups named
    together: "was arrested and handed over" is not told of the release a swap is, and "the
    prisoners were flown to X and exchanged" tells no one they were exchanged for."""
    up = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in verb.children):
        return None
    if not any(c.dep_ == "auxpass" for c in up.children):
        return None
    found = children_of(up, "nsubjpass")
    if verb.lemma_.lower() not in lx.SWAPS:
        return found[0] if found and _brought_to_be_freed(verb, up, found[0]) else None
    return found[0] if found and coordinated(found[0]) else None


# Verbs that carry people to where they are freed: "were driven to the bridge and handed over".
_BROUGHT = lx.CARRYING_VERBS | {"bring", "drive", "bus", "escort", "carry", "ferry", "lead"}


def _brought_to_be_freed(verb: Token, up: Token, held: Token) -> bool:
    """ "300 prisoners were driven north by truck and handed over at the ford": prisoners
    carried somewhere and handed over there are freed (not "was arrested and handed over" to
    the police: the first verb carries them, and they are told as held)."""
    lemma = verb.lemma_.lower()
    return up.lemma_.lower() in _BROUGHT and held.lemma_.lower() in lx.HELD_NOUNS and (
        lemma in lx.RELEASE_VERBS - lx.SWAPS or any(
            (lemma, c.lower_) in lx.RELEASE_PHRASAL for c in verb.children if c.dep_ == "prt"))


def coordinated(group: Token) -> list[Token]:
    """The groups coordinated with this one: "A and B", and "the aid worker A and the
    diplomat B", where the parser may hang B on the name beside the first group."""
    beside = [a for a in group.children if a.dep_ == "appos"]
    return [*group.conjuncts, *(c for a in beside for c in a.conjuncts)]


def _noun_after(verb: Token) -> Token | None:
    """The head of the noun phrase right after a verb ("pardons two Yian reporters"), on its
    line (the parse may end a headline's sentence at the verb)."""
    end = next((t.i + 1 for t in verb.doc[verb.i:verb.i + 8] if "\n" in t.whitespace_),
               min(len(verb.doc), verb.i + 8))
    k = verb.i + 1
    while k < end and verb.doc[k].pos_ in ("ADJ", "NUM", "DET"):
        k += 1
    while k + 1 < end and verb.doc[k].pos_ == "PROPN" and verb.doc[k + 1].pos_ in (
            "PROPN", "NOUN"):
        k += 1  # "U.S. reporters"
    if k < end and verb.doc[k].pos_ in ("NOUN", "PROPN") and verb.doc[k].dep_ != "compound":
        return verb.doc[k]
    return None


def held_since(verb: Token) -> Token | None:
    """ "Ten Yians held in X since March were freed on Friday": the parser reads "since March
    were freed" as a clause of "held" with the month for its subject; those freed are the
    people "held" describes."""
    if verb.dep_ != "advcl" or verb.head.dep_ != "acl" or not any(
            c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.ent_type_ != "DATE":
        return None
    return verb.head.head


def _counted_against(noun: Token) -> bool:
    """ "a day for every ten hostages released", "swapped for a Russian": people counted in a
    rate or a price, not freed."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" or any(
        c.lower_ in ("every", "each", "per") for c in noun.children)


def split_subject(verb: Token) -> tuple[Token, Token] | None:
    """ "X released A and Y released B": the parser often reads "A and Y" as the subject of
    the second verb, a clause of the first, which is left with no object. The first word of
    that subject, right after the first verb, is the first verb's object; the last conjunct,
    the second verb's subject. Returns (object of ``verb``, subject of the second verb)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.RELEASE_VERBS:
        return None
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "conj") and c.i > verb.i]
    if verb.dep_ == "ccomp" and verb.head.i > verb.i:
        clauses.append(verb.head)  # or the first verb made a clause of the second
    for clause in clauses:
        if clause.lemma_.lower() not in lx.RELEASE_VERBS:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.left_edge.i != verb.i + 1 or subject.pos_ != "PROPN":
            return None
        conjs = [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        if len(conjs) == 1 and any(c.dep_ == "cc" for c in subject.children):
            return subject, conjs[0]
    return None


def noun_patient(noun: Token) -> Token | None:
    """Whose release: "the release of X", "X's release", "prisoner release", "clemency to X"."""
    for prep in children_of(noun, "prep"):
        if prep.lower_ in ("of", "for", "to"):
            objs = children_of(prep, "pobj")
            if objs and objs[0].lemma_.lower() in TIME_SPANS:
                return None  # "the first swap of the Smith years": when, not whom
            if objs:
                return objs[0]
    for dep in ("poss", "compound"):
        found = children_of(noun, dep)
        if found:
            return found[0]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _GRANT_VERBS and (
            noun.lemma_.lower() in _GRANTED):
        for prep in children_of(noun.head, "prep", "dative"):  # "granted clemency to X",
            objs = children_of(prep, "pobj") if prep.pos_ == "ADP" else [prep]  # "granted X
            if objs and (prep.pos_ != "ADP" or prep.lower_ == "to"):  # clemency"
                return objs[0]
    return None
