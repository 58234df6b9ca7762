"""The people a group word stands for: "both men", "the two", "the pair", "them".

News names people once and then refers to them as a group: "The two Azerbaijanis are the
conscripts A and B. ... In May the ministry demanded that both men be released." A careful
reader puts A and B on that demand. This pass does it for releases, promises and demands whose
own sentence names no one: the group word of the freed (the release's patient, or the patient
of the release a statement is about) takes the people of the nearest earlier coordination of
names of the same size, within a few sentences, and that sentence joins the evidence.

A group word that gives its number ("the four", "two soldiers") reaches further, earlier or
later in the article, when the article names one group of that size and no other: another
release of the article that names that many people ("Russia would release four people. ...
the Kremlin said it had pardoned the four - A, B, C and D"), or a group phrase of that number
with the names beside it ("in exchange for two soldiers. ... The two men Norway let go, A and
B, were conscripts"; "two Swedish nationals ... The Swedes, A and B, landed"). Two groups of
that size, or two releases of it by different sides (a two-for-two swap), and the word stays
unnamed.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dealwatch.document.context import ArticleContext, with_evidence
from dealwatch.document.groups import (
    ONE_PERSON,
    group_number,
    is_official,
    members,
    refers_to_group,
    shared_surname,
)
from dealwatch.document.them import subject_number
from dealwatch.extract.cues import find_cues
from dealwatch.extract.lexicon import KIN_AND_COUNSEL, RELEASE_NOUNS
from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType, EventMention, EventType, Evidence

KINDS = (EventType.RELEASE, EventType.PROMISE, EventType.DEMAND)
LOOK_BACK = 4  # sentences: a group word reaches back about a paragraph


def group_antecedents(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Mentions whose freed are a group word, with the people that word stands for."""
    taken: dict[int, set[str]] = {}
    for m in mentions:
        taken.setdefault(ctx.sentence_index(m.evidence.start), set()).update(m.persons)
    groups = _NamedGroups(ctx, mentions)
    acting: set[str] | None = None  # read once, when a mention is given people
    out = []
    for m in mentions:
        read = _read(ctx, m, taken, groups) if m.type in KINDS and not m.persons else m
        if read.persons != m.persons:
            acting = _acting_people(ctx) if acting is None else acting
            if acting & set(read.persons):
                read = m  # "with A and B representing the president": negotiators, not the
                # group anyone frees
        out.append(read)
    return out


_BYLINE_TOKENS = 20  # "By A and B, The Valga Herald staff, in Tartu": a line, not a sentence


def _acting_people(ctx: ArticleContext) -> set[str]:
    """The people the article tells acting for a side at talks (see ``_acting_for_a_side``),
    and the authors its byline names: no group word stands for them."""
    out: set[str] = set()
    for sent in ctx.sents:  # "By A and B, staff"
        if sent[0].lower_ == "by" and len(sent) <= _BYLINE_TOKENS and not any(
                t.pos_ in ("VERB", "AUX") for t in sent):
            out.update(m.text for t in sent if (m := ctx.names.at(t)) is not None
                       and m.type == EntityType.PERSON)
    for tok in ctx.doc:
        m = ctx.names.at(tok)
        if m is not None and m.type == EntityType.PERSON and _acting_for_a_side(tok):
            out.add(m.text)
            out.update(n.text for c in _conjuncts(tok) if (n := ctx.names.at(c)) is not None)
    return out


