"""Extract's sentence reader: a parsed article in, event mentions with evidence out.

The stage reads each sentence that holds an event cue, decides from the governing words
whether the event happened, was promised or demanded (or only wished for), and fills in its
arguments from the dependency parse. Every mention carries its sentence as evidence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import (
    actor,
    actor_token,
    clause_text,
    freed_as_a_description,
    governing_verb,
    names_in,
    reporter,
    reporting_subjects,
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
)
from dealwatch.extract.cue import modal_of, perfect
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
    location_of,
    named_in_opening,
    participants,
    persons_in,
    recipient_of,
)
from dealwatch.extract.second_releases import Mentions, mention_id, sentence_evidence
from dealwatch.extract.sentences import prepare
from dealwatch.extract.shapes import told_later
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
    Precision,
    Resolution,
    Status,
    TimeExpr,
)
from dealwatch.places import country_for_actor, country_of_demonym

# The kind of act of a statement about no freeing, easing or meeting ("support the bid")
OTHER_ACTS = "other"
_CUE_WORDS = re.compile(
    r"\b(free|freed|freeing|releas|pardon|clemency|amnest|liberat|hand(?:ed|s|ing)?\b|handover|swap|"
    r"exchang|transfer|return|sanction|embargo|bans?\b|freez|froze|meet|met\b|meeting|talks|lunch|din(?:e|ed|es|ing)\b|breakfast|"
    r"talk(?:ed|ing)?\b|summit|dinner|negotiat|visit|(?:got|gets?|getting|won|wins?)\s+back|"
    r"sit(?:s|ting)?\b|sat\b|"
    r"call|phone|telephon|spoke|conversation|letter|demand|urg|insist|press|promis|pledg|vow|"
    r"assur|guarantee|offer|agree|commit|ready|willing|prepared|repatriat|deport|extradit|"
    r"unfreez|unfroz|send|sent|let(?:s|ting)?\b|set(?:s|ting)?\b|bring|brought|flown\b|flew\b|"
    r"host(?:s|ed|ing)?\b|licen[cs]e|waiver|lists?\b|came\b|comes?\b|walk(?:s|ed)?\b|ended\b|"
    r"went\b|followed\b|left\b|leav(?:e|es|ing)\b|depart|cross|stepp|dr[oi]ve|go(?:es)?\s+free|want(?:s|ed|ing)?\b|push|lobb(?:y|ies|ied|ying)\b|campaign|"
    r"agitat|touch(?:es|ed|ing)?\s+down|delist|drop(?:s|ped|ping)?\b|receiv|reach|arriv|land|sign(?:s|ed|ing)?\b|condition|"
    # a side's future support ("would back the bid") and an ultimatum ("until X kept to")
    r"(?:will|would|'ll)\s+(?:\w+\s+)?(?:support|back|endorse|withdraw|recogni|respect|honou?r)|"
    r"(?:support|back|endorse|withdraw|recognise|recognize)s\b|"  # a term told in the present
    r"until|unless|rais(?:e|es|ed|ing)\b|commut|grant|expel|trad(?:e|ed|es|ing)\b|rescu|"
    r"suspen|revok|restor|reinstat|privileg|saw\s+(?:the\s+)?(?-i:[A-Z])|"
    r"t(?:ook|akes?|aking)\s+(?:[\w'’-]+\s+){0,6}?home\b|"
    r"wr(?:ite|ites|ote|iting)\b|fl(?:y|ies|ying)\b|transport|fetch|collect|cross(?:ed|es|ing)?\b|"
    r"(?:out\s+of|left)\s+(?:[\w'’]+\s+){0,3}?(?:prison|jail)|revok|rescind|"
    r"lift(?:s|ed|ing)?\b|restrict|curbs?\b|blacklist|ransom|r(?:ang|ings?|inging)\b|"
    r"visas?\b|shipments?\b|(?:go|return)\s+home\b|"  # visas stopped, "allowed to go home"
    r"sh(?:ook|akes?|aking)\s+hands|cease-?fire|truce|armistice|notes?\b|on\s+the\s+"
    r"(?:direct\s+)?line\b|barr(?:ed|ing)\b|bars?\b|bann(?:ed|ing)\b|prohibit|forb[ia]d)",
    re.IGNORECASE,
)


# Verbs that make another act: "get Y to free A", "persuade Y to release A".
_CAUSATIVES = frozenset({"get", "persuade", "convince", "force", "push", "press", "pressure",
                         "induce", "compel"})
# Words that say a release told as coming is near: "in two days", "soon", "within hours".
_SOON = frozenset({"soon", "shortly", "imminently", "tomorrow", "days", "hours"})


def _said_outright(verb: Token) -> bool:
    """The passive is what the reporting verb says, no more: "X said the foreigners would be
    released" (not "would have been sent home", not "a request for him to be handed over")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lx.REPORTING_VERBS and not (
        perfect(verb))


