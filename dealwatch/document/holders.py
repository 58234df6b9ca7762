"""Who holds the people an article frees: "held in Iran", "a Russian court sentenced him".

A release told in the passive ("X was freed on Friday") names no one who freed; the state
that frees is the one that held, and news says where people were held, who jailed them and
whose prisons they sat in, often in a clause beside the name ("X, held in Iran for a year").
Every such phrase of an article is read once, with the people it is about.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dealwatch.document.bodies import read_phrase
from dealwatch.document.group_meant import armed_of_the_article
from dealwatch.extract import lexicon as lx
from dealwatch.extract.bands import DOER_BANDS
from dealwatch.extract.left_prison import left_prison
from dealwatch.extract.names import DocNames
from dealwatch.extract.shapes import counted
from dealwatch.model import EntityType
from dealwatch.places import country_for_actor, country_of_demonym

DETAIN_VERBS = frozenset({"hold", "jail", "imprison", "sentence", "convict", "incarcerate",
                          "intern"})
# Where someone was arrested is not always who holds them (a third country may arrest for
# another); "detained in X since 2022" says who holds them.
ARREST_VERBS = frozenset({"detain", "arrest"})
# Courts try people where they are held: "ten citizens accused in the United States" are held
# there; "Russia accused him" is no holding (only the place counts).
COURT_VERBS = frozenset({"accuse", "charge", "try", "prosecute", "indict"})
DETENTION_NOUNS = lx.PRISON_NOUNS
# Taking someone tells who holds them: "captured by Xian troops", "Xian forces captured him"
# ("seized" and "kidnapped" were tried for states and places: each moved one release of a
# never-read story to another side, measured; kidnappers often hand their captives on).
CAPTURE_VERBS = frozenset({"capture", "abduct"})
# A named armed group told taking people holds them: "gunmen of the Vark Front kidnapped six
# tourists" (the group as the verb's subject, or its agent; a state as the subject of the
# verbs new here, or the place of the taking, says nothing of who holds).
GROUP_TAKING = frozenset({"kidnap", "abduct", "seize", "capture", "snatch"})
# Of those, the verbs whose place says nothing of who holds: "kidnapped in X" by anyone.
_TAKEN_ANYWHERE = GROUP_TAKING - CAPTURE_VERBS
# The men of a group, named by what they are: "rebels of the Vark Front", "gunmen from X".
_GROUP_MEN = frozenset({"rebel", "gunman", "fighter", "militant", "member", "man", "guerrilla",
                        "kidnapper", "commando", "insurgent", "unit", "cell", "faction"})
# The armed men of a state, who take people for it: "Xian troops captured him".
_ARMED = frozenset({"troops", "soldiers", "forces", "guards", "guardsmen", "border"})
# Verbs that hold things as well as people: "talks were held in Geneva" hold no one.
ANY_OBJECT_VERBS = frozenset({"hold", "intern", "seize", "capture"})
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "who", "whom"})
_PLACE_PREPS = ("in", "inside", "by")
# Words after "held in" that are times of the holding, not places: "held captive in the
# Afghan war", "jailed in the crackdown" say nothing of who held them.
_NOT_PLACES = frozenset({"war", "conflict", "fighting", "battle", "invasion", "offensive",
                         "case", "affair", "attack", "raid", "operation", "crackdown",
                         "protest", "uprising", "revolution", "unrest", "crisis"})


@dataclass(frozen=True)
class Holding:
    """A side that held people, in one sentence of the article."""

    side: str
    people: frozenset[str]  # the people named as held, if any
    sentence: int  # character offsets of its sentence
    sentence_end: int
    tokens: frozenset[int]  # the held and the words that say so ("held", "prison")
    nationality: str | None = None  # of the held, when the phrase gives it ("a Russian")
    wanted: str | None = None  # the held are what a demand asks freed: their noun's lemma


def holdings(doc: Doc, names: DocNames) -> list[Holding]:
    """Every phrase of the article that says who held someone (one pass over the words)."""
    out: list[Holding] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        found: tuple[list[str], Token | None] = ([], None)
        if lemma in DETAIN_VERBS and tok.pos_ in ("VERB", "ADJ"):
            found = _by_verb(tok, names)
        elif lemma in DETENTION_NOUNS and tok.pos_ == "NOUN" or (
                lemma == "sentence" and tok.dep_ == "dobj" and tok.head.lemma_ == "serve"):
            found = _by_noun(tok, names)  # "in a Norwegian prison", "serving a sentence in X"
        elif (lemma in ARREST_VERBS and tok.pos_ in ("VERB", "ADJ") and _lasting(tok)
              or lemma in CAPTURE_VERBS | GROUP_TAKING and tok.pos_ == "VERB"):
            found = _by_verb(tok, names)
        elif lemma in COURT_VERBS and tok.pos_ in ("VERB", "ADJ"):
            found = _by_verb(tok, names, places_only=True)
        elif lemma == "prisoner" and tok.pos_ == "NOUN":
            found = _political_prisoners(tok)
        elif lemma in _FREEING and tok.pos_ in ("VERB", "NOUN"):
            found = _freed_from(tok, names)
        elif lemma == "hand" and tok.lower_ == "hands" and tok.pos_ == "NOUN":
            found = _in_the_hands(tok, names)
        sides, held = found
        if held is None:
            continue
        sent = tok.sent
        people = frozenset(_people(held, names))
        words = frozenset({tok.i, held.i})
        wanted = held.lemma_.lower() if _asked_for(held) else None
        out.extend(Holding(side, people, sent.start_char, sent.end_char, words,
                           nationality(held), wanted) for side in sides)
    return out


# Words that ask for something: "demands, among them the release of militants jailed in X",
# "called for the freeing of prisoners held in Y".
_ASKING = lx.DEMAND_VERBS | {"demand", "call", "ask", "want", "seek", "condition"}


def _asked_for(held: Token) -> bool:
    """The held are the people a demand wants freed: the phrase naming them hangs on a release
    noun that hangs on a word of asking ("demanded the release of militants jailed in X"), or
    that follows one in the words its head governs ("issued demands, among them the release
    of militants jailed in X": the parse hangs both on the verb)."""
    ups = list(held.ancestors)
    if held.dep_ in ("nsubjpass", "dobj") and held.head.pos_ in ("VERB", "AUX") and (
            held.head.lemma_.lower() in lx.RELEASE_VERBS) and any(
            t.lemma_.lower() in _ASKING for t in ups[1:3]):
        return True  # "demanding that fighters held in X be freed", "wants them released"
    k = next((k for k, t in enumerate(ups) if t.pos_ == "NOUN"
              and t.lemma_.lower() in lx.RELEASE_NOUNS), None)
    if k is None:
        return False
    release = ups[k]
    before = held.doc[release.head.left_edge.i:release.i]
    return any(t.lemma_.lower() in _ASKING for t in ups[k + 1:]) or any(
        t.lemma_.lower() in _ASKING and t.pos_ in ("NOUN", "VERB") for t in before)


def nationality(tok: Token) -> str | None:
    """The nationality a word or its modifiers give ("Americans", "Kenyan prisoners")."""
    mods = sorted((c for c in tok.children if c.dep_ in ("amod", "compound")),
                  key=lambda c: -c.i)  # the nearest first: "an American and two Kenyan ..."
    for word in (tok, *mods):
        country = country_of_demonym(word.text)
        if country is not None:
            return country
    return None


def _political_prisoners(noun: Token) -> tuple[list[str], Token | None]:
    """A country's political prisoners are held by its own state ("Kenyan political
    prisoners")."""
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    if not any(c.lower_ == "political" for c in mods):
        return [], None
    country = nationality(noun)
    return ([country], noun) if country is not None else ([], None)


def _lasting(verb: Token) -> bool:
    """The verb tells how long someone has been held: "detained since 2022", "for a year"."""
    return any(c.dep_ == "prep" and c.lower_ in ("since", "for") for c in verb.children)


def _by_verb(verb: Token, names: DocNames,
             places_only: bool = False) -> tuple[list[str], Token | None]:
    """"jailed in Russia", "held by the group", "a Belarusian court sentenced him"; "held in
    A and B" names two sides (``places_only``: only "in A" counts)."""
    held = _patient(verb, names, verb.lemma_.lower() not in ANY_OBJECT_VERBS)
    if held is None:
        return [], None
    # who holds them before where: "held in northern X by the Vark movement" is the movement's
    for child in sorted(verb.children, key=lambda c: c.dep_ != "agent"):
        if places_only and not (child.dep_ == "prep" and child.lower_ in ("in", "inside")):
            continue
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in _PLACE_PREPS
                                     and verb.lemma_.lower() not in _TAKEN_ANYWHERE):
            objs = [o for o in child.children if o.dep_ == "pobj"]
            objs += [c for o in objs for c in o.conjuncts if c.pos_ != "VERB"]
            sides = [s for o in objs for s in [_holder(o, names)] if s is not None and not (
                child.dep_ == "agent" and _no_state(o) and country_for_actor(s))]
            # ("held by Xian rebels": a band of that nationality, not its state)
            if sides:
                return list(dict.fromkeys(sides)), held
            if child.dep_ == "agent" and any(_no_state(o) for o in objs):
                return [], None  # "hostages held in X by her group": not X's
    for child in verb.children if not places_only else ():
        if child.dep_ == "nsubj":
            reading = read_phrase(child, names)
            if reading.country and verb.lemma_.lower() not in _TAKEN_ANYWHERE and (
                    reading.body or (
                        verb.lemma_.lower() in CAPTURE_VERBS and child.lower_ in _ARMED)):
                return [reading.country], held
            group = _taking_group(child, names) if (
                verb.lemma_.lower() in GROUP_TAKING and not reading.country) else None
            if group is not None:
                return [group], held
    return [], None


