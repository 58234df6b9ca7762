"""A release told without its side ("X was freed on Friday"): who freed them, from the article.

The state that frees is the one that held: the article says where the freed were held, often
beside their names ("X, held in Iran for a year") or in the same sentence ("hostages held in A
were released"). Failing that, an article that says who freed a group ("Iran released four
Americans") means the same side when it goes on about that group ("a fifth American was also
freed"). Failing that, the one side the article says held anyone, unless the release names
its people (where others were held says nothing of them) or is a swap (it has two sides).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from dealwatch.document.bodies import one_body, read_phrase
from dealwatch.document.holders import Holding, nationality
from dealwatch.document.offices import People
from dealwatch.extract.lexicon import (
    CARRYING_VERBS,
    NEWS_MEDIA,
    ONE_PRONOUNS,
    RECEIVING_VERBS,
    RELEASE_VERBS,
    SWAPS,
)
from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType, EventMention
from dealwatch.places import country_for_actor


@dataclass
class Clues:
    """What an article says of who held and who freed whom, gathered once."""

    held: list[Holding]
    people: People
    # the nationality of people a release freed -> the sides the article says freed them
    freers: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # a freed group by its noun and number ("three women") -> the sides that freed it
    groups: dict[tuple[str, int], set[str]] = field(default_factory=lambda: defaultdict(set))
    # the sides the article says freed people, in a release told as no one's price, with
    # the people each freed: "X freed ten Yians. In exchange, B pardoned A": not X's A
    paid: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # the people the article's releases name as freed
    freed: set[str] = field(default_factory=set)


def freed_nationality(cue: Token | None) -> str | None:
    """The nationality of the people a release frees: "four Americans", "Kenyan prisoners"."""
    if cue is None:
        return None
    freed = _freed_words(cue)
    if cue.pos_ in ("VERB", "AUX") and cue.dep_ == "pcomp" and cue.head.lower_ == "with":
        freed += [c for c in cue.children if c.dep_ == "nsubj"]  # "..., with 30 Xian
        # soldiers handed back"
    return next((n for n in map(nationality, freed) if n), None)


def _freed_words(cue: Token) -> list[Token]:
    """The words for whom a release frees: a verb's object or passive subject, a noun's
    "of" ("freed four Americans", "the release of four Americans")."""
    if cue.pos_ in ("VERB", "AUX"):
        return [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    return [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]


def freed_group(cue: Token | None, count: int | None) -> tuple[str, int] | None:
    """A release's group as its noun and number: "freed three Danish women" -> ("woman",
    3); "The three women ... were handed over" names the same group."""
    if cue is None or count is None or cue.pos_ not in ("VERB", "AUX"):
        return None
    nouns = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
    return (nouns[0].lemma_.lower(), count) if nouns else None


# What a nationality word may tell that is never the freed: where a report came from, a side
# ("Xian state media said ...", "handed over to the Xian side").
_NOT_PEOPLE = NEWS_MEDIA | {"side"}


def first_nationality(sent: Span) -> str | None:
    """The first nationality a sentence gives people ("16 came out: ten Israelis, four ...")."""
    for tok in sent:
        word = tok.head if tok.dep_ in ("amod", "compound") else tok
        if word.lemma_.lower() in _NOT_PEOPLE or word.lower_ in _NOT_PEOPLE:
            continue  # "Xian state media said the woman had been handed over to the Yian
            # side": the report's source and the receiver, not the people freed
        if tok.dep_ in ("amod", "compound") or tok.tag_ in ("NNPS", "NNS"):
            found = nationality(tok)
            if found:
                return found
    return None


def who_freed(clues: Clues, m: EventMention, cue: Token | None,
              freed: tuple[str, ...] = ()) -> tuple[str | None, Holding | None]:
    """The side of a release with none of its own, and the holding that says so (if one
    does); ``freed``: people the release frees that its ``persons`` leave out."""
    side, holding = _who_held(clues, m, cue, freed)
    if side is not None and side == receiver(cue, clues.people.names):
        return None, None  # "handed to X's officials": X took them in, it did not free them
    return side, holding


def receiver(cue: Token | None, names: DocNames) -> str | None:
    """The state a release hands its people to: "handed (over) to X officials", "returned
    to X", "X brought home 248 of its soldiers"."""
    if cue is not None and cue.pos_ == "NOUN" and cue.dep_ == "dobj" and (
            cue.head.lemma_.lower() in _WINNING):  # "X won the freedom of five citizens"
        return state_named([c for c in cue.head.children if c.dep_ == "nsubj"], names)
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return None
    if cue.lemma_.lower() in RECEIVING_VERBS - {"fly"}:  # "X brought home 248 of its men"
        got = state_named([c for c in cue.children if c.dep_ == "nsubj"], names)
        if got is not None:
            return got
    near = [*cue.children, *(g for c in cue.children if c.dep_ in ("advmod", "prt")
                             for g in c.children)]  # "sent back to X": "to" under "back"
    into = [x for p in near if p.dep_ == "prep" and p.lower_ == "into"  # "released into the
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in ("custody", "hands")
            for q in o.children if q.dep_ == "prep" and q.lower_ == "of"  # custody of X"
            for x in q.children if x.dep_ == "pobj"]
    return state_named([o for p in near if p.dep_ == "prep" and p.lower_ == "to"
                        for o in p.children if o.dep_ == "pobj"] + into, names)


