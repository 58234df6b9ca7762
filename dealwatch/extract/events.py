"""Extract's sentence reader: a parsed article in, event mentions with evidence out.

The stage reads each sentence that holds an event cue, decides from the governing words
whether the event happened, was promised or demanded (or only wished for), and fills in its
arguments from the dependency parse. Every mention carries its sentence as evidence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import (
    actor,
    actor_token,
    clause_text,
    freed_as_a_description,
    names_in,
    reporter,
)
from dealwatch.extract.article_dates import ArticleDates
from dealwatch.extract.conditions import asked_in_return
from dealwatch.extract.coref import Coref
from dealwatch.extract.counts import (
    count_of,
    freed_with,
    named_group_size,
    one_told_by_pronoun,
    only_the_dead,
    opening_number,
)
from dealwatch.extract.cue import modal_of
from dealwatch.extract.cue_words import may_tell_event
from dealwatch.extract.cues import (
    LICENCE_NOUNS,
    Cue,
    Frame,
    expelling_state,
    find_cues,
    is_money,
    ordered_out,
)
from dealwatch.extract.day_parts import broken_down_days
from dealwatch.extract.demands import calls_for_calm
from dealwatch.extract.frames import (
    across_a_semicolon,
    frame_of,
    fronted_side,
    in_exchange_clause,
    promise_without_cue,
    signed_agreement,
    told_by_day,
    undertaking,
)
from dealwatch.extract.names import DocNames, find_names
from dealwatch.extract.own_state import person_state, speakers_state
from dealwatch.extract.parse import content_words
from dealwatch.extract.parties import (
    antecedent_persons,
    location_of,
    named_in_opening,
    participants,
    persons_in,
    recipient_of,
)
from dealwatch.extract.second_releases import Mentions, mention_id, sentence_evidence
from dealwatch.extract.sentences import prepare
from dealwatch.extract.shapes import thanked_for, told_later
from dealwatch.extract.standing import (
    a_government_or_group,
    believed,
    complement,
    from_whom,
    has_subject,
    is_background,
    its_own_people,
    link_phrase,
    month_of_the_act,
    pardon_before_the_handover,
    reported_done,
    said_outright,
    stepped_back,
    told_as_to_come,
    told_in_person,
    wanted_clauses,
)
from dealwatch.extract.talks import is_negotiation, judged, talks_run, time_of_another
from dealwatch.extract.targets import sanctioning_country, targets_of
from dealwatch.extract.text import span_text
from dealwatch.extract.when import (
    date_inside,
    defines_day,
    pick_date,
    promised_later,
    said_on,
    timing_another,
)
from dealwatch.ingest.budget import check
from dealwatch.model import (
    TALKS_OF_A_DEAL,
    Article,
    EntityType,
    EventMention,
    EventType,
    Extraction,
    Status,
    TimeExpr,
)
from dealwatch.places import country_for_actor, country_of_demonym

# The kind of act of a statement about no freeing, easing or meeting ("support the bid")
OTHER_ACTS = "other"
# Verbs that make another act: "get Y to free A", "persuade Y to release A".
_CAUSATIVES = frozenset({"get", "persuade", "convince", "force", "push", "press", "pressure",
                         "induce", "compel"})
# Words that say a release told as coming is near: "in two days", "soon", "within hours".
_SOON = frozenset({"soon", "shortly", "imminently", "tomorrow", "days", "hours"})
# Modals that make an act only possible: "X could free A".
_SPECULATIVE = frozenset({"could", "might", "may", "can"})


# A headline's verb of meeting the freed that the parse takes for a plural noun ("A greets
# freed B family").
_HEADLINE_GREETINGS = frozenset({"greets", "welcomes", "meets", "hails", "embraces",
                                 "receives", "visits", "thanks", "hugs"})
# Verbs that carry people already freed: their subject freed no one.
_CARRIERS = lx.RECEIVING_VERBS | lx.CARRYING_VERBS | {"carry", "transport", "drive", "ferry"}


class _Builder(Mentions):
    """Turns the frames of one article into event mentions."""

    def __init__(self, article: Article, doc: Doc, dates: list[TimeExpr],
                 names: DocNames | None = None) -> None:
        self.article = article
        self.doc = doc
        self.when = ArticleDates(article, doc, dates)
        self.names: DocNames = names if names is not None else find_names(doc, article.id)
        self.coref = Coref(self.names)
        self.out: dict[tuple[int, EventType], EventMention] = {}

    def promise_under(self, tok: Token) -> bool:
        """A promise is already told in the words the token governs ("assured Y he was ready
        to free X": one promise, to free X)."""
        return any((t.i, EventType.PROMISE) in self.out for t in tok.subtree)

    def _received_from(self, verb: Token) -> str | None:
        """ "X received 233 of its members from Y": Y freed them (a state, or a body given
        its nationality: "from the Yian government")."""
        if verb.lemma_.lower() != "receive":
            return None
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for obj in prep.children:
                    m = self.names.at(obj)
                    if m is not None and m.type in (EntityType.COUNTRY, EntityType.ORGANIZATION):
                        return country_of_demonym(m.text) or m.text
                    if obj.lemma_.lower() in ("government", "authorities", "administration"):
                        return next((c for t in obj.children if t.dep_ == "amod"
                                     for c in (country_of_demonym(t.text),) if c), None)
        return None

    def add(self, frame: Frame, sent: Span) -> None:
        key = (frame.head.i, frame.type)
        if key in self.out:
            self._fill(key, frame, sent)
            return
        mention = self.build(frame, sent)
        if mention is None:
            return
        if frame.type == EventType.RELEASE and frame.cue is not None and (
                frame.cue.token.i == frame.head.i and told_by_day(frame.cue)):
            # a total broken down by day: no round of its own, each day's part a round
            self.add_days(mention, broken_down_days(sent, self.when.sentence_dates(sent)),
                          None)
            return
        self.out[key] = mention
        self.add_counterparts(frame, mention, sent)

    def _fill(self, key: tuple[int, EventType], frame: Frame, sent: Span) -> None:
        """A demand told by its own word and again by the release it asks for ("issued
        demands, among them the release of A"): the release says whom, the word did not."""
        told = self.out[key]
        if frame.type != EventType.DEMAND or frame.cue is None or (
                frame.cue.type == EventType.DEMAND or told.persons or told.count is not None):
            return
        mention = self.build(frame, sent)
        if mention is not None and (mention.persons or mention.count is not None):
            self.out[key] = mention

    def build(self, frame: Frame, sent: Span) -> EventMention | None:
        head = frame.head
        inner = frame.inner
        base = frame.cue if frame.cue is not None else Cue(head, frame.type)
        if frame.type == EventType.RELEASE and only_the_dead(base.patient):
            return None  # "handed over the bodies of two fighters": no one freed
        by = actor(head, self.names, self.coref) or speakers_state(head, self.names, self.coref)
        fronted = fronted_side(head) if by is None and frame.cue is None else None
        named = self.names.at(fronted) if fronted is not None else None
        if named is not None:
            by = named.text
        if by is None and frame.type == EventType.PROMISE and head.dep_ == "xcomp" and (
                head.head.lemma_.lower() in ("require", "oblige", "commit")):
            bound = next((self.names.at(o) for o in head.head.children if o.dep_ == "dobj"),
                         None)  # "the deal requires Chile to free 30": Chile's undertaking
            by = bound.text if bound is not None else None
        if frame.type == EventType.PROMISE and head.dep_ in ("ccomp", "xcomp") and (
                head.head.lemma_.lower() in _CAUSATIVES):
            # "X will do everything to get Y to free A": X's word, to work on Y
            by = actor(head.head, self.names, self.coref) or speakers_state(
                head.head, self.names, self.coref)
        if by is None and frame.type == EventType.PROMISE and head.pos_ == "NOUN":
            by = next((c for t in head.children if t.dep_ == "amod"  # "an Israeli commitment"
                       for c in (country_of_demonym(t.text),) if c), None)
        if frame.type in (EventType.RELEASE, EventType.SANCTIONS_RELIEF) and (
                head.lemma_.lower() in lx.RECEIVING_VERBS | {"receive"}):
            by = None  # "the envoy brought the teacher home": the envoy's side freed no one;
            # "Iran received $400 million": Iran paid nothing
        if frame.type == EventType.RELEASE and any(
                c.dep_ == "nsubj" and c.lower_ in _HEADLINE_GREETINGS for c in head.children):
            by = None  # "A greets freed B family": the parse's subject "A greets" is a
            # headline's verb, and "freed" tells B freed by someone else
        if frame.type == EventType.RELEASE and head.dep_ == "amod" and (
                head.head.head.lemma_.lower() in _CARRIERS):
            by = None  # "an Xian air force Airbus brought all fourteen freed hostages to Y":
            # who carries the freed did not free them
        patient = base.patient
        if patient is not None and patient.dep_ == "nsubj" and patient.head.i == head.i:
            by = None  # "Ivan Petrov walked free": the subject is the one freed
        if patient is not None and head.lemma_.lower() in lx.SWAPS and (
                patient.dep_ == "pobj" and patient.head.lower_ == "for"
                and patient.head.head.i == head.i):
            by = None  # "X freed A, completing an exchange for three militants": X's price
        if by is None and frame.type == EventType.RELEASE:
            by = expelling_state(head, self.names) or self._received_from(head)
        if frame.type == EventType.PROMISE and by is None and frame.modal and any(
                c.dep_ == "auxpass" for c in head.children):
            said_by = reporter(head, self.names, self.coref)  # "X said A would be released in
            # two days": the one who says when it will happen gives their word; a state
            # saying its captives will be released gives it whenever ("Lima said all
            # foreigners would be released in stages")
            state = (country_for_actor(said_by) or person_state(said_by, self.names)
                     ) if said_by is not None else None  # ("X's foreign minister, A, said")
            if said_by is not None and (any(t.lower_ in _SOON for t in head.subtree) or (
                    state is not None and said_outright(head)
                    and not its_own_people(head, state)) or told_in_person(head)):
                by = said_by
        if frame.type == EventType.PROMISE and by is None and (
                frame.modal or not has_subject(head)) and (
                modal_of(head) in _SPECULATIVE or believed(head) or not a_government_or_group(
                    actor_token(head, self.names, self.coref))):
            return None  # "could ease sanctions" with nobody named to ease them is speculation
            # (not "the government side is to free 706": whose, the article stage reads)
        if by is None and frame.type == EventType.DEMAND and base.type == EventType.RELEASE and (
                asked_in_return(head)):
            by = reporter(head, self.names, self.coref)  # "the release of A depends on B being
            # freed, X said": the condition is the speaker's
        fields = self.arguments(frame, base, by)
        if frame.type == EventType.DEMAND and not fields.get("persons") and (
                calls_for_calm(head)):
            return None
        own_release = (frame.type == EventType.DEMAND and base.type == EventType.RELEASE
                       and base.token.i == head.i)
        if own_release:  # "Varek said Oddin must be freed": the speaker demands it
            by = reporter(head, self.names, self.coref)
            fields = self.arguments(Frame(EventType.RELEASE, head, base), base, by)
            fields["by"] = by
        statement = frame.type in (EventType.PROMISE, EventType.DEMAND)
        dates = [t for t in self.when.sentence_dates(sent) if not defines_day(head, t)]
        date = pick_date(head, dates, statement)
        if date is None and inner is not None:
            date = pick_date(inner.token, dates, statement)
        thanked = thanked_for(head)
        if date is not None and thanked:
            date = date_inside(head, dates)  # "thanked X on Tuesday for freeing A": before
        if date is None and frame.type in (EventType.RELEASE, EventType.CALL,
                                           EventType.MEETING) and reported_done(head):
            date = said_on(head, dates)  # "On Friday X reported that A had been freed"
        if frame.type == EventType.PROMISE:  # "said on Friday it would free four on
            said = said_on(head, dates)  # Saturday": made on Friday
            date = said if said and promised_later(date, said.calendar) else date
            out = self.article.published
            if out is not None and promised_later(date, out.isoformat()):
                date = None  # after the article: the act's time; the promise's is unknown
            if date is not None and month_of_the_act(head, date):
                date = None  # "undertook to return to the table in May": when it is due
        talks = frame.type == EventType.MEETING and is_negotiation(head)
        if talks:  # "agreed on Thursday in talks": the day the deal was made, not the talks'
            date = date if head.pos_ == "VERB" or talks_run(head) else date_inside(head, dates)
            fields["what"] = TALKS_OF_A_DEAL
        elif date is None and not stepped_back(head) and not told_later(head) and not thanked and (
                not timing_another(head)) and not freed_as_a_description(head):
            when = self.when
            date = when.heading_date(sent) or (
                None if statement else when.context_date(sent) or when.sentence_day(sent, head))
        status = Status.STATED if frame.type in (EventType.PROMISE, EventType.DEMAND) else (
            Status.OCCURRED
        )
        expected = frame.type == EventType.RELEASE and (
            told_as_to_come(base.token) or ordered_out(base.token) is not None
            or pardon_before_the_handover(base.token))
        if expected:
            date = None
        return EventMention(
            id=mention_id(self.article.id, head.idx, frame.type),
            document=self.article.id,
            type=frame.type,
            status=status,
            evidence=sentence_evidence(self.article.id, sent),
            cue=head.text,
            date=date,
            link=link_phrase(sent) if not in_exchange_clause(head) else None,
            context=self.when.heading_evidence(date, sent),
            background=is_background(head),
            expected=expected,
            **fields,  # type: ignore[arg-type]
        )

    def arguments(self, frame: Frame, base: Cue, by: str | None) -> dict[str, object]:
        names = self.names
        tok = base.token
        fields: dict[str, object] = {"by": by}
        if base.type in (EventType.MEETING, EventType.CALL) and judged(tok):
            by = fields["by"] = None  # "X called the meeting a positive step": X judges it
        if base.type == EventType.MEETING and time_of_another(tok):
            by = fields["by"] = None  # "X deported her after the summit": not X's meeting
            fields["participants"] = ()
        elif base.type in (EventType.MEETING, EventType.CALL):
            people = participants(tok, names, self.coref)
            if by and by not in people and tok.pos_ == "NOUN" and len(people) >= 2:
                by = people[0]  # "the agency credits two calls between A and B": A's call
                fields["by"] = by
            if by and by not in people:
                people.insert(0, by)
            fields["participants"] = tuple(people)
            fields["location"] = location_of(tok, names)
        if base.type == EventType.RELEASE:
            exclude = {by} if by else set()
            fields["persons"] = tuple(persons_in(base.patient, names, exclude, tok)) or tuple(
                antecedent_persons(base.patient, names, exclude))
            extra = tok.head if frame.type == EventType.DEMAND else None
            fields["count"] = count_of(base.patient, extra)
            if fields["count"] is None and frame.type == EventType.RELEASE:
                fields["count"] = opening_number(base.patient)  # "The five - among them"
            if fields["count"] is None and frame.type == EventType.RELEASE:
                fields["count"] = named_group_size(base.patient, names)
                fields["count_named"] = fields["count"] is not None
                if fields["count"] is None and one_told_by_pronoun(base.patient):
                    fields["count"] = 1  # a number of its own, no room for a later list
            more = count_of(freed_with(tok)) if frame.type == EventType.RELEASE else None
            if more is not None and isinstance(fields["count"], int):
                fields["count"] = fields["count"] + more  # "freed A together with 55 others"
                fields["count_named"] = False
            fields["location"] = location_of(tok, names)
            fields["to"] = recipient_of(tok, names)
        if base.type in (EventType.SANCTIONS_RELIEF, EventType.SANCTIONS_IMPOSED):
            sanctions = base.patient
            fields["targets"] = tuple(targets_of(sanctions, tok, names))
            licence = sanctions is not None and sanctions.lemma_.lower() in LICENCE_NOUNS
            money = sanctions is not None and is_money(sanctions)  # "$2 billion": no count
            fields["count"] = None if licence or money else count_of(sanctions, any_noun=True)
            if not fields["targets"] and sanctions is not None and not licence and (
                    sanctions.lemma_.lower() not in lx.SANCTION_NOUNS):
                # "removed X from its sanctions list": X is the target
                fields["targets"] = tuple(names_in(list(sanctions.subtree), names,
                                                   (EntityType.PERSON, EntityType.ORGANIZATION)))
            if by is None:
                fields["by"] = sanctioning_country(sanctions, names)
        if base.type == EventType.LETTER:
            fields["by"] = from_whom(tok, names) or by
            fields["to"] = recipient_of(tok, names) or recipient_of(tok.head, names)
        if frame.type in (EventType.PROMISE, EventType.DEMAND):
            fields.update(self.statement_fields(frame, base))
        signed = signed_agreement(tok) if frame.cue is None else None
        if signed is not None:  # both sides are bound: who signed, no one side
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
            fields["participants"] = tuple(names_in(
                [w for c in subjects for w in c.subtree] + list(tok.subtree)
                if not subjects else [w for c in subjects for w in c.subtree], names,
                (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY)))
            fields["by"] = None
            fields["what"] = clause_text(signed)
        return fields

    def _across_a_semicolon(self, verb: Token) -> set[str]:
        """The people named in a clause the parse hung on the verb from the other side of a
        semicolon ("A would let B leave; C would free five Yians": B is not C's)."""
        return {m.text for clause in verb.children
                if clause.dep_ in ("ccomp", "parataxis", "conj") and across_a_semicolon(
                    clause, verb)
                for t in clause.subtree for m in (self.names.at(t),)
                if m is not None and m.type == EntityType.PERSON}

    def statement_fields(self, frame: Frame, base: Cue) -> dict[str, object]:
        """What a promise or a demand is about: the concession, its people and count."""
        head = frame.head
        promised = frame.type == EventType.PROMISE
        concession = frame.cue if frame.cue is not None and promised else None
        content = concession.token if concession is not None else complement(head)
        if not promised and frame.inner is not None:
            content = frame.inner.token  # "X in turn wanted the release of A": the release
        out: dict[str, object] = {}
        if promised:  # what kind of act is promised (a demand's wording varies too much)
            out["concession"] = frame.cue.type.value if frame.cue else OTHER_ACTS
        if frame.cue is None and undertaking(head):
            content = head  # "Baku will back Yerevan's candidacy": the act is the promise
        if content is None and frame.type == EventType.DEMAND:
            content = next(iter(wanted_clauses(head)), None)  # "called for A to be freed"
        if content is None:
            return out
        out["what"] = clause_text(content)
        if frame.type == EventType.DEMAND:
            wanted = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                      for o in p.children]
            clauses = wanted_clauses(head)
            # "raised the case of A with B": A's case, not B
            raised = [c for c in head.children if c.dep_ == "dobj"
                      and head.lemma_.lower() == "raise"]
            content_root = (wanted or clauses or raised or [content])[0]
            if frame.inner is not None and asked_in_return(head):
                content_root = content  # "made A's release conditional on the return of
                # three Xians": the return is asked, not the release
            out["what"] = clause_text(content_root)
            extra = head.head if head.dep_ == "relcl" else None
            out["count"] = count_of(content_root, extra)
            out["persons"] = tuple(persons_in(content_root, self.names, set()))
            return out
        patient = concession.patient if concession is not None else None
        out["persons"] = tuple(persons_in(content, self.names, named_in_opening(
            content, self.names, patient) | self._across_a_semicolon(content)))
        out["count"] = count_of(patient) if patient is not None else count_of(content)
        if concession is not None and concession.type in (
            EventType.SANCTIONS_RELIEF, EventType.SANCTIONS_IMPOSED
        ):
            out["targets"] = tuple(targets_of(concession.patient, concession.token, self.names))
        return out


