"""Cues of sanctions and of money: sanctions imposed or eased, a licence or a waiver granted
or revoked, a name taken off a list, a ban of a sanctions regime, and money handed over in a
deal (an asset release)."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import Cue, children_of, negated
from dealwatch.extract.patients import verb_patient
from dealwatch.model import EventType
from dealwatch.places import country_for_actor

_MONEY_SIGNS = frozenset({"$", "€", "£", "US$"})


def money_or_assets(tok: Token) -> bool:
    """What a release frees is money ("$2 billion", "frozen funds", "assets of X"), not
    people."""
    return is_money(tok) or is_asset(tok)


def is_asset(tok: Token) -> bool:
    """ "funds", "$6 billion in frozen funds", "assets of X"; not a word of a clause that
    describes people ("A, arrested in 2012 according to B's account of the case")."""
    return tok.lemma_.lower() in lx.ASSET_NOUNS or any(
        c.lemma_.lower() in lx.ASSET_NOUNS for c in _own_words(tok) if c.dep_ in ("pobj", "conj")
    )


def _own_words(tok: Token) -> list[Token]:
    """The phrase of a word without the clauses and appositions that describe it."""
    out = []
    stack = [tok]
    while stack:
        cur = stack.pop()
        out.append(cur)
        stack.extend(c for c in cur.children if c.dep_ not in _DESCRIBING)
    return out


_DESCRIBING = frozenset({"acl", "relcl", "appos", "advcl"})


def is_money(tok: Token) -> bool:
    """ "$400 million", "a $400 million payment", "frozen funds"."""
    return (tok.ent_type_ == "MONEY" or tok.lemma_.lower() in lx.ASSET_NOUNS
            or any(c.text in _MONEY_SIGNS for c in tok.subtree))


def money_cue(tok: Token) -> Cue | None:
    """Money handed over in a deal is an asset release: "Iran will receive $400 million", "a
    $400 million payment reached Tehran"."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    if lemma == "receive":
        money = [c for c in children_of(tok, "dobj") if is_money(c)]
        state = [c for c in children_of(tok, "nsubj") if c.ent_type_ in ("GPE", "NORP")]
        if money and state:
            return Cue(tok, EventType.SANCTIONS_RELIEF, money[0])
    if lemma in lx.ARRIVE_VERBS:
        paid = [c for c in children_of(tok, "nsubj") if c.lemma_.lower() in ("payment",
                                                                              "transfer")]
        if paid and is_money(paid[0]):
            return Cue(tok, EventType.SANCTIONS_RELIEF, paid[0])
    return None


LICENCE_NOUNS = frozenset({"license", "licence", "waiver", "exemption"})
LIST_NOUNS = frozenset({"list", "blacklist", "register", "registry"})


def _delisting(tok: Token) -> Cue | None:
    """ "removed X from its sanctions list", "from its blacklist": relief for X."""
    if tok.lemma_.lower() == "blacklist" and tok.pos_ == "NOUN" and tok.dep_ == "pobj":
        listed = tok  # a blacklist needs no word to say what list it is
    elif tok.lemma_.lower() == "list" and tok.dep_ == "pobj" and _of_terrorism(tok):
        listed = tok  # "removed X from its list of state sponsors of terrorism"
    else:
        listed = tok.head
        if tok.dep_ != "compound" or listed.lemma_.lower() not in LIST_NOUNS:
            return None
    prep = listed.head
    if listed.dep_ != "pobj" or prep.lower_ != "from":
        return None
    verb = prep.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:  # "from" hung on the object by the parse
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.RELIEF_VERBS | {"take", "strike"}:
        return None
    return Cue(verb, EventType.SANCTIONS_RELIEF, verb_patient(verb))


def _of_terrorism(listed: Token) -> bool:
    """ "the list of state sponsors of terrorism", "the terror list": a list a state keeps
    to sanction those on it."""
    return any(t.lemma_.lower() in ("terrorism", "terror", "terrorist")
               for t in listed.subtree if t.i != listed.i)


def _designation_lifted(tok: Token) -> Cue | None:
    """ "the designation was rescinded", "revoked the designation of X as a terrorist group":
    a state's listing of another undone is relief."""
    if tok.lemma_.lower() != "designation" or tok.pos_ != "NOUN" or tok.dep_ not in (
            "dobj", "nsubjpass"):
        return None
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.RELIEF_VERBS:
        return None
    return Cue(verb, EventType.SANCTIONS_RELIEF, tok)


