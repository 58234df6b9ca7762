"""The freed as a group: who belongs to it, how many it holds, and words that refer to it.

A release names its people as members of a group phrase: "three men: A, B and C", "A and her
mother B", "eight Israelis, among them A". The people next to a member who are not freed are
attached differently: by a preposition ("nephews of C", "with his wife D"), a possessive
("E's wife"), or a clause of their own ("whose father F ..."). ``members`` follows only the
edges that keep a name inside the group.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.counts import (
    coordinated,
    group_of,
    held_part,
    number_of,
    peoples_counted,
    to_int,
)
from dealwatch.extract.lexicon import PERSON_TITLES
from dealwatch.extract.names import DocNames, clean_name, is_given_name
from dealwatch.extract.parse import per_doc
from dealwatch.extract.roles import plural_title
from dealwatch.model import EntityType, NameMention
from dealwatch.places import country_of_demonym

# Prepositions that keep a name in the group ("among them A", "including A", "besides A",
# "such as A"); "from" too, since a parse often hangs the next list item under "a pastor from
# Boise" and places, not people, are what "from" introduces.
OPEN_PREPS = frozenset({"among", "including", "besides", "as", "like", "from"})
# Edges that leave the group: a clause about a member, a possessor, an agent, a recipient.
_CLOSED_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "poss", "csubj",
                          "parataxis", "agent", "dative"})
# "seven Iranians, whom the media named as A and B": a clause that only names the group.
NAMING_VERBS = frozenset({"name", "identify", "list"})
# Lower-case words inside a name: "Alvarado de Souza", "al-Ziadna", "van der Berg".
NAME_PARTICLES = frozenset({"de", "da", "del", "dos", "das", "van", "von", "der", "den", "al",
                            "el", "bin", "ibn", "ben", "la", "le", "di"})
# The pronouns of one person as a verb's object or a possessor: "freed him", "his release".
ONE_PERSON = frozenset({"him", "her", "his"})
# Words that stand for a group of the freed, or one of them, in a later sentence.
_GROUP_PRONOUNS = frozenset({"they", "them", "these", "those", "both", "all"})
# What "those ..." says of the people who greet the freed: "Among those waiting was A".
_AWAITING = frozenset({"wait", "watch", "greet", "welcome", "attend", "gather", "accompany",
                       "cheer", "line", "stand"})
_RANK_WORDS = frozenset({"oldest", "youngest", "eldest", "first", "last", "latest", "other",
                         "one", "best", "most", "rest", "remainder", "others"})
_GROUP_NOUNS = frozenset({"pair", "trio", "freed", "released", "twins", "siblings", "sisters",
                          "brothers", "couple"})
_PAIR_WORDS = frozenset({"pair", "couple", "duo"})


def _group_noun(lemma: str) -> bool:
    """ "the prisoners", "the tourists", "the pair": a noun that stands for the freed."""
    return lx.people_noun(lemma) or lemma in _GROUP_NOUNS


# A person holding one of these roles is around the release (who freed, received or
# negotiated), not one of the freed.
OFFICIAL_ROLES = frozenset({"president", "minister", "secretary", "envoy", "ambassador",
                            "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
                            "official", "negotiator", "mediator", "chancellor", "king", "emir",
                            "sheikh", "senator", "premier", "prosecutor", "judge"})


def _semicolons(doc: Doc) -> list[int]:
    """How many ';' tokens come before each token (and one past the last)."""
    counts = [0]
    for tok in doc:
        counts.append(counts[-1] + (tok.text == ";"))
    return counts


def _semicolon_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    counts = per_doc(a.doc, "dealwatch.semicolons", _semicolons)
    return counts[hi] > counts[lo + 1]


def _colon_list(cur: Token) -> bool:
    """``cur`` is an item of a list a colon opened in its sentence, whose items semicolons
    part: "released four men: A, who was serving ten years; the activist B; the student C"."""
    return any(tok.text == ":" for tok in cur.doc[cur.sent.start:cur.head.i])


def _keeps_in_group(cur: Token) -> bool:
    """The arc from ``cur`` up to its head keeps ``cur`` in the head's group."""
    if cur.dep_ in _CLOSED_DEPS and not (cur.dep_ == "relcl" and cur.lemma_ in NAMING_VERBS
                                         or _among_them(cur)):
        return False
    if cur.dep_ == "prep" and cur.lower_ not in OPEN_PREPS and not (
            cur.lower_ == "of" and cur.head.like_num):  # "three of her children, A, B"
        return False
    if cur.dep_ == "appos" and _semicolon_between(cur.head, cur) and not _colon_list(cur):
        return False  # a semicolon ends an apposition: "twins A and B; the girls' father, C"
    return cur.head.i != cur.i


