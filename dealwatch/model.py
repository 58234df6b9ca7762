"""The one schema of dealwatch: every record that passes between stages.

Every stage imports its record shapes from here and nowhere else. Records are plain
dataclasses with ``to_dict`` / ``from_dict`` that round-trip through JSON.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

LEDGER_SCHEMA = "dealwatch.ledger/2"
# What an event or a round of no deal is filed under: its sides cannot be told
NO_DEAL = "side not stated"


class EventType(enum.StrEnum):
    """The kinds of event a ledger records."""

    RELEASE = "release"
    SANCTIONS_RELIEF = "sanctions_relief"
    SANCTIONS_IMPOSED = "sanctions_imposed"
    MEETING = "meeting"
    CALL = "call"
    LETTER = "letter"
    DEMAND = "demand"
    PROMISE = "promise"


# The ``what`` of a meeting that is the talks a deal came out of ("agreed in talks between
# the two offices"): told as the deal's origin, such talks have no day of the deal's own.
TALKS_OF_A_DEAL = "the talks that made the deal"
# Acts only a state carries out: done by its head (a pardon, a waiver), they are the state's.
STATE_ACTS = frozenset({EventType.RELEASE, EventType.SANCTIONS_RELIEF,
                        EventType.SANCTIONS_IMPOSED})


class Status(enum.StrEnum):
    """What the text says of an event mention: it happened, or it was only said."""

    OCCURRED = "occurred"  # reported as having happened (including background facts)
    STATED = "stated"  # a demand or a promise that was made (the event is the statement)
    DENIED = "denied"  # the text denies it happened


class Precision(enum.StrEnum):
    """How much of a calendar date a time expression gives."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"  # also halves: 2025-Q3, 2025-H1
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    REF = "ref"  # PRESENT_REF / PAST_REF / FUTURE_REF


class Resolution(enum.StrEnum):
    """How a time expression got its value."""

    EXPLICIT = "explicit"
    RELATIVE_TO_PUBLISHED = "relative_to_published"
    RELATIVE_TO_TEXT = "relative_to_text"
    UNRESOLVED = "unresolved"


