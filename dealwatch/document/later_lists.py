"""The lists of names that a sentence after a release gives its freed: "They are A, B and
C", "The four are ...", "Among them was A", "The best known was A", "The oldest of the
Israelis, A, is 85", "One of the men is A", "They were named as A", "Three of them, A, B and
C, had been held for years", "A was one of them. So was B" (``freed`` puts them on the
release they follow)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dealwatch.document.groups import (
    NAMING_VERBS,
    full_name,
    members,
    refers_to_group,
    semicolon_run,
)
from dealwatch.document.rolls import roll_in
from dealwatch.document.told_freed import STILL_HELD
from dealwatch.extract.lexicon import ARRIVE_VERBS, HE_OR_SHE, KIN_AND_COUNSEL, RELEASE_WORDS
from dealwatch.extract.names import DocNames
from dealwatch.extract.shapes import went_home
from dealwatch.extract.text import doc_text
from dealwatch.model import EntityType
from dealwatch.places import country_for_actor

_LIST_VERBS = frozenset({"be", "include", "comprise"})


@dataclass
class LaterList:
    """A later sentence's list of the freed: the names, the group's number, the word that
    refers to the group ("men" in "One of the men"), and whether it names the group (a
    pronoun does not)."""

    persons: list[str]
    number: int | None = None
    word: str | None = None
    named: bool = False
    among: bool = False  # "Among them were A and B": some of the group, told as such
    roll: bool = False  # "First off the plane was A": a roll call of those coming out
    side: str | None = None  # "Among those freed by X were A and B": whose release it is
    all_of_them: bool = False  # told as the whole group by a plural pronoun: "They are ..."
    one: bool = False  # told of one person by a pronoun: "he was A"
    carried: bool = False  # named as the subject of being taken on: "A and B were flown to X"


_EARLIER = frozenset({"earlier", "before", "previously", "already"})
_BARE_REFS = frozenset({"they", "them", "these", "those", "he", "she", "both", "all"})
_PLURAL_REFS = _BARE_REFS - HE_OR_SHE


def list_in(sent: Span, names: DocNames) -> LaterList | None:
    """The people a sentence lists as a group freed just before, and the group's number:
    "They are A, B and C", "The four are ...", "Among them was A", "The best known was A",
    "The oldest of the Israelis, A, is 85", "One of the men is A", "They were named as A"."""
    out = LaterList([])
    words = [t for t in sent if not t.is_space]
    rolled = roll_in(words, names)
    if rolled:
        return LaterList(rolled, named=True, among=True, roll=True)
    headed = _among_colon(sent, words, names) or _labelled(sent, words, names)
    if headed is not None:
        return headed
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue  # "The freed did not include A"
        if _still_held(sent, verb):
            continue  # "A and B are among the men still held"
        lemma = verb.lemma_.lower()
        heads: list[Token] = []
        colon: list[str] = []
        ref: Token | None = None
        own_names = _their_names(verb)
        if own_names is not None:  # "Their names were given as A, B and C"
            ref = own_names
            heads = [c for c in verb.children if c.dep_ == "attr"] + [
                o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                for o in p.children if o.dep_ == "pobj"]
        elif lemma in _LIST_VERBS:
            heads, n, ref = _copula_list(verb)
            out.number = out.number if out.number is not None else n
        elif lemma in NAMING_VERBS:
            objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
            if not objs and verb.dep_ == "conj" and any(c.dep_ == "auxpass"
                                                        for c in verb.children):
                objs = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "They left
                # X and were named: A, B"
            grouped, n = refers_to_group(objs[0]) if objs else (False, None)
            if objs and objs[0].lower_ in ("him", "her"):
                grouped, n = True, 1  # "identified him as A": the one just freed
            if grouped:
                ref = objs[0]
                out.number = out.number if out.number is not None else n
                heads = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                         for o in p.children if o.dep_ == "pobj"]
                colon = [] if heads else _after_its_colon(verb, names)
        else:  # "Three of them, A, B and C, had been held for years": whatever they did
            ref, heads = _partitive_named(verb)
            if ref is None:
                ref, heads = _carried_named(verb, names)
                if ref is not None:
                    out.carried = True
                    out.number = len(members(ref, names))
        found = [p for h in heads for p in members(h, names)]
        found += [p for h in heads[-1:] for p in semicolon_run(h, names) if p not in found]
        found = found or colon
        if not found or ref is None or _told_apart(ref):
            continue
        out.persons += [p for p in found if p not in out.persons]
        out.among = out.among or _some_of(ref)
        out.all_of_them = out.all_of_them or ref.lower_ in _PLURAL_REFS
        out.one = out.one or ref.lower_ in HE_OR_SHE
        word = _referent(ref)
        out.named = out.named or word is not None or ref.like_num or _freed_clause(ref)
        out.side = out.side or _freed_by(ref, names)
        out.word = out.word or (word if word is not None and not ref.like_num else None)
    return out if out.persons else None


def _after_its_colon(verb: Token, names: DocNames) -> list[str]:
    """ "The four were identified by officials: A, B, C and D": the people named after a
    colon that closes the naming verb's own words (the parse hangs them anywhere)."""
    sent = verb.sent
    colon = next((t for t in sent if t.i > verb.i and t.text == ":"), None)
    if colon is None or colon.i > verb.right_edge.i + 1 and any(
            t.pos_ in ("VERB", "AUX") for t in sent.doc[verb.i + 1:colon.i]):
        return []
    return _names_from(sent.doc[colon.i + 1], names)


