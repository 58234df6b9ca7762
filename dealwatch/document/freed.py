"""The people a release frees and how many, read from the whole article.

News names the freed in many places around the release itself: in its object ("freed three
men: A, B and C", "A and B were released"), in a list hung on it ("eight Israelis, among them
A", "including A and B"), through a relative clause ("A and B, whom Hamas released") or a
pronoun ("Hamas said it had freed him"), and in the sentences that follow ("They are A, B and
C.", "The best known was A.", "The oldest of them, A, is 85"; read by ``later_lists``).
This pass gathers them for every release mention, and keeps out the people around a release
who are not freed: the side that freed them, the officials who received them, their
relatives ("nephews of C") and the people they were exchanged for, who are reached only
through words that leave the group.

The count is the release's own group ("31 detainees", "the four", "both men"), not another
number of its sentence; a list of names without a number leaves it as it was.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from dealwatch.document.context import ArticleContext
from dealwatch.document.groups import (
    NAMING_VERBS,
    ONE_PERSON,
    full_name,
    group_number,
    is_official,
    members,
    one_named,
    refers_to_group,
    semicolon_run,
)
from dealwatch.document.later_lists import LaterList, list_in, others_held, so_too
from dealwatch.document.own_list import RELATIVES, between_dashes, freed_with, group_of, listed
from dealwatch.extract import mention_id
from dealwatch.extract.coref import by_role
from dealwatch.extract.counts import to_int
from dealwatch.extract.cues import Cue, find_cues
from dealwatch.extract.frames import in_exchange_clause
from dealwatch.extract.lexicon import HE_OR_SHE, ONE_PRONOUNS, SWAPS
from dealwatch.extract.parties import list_after_a_clause
from dealwatch.extract.patients import coordinated, split_subject
from dealwatch.extract.shapes import HELD_SPELLS, aged
from dealwatch.model import EntityType, EventMention, EventType, Evidence, NameMention
from dealwatch.places import country_for_actor

# How far after a release its list of names may come: the next sentences of its paragraph;
# further on, a list that repeats the group's word and number ("The five Xians are ...").
FOLLOW_SENTENCES = 2
FAR_SENTENCES = 10
# The pronouns of one person, by the person: a chain of them leads back to a name.
_SAME_PERSON = {w: frozenset({"he", "him", "his"}) for w in ("he", "him", "his")} | {
    w: frozenset({"she", "her"}) for w in ("she", "her")}
_CHAIN = 8  # sentences of the same pronoun followed back
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_NAME_ITEM = re.compile(r"(?:[A-Z][\w'\-]+)(?:\s+(?:[A-Z][\w'\-]+|al|bin|de|van|von|el))+")
_TRADED = SWAPS | {"return"}  # "in exchange for", "in return for": the other side's people


@dataclass
class _Found:
    """People (and a count) a later sentence gives a release, with that sentence."""

    persons: list[str] = field(default_factory=list)
    count: int | None = None
    context: list[Evidence] = field(default_factory=list)


def freed_people(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Releases with the people and count their article gives them."""
    reader = _Reader(ctx, mentions)
    return [reader.read(m) if m.type == EventType.RELEASE else m for m in mentions]