class EntityType(enum.StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    PLACE = "place"
    OTHER = "other"


E = TypeVar("E", bound=enum.Enum)


def _member(kind: type[E], value: Any) -> E:
    """``kind(value)``, looking the common case up directly (reading a large store parses
    millions of them)."""
    member = kind._value2member_map_.get(value) if isinstance(value, str) else None
    return member if member is not None else kind(value)  # type: ignore[return-value]


T = TypeVar("T")


# the field names of each record class, in order (one entry per class: bounded)
_FIELDS: dict[type, tuple[str, ...] | None] = {}
_SCALARS = (str, int, float, bool, type(None))
# records whose plain form is written out field by field (the same dict, faster), by class
_WRITTEN: dict[type, Callable[[Any], dict[str, Any]]] = {}


def _field_names(kind: type) -> tuple[str, ...] | None:
    names = _FIELDS.get(kind, ())
    if names == ():
        names = _FIELDS[kind] = (tuple(f.name for f in dataclasses.fields(kind))
                                 if dataclasses.is_dataclass(kind) else None)
    return names


def _plain(value: Any) -> Any:
    """Turn records, enums, dates and tuples into JSON-ready values."""
    kind = type(value)
    if kind in _SCALARS:  # exactly these types: a str enum is not one
        return value
    names = _field_names(kind)
    if names is not None:
        written = _WRITTEN.get(kind)
        if written is not None:
            return written(value)
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Record:
    """Mixin: ``to_dict`` for every record; ``from_dict`` per record where fields need parsing."""

    def to_dict(self) -> dict[str, Any]:
        out = _plain(self)
        assert isinstance(out, dict)
        return out


@dataclass(frozen=True)
class Evidence(Record):
    """Where a fact comes from: a document, a character span of its text, and the quote."""

    document: str
    start: int
    end: int
    quote: str

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(str(d["document"]), int(d["start"]), int(d["end"]), str(d["quote"]))

    def to_dict(self) -> dict[str, Any]:
        """``Record.to_dict``'s dict, field by field: every source of every event is one."""
        return {"document": self.document, "start": self.start, "end": self.end,
                "quote": self.quote}


_WRITTEN[Evidence] = Evidence.to_dict


@dataclass(frozen=True)
class TimeExpr(Record):
    """A date expression found in a text, normalized TIMEX3-style.

    ``value`` is e.g. ``2025-02-12``, ``2025-02``, ``2025``, ``2025-W07``, ``2025-SU``,
    ``2025-Q3``, ``199`` (the 1990s), ``2025-02-12TMO`` (``type`` TIME: a part of a day),
    ``XXXX-02-12`` (a day whose year the text does not give), ``PAST_REF``, or None when the
    expression cannot be resolved (a relative date in an undated article). ``until`` is the
    last day of a range ("Dec. 12-13").
    """

    start: int
    end: int
    text: str
    value: str | None
    precision: Precision | None
    resolution: Resolution
    type: str = "DATE"  # TIMEX3 type: DATE or TIME
    until: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TimeExpr:
        prec = d.get("precision")
        return cls(
            int(d["start"]),
            int(d["end"]),
            str(d["text"]),
            d.get("value"),
            _member(Precision, prec) if prec else None,
            _member(Resolution, d["resolution"]),
            str(d.get("type") or "DATE"),
            d.get("until"),
        )

    @property
    def calendar(self) -> str | None:
        """The calendar date, month or year of the value (no unknown parts, seasons or
        references); a part of a day gives its day, a week that lies in one month that
        month ("last week" in late April is April's)."""
        v = (self.value or "").split("T")[0]
        if not v or "X" in v or not v[:4].isdigit():
            return None
        if self.precision in (Precision.DAY, Precision.MONTH, Precision.YEAR):
            return v
        if self.precision == Precision.WEEK and len(v) == 8 and v[5] == "W" and (
                v[6:].isdigit()):
            first = date.fromisocalendar(int(v[:4]), int(v[6:]), 1)
            last = first + timedelta(days=6)
            return f"{first:%Y-%m}" if (first.year, first.month) == (last.year, last.month) else (
                None)
        return None


@dataclass(frozen=True)
class Article(Record):
    """One input article after reading and cleaning."""

    id: str  # stable content hash of the cleaned text
    path: str
    text: str  # main text, boilerplate removed; every span refers to this text
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    published_evidence: str | None = None
    format: str = "txt"  # txt | html | jsonl | feed
    duplicate_of: str | None = None
    removed: tuple[str, ...] = ()  # boilerplate lines that were dropped, for transparency

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Article:
        pub = d.get("published")
        return cls(
            id=d["id"],
            path=d["path"],
            text=d["text"],
            title=d.get("title"),
            outlet=d.get("outlet"),
            url=d.get("url"),
            published=date.fromisoformat(pub) if pub else None,
            published_evidence=d.get("published_evidence"),
            format=d.get("format", "txt"),
            duplicate_of=d.get("duplicate_of"),
            removed=tuple(d.get("removed", ())),
        )


@dataclass(frozen=True)
class Rejected(Record):
    """An input that could not be read; the batch goes on without it."""

    path: str
    code: str  # stable error code, see dealwatch.errors
    reason: str

    def __post_init__(self) -> None:
        # a name or reason that cannot be written as UTF-8 (a file name's undecodable bytes,
        # a lone surrogate) is kept with those characters escaped, so it can be stored
        object.__setattr__(self, "path", _encodable(self.path))
        object.__setattr__(self, "reason", _encodable(self.reason))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Rejected:
        return cls(d["path"], d["code"], d["reason"])

    def line(self) -> str:
        """One line for the terminal: newlines and control characters in it are escaped."""
        return _one_line(f"{self.path}: rejected ({self.code}): {self.reason}")


def _encodable(text: str) -> str:
    """``text`` with lone surrogates and NUL escaped: ``\\xff`` for an undecodable byte of a
    file name (Python's surrogateescape), ``\\ud800`` for any other, ``\\u0000`` for NUL
    (which PostgreSQL stores in no text)."""
    return re.sub(r"[\x00\ud800-\udfff]", lambda m: (
        f"\\x{ord(m[0]) - 0xDC00:02x}" if 0xDC80 <= ord(m[0]) <= 0xDCFF
        else f"\\u{ord(m[0]):04x}"), text)


def _one_line(text: str) -> str:
    r"""``text`` with control characters written as escapes (``\n``, ``\x1b``)."""
    return re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]",
                  lambda m: m[0].encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True)