# A headline's verb of meeting the freed that the parse takes for a plural noun ("A greets
# freed B family").
_HEADLINE_GREETINGS = frozenset({"greets", "welcomes", "meets", "hails", "embraces",
                                 "receives", "visits", "thanks", "hugs"})
# Verbs that carry people already freed: their subject freed no one.
_CARRIERS = lx.RECEIVING_VERBS | lx.CARRYING_VERBS | {"carry", "transport", "drive", "ferry"}


# Saying something to someone's face: "X told Y that A would be let go", "assured Y".
_TOLD_TO = frozenset({"tell", "assure", "inform"})


def _told_in_person(verb: Token) -> bool:
    """ "X told Y that ten of Y's people would be let go": what one side tells the other's
    envoy of its captives is its word to them, not a guess (the one told is named)."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _TOLD_TO and not perfect(
        verb) and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in verb.head.children)


def _its_own_people(verb: Token, state: str) -> bool:
    """Those the passive frees are told as the state's own ("its soldiers", "the Chilean
    sailors"): held by another, whose act their release would be."""
    for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
        for c in subject.children:
            if c.dep_ == "poss" or c.dep_ in ("amod", "compound") and (
                    country_of_demonym(c.text) == state):
                return True
    return False


def _link_phrase(sent: Span) -> str | None:
    """The words that tie this sentence's event to another: "in exchange for", "in return"."""
    low = span_text(sent).lower()
    for phrase in lx.LINK_PHRASES:
        pos = low.find(phrase)
        if pos >= 0:
            return span_text(sent)[pos: pos + len(phrase)]
    return None


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
                    state is not None and _said_outright(head)
                    and not _its_own_people(head, state)) or _told_in_person(head)):
                by = said_by
        if frame.type == EventType.PROMISE and by is None and (
                frame.modal or not _has_subject(head)) and (
                modal_of(head) in _SPECULATIVE or _believed(head) or not _a_government_or_group(
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
        if date is None and frame.type in (EventType.RELEASE, EventType.CALL,
                                           EventType.MEETING) and _reported_done(head):
            date = said_on(head, dates)  # "On Friday X reported that A had been freed"
        if frame.type == EventType.PROMISE:  # "said on Friday it would free four on
            said = said_on(head, dates)  # Saturday": made on Friday
            date = said if said and promised_later(date, said.calendar) else date
            out = self.article.published
            if out is not None and promised_later(date, out.isoformat()):
                date = None  # after the article: the act's time; the promise's is unknown
            if date is not None and _month_of_the_act(head, date):
                date = None  # "undertook to return to the table in May": when it is due
        talks = frame.type == EventType.MEETING and is_negotiation(head)
        if talks:  # "agreed on Thursday in talks": the day the deal was made, not the talks'
            date = date if head.pos_ == "VERB" or talks_run(head) else date_inside(head, dates)
            fields["what"] = TALKS_OF_A_DEAL
        elif date is None and not _stepped_back(head) and not told_later(head) and not (
                timing_another(head)) and not freed_as_a_description(head):
            when = self.when
            date = when.heading_date(sent) or (
                None if statement else when.context_date(sent) or when.sentence_day(sent, head))
        status = Status.STATED if frame.type in (EventType.PROMISE, EventType.DEMAND) else (
            Status.OCCURRED
        )
        expected = frame.type == EventType.RELEASE and (
            _told_as_to_come(base.token) or ordered_out(base.token) is not None
            or _pardon_before_the_handover(base.token))
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
            link=_link_phrase(sent) if not in_exchange_clause(head) else None,
            context=self.when.heading_evidence(date, sent),
            background=_is_background(head),
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
            fields["persons"] = tuple(persons_in(base.patient, names, exclude, tok))
            extra = tok.head if frame.type == EventType.DEMAND else None
            fields["count"] = count_of(base.patient, extra)
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
            fields["by"] = _from_whom(tok, names) or by
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
        content = concession.token if concession is not None else _complement(head)
        if not promised and frame.inner is not None:
            content = frame.inner.token  # "X in turn wanted the release of A": the release
        out: dict[str, object] = {}
        if promised:  # what kind of act is promised (a demand's wording varies too much)
            out["concession"] = frame.cue.type.value if frame.cue else OTHER_ACTS
        if frame.cue is None and undertaking(head):
            content = head  # "Baku will back Yerevan's candidacy": the act is the promise
        if content is None and frame.type == EventType.DEMAND:
            content = next(iter(_wanted_clauses(head)), None)  # "called for A to be freed"
        if content is None:
            return out
        out["what"] = clause_text(content)
        if frame.type == EventType.DEMAND:
            wanted = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                      for o in p.children]
            clauses = _wanted_clauses(head)
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


def _month_of_the_act(promise: Token, date: TimeExpr) -> bool:
    """A bare month inside the act promised ("undertook to return to the table in May"):
    when the act is due, which a month without a year read back from the report misdates."""
    if date.precision != Precision.MONTH or date.resolution != Resolution.RELATIVE_TO_PUBLISHED:
        return False
    span = promise.doc.char_span(date.start, date.end, alignment_mode="expand")
    if span is None:
        return False
    if span.root.head.lower_ not in ("in", "by", "until", "before"):
        return False  # ("let go under last month's deal": the deal's month, when it was made)
    acts = [c for c in promise.children if c.dep_ in ("xcomp", "ccomp")]
    return any(span.root.i in {t.i for t in act.subtree} for act in acts)


def _from_whom(tok: Token, names: DocNames) -> str | None:
    """Who a letter is from: "a letter from A", "received two notes from A", "a second letter
    arrived from A" (the parse may hang "from" on the verb of receiving or of coming)."""
    holders = [tok]
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("receive", "get", "deliver"):
        holders.append(tok.head)
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("arrive", "come"):
        holders.append(tok.head)
    # "sent a letter in the name of A", "a letter, signed in the name of A": A's
    signed = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in (
        "sign", "write", "send", "issue")]
    for holder in (tok, tok.head if tok.dep_ == "dobj" else tok, *signed):
        for name in (o for p in holder.children if p.dep_ == "prep" and p.lower_ == "in"
                     for o in p.children if o.dep_ == "pobj" and o.lower_ == "name"):
            signer = next((names.at(x) for q in name.children if q.lower_ == "of"
                           for x in q.children if x.dep_ == "pobj"), None)
            if signer is not None and signer.type == EntityType.PERSON:
                return signer.text
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            for obj in prep.children:
                m = names.at(obj)
                if m is not None and m.type in (EntityType.PERSON, EntityType.ORGANIZATION,
                                                EntityType.COUNTRY):
                    return m.text
    return None