def _among_them(cur: Token) -> bool:
    """ "The last four, all sailors, among them the brothers A and B, were freed": a noun
    opened by "among them" names members of the group, though the parse makes it a clause."""
    return cur.dep_ in ("relcl", "acl") and cur.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "prep" and c.lower_ == "among" and c.i < cur.i
        and any(o.lower_ in _GROUP_PRONOUNS | {"whom"} for o in c.children) for c in cur.children)


def group_tokens(head: Token) -> list[Token]:
    """The tokens of ``head``'s subtree whose path up to ``head`` keeps them members of its
    group, in document order: one walk down the tree, not one walk up from every token
    (quadratic in a long list)."""
    kept = {head.i}
    todo = [head]
    while todo:
        for child in todo.pop().children:
            if _keeps_in_group(child):
                kept.add(child.i)
                todo.append(child)
            elif (found := _trailing_including(child) or _trailing_name(child)) is not None:
                kept.add(found.i)
                todo.append(found)
    return [tok for tok in head.subtree if tok.i in kept]


def _trailing_including(clause: Token) -> Token | None:
    """ "seven activists who had stormed a ministry in 2029, including A and B": an
    "including" after a comma that ends a clause about the group names its members, though
    the parse hangs it on the clause's last noun."""
    if clause.dep_ not in ("relcl", "acl"):
        return None
    for tok in clause.subtree:
        if (tok.lower_ == "including" and tok.dep_ == "prep" and tok.head.i != clause.head.i
                and tok.i > 0 and tok.doc[tok.i - 1].text == ","
                and tok.right_edge.i == clause.right_edge.i):
            return tok
    return None


def _trailing_name(clause: Token) -> Token | None:
    """ "another scientist wanted by Chile, Karl Berg, after ...": the person named after a comma
    that ends a clause about the group is the group's, though the parse hangs the name on
    the clause's last word, a place or a body (no person is in apposition to a state)."""
    if clause.dep_ not in ("relcl", "acl"):
        return None
    for tok in clause.subtree:
        if (tok.dep_ == "appos" and tok.ent_type_ == "PERSON" and tok.head.i != clause.head.i
                and tok.head.ent_type_ in ("GPE", "ORG", "NORP") and tok.left_edge.i > 0
                and tok.doc[tok.left_edge.i - 1].text == "," and tok.right_edge.i == tok.i
                and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ","):
            return tok  # the name alone between commas (not "A first among them")
    return None


def shared_surname(tok: Token, names: DocNames) -> str | None:
    """ "siblings A and B Surname": the first given name takes the surname written once."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "and" or not is_given_name(tok.text):
        return None
    own = names.at(tok)
    if own is not None and (own.type == EntityType.PERSON and len(own.text.split()) > 1):
        return None
    nxt = names.at(doc[tok.i + 2])
    if nxt is None or nxt.type != EntityType.PERSON or nxt.start != doc[tok.i + 2].idx:
        return None
    words = nxt.text.split()
    return f"{tok.text} {' '.join(words[1:])}" if len(words) > 1 else None


def _second_of_pair(tok: Token, names: DocNames) -> str | None:
    """B's name in "A and B Surname", where A took the surname written once."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].lower_ != "and" or shared_surname(doc[tok.i - 2],
                                                                      names) is None:
        return None
    return full_name(tok, names) if names.at(tok) is not None else None