class NameMention(Record):
    """A name as it appears in one document (a person, organisation, country or place)."""

    document: str
    text: str
    type: EntityType
    start: int
    end: int
    roles: tuple[str, ...] = ()  # titles seen with the name: "U.S. envoy", "President"
    country: str | None = None  # nationality seen with the name: "Belarusian" -> "Belarus"
    # the true name the article gives for this one, a cover name: "A said he was X" -> "X"
    alias_of: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> NameMention:
        return cls(
            d["document"],
            d["text"],
            _member(EntityType, d["type"]),
            int(d["start"]),
            int(d["end"]),
            tuple(d.get("roles", ())),
            d.get("country"),
            d.get("alias_of"),
        )


@dataclass(frozen=True)
class EventMention(Record):
    """One event as one sentence of one article states it. Names are surface forms."""

    id: str
    document: str
    type: EventType
    status: Status
    evidence: Evidence
    cue: str  # the word that signalled the event
    date: TimeExpr | None = None
    by: str | None = None
    to: str | None = None
    participants: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    count: int | None = None
    location: str | None = None
    what: str | None = None  # for demands and promises: what is demanded or promised
    link: str | None = None  # "in exchange for ..." / "in return" phrase tying it to another
    background: bool = False  # a background fact ("sanctioned since 2023")
    # Other sentences of the article that gave a field (the list of the freed, the lead's day)
    context: tuple[Evidence, ...] = ()
    # The count is the number of people the release names; the text states no number
    count_named: bool = False
    # For a promise: the kind of act it is about ("release", "sanctions_relief", ... or
    # "other": backing a candidacy, respecting terms). Two promises about acts of different
    # kinds are two promises.
    concession: str | None = None
    # A release told as still to come when the article was written ("the forthcoming return
    # of X"): it has no day yet, and the article's day says it had not happened before it.
    expected: bool = False

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventMention:
        get = d.get
        when = get("date")
        context = get("context")
        return cls(
            d["id"],
            d["document"],
            _member(EventType, d["type"]),
            _member(Status, d["status"]),
            Evidence.from_dict(d["evidence"]),
            d["cue"],
            TimeExpr.from_dict(when) if when else None,
            get("by"),
            get("to"),
            tuple(get("participants", ())),
            tuple(get("persons", ())),
            tuple(get("targets", ())),
            get("count"),
            get("location"),
            get("what"),
            get("link"),
            bool(get("background", False)),
            tuple(Evidence.from_dict(e) for e in context) if context else (),
            bool(get("count_named", False)),
            get("concession"),
            bool(get("expected", False)),
        )


@dataclass(frozen=True)
class StatedTotal(Record):
    """A running total an article states ("Hamas has now freed 58 people", "bringing to 69
    the number freed"): not a release of its own, but what the releases so far add up to by
    that source's count, kept to be compared with them."""

    document: str
    count: int
    evidence: Evidence
    side: str | None = None  # who freed them, as written
    date: TimeExpr | None = None  # when the total stood, where the sentence says
    since: TimeExpr | None = None  # where the count starts: "since Friday"

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> StatedTotal:
        return cls(
            str(d["document"]),
            int(d["count"]),
            Evidence.from_dict(d["evidence"]),
            d.get("side"),
            TimeExpr.from_dict(d["date"]) if d.get("date") else None,
            TimeExpr.from_dict(d["since"]) if d.get("since") else None,
        )