class _Reader:
    """One article's releases, their cues and the lists after them (computed once)."""

    def __init__(self, ctx: ArticleContext, mentions: list[EventMention]) -> None:
        self.ctx = ctx
        self.names = ctx.names
        self.sents = ctx.sents
        self.starts = [s.start_char for s in self.sents]
        self.people = sorted((m for m in ctx.names.mentions if m.type == EntityType.PERSON),
                             key=lambda m: m.start)
        self.people_starts = [m.start for m in self.people]
        self.breaks = [i for i, ch in enumerate(ctx.text) if ch == "\n"]
        self.cues: dict[str, Cue] = {}
        self.by_sentence: dict[int, list[EventMention]] = {}
        for m in mentions:
            if m.type != EventType.RELEASE:
                continue
            i = self.sentence_index(m.evidence.start)
            self.by_sentence.setdefault(i, []).append(m)
            cue = self._cue(m, self.sents[i])
            if cue is not None:
                self.cues[m.id] = cue
        # the sentence of the first release the article counts (``_follow``)
        self.first_counted = min((k for k, found in self.by_sentence.items()
                                  if any(r.count for r in found)), default=None)
        self.later: dict[str, _Found] = {}
        self.one_person: set[str] = set()  # releases of "him" or "her"
        self.of_them: set[str] = set()  # releases of "them" or "they": a group told before
        self._owned: dict[str, list[str]] = {}  # a release's own people, read once
        self._with: dict[int, list[str]] = {}  # those freed "along with" them, by cue word
        self._runs: dict[int, list[str]] = {}  # a named group's semicolon run, by its word
        self._named_at: dict[int, dict[str, list[int]]] = {}  # a sentence's people, read once
        for i in sorted(self.by_sentence):
            self._follow(i)

    # --- where things are ------------------------------------------------------------------

    def sentence_index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def paragraph(self, char: int) -> int:
        return bisect.bisect_right(self.breaks, char)

    def _cue(self, m: EventMention, sent: Span) -> Cue | None:
        """The release cue that gave the mention (its id names the cue's offset)."""
        for tok in sent:
            if tok.text == m.cue and mention_id(m.document, tok.idx, m.type) == m.id:
                found = [c for c in find_cues(tok, self.names) if c.type == EventType.RELEASE]
                return found[0] if found else None
        return None

    # --- one release -----------------------------------------------------------------------

    def read(self, m: EventMention) -> EventMention:
        cue = self.cues.get(m.id)
        if cue is None:
            return m
        group = group_of(cue)
        by = m.by
        if group is not None and group.dep_ == "poss" and (
                cue.token.pos_ == "NOUN" or group.head.lemma_.lower() in HELD_SPELLS) and (
                by is not None and by == self._name(group)):
            by = None  # "thanked Putin for X's release", "X's ordeal ended": X is freed
        exclude = {x for x in (by, m.to) if x} | self._other_half(m, group)
        persons = self._in_place(m, cue, self._own_of(m))
        if not persons and cue.patient is not None and cue.patient.lower_ in ("who", "whom"):
            persons = list(m.persons)  # "B and C, who were freed by X": the extract stage
            # read the people the pronoun stands for
        count = m.count
        if group is not None and cue.patient is not None and (
                cue.patient.i == group.i or cue.patient.lower_ in RELATIVES):
            count = group_number(group) or count  # "the seven Americans, who were freed"
        if not persons and count is not None:
            persons = self._after_colon(cue.token, count)  # "five Xians who ...: A, B, C"
        listed = self._run_after(group) if group is not None else []
        if listed and group is not None and count in (None, len(members(group, self.names))):
            count = len(listed)  # the names before the run counted, or none: not a number
            # of the group's own
        companions = [p for p in self._freed_with(cue.token) if p in persons]
        if companions and count == len(persons) - len(companions):  # "freed A along with B":
            count += len(companions)  # the count of the named, and those freed with them
        context = list(m.context)
        later = self.later.get(m.id)
        if later is not None and any(p not in persons for p in later.persons):
            persons += [p for p in later.persons if p not in persons]
            context += [e for e in later.context if e not in context]
            count = count if count is not None else later.count
        chosen = tuple(p for p in dict.fromkeys(persons) if p not in exclude)
        return replace(m, by=by, persons=chosen, count=count, context=tuple(context))

    def _other_half(self, m: EventMention, group: Token | None) -> set[str]:
        """ "A and B were exchanged": the people of a conjunct the sentence tells as the other
        half of the swap (a release mention of its own) are not this release's."""
        if group is None:
            return set()
        i = self.sentence_index(m.evidence.start)
        halves = {x.id for x in self.by_sentence.get(i, ()) if x.id != m.id}
        out: set[str] = set()
        for conj in coordinated(group):
            if mention_id(m.document, conj.idx, EventType.RELEASE) in halves:
                out.update(p for t in conj.subtree for p in [self._name(t)] if p)
        # "X freed A in exchange for B, who was released by Y": the people of the release
        # told as the price are not this one's
        priced = {mention_id(m.document, t.idx, EventType.RELEASE): t
                  for t in self.sents[i] if in_exchange_clause(t)}
        for x in self.by_sentence.get(i, ()):
            if x.id in halves and x.id in priced and not in_exchange_clause(group):
                out.update(x.persons)
        return out

    def _in_place(self, m: EventMention, cue: Cue, persons: list[str]) -> list[str]:
        """ "X handed back 215 soldiers, while Y returned 55 prisoners, the politician A among
        them": in a sentence of two releases a name told after the second cue is of the
        second, whatever verb the parse hung it on; one told before it, of the first."""
        i = self.sentence_index(m.evidence.start)
        cues = sorted(((c.token.i, x) for x in self.by_sentence.get(i, ())
                       for c in [self.cues.get(x.id)] if c is not None), key=lambda t: t[0])
        if len({t for t, _ in cues}) < 2:
            return persons
        sent = self.sents[i]
        starts = []  # where each cue's clause begins ("while A was released by Y")
        for n, (t, _) in enumerate(cues):
            left = sent.doc[t].left_edge
            semi = [k for k in range(cues[n - 1][0] + 1, t) if sent.doc[k].text == ";"] if n \
                else []
            if semi:  # after a semicolon between the two: "...; B was handed to ..."
                starts.append(sent.doc[semi[-1]].idx + 1)
            elif n and left.i > cues[n - 1][0]:
                split = split_subject(sent.doc[cues[n - 1][0]])  # "X freed A and Y freed B":
                starts.append(split[1].idx if split is not None and split[0].head.i == t
                              else left.idx)  # the parse's "A and Y" is no subject of B's
            else:
                starts.append(sent.doc[t].idx)
        k = [x.id for _, x in cues].index(m.id)
        lo = sent.start_char if k == 0 else starts[k]
        hi = next((s for s in starts[k + 1:] if s > starts[k]), sent.end_char)
        told = self._told_at(i)
        kept = [p for p in persons if p not in told or any(lo <= at < hi for at in told[p])]
        for t, other in cues:
            if other.id == m.id or t == cue.token.i:
                continue
            theirs = self._own_of(other)
            kept += [p for p in theirs if p not in kept and p in told
                     and all(lo <= at < hi for at in told[p])]
        return kept

    def _told_at(self, i: int) -> dict[str, list[int]]:
        """Where each person sentence ``i`` names is told in it (a full name, its offsets)."""
        if i in self._named_at:
            return self._named_at[i]
        sent = self.sents[i]
        lo = bisect.bisect_left(self.people_starts, sent.start_char)
        out: dict[str, list[int]] = self._named_at.setdefault(i, {})
        for p in self.people[lo:]:
            if p.start >= sent.end_char:
                break
            tok = sent.doc.char_span(p.start, p.end, alignment_mode="expand")
            name = full_name(tok.root, self.names) if tok is not None and self.names.at(
                tok.root) is not None else p.text
            out.setdefault(name, []).append(p.start)
        return out

    def _freed_with(self, cue: Token) -> list[str]:
        """The people freed "along with" those the cue names (``freed_with``), read once: they
        are the release's own and add to its count."""
        if cue.i not in self._with:
            self._with[cue.i] = freed_with(cue, self.names)
        return self._with[cue.i]

    def _own_of(self, m: EventMention) -> list[str]:
        """The people the release's own sentence names (``own``), read once a release: a
        sentence of two releases asks for each's people when it reads the other."""
        if m.id not in self._owned:
            cue = self.cues.get(m.id)
            self._owned[m.id] = [] if cue is None else self.own(cue, group_of(cue))
        return list(self._owned[m.id])

    def _after_colon(self, cue: Token, count: int) -> list[str]:
        """The people listed after the last colon of the release's sentence, when they are
        exactly as many as it freed ("granted clemency to five Xians who had been convicted
        of ...: A, B, C, D and E")."""
        sent = cue.sent
        colons = [t for t in sent if t.text == ":" and t.i > cue.i]
        if not colons or count < 2:
            return []
        start, end = colons[-1].idx + 1, sent.end_char
        if not self.ctx.text[start:end].strip() and sent.end < len(cue.doc):
            end = cue.doc[sent.end].sent.end_char  # the parse cut the sentence at the colon
        people = [m for m in self.people[bisect.bisect_left(self.people_starts, start):]
                  if m.start < end and not is_official(m.roles)]
        names = list(dict.fromkeys(m.text for m in people))
        if len(names) == count:
            return names
        # the tagger missed one: the items of the list, each a capitalized name
        items = [x.strip() for x in _LIST_SPLIT.split(self.ctx.text[start:end].strip(" .;"))]
        if len(items) == count and len(names) >= count - 1 and all(
                _NAME_ITEM.fullmatch(x) for x in items):
            return items
        return []

    def _name(self, tok: Token) -> str | None:
        found = self.names.at(tok)
        return found.text if found is not None else None

    def own(self, cue: Cue, group: Token | None) -> list[str]:
        """The people the release's own sentence names as freed."""
        out: list[str] = []
        if group is not None and group.dep_ == "appos" and group.pos_ == "NOUN":
            head = self.names.at(group.head)  # "A, the aid worker freed by X": A
            if head is not None and head.type == EntityType.PERSON:
                out.append(full_name(group.head, self.names))
        if group is not None:
            out += members(group, self.names) + self._among(group)
            out += [p for p in self._run_after(group) if p not in out]
        companions = [o for p in cue.token.children if p.dep_ == "prep" and p.lower_ == "with"
                      for o in p.children if o.dep_ == "pobj" and o.lower_ in ONE_PERSON]
        patient = cue.patient
        # "freed him", "handed the 28-year-old over": the person told just before
        told = patient is not None and (patient.lower_ in ONE_PERSON or aged(patient) or (
            patient.lower_ in HE_OR_SHE and patient.dep_ == "nsubjpass"))
        for pronoun in ([patient] if told and patient is not None else []) + companions:
            before = self.antecedent(pronoun, exclude=set(out), back=2 if (  # "A and B were
                pronoun in companions or aged(pronoun)) else 1)  # freed with her"
            if before is not None:
                out.append(before.text)
        if group is not None and not out and group.tag_ == "NN" and (
                self.names.at(group) is None) and not any(
                c.dep_ == "det" and c.lower_ == "another" for c in group.children):
            # (not "another scientist": someone other than the scientist told before)
            named = by_role(group, self.names)  # "the pastor's ordeal ended": the one pastor
            out += [named.text] if named is not None else []  # the article named before
        out += listed(cue.token, group, self.names)
        if group is not None:  # "two Xians it had convicted of spying, A and B"
            out += [p for c in list_after_a_clause(group, cue.token, self.names)
                    for p in members(c, self.names) if p not in out]
        out += [p for p in self._freed_with(cue.token) if p not in out]
        if group is not None:
            out += [p for p in between_dashes(group, cue.token, self.names) if p not in out]
        if group is not None and group.dep_ in ("dobj", "nsubjpass") and (
                group.head.lemma_.lower() in NAMING_VERBS):
            # "an official identified the five men released from X as A, B and C"
            hangs = [group.head] + ([cue.token] if cue.token.head.i == group.i else [])
            out += [p for verb in hangs for prep in verb.children if prep.dep_ == "prep"
                    and prep.lower_ == "as" for o in prep.children if o.dep_ == "pobj"
                    for p in members(o, self.names) if p not in out]
        return out

    def _run_after(self, group: Token) -> list[str]:
        """ "freed A, a student; B, a pilot; and C, a nurse": the people a group that is one
        person's name names, with those of a run of semicolons after it (the parse hangs them
        anywhere); none without a run. A name the tagger missed (typed a person on its last
        word only) is one too when the run after it is all names. Read once a group (the
        release's people and its count both ask)."""
        if group.i not in self._runs:
            self._runs[group.i] = self._read_run(group)
        return self._runs[group.i]

    def _read_run(self, group: Token) -> list[str]:
        if group.pos_ != "PROPN":
            return []
        run = semicolon_run(group, self.names)
        if not run:
            return []
        own = members(group, self.names)
        if len(run) >= 2 and group.ent_type_ == "PERSON" and self.names.at(group) is None:
            words = [c for c in group.children if c.dep_ == "compound" and c.i < group.i
                     and c.pos_ == "PROPN" and c.is_title]
            own.insert(0, group.doc[min([group.i, *(w.i for w in words)]):group.i + 1].text)
        return list(dict.fromkeys([*own, *run])) if own else []

    def _among(self, group: Token) -> list[str]:
        """ "A was among 16 people Norland freed", "A was one of four men freed by X": the
        subject of "was among" / "was one of" the group."""
        prep = group.head
        verb = prep.head
        if group.dep_ != "pobj":
            return []
        if prep.lower_ == "of" and verb.lower_ == "one" and verb.dep_ == "attr":
            verb = verb.head  # "was one of four men"
        elif prep.lower_ != "among":
            return []
        if verb.lemma_ != "be":
            return []
        return [p for s in verb.children if s.dep_ == "nsubj"  # and the rest of its list:
                for p in members(s, self.names)]  # "Among those freed were A, B and C"

    def antecedent(self, pronoun: Token, exclude: set[str] | None = None,
                   back: int = 1) -> NameMention | None:
        """The person "him"/"her" stands for: the last one named as a subject, an object or
        in apposition, in its sentence or the ``back`` before."""
        sent = self.sentence_index(pronoun.idx)
        first = max(0, sent - back)
        same = _SAME_PERSON.get(pronoun.lower_, frozenset())
        for _ in range(_CHAIN):  # "Who is A? ... How did he get out? X released him": a
            text = self.sents[first]  # chain of the same pronoun leads back to the name
            if first == 0 or self._names_someone(text) or not (any(
                    t.lower_ in same and t.dep_ in ("nsubj", "nsubjpass") for t in text)
                    or text.root.pos_ not in ("VERB", "AUX")):  # or a verbless answer
                break  # ("Who is A? A teacher from X. He was arrested in 2029.")
            first -= 1
        floor = self.starts[first]
        hi = bisect.bisect_left(self.people_starts, pronoun.idx)
        lo = bisect.bisect_left(self.people_starts, floor)
        verb = pronoun.head.head if pronoun.head.dep_ == "prep" else pronoun.head
        for m in reversed(self.people[lo:hi]):
            span = pronoun.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or is_official(m.roles) or m.text in (exclude or ()):
                continue  # "A was freed with her": not A
            if span.root.dep_ == "nsubj" and span.root.head.i == verb.i:
                continue  # "A granted him clemency": "him" is never the clause's own subject
            if span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "appos", "attr"):
                return None if _unnamed_of_its_kind(pronoun, span) else m
        return None

    def _names_someone(self, sent: Span) -> bool:
        lo = bisect.bisect_left(self.people_starts, sent.start_char)
        return lo < len(self.people) and self.people[lo].start < sent.end_char

    # --- the sentences after a release ------------------------------------------------------

    def _follow(self, i: int) -> None:
        """Lists of names in the sentences after release sentence ``i`` ("They are A and B").
        A pronoun ("They are ...") reaches only into its own paragraph; a named group ("One of
        the men is ...", "they identified the Russian as ...") a little further."""
        targets = self._targets(i)
        if not targets:
            return
        para = self.paragraph(self.sents[i].start_char)
        # the first group the article tells freed: a list of "them" or "the group" after it,
        # before another group is told, is its (a later one sends the loop back below)
        sole = self.first_counted is None or self.first_counted >= i
        last: LaterList | None = None
        for j in range(i + 1, min(len(self.sents), i + 1 + FAR_SENTENCES)):
            sent = self.sents[j]
            if any(r.by or r.count for r in self.by_sentence.get(j, ())):
                return  # another release: the story has moved on (not "Three of the freed
                # men, A, B and C, ...", the release told again by a word)
            found = list_in(sent, self.names)
            more = False  # "A was one of them. So was B.": more of the list just taken
            if found is None and last is not None:
                found = so_too(sent, self.names, last)
                more = found is not None
            last = None
            if found is None:
                continue
            restated = False  # "The ten ... landed in X on Friday. They are A, B, ...":
            if not found.named and found.number is None and j > i + 1:  # the release's
                found.number = _named_before(self.sents[j - 1])  # number told again
                restated = found.named = any(m.count == found.number for m, _ in targets)
            near = j <= i + FOLLOW_SENTENCES and (self.paragraph(sent.start_char) == para
                                                   or j == i + 1 and found.among) or (
                j == i + 1 and found.carried and any(m.count == found.number
                                                     for m, _ in targets))  # the
            # next sentence, in its own paragraph too: "X freed four on Friday.\n\nAmong
            # them were A and B" (not "They are A and B" after "freed 35")
            first = sole and self._of_the_first(targets, found, i, j)
            if not (near or found.named or more or first):
                continue
            if not found.named and others_held(self.sents[j - 1], [t for _, t in targets]):
                continue  # "... a dozen of its citizens held abroad. Among them is A"
            if j > i + FOLLOW_SENTENCES + 1 and not (
                    restated or more or found.roll or first
                    or _repeats_the_group(targets, found)):
                continue
            last = found  # taken: "So was B" after it is more of it
            fits = [(m, t) for m, t in targets if not (
                len(found.persons) > 1 and m.id in self.one_person)]
            # "eleven airmen stepped across, days after X said it was letting them go": the
            # list is of the group the sentence names, not of the "them" told again
            fits = [(m, t) for m, t in fits if m.id not in self.of_them] or fits
            for m in _choose(fits, found):
                got = self.later.setdefault(m.id, _Found())
                got.persons += [p for p in found.persons if p not in got.persons]
                got.count = got.count if got.count is not None else found.number
                got.context.append(self.ctx.evidence(sent))

    def _of_the_first(self, targets: list[tuple[EventMention, Token]], found: LaterList,
                      i: int, j: int) -> bool:
        """A list after the first group the article frees is that group's, far on, when it
        names the group ("The group also includes A"), some of it ("the oldest of them is A",
        "among them were B") or all of it ("They are A, B, C and D", as many as freed; not
        "he was A"), and the sentence before tells no other people "them" might be ("Peru
        thanked the mediators. Among them were ...")."""
        if found.named:
            return True
        if found.one:
            return False  # "he was A": one person, no list of the group
        named = len(found.persons)  # "They are ...": all of them (a name the tagger missed
        if found.all_of_them and not found.among and not any(  # aside)
                m.count in (named, named + 1) for m, _ in targets):
            return False
        before = self.sents[j - 1]
        return j == i + 1 or not (any(c.dep_ in ("nsubj", "dobj") and c.tag_ in ("NNS", "NNPS")
                                      for c in before.root.children)
                                  or _other_number(before, {m.count for m, _ in targets}))

    def _targets(self, i: int) -> list[tuple[EventMention, Token]]:
        out = []
        for m in self.by_sentence.get(i, []):
            cue = self.cues.get(m.id)
            group = group_of(cue) if cue is not None else None
            if cue is not None and group is not None:
                out.append((m, cue.token))
                if group.lower_ in ONE_PRONOUNS or one_named(group, self.names):
                    self.one_person.add(m.id)  # "released him", "freed Strand": no list
                    # of three is theirs
                if group.lower_ in ("them", "they"):
                    self.of_them.add(m.id)
        return out