def _named_with(tok: Token, cut: int, names: DocNames) -> str | None:
    """ "; C and D, two fishermen, ...": D's name, right after "and" after the name the
    segment opens with (at ``cut + 1``)."""
    doc = tok.doc
    m = names.at(tok)
    if m is None or m.type != EntityType.PERSON or m.start != tok.idx or tok.i < cut + 3:
        return None
    first = names.at(doc[cut + 1])
    before = doc[tok.i - 2]
    if doc[tok.i - 1].lower_ != "and" or first is None or names.at(before) is not first:
        return None
    return full_name(tok, names) if first.type == EntityType.PERSON else None


def one_named(tok: Token, names: DocNames) -> bool:
    """A person's name alone, not the first of a list ("freed A and B", "freed A, B")."""
    found = names.at(tok)
    return found is not None and found.type == EntityType.PERSON and not any(
        c.dep_ in ("conj", "appos", "cc") for c in tok.children)


def surname_key(name: str) -> str:
    """A person's last word, lower-cased: how one article names the same person short and
    long ("Berg" and "Ola Berg")."""
    return name.split()[-1].lower()


def _segment_name(first: Token, names: DocNames) -> str | None:
    """The person a list segment opens with ("and" skipped), if it opens with a name, or with
    a role and a name ("; the siblings A and B Surname", "; the pilot C", "; and a fourth
    man, D")."""
    doc = first.doc
    tok = doc[first.i + 1] if first.lower_ == "and" and first.i + 1 < len(doc) else first
    opening = tok
    for _ in range(4):
        if names.at(tok) is not None or tok.i + 1 >= len(doc) or not (
                tok.is_lower and tok.pos_ in ("DET", "ADJ", "NOUN", "NUM")
                or tok.text == "," and doc[tok.i - 1].pos_ == "NOUN"):  # "; and a fourth
            break  # man, C"
        tok = doc[tok.i + 1]
    m = names.at(tok)
    if m is None or m.type != EntityType.PERSON or m.start != tok.idx:
        return _after_its_group(opening, names) if opening.i != first.i else None
    return shared_surname(tok, names) or full_name(tok, names)  # "; and A and B Dahl"


def _after_its_group(tok: Token, names: DocNames) -> str | None:
    """ "; and two members of the X party, A and B": the last segment, opening with a
    group phrase (no verb), names its people after a comma: the first of them."""
    doc = tok.doc
    for t in doc[tok.i:min(tok.i + 12, tok.sent.end - 1)]:
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            return None
        if t.text == ",":
            after = doc[t.i + 1]
            m = names.at(after)
            if t.i == tok.i or m is None or m.type != EntityType.PERSON or m.start != after.idx:
                return None
            return shared_surname(after, names) or full_name(after, names)
    return None


def semicolon_run(head: Token, names: DocNames) -> list[str]:
    """ "named as A, a teacher; B, a former officer; and C, a pilot": the people who open the
    segments after ``head``'s, when semicolons part a list whose every segment opens with a
    name and whose last opens with "and" (the parse hangs the later items anywhere)."""
    sent = head.sent
    cuts = [t.i for t in sent if t.text == ";" and t.i > head.i]
    if not cuts or any(t.text == ";" for t in head.doc[sent.start:head.i]):
        return []
    found: list[str] = []
    for k, cut in enumerate(cuts):
        if cut + 1 >= sent.end:
            return []
        name = _segment_name(head.doc[cut + 1], names)
        if name is None:
            return []
        found.append(name)
        end = cuts[k + 1] if k + 1 < len(cuts) else sent.end  # "; B and her sons C and D",
        found += [x for t in head.doc[cut + 2:end] if t.pos_ == "PROPN"  # "; and C and D E"
                  for x in (kin_name(t, names) or _second_of_pair(t, names)
                            or _named_with(t, cut, names),)
                  if x is not None and x not in found]
        if head.doc[cut + 1].lower_ == "and":
            return found if k == len(cuts) - 1 else []
    return []