# Verbs of obtaining another's act: "won the freedom of", "secured the release of".
_WINNING = frozenset({"win", "secure", "obtain", "gain"})


def state_named(phrases: list[Token], names: DocNames) -> str | None:
    """The first state one of the phrases names as a side ("Belgian officials", "Tehran")."""
    for tok in phrases:
        reading = read_phrase(tok, names)
        if reading.country and not reading.not_side:
            return reading.country
    return None


_MOVING = RELEASE_VERBS | CARRYING_VERBS | {"hand", "carry"}


def _moved_by_another(h: Holding, cue: Token) -> bool:
    """The held of a holding are another verb's people, in the release's own sentence ("freed
    A in a trade that sent five men from a US prison to X": the prison held the five, not A)."""
    doc = cue.doc
    return cue.sent.start <= min(h.tokens) < cue.sent.end and any(
        doc[t].dep_ in ("dobj", "nsubjpass") and doc[t].head.i != cue.i
        and doc[t].head.lemma_.lower() in _MOVING for t in h.tokens)


def _asked_of_another(h: Holding, cue: Token) -> bool:
    """The held are the people a demand wants freed ("demands, among them the release of
    militants jailed in X"), and the release is not told of them: X holds what one side asks
    for, not the hostages this release frees (it is theirs when it frees "the militants")."""
    if h.wanted is None or cue.i in h.tokens:
        return False
    freed = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")] or (
        [cue.head] if cue.dep_ in ("acl", "relcl") else [])
    return not any(f.lemma_.lower() == h.wanted for f in freed)


def _the_actors_own(h: Holding, m: EventMention, cue: Token, names: DocNames) -> bool:
    """The held are told as a person's own men ("A's men held by X"): X held A's side, and
    a release told with no one of them named (what A freed, "the pilot was handed over")
    is none of theirs."""
    actor = set((m.by or "").split())
    return any(c.dep_ == "poss" and (c.text in actor or (
        (n := names.at(c)) is not None and n.type == EntityType.PERSON))
        for i in h.tokens for c in cue.doc[i].children)


def _the_holders_own(h: Holding, cue: Token, names: DocNames) -> bool:
    """The release frees an armed group's own men ("five militants of the Vark Front were set
    free", "three Vark Front prisoners"): the Front held others, and did not free its own (a
    state's nationals freed "from" it are another matter), nor "48 freed Vark fighters"."""
    freed = _freed_words(cue)
    if cue.pos_ == "VERB" and cue.dep_ in ("amod", "acl"):
        freed.append(cue.head)  # "freed Vark fighters", "the fighters freed on Monday"
    for tok in freed:
        words = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")] + [
            o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
            for o in p.children if o.dep_ == "pobj"]
        if any((n := names.at(w)) is not None and n.type == EntityType.ORGANIZATION
               and one_body(n.text, h.side) or _group_word(w.text, h.side) for w in words):
            return True
    return False


def _group_word(word: str, group: str) -> bool:
    """A word that names an armed group as its members' kind: "Vark" of the Vark Front,
    "Yirhi" of the Yirhis (not a state's nationality: its nationals are another matter)."""
    return word[:1].isupper() and len(group.split()) <= 3 and country_for_actor(
        group) is None and (group.split()[0] == word or group == word + "s")


def _a_kind_held(h: Holding, cue: Token) -> bool:
    """A side told keeping a kind of prisoner, in the present and outside the release's
    sentence ("Moscow holds prisoners of conscience too"): no one this release freed."""
    if h.sentence <= cue.idx < h.sentence_end:
        return False
    for i in h.tokens:
        verb = cue.doc[i]
        if verb.lemma_.lower() == "hold" and verb.tag_ in ("VBZ", "VBP"):
            return any(o.dep_ == "dobj" and o.tag_ == "NNS" and not any(
                c.dep_ in ("det", "nummod", "poss", "amod") and c.lower_ not in ("political",)
                for c in o.children) for o in verb.children)
    return False