# Holders that are no state, told without a name: "held by her group", "by their captors".
_BANDS = _GROUP_MEN | {"organization", "organisation", "group", "movement", "captor",
                       "hijacker", "militia", "band", "gang", "abductor"}


def _no_state(tok: Token) -> bool:
    """An agent that names an armed band by what it is, not by its name."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _BANDS


def _taking_group(subject: Token, names: DocNames) -> str | None:
    """The armed group a verb's subject names: the group itself ("the Vark Front") or its men
    ("rebels of the Vark Front", "gunmen from the Vark Front"); never a state."""
    phrases = [subject]
    if subject.pos_ in ("NOUN", "PROPN") and (  # "Rebels" opening a sentence is tagged
            subject.lemma_.lower() in _GROUP_MEN or subject.lower_[:-1] in _GROUP_MEN):  # PROPN
        phrases += [o for p in subject.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                    for o in p.children if o.dep_ == "pobj"]
    for tok in phrases:
        m = names.at(tok)
        if m is not None and m.type == EntityType.ORGANIZATION and (
                country_for_actor(m.text) is None):
            return m.text
    return None


def _by_noun(noun: Token, names: DocNames) -> tuple[list[str], Token | None]:
    """"serving 20 years in a Norwegian prison", "freed from Peruvian jails", "Chilean custody",
    "released from prison in Norland" (the place on the prison or, as parsed as often, on
    the verb right after it)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "into":
        return [], None  # "released into the custody of Xian diplomats": handed to X
    country = read_phrase(noun, names).country or _prison_place(noun, names)
    if country is None or _local_place(country, names):
        return [], None
    verb = noun.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if noun.lemma_.lower() == "sentence":  # whoever serves it: "a leader serving a sentence"
        servers = [verb.head] if verb.dep_ in ("acl", "relcl") else [
            c for c in verb.children if c.dep_ == "nsubj"]
        return [country], next((c for c in servers if c.pos_ in ("NOUN", "PROPN", "PRON")),
                               None)
    if noun.head.lower_ == "from" and verb.lemma_.lower() in lx.RELEASE_VERBS and any(
            _holder(o, names) for c in verb.children if c.dep_ in ("nsubj", "agent")
            for o in ([c] if c.dep_ == "nsubj" else c.children)):
        return [], None  # "X released 41 prisoners from a prison in Y": the release names
        # who freed them (not Y, wherever X's prison is), and says nothing of others
    held = _patient(verb, names)
    if held is None and noun.head.lower_ == "from":
        # "sent five senior figures from a US prison to X": a number of people leaving a prison
        held = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                     and counted(c)), None)
    if held is None and left_prison(verb) is not None:  # "A walked out of a Y prison"
        held = next((c for c in verb.children if c.dep_ == "nsubj" and _is_person(c, names)),
                    None)
    if held is None and _time_held(noun):  # "came home after two years in Chilean prisons",
        held = next((c for c in verb.children if c.dep_ == "nsubj"  # "spent a year in a
                     and _is_person(c, names)), None)  # Peruvian jail"
    return [country], held


