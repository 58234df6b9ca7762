"""Who else an event names: the people taking part in a meeting or a call, the people named
in the phrase of the freed, the place it happened, to whom a letter went."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import ACTOR_TYPES, name_of, names_in, prep_objects, subtree
from dealwatch.extract.coref import Coref, by_role
from dealwatch.extract.counts import number_of
from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType


def participants(tok: Token, names: DocNames, coref: Coref) -> list[str]:
    """Everyone taking part in a meeting or a call."""
    toks: list[Token] = []
    heads = [tok]
    if tok.pos_ in ("NOUN", "PROPN"):
        for anc in list(tok.ancestors)[:4]:  # "X drove on, following a phone call with Y"
            if anc.pos_ in ("VERB", "AUX"):
                heads.append(anc)
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in anc.children):
                    break
    for head in heads:
        for child in head.children:
            if child.dep_ in ("nsubj", "dobj", "compound", "poss", "nsubjpass", "oprd"):
                toks.append(child)
                # "President A and President B": B hangs on A, A on "President"
                toks.extend(x for c in child.children if c.dep_ in ("conj", "appos")
                            for x in (c, *c.conjuncts))
                if child.dep_ == "nsubj" and child.pos_ == "NOUN":  # "negotiators from A
                    toks.extend(x for o in prep_objects(child, ("from", "of"))  # and B"
                                for x in (o, *o.conjuncts))
        toks.extend(prep_objects(head, ("with", "between", "among")))
        # "spoke by telephone with X": the parser hangs "with X" on the telephone
        toks.extend(t for line in prep_objects(head, ("by", "over"))
                    if line.lemma_.lower() in lx.PHONE_WORDS
                    for t in prep_objects(line, ("with",)))
        # "between A and B": everyone the phrase names, however the parser hung them
        between = [p for p in head.children if p.dep_ == "prep" and p.lower_ == "between"]
        # "talks opened on 24 July between A and B": the parser may hang it on the day
        between += [b for p in head.children if p.dep_ == "prep" and p.lower_ != "between"
                    for o in p.children if o.dep_ == "pobj"
                    for b in o.children if b.dep_ == "prep" and b.lower_ == "between"]
        others_between = [t for p in between for t in p.subtree]
        toks.extend(t for t in others_between if t not in toks)
        # "between Presidents A and B": the parser may hang the names elsewhere
        toks.extend(t for p in between for t in _named_right_after(p, names) if t not in toks)
    # "spoke to X", "pressed it on X by phone": people only (one flies to a capital); "sat
    # across the table from X"
    others = [t for head in heads for t in prep_objects(head, ("to", "on"))]
    if tok.lemma_.lower() == "sit":  # (the side across the table may be a body: "from the
        toks.extend(t for t in prep_objects(tok, ("from",)) if t not in toks)  # committee")
    out: dict[str, None] = {}
    for t in (*toks, *others):
        m = name_of(t, names, coref)
        if m is not None and (m.type in ACTOR_TYPES if t in toks else m.type == EntityType.PERSON):
            out.setdefault(m.text, None)
    if not out and tok.pos_ in ("VERB", "AUX"):
        out = dict.fromkeys(_named_just_before(tok, names))
    return list(out)


def _named_right_after(prep: Token, names: DocNames) -> list[Token]:
    """The names that follow "between" with only titles, "and" and commas among them
    ("between Presidents A and B, which ..."), however the parse hung them."""
    out: list[Token] = []
    for t in prep.doc[prep.i + 1:prep.sent.end]:
        if names.at(t) is not None:
            out.append(t)
        elif not (t.lower_ in ("and", ",", "the") or t.lemma_.lower() in lx.ROLE_NOUNS
                  or t.lower_.rstrip("s") in lx.ROLE_NOUNS):
            break
    return out


def _named_just_before(verb: Token, names: DocNames) -> list[str]:
    """ "..., A and B talked face to face": the coordinated names right before a verb whose
    parse found no subject (a long opening phrase leads the parser astray)."""
    found: list[str] = []
    for t in reversed(verb.doc[verb.sent.start:verb.i]):
        m = names.at(t)
        if m is not None and m.type in ACTOR_TYPES:
            if not found or found[-1] != m.text:
                found.append(m.text)
        elif t.lower_ not in ("and", ","):
            break
    return list(reversed(found)) if len(found) >= 2 else []


def persons_in(tok: Token | None, names: DocNames, exclude: set[str],
               verb: Token | None = None) -> list[str]:
    """People named in a phrase, and in an "including ..." attached to its verb."""
    if tok is None:
        return []
    toks = subtree(tok)
    if verb is not None:
        for child in verb.children:
            if child.dep_ in ("prep", "advcl") and child.lower_ in ("including", "among"):
                toks.extend(child.subtree)
    if verb is not None:
        toks.extend(t for c in list_after_a_clause(tok, verb, names) for t in c.subtree)
    found = names_in(toks, names, (EntityType.PERSON,))
    last = max(tok.right_edge, verb, key=lambda t: t.i) if verb is not None else tok.right_edge
    for first in among_them(last, names):
        named = names.at(first)
        if named is not None and named.text not in found:
            found.append(named.text)
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))]
    called = [h for h in heads if h.tag_ == "NN" and any(c.lower_ == "the" for c in h.children)]
    if not found and called:
        one = by_role(called[0], names)  # "would release the general": the one named a
        found = [one.text] if one is not None else []  # general before
    return [n for n in found if n not in exclude]


def antecedent_persons(patient: Token | None, names: DocNames, exclude: set[str]) -> list[str]:
    """ "A, who was freed by X on Monday", "two of its citizens, B and C, who were freed by
    X": the people a relative pronoun stands for, named in the phrase the clause hangs on
    and in that phrase's list (not in the clause itself)."""
    if patient is None or patient.lower_ not in ("who", "whom", "that") or (
            patient.head.dep_ != "relcl"):
        return []
    clause = patient.head
    group = clause.head
    heads = [group, *(h for h in group.ancestors if h.dep_ == "conj")][-1:] + [group]
    top = heads[0]  # the list's first word, when the clause hangs on a later one
    inside = {t.i for t in clause.subtree}
    toks = [t for t in top.subtree if t.i not in inside]
    return [n for n in names_in(toks, names, (EntityType.PERSON,)) if n not in exclude]