def _furniture(text: str) -> bool:
    """A line of page furniture: links to other stories run together with bars ("ALSO IN
    THE PAPER: Revenue figures released | Ferry schedule changes | ...")."""
    return text.count(" | ") >= 2


def may_tell_event(text: str) -> bool:
    """A sentence with a word an event cue can be, and no page furniture: the only ones whose
    words the cues are looked for in (and whose parse sentence gating keeps)."""
    return bool(_CUE_WORDS.search(text)) and not _furniture(text) and not (
        text.rstrip(" \"'”’)\n").endswith("?"))  # "Who was freed by X?": a question asks


def _reported_done(verb: Token) -> bool:
    """ "X reported on Friday that A had been freed", "said A has been released": a release
    told as done in what someone reported, with no day of its own, was news that day (the
    pluperfect is the reported "has been freed")."""
    if verb.pos_ != "VERB" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in (
            lx.REPORTING_VERBS):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if any(c.dep_ == "advmod" and c.lower_ in ("already", "earlier", "previously", "before")
           for c in verb.children):
        return False  # "said late on Thursday that he had already pardoned the four": before
    return verb.tag_ == "VBN" and bool(aux & {"had", "has", "have"}) and not aux & {
        "would", "will", "could", "might", "may", "should", "to"}


def _stepped_back(tok: Token) -> bool:
    """A noun cue under a pluperfect clause of a later report ("told television that no
    mediator had taken part in the negotiations"): the day told around it is not its day."""
    verb = governing_verb(tok)
    return (tok.pos_ == "NOUN" and verb.i != tok.i and verb.tag_ == "VBN"
            and verb.dep_ in ("ccomp", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children))


