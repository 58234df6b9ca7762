"""Which tokens signal an event: a cue is a token plus the base event type it signals.

Whether the sentence says the event happened is ``frames.frame_of``'s business.
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.calls import call_cue
from dealwatch.extract.coref import by_role
from dealwatch.extract.cue import (
    Cue,
    Frame,
    children_of,
    has_prt,
    infinitive,
    negated,
    word_in,
)
from dealwatch.extract.demands import demand_cue, given_up
from dealwatch.extract.followed import followed_release
from dealwatch.extract.homecoming import came_home
from dealwatch.extract.left_prison import left_prison, order_lifted
from dealwatch.extract.letters import letter_cue
from dealwatch.extract.money_cues import (
    LICENCE_NOUNS,
    is_asset,
    is_money,
    money_cue,
    money_or_assets,
    sanction_cue,
)
from dealwatch.extract.names import DocNames
from dealwatch.extract.patients import noun_patient, verb_patient
from dealwatch.extract.release_nouns import (
    SET_FOR,
    a_kind_of_act,
    a_topic,
    a_way_of,
    as_example,
    freedom_won,
    headline_verb,
    means_of_release,
    told_as_a_means,
    told_as_an_aim,
)
from dealwatch.extract.shapes import (
    STRIVING_VERBS,
    aged,
    back_to_work_or_prison,
    captivity_ended,
    counted,
    done_by_deals,
    in_a_swap,
    out_of_prison,
    released_to_await_trial,
    says_when,
    seen_freeing,
    swap_of_release,
)
from dealwatch.extract.still_held import moved_as_told_before, still_held_after
from dealwatch.extract.talks import meeting_cue
from dealwatch.model import EntityType, EventType
from dealwatch.places import country_for_actor, country_of_capital, country_of_demonym


def _is_person(tok: Token, names: DocNames) -> bool:
    m = names.at(tok)
    return m is not None and m.type == EntityType.PERSON


# How one let go walks: "let him walk free", "let A walk out through the crossing".
_WALKS_OUT = frozenset({"free", "out", "across", "away"})


def _let_go(tok: Token) -> Token | None:
    """Whom "let ... go" frees: "let 32 soldiers go", "let go of the smuggler", "let go three
    fishermen" (parsed with "let" an auxiliary of "go", the freed its object); "let A leave
    the country", "allowed A to leave"."""
    if tok.lemma_.lower() == "go" and any(c.dep_ == "aux" and c.lemma_.lower() == "let"
                                          for c in tok.children):
        found = children_of(tok, "dobj") or [  # "let go 15 prisoners": the parser makes
            c for c in children_of(tok, "npadvmod")  # the freed an adverbial noun
            if c.ent_type_ not in ("DATE", "TIME")]
        return found[0] if found else None
    if tok.lemma_.lower() in ("allow", "permit"):  # "allowed the eleven to leave Xland"
        for leave in children_of(tok, "xcomp", "ccomp"):
            if leave.lemma_.lower() == "leave" and infinitive(leave):
                found = children_of(tok, "dobj") or children_of(leave, "nsubj")
                return found[0] if found else None
            if _gone_home(leave) or _walks_free(leave):  # "A was allowed to go home",
                # "allowed A to return home", "fined A but allowed him to walk free"
                found = children_of(tok, "dobj", "nsubjpass") or children_of(leave, "nsubj")
                return found[0] if found else None
        return None
    if tok.lemma_.lower() != "let":
        return None
    for go in tok.children:
        walks = go.lemma_.lower() == "walk" and any(c.lower_ in _WALKS_OUT for c in go.children)
        verb_object = go.dep_ == "dobj" and go.pos_ == "VERB"  # a headline's "lets A go"
        if go.lemma_.lower() not in ("go", "leave") and not walks or go.dep_ not in (
                "ccomp", "xcomp", "prt", "advmod") and not verb_object:
            continue  # "let him go", "let him walk free", "let A walk out through the gate"
        for c in (*go.children, *tok.children):
            if c.dep_ == "nsubj" and c.head.i == go.i or (
                    c.dep_ == "nsubjpass" and c.head.i == tok.i):  # "they were let go"
                return c
            if c.dep_ == "prep" and c.lower_ == "of":
                found = children_of(c, "pobj")
                if found:
                    return found[0]
        found = children_of(tok, "dobj")
        if found:
            return found[0]
        return _noun_before(tok, go) or _next_noun(go)
    # "Y claims a success as X lets last Zian detainee go": the parse hangs "go" elsewhere
    later = next((t for t in tok.doc[tok.i + 2:min(tok.i + 7, tok.sent.end)]
                  if t.lemma_.lower() == "go" and t.pos_ == "VERB"), None)
    return _noun_before(tok, later) if later is not None and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children) else None