def _local_place(place: str, names: DocNames) -> bool:
    """A name the country table does not know, in an article that names states it knows:
    the prison's own name or its town ("Kimara prison", "a prison in Kimara"), no state."""
    return country_for_actor(place) is None and any(
        m.type == EntityType.COUNTRY and country_for_actor(m.text) for m in names.mentions)


def _time_held(noun: Token) -> bool:
    """The prison is where a stretch of time was spent: "after two years in X's prisons",
    "spent a year in a Y jail" (its subject was held there)."""
    span = noun.head.head if noun.head.dep_ == "prep" else None
    return span is not None and span.lemma_.lower() in lx.TIME_SPANS and (
        span.dep_ == "pobj" and span.head.lower_ == "after"
        or span.dep_ == "dobj" and span.head.lemma_.lower() == "spend")


def _prison_place(noun: Token, names: DocNames) -> str | None:
    """The state of "(a) prison in X": the noun's own "in X", or the verb's "in X" right after
    "from prison" or "serving a sentence"."""
    preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "in"]
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "from" else (
        noun.head if noun.dep_ == "dobj" else None)  # "from prison in X", "serving ... in X"
    if not preps and verb is not None:
        after = noun.right_edge.i + 1
        preps = [p for p in verb.children
                 if p.i == after and p.dep_ == "prep" and p.lower_ == "in"]
    for prep in preps:
        for place in prep.children:
            if place.dep_ == "pobj":
                side = _holder(place, names)
                if side is not None:
                    return side
    return None


