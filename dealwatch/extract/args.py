"""The arguments of an event: who acted, with whom, whom it freed, how many, what, where, when."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.coref import Coref, by_role
from dealwatch.extract.cue import has_prt, infinitive
from dealwatch.extract.group_before import the_group_before
from dealwatch.extract.names import DocNames
from dealwatch.extract.patients import split_subject
from dealwatch.extract.seats import seated_in
from dealwatch.extract.shapes import seen_freeing
from dealwatch.extract.text import doc_text
from dealwatch.model import EntityType, NameMention
from dealwatch.places import country_of_capital, country_of_demonym

ACTOR_TYPES = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY)


# The last words of a carrier's name: an airline flies the freed home, it frees no one.
_CARRIERS = re.compile(r"\b(?:Airlines|Airways|Air Lines|Airline)$")


def can_act(m: NameMention | None) -> bool:
    """People, organisations, countries, and capitals standing for their country (not an
    airline: "Vark Air Lines said it would bring them home" is transport, no side's act)."""
    if m is None or _CARRIERS.search(m.text):
        return False
    return m.type in ACTOR_TYPES or (
        m.type == EntityType.PLACE and country_of_capital(m.text) is not None
    )


def _calling_itself(tok: Token, names: DocNames) -> NameMention | None:
    """ "a group calling itself X", "militants who call themselves X": X."""
    for clause in tok.children:
        if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in ("call", "name") and any(
                c.lower_ in ("itself", "themselves") for c in clause.children):
            for named in clause.children:
                m = names.at(named) if named.dep_ in ("oprd", "attr", "dobj", "xcomp") else None
                if m is not None and m.type == EntityType.ORGANIZATION:
                    return m
    return None


# A body that is another's offshoot: "an X affiliate", "an X splinter group" is not X (but
# "X's armed wing" is part of X).
_OFFSHOOTS = frozenset({"affiliate", "offshoot", "franchise", "splinter", "ally", "proxy"})


def name_of(tok: Token, names: DocNames, coref: Coref | None = None) -> NameMention | None:
    """The name a token stands for: itself, a pronoun's antecedent, or a name modifying it."""
    found = names.at(tok)
    if found is not None:
        return found
    if coref is not None and tok.pos_ == "PRON":
        return coref.resolve(tok)
    group = the_group_before(tok, names)  # "... the Vark Front were freed, and the group"
    if group is not None:
        return group
    kin = tok.lemma_.lower() in lx.KIN_AND_COUNSEL  # "X's family": not X
    if tok.lemma_.lower() == "counterpart":  # "her Peruvian counterpart A": A, not Peru
        named = [names.at(c) for c in tok.children if c.dep_ == "appos"]
        person = next((m for m in named if m is not None and m.type == EntityType.PERSON),
                      None)
        if person is not None:
            return person
    armed = _armed_group(tok)
    if armed:  # "a Yian rebel group, the Red Front": the group named, not the state
        for child in tok.children:
            inner = names.at(child) if child.dep_ == "appos" else None
            if inner is not None and inner.type == EntityType.ORGANIZATION:
                return inner
    if tok.lemma_.lower() in lx.CRAFTS:
        return None  # "the hijacked Xian jet frees 17": the men aboard, not the state of X
    if tok.lemma_.lower() in _OFFSHOOTS:
        return None  # "freed by an al-Vark affiliate": another body, the one al-Vark spawned
    called = _calling_itself(tok, names)
    if called is not None:
        return called  # "a group calling itself the Vark Front": the name it gives itself
    for child in tok.children:  # "US officials", "Belarusian authorities", "the U.S. embassy"
        if armed and (child.dep_ == "amod" and country_of_demonym(child.text) or (
                child.dep_ == "poss" and _a_state(names.at(child)))):
            continue  # "Yian rebels", "a Yian militia", "Yland's rebels": not the state of Y
        if child.dep_ in ("compound", "amod", "nmod", "poss") and child.i < tok.i:
            inner = names.at(child)
            if inner is not None and inner.type in ACTOR_TYPES and not (
                    kin and inner.type == EntityType.PERSON):
                return inner
    if tok.lemma_.lower() in _GATHERINGS:  # "a conference of the VLF set a deadline"
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                inner = names.at(obj)
                if inner is not None and inner.type in (EntityType.ORGANIZATION,
                                                        EntityType.COUNTRY):
                    return inner
    seat = seated_in(tok, names)  # "authorities in Xland": Xland
    if seat is not None:
        return seat
    if tok.lemma_.lower() in lx.ROLE_NOUNS:  # "the envoy Ola Nord": the person named in
        for child in tok.children:  # apposition to the role
            inner = names.at(child) if child.dep_ == "appos" else None
            if inner is not None and inner.type == EntityType.PERSON:
                return inner
    return None


def names_in(tokens: list[Token] | Span, names: DocNames,
             types: tuple[EntityType, ...] = ACTOR_TYPES) -> list[str]:
    """The distinct names, in order, that the tokens belong to."""
    seen: dict[str, None] = {}
    for tok in tokens:
        m = names.at(tok)
        if m is not None and m.type in types:
            seen.setdefault(m.text, None)
    return list(seen)


def subtree(tok: Token) -> list[Token]:
    return list(tok.subtree)


# A body's members gathered, acting as the body: "an extraordinary conference of the VLF".
_GATHERINGS = frozenset({"conference", "congress", "convention", "plenum", "summit"})
# A state's governing body, told by whose it is: "his government", "its authorities".
_GOVERNING = frozenset({"government", "administration", "authorities", "regime", "junta"})


def subject_past_the_price(subject: Token, verb: Token) -> Token | None:
    """ "In exchange for A, B and C, President X granted clemency to ...": the parser takes
    the people the opening phrase names for the verb's subject and hangs the true subject,
    the last item before the verb, on them as an apposition. The subject's words follow a
    "for" of an opening "In exchange"/"In return" that has no object of its own; the actor
    is the apposition that ends just before the verb."""
    doc = subject.doc
    start = subject.left_edge.i
    if start < 3 or doc[start - 1].lower_ != "for" or any(
            c.dep_ == "pobj" for c in doc[start - 1].children):
        return None
    head = doc[start - 2]
    if head.lower_ not in ("exchange", "return") or doc[start - 3].lower_ != "in" or (
            doc[start - 3].i != doc[start - 3].sent.start):
        return None
    last = [t for t in subject.subtree if t.dep_ == "appos" and t.right_edge.i + 1 == verb.i]
    return last[0] if last else None


def actor_token(tok: Token, names: DocNames, coref: Coref) -> Token | None:
    """The word naming who does it: the active subject, a passive agent, or a possessor of a
    noun cue (a word that names no one included, for the document stage to read)."""
    maker = _maker_of(tok) or giver_of(tok)
    if maker is not None:
        return maker
    cur = tok
    for _ in range(3):
        cur = _past_a_measure(cur)  # "held two hours of talks": the talks' verb
        for child in cur.children:
            if child.dep_ == "nsubj" and _small_clause(cur):
                continue  # "the swap saw A freed by X": A is freed, X frees
            if child.dep_ == "nsubj" and child.pos_ == "NOUN" and any(
                    o.dep_ == "nsubj" and o.i == child.i + 1 and o.pos_ == "PROPN"
                    for o in cur.children):
                continue  # "the rebel group VLA freed ...": the parse gave the verb two
                # subjects, the kind and the name; the name acts
            if child.dep_ == "nsubj" and child.i < cur.i and any(
                    t.text == ";" for t in cur.doc[child.i:cur.i]):
                continue  # "Chilean envoy seized in Lima; kidnappers demand ...": a headline's
                # two clauses, the parse gave the verb both subjects
            if child.dep_ == "nsubj" and child.i > cur.i and any(
                    c.dep_ == "auxpass" and c.i > cur.i for c in cur.children):
                continue  # "Also freed on Monday were five men: A, B": A is freed
            if child.dep_ == "poss" and cur.i == tok.i and tok.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
                continue  # "A's release by X", "their release by X": X acts, A is freed
            if child.dep_ == "nsubj" and child.i < cur.i:
                last = subject_past_the_price(child, cur)
                if last is not None:
                    return last  # "In exchange for A, B and C, President X granted ...": X
            if child.dep_ == "poss" and cur.i == tok.i:
                owner = _their_owner(child)
                if owner is not None:
                    return owner  # "the rebels renewed their demand": the rebels'
            if child.dep_ in ("nsubj", "poss"):
                if child.tag_ in ("WP", "WDT") and cur.dep_ == "relcl" and cur.i == tok.i:
                    return cur.head  # "President A, who freed 52 prisoners": A (not "A, who
                    # confirmed the meeting": the cue's own verb only)
                return _speaker_of_it(child) or child
            if child.dep_ == "aux" and child.i < cur.i:  # "X had for months pressed": the
                for subject in child.children:  # parser hangs X on the "had"
                    if subject.dep_ == "nsubj":
                        return subject
            if child.dep_ == "compound" and cur.i == tok.i and (
                    tok.tag_ == "VBZ" or tok.tag_ == "NNS" and (
                        tok.lower_ in lx.HEADLINE_VERBS)) and (
                    child.i < tok.i and child.pos_ == "PROPN"):
                return child  # a headline: "X pardons Yian reporters", X parsed a modifier
                # (and "pardons" now and then a noun)
            if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.i < cur.i and (
                    child.i == cur.sent.start) and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
                return child  # "X, for its part, pardoned seven": parsed as a modifier
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"
                                         and cur.i == tok.i and (tok.pos_ == "NOUN"
                                                                 or tok.tag_ == "VBN")):
                for obj in child.children:  # ("the release of A by X", "saw A freed by X")
                    m = name_of(obj, names, coref)
                    if m is not None and can_act(m):
                        return obj
                    if m is None and obj.lemma_.lower() in _GOVERNING and any(
                            c.dep_ == "poss" for c in obj.children):
                        return obj  # "freed by his government": the document stage reads
                        # whose
        thanked = _thanked_for(cur, names) if cur.i == tok.i else None  # (not "for
        if thanked is not None:  # organising the exchange": the exchange's sides are others)
            return thanked  # "Y thanked X for freeing five fishermen": X freed them
        if cur.pos_ in ("VERB", "AUX") and any(c.dep_ == "agent" for c in cur.children):
            break  # "X freed 233, and 73 Yians were freed by the rebels": a passive with an
            # agent of its own is not the first verb's subject's act
        if cur.dep_ == "conj" and cur.i == tok.i and any(
                c.dep_ == "auxpass" for c in cur.children) and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            break  # "The 52 freed by X reached Y and were handed over to Z": the subject the
            # passive shares with the verb before it is whom it is done to
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() == "be" and any(
                c.dep_ == "auxpass" for c in cur.children):
            break  # "A is to be flown out on Friday": the subject of "is" is whom it is done to
        if cur.dep_ == "conj" and _own_passive(cur):
            break  # "X did not object, and the designation was rescinded": a passive with a
            # subject of its own, after a verb of another act, is not X's
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ == "by" and (
                cur.head.head.pos_ in ("VERB", "AUX")) and any(  # (its own subject only:
                c.dep_ == "nsubj" for c in cur.head.head.children):  # not "called on X to
            # respond by agreeing")
            cur = cur.head.head  # "X responded by freeing 20 prisoners": X frees them
            continue
        if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.dep_ == "dobj" and (
                cur.head.lemma_.lower() in _INSTRUMENTS):
            cur = cur.head.head  # "X issued an order granting a pardon to A": X pardons A
            continue
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("xcomp", "conj", "amod") and not (
                cur.dep_ == "advcl" and (cur.tag_ == "VBG" or infinitive(cur))):  # "came back
            break  # asking for X", "to keep working to free X"
        if cur.dep_ in ("ROOT",):
            break
        if cur.dep_ == "pobj" and cur.head.lower_ in _TIME_PREPS and (
                cur.lemma_.lower() in lx.RELEASE_NOUNS):
            break  # "sent back by X after the release of three": X did the sending (not
            # "X has called for it since a phone call with Y": X took part)
        cur = _past_the_participle(cur)
    return None