@dataclass(frozen=True)
class Extraction(Record):
    """What the extract stage found in one article."""

    document: str
    events: tuple[EventMention, ...]
    names: tuple[NameMention, ...]
    dates: tuple[TimeExpr, ...]
    totals: tuple[StatedTotal, ...] = ()  # running totals of releases the article states

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Extraction:
        return cls(
            d["document"],
            tuple(EventMention.from_dict(e) for e in d.get("events", ())),
            tuple(NameMention.from_dict(n) for n in d.get("names", ())),
            tuple(TimeExpr.from_dict(t) for t in d.get("dates", ())),
            tuple(StatedTotal.from_dict(t) for t in d.get("totals", ())),
        )


@dataclass(frozen=True)
class Decision(Record):
    """A recorded judgement that two names (or two event mentions) are, or are not, the same."""

    left: str
    right: str
    same: bool
    score: float
    reasons: tuple[str, ...]
    source: str = "auto"  # auto | user
    matcher: str = ""

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Decision:
        return cls(
            d["left"],
            d["right"],
            bool(d["same"]),
            float(d["score"]),
            tuple(d.get("reasons", ())),
            d.get("source", "auto"),
            d.get("matcher", ""),
        )


@dataclass(frozen=True)
class ConflictValue(Record):
    value: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class Conflict(Record):
    """Sources disagree on one field: each value with the documents that gave it."""

    field: str
    values: tuple[ConflictValue, ...]
    subject: str | None = None  # the event or entity id the conflict is about
    about: str | None = None  # a human sentence: "count of the release on 2025-09-11"

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Conflict:
        return cls(
            d["field"],
            tuple(ConflictValue(v["value"], tuple(v["documents"])) for v in d["values"]),
            d.get("subject"),
            d.get("about"),
        )


@dataclass(frozen=True)
class Spelling(Record):
    """One spelling of an entity's name and the documents that used it."""

    text: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class Entity(Record):
    """A person, organisation, country or place, resolved across spellings and articles."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    spellings: tuple[Spelling, ...] = ()
    roles: tuple[str, ...] = ()
    country: str | None = None
    conflicts: tuple[Conflict, ...] = ()
    documents: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """``Record.to_dict``'s dict, field by field: a large ledger is mostly entities (a test
        checks it is the generic one, key order included)."""
        return {"id": self.id, "name": self.name, "type": self.type.value,
                "aliases": list(self.aliases),
                "spellings": [{"text": s.text, "documents": list(s.documents)}
                              for s in self.spellings],
                "roles": list(self.roles), "country": self.country,
                "conflicts": [c.to_dict() for c in self.conflicts],
                "documents": list(self.documents)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            id=d["id"],
            name=d["name"],
            type=EntityType(d["type"]),
            aliases=tuple(d.get("aliases", ())),
            spellings=tuple(
                Spelling(s["text"], tuple(s["documents"])) for s in d.get("spellings", ())
            ),
            roles=tuple(d.get("roles", ())),
            country=d.get("country"),
            conflicts=tuple(Conflict.from_dict(c) for c in d.get("conflicts", ())),
            documents=tuple(d.get("documents", ())),
        )


_WRITTEN[Entity] = Entity.to_dict


class Fix(enum.StrEnum):
    """What an editor's correction says."""

    NOT_EVENT = "not_event"  # the event is not an event
    SAME_EVENT = "same_event"  # the event and ``other`` are one
    NOT_SOURCE = "not_source"  # the article ``other`` does not tell this event
    FIELD = "field"  # the event's ``field`` has ``value``
    ARTICLE = "article"  # the article's ``field`` (outlet, title, url, published) is ``value``


# What a field correction may set, on an event and on an article.
EVENT_FIELDS = ("date", "count", "by", "to", "persons", "location", "type")
ARTICLE_FIELDS = ("outlet", "title", "url", "published")


class Applied(enum.StrEnum):
    """Where a correction stands in the ledger it was applied to."""

    RECORDED = "recorded"  # stored, not yet applied to a ledger
    APPLIED = "applied"
    UNMATCHED = "unmatched"  # no event of the ledger holds the mentions it was made on
    UNDONE = "undone"