def members(head: Token, names: DocNames) -> list[str]:
    """The people named as members of the group phrase headed by ``head``, in order."""
    out: dict[str, None] = {}
    for tok in group_tokens(head):
        joined = shared_surname(tok, names) if tok.pos_ == "PROPN" else None
        if joined is not None:
            out.setdefault(joined, None)
            continue
        m = names.at(tok)
        if m is not None and _from_a_place(tok, m):
            continue  # "the girl from Moshav X", tagged as a person: where she is from
        if m is not None and m.type == EntityType.PERSON and (not is_official(m.roles) or (
                _the_office_freed(tok, head))):
            out.setdefault(kin_name(tok, names) or full_name(tok, names), None)
        elif tok.pos_ == "PROPN" and (m is None or _of_kin(tok)):  # "her children Ola,
            kin = kin_name(tok, names)  # Per and Siv": given names the tagger may leave out
            # or take for places ("his wife Fukie")
            if kin is not None:
                out.setdefault(kin, None)
    return list(out)


def _the_office_freed(tok: Token, head: Token) -> bool:
    """ "freed Xland's ambassador, A": the group is the office, and A, named beside it, holds
    it (an official among the freed, not one around the release)."""
    return tok.dep_ == "appos" and tok.head.i == head.i and (
        head.lemma_.lower() in OFFICIAL_ROLES)


def _from_a_place(tok: Token, m: NameMention) -> bool:
    """The name is the object of "from": where someone is from, whatever its tag."""
    span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
    root = span.root if span is not None else tok
    return root.dep_ == "pobj" and root.head.lower_ == "from"


# Words for the family of someone named just before: "A Berg and his wife Lea" is Lea Berg.
_KIN = frozenset({"wife", "husband", "son", "daughter", "child", "children", "mother",
                  "father", "brother", "sister", "grandson", "granddaughter", "grandmother",
                  "grandfather", "grandchild", "sibling"})
_OWNERS = frozenset({"his", "her", "their"})


def _of_kin(tok: Token) -> bool:
    """The word names a relative: "his wife Fukie" (Fukie in apposition to "wife")."""
    return tok.dep_ in ("appos", "compound") and (
        tok.head.lemma_.lower() in _KIN or tok.head.lower_ in _KIN)


def kin_name(tok: Token, names: DocNames) -> str | None:
    """A given name alone after "his wife", "her children": the name with the surname of the
    person named just before ("A Berg, 47, and his wife Lea", "E Holm and three of her
    children, Ola, Per and Siv"), none if a semicolon or another name comes between."""
    found = names.at(tok)
    if found is not None and (" " in found.text or found.type != EntityType.PERSON and not (
            _of_kin(tok))) or not (tok.text[:1].isupper() and tok.is_alpha) or (
            country_of_demonym(tok.text)):
        return None
    doc, sent = tok.doc, tok.sent
    i = tok.i - 1
    while i > sent.start and (doc[i].text in (",", "and") or doc[i].pos_ == "PROPN"):
        i -= 1
    kin = doc[i]
    if kin.lemma_.lower() not in _KIN and kin.lower_ not in _KIN or not any(
            c.dep_ == "poss" and c.lower_ in _OWNERS for c in kin.children):
        return None
    for j in range(kin.i - 1, sent.start - 1, -1):
        if doc[j].text == ";":
            return None
        owner = names.at(doc[j])
        if owner is not None and owner.type == EntityType.PERSON:
            words = owner.text.split()
            return f"{tok.text} {' '.join(words[1:])}" if len(words) > 1 else None
    return None


def _namelike(tok: Token, names: DocNames) -> bool:
    held = names.at(tok)
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_ not in PERSON_TITLES
            and not plural_title(tok.lower_)  # "Sergeants A B and C D"
            and (held is None or held.type == EntityType.PERSON)
            and country_of_demonym(tok.text) is None)  # not "Briton" of "Briton A B"