class _NamedGroups:
    """The groups of people the article names, by their number (read once, when asked):
    the releases that name that many, and the group phrases of that number with their names
    beside them."""

    def __init__(self, ctx: ArticleContext, mentions: list[EventMention]) -> None:
        self.ctx = ctx
        self.releases: dict[int, list[EventMention]] = {}
        for r in mentions:
            if r.type == EventType.RELEASE:
                size = r.count if r.count is not None else len(r.persons) or None
                if size is not None:
                    self.releases.setdefault(size, []).append(r)
        self._phrases: dict[int, dict[frozenset[str], tuple[tuple[str, ...], Evidence]]] | None
        self._phrases = None

    def phrases(self, number: int) -> dict[frozenset[str], tuple[tuple[str, ...], Evidence]]:
        if self._phrases is None:
            self._phrases = {}
            ctx = self.ctx
            for tok in ctx.doc:
                size = group_number(tok) if tok.pos_ in ("NOUN", "NUM") else None
                # "The Austrians, A and B, landed ...": a group taken up again, its number
                # the names it is given
                again = size is None and tok.pos_ in ("NOUN", "PROPN") and tok.tag_ in (
                    "NNS", "NNPS") and refers_to_group(tok)[0]
                if not again and (size is None or size < 2):
                    continue
                people = members(tok, ctx.names)
                if size is not None and len(people) != size or again and len(people) < 2:
                    people = _set_off_after(tok, ctx.names)
                size = len(people) if again else size
                sent = ctx.sentence_at(tok.idx)
                if size is not None and size >= 2 and len(people) == size and sent is not None:
                    self._phrases.setdefault(size, {}).setdefault(
                        frozenset(people), (tuple(people), ctx.evidence(sent)))
        return self._phrases.get(number, {})


def _read(ctx: ArticleContext, m: EventMention, taken: dict[int, set[str]],
          groups: _NamedGroups) -> EventMention:
    group = _group_word(ctx, m) or _whose_release(ctx, m)
    if group is not None and group.lower_ in _ONE_HELD and m.type in (EventType.PROMISE,
                                                                    EventType.DEMAND):
        person = _the_one_named(ctx, group)  # "promised to keep working to bring him home"
        return m if person is None else replace(m, persons=(person,))
    refers, number = refers_to_group(group) if group is not None else (False, None)
    number = number or (group_number(group) if group is not None else m.count)
    k = _index(ctx, m)
    for j in range(k, max(-1, k - 1 - LOOK_BACK), -1) if refers else ():
        if j == k:  # "A and B landed after their release by X": named before the pronoun
            if group is None or group.lower_ not in _PLURAL_PRONOUNS:
                continue
            sent = ctx.sents[k]
            people = _listed_before(sent.doc[sent.start:group.i], ctx.names)
            if len(people) >= 2 and (number is None or len(people) == number):
                return replace(m, persons=tuple(people))
            continue
        people = _named_together(ctx.sents[j], ctx.names)
        nearer = _unnamed_group(ctx.sents[j], ctx.names) if len(people) < 2 and (
            group is not None and group.lower_ in _PLURAL_PRONOUNS | {"they"}) else None
        if nearer is not None:  # "the eight boarded a plane. X pardoned them": the
            number = number or nearer  # eight, not two people named further back
            break
        if group is not None and not _told_as(group, ctx.sents[j]):
            continue  # "the Kestra officers" are not the officers of another body
        if number is None and set(people) <= taken.get(j, set()):
            continue  # "the men", with no number, are not the people another event is about
        if len(people) >= 2 and (number is None or len(people) == number):
            count = m.count
            if m.type == EventType.RELEASE and count is None and number is not None:
                count = number
            return replace(m, persons=tuple(people), count=count,
                           context=(*m.context, ctx.evidence(ctx.sents[j])))
    if group is not None and group.lower_ == "them" and m.count is None and not m.persons:
        held = _held_number_before(group) or subject_number(group)
        if held is not None:  # "holds 83 more of the students ... ready to release them",
            return replace(m, count=held)  # "The eleven arrived a day after Y freed them"
    if number is not None and number >= 2:
        found = _the_group_of(number, m, groups)
        if found is not None:
            named, where = found
            count = number if m.type == EventType.RELEASE and m.count is None else m.count
            return replace(m, persons=named, count=count, context=with_evidence(m, where))
    return m


# The one person a statement is about: "demanded his release", "insisted she be freed".
_ONE_HELD = ONE_PERSON | {"he", "she"}
# "them", "their" in the sentence that names the people: the people named before it
_PLURAL_PRONOUNS = frozenset({"them", "their"})