def _licence(tok: Token) -> Cue | None:
    """ "the Treasury issued General License 41, allowing ..." or "granted a waiver": a
    licence of a sanctions regime eases it."""
    if tok.lemma_.lower() not in LICENCE_NOUNS or tok.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma not in _GRANTING and lemma not in _REVOKING:
        return None
    general = any(c.lower_ in ("general", "specific") for c in tok.children)
    # ("a waiver allowing the transfer of frozen funds": a freeze is a sanction's)
    about = any(t.lemma_.lower() in ("sanction", "embargo", "freeze") or t.lower_ == "frozen"
                for t in tok.sent)
    if not (general or about):
        return None
    # "revoked the licence under which X pumped oil despite the sanctions": they bite again
    kind = EventType.SANCTIONS_IMPOSED if lemma in _REVOKING else EventType.SANCTIONS_RELIEF
    return Cue(verb, kind, tok)


# Verbs that give a licence or a waiver ("signed the sanctions waiver"), and that take one
# back.
_GRANTING = frozenset({"issue", "grant", "award", "extend", "renew", "sign", "approve"})
_REVOKING = frozenset({"revoke", "rescind", "cancel", "withdraw", "terminate"})


# Trade a state may bar its firms from: "barred American companies from selling to X".
_TRADING = frozenset({"sell", "export", "supply", "ship", "trade", "buy", "deal", "do"})
_BARRING = frozenset({"bar", "ban", "prohibit", "forbid"})


def _barred_from_trade(verb: Token) -> bool:
    """ "barred American companies from selling components to X", "banned its firms from
    doing business with Y": a state's firms cut off from another, a sanction on it (not
    "banned the men from leaving the country")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _BARRING or negated(verb):
        return False
    return any(g.lemma_.lower() in _TRADING and any(
        q.dep_ in ("prep", "dative") and q.lower_ in ("to", "with") for q in g.children)
        for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
        for g in p.children if g.dep_ == "pcomp")


# A state stopping or resuming what it gives another's people or sends its market: "stopped
# granting visas to citizens of X", "resumed issuing visas", "halted oil shipments to Y".
_STOPPING = frozenset({"stop", "halt", "suspend", "cease", "freeze"})
_RESUMING = frozenset({"resume", "restart", "restore"})
_GIVING = frozenset({"grant", "issue"})
_SENT = frozenset({"shipment", "export", "delivery", "supply"})


def _visas_or_shipments(verb: Token) -> Cue | None:
    """A state stopping visas or shipments to another's people or market imposes a sanction;
    resuming them eases it (told with whom they are for, and a state as the subject)."""
    lemma = verb.lemma_.lower()
    kind = EventType.SANCTIONS_IMPOSED if lemma in _STOPPING else (
        EventType.SANCTIONS_RELIEF if lemma in _RESUMING else None)
    if kind is None or verb.pos_ != "VERB" or negated(verb) or not any(
            s.ent_type_ == "GPE" or country_for_actor(s.text) for s in children_of(verb, "nsubj")):
        return None
    acts = [verb, *(c for c in children_of(verb, "xcomp", "dobj", "pcomp")
                    if c.lemma_.lower() in _GIVING)]
    for act in acts:
        told_for = any(p.lower_ in ("to", "for") and children_of(p, "pobj")
                       for p in children_of(act, "prep", "dative"))
        for thing in children_of(act, "dobj"):
            given = thing.lemma_.lower()
            if told_for and (given == "visa" and act is not verb or given in _SENT):
                return Cue(verb, kind, thing)
    return None


def _a_ban(tok: Token) -> bool:
    """A measure of a sanctions regime by another name: "a travel ban", "the visa ban", "an
    asset freeze", "the entry restrictions it placed on Xian citizens" (restrictions told of a
    state's people or bodies, not a city's "travel restrictions"), a ban on a named firm,
    person or state ("lifted its ban on Vorta Corp"); not any ban ("a ban on protests")."""
    lemma = tok.lemma_.lower()
    if lemma in ("ban", "freeze", "restriction", "curb") and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in lx.BANNED_KINDS
            for c in tok.children):
        return lemma in ("ban", "freeze") or any(
            t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for t in tok.subtree)
    return lemma == "ban" and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ in ("ORG", "PERSON", "GPE")
        for p in tok.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children)


_HOLDINGS = frozenset({"asset", "assets", "fund", "funds", "account", "accounts", "property",
                       "holding", "holdings"})


def _asset_freeze(tok: Token) -> Cue | None:
    """ "froze the assets of two ministers", "ordered a freeze on their assets", "an asset
    freeze was imposed": a sanction imposed; "lifted the asset freeze": eased."""
    if tok.lemma_.lower() != "freeze":
        return None
    if tok.pos_ == "VERB":
        held = [o for o in children_of(tok, "dobj", "nsubjpass") if o.lemma_.lower() in _HOLDINGS]
        if not held and tok.dep_ in ("ccomp", "xcomp", "oprd") and (
                tok.head.lemma_.lower() in ("order", "have", "declare")):
            held = [o for o in children_of(tok.head, "dobj") if o.lemma_.lower() in _HOLDINGS]
            if held:  # "ordered the assets of two ministers frozen": the order's act
                return Cue(tok.head, EventType.SANCTIONS_IMPOSED, held[0])
        return Cue(tok, EventType.SANCTIONS_IMPOSED, held[0]) if held else None
    if tok.pos_ != "NOUN":
        return None
    on = [o for p in children_of(tok, "prep") if p.lower_ == "on"
          for o in children_of(p, "pobj") if o.lemma_.lower() in _HOLDINGS]
    of_assets = on or [c for c in tok.children if c.dep_ == "compound"
                       and c.lemma_.lower() in _HOLDINGS]
    if not of_assets:
        return None
    verb = tok.head
    if tok.dep_ in ("dobj", "nsubjpass", "conj") and verb.lemma_.lower() in lx.RELIEF_VERBS:
        return Cue(verb, EventType.SANCTIONS_RELIEF, tok)
    if tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in (
            lx.IMPOSE_VERBS | {"order", "announce", "decree"}):
        return Cue(verb, EventType.SANCTIONS_IMPOSED, of_assets[0])
    return None