@dataclass(frozen=True)
class Correction(Record):
    """An editor's recorded decision about an event or an article. Events are named by the
    mentions they held when corrected (``anchor``), so a correction finds its event again
    when new articles join it or the ledger is rebuilt. ``machine`` is the value the
    correction overrides, as the machine gave it."""

    id: int
    kind: Fix
    target: str  # the event id when corrected, or the article (document) id
    anchor: tuple[str, ...] = ()  # the event's mention ids when corrected
    field: str | None = None
    value: str | None = None  # as text: "2025-09-11", "52", "A; B" (persons); None clears
    other: str | None = None  # same_event: the other event; not_source: the document
    other_anchor: tuple[str, ...] = ()
    machine: str | None = None
    editor: str = ""
    note: str = ""
    created_at: str = ""
    undone_at: str | None = None
    undone_by: str | None = None
    status: Applied = Applied.RECORDED

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Correction:
        return cls(int(d["id"]), Fix(d["kind"]), d["target"], tuple(d.get("anchor", ())),
                   d.get("field"), d.get("value"), d.get("other"),
                   tuple(d.get("other_anchor", ())), d.get("machine"), d.get("editor", ""),
                   d.get("note", ""), d.get("created_at", ""), d.get("undone_at"),
                   d.get("undone_by"), Applied(d.get("status", Applied.RECORDED.value)))

    def says(self) -> str:
        """The correction in a few words: "count 52, corrected from 50 by maria on
        2026-01-04: the ministry's list"."""
        day = self.created_at[:10]
        who = f" by {self.editor}" if self.editor else ""
        why = f": {self.note}" if self.note else ""
        if self.kind == Fix.FIELD or self.kind == Fix.ARTICLE:
            value = self.value if self.value not in (None, "") else "none"
            was = f", corrected from {self.machine if self.machine else 'none'}"
            return f"{self.field} {value}{was}{who} on {day}{why}"
        words = {Fix.NOT_EVENT: "marked not an event",
                 Fix.SAME_EVENT: f"merged with {self.other}",
                 Fix.NOT_SOURCE: f"article {self.other} taken out"}[self.kind]
        return f"{words}{who} on {day}{why}"


