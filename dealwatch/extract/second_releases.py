"""The releases a sentence tells beside the one its cue word tells: the people exchanged for
the cue's ("in exchange for B"), a gapped second group ("and Norway two Finns"), as many on
each side, the parts of a release told by day, the request it answered ("at C's request"),
and each side's own of "A and B each released one man".

``Mentions`` keeps one article's mentions by the word each is told at; ``events._Builder``
builds the cue's own mention and calls these for the rest.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import clause_text
from dealwatch.extract.article_dates import ArticleDates
from dealwatch.extract.counterparts import (
    body_of_people,
    each_of,
    exchanged_for,
    gapped,
    held_by,
    on_each_side,
    other_side,
    receivers_price,
    requested_by,
    side_number,
    swap_partner,
    under_a_deal,
)
from dealwatch.extract.counts import count_of, named_group_size
from dealwatch.extract.cues import Frame
from dealwatch.extract.day_parts import Part, gapped_days
from dealwatch.extract.names import DocNames
from dealwatch.extract.parties import persons_in
from dealwatch.extract.patients import coordinated
from dealwatch.extract.text import span_text
from dealwatch.model import Article, EntityType, EventMention, EventType, Evidence, Status
from dealwatch.places import country_of_demonym


def mention_id(doc_id: str, start: int, etype: EventType) -> str:
    """A mention's id: its article, the offset of its cue word, its type."""
    return hashlib.sha1(f"{doc_id}:{start}:{etype.value}".encode()).hexdigest()[:12]


def sentence_evidence(doc_id: str, sent: Span) -> Evidence:
    """A sentence as evidence (surrounding white space left out)."""
    text = span_text(sent)
    lead = len(text) - len(text.lstrip())
    quote = text.strip()
    start = sent.start_char + lead
    return Evidence(doc_id, start, start + len(quote), quote)