_GOVERNMENTS = frozenset({"government", "authorities", "administration", "cabinet"})
_SPECULATIVE = frozenset({"could", "might", "may", "can"})


def _a_government(word: Token | None) -> bool:
    """ "the government", "the government side": a state's government, left unnamed (not "his
    government": a speaker's, read by ``own_state``)."""
    return word is not None and (word.lemma_.lower() in _GOVERNMENTS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _GOVERNMENTS for c in word.children)) and (
        not any(c.dep_ == "poss" for c in word.children))


# Nouns for an armed group or a band that gives its word as a side: "the rebels said they
# would free the general" (the article stage reads which group).
_GROUP_NOUNS = frozenset({"rebel", "guerrilla", "militant", "insurgent", "group", "movement",
                          "faction", "kidnapper", "captor", "hijacker", "separatist"})


# Verbs of belief: what someone assumes a side would do is no word the side gave.
_BELIEVING = frozenset({"assume", "believe", "think", "suppose", "suspect", "speculate",
                        "guess", "presume", "imagine", "fear"})


def _believed(head: Token) -> bool:
    """ "officials assumed the group would free ...": the act is someone's belief."""
    return any(a.lemma_.lower() in _BELIEVING for a in head.ancestors)


def _a_government_or_group(word: Token | None) -> bool:
    """``_a_government``, or a group told by a noun ("the rebels"), or "they"/"it" in the
    words of such a group ("the rebels said they would ...")."""
    if word is None:
        return False
    if word.pos_ == "PRON" and word.lower_ in ("they", "it"):
        word = next(iter(reporting_subjects(word)), word)
    return _a_government(word) or (word.lemma_.lower() in _GROUP_NOUNS and not any(
        c.dep_ == "poss" for c in word.children))


def _has_subject(tok: Token) -> bool:
    heads = [tok, *list(tok.ancestors)[:2]]
    return any(c.dep_ in ("nsubj", "nsubjpass") for h in heads for c in h.children)


def _wanted_clauses(head: Token) -> list[Token]:
    """What a demand asks for, told as a clause: "urged X to free A", "called on X to free A",
    "called for A to be freed"."""
    return [c for c in head.children if c.dep_ in ("xcomp", "ccomp") or (
        c.dep_ == "advcl" and any(x.dep_ in ("aux", "mark") and x.lower_ in ("to", "for")
                                  for x in c.children))]


# Prepositions that set a statement's scene, not what it is about: "demanded the release of
# A after his arrest", "called for talks during the visit".
_SCENE_PREPS = frozenset({"after", "before", "since", "during", "following", "amid", "amidst",
                          "despite", "until", "till", "in", "at", "near", "by", "through",
                          "throughout", "from", "within"})