_ACTS = lx.RELEASE_VERBS | lx.RELIEF_VERBS | lx.IMPOSE_VERBS
# The instruments an act is done by: "issued an order granting a pardon to A".
_INSTRUMENTS = frozenset({"order", "decree", "edict", "directive", "ruling", "resolution"})
# Verbs that make or put forward what a noun names: "the demands the committee drew up".
_MAKING_VERBS = frozenset({"draw", "make", "set", "put", "present", "submit", "issue", "table",
                           "lay", "list", "send", "raise", "pose", "voice", "outline",
                           "formulate", "spell", "write"})


def giver_of(noun: Token) -> Token | None:
    """ "32 commitments from the government", "assurances from Peru": who gave their word;
    "a new demand from A": who made it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in WORDS_GIVEN | _WORDS_MADE or any(
            c.dep_ == "poss" for c in noun.children):
        return None
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "from"
                 for o in p.children if o.dep_ == "pobj"), None)


# What a side gives as its word: "commitments from the government".
WORDS_GIVEN = frozenset({"commitment", "assurance", "guarantee", "pledge"})
# What a side asks, told with who asked it: "a new demand from A".
_WORDS_MADE = frozenset({"demand", "request", "ultimatum"})


def _maker_of(noun: Token) -> Token | None:
    """ "the 21 demands that the committee drew up", "the terms the rebels set": the subject
    of a clause that makes the noun it describes, when the noun has no possessor of its own."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "poss" for c in noun.children):
        return None
    for clause in noun.children:
        if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in _MAKING_VERBS:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].tag_ not in ("WP", "WDT") and (
                subjects[0].pos_ in ("NOUN", "PROPN")):
            return subjects[0]
    return None