def _names_from(first: Token, names: DocNames) -> list[str]:
    """The people named from ``first`` to the end of its sentence, up to a verb of a clause
    of their own ("...: A, who was held, said")."""
    sent = first.sent
    out: list[str] = []
    for tok in sent.doc[first.i:sent.end]:
        m = names.at(tok)
        if m is not None and m.type == EntityType.PERSON and m.start == tok.idx:
            name = full_name(tok, names)
            out += [name] if name not in out else []
        elif m is None and tok.pos_ in ("VERB", "AUX"):
            break  # "...: A, who was held, said"
    return out


def _their_names(verb: Token) -> Token | None:
    """ "Their names are A and B", "Their names were given as A and B": the word for the
    group whose names the verb's subject is."""
    for subject in verb.children:
        if subject.dep_ in ("nsubj", "nsubjpass") and subject.lemma_.lower() == "name":
            for owner in subject.children:
                if owner.dep_ == "poss" and refers_to_group(owner)[0]:
                    return owner
    return None


def _labelled(sent: Span, words: list[Token], names: DocNames) -> LaterList | None:
    """ "Released: A, B and C", "Freed: A and B": a label telling the freed, a colon and the
    names."""
    if len(words) < 3 or words[0].lower_ not in _LABELS or words[1].text != ":":
        return None
    found = _names_from(words[2], names)
    return LaterList(found, named=True) if found else None


_LABELS = frozenset({"released", "freed", "pardoned", "exchanged", "swapped"})


def _among_colon(sent: Span, words: list[Token], names: DocNames) -> LaterList | None:
    """ "Among the freed: A, a lawyer; B, a teacher; and C": a list with no verb, headed by
    "among" and the group word, the names after the colon."""
    if len(words) < 4 or words[0].lower_ != "among" or not any(
            t.text == ":" for t in words[1:6]):
        return None
    ref = next((o for o in words[0].children if o.dep_ == "pobj"), None)
    if ref is None or not refers_to_group(ref)[0] or _told_apart(ref) or (
            STILL_HELD.search(sent.text)):
        return None
    root = sent.root
    found = members(root, names)
    found += [p for p in semicolon_run(root, names) if p not in found]
    word = _referent(ref)
    return LaterList(found, named=word is not None or _freed_clause(ref), word=word,
                     among=True, side=_freed_by(ref, names)) if found else None


def _still_held(sent: Span, verb: Token) -> bool:
    """The verb's part of the sentence (between semicolons) tells people as held still:
    "A is among the men still held" (not "They include A; her husband is still held")."""
    text = doc_text(sent.doc)  # (joined once: spaCy joins ``Doc.text`` anew each time)
    start = text.rfind(";", sent.start_char, verb.idx) + 1 or sent.start_char
    end = text.find(";", verb.idx, sent.end_char)
    return STILL_HELD.search(text[start:end if end >= 0 else sent.end_char]) is not None


def _some_of(ref: Token) -> bool:
    """The list names some of the group, and says so: "Among them was A", "A was one of
    them", "Also on the list was A"."""
    return (ref.dep_ == "pobj" and ref.head.lower_ in ("among", "on")
            or ref.dep_ == "attr" and ref.lower_ == "one")


def so_too(sent: Span, names: DocNames, last: LaterList) -> LaterList | None:
    """ "So was B", "So too were C and D", "They were followed by E", right after a list of
    the freed: more of the same list."""
    verb = sent.root
    first = next((t for t in sent if not t.is_space), None)
    followed = _followed(verb, names)
    if followed:  # "They were followed by A and B": the list of those coming out goes on
        return LaterList(followed, None, last.word, last.named, last.among, roll=last.roll)
    if verb.lemma_ != "be" or first is None or not any(
            c.dep_ == "advmod" and c.lower_ == "so" and c.i == first.i for c in verb.children):
        return None
    found = [p for c in verb.children if c.dep_ == "nsubj" for p in members(c, names)]
    return LaterList(found, None, last.word, last.named, last.among) if found else None