def _complement(tok: Token) -> Token | None:
    """What a statement is about: its clause, phrase or object (not a phrase that sets the
    scene: "In a statement on Monday, X demanded the release of A", "demanded B's return
    after his arrest")."""
    for deps in (("xcomp", "ccomp"), ("acl", "prep"), ("dobj",)):
        for child in tok.children:
            if child.dep_ in deps and not _when(child) and not (
                    child.dep_ == "prep" and (child.i < tok.i or _sets_the_scene(child))):
                return child
    return None


def _sets_the_scene(prep: Token) -> bool:
    """A phrase of when or at what price ("after her arrest", "in exchange for B"), not of an
    act ("(sought help) in freeing A", "in the release of B")."""
    if prep.lower_ not in _SCENE_PREPS or any(c.dep_ == "pcomp" for c in prep.children):
        return False
    return not any(o.dep_ == "pobj" and o.lemma_.lower() in lx.RELEASE_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "for" for c in o.children) for o in prep.children)


def _when(prep: Token) -> bool:
    """ "on Monday", "in March": a time phrase, not what a statement is about ("demanded on
    Monday the release of A")."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")
                                       for o in prep.children)


# The legal acts that free a prisoner on paper: "signed his pardon", "pardoned him".
_PAPER = frozenset({"pardon", "clemency", "commute", "commutation"})
# What a paper act may be told as coming before: the handover itself.
_HANDOVER = frozenset({"exchange", "swap", "trade", "handover", "hand", "release", "free"})


def _pardon_before_the_handover(cue: Token) -> bool:
    """ "signed A's pardon on Tuesday, the last legal step before he could be handed over",
    "pardoned him the day before the exchange", "pardoned them so that they could be handed
    over": a step on paper towards the release, which is dated by the handover (the pardon
    is folded into it, not a release of its own day)."""
    if cue.lemma_.lower() not in _PAPER:
        return False
    if any(t.lower_ == "before" and any(w.lemma_.lower() in _HANDOVER for w in (
            t.head.subtree if t.dep_ == "mark" else t.subtree) if w.i > t.i)
           for t in cue.sent):  # ("before the exchange", "before he could be handed over")
        return True
    # "pardoned A and B on Sunday so that both could go home in the swap": the pardon's
    # purpose is the handover
    return any(t.lower_ == "so" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "that"
               and t.i > cue.i and any(w.lemma_.lower() in _HANDOVER
                                       for w in t.doc[t.i + 2:cue.sent.end])
               for t in cue.sent)


def _told_as_to_come(cue: Token) -> bool:
    """ "the forthcoming return of X", "his expected release", "that a release was
    imminent", "no sign that a release is near": a release still to come."""
    if cue.pos_ != "NOUN":
        return False
    if any(c.dep_ == "amod" and c.lower_ in lx.FUTURE_ADJ for c in cue.children):
        return True
    return cue.dep_ == "nsubj" and cue.head.lemma_ == "be" and any(
        c.dep_ in ("acomp", "advmod") and c.lower_ in _STILL_TO_COME for c in cue.head.children)


# What a release is said to be when it has not come yet: "a release was imminent".
_STILL_TO_COME = lx.FUTURE_ADJ | {"near", "close", "likely", "possible", "unlikely"}


def _is_background(tok: Token) -> bool:
    """Background facts: "has been sanctioned since 2021", "under sanctions for years". A
    past perfect that a speaker reports ("the ministry said 24 had been handed over") is the
    reported event itself, shifted back by the reported speech, not background."""
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    since = any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children)
    if since:
        return True
    if "been" not in auxes or not {"has", "have", "had"} & auxes:
        return False
    reported = tok.dep_ == "ccomp" and tok.head.lemma_ in lx.REPORTING_VERBS
    return not ("had" in auxes and reported)


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