@dataclass(frozen=True)
class Event(Record):
    """One real event, merged from the mentions of every outlet that reported it."""

    id: str
    type: EventType
    status: Status
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    by: str | None = None
    to: str | None = None
    participants: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    count: int | None = None
    location: str | None = None
    what: str | None = None
    link: str | None = None
    background: bool = False
    sources: tuple[Evidence, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    mentions: tuple[str, ...] = ()
    deal: str | None = None  # the id of the deal it belongs to; None: its sides are not told
    # the editors' corrections that apply to it, each with the machine's value it overrides
    corrected: tuple[Correction, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """``Record.to_dict``'s dict, field by field: a large ledger has many events."""
        return {"id": self.id, "type": self.type.value, "status": self.status.value,
                "date": self.date, "date_precision": self.date_precision,
                "date_text": self.date_text, "by": self.by, "to": self.to,
                "participants": list(self.participants), "persons": list(self.persons),
                "targets": list(self.targets), "count": self.count,
                "location": self.location, "what": self.what, "link": self.link,
                "background": self.background,
                "sources": [e.to_dict() for e in self.sources],
                "conflicts": [c.to_dict() for c in self.conflicts],
                "mentions": list(self.mentions), "deal": self.deal,
                "corrected": [c.to_dict() for c in self.corrected]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            id=d["id"],
            type=EventType(d["type"]),
            status=Status(d["status"]),
            date=d.get("date"),
            date_precision=d.get("date_precision"),
            date_text=d.get("date_text"),
            by=d.get("by"),
            to=d.get("to"),
            participants=tuple(d.get("participants", ())),
            persons=tuple(d.get("persons", ())),
            targets=tuple(d.get("targets", ())),
            count=d.get("count"),
            location=d.get("location"),
            what=d.get("what"),
            link=d.get("link"),
            background=bool(d.get("background", False)),
            sources=tuple(Evidence.from_dict(s) for s in d.get("sources", ())),
            conflicts=tuple(Conflict.from_dict(c) for c in d.get("conflicts", ())),
            mentions=tuple(d.get("mentions", ())),
            deal=d.get("deal"),
            corrected=tuple(Correction.from_dict(c) for c in d.get("corrected", ())),
        )


_WRITTEN[Event] = Event.to_dict


class Tie(enum.StrEnum):
    """What ties a round's concessions together."""

    LINK = "link phrase"  # "in exchange for", "in return"
    ARTICLE = "one article"  # an article tells the two sides' moves as one deal
    DAY = "same day"  # the two sides moved on the same day
    NONE = "no counterpart reported"  # one side's concession alone


@dataclass(frozen=True)
class Round(Record):
    """One round of the exchange: what each side gave, tied by link evidence."""

    id: str
    date: str | None
    gave: dict[str, tuple[str, ...]]  # side -> event ids
    summary: str
    links: tuple[Evidence, ...] = ()  # the evidence of its ties (link phrase, article, day)
    deal: str | None = None
    tie: Tie = Tie.NONE  # the strongest tie among its concessions

    @property
    def two_sided(self) -> bool:
        return len(self.gave) >= 2 and self.tie != Tie.NONE


class Kept(enum.StrEnum):
    """How far later deliveries kept a promise."""

    KEPT = "kept"
    PARTLY = "partly kept"
    NOT_YET = "not delivered yet"
    UNCHECKABLE = "cannot be checked"  # it names no people, number or target


@dataclass(frozen=True)
class PromiseCheck(Record):
    """A promise and the events that delivered it, if any."""

    promise: str  # event id
    by: str | None
    what: str | None
    kept: bool | None  # None: cannot tell yet
    delivered_by: tuple[str, ...] = ()
    reason: str = ""
    deal: str | None = None
    status: Kept = Kept.NOT_YET
    missing: tuple[str, ...] = ()  # the promised people or targets not delivered yet


@dataclass(frozen=True)
class StatedCount(Record):
    """A total an outlet states for one side of a deal, beside the ledger's own sum."""

    side: str
    count: int
    document: str
    outlet: str | None
    evidence: Evidence
    ledger_count: int  # what the ledger's releases of the side add up to at that point
    ledger_releases: int  # how many releases that sum is made of
    date: str | None = None


@dataclass(frozen=True)
class Deal(Record):
    """The exchange track between two sides: its events, rounds, totals and promises."""

    id: str
    name: str  # "Belarus ↔ United States"
    sides: tuple[str, ...]  # the two sides, in name order
    start: str | None = None  # the earliest date of its events
    end: str | None = None
    documents: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    totals: dict[str, Any] = field(default_factory=dict)
    stated: tuple[StatedCount, ...] = ()


@dataclass(frozen=True)
class Freed(Record):
    """One named person freed: the row a monitor publishes."""

    name: str
    spellings: tuple[str, ...]
    deal: str | None
    date: str | None
    side: str | None  # the releasing side
    event: str  # the release event's id
    documents: tuple[str, ...] = ()
    background: bool = False


@dataclass(frozen=True)
class DocumentInfo(Record):
    """A document as the ledger lists it."""

    id: str
    path: str
    title: str | None
    outlet: str | None
    published: str | None
    duplicate_of: str | None
    published_evidence: str | None = None
    url: str | None = None
    corrected: tuple[Correction, ...] = ()  # the editors' corrections of its metadata


@dataclass
class Ledger(Record):
    """Everything dealwatch knows of an exchange, assembled from stored claims."""

    documents: list[DocumentInfo] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    rounds: list[Round] = field(default_factory=list)
    totals: dict[str, Any] = field(default_factory=dict)
    promises: list[PromiseCheck] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    deals: list[Deal] = field(default_factory=list)
    freed: list[Freed] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)  # every one, undone included

    def to_dict(self) -> dict[str, Any]:
        out = {"schema": LEDGER_SCHEMA}
        out.update(super().to_dict())
        return out