def list_after_a_clause(group: Token, verb: Token, names: DocNames) -> list[Token]:
    """ "handed over two Xians it had convicted of spying, A and B": the names after the comma
    that ends a clause about a counted group are its members, though the parse hangs them on
    the verb (no more names than the group's number)."""
    clause = next((c for c in group.children if c.dep_ in ("relcl", "acl")), None)
    number = next((c for c in group.children if c.dep_ == "nummod" and c.like_num), None)
    if clause is None or number is None or clause.right_edge.i != group.right_edge.i:
        return []
    doc = group.doc
    after = group.right_edge.i + 1
    found = [c for c in verb.children if c.dep_ in ("dep", "appos", "npadvmod") and (
        c.left_edge.i == after + 1 and doc[after].text == "," and _a_person(c, names))]
    if not found:
        return []
    named = sum(1 for t in found[0].subtree if t.dep_ != "compound" and _a_person(t, names))
    value = number_of(number)
    return found if value is not None and named <= value else []


def _a_person(tok: Token, names: DocNames) -> bool:
    named = names.at(tok)
    return named is not None and named.type == EntityType.PERSON


# The words after "among" that point back at a group: "among them", "among whom".
AMONG_REFS = frozenset({"them", "whom", "those", "these"})


def among_them(last: Token, names: DocNames) -> list[Token]:
    """ "freed five people on Friday, among them the singer A", "demanded the release of
    twenty prisoners, A and B among them": the people an "among them" after the clause's
    comma tells (its first token each), read in word order (the parse hangs them on a day,
    the verb or a later clause). ``last``: the clause's last word before the comma (its
    group's or its verb's); no other verb may come between."""
    doc, end = last.doc, last.sent.end
    k = last.i + 1
    while k < end and doc[k].text != "," and doc[k].pos_ not in ("VERB", "AUX"):
        k += 1
    if k + 2 >= end or doc[k].text != ",":
        return []
    found: list[Token] = []
    seen: set[int] = set()
    opened = doc[k + 1].lower_ == "among" and doc[k + 2].lower_ in AMONG_REFS
    for tok in doc[k + 3 if opened else k + 1:end]:
        if not opened and tok.lower_ == "among" and tok.i + 1 < end and (
                doc[tok.i + 1].lower_ in AMONG_REFS):
            after = doc[tok.i + 2] if tok.i + 2 < end else None
            return found if after is None or after.is_punct else []
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":", "("):
            return found if opened else []
        named = names.at(tok)
        if named is not None and named.type == EntityType.PERSON:
            if named.start not in seen:
                seen.add(named.start)
                found.append(tok)
        elif not opened and not (tok.text in (",", "and") or tok.pos_ in ("DET", "ADJ", "NOUN")):
            return []
    return found if opened else []