_FREEING = frozenset({"release", "free", "freeing", "liberate", "liberation", "fly",
                      "receive"})


def _freed_from(cue: Token, names: DocNames) -> tuple[list[str], Token | None]:
    """ "the release of five Danes from Peru", "freed from Peru", "flown from Lima",
    "received 11 hostages from the rebels": the state (or group) they left held them (not
    "freed from prison", read as a prison's place)."""
    if cue.pos_ == "VERB" and cue.lemma_.lower() != "receive" and any(
            c.dep_ == "nsubj" for c in cue.children):
        return [], None  # "gunmen released 30 hostages from the Xian consulate":
        # the subject freed them, and "from" tells where they were held, not by whom
    freed = _patient(cue, names) if cue.pos_ == "VERB" else next(
        (o for p in cue.children if p.dep_ == "prep" and p.lower_ == "of"
         for o in p.children if o.dep_ == "pobj"), None)
    # "the release of five Danes from Peru": the parse hangs "from" on the people
    kin = nationality(freed) if freed is not None and cue.pos_ == "NOUN" else None
    for prep in (*cue.children, *(freed.children if kin and freed is not None else ())):
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for place in prep.children:
                side = _holder(place, names) if place.dep_ == "pobj" and (
                    place.lemma_.lower() not in DETENTION_NOUNS) else None
                flown = cue.lemma_.lower() == "fly"  # only people of another state
                if side is not None and side != kin and not (flown and (
                        freed is None or nationality(freed) in (None, side))):
                    return [side], freed
    return [], None


def _in_the_hands(hands: Token, names: DocNames) -> tuple[list[str], Token | None]:
    """ "the captives were in the hands of the Vark Front", "still in X's hands": X holds
    the subject of the clause."""
    if not (hands.dep_ == "pobj" and hands.head.lower_ == "in"):
        return [], None
    owners = [c for c in hands.children if c.dep_ == "poss"] + [
        o for p in hands.children if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children if o.dep_ == "pobj"]
    sides = [x for x in (_holder(o, names) for o in owners) if x is not None]
    verb = hands.head.head
    held = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and _is_person(c, names)), None)
    if verb.dep_ in ("acl", "relcl", "appos") and held is None and _is_person(verb.head, names):
        held = verb.head  # "A, the last Yian in the hands of X, ..."
    return (sides[:1], held) if sides and held is not None else ([], None)