def _noun_before(let: Token, go: Token) -> Token | None:
    """ "lets last Xian detainee go": the noun between "let" and "go", with no verb between
    (the parse lost the object)."""
    between = let.doc[let.i + 1:go.i]
    if go.i <= let.i or any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    nouns = [t for t in between if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else None


def _gone_home(verb: Token) -> bool:
    """ "(was allowed) to go home", "to return home": the held let go home."""
    return verb.lemma_.lower() in ("go", "return") and infinitive(verb) and any(
        c.dep_ == "advmod" and c.lower_ == "home" for c in verb.children)


def _walks_free(verb: Token) -> bool:
    """ "(allowed him) to walk free", "to go free": the held let go."""
    return verb.lemma_.lower() in ("walk", "go") and infinitive(verb) and any(
        c.lower_ == "free" and c.dep_ in ("acomp", "advmod", "advcl", "oprd", "xcomp", "dep")
        for c in verb.children)


def _next_noun(go: Token) -> Token | None:
    """ "has let go two Austrians and a Dane, officials said": the parser hangs the freed on
    another verb; they are the noun phrase right after "go"."""
    for tok in go.doc[go.i + 1:min(go.i + 8, go.sent.end)]:
        if tok.pos_ in ("VERB", "AUX") or (tok.is_punct and tok.text not in "-–"):
            return None
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok.head if tok.dep_ == "compound" else tok
    return None


def _subject_above(verb: Token) -> Token | None:
    """Who a passive verb with no subject of its own frees: the subject of the verb it
    completes ("A had to be released") or of the first of two coordinated verbs ("The ten
    pleaded guilty and were flown out", "A was innocent and had to be released"), or of the
    verb an "after being freed" hangs on ("A landed after being freed")."""
    while verb.dep_ == "xcomp":
        verb = verb.head
    if _participle_by(verb):
        verb = verb.head  # "The soldiers came home, freed by X": the subject of "came"
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "upon") and verb.tag_ == "VBN":
        verb = verb.head.head  # "A flew home after being freed": A, the subject of "flew"
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        return own[0]
    if verb.dep_ == "conj":
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _participle_by(verb: Token) -> bool:
    """A participle clause with its doer and no subject of its own, hung on the main verb:
    "The soldiers had come down from the mountains, freed by the Vark Front"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(
        c.dep_ == "agent" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


# Participles that tell a noun's people as held: "an academic held in X", "a cook jailed".
_HELD_PARTICIPLES = lx.ARREST_VERBS | {"hold", "capture"}


# Words for everyone of a kind a clause describes: "those named", "everyone arrested".
_ALL_THOSE = frozenset({"those", "everyone", "everybody", "anyone", "all"})
_LISTED = frozenset({"name", "list", "jail", "imprison", "sentence", "convict", "seize",
                     "kidnap", "abduct", "take"})
# People told by where they are from, who a release can free: "all foreigners".
_PEOPLE_ABROAD = frozenset({"foreigner", "expatriate", "national", "citizen"})


def is_detainee(tok: Token, names: DocNames, depth: int = 3) -> bool:
    """True when a phrase names people who can be held: prisoners, a named person, "52"."""
    if depth < 0:
        return False
    lemma = tok.lemma_.lower()
    mention = names.at(tok)
    if lx.people_noun(lemma) or (mention and mention.type == EntityType.PERSON):
        return True
    if tok.tag_ in ("NNS", "NNPS") and country_of_demonym(tok.text):
        return True  # "two Belarusians", "Americans"
    if tok.tag_ == "NNP" and country_of_demonym(tok.text) and any(
            c.dep_ == "nummod" for c in tok.children):
        return True  # "20 Xians", tagged as a singular name
    if tok.lower_ == "more" and tok.dep_ == "dobj" and any(c.dep_ == "nummod"
                                                           for c in tok.children):
        return True  # "released eight more": more of those told
    if tok.tag_ == "NNS" and lemma in _PEOPLE_ABROAD:
        return True  # "all foreigners would be released", "foreign nationals were freed"
    if tok.tag_ in ("NN", "NNP") and country_of_demonym(tok.text) and any(
            c.dep_ == "det" and c.lower_ in lx.ONE_DETERMINERS for c in tok.children):
        return True  # "freed an American": one person of a nationality
    if counted(tok) and any(c.dep_ == "amod" and country_of_demonym(c.text)
                            for c in tok.children):
        return True  # "12 Peruvian fishermen": a number of people of a nationality
    if lemma in lx.HELD_OFFICES and tok.tag_ == "NNS" and counted(tok):
        return True  # "the rebels freed three ambassadors": office holders among the held
    if lemma == "member" and (counted(tok) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
        return True  # "freed six members of X", "a member of the opposition"
    if tok.like_num and tok.dep_ in ("dobj", "nsubjpass", "pobj") and tok.lower_ != "one":
        return True  # "freed 14"; not "brought one back" (one of whatever came before)
    if tok.lower_ in ("him", "her", "them") and (
            tok.dep_ in ("dobj", "nsubjpass", "dative")
            or tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("go", "walk")):
        return True  # "freed him", "let him go"
    if tok.lower_ in ("his", "her", "their") and tok.dep_ == "poss" and (
            tok.head.lemma_.lower() in lx.RELEASE_NOUNS) and any(
            c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "from" and any(
                o.lemma_.lower() in lx.PRISON_NOUNS for o in c.children))
            for c in tok.head.children):
        return True  # "landed after their release by X", "after their release from Xian
        # jails": the people told before
    if tok.lower_ in lx.HE_OR_SHE and tok.dep_ == "nsubjpass":
        return True  # "hours after he was freed": one person, told before
    if aged(tok):
        return True  # "handed the 28-year-old over": a person told by age
    if lemma in ("couple", "pair", "duo") and tok.dep_ in ("dobj", "nsubjpass") and any(
            c.lower_ in ("the", "both") for c in tok.children):
        return True  # "the pirates freed the couple": the two told before
    if tok.tag_ == "NN" and lemma in lx.HELD_CALLINGS and any(
            c.lower_ == "the" for c in tok.children) and tok.dep_ in ("dobj", "nsubjpass"):
        return True  # "freed the pastor": the one named so before
    if tok.tag_ == "NN" and lemma in lx.ROLE_NOUNS and tok.dep_ in ("dobj", "nsubjpass") and any(
            c.lower_ == "the" for c in tok.children) and by_role(tok, names) is not None:
        return True  # "A, the retired general they had held ... would release the general"
    if tok.pos_ == "NOUN" and any(c.dep_ == "acl" and c.lemma_.lower() in _HELD_PARTICIPLES
                                  for c in tok.children):
        return True  # "the freeing of a French academic held in X since June"
    if tok.lower_ in _ALL_THOSE and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in (
            _HELD_PARTICIPLES | _LISTED) for c in tok.children):
        return True  # "all of those named would be freed", "everyone jailed in the strike"
    if tok.lower_ in ("who", "whom") and tok.tag_ == "WP":
        return True  # "A and B, whom Hamas released": "who" and "whom" stand for people
    return any(
        is_detainee(c, names, depth - 1)
        for c in tok.children
        if c.dep_ in ("conj", "pobj", "appos", "compound", "nummod", "amod")
        or (c.dep_ == "prep" and c.lower_ == "of")
    )


def published(tok: Token) -> bool:
    """What a release frees is something made public ("photographs", "the names", "a
    statement"), not people, whatever the tagger took the word for."""
    low = tok.lower_
    return tok.lemma_.lower() in lx.PUBLISHED_NOUNS or (
        low.endswith("s") and low[:-1] in lx.PUBLISHED_NOUNS)





_CHARGES = frozenset({"charge", "case", "proceeding", "prosecution", "indictment"})


def _dropped_charges(tok: Token) -> Token | None:
    """ "dropped charges against seven Iranians": whom the dropped case concerned."""
    if tok.lemma_.lower() not in ("drop", "dismiss", "withdraw", "end"):
        return None
    if any(c.lemma_.lower() in lx.COURTS for c in children_of(tok, "nsubj")):
        return None  # "a court drops the case against a soldier": a ruling, no one let go
    for obj in children_of(tok, "dobj", "nsubjpass"):
        if obj.lemma_.lower() in _CHARGES:
            for prep in children_of(obj, "prep"):
                if prep.lower_ == "against":
                    found = children_of(prep, "pobj")
                    if found:
                        return found[0]
    return None


def _taken_home(verb: Token) -> bool:
    """ "a plane flew 44 Armenians to Yerevan": people carried to their own country's capital
    (or country) are going home, freed; people of one state flown out of another too."""
    if verb.lemma_.lower() not in lx.RECEIVING_VERBS | {"send", "take"}:
        return False
    people = children_of(verb, "dobj", "nsubjpass")  # "the diplomat was flown to Tehran"
    if verb.lemma_.lower() in ("receive", "get") and any(
            t.lower_ == "own" and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                      for c in t.head.children)
            for p in people for t in p.subtree):
        return True  # "X received 303 of its own soldiers in return": its people back
    home = {country_of_demonym(t.text) for p in people for t in (p, *p.children)
            if t.dep_ in ("dobj", "nsubjpass", "amod", "compound")} - {None}
    to = [o for p in children_of(verb, "prep") if p.lower_ == "to" for o in children_of(p, "pobj")]
    if bool(home) and any((country_of_capital(o.text) or country_for_actor(o.text)) in home
                          for o in to):
        return True
    held = any(t.lemma_.lower() in lx.HELD_NOUNS for p in people for t in (p, *p.conjuncts))
    if held and verb.lemma_.lower() in ("take", "bring", "fly") and any(
            c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod") for c in verb.children):
        return True  # "a second aircraft took 200 prisoners home"
    # "the five Danes were flown from Lima": carried out of another state, freed; so are
    # prisoners a plane brought from another state's capital
    out_of = [o for p in children_of(verb, "prep") if p.lower_ == "from"
              for o in children_of(p, "pobj")]
    return (verb.lemma_.lower() == "fly" or verb.lemma_.lower() == "bring" and held and not (
        to)) and bool(home) and any((country_of_capital(o.text) or country_for_actor(o.text))
                                    not in (None, *home) for o in out_of)


def _sent_from_prison(verb: Token, names: DocNames) -> Token | None:
    """ "a trade that sent five senior figures from a US prison into the custody of X": people
    carried out of a prison to somewhere that is not one (a move between prisons is no
    release); whoever is in a prison is held, whatever the noun that counts them."""
    if verb.lemma_.lower() not in lx.CARRYING_VERBS:
        return None
    out_of = [o for p in children_of(verb, "prep") if p.lower_ == "from"
              for o in children_of(p, "pobj")]
    into = [o for p in children_of(verb, "prep") if p.lower_ in ("to", "into")
            for o in children_of(p, "pobj")]
    if not (into and any(o.lemma_.lower() in lx.PRISON_NOUNS for o in out_of)) or any(
            o.lemma_.lower() in lx.PRISON_NOUNS - {"custody"} for o in into):
        return None
    people = children_of(verb, "dobj", "nsubjpass")
    if still_held_after(verb):
        return None  # "moved four prisoners from jail to a hotel under guard"
    return next((p for p in people if is_detainee(p, names) or counted(p)), None)


def ordered_out(verb: Token) -> Token | None:
    """ "were ordered to leave the country as part of an exchange", "ordered out of the US
    ahead of a swap": people sent out of a country in a swap are that country's release, still
    to come when the order is told (the order's day is not the day they left). An expulsion
    told without a swap (of diplomats, say) is not one."""
    if verb.lemma_.lower() != "order" or verb.pos_ != "VERB":
        return None
    leaving = any(c.dep_ == "xcomp" and c.lemma_.lower() in ("leave", "depart")
                  for c in verb.children) or any(
        c.lower_ == "out" and c.dep_ in ("prt", "prep", "advmod") for c in verb.children)
    if not leaving or not any(t.lemma_.lower() in lx.SWAPS and t.pos_ == "NOUN"
                              for t in verb.sent):
        return None
    ordered = children_of(verb, "dobj", "nsubjpass")
    if ordered:
        return ordered[0]
    if verb.dep_ == "advcl":  # "Ten agents plead guilty, ordered out of the US"
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return _subject_above(verb)


def expelling_state(verb: Token, names: DocNames) -> str | None:
    """The state people are ordered out of ("ordered out of the US", "ordered to leave
    Russia"): the one that held them and lets them go."""
    if verb.lemma_.lower() != "order":
        return None
    places = [o for c in verb.children if c.lower_ == "out"
              for of in c.children if of.lower_ == "of" for o in children_of(of, "pobj")]
    places += [o for c in children_of(verb, "xcomp") if c.lemma_.lower() in ("leave", "depart")
               for o in children_of(c, "dobj")]
    for place in places:
        m = names.at(place)
        if m is not None and m.type == EntityType.COUNTRY:
            return m.text
    return None


_PARTICIPLES = frozenset({"freed", "released", "pardoned"})


def _release_cue(tok: Token, names: DocNames) -> Cue | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and (done_by_deals(tok) or a_way_of(tok)
                               or back_to_work_or_prison(tok)):
        return None  # "the deals that brought Xians home this year": a summary of releases;
        # "some way of bringing its citizens home": a means one has; "returned to duty"
    sent_out = ordered_out(tok)
    if sent_out is not None and is_detainee(sent_out, names):
        return Cue(tok, EventType.RELEASE, sent_out)
    if (tok.dep_ == "acl" and (tok.tag_ == "VBN" and lemma in lx.FREED_PARTICIPLES
                               or tok.lower_ in _PARTICIPLES)  # ("the 12 freed": a noun)
            and any(c.dep_ == "agent" or out_of_prison(c) or says_when(c) or in_a_swap(c)
                    for c in tok.children)
            and is_detainee(tok.head, names, 1) and not published(tok.head)):
        # "seven Americans released by the government on Saturday": a release told as a
        # participle with its agent, day or swap (without one it is a description: "the
        # freed men")
        return Cue(tok, EventType.RELEASE, tok.head)
    if (tok.lower_ == "free" and (tok.dep_ == "amod" and any(c.dep_ == "nsubj"
                                                              for c in tok.children)
                                  or seen_freeing(tok) is not None)
            and is_detainee(tok.head, names)):
        # "a deal that saw Norway free A": the parser took the verb for an adjective of A,
        # with a subject of its own (or with the subject before it in one noun phrase)
        return Cue(tok, EventType.RELEASE, tok.head)
    after = followed_release(
        tok, lambda t: _is_person(t, names) or is_detainee(t, names),
        lambda t: _release_cue(t, names) is not None) if tok.lower_ == "followed" else None
    if after is not None:  # "A week later three more followed": the release before it
        return Cue(tok, EventType.RELEASE, after)
    if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
        ended = captivity_ended(tok)
        if ended is not None:
            return Cue(tok, EventType.RELEASE, ended)
        carried = _sent_from_prison(tok, names)
        if carried is not None:
            return Cue(tok, EventType.RELEASE, carried)
        against = _dropped_charges(tok)
        if against is not None and is_detainee(against, names):
            return Cue(tok, EventType.RELEASE, against)
        left = left_prison(tok)
        out = left or order_lifted(tok)
        if out is not None and (_is_person(out, names) or is_detainee(out, names) or (
                out is left and out.lower_ in lx.HE_OR_SHE | {"they"})):
            return Cue(tok, EventType.RELEASE, out)  # "A walked out of prison", "revoked
            # the arrest of B"
        particles = {c.lower_ for c in tok.children
                     if c.dep_ in ("prt", "advmod", "acomp", "oprd", "xcomp")}
        if tok.tag_ in ("VBD", "VBZ", "VBP") and any(
                v == lemma and p in particles for v, p in lx.RELEASE_INTRANSITIVE):
            # only the held come out ("sixteen hostages came out", not "protesters came out");
            # anyone may walk free (not "walk out" of talks)
            free = "free" in particles
            subjects = [s for s in children_of(tok, "nsubj") if s.lemma_.lower() in lx.HELD_NOUNS
                        or (free and (_is_person(s, names) or is_detainee(s, names)))]
            return Cue(tok, EventType.RELEASE, subjects[0]) if subjects else None
        if lemma == "receive":  # "the Red Cross received 11 hostages from Hamas"
            got = [o for o in children_of(tok, "dobj") if is_detainee(o, names)]
            if got and any(p.lower_ == "from" for p in children_of(tok, "prep")):
                return Cue(tok, EventType.RELEASE, got[0])
        home = came_home(tok)
        if home is not None:
            return home
        let_go = _let_go(tok)
        if let_go is not None and is_detainee(let_go, names):
            return Cue(tok, EventType.RELEASE, let_go)
        phrasal = any(has_prt(tok, p) for v, p in lx.RELEASE_PHRASAL if v == lemma) or (
            lemma == "hand" and any(p.lower_ == "to" for p in children_of(tok, "prep", "dative"))
        ) or _taken_home(tok)
        if lemma not in lx.RELEASE_VERBS and not phrasal:
            return None
        patient = verb_patient(tok)
        for conj in (c for c in tok.children if c.dep_ == "conj" and patient is None):
            patient = verb_patient(conj) or _dropped_charges(conj)  # "pardoning or dropping X"
        if patient is None and (any(c.dep_ == "auxpass" for c in tok.children) or (
                _participle_by(tok))):
            patient = _subject_above(tok)
        if patient is None:
            return None
        if lemma == "release" and is_asset(patient):
            return Cue(tok, EventType.SANCTIONS_RELIEF, patient)
        if negated(patient) or published(patient) or still_held_after(tok) or (
                moved_as_told_before(tok)):
            return None  # "no prisoners were freed", "released photographs of the men",
            # "released from prison to house arrest"
        if released_to_await_trial(tok):
            return None  # "a court freed him pending trial": still in the case, not let go
        if lemma in ("expel", "deport") and patient.pos_ == "NOUN" and (
                patient.lemma_.lower() not in lx.HELD_NOUNS):
            return None  # "expelled two diplomats", "deported migrants": no one freed
        if is_detainee(patient, names):
            return Cue(tok, EventType.RELEASE, patient)
        return None
    if tok.pos_ == "NOUN" and (lemma in lx.RELEASE_NOUNS or freedom_won(tok)):
        if tok.head.lower_ == "in" and lemma in ("exchange", "return", "swap"):
            return None  # the idiom "in exchange for", not an exchange of prisoners
        if swap_of_release(tok) is not None:
            return None  # "freed A as part of an exchange for B": the verb's release, framed
        if means_of_release(tok):
            return None  # "released X in a royal pardon": the verb's release, told once
        if as_example(tok):
            return None  # "pointing to X's release of 800 for one soldier": a precedent
        if lemma in lx.SWAPS and tok.dep_ == "dobj" and (
                tok.head.lemma_.lower() in lx.APPROVING_VERBS):
            return None  # "the cabinet backs the swap": approved, still to be carried out
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in SET_FOR:
            return None  # "the agreed handover point", "a release date": set for one
        if told_as_an_aim(tok) or told_as_a_means(tok) or a_topic(tok) or a_kind_of_act(tok):
            return None  # "set the return of the two as a goal of the war": sought; "A's
            # release was the only way to bring B home": weighed as a means, not told done
        if any(c.lower_ == "such" for c in tok.children):
            return None  # "freed A on Thursday, the second such release this year": told
        if tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in STRIVING_VERBS:
            return None  # "her wife campaigned for her release": sought, not (yet) done
        if tok.head.lower_ == "for" and tok.head.head.lemma_.lower() == "demand" and given_up(
                tok.head.head):
            return None  # "withdrew its demand for the release of 40": asked, not done
        headline = headline_verb(tok)
        if headline is not None:
            return Cue(tok, EventType.RELEASE, headline) if is_detainee(headline, names) else None
        patient = noun_patient(tok)
        if patient is not None and published(patient):
            return None  # "the release of the footage"
        if patient is not None and money_or_assets(patient):
            # "the release of $2 billion in frozen funds": money, not people
            return Cue(tok, EventType.SANCTIONS_RELIEF, patient) if lemma == "release" else None
        if patient is not None and is_detainee(patient, names):
            return Cue(tok, EventType.RELEASE, patient)
        if patient is None and lemma in ("release", "pardon", "freeing", "handover"):
            sent_has = any(lx.people_noun(t.lemma_.lower()) or (
                t.tag_ in ("NNS", "NNPS") and country_of_demonym(t.text)) for t in tok.sent)
            return Cue(tok, EventType.RELEASE, None) if sent_has else None
        return None
    if tok.dep_ == "amod" and tok.lower_ in lx.RELEASE_ADJ and is_detainee(tok.head, names, 0):
        return Cue(tok, EventType.RELEASE, tok.head)
    return None


# How often a side does a thing, told in the present: "X rarely exchanges prisoners".
_HOW_OFTEN = frozenset({"rarely", "seldom", "often", "usually", "routinely", "frequently",
                        "sometimes", "generally", "typically", "normally", "never"})


# How many of a kind do a thing: "few kidnappers let hostages go", "most rebel groups free".
_HOW_MANY = frozenset({"few", "many", "most", "no"})


def _generic(verb: Token) -> bool:
    """A present-tense verb told with how often its subject does it ("since X rarely
    exchanges prisoners before they are convicted"), or told of how many of a kind do it
    ("few kidnappers in the region let hostages go"): a habit, no event."""
    if verb.pos_ != "VERB":
        return False
    if verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ in _HOW_OFTEN
                                           for c in verb.children):
        return True
    doers = [verb, verb.head] if verb.head.lemma_.lower() == "let" else [verb]  # "let them go"
    return any(s.dep_ == "nsubj" and s.tag_ == "NNS" and any(
        d.dep_ in ("amod", "det") and d.lower_ in _HOW_MANY for d in s.children)
        for v in doers if v.tag_ in ("VBZ", "VBP") or v.lower_ == "let"  # (a form of both
        for s in v.children)  # tenses; not "many rebels freed hostages on Friday")


def find_cues(tok: Token, names: DocNames) -> list[Cue]:
    """Every base event a token signals (usually none, at most a couple)."""
    if _generic(tok):
        return []
    found = [
        _release_cue(tok, names),
        money_cue(tok),
        sanction_cue(tok),
        meeting_cue(tok, names),
        call_cue(tok, names),
        letter_cue(tok),
        demand_cue(tok),
    ]
    return [c for c in found if c is not None]


__all__ = ["LICENCE_NOUNS", "Cue", "Frame", "children_of", "expelling_state", "find_cues",
           "is_detainee", "is_money", "money_or_assets", "negated", "noun_patient",
           "verb_patient", "word_in"]