def _followed(verb: Token, names: DocNames) -> list[str]:
    """Those a roll call of the freed goes on with: "They were followed by A and B", "A and
    B followed them", "Then came C"."""
    lemma = verb.lemma_.lower()
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if lemma == "follow" and any(c.dep_ == "auxpass" for c in verb.children) and all(
            s.lower_ in _BARE_REFS for s in subjects):
        return [p for a in verb.children if a.dep_ == "agent" for o in a.children
                for p in members(o, names)]
    if lemma == "follow" and all(o.lower_ in _BARE_REFS for o in verb.children
                                 if o.dep_ == "dobj"):
        return [p for s in subjects for p in members(s, names)]
    if lemma == "come" and any(c.dep_ == "advmod" and c.lower_ == "then" for c in verb.children):
        return [p for s in subjects for p in members(s, names)]
    return []


def _partitive_named(verb: Token) -> tuple[Token | None, list[Token]]:
    """A subject that is part of the group told before, with the names in apposition: "Three
    of them, A, B and C, ...", "Two of the men, A and B, ..."."""
    for subj in verb.children:
        if subj.dep_ not in ("nsubj", "nsubjpass") or not subj.like_num:
            continue
        if not any(p.dep_ == "prep" and p.lower_ == "of" for p in subj.children):
            continue
        named = [c for c in subj.children if c.dep_ == "appos" or (
            c.dep_ == "conj" and c.pos_ == "PROPN")]  # the parse takes the list for more
        if named and refers_to_group(subj)[0]:
            return subj, named
    for subj in verb.children:  # "said A, one of the freed men": the name the part is told of
        if subj.dep_ in ("nsubj", "nsubjpass") and subj.pos_ == "PROPN":
            for part in subj.children:
                if part.dep_ == "appos" and part.lower_ == "one" and any(
                        p.dep_ == "prep" and p.lower_ == "of" and any(
                            o.dep_ == "pobj" and refers_to_group(o)[0] for o in p.children)
                        for p in part.children):  # (not "one of the negotiators")
                    return part, [subj]
    return None, []


# Verbs of the freed being taken on from the handover: "were picked up", "were flown".
_CARRIED = frozenset({"pick", "fly", "take", "drive", "bring", "carry", "transfer", "escort",
                      "airlift", "ferry", "evacuate", "collect"})


def _carried_named(verb: Token, names: DocNames) -> tuple[Token | None, list[Token]]:
    """ "A, B, C and D were picked up by two helicopters and flown to X", opening the
    sentence after a release of four: the people named as the subject of being taken on
    (two or more, nothing before them) are the freed just told (``_follow`` takes the list
    only right after a release of that many)."""
    if verb.lemma_.lower() not in _CARRIED or not any(c.dep_ == "auxpass"
                                                      for c in verb.children):
        return None, []
    for subj in verb.children:
        if subj.dep_ == "nsubjpass" and subj.pos_ == "PROPN" and (
                subj.left_edge.i == verb.sent.start) and len(members(subj, names)) >= 2:
            return subj, [subj]
    return None, []


def _told_apart(ref: Token) -> bool:
    """ "The officials who arranged it were named as A and B": a relative clause that tells
    what the group did, not that it was freed, makes it another group ("Those who landed in
    X were A and B", "Those who came home included A" are the freed; "Those who came home
    earlier were A and B", the freed of another, earlier release)."""
    if ref.lemma_.lower() in _GO_BETWEENS:
        return True  # "The lawyer A, who arranged the exchanges, was on the bridge"
    return any(c.dep_ == "relcl" and (c.lemma_.lower() not in RELEASE_WORDS | ARRIVE_VERBS
                                      and not went_home(c) or _before(c) or _before(ref.head))
               for c in ref.children)


# Those who arrange or speak for a release, never of its freed.
_GO_BETWEENS = KIN_AND_COUNSEL | {"envoy", "ambassador", "minister", "official", "negotiator",
                                  "mediator", "diplomat", "spokesman", "spokeswoman"}


