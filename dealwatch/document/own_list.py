"""The people a release's own sentence lists beside its group: the phrase naming who is freed
(``group_of``), a list hung on the release's clause ("freed 30, among them A", "let three
men go: A, B and C"), and names set between two dashes after the group ("Four men held in X
- A, B, C and D - were released"). ``freed`` reads them for every release."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dealwatch.document.groups import (
    full_name,
    group_tokens,
    is_official,
    members,
    semicolon_run,
)
from dealwatch.extract.args import governing_verb
from dealwatch.extract.cues import Cue
from dealwatch.extract.names import DocNames
from dealwatch.extract.parties import AMONG_REFS, among_them
from dealwatch.model import EntityType

_LIST_MARKERS = frozenset({"including", "among", "besides"})
_LISTING = frozenset({"include", "comprise", "be"})
_LIST_PUNCT = frozenset({":", "—", "–", "-", "--"})
# How a parse hangs a list on the verb after a colon or "among them".
HUNG_DEPS = frozenset({"dep", "appos", "npadvmod", "attr", "oprd"})
RELATIVES = frozenset({"who", "whom", "that"})


def group_of(cue: Cue) -> Token | None:
    """The phrase naming who is freed; for a relative pronoun ("A and B, whom X released"),
    the phrase the clause hangs on."""
    patient = cue.patient
    if patient is None or patient.lower_ not in RELATIVES or patient.tag_ not in ("WP", "WDT"):
        return patient
    verb = cue.token
    if verb.dep_ != "relcl":
        return None
    head = verb.head
    if patient.lower_ in ("who", "whom") and head.dep_ == "pobj" and head.head.lower_ == "of" and (
            head.pos_ == "NOUN") and head.head.head.dep_ == "appos" and (
            head.head.head.head.pos_ == "PROPN"):
        head = head.head.head  # "A, the third member of the group, who was herself released":
        # "who" is the person told of, not the group the parser hung the clause on
    while head.dep_ in ("conj", "appos") and head.head.pos_ in ("NOUN", "PROPN", "NUM"):
        head = head.head
    return head


def listed(cue: Token, group: Token | None, names: DocNames) -> list[str]:
    """People in a list hung on the release's clause: "freed 30, among them A", "released
    eight, including A and B", "let three men go: A, B and C"."""
    clause = cue if cue.pos_ in ("VERB", "AUX") else governing_verb(cue)
    inside = {t.i for t in group.subtree} if group is not None else set()
    heads: list[Token] = []
    own = {t.i for t in cue.subtree} if cue.pos_ not in ("VERB", "AUX") else None
    for tok in cue.sent:
        if tok.lower_ not in _LIST_MARKERS or tok.i in inside:
            continue
        if own is not None and tok.i not in own:
            continue  # "a prisoner exchange" beside "released four, among them A": the verb's
        if tok.head.i in (clause.i, cue.i):
            heads += _marked(tok)
        elif tok.head.pos_ in ("NOUN", "PROPN") and governing_verb(tok.head).i == clause.i:
            heads.append(tok.head)  # "among them A": the marker hangs on the name
    after = group.right_edge.i if group is not None else cue.i
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("xcomp", "ccomp")
                       and c.lemma_ == "go")] if own is None else []
    for verb in verbs:
        for child in verb.children:
            hung = child.dep_ in HUNG_DEPS
            if hung and child.i > after and _opens_list(cue.doc[child.left_edge.i - 1]):
                heads.append(child)  # "freed three men: A, B and C"
    if group is not None and cue.dep_ in ("acl", "relcl") and cue.head.i == group.i and (
            group.dep_ == "nsubj" and group.head.lemma_.lower() in _LISTING):
        # "The 12 prisoners freed by X on Monday included A and B"
        told = [c for c in group.head.children if c.dep_ in ("dobj", "attr")]
        heads += told  # ("were A; B, a teacher; and C": the run of semicolons too)
        run = [p for h in told[-1:] for p in semicolon_run(h, names)]
    else:
        run = []
    out: list[str] = []
    for head in heads:
        if head.i not in inside:
            out += [p for p in members(head, names) if p not in out]
    out += [p for p in run if p not in out]
    if group is not None:
        out += [p for p in _among_after(group, cue, names) if p not in out]
    if group is not None:  # "20 Peruvians jailed for political reasons, including A":
        # the parse hangs the list inside a clause on the group; a list of people named
        # there can only be of the group
        kept = {t.i for t in group_tokens(group)}
        for tok in group.subtree:
            if tok.lower_ in _LIST_MARKERS and tok.i not in kept:
                for head in _marked(tok):
                    found = names.at(head)
                    if found is not None and found.type == EntityType.PERSON:
                        out += [p for p in members(head, names) if p not in out]
    return out


