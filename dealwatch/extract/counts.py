"""How many people a phrase frees: its number, its names, and the groups beside it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import perfect
from dealwatch.extract.names import DocNames
from dealwatch.extract.patients import split_subject
from dealwatch.model import EntityType
from dealwatch.places import country_of_demonym

_NUM = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")


# The marks after an opening number that a list of some of its people follows: "The five -
# among them A and B - were freed", "The three, including A, were freed".
_LIST_MARKS = frozenset({"-", "\u2014", "\u2013", "--", ","})


def opening_number(patient: Token | None) -> int | None:
    """ "The five - among them A and B - were released": the number that opens the freed's
    phrase, before the dash or the comma of a list of some of them (the parser often hangs
    the number on the first name's title)."""
    if patient is None:
        return None
    doc = patient.doc
    start = patient.left_edge.i
    if start + 2 >= len(doc) or doc[start].lower_ != "the":
        return None
    number, mark = doc[start + 1], doc[start + 2]
    if not number.like_num or mark.text not in _LIST_MARKS or not (
            number.i < patient.i or number.head.i == patient.i):
        return None
    after = doc[start + 3].lower_ if start + 3 < len(doc) else ""
    return number_of(number) if after in ("among", "including", "all") else None


def named_group_size(patient: Token | None, names: DocNames) -> int | None:
    """How many people a release frees when it frees them by name and gives no number:
    "freed Ivan Petrov" is one, "Ivan Petrov and Olga Smirnova were released" two, and "the
    journalist Ivan Petrov" one. None when the patient is not a name ("52 prisoners,
    including X": X is one of them, not their number)."""
    if patient is None:
        return None
    # every name of the list: "A, B and C" is parsed as a chain (B a conjunct of A, C of B)
    heads = [patient, *(c for c in patient.conjuncts if c.pos_ != "VERB"
                        and not _next_verbs_subject(c))]
    firsts = [patient.head.head, *(c for c in patient.head.children
                                   if c.dep_ == "ccomp" and c.i < patient.i)]
    splits = [split_subject(v) for v in firsts] if patient.dep_ == "nsubj" else []
    if any(split is not None and split[0].i == patient.i for split in splits):
        heads = [patient]  # "X released A and Y released B": Y is the second verb's subject
    own = names.at(patient)
    if own is not None and own.type == EntityType.PERSON:
        # "A, B and C were freed", parsed with B in apposition to A and C a conjunct of B:
        # a list of people, not A described
        listed = [c for c in patient.children if c.dep_ == "appos" and c.conjuncts
                  and _person(names, c) not in (None, own.text)]
        heads += [t for c in listed for t in (c, *c.conjuncts)]
        # "A, an American, and B, an Australian": B parsed as a conjunct of A's apposition
        heads += [t for c in patient.children if c.dep_ == "appos" and not _person(names, c)
                  for t in c.conjuncts if _person(names, t) not in (None, own.text)]
    if own is None and patient.pos_ == "NOUN":
        # "the men - A, B and C - were flown out": the names in apposition, all of them
        listed = [c for c in patient.children if c.dep_ == "appos" and names.at(c) is not None]
        heads = [*listed, *(c for t in listed for c in t.conjuncts)] or heads
    people: dict[str, None] = {}
    others = 0
    taken = {h.i for h in heads}
    heads += [c for c in patient.children if c.dep_ == "appos" and c.i not in taken
              and _one_more(c) and any(a.ent_type_ == "ORDINAL" or a.lower_ == "another"
                                       for a in c.children)]
    # (the parse may hang "and a fourth Xian" in apposition; "A, a journalist" is A)
    for head in heads:
        m = names.at(head) or next((names.at(c) for c in head.children
                                    if c.dep_ == "appos" and names.at(c) is not None), None)
        if head.i != patient.i and _one_more(head):
            others += 1  # "A, B, C and a fourth Peruvian": one more, unnamed
            continue
        more = _more_counted(head) if head.i != patient.i else None
        if more is not None:
            others += more  # "A, B and three others"
            continue
        if head.i != patient.i and m is None and any(
                c.dep_ == "det" and c.lower_ in ("both", "all") for c in head.children):
            continue  # "A and B, both journalists, and C": the two told again
        if m is None or m.type != EntityType.PERSON:
            return None
        people.setdefault(m.text, None)
    return len(people) + others if people else None


def _more_counted(tok: Token) -> int | None:
    """ "three others", "two other Xians", "30 prisoners": a number of people more in a list
    of names."""
    if not (tok.lemma_.lower() in ("other", "others") or lx.people_noun(tok.lemma_.lower())
            or country_of_demonym(tok.text) is not None):
        return None
    return own_number(tok)


def _one_more(tok: Token) -> bool:
    """ "a fourth Peruvian", "a journalist": one person more in a list of names (not "a
    number of others")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) and (
        country_of_demonym(tok.text) is not None or lx.people_noun(tok.lemma_.lower())
        or tok.lemma_.lower() in lx.HELD_CALLINGS)


def _person(names: DocNames, tok: Token) -> str | None:
    m = names.at(tok)
    return m.text if m is not None and m.type == EntityType.PERSON else None


def _next_verbs_subject(conj: Token) -> bool:
    """ "X released A and Y released B", parsed with Y a conjunct of A: a last conjunct right
    before a coordinated verb is that verb's subject, not one of the freed."""
    doc = conj.doc
    after = conj.right_edge.i + 1
    return after < len(doc) and doc[after].pos_ == "VERB" and doc[after].dep_ in ("conj",
                                                                                   "ccomp")


def to_int(text: str) -> int | None:
    t = text.lower().replace("some ", "").strip()
    if _NUM.match(t):
        return int(t.replace(",", ""))
    return lx.NUMBER_WORDS.get(t)


_VAGUE = frozenset({"several", "few", "many"})
_TENS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})