def _own_passive(verb: Token) -> bool:
    """A passive verb with a subject of its own, coordinated with a verb of another kind of
    act ("X did not object, and the designation was rescinded"; not "X freed 30, and 20 more
    were released on Tuesday")."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and any(
        c.dep_ == "auxpass" for c in verb.children) and (
        verb.head.lemma_.lower() not in _ACTS)


def _thanked_for(verb: Token, names: DocNames) -> Token | None:
    """The side a verb of thanks credits with the act it is "for": "thanked X for freeing
    A", "praised X for releasing A" (a state or a body; a person thanked is left to the
    document stage, which knows whose office they hold)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for" or (
            verb.head.head.lemma_.lower() not in ("thank", "praise", "credit", "commend")):
        return None
    thanked = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
    found = names.at(thanked) if thanked is not None else None
    return thanked if found is not None and found.type in (
        EntityType.COUNTRY, EntityType.ORGANIZATION) else None


def _small_clause(verb: Token) -> bool:
    """A participle with a subject of its own and no auxiliary, under a verb of seeing or
    wanting: "saw A freed", "wanted A released" (the subject is whom it frees)."""
    return verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("ccomp", "xcomp") and (
        verb.head.lemma_.lower() in ("see", "want", "watch")) and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)


# The words that put one act before or after another: a release told after one of them is
# not done by the subject of the verb they hang on.
_TIME_PREPS = frozenset({"after", "before", "following", "since", "until", "pending",
                         "ahead"})