def _a_courts_act(verb: Token) -> bool:
    """A court's doing ("a court found him guilty and released him, lifting a travel ban"):
    the subject of the verb or of the verbs it hangs from is a court."""
    for v in (verb, *verb.ancestors):
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in lx.COURTS for c in v.children):
            return True
        if v.dep_ not in ("advcl", "conj", "xcomp") and not (
                v.dep_ == "ccomp" and v.head.lemma_.lower() in ("let", "allow", "order")):
            return False  # ("the court let him go and lifted his travel ban")
    return False


def sanction_cue(tok: Token) -> Cue | None:
    found = _sanction_cue(tok)
    if found is not None and _a_courts_act(found.token):
        return None  # a term of a case lifted or set, not a sanction
    return found


def _sanction_cue(tok: Token) -> Cue | None:
    lemma = tok.lemma_.lower()
    found = _delisting(tok) or _licence(tok) or _designation_lifted(tok)
    if found is not None:
        return found
    if tok.pos_ == "VERB" and lemma in ("unfreeze", "unfroze", "delist"):  # "will unfreeze
        # the assets of three banks", "delisted the airline" (the model leaves "unfroze" as is)
        return Cue(tok, EventType.SANCTIONS_RELIEF, verb_patient(tok))
    frozen = _asset_freeze(tok)
    if frozen is not None:
        return frozen
    if _barred_from_trade(tok):
        return Cue(tok, EventType.SANCTIONS_IMPOSED, verb_patient(tok))
    cut = _visas_or_shipments(tok)
    if cut is not None:
        return cut
    privilege = _privilege_taken(tok)
    if privilege is not None:
        return privilege
    if tok.pos_ == "VERB" and lemma in ("sanction", "blacklist", "designate"):
        if _designated_held(tok):
            return None  # "Americans it has designated as wrongfully detained"
        patient = verb_patient(tok)
        if lemma == "sanction" or (patient is not None and patient.pos_ in ("NOUN", "PROPN")):
            return Cue(tok, EventType.SANCTIONS_IMPOSED, patient)
    if not (lemma in lx.SANCTION_NOUNS or _a_ban(tok) or _trade_curb(tok)) or (
            tok.pos_ not in ("NOUN", "PROPN")):
        return None
    head = tok.head
    hl = head.lemma_.lower()
    if tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        if hl in lx.RELIEF_VERBS:
            return Cue(head, EventType.SANCTIONS_RELIEF, tok)
        if hl in lx.IMPOSE_VERBS:
            return Cue(head, EventType.SANCTIONS_IMPOSED, tok)
    share = head.head if tok.dep_ == "pobj" and head.lower_ == "of" else None
    if share is not None and share.lower_ in _SHARES and share.dep_ in ("dobj", "nsubjpass") and (
            share.head.pos_ == "VERB"):  # "lifted most of its sanctions": the sanctions
        verb = share.head.lemma_.lower()
        if verb in lx.RELIEF_VERBS:
            return Cue(share.head, EventType.SANCTIONS_RELIEF, tok)
        if verb in lx.IMPOSE_VERBS:
            return Cue(share.head, EventType.SANCTIONS_IMPOSED, tok)
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        noun = head.head.lemma_.lower()
        if noun in lx.RELIEF_NOUNS:
            return Cue(head.head, EventType.SANCTIONS_RELIEF, tok)
        if noun in lx.IMPOSE_NOUNS:
            return Cue(head.head, EventType.SANCTIONS_IMPOSED, tok)
    if tok.dep_ == "compound" and hl == "relief":
        return Cue(head, EventType.SANCTIONS_RELIEF, tok)
    return None