def number_of(tok: Token) -> int | None:
    """The number a word of a number gives, a spelled compound whole: the parser reads
    "Thirty-three Chileans" as "three" with "Thirty" and "-" hung on it (33, not 3)."""
    value = to_int(tok.text)
    doc = tok.doc
    if tok.lower_ in ("hundred", "thousand", "dozen") and (
            any(c.lower_ in _VAGUE for c in tok.children) or (
                tok.i > 0 and doc[tok.i - 1].lower_ in _VAGUE)):
        return None  # "several hundred", "a few thousand": no number
    if value is not None and tok.lower_ in ("hundred", "thousand"):  # "two hundred and fifty"
        times = [to_int(c.text) for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        more = [number_of(c) for c in tok.children if c.dep_ == "conj" and c.i > tok.i]
        value *= times[0] if times and times[0] is not None else 1
        value += sum(n for n in more if n is not None and n < 100)
    if value is not None and 1 <= value <= 9 and tok.i >= 2 and doc[tok.i - 1].text == "-":
        tens = doc[tok.i - 2].lower_
        if tens in _TENS and not doc[tok.i - 2].whitespace_:
            return lx.NUMBER_WORDS[tens] + value
    if value is not None and tok.lower_ in _TENS and tok.i + 2 < len(doc) and (
            doc[tok.i + 1].text == "-" and not tok.whitespace_):
        units = to_int(doc[tok.i + 2].text)
        if units is not None and 1 <= units <= 9:
            return value + units
    return value


def own_number(tok: Token) -> int | None:
    """The number a word's own numeral gives: "five" of "five Xians", "30" of "30 more"."""
    return next((number_of(c) for c in tok.children if c.dep_ == "nummod"), None)


def held_part(group: Token) -> int | None:
    """ "nine Xians -- six prisoners ... plus three relatives": the group broken down in
    an apposition, of which only the held were freed (the others left with them)."""
    if group.lemma_.lower() in lx.HELD_NOUNS:
        return None
    whole = own_number(group)
    for part in group.children:
        if part.dep_ != "appos" or part.lemma_.lower() not in lx.HELD_NOUNS:
            continue
        n = own_number(part)
        if n is not None and whole is not None and n < whole:
            return n
    return None


def group_of(group: Token) -> int | None:
    """ "a second group of five - four women and one man -": the group's own number, which
    the parser now and then hangs on the words that break it down."""
    doc = group.doc
    if group.lemma_.lower() not in _GROUPS or group.i + 2 >= len(doc) or (
            doc[group.i + 1].lower_ != "of"):
        return None
    return number_of(doc[group.i + 2]) if doc[group.i + 2].like_num else None


_GROUPS = frozenset({"group", "batch", "contingent"})
_REMAINS = frozenset({"remains", "body", "bodies", "corpse", "coffin", "casket"})


def _dead(tok: Token) -> bool:
    return tok.lower_ in _REMAINS or tok.lemma_.lower() in _REMAINS


def only_the_dead(patient: Token | None) -> bool:
    """ "the bodies of two fighters", "the remains of three soldiers": the dead handed over,
    with no one alive beside them ("A and the bodies of three soldiers")."""
    return patient is not None and _dead(patient) and all(_dead(c) for c in patient.conjuncts)


_NAMED = frozenset({"ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def freed_with(verb: Token) -> Token | None:
    """ "handed over A, together with 55 Xians", "freed A along with 55 other prisoners": the
    people freed beside the verb's object, told by "together/along with" on the verb (or on
    the object, past an aside: "handed over A, the politician ..., together with 55 Xians")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "along":
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"),
                        prep)
        if _with_others(prep):
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _with_others(prep: Token) -> bool:
    """ "together with", "along with": others freed beside the ones told."""
    return prep.lower_ == "with" and (prep.head.lower_ == "along" or any(
        c.dep_ == "advmod" and c.lower_ in ("together", "along") for c in prep.children))


def count_of(patient: Token | None, extra: Token | None = None,
             any_noun: bool = False, skip: Token | None = None) -> int | None:
    """The number of people in a phrase: "52 prisoners", "three people", "freed 14"
    (``skip``: a group inside the phrase that is not counted, such as a gapped second one)."""
    skipped = {t.i for t in skip.subtree} if skip is not None else set()
    for root in (patient, extra):
        if root is None:
            continue
        if _dead(root):
            return None  # "the remains of nearly 200 fighters": no one freed is counted
        skipped |= {t.i for c in root.subtree if _counts_others(c, root) for t in c.subtree}
        peoples = peoples_counted(root)
        if peoples is not None:
            return peoples
        if root.like_num and root.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj"):
            value = number_of(root)
            if value is not None:
                return value
        if root.pos_ == "VERB":  # "that the five be freed": the number the verb frees
            value = next((v for c in root.children if c.dep_ in ("nsubjpass", "dobj")
                          and c.like_num for v in (number_of(c),) if v is not None), None)
            if value is not None:
                return value
        held = held_part(root)
        if held is not None:
            return held
        grouped = group_of(root)
        if grouped is not None:
            return grouped
        stray = _stray_number(root)
        if stray is not None:
            return stray
        for tok in root.subtree:
            if tok.i in skipped:
                continue
            # the parser takes a spelled-out number for an adjective or a compound now and then
            # ("Eleven detainees" as amod, "Ten people" after a dateline as compound)
            if tok.dep_ != "nummod" and not (tok.dep_ in ("amod", "compound") and tok.like_num):
                continue
            head = tok.head
            if head.lemma_.lower() in lx.TIME_SPANS or tok.ent_type_ in _NAMED:
                continue  # "the status Xland had held for ten years": a time, no one; "the
                # group 4 May Movement": a number inside a name is no count
            lemma = head.lemma_.lower()
            people = lx.people_noun(lemma) or lemma in {"number", "total", "batch"} or (
                lemma in lx.HELD_OFFICES and head.tag_ == "NNS")  # "five senior figures"
            nationals = head.tag_ in ("NNS", "NNPS") and (country_of_demonym(head.text) or any(
                c.dep_ == "amod" and country_of_demonym(c.text) for c in head.children))
            if any_noun or people or nationals:
                value = number_of(tok)
                if value is not None and not (1900 <= value <= 2100 and tok.text.isdigit()):
                    if head.i == root.i or (head.dep_ == "appos" and head.head.i == root.i
                                            and root.tag_ == "NNS" and own_number(root) is None):
                        # ("Their sons, 13 soldiers and three policemen, ...": the group
                        # told again as the sum of its kinds)
                        return value + coordinated(head)
                    tied = any(c.i == root.i for c in head.conjuncts)
                    return value + (_named_before(head) if tied else _named_list(head, root))
    return 1 if patient is not None and _one_person(patient) else None


def peoples_counted(root: Token) -> int | None:
    """ "nine Xians, four Yians and one Zian": a list of peoples each with its number, however
    the parse hangs it (an adjective of nationality throws it), sums to the number freed."""
    doc = root.doc
    start = root.left_edge.i
    if doc[start].lower_ == "the":
        start += 1
    if not doc[start].like_num:
        return None
    end = root.sent.end
    k, total, items = start, 0, 0
    while k + 1 < end and doc[k].like_num:
        value = number_of(doc[k])
        if value is None or _people_of(doc[k + 1].text) is None:
            break
        total, items, k = total + value, items + 1, k + 2
        if k < end and doc[k].text == ",":
            k += 1
        if k < end and doc[k].lower_ == "and":
            k += 1
    return total if items >= 2 and start <= root.i < k else None


def _people_of(word: str) -> str | None:
    """The country of a word for its people: "Swiss", "Germans", "Dutchman", "Frenchwomen"."""
    found = country_of_demonym(word)
    for end in ("women", "woman", "men", "man"):
        if found is None and word.lower().endswith(end) and len(word) > len(end) + 2:
            found = country_of_demonym(word[: -len(end)])
    return found


def _counts_others(word: Token, root: Token) -> bool:
    """A word inside a counted phrase whose own words count other people than the freed."""
    if _own_clause(word, root):
        return True
    if word.i == root.i:
        return False
    # "A, the Xian who has been held since injuring two women": a clause describing someone
    if word.dep_ == "relcl" or word.dep_ == "acl" and word.tag_ != "VBN":
        return True
    # "A, one of three Xians held by Y, walked out": the whole a part is told of
    if word.dep_ == "prep" and word.lower_ == "of" and word.head.i != root.i and (
            word.head.like_num and word.head.dep_ == "appos"):
        return True
    # "A, ..., together with 55 Xians": others, counted beside the verb's object
    if word.dep_ == "prep" and word.head.i == root.i and _with_others(word):
        return True
    # "A and the bodies of three soldiers": the dead handed over with them are not counted
    return word.lemma_.lower() in _REMAINS


def _stray_number(noun: Token) -> int | None:
    """ "By nightfall 284 Yians had been returned": the parser may hang the number right
    before the people on the word before it ("nightfall 284"); with no number of their own,
    it is theirs (not a year)."""
    doc = noun.doc
    if noun.i == 0 or noun.tag_ not in ("NNS", "NNPS") or any(
            c.dep_ == "nummod" for c in noun.children):
        return None
    num = doc[noun.i - 1]
    if not num.like_num or num.tag_ != "CD" or num.head.i >= num.i or num.head.i == noun.i:
        return None
    value = number_of(num)
    return None if value is None or 1900 <= value <= 2100 else value


def _own_clause(tok: Token, root: Token) -> bool:
    """A clause inside a counted phrase that counts people of its own: a verb coordinated in
    it ("released A, held for years, and freed B in exchange for three spies" counts no spy
    among A), or a clause with a subject of its own the parse hangs on the last name ("freed
    A, B and a third Xian as Y pardoned seven Zians" counts no Zian among A)."""
    if tok.dep_ == "conj" and tok.pos_ == "VERB":
        return tok.head.i != root.i
    return tok.dep_ in ("advcl", "ccomp") and tok.pos_ in ("VERB", "AUX") and tok.i != root.i and (
        any(s.dep_ in ("nsubj", "nsubjpass") for s in tok.children))


_COLLECTIVE = frozenset({"group", "family", "crew", "people", "children", "men", "women"})


def _one_person(word: Token) -> bool:
    """ "a teacher was freed", "freed an American", "another hostage": one person told by a
    singular noun with "a" or "another" and nothing coordinated with it."""
    if word.tag_ not in ("NN", "NNP") or list(word.conjuncts):
        return False
    lemma = word.lemma_.lower()
    person = (lx.people_noun(lemma) and lemma not in _COLLECTIVE) or (
        country_of_demonym(word.text) is not None)
    return person and any(c.dep_ == "det" and c.lower_ in lx.ONE_DETERMINERS
                          for c in word.children)


def _named_before(counted: Token) -> int:
    """ "freed A and four fighters", "A and four fighters freed by X": the people named one by
    one before a counted group coordinated with them are freed with it (one each); 0 unless
    every conjunct before the group is a proper name or a role named ("the journalist A")."""
    before = [c for c in counted.conjuncts if c.i < counted.i]
    return len(before) if before and all(c.pos_ == "PROPN" or _one_named(c)
                                         for c in before) else 0


def _named_list(counted: Token, root: Token) -> int:
    """ "freed A, the poet B, the reporter C and the 24 sailors": a list of people the parse
    hangs on the first name as appositions, the counted group joined to the last of them;
    one each for the names before the group (0 unless the list is made so)."""
    if not (root.pos_ == "PROPN" or _one_named(root)) or counted.dep_ != "conj":
        return 0  # ("the poet A, ...": the list opens on a role named)
    up = counted.head
    while up.i != root.i:  # joined to the first name by lists and appositions only
        if up.dep_ not in ("conj", "appos") or up.head.i == up.i:
            return 0
        up = up.head
    inside = {t.i for t in counted.subtree}
    return sum(1 for t in root.subtree if t.i < counted.i and t.i not in inside
               and t.ent_type_ == "PERSON" and t.dep_ != "compound")


def _one_named(word: Token) -> bool:
    """ "the journalist A": one person told by a role and a name in apposition."""
    return word.tag_ == "NN" and any(c.dep_ == "appos" and c.pos_ == "PROPN"
                                     for c in word.children)


def coordinated(head: Token) -> int:
    """The people added by groups coordinated with a counted one: "two Austrians and a Dane"
    is three. Only groups with their own number or "a" count; "two Austrians and Danes" says
    nothing more ("20 privates and sergeants, 7 officers ..." is 27 and more)."""
    if head.dep_ in ("nsubjpass", "dobj") and head.head.lemma_.lower() in lx.SWAPS and any(
            c.i > head.i and c.lemma_.lower() != head.lemma_.lower() for c in head.conjuncts):
        return 0  # "10 hostages and 30 prisoners were exchanged": two sides' groups
    if _broken_down(head):
        return 0  # "12 people, seven Xians and five Yians": the 12, told again by kind
    extra = _named_before(head)
    for conj in head.conjuncts:
        if conj.i < head.i:
            continue
        if any(c.dep_ in ("nmod", "nsubj", "poss") and c.pos_ == "PROPN" for c in conj.children):
            return 0  # "12 servicemen and Sweden two soldiers": a gapped second group
        n = own_number(conj)
        if n is not None:
            extra += n
        elif any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in conj.children):
            extra += 1
        elif not _one_group(head, conj):
            return 0
    return extra


def _broken_down(head: Token) -> bool:
    """ "300 prisoners, 200 Xians and 100 Yians": after a comma, groups whose numbers add up
    to the counted one's are that one told again by kind, not more people (a nationality is
    not told again by others: "12 Xians, seven Yians and five Zians" is 24)."""
    total = own_number(head)
    later = [c for c in head.conjuncts if c.i > head.i]
    parts = [own_number(c) for c in later]
    return total is not None and len(parts) >= 2 and None not in parts and not (
        country_of_demonym(head.text)) and (
        head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == ",") and (
        sum(p for p in parts if p is not None) == total)


def _one_group(head: Token, conj: Token) -> bool:
    """ "20 privates and sergeants, 7 officers and three civilians": a bare noun joined to the
    counted one by "and", before other counted groups, is of its number."""
    doc = head.doc
    return conj.i == head.i + 2 and doc[head.i + 1].lower_ == "and" and any(
        c.i > conj.i and any(n.dep_ == "nummod" for n in c.children) for c in head.conjuncts)


def one_told_by_pronoun(patient: Token | None) -> bool:
    """The release frees one person told by a pronoun: "convicted A, sentenced her and
    released her" (not "said it had freed him": one of a group freed before, told again)."""
    return (patient is not None and patient.lower_ in ("him", "her") and patient.tag_ == "PRP"
            and not patient.conjuncts and not perfect(patient.head))