def full_name(tok: Token, names: DocNames) -> str:
    """The whole name a person's token stands in, where the tagger cut it in pieces ("Ruben
    | Mateo Cruz | Alvarado", "Tiago Ramon | Alvarado | de Souza"): the run of capitalized
    proper nouns and name particles joined by compounds around the name found."""
    found = names.at(tok)
    assert found is not None
    doc = tok.doc
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return found.text
    lo, hi = span.start, span.end
    while lo > 0 and _namelike(doc[lo - 1], names) and doc[lo - 1].dep_ == "compound" and (
            lo - 1 < doc[lo - 1].head.i < hi + 3):
        lo -= 1
    while hi < len(doc) and doc[hi - 1].head.i >= hi and (
            _namelike(doc[hi], names) or doc[hi].lower_ in NAME_PARTICLES):
        hi += 1
    while hi > span.end and not _namelike(doc[hi - 1], names):
        hi -= 1  # a name ends on a name word, not on "de" (nor loses "-song" of its own)
    if (lo, hi) == (span.start, span.end):
        return found.text
    return clean_name(doc[lo:hi].text)


def is_official(roles: tuple[str, ...]) -> bool:
    """A role that puts a person around the release: a minister, an envoy, a spokesman (not
    a former one: "a former vice president of the refiner" may well be the one freed; not
    an office named after "of", "to": "a close ally of the president" is no president)."""
    return any(w.lower().strip(".,") in OFFICIAL_ROLES for r in roles if "former" not in r.lower()
               for w in _OF_ANOTHER.split(r, maxsplit=1)[0].split())


_OF_ANOTHER = re.compile(r"\s(?:of|to|for|with)\s", re.IGNORECASE)


def group_number(tok: Token) -> int | None:
    """How many a group phrase holds by its own words: "31 detainees", "the four", "eight,
    three of them women" (8), "both men", "the pair", "a group of 12"."""
    if tok.like_num:
        return number_of(tok)
    held = held_part(tok)  # "nine Xians -- six prisoners ... plus three relatives"
    if held is not None:
        return held
    peoples = peoples_counted(tok)  # "nine Xians, four Yians and one Zian"
    if peoples is not None:
        return peoples
    grouped = group_of(tok)  # "a group of five - four women and one man -"
    if grouped is not None:
        return grouped
    for child in tok.children:
        if child.dep_ == "nummod":
            value = number_of(child)
            if value is not None and not (1900 <= value <= 2100 and child.text.isdigit()):
                return value + coordinated(tok)
    if tok.lemma_.lower() in _PAIR_WORDS or any(
            c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in tok.children):
        return 2
    if tok.lemma_.lower() in ("group", "batch", "total", "number"):
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return group_number(obj)
    return None


def refers_to_group(tok: Token) -> tuple[bool, int | None]:
    """Whether a subject stands for the freed of an earlier sentence ("They", "The four",
    "Those freed", "The oldest of the Israelis", "One of the men"), and the number it gives."""
    low = tok.lower_
    if low in ("those", "these") and any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _AWAITING for c in tok.children):
        return False, None  # "Among those waiting was A": others, not the freed
    if low in _GROUP_PRONOUNS or low in ("he", "she") or low == "their" and tok.dep_ == "poss":
        return True, 2 if low == "both" else None
    partitive = any(p.dep_ == "prep" and p.lower_ == "of" for p in tok.children)
    if tok.like_num:  # "the four" gives the group's number; "one of the men" does not
        return True, None if partitive else to_int(tok.text)
    if low == "home" and any(c.dep_ == "det" and c.lower_ in ("those", "these")
                             for c in tok.children):
        return True, None  # "Among those now home are A and B" (parsed as a noun "home")
    if low in _RANK_WORDS or any(c.dep_ == "advmod" and c.lower_ in ("best", "most")
                                 for c in tok.children):
        return True, None
    plural_people = _group_noun(tok.lemma_.lower()) or (
        country_of_demonym(tok.text) is not None) or (  # "the Americans", "the Russian"
        tok.lemma_.lower() == "member" and any(  # "the crew members"
            c.dep_ == "compound" and _group_noun(c.lemma_.lower()) for c in tok.children))
    if plural_people and _determined(tok):
        return True, group_number(tok)
    for prep in tok.children:  # "one of the men", "the oldest of the Israelis"
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and refers_to_group(obj)[0]:
                    return True, None
    return False, None


def _determined(tok: Token) -> bool:
    """ "the four", "these men", "both women", "all seven": a group already introduced."""
    return any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "these", "those", "both",
                                                            "all")
               for c in tok.children)