# Words for a share of what follows "of": "most of its sanctions", "the rest of the curbs".
_SHARES = frozenset({"most", "some", "all", "many", "much", "part", "rest", "remainder",
                     "half", "bulk", "several", "remaining"})
# What restrictions of a sanctions regime bear on: "eased restrictions on copper exports",
# "lifted curbs on the state airline" (not "restrictions on protests").
_TRADED = frozenset({"export", "import", "trade", "sale", "purchase", "flight", "airline",
                     "carrier", "bank", "shipment", "oil", "investment", "transaction",
                     "travel"})  # ("the ban on Xians travelling to Y")


def _trade_curb(tok: Token) -> bool:
    """ "restrictions on X exports", "curbs on its airline", "its ban on flights to X": a
    measure of a sanctions regime by another name."""
    if tok.lemma_.lower() not in ("restriction", "curb", "ban", "embargo"):
        return False
    preps = children_of(tok, "prep") + [  # the parse may hang "on ..." on the verb
        p for p in children_of(tok.head, "prep") if tok.dep_ == "dobj" and p.i == tok.i + 1]
    return any(o.lemma_.lower() in _TRADED or any(c.lemma_.lower() in _TRADED for c in o.children)
               for p in preps if p.lower_ == "on" for o in children_of(p, "pobj", "pcomp"))


# What one state grants another's trade or airline and can take back as a penalty:
# "most-favoured-nation status", "landing rights", "trade privileges".
_PRIVILEGES = frozenset({"privilege"})
_GRANTED = {"status": frozenset({"most-favoured-nation", "most-favored-nation", "mfn", "trade",
                                 "tariff", "trading", "preferential", "nation"}),
            "right": frozenset({"landing", "fishing", "overflight", "trading", "traffic"})}
_TAKING_BACK = frozenset({"suspend", "revoke", "withdraw", "cancel", "terminate", "strip",
                          "end", "deny"})
_GIVING_BACK = frozenset({"restore", "reinstate", "return"})
# The words for what a sanction takes from whoever holds it: "Xland's trade privileges".
PRIVILEGE_NOUNS = _PRIVILEGES | frozenset(_GRANTED)


def _privilege_taken(verb: Token) -> Cue | None:
    """ "suspended Yland's most-favoured-nation status", "suspended landing rights for the
    Yian airline": a trade or airline privilege taken away is a sanction; "restored its
    trade privileges" eases one."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _TAKING_BACK | _GIVING_BACK:
        return None
    patient = verb_patient(verb)
    if patient is None:
        return None
    for noun in (patient, *patient.conjuncts):
        word = noun.lemma_.lower()
        kinds = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        kinds |= {w for c in noun.children if c.dep_ in ("compound", "amod")
                  for w in c.lower_.split("-")}
        if word in _PRIVILEGES or kinds & _GRANTED.get(word, frozenset()):
            kind = (EventType.SANCTIONS_IMPOSED if lemma in _TAKING_BACK
                    else EventType.SANCTIONS_RELIEF)
            return Cue(verb, kind, patient)
    return None


def _designated_held(verb: Token) -> bool:
    """ "designated as wrongfully detained", "designated as a hostage": a status a state
    gives its own people held abroad, not a sanction."""
    return any(c.dep_ in ("prep", "advcl", "xcomp", "oprd") and any(
        t.lower_ == "as" for t in c.subtree) and any(
        t.lemma_.lower() in _HELD_STATUS for t in c.subtree) for c in verb.children)


_HELD_STATUS = frozenset({"detain", "detained", "hostage", "detainee", "hold", "held"})