def _unnamed_group(sent: Span, names: DocNames) -> int | None:
    """The number of a group of people a sentence makes its subject or object without naming
    them ("the eight boarded a plane", "the guards led out 12 prisoners"); None if none."""
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.pos_ in ("NUM", "NOUN"):
            number = group_number(tok)
            if number is not None and number >= 2 and not members(tok, names):
                return number
    return None


def _told_as(group: Token, sent: Span) -> bool:
    """The sentence says what the group word's proper-noun modifiers say ("the Vorta
    officers": Vorta)."""
    return all(c.text in sent.text for c in group.children
               if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN")


def _listed_before(span: Span, names: DocNames) -> list[str]:
    """The longest run of people named one after another in the span, with only commas and
    "and" between them ("A, B and C", however the parse hangs the names together)."""
    best: list[str] = []
    run: list[str] = []
    for tok in span:
        m = names.at(tok)
        if m is not None and m.type == EntityType.PERSON and not is_official(m.roles):
            if not run or run[-1] != m.text:
                run.append(m.text)
        elif tok.text != "," and tok.lower_ != "and":
            run = []
        if len(run) > len(best):
            best = list(run)
    return best


def _the_group_of(number: int, m: EventMention, groups: _NamedGroups
                  ) -> tuple[tuple[str, ...], Evidence] | None:
    """The one group of ``number`` people the article names (see above), with the evidence
    that names them; None when it names none or more than one."""
    releases = [r for r in groups.releases.get(number, ()) if r is not m and not (
        m.type == EventType.RELEASE and r.evidence == m.evidence)]  # one sentence's two
    # releases are the two halves of a swap ("freed five in exchange for five"), never one
    own = {m.by} if m.type == EventType.RELEASE else set()
    if len({r.by for r in releases} | own - {None}) > 1:
        return None  # two sides each freed that many: the number does not tell which
    found: dict[frozenset[str], tuple[tuple[str, ...], Evidence]] = {}
    for r in releases:
        if len(r.persons) == number and not (m.type == EventType.RELEASE and m.by and r.by
                                             and m.by != r.by):
            found.setdefault(frozenset(r.persons), (r.persons, r.evidence))
    for key, value in groups.phrases(number).items():
        found.setdefault(key, value)
    return next(iter(found.values())) if len(found) == 1 else None


_SET_OFF = frozenset({",", "-", "\u2013", "\u2014", ":"})
_NEAR = 6  # words from a group word to the mark that sets its names off


def _set_off_after(tok: Token, names: DocNames) -> list[str]:
    """The people named right after a group phrase, set off by a comma, a dash or a colon
    and nothing else between them ("The two men the court let go, A and B, were ..."): what
    the parse may hang elsewhere."""
    sent, doc = tok.sent, tok.doc
    mark = next((t for t in doc[tok.i + 1:min(sent.end, tok.i + 1 + _NEAR)]
                 if t.text in _SET_OFF), None)
    if mark is None:
        return []
    out: list[str] = []
    for t in doc[mark.i + 1:sent.end]:
        m = names.at(t)
        if m is not None and m.type == EntityType.PERSON and not is_official(m.roles):
            if not out or out[-1] != m.text:
                out.append(m.text)
        elif t.lower_ == "and" or t.text == "," and t.i + 1 < sent.end and (
                doc[t.i + 1].lower_ == "and" or names.at(doc[t.i + 1]) is not None):
            continue
        else:
            break
    return list(dict.fromkeys(out))




def _whose_release(ctx: ArticleContext, m: EventMention) -> Token | None:
    """ "demanded his release": the possessive of a release noun under the cue."""
    cue = ctx.cue_token(m)
    if cue is None:
        return None
    for tok in cue.subtree:
        if tok.lemma_.lower() in RELEASE_NOUNS:
            for c in tok.children:
                if c.dep_ == "poss" and c.lower_ in ("his", "her"):
                    return c
    return None


def _the_one_named(ctx: ArticleContext, pronoun: Token) -> str | None:
    """The one person (not an official) named earlier in the pronoun's sentence, else in the
    nearest of the two sentences before that names anyone: who "him", "her" or "his" stands
    for, when only one can be meant."""
    k = ctx.sentence_index(pronoun.idx)
    # "X promised to bring him home": him is not X
    # (but "A's family demanded her release": her may well be A, whose kin speak)
    speakers = {t.idx for a in pronoun.ancestors for c in a.children if c.dep_ == "nsubj"
                for t in c.subtree if not _kin_of(t)}
    # "A asked B to pardon her": her is not B, the one asked to act
    chain = {pronoun.i, *(a.i for a in pronoun.ancestors)}
    # nor, in "wrote to B asking him to pardon her", B, the one written to: the object of a
    # verb whose infinitive or participle clause holds the pronoun
    speakers |= {t.idx for a in pronoun.ancestors
                 if any(x.dep_ in ("xcomp", "advcl") and x.i in chain for x in a.children)
                 for c in a.children
                 if c.dep_ == "dobj" or (c.dep_ in ("prep", "dative") and c.lower_ == "to")
                 for t in c.subtree}
    # a surname the NER typed otherwise is still the person the article names in full
    full = {m.text.split()[-1]: m.text for m in ctx.names.mentions
            if m.type == EntityType.PERSON and len(m.text.split()) > 1}
    for j in (k, k - 1, k - 2):  # back over sentences that name no one ("A court sentenced him")
        if j < 0:
            continue
        sent = ctx.sents[j]
        people = {full.get(m.text, m.text) for m in ctx.names.mentions
                  if (m.type == EntityType.PERSON or m.text in full)
                  and sent.start_char <= m.start < min(sent.end_char, pronoun.idx)
                  and not is_official(m.roles) and m.start not in speakers}
        if people:
            return people.pop() if len(people) == 1 else None
    return None


def _kin_of(tok: Token) -> bool:
    """The word names someone whose family or lawyer is told: "A's family", "the family of
    A"."""
    head = tok
    while head.dep_ in ("compound", "flat"):
        head = head.head
    owner = head.head if head.dep_ == "poss" else (
        head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None)
    return owner is not None and owner.lemma_.lower() in KIN_AND_COUNSEL


def _held_number_before(pronoun: Token) -> int | None:
    """The number of the group its sentence says someone holds, told before "them": "the
    faction holds 83 more of the students and is ready to release them"."""
    sent = pronoun.sent
    for verb in reversed(sent.doc[sent.start:pronoun.i]):
        if verb.lemma_.lower() != "hold" or verb.pos_ not in ("VERB", "AUX"):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            number = group_number(obj)
            if number is not None and number >= 2:
                return number
    return None


def _index(ctx: ArticleContext, m: EventMention) -> int:
    return max(0, ctx.sentence_index(m.evidence.start))


def _group_word(ctx: ArticleContext, m: EventMention) -> Token | None:
    """The word for the freed: the patient of the release the mention is or is about."""
    cue = ctx.cue_token(m)
    if cue is None:
        return None
    for tok in cue.subtree:
        for found in find_cues(tok, ctx.names):
            if found.type == EventType.RELEASE and found.patient is not None:
                return found.patient
    return None


def _named_together(sent: Span, names: DocNames) -> list[str]:
    """The people a sentence names in one coordination ("A and B", "A, B and C")."""
    best: list[str] = []
    for tok in sent:
        m = names.at(tok)
        if m is None or m.type != EntityType.PERSON or tok.dep_ == "conj":
            continue
        if m.start != tok.idx and names.at(tok.doc[tok.i - 1]) is m:
            continue  # not the first word of the name
        chain = [shared_surname(tok, names) or m.text]  # "A and B Surname": A Surname
        for conj in _conjuncts(tok):
            other = names.at(conj)
            if other is not None and other.type == EntityType.PERSON and other.text not in chain:
                chain.append(other.text)
        if len(chain) > len(best):
            best = chain
    listed = _listed_before(sent, names)  # "A, B and C" with B parsed as A's apposition
    best = listed if len(listed) > len(best) else best
    return best if len(best) >= 2 else []


# What people do for a side at talks: "with A and B representing the president".
_ACTING = frozenset({"represent", "negotiate", "lead", "head", "mediate", "broker", "chair",
                     "sign", "observe", "attend"})


def _acting_for_a_side(name: Token) -> bool:
    """The name (with those joined to it) is the subject of a verb of acting for a side."""
    name = _name_head(name)
    head = name.head
    if any(c.dep_ == "acl" and c.lemma_.lower() in _ACTING for c in name.children):
        return True  # "A and B, representing the president, ..."
    if name.dep_ == "pobj" and head.lower_ == "with":  # "with A and B representing ..."
        near = [c for c in head.head.children if c.dep_ == "advcl" and 0 < c.i - name.i <= 6]
        return any(c.dep_ in ("pcomp", "acl", "advcl") and c.lemma_.lower() in _ACTING
                   for c in (*head.children, *name.children, *near))
    return name.dep_ == "nsubj" and head.lemma_.lower() in _ACTING


def _conjuncts(tok: Token) -> list[Token]:
    """The words coordinated with a name's head ("A, B and C"), the name's own head first."""
    return list(_name_head(tok).conjuncts)


def _name_head(tok: Token) -> Token:
    """The head word of the name a word is part of ("Dahl" of "Tom Dahl")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok


TALKS = (EventType.MEETING, EventType.CALL)
_TALKERS = frozenset({"they", "both"})


def talk_partners(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """ "Within days A passed four names to his counterpart, B. ... by the following Saturday
    they had agreed the swap by telephone": a meeting or call told of "they", "both" or "the
    two" is between the two the same sentence's talks name before it ("A met B in May, and
    the two spoke by phone in June"), else the two people the sentence before names."""
    out = []
    for m in mentions:
        if m.type in TALKS and len(m.participants) < 2:
            found = _two_before(ctx, m, mentions)
            if found is not None:
                people, sent = found
                m = replace(m, participants=people,
                            context=with_evidence(m, ctx.evidence(sent)))
        out.append(m)
    return out


def _when_clause(verb: Token) -> bool:
    """ "brought it up with the minister, B, when the two met": a time clause the parser hung
    on the last noun as a relative clause."""
    return verb.dep_ == "relcl" and any(c.dep_ in ("advmod", "mark") and c.lower_ == "when"
                                        for c in verb.children)


def _two_before(ctx: ArticleContext, m: EventMention,
                mentions: list[EventMention]) -> tuple[tuple[str, ...], Span] | None:
    cue = ctx.cue_token(m)
    if cue is None:
        return None
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not (subjects[0].lower_ in _TALKERS or group_number(subjects[0]) == 2):
        return None
    k = _index(ctx, m)
    # "A met B in May, and the two spoke by phone in June": the talks told before in the
    # same sentence name the two
    earlier = {e.participants for e in mentions if e.type in TALKS and len(e.participants) == 2
               and e.evidence == m.evidence and (c := ctx.cue_token(e)) is not None
               and c.i < subjects[0].i}
    if len(earlier) == 1:
        return earlier.pop(), ctx.sents[k]
    # "X agreed to let them leave with Y after the two met on Sunday": the two people the
    # sentence names before them
    sent = ctx.sents[k]
    before = list(dict.fromkeys(n.text for n in ctx.names.mentions
                                if n.type == EntityType.PERSON
                                and sent.start_char <= n.start < subjects[0].idx))
    if len(before) == 2 and (verb.dep_ == "advcl" or _when_clause(verb)):
        return tuple(before), sent
    if k == 0:
        return None
    sent = ctx.sents[k - 1]
    people = list(dict.fromkeys(n.text for n in ctx.names.mentions if n.type == EntityType.PERSON
                                and sent.start_char <= n.start < sent.end_char))
    return (tuple(people), sent) if len(people) == 2 else None