def _among_after(group: Token, cue: Token, names: DocNames) -> list[str]:
    """The people an "among them" after the release's clause tells (``among_them``)."""
    return people_named(among_them(max(group.right_edge, cue, key=lambda t: t.i), names), names)


def between_dashes(group: Token, cue: Token, names: DocNames) -> list[str]:
    """ "Four men held in X - A, B, C and D - were released": the people set between two
    dashes after the group are the group (the parse often loses them), before its verb or
    after it ("freed seven Xians -- A, B and C --")."""
    doc = cue.doc
    if group.i > cue.i:  # "granted clemency to seven Xians -- A, B and C -- and ...": the
        # dashes right after the group (the parse may hang the first on it), wherever the
        # parse hung what is between them
        first = next((t.i for t in doc[group.i + 1:group.right_edge.i + 2] if _dash(t)), None)
        end = None if first is None else next(
            (t.i for t in doc[first + 1:group.sent.end] if _dash(t)), None)
        dashes = [] if first is None or end is None else [first, end]
    else:
        dashes = [t.i for t in doc[group.i + 1:cue.i] if _dash(t)]
    if len(dashes) != 2:
        return []
    out = people_named(doc[dashes[0] + 1:dashes[1]], names)
    return out if len(out) >= 2 else []


def _dash(tok: Token) -> bool:
    """A dash standing between spaces, setting a list off (not a colon)."""
    return _opens_list(tok) and tok.text != ":"


def people_named(tokens: Iterable[Token], names: DocNames) -> list[str]:
    """The people the tokens name, each once by their whole name, none an official."""
    out: list[str] = []
    for tok in tokens:
        found = names.at(tok)
        if found is not None and found.type == EntityType.PERSON and not is_official(
                found.roles):
            name = full_name(tok, names)
            out += [name] if name not in out else []
    return out


def _marked(marker: Token) -> list[Token]:
    """What a list marker on the release verb introduces: its object ("including A and B"),
    or, after "among them", the phrase that follows ("among them the reporter A")."""
    objs = [c for c in marker.children if c.dep_ == "pobj"]
    if not objs or objs[0].lower_ not in AMONG_REFS:
        return objs
    after = marker.right_edge.i
    nxt = [c for c in marker.head.children if c.i > after and c.dep_ != "punct"]
    if nxt and nxt[0].left_edge.i - after <= 2 and nxt[0].dep_ in HUNG_DEPS | {"dobj"}:
        return [nxt[0]]
    return []


def _opens_list(tok: Token) -> bool:
    """A colon, or a dash standing between spaces (not the hyphen of "Midland-brokered")."""
    if tok.text == ":":
        return True
    spaced = tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_) and bool(tok.whitespace_)
    return tok.text in _LIST_PUNCT and spaced


def freed_with(verb: Token, names: DocNames) -> list[str]:
    """People freed with those the verb names: "walked free along with A", "freed A alongside
    two others, B and C", "freed A together with her colleague B" (not "with the help of")."""
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "alongside")]
    preps += [w for a in verb.children if a.dep_ in ("prep", "advmod") and a.lower_ == "along"
              for w in a.children if w.dep_ == "prep" and w.lower_ == "with"]
    out = [p for prep in preps for o in prep.children if o.dep_ == "pobj"
           for p in members(o, names)]
    for prep in preps:  # "With A the militia freed B": the parse left the name outside
        nxt = verb.doc[prep.i + 1] if prep.i + 1 < len(verb.doc) else None
        named = names.at(nxt) if nxt is not None and not any(
            o.dep_ == "pobj" for o in prep.children) else None
        if named is not None and named.type == EntityType.PERSON and named.text not in out:
            out.append(named.text)
    return out