class Mentions:
    """One article's mentions, by the word each is told at and its type."""

    article: Article
    doc: Doc
    when: ArticleDates
    names: DocNames
    out: dict[tuple[int, EventType], EventMention]

    def add_counterparts(self, frame: Frame, mention: EventMention, sent: Span) -> None:
        """The second release a sentence tells beside this one: the people it was exchanged
        for, or a gapped "and B two others"."""
        base = frame.cue
        if base is None or base.type != EventType.RELEASE:
            return
        found: list[tuple[Token, str | None, str]] = []
        pair = _sides_agreeing(frame.head, self.names) if (
            frame.type == EventType.PROMISE) else None
        if pair is not None and mention.by is None and base.patient is not None:
            home = country_of_demonym(base.patient.text)  # "A and B agreed to swap eleven
            if home in pair:  # Bians for three Aians": A frees the Bians
                mention = replace(mention, by=pair[pair.index(home) - 1])
                self.out[(frame.head.i, frame.type)] = mention
        agreed = frame.type == EventType.PROMISE and (under_a_deal(frame.head) or (
            pair is not None and mention.by in pair))
        counter = exchanged_for(base.token, self.names) if (
            frame.type == EventType.RELEASE or agreed) else None
        paired = counter is not None and base.patient is not None and (
            counter in coordinated(base.patient))
        if counter is not None and mention.by is None and frame.type == EventType.RELEASE:
            body = body_of_people(counter, self.names)  # "40 were freed in return for four
            if body is not None:  # Vark Front officers": the Front got its men back
                mention = replace(mention, by=body)
                self.out[(frame.head.i, frame.type)] = mention
        if counter is not None:
            side = held_by(counter, self.names) or other_side(  # "held in X": X's, said
                mention.by, base.patient, counter, self.names) or (  # outright
                swap_partner(base.token, mention.by, self.names) if mention.count is not None
                and count_of(counter) == mention.count else None) or receivers_price(
                base.token, self.names) or (
                pair[pair.index(mention.by) - 1] if pair is not None and mention.by in pair
                else None)  # "A and B agreed to swap ...": what A gets is B's word
            if not agreed or side is not None:  # a term of a deal: the other side's promise
                found.append((counter, side, "in exchange for"))
            if paired and base.patient is not None:  # "A and B were exchanged": A's
                mention = self._without(frame, mention, base.patient, counter)  # release
        side_word = on_each_side(base.token) if mention.count is not None else None
        if side_word is not None and mention.by is None:  # the other side's as many
            found.append((side_word, None, "in exchange for"))
        if base.patient is not None:
            gap = gapped(base.patient, self.names)
            if gap is not None:
                found.append((gap[0], gap[1], mention.link or ""))
                # the first group's own number, not the gapped group's
                own = count_of(base.patient, skip=gap[0])
                self.out[(frame.head.i, frame.type)] = replace(mention, count=own)
        if frame.type == EventType.RELEASE and base.token.i == frame.head.i:
            mention = self.out[(frame.head.i, frame.type)]  # its count as mended above
            self.add_each(frame, mention)
            self.add_request(frame, mention)
            self.add_days(mention, gapped_days(frame.head, self.when.sentence_dates(sent)),
                          frame.head.i)
        for tok, side, link in found:
            key = (tok.i, frame.type)
            if key in self.out:
                continue
            if tok is side_word:  # "on each side": as many, no one named
                self.out[key] = replace(
                    mention, id=mention_id(self.article.id, tok.idx, frame.type), persons=(),
                    count_named=False, to=None, link=link)
                continue
            persons = tuple(persons_in(tok, self.names, {side} if side else set()))
            count = count_of(tok) or (side_number(tok, self.names) if side else None)
            named = count is None and frame.type == EventType.RELEASE
            if named:
                count = (len(persons) or None) if paired and tok is counter else (
                    named_group_size(tok, self.names))
            self.out[key] = replace(
                mention, id=mention_id(self.article.id, tok.idx, frame.type), by=side,
                persons=persons, count=count, count_named=named and count is not None,
                to=None, cue=tok.text,
                link=link or None, what=clause_text(tok) if mention.what else None)

    def _without(self, frame: Frame, mention: EventMention, patient: Token,
                 counter: Token) -> EventMention:
        """The first of two groups a swap verb takes together, without the second: "A and B
        were exchanged" frees A on one side (one person), B on the other."""
        theirs = set(persons_in(counter, self.names, set()))
        own = tuple(p for p in mention.persons if p not in theirs)
        count = count_of(patient, skip=counter)
        if count is None and (mention.count_named or mention.count is None):
            count = len(own) or None
        mended = replace(mention, persons=own, count=count if count is not None else (
            mention.count))
        self.out[(frame.head.i, frame.type)] = mended
        return mended

    def add_days(self, mention: EventMention, parts: list[Part], own: int | None) -> None:
        """A release told in parts by day: the first part is ``mention``'s own (its number
        and day; ``own`` the index it is kept under, None for a total broken down, which is
        no release of its own), each other part a release of its own."""
        for k, part in enumerate(parts):
            told = replace(mention, count=part.count, date=part.date, count_named=False,
                           context=self.when.heading_evidence(part.date, part.token.sent))
            if k == 0 and own is not None:
                self.out[(own, EventType.RELEASE)] = told
                continue
            key = (part.token.i, EventType.RELEASE)
            if key not in self.out:  # an id of its own; its cue word still the verb, whose
                self.out[key] = replace(  # clause says who freed them and how
                    told, id=mention_id(self.article.id, part.token.idx, EventType.RELEASE),
                    persons=())

    def add_request(self, frame: Frame, mention: EventMention) -> None:
        """"B freed A at C's request": C had asked for A's release (a demand, its time not
        told)."""
        found = requested_by(frame.head)
        if found is None:
            return
        request, asker = found
        named = self.names.at(asker)
        key = (request.i, EventType.DEMAND)
        if named is None or key in self.out or named.text == mention.by:
            return
        self.out[key] = replace(
            mention, id=mention_id(self.article.id, request.idx, EventType.DEMAND),
            type=EventType.DEMAND, status=Status.STATED, by=named.text, to=mention.by,
            persons=tuple(p for p in mention.persons if p != named.text),
            date=None, cue=request.text, link=None, context=())

    def add_each(self, frame: Frame, mention: EventMention) -> None:
        """"A and B each released one man": one release a side, as many each (the
        people named go to none of them but the first's, whose they may not be)."""
        if frame.head.lemma_.lower() in lx.SWAPS:
            return  # "A and B exchanged 95 each": two releases, the sides pass reads them
        sides = each_of(frame.head)
        for k, tok in enumerate(sides):
            named = self.names.at(tok)
            side = named.text if named is not None else tok.text
            if k == 0:
                if side != mention.by:
                    self.out[(frame.head.i, frame.type)] = replace(mention, by=side,
                                                                   persons=())
                continue
            key = (tok.i, frame.type)
            if key not in self.out:
                self.out[key] = replace(  # the same act, by another side of its own
                    mention, id=mention_id(self.article.id, tok.idx, frame.type),
                    by=side, persons=(), count_named=False, cue=tok.text)


def _sides_agreeing(verb: Token, names: DocNames) -> tuple[str, str] | None:
    """ "Xland and Yland agreed to swap eleven Yians for three Xians": the two sides the
    promise's subject names together (each undertakes its half)."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        sides = [m.text for t in (subject, *subject.conjuncts) for m in (names.at(t),)
                 if m is not None and m.type in (EntityType.COUNTRY, EntityType.ORGANIZATION)]
        if len(sides) == 2 and sides[0] != sides[1]:
            return sides[0], sides[1]
    return None