# Nouns of a person of one sex, by the pronoun that stands for them.
_KIND = {"she": frozenset({"wife", "mother", "daughter", "sister", "woman", "girl", "widow",
                           "grandmother", "aunt", "niece", "fiancee", "girlfriend"}),
         "he": frozenset({"husband", "father", "son", "brother", "man", "boy", "widower",
                          "grandfather", "uncle", "nephew", "fiance", "boyfriend"})}
_KIND["her"], _KIND["him"] = _KIND["she"], _KIND["he"]


def _unnamed_of_its_kind(pronoun: Token, name: Span) -> bool:
    """Between the name and the pronoun stands a person of the pronoun's sex the article does
    not name ("A was taken along with his wife ... She was let go": his wife, not A)."""
    kind = _KIND.get(pronoun.lower_)
    if kind is None:
        return False
    described = {t.i for a in name.root.children if a.dep_ == "appos" for t in a.subtree}
    return any(t.lemma_.lower() in kind and t.pos_ == "NOUN" and not t.ent_type_
               and t.i not in described  # "A, the father of B, ...": A himself
               and not any(c.dep_ == "appos" for c in t.children)
               for t in pronoun.doc[name.end:pronoun.i])


def _other_number(sent: Span, counts: set[int | None]) -> bool:
    """The sentence counts people of another number than the release's, anywhere in it
    ("..., where 22 prisoners boarded a bus. Among them was A": those 22)."""
    return any(t.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "nummod" and c.ent_type_ in ("", "CARDINAL")  # not "three years"
        and (n := to_int(c.text)) is not None and n >= 2 and n not in counts
        for c in t.children) for t in sent)