def _freed_by(ref: Token, names: DocNames) -> str | None:
    """The side a group reference says freed the group: "those freed by X", "the prisoners
    X released"."""
    for clause in ref.children:
        if clause.dep_ not in ("acl", "relcl") or clause.lemma_.lower() not in RELEASE_WORDS:
            continue
        for c in clause.children:
            actors = [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "agent" else (
                [c] if c.dep_ == "nsubj" and clause.dep_ == "relcl" else [])
            for actor in actors:
                m = names.at(actor)
                if m is not None and m.type != EntityType.PERSON:
                    return country_for_actor(m.text) or m.text
    return None


def _before(verb: Token) -> bool:
    """The verb (or the parse's verb of the list it is in) says "earlier", "already"."""
    return any(c.dep_ == "advmod" and c.lower_ in _EARLIER for c in verb.children)


def _freed_clause(ref: Token) -> bool:
    """ "Those who landed in X", "those who came home": a relative clause that says the group
    was freed names it as well as a noun would (in the next paragraph too)."""
    return any(c.dep_ == "relcl" and (c.lemma_.lower() in RELEASE_WORDS | ARRIVE_VERBS
                                      or went_home(c)) and not (_before(c) or _before(ref.head))
               for c in ref.children)


def _referent(ref: Token) -> str | None:
    """The noun a group reference repeats: "men" in "one of the men", "russian" in "the
    Russian"; None for a pronoun or a rank word alone ("They", "The oldest")."""
    for prep in ref.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ not in _BARE_REFS:
                    return obj.lower_.rstrip("s")
    if ref.lower_ in _BARE_REFS or ref.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    return ref.lower_.rstrip("s")


def _copula_list(verb: Token) -> tuple[list[Token], int | None, Token | None]:
    """The name phrases of "GROUP is/includes NAMES" and "Among GROUP was NAME", the group's
    number and the word that refers to the group."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    among = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "among"
             for o in p.children if o.dep_ == "pobj"]
    if among and refers_to_group(among[0])[0]:  # "Among them was A"
        # "Among them are the aid worker A and the pilot B": the parse may hang the names
        # after the verb, or the second of them on the verb ("the captain, A, 61": a second
        # subject)
        named = [c for c in verb.children if c.dep_ in ("attr", "conj", "nsubj") and c.pos_ in (
            "NOUN", "PROPN") and c is not subj]
        return ([subj] if subj is not None else []) + named, None, among[0]
    part = [c for c in verb.children if c.dep_ == "attr" and c.lower_ == "one"
            and refers_to_group(c)[0]]  # "A, a journalist, was one of them"
    part += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"
             for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() == "list"
             and any(d.lower_ == "the" for d in o.children)]  # "Also on the list was A"
    if part:
        named = [c for c in verb.children if c.dep_ in ("attr", "conj") and c.pos_ in (
            "NOUN", "PROPN")]  # the parse may take the names for the subject or not
        return ([subj] if subj is not None else []) + named, None, part[0]
    rank = [c for c in verb.children if c.dep_ == "acomp"
            and any(a.dep_ == "advmod" and a.lower_ in ("best", "most") for a in c.children)]
    grouped, number = refers_to_group(subj) if subj is not None else (bool(rank), None)
    if not grouped:
        return [], None, None
    heads = [c for c in verb.children if c.dep_ in ("attr", "dobj", "oprd")]
    heads += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "besides"
              for o in p.children if o.dep_ == "pobj"]  # "Besides A, they are B and C"
    if subj is not None:
        heads += [c for c in subj.children if c.dep_ == "appos"]  # "The oldest, A, is 85"
        heads += [a for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children for a in o.children if a.dep_ == "appos"]
    return heads, number, subj if subj is not None else (rank[0] if rank else None)


# Verbs that tell people as held: "citizens held hostage abroad", "men detained in X".
_HOLDING = frozenset({"hold", "detain", "keep", "imprison", "jail", "abduct", "kidnap", "seize",
                      "capture"})


def others_held(sent: Span, freed: list[Token]) -> bool:
    """ "The family's release is good news for a government that counts a dozen of its
    citizens held hostage abroad. Among them is A": a group the sentence tells as held, apart
    from the words of its releases (``freed``), is whom a "them" after it stands for."""
    theirs = {t.i for cue in freed for t in cue.subtree}
    doc = sent.doc
    return any(  # the participle right after its plural noun, wherever the parse hangs it
        t.dep_ in ("acl", "relcl", "ccomp") and t.lemma_.lower() in _HOLDING and t.i > sent.start
        and doc[t.i - 1].tag_ in ("NNS", "NNPS") and doc[t.i - 1].i not in theirs
        and not any(n.dep_ == "neg" for n in t.children)
        for t in sent)