def _past_a_measure(tok: Token) -> Token:
    """ "two hours of talks", "a round of talks": the measure stands for the cue itself."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.lemma_.lower() in _MEASURES):
        return tok.head.head
    return tok


_MEASURES = frozenset({"hour", "day", "week", "round", "series", "session", "minute"})


def _past_the_participle(verb: Token) -> Token:
    """The word above a verb whose subject is sought. A finite verb the parser coordinated
    with a participle describing the object ("released A, held for years, and freed B") is
    coordinated with the verb governing that object: its subject is that verb's."""
    up = verb.head
    if (verb.dep_ == "conj" and verb.tag_ == "VBD" and up.dep_ == "acl" and up.tag_ == "VBN"
            and up.head.dep_ in ("dobj", "nsubjpass") and up.head.head.pos_ == "VERB"):
        return up.head.head
    if (verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and up.dep_ == "ccomp" and any(
            a.dep_ == "aux" and a.lower_ in ("will", "'ll", "shall") for a in up.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        # "X reaffirmed that its troops will leave and pledged to ...": a finite verb the
        # parser coordinated with the future of the reported clause goes with the verb
        # that reports it
        return up.head
    if (verb.dep_ == "conj" and up.dep_ == "ccomp" and up.head.lemma_.lower() in lx.REPORTING_VERBS
            and verb.tag_ in ("VBZ", "VBP", "VBD") and verb.tag_ == up.head.tag_ != up.tag_
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        # "Government says rebels seized A, demands his release": a verb in the tense of the
        # reporting verb, not of the reported clause, goes on from the reporting verb
        return up.head
    return up


def _their_owner(poss: Token) -> Token | None:
    """ "The rebels of the Vark Front renewed their demand": "their" on a noun the verb takes
    is the verb's subject (a noun, not another pronoun)."""
    noun = poss.head
    if poss.lower_ != "their" or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i]
    return subjects[0] if subjects and subjects[0].pos_ in ("NOUN", "PROPN") else None


def _speaker_of_it(subject: Token) -> Token | None:
    """ "The prison service said it had released 39": "it" (or "they", "we") is the body that
    says so, the subject of the reporting verb the clause hangs on."""
    if subject.lower_ not in ("it", "they", "we"):
        return None
    clause = subject.head
    report = clause.head
    if clause.dep_ == "acl" and report.lemma_.lower() in _STATEMENT_NOUNS:
        # "said in a statement sent to reporters that it had freed A": the parser hangs the
        # clause on the statement, which is said "in" by its maker (or issued by it)
        holder = report.head.head if report.dep_ == "pobj" and report.head.lower_ == "in" else (
            report.head if report.dep_ == "dobj" else None)
        if holder is None or holder.lemma_.lower() not in lx.REPORTING_VERBS | _ISSUING:
            return None
        report = holder
    elif clause.dep_ != "ccomp" or report.lemma_.lower() not in lx.REPORTING_VERBS:
        return None
    said_by = [c for c in report.children if c.dep_ == "nsubj"]
    return said_by[0] if said_by and said_by[0].pos_ in ("PROPN", "NOUN") else None


# What a body says a thing in ("said in a statement that ..."), and issues one by.
_STATEMENT_NOUNS = frozenset({"statement", "communique", "message", "announcement",
                              "declaration", "video", "post"})
_ISSUING = frozenset({"issue", "publish", "release", "post", "leave"})


def _misparsed_subject(verb: Token, names: DocNames) -> str | None:
    """ "A freed twelve Swedes and B returned two Finns": the parser often takes B for a third
    conjunct of "Swedes" and leaves the second verb without a subject. A country or a body
    right before a coordinated verb with no subject of its own (or before its "will") is that
    verb's subject; so too where the parser hung the second verb as a clause of the first's
    head ("an exchange in which A freed two Xians and B freed a Yian")."""
    if verb.pos_ != "VERB" or verb.i == 0:
        return None
    firsts = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]  # (the first
    # verb may be parsed a clause of the second)
    for split in (split_subject(v) for v in (verb.head, *firsts)):
        if split is not None and split[1].head.head.i == verb.i:  # "X freed A and Y freed B"
            m = names.at(split[1])
            return m.text if m is not None and m.type in (EntityType.COUNTRY,
                                                          EntityType.ORGANIZATION) else None
    if verb.dep_ not in ("conj", "ccomp"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    k = verb.i - 1  # over the verb's own "will", "would", "also" ("and B will release")
    while k > 0 and verb.doc[k].head.i == verb.i and verb.doc[k].dep_ in ("aux", "neg",
                                                                          "advmod"):
        k -= 1
    before = verb.doc[k]
    m = names.at(before)
    if m is None or before.dep_ != "conj" or before.head.i >= verb.i:
        return None
    if m.type in (EntityType.COUNTRY, EntityType.ORGANIZATION):
        return m.text
    # a capital stands for its state ("Tehran releasing two and Vienna freeing one")
    return country_of_capital(m.text) if m.type == EntityType.PLACE else None


def reporting_subjects(tok: Token | None, reach: int | None = None) -> list[Token]:
    """The subjects of the nearest reporting verb above a word (within ``reach`` arcs):
    who tells its clause."""
    for anc in list(tok.ancestors)[:reach] if tok is not None else ():
        if anc.lemma_.lower() in lx.REPORTING_VERBS:
            return [c for c in anc.children if c.dep_ == "nsubj"]
    told = aside(tok)
    return [c for c in told.children if c.dep_ == "nsubj"] if told is not None else []


def aside(tok: Token | None) -> Token | None:
    """A reporting verb set in the sentence as an aside ("the arrest was illegal, Varek said,
    and Oddin must be freed"): the parser hangs it on the root, not above the clause."""
    if tok is None:
        return None
    return next((c for a in (tok, *tok.ancestors) for c in a.children if c.dep_ == "parataxis"
                 and c.lemma_.lower() in lx.REPORTING_VERBS), None)


def reporter(tok: Token, names: DocNames, coref: Coref) -> str | None:
    """Who says what a clause tells: the subject of the nearest reporting verb above it
    ("Varek said A must be freed", "he told B that A had to be released")."""
    subjects = reporting_subjects(tok, 5)
    m = name_of(subjects[0], names, coref) if subjects else None
    return m.text if m is not None and can_act(m) else None


def actor(tok: Token, names: DocNames, coref: Coref) -> str | None:
    """Who does it: the active subject, a passive agent, or a possessor of a noun cue."""
    lost = _misparsed_subject(tok, names)
    if lost is not None:
        return lost
    seen = seen_freeing(tok)  # "the deal saw Peru free A"
    named = names.at(seen) if seen is not None else None
    if named is not None and named.type in (EntityType.COUNTRY, EntityType.ORGANIZATION):
        return named.text
    done = _carried_out_by(tok, names)
    if done is not None:
        return done
    found = actor_token(tok, names, coref)
    if found is None or _speaks_of_it(tok, found) or _time_of_it(tok) or _hindered(tok) or (
            _obtained(tok)) or (
            received(tok, found)):
        return None
    its = its_state(found, names)
    if its is not None:
        return its
    m = name_of(found, names, coref)
    if m is None and found.dep_ != "pobj":
        m = by_role(found, names) or member_of(found, names)
    return m.text if m is not None and can_act(m) else None


def _carried_out_by(noun: Token, names: DocNames) -> str | None:
    """ "X claimed credit for the release of 300 prisoners that Y carried out": the act a
    clause says a state or body carried out is that one's, whoever speaks of it."""
    if noun.pos_ != "NOUN":
        return None
    # the parser may hang the clause on the last noun of the phrase ("the release of 300
    # prisoners that Y carried out"): one carries out an act, not people
    for clause in noun.subtree:
        if clause.dep_ != "relcl" or not (clause.lemma_.lower() in ("carry", "conduct") and (
                clause.lemma_.lower() == "conduct" or has_prt(clause, "out"))):
            continue
        for subject in clause.children:
            m = names.at(subject) if subject.dep_ == "nsubj" else None
            if m is not None and m.type in (EntityType.COUNTRY, EntityType.ORGANIZATION):
                return m.text
    return None


# A state's bodies, called "its" ("its agencies would do everything possible").
_ITS_BODIES = frozenset({"government", "agency", "agencies", "authorities", "service",
                         "services", "officials", "diplomats", "ministry"})


def its_state(word: Token, names: DocNames) -> str | None:
    """ "X stood behind its officer, and its agencies would ...": a body called "its" is the
    state the sentence named before it, when it named one state."""
    if word.lemma_.lower() not in _ITS_BODIES and word.lower_ not in _ITS_BODIES or not any(
            c.dep_ == "poss" and c.lower_ == "its" for c in word.children):
        return None
    states = {m.text for t in word.sent if t.i < word.i
              for m in (names.at(t),) if m is not None and m.type == EntityType.COUNTRY
              and country_of_demonym(t.text) is None}
    return states.pop() if len(states) == 1 else None


_ARMED = frozenset({"rebel", "militia", "insurgent", "guerrilla", "militant", "faction",
                    "separatist", "jihadist", "gunman", "gunmen", "pirate", "bandit"})
_UNITS = frozenset({"group", "brigade", "battalion", "movement", "force"})  # "a rebel brigade"


def _a_state(m: NameMention | None) -> bool:
    return m is not None and m.type == EntityType.COUNTRY


def _armed_group(tok: Token) -> bool:
    """ "rebels", "a militia", "a rebel group": fighters who are not a state's forces."""
    word = tok.lemma_.lower()
    return word in _ARMED or word.rstrip("s") in _ARMED or word in _UNITS and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in _ARMED for c in tok.children)


def received(cue: Token, subject: Token) -> bool:
    """ "Chile welcomed the freed prisoner A", "B met the released men", "X's ministry named
    the freed men as A and B": whoever does something else with people told as freed is
    not who freed them (unless it sends them on: "Chile sent the freed men home")."""
    verb = subject.head
    return (cue.dep_ == "amod" or freed_as_said(cue)) and verb.i != cue.i and verb.pos_ in (
        "VERB", "AUX") and (verb.lemma_.lower() not in lx.RELEASE_VERBS | _SENDING) and (
        cue.head in verb.subtree)


_SENDING = frozenset({"send", "hand", "fly", "put", "escort", "drive", "take", "bring"})


def freed_as_a_description(cue: Token) -> bool:
    """ "the freed officers", "receives freed hostages": a release told only as a word saying
    who people are, in a sentence telling something else."""
    return freed_as_said(cue) or (cue.dep_ == "amod" and cue.head.pos_ in ("NOUN", "PROPN")
                                  and cue.lemma_.lower() in lx.RELEASE_VERBS)


def freed_as_said(cue: Token) -> bool:
    """ "President A receives freed hostages": a headline's "freed" right after a verb of
    receiving, which the parser makes that verb's complement, says who the people are."""
    return cue.dep_ == "xcomp" and cue.head.i == cue.i - 1 and (
        cue.head.lemma_.lower() in _RECEIVING)


# What one does with people who come home: "received", "welcomed", "greeted the freed men".
_RECEIVING = frozenset({"receive", "welcome", "greet", "meet", "embrace", "hug", "host",
                        "thank", "honour", "honor", "visit"})


def _speaks_of_it(cue: Token, subject: Token) -> bool:
    """ "President A announced the release": the event told before, spoken of, by someone who
    need not have carried it out ("X announced the releases in return for Y's pardons" tells
    X's own act, traded)."""
    return (_told_before(cue) and cue.dep_ == "dobj" and subject.head.i == cue.head.i
            and cue.head.lemma_.lower() in lx.TOLD_OF_VERBS
            and not any(p in cue.sent.text.lower() for p in lx.LINK_PHRASES))


def _obtained(cue: Token) -> bool:
    """ "A had obtained the release of B", "A worked on the release of B": the one who gets a
    release out of the holder does not carry it out (a go-between, or the side B goes home
    to)."""
    if cue.pos_ != "NOUN" or cue.lemma_.lower() not in lx.RELEASE_NOUNS:
        return False
    verb = cue.head.head if cue.dep_ == "pobj" and cue.head.lower_ == "on" else cue.head
    return (cue.dep_ == "dobj" or cue.dep_ == "pobj" and verb.lemma_.lower() == "work") and (
        verb.lemma_.lower() in _OBTAINING_ACTS)


_OBTAINING_ACTS = frozenset({"obtain", "secure", "win", "negotiate", "broker", "arrange",
                             "mediate", "work", "engineer", "facilitate"})


def _hindered(cue: Token) -> bool:
    """ "Bombing had complicated the handover": the event told before, hindered or put off by
    something else; what hinders it does not carry it out."""
    return _told_before(cue) and cue.dep_ == "dobj" and cue.head.lemma_.lower() in _HINDERING


_HINDERING = frozenset({"complicate", "delay", "hamper", "hinder", "obstruct", "jeopardise",
                        "jeopardize", "endanger", "threaten", "disrupt", "stall", "slow",
                        "imperil", "derail", "postpone"})


def _time_of_it(cue: Token) -> bool:
    """ "After the handover A and B flew on to Y", "On the day of the swap, an envoy sat down
    with ...": the event told before, as the time of another; the subject of that other act
    did not carry it out."""
    if not _told_before(cue) or cue.dep_ != "pobj":
        return False
    prep = cue.head
    return prep.lower_ in ("after", "before", "since", "following", "until", "during") or (
        prep.lower_ == "of" and prep.head.lemma_.lower() in _TIMES_OF)


# The times an event told before is the time of: "the day of the release", "the eve of".
_TIMES_OF = frozenset({"day", "eve", "morning", "afternoon", "evening", "night", "week"})


def _told_before(cue: Token) -> bool:
    """A bare "the release" (or handover, swap): the event the article told already, with
    nothing of its own (no one freed, no number, no side)."""
    return (cue.pos_ == "NOUN" and cue.lemma_.lower() in lx.RELEASE_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in cue.children)
            and not any(c.dep_ in ("poss", "compound", "nummod", "amod", "relcl")
                        or c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
                        for c in cue.children))


