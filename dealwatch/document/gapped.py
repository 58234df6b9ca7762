"""Releases told with the verb left out: "Xland freed two Yians and Zland three Xians".

Reports of a swap between many states list each state's part in one sentence and write the
verb once: "Germany released A, Slovenia the B couple and Poland C". The parser does not see
the later clauses (it takes "Slovenia" for another of A's names), so only the first state's
release is read. A careful reader gives each state named at the start of a comma- or
"and"-separated part its own release of what the part names: its people, its number. Only
for a release whose verb has a state or body as subject and a part that names a state
followed by people or a number, with no verb of its own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from dealwatch.document.context import ArticleContext, derived_id
from dealwatch.document.own_list import people_named
from dealwatch.extract import lexicon as lx
from dealwatch.extract.counts import number_of
from dealwatch.model import EntityType, EventMention, EventType
from dealwatch.places import country_named, country_of_demonym

_SIDES = (EntityType.COUNTRY, EntityType.ORGANIZATION)
_PAIRS = frozenset({"couple", "pair", "family"})


def gapped_releases(ctx: ArticleContext, mentions: list[EventMention]) -> list[EventMention]:
    """Each release with gapped parts after its object is followed by one release a part
    (see the module); the first keeps only what its own part names."""
    out: list[EventMention] = []
    for m in mentions:
        cue = ctx.cue_token(m) if m.type == EventType.RELEASE and m.by else None
        first, parts = _gapped_parts(ctx, cue) if cue is not None else (None, [])
        if not parts:
            out.append(m)
            continue
        given = {p for part in parts for p in part[3]}
        own = tuple(p for p in m.persons if p not in given)
        # the number the whole phrase was read to give counts the later parts too: the
        # verb's own object's number, else the people it names
        count = first if first is not None else len(own) or None
        out.append(replace(m, persons=own, count=count, count_named=first is None and bool(own)))
        for side, start, people, _, number in parts:
            out.append(replace(
                m, id=derived_id(m.id, start), by=side, to=None, persons=people,
                count=(number if number != -1 else None) if number is not None else (
                    len(people) or None),
                count_named=number is None and bool(people), targets=(), link=None))
    return out


# (side, where the part starts, its people, the names they were read under, its number)
_Part = tuple[str, int, tuple[str, ...], tuple[str, ...], int | None]


def _gapped_parts(ctx: ArticleContext, cue: Token) -> tuple[int | None, list[_Part]]:
    """The number the verb's own object gives, and the gapped parts after it (number -1 for
    "the B brothers": more than named)."""
    let_go = cue.lemma_.lower() == "go" and any(  # "let go 15 prisoners and Y one"
        c.dep_ == "aux" and c.lemma_.lower() == "let" for c in cue.children)
    if cue.pos_ != "VERB" or not (cue.lemma_.lower() in lx.RELEASE_VERBS or let_go):
        return None, []
    obj = next((c for c in cue.children if c.dep_ == "dobj" or (
        let_go and c.dep_ == "npadvmod" and c.ent_type_ not in ("DATE", "TIME"))), None)
    if obj is None:
        return None, []
    sent = cue.sent
    end = next((t.i for t in sent if t.i > obj.i and (
        t.text == ";" or t.pos_ in ("VERB", "AUX"))), sent.end)
    parts = _split(sent.doc[obj.left_edge.i:end])
    out: list[_Part] = []
    for part in parts[1:]:
        if part[0].lower_ == "the" and len(part) > 1:
            part = part[1:]  # "the United States the two men"
        side = ctx.names.at(part[0])
        if side is None or len(part) < 2 or part[0].tag_ == "JJ" or country_of_demonym(
                part[0].text):
            continue  # (not "Xian and Yian captives": a nationality, no one freeing)
        if side.type == EntityType.PERSON:  # "Yland A B": the tagger took the state into the
            state = country_named(part[0].text)  # name
            if state is None or len(side.text.split()) < 3:
                continue
            name = side.text.split(maxsplit=1)[1]
            out.append((part[0].text, part[0].idx, (name,), (side.text,), None))
            continue
        if side.type not in _SIDES:
            continue
        rest = [t for t in part if ctx.names.at(t) is not side]
        if not rest:
            continue
        people = tuple(people_named(rest, ctx.names))
        number = _number(rest)
        if number is None and any(t.tag_ == "NNS" or t.lemma_.lower() in _PAIRS for t in rest):
            number = -1  # "the B brothers", "the C couple": more than the names, no number
        if people or number is not None:
            out.append((side.text, part[0].idx, people, people, number))
    return (_number(parts[0]) if out else None), out


def _number(tokens: list[Token]) -> int | None:
    """The first number the tokens give ("two Yians", "four")."""
    return next((n for t in tokens if t.like_num for n in (number_of(t),) if n is not None),
                None)


def _split(span: Span) -> list[list[Token]]:
    """The span cut at commas and "and" (", and" once)."""
    parts: list[list[Token]] = [[]]
    for t in span:
        if t.text == "," or t.lower_ == "and":
            if parts[-1]:
                parts.append([])
            continue
        parts[-1].append(t)
    return [p for p in parts if p]