def _named_before(sent: Span) -> int | None:
    """The number of the group the sentence's subject names ("The ten landed ..."): what a
    "They" of the next sentence stands for."""
    if len(sent) > 2 and sent[0].lower_ == "the" and sent[1].like_num:
        number = to_int(sent[1].text)  # "The ten - five Xians and a Y - landed ...": the
        return number if number is not None and number >= 2 else None  # parse may not say
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    grouped, number = refers_to_group(subjects[0])
    return number if grouped and number is not None and number >= 2 else None


def _repeats_the_group(targets: list[tuple[EventMention, Token]], found: LaterList) -> bool:
    """A later list says which group it is by the release's own word and number ("freed five
    Xian citizens ... The five Xian citizens are A, B, C, D and E")."""
    return bool(found.word) and found.number is not None and any(
        m.count == found.number and any(x.lower_.rstrip("s") == found.word
                                        for x in _group_words(t)) for m, t in targets)


def _choose(targets: list[tuple[EventMention, Token]], found: LaterList) -> list[EventMention]:
    """The release a later list belongs to: the one whose group has the list's word ("the
    Russian" for "a Russian national"), else the only one told by a verb, else the one whose
    count the list's own number repeats ("The four are ...")."""
    if found.side is not None:  # "Among those freed by X were A and B"
        by_side = [m for m, _ in targets
                   if m.by is not None and (country_for_actor(m.by) or m.by) == found.side]
        if by_side:
            return by_side
    if found.word:
        word = found.word.rstrip("s")  # "the Xians" for "freed 12 Xians"
        same = [m for m, t in targets if any(x.lower_.rstrip("s") == word
                                             for x in _group_words(t))]
        if same:
            return same
    # a list of more people than a group counts is not that group's ("freed four ... The
    # seven Xians covered by the clemency were A, B, ..."): the one that can hold them
    targets = [(m, t) for m, t in targets if m.count is None or m.count >= len(
        found.persons)]
    if not targets:
        return []
    verbs = [(m, t) for m, t in targets if t.pos_ in ("VERB", "AUX")] or targets
    if found.number is not None:
        counted = [m for m, _ in verbs if m.count == found.number] or [
            m for m, _ in targets if m.count == found.number]
        if counted:
            return counted
    heads = {t.i for _, t in verbs}
    counts = {m.count for m, _ in verbs}
    # one group told by two verbs ("Fifteen prisoners, released by X, stepped off a plane"):
    # one number, both the list's
    return [m for m, _ in verbs] if len(heads) == 1 or (
        len(counts) == 1 and None not in counts) else []


def _group_words(cue: Token) -> list[Token]:
    """The words of the phrases naming whom the cue frees, without the people it was
    exchanged for ("in exchange for three Cuban spies") or another verb's clause."""
    apart = {x.i for t in cue.subtree if t.i != cue.i and (
        t.dep_ == "conj" and t.pos_ == "VERB" or t.dep_ == "prep" and t.lower_ == "in" and any(
            o.lemma_.lower() in _TRADED for o in t.children)) for x in t.subtree}
    return [t for c in cue.children if c.dep_ in ("dobj", "nsubjpass", "prep", "poss",
                                                  "compound") for t in c.subtree
            if t.i not in apart]