def member_of(tok: Token, names: DocNames) -> NameMention | None:
    """ "Rebels of the Northern Front freed ...", "fighters from X": members acting for the
    organisation or state they are of."""
    word = tok.lemma_.lower()  # a capitalized first word may be tagged a proper noun
    if tok.pos_ not in ("NOUN", "PROPN") or names.at(tok) is not None or not (
            word in lx.MEMBER_NOUNS or word.endswith("s") and word[:-1] in lx.MEMBER_NOUNS):
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
            for obj in prep.children:
                m = names.at(obj) if obj.dep_ == "pobj" else None
                if m is not None and m.type in (EntityType.ORGANIZATION, EntityType.COUNTRY):
                    return m
    return None


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    out.append(obj)  # and every name of its list ("with A, B and C")
                    out.extend(c for c in obj.conjuncts if c.pos_ != "VERB")
    return out


def governing_verb(tok: Token) -> Token:
    """The nearest verb at or above a token (the root when there is none)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


# Nouns for an exchange or a deal: what a participle can describe ("the exchange agreed").
DEAL_NOUNS = lx.RELEASE_NOUNS | {"deal", "agreement", "arrangement", "trade", "accord"}


def describes_deal(verb: Token) -> bool:
    """ "The exchange agreed last Thursday has been carried out": a participle describing a
    deal noun, which the parser now and then makes the sentence's main verb with the noun as
    its subject. Deals do not agree; people do."""
    return verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in (
        "agree", "arrange", "announce", "negotiate", "broker", "seal") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in DEAL_NOUNS for c in verb.children)


def clause_text(tok: Token, limit: int = 220) -> str:
    """The words of a clause, as written, for "what was promised"."""
    toks = list(tok.subtree)
    text = doc_text(tok.doc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
    return text if len(text) <= limit else text[: limit - 1] + "…"