def extract_events(article: Article, doc: Doc, dates: list[TimeExpr],
                   names: DocNames | None = None) -> Extraction:
    """Every event mention, name mention and date of one parsed article, sentence by
    sentence (``names``: the article's names, when the caller has found them already)."""
    builder = _Builder(article, doc, dates, names)
    for sent in doc.sents:
        check("sentences")
        text = span_text(sent)
        if may_tell_event(text):
            words = content_words(sent)
            for tok in words:
                _read_cues(builder, tok, sent)
            for tok in words:  # after the cues, so a promise keeps the concession it governs
                if promise_without_cue(tok) and not builder.promise_under(tok):
                    builder.add(Frame(EventType.PROMISE, tok, None), sent)
    events = sorted(builder.out.values(), key=lambda m: (m.evidence.start, m.type.value))
    return Extraction(article.id, tuple(events), tuple(builder.names.mentions), tuple(dates))


def _read_cues(builder: _Builder, tok: Token, sent: Span) -> None:
    """Every cue is a noun, a verb or an adjective ("the freed prisoners"): ``tok`` is one of
    the sentence's ``content_words``."""
    for cue in find_cues(tok, builder.names):
        frame = frame_of(cue)
        if frame is not None:
            builder.add(frame, sent)


__all__ = ["extract_events", "find_names", "mention_id", "prepare", "sentence_evidence"]