def named_in_opening(root: Token, names: DocNames, patient: Token | None) -> set[str]:
    """The people an opening phrase of a clause names, before its subject ("Under the terms
    A read to them, the rebels will free B"; "After talks with A, Y will free B"): they tell
    the circumstances, not whom the clause frees (unless its patient names them too)."""
    subjects = [c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return set()
    opening = [w for c in root.children if c.dep_ in ("advcl", "prep") and c.i < min(subjects)
               for w in c.subtree]
    if not opening:
        return set()
    freed = set(names_in(subtree(patient), names, (EntityType.PERSON,))) if patient else set()
    return set(names_in(opening, names, (EntityType.PERSON,))) - freed


def location_of(tok: Token, names: DocNames) -> str | None:
    """A place named with "in"/"at"/"near" on the cue or its verb."""
    heads = [tok, tok.head] if tok.pos_ in ("NOUN", "PROPN") else [tok]
    for head in heads:
        for obj in prep_objects(head, ("in", "at", "near", "outside", "inside")):
            found = names_in(subtree(obj), names, (EntityType.PLACE, EntityType.COUNTRY))
            if found:
                return found[0]
    return None


# Acts of mercy granted "to" someone: the one they go to is freed, not received by a side.
_GRANTED = frozenset({"clemency", "pardon", "amnesty", "reprieve"})


def recipient_of(tok: Token, names: DocNames) -> str | None:
    if tok.lemma_.lower() in _GRANTED:
        return None  # "granted clemency to A": A is the freed
    for obj in prep_objects(tok, ("to",)):
        m = name_of(obj, names)
        if m is not None and m.type in (EntityType.PERSON, EntityType.ORGANIZATION):
            return m.text
    for child in tok.children:
        if child.dep_ == "dative":
            m = name_of(child, names)
            if m is not None:
                return m.text
    return None


def pair_that_traded(verb: Token, names: DocNames) -> tuple[str, str] | None:
    """ "after X and Y traded her for B": the two sides a swap verb's subject names together
    (which of them freed whom the clause does not say)."""
    if verb.lemma_.lower() not in lx.SWAPS or verb.pos_ != "VERB" or not any(
            p.dep_ == "prep" and p.lower_ == "for" for p in verb.children):
        return None  # (not "X and Y exchanged 95 each": each freed that many)
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        sides = [m.text for t in (subject, *subject.conjuncts)
                 for m in (name_of(t, names),) if m is not None and m.type in (
                     EntityType.COUNTRY, EntityType.ORGANIZATION)]
        if len(sides) == 2 and sides[0] != sides[1]:
            return sides[0], sides[1]
    return None