def _holder(tok: Token, names: DocNames) -> str | None:
    """The side a place or an agent names: its state, or an armed group named as holder."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _NOT_PLACES:
        return None
    reading = read_phrase(tok, names)
    if reading.not_side:
        return None
    named = _named_body(tok, names)
    if named is not None:
        return named  # "held by the Xian rebel brigade Vark Front": the brigade, not Xland
    band = names.at(tok)
    if band is not None and band.type == EntityType.ORGANIZATION and (
            tok.lemma_.lower() in DOER_BANDS):
        return band.text  # "held by Xian pirates": the band its doers' words name
    if reading.country:
        return reading.country
    m = names.at(tok)
    if m is None and tok.pos_ == "NOUN":  # "held by the Vark gang": the band's name
        m = next((n for c in tok.children if c.dep_ == "compound"
                  for n in (names.at(c),) if n is not None), None)
    if m is not None and m.type == EntityType.ORGANIZATION:
        return m.text
    # "in the hands of separatist rebels", "held by guerrillas": fighters told without a name
    # are the one armed group the article names
    return armed_of_the_article(names, tok) if m is None and tok.pos_ == "NOUN" else None


def _named_body(tok: Token, names: DocNames) -> str | None:
    """The armed group a phrase names beside the words of fighters ("the Xian rebel brigade
    Vark Front", "the rebel brigade, Vark Front"): the group holds them, not the state its
    nationality word gives."""
    phrase = [tok, *(c for c in tok.children if c.dep_ in ("appos", "compound"))]
    if not any(w.lemma_.lower() in _ARMED_WORDS for p in phrase for w in p.subtree):
        return None
    for word in phrase:
        m = names.at(word)
        if m is not None and m.type == EntityType.ORGANIZATION:
            return m.text
    return None


# Words of fighters that are not a state's forces: "the rebel brigade", "a militia".
_ARMED_WORDS = frozenset({"rebel", "militia", "insurgent", "guerrilla", "militant", "jihadist",
                          "brigade", "faction"})


def _patient(verb: Token, names: DocNames, detains: bool = False) -> Token | None:
    """Who is held: the verb's object or passive subject, or the noun its clause describes;
    a person, unless the verb ``detains`` ("talks held in Geneva" hold no one)."""
    cands = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if verb.dep_ in ("acl", "relcl", "amod"):
        cands.append(verb.head)
    if verb.dep_ == "acomp":  # "he remained jailed in ..."
        cands.extend(c for c in verb.head.children if c.dep_ == "nsubj")
    if verb.tag_ == "VBN" and not any(  # a reduced relative parsed as a clause ("two men
            c.dep_ in ("aux", "auxpass") or (c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN"))
            for c in verb.children):  # imprisoned in X"), not "has held a meeting"
        cands.extend(c for c in verb.children if c.dep_ == "nsubj")
    if detains:  # only people are jailed or sentenced
        return next((c for c in cands if c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    return next((c for c in cands if _is_person(c, names)), None)


def _is_person(tok: Token, names: DocNames) -> bool:
    if tok.dep_ == "appos" and tok.pos_ == "NOUN" and _is_person(tok.head, names):
        return True  # "A, a pastor who had been in X's custody": the pastor is A
    m = names.at(tok)
    if m is not None:
        return m.type == EntityType.PERSON or (
            m.type == EntityType.COUNTRY and country_of_demonym(tok.text) is not None)
    return (tok.lower_ in _PRONOUNS or lx.people_noun(tok.lemma_.lower())
            or (tok.pos_ in ("NOUN", "PROPN") and country_of_demonym(tok.text) is not None))


def _people(tok: Token, names: DocNames) -> list[str]:
    """The names of the held: the word, its appositions, the name it is in apposition to."""
    near = [tok, *(c for c in tok.children if c.dep_ in ("appos", "conj"))]
    if tok.dep_ == "appos":
        near.append(tok.head)
    out = []
    for t in near:
        m = names.at(t)
        if m is not None and m.type == EntityType.PERSON:
            out.append(m.text)
        elif t.pos_ == "PROPN" and t.dep_ != "compound" and country_of_demonym(t.text) is None:
            out.append(t.text)  # a surname the NER left untyped ("Petrov, accused in ...")
    return out