def _who_held(clues: Clues, m: EventMention, cue: Token | None,
              freed: tuple[str, ...]) -> tuple[str | None, Holding | None]:
    named = (*m.persons, *freed)
    if named:
        theirs = [h for h in clues.held
                  if any(clues.people.same(p, q) for p in named for q in h.people)]
        if theirs:
            return _side(theirs)
    # "in exchange for a spy held in B": B held the other side's people, not these
    counter = _counterpart_words(cue) if cue is not None else set()
    held = [h for h in clues.held if not (counter and h.tokens & counter
                                          and h.sentence <= m.evidence.start < h.sentence_end)
            and not (cue is not None and _asked_of_another(h, cue))
            and not (cue is not None and _moved_by_another(h, cue))
            and not (cue is not None and _the_actors_own(h, m, cue, clues.people.names))
            and not (cue is not None and _a_kind_held(h, cue))
            and not (cue is not None and _the_holders_own(h, cue, clues.people.names))]
    here = [h for h in held if h.sentence <= m.evidence.start < h.sentence_end]
    kind = freed_nationality(cue)
    if cue is not None:  # "hostages held in A were freed and prisoners freed from B's jails"
        own = {cue.i} | {t.i for c in cue.children if _own_words(c) for t in c.subtree}
        # outside the release's own words, where named others sat says nothing of these
        # ("the aid worker was handed over, in exchange for A, held in B's prison"), nor
        # where people of another nationality sit ("a Xian diplomat was released, raising
        # hopes for the sailors held in X": X did not free its own diplomat)
        here = [h for h in here if h.tokens & own] or [
            h for h in here if not h.people and (kind is None or (
                h.side != kind and h.nationality in (None, kind)))]
    if here:
        return _side(here)
    kind = kind or (first_nationality(cue.sent) if cue is not None else None)
    group = clues.freers.get(kind or "", set())
    if len(group) == 1:
        return next(iter(group)), None
    told = freed_group(cue, m.count)  # "The three women were handed over": who freed them
    if told is not None and len(clues.groups.get(told, ())) == 1:
        return next(iter(clues.groups[told])), None
    # a swap has two sides; which one a passive "were exchanged" means, the article cannot say
    if cue is not None and cue.lemma_.lower() in SWAPS:
        return None, None
    if named:  # where others were held says nothing of these: only where no one is named,
        # of no other nationality ("a Russian held in A" is not the American freed here)
        kin = {c for c in (_nationality_of(clues, p) for p in named) if c}
        return _side([h for h in held if not h.people and (
            h.nationality is None or not kin or h.nationality in kin)])
    # a state held someone: not these, when they are its own nationals ("in exchange for
    # eight Peruvians" after "a Peruvian court had sentenced him")
    # nor where people of another nationality are held ("a Xian among 19 hostages freed"
    # says nothing of "Y freed 41 Zian prisoners from its jails")
    # nor where one person told by "him" or "her" was held, when more than one is freed
    # ("an Xian court had sentenced him" is not where "the two men" were held)
    one = {t.i for t in cue.doc if t.lower_ in ONE_PRONOUNS} if cue is not None and (
        m.count or 0) >= 2 else set()
    left = [h for h in held if (kind is None or h.side != kind and h.nationality in (
        None, kind)) and not h.tokens & one]
    if m.count is None and clues.freed and not any(
            clues.people.same(p, q) for h in left for p in clues.freed for q in h.people):
        return None, None  # "the handover took place near the border", in an article of
        # A's release: A's, whoever held the people of the trade's other half
    return _side(left)


def _counterpart_words(cue: Token) -> set[int]:
    """The words of whom a release is traded for: "(freed) in exchange for X", "in return for
    X", "(exchanged / swapped) for X"."""
    out: set[int] = set()
    for prep in cue.children:
        if prep.dep_ != "prep":
            continue
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        traded = (prep.lower_ == "in" and any(o.lemma_.lower() in ("exchange", "return", "swap")
                                              for o in objs)
                  or prep.lower_ == "for" and cue.lemma_.lower() in SWAPS
                  and not _for_its_own(cue))
        if traded:
            out.update(t.i for o in objs for t in o.subtree)
    for swap in cue.sent:  # "A's release was part of a swap for a Xian held in B"
        if swap.i != cue.i and swap.pos_ == "NOUN" and swap.lemma_.lower() in SWAPS:
            out.update(t.i for p in swap.children if p.dep_ == "prep" and p.lower_ == "for"
                       for t in p.subtree)
    return out


def _for_its_own(cue: Token) -> bool:
    """ "an exchange for three militants", with nobody's and no one "of" it: the people it is
    "for" are the ones it frees (not "A's exchange for B", "the exchange of A for B")."""
    return cue.pos_ == "NOUN" and not any(
        c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in cue.children)


def _own_words(child: Token) -> bool:
    """A release's own words: whom it frees and where from, not the clauses hung on it."""
    if child.dep_ in ("dobj", "nsubjpass", "nsubj", "agent", "compound", "amod", "poss"):
        return True
    return child.dep_ == "prep" and child.lower_ in ("from", "of", "by")


def _nationality_of(clues: Clues, name: str) -> str | None:
    person = clues.people.get(name)
    return person.country if person is not None else None


def _side(held: list[Holding]) -> tuple[str | None, Holding | None]:
    """The side all the holdings name (none when they name two)."""
    if held and len({h.side for h in held}) == 1:
        return held[0].side, held[0]
    return None, None
