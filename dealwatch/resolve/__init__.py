"""Resolve: name mentions in, entities out — merged across spellings, with recorded decisions.

Within an article a surname ("Smith") joins the nearest full name before it, and a lone given
name the one person who has it. Across articles people are merged by the ``dw-person-3``
matcher (``person.py``: aligned name parts, transliteration keys, given-name equivalents) and
organisations by ``dw-org-1`` (``org.py``: legal forms folded). People who share only a
surname or only a given name are never merged, a merged group is checked pairwise so no chain
joins two people, a lone name joins a person only when no other person it could be is named
half as often, and an organisation never joins a person. Every cross-article merge is a
``Decision`` with a score and its reasons; user decisions (``merge`` / ``split``) override them.
The canonical name is the spelling most documents used, then the longest full form; spellings
that differ between outlets are reported as a ``name`` conflict with each spelling's documents.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dealwatch.extract.lexicon import JOINED_HEADS, KIN_ROLES, SOLE_OFFICES, head_offices
from dealwatch.forked import Forked
from dealwatch.model import (
    Decision,
    Entity,
    EntityType,
    Extraction,
    NameMention,
)
from dealwatch.places import country_for_actor
from dealwatch.resolve.blocks import head_dropped, is_acronym, org_candidates
from dealwatch.resolve.blocks import of_tail as _of_tail
from dealwatch.resolve.blocks import org_keys as _org_keys
from dealwatch.resolve.entities import build_entities, canonical_country
from dealwatch.resolve.keys import norm, translit_key
from dealwatch.resolve.org import MATCHER as ORG_MATCHER
from dealwatch.resolve.org import match_org, org_tokens
from dealwatch.resolve.people import FullNames, PersonBlocks
from dealwatch.resolve.person import MATCHER, match_person
from dealwatch.resolve.retype import people_taken_for_bodies
from dealwatch.unionfind import UnionFind

COVER_MATCHER = "article-says"  # an article's identity statement: "A said he was X"
LONE_PEOPLE = 8  # a lone name matching more people than this is a common word: left apart
FORK_ORGS = 2000  # organisation names from which their pairs are sought on another core

__all__ = ["MATCHER", "EntityIndex", "Sides", "_of_tail", "_org_keys", "match_person", "norm",
           "resolve", "translit_key"]


@dataclass
class _Cluster:
    type: EntityType
    mentions: list[NameMention] = field(default_factory=list)

    def full_names(self) -> list[str]:
        """The full names, true names before the cover names an article gave for them."""
        full = [m.text for m in self.mentions if len(m.text.split()) >= 2]
        covers = self.covers()
        return [t for t in full if t not in covers] or full

    def covers(self) -> set[str]:
        return {m.text for m in self.mentions if m.alias_of}

    def rep(self) -> str:
        if len(self.mentions) == 1:  # most clusters: what follows gives its text
            return self.mentions[0].text
        full = self.full_names()
        return Counter(full).most_common(1)[0][0] if full else self.mentions[0].text


@dataclass
class EntityIndex:
    """The entities, and for each (document, surface form) the entity it names."""

    entities: list[Entity]
    index: dict[tuple[str, str], str]  # (document, surface text) -> entity name
    decisions: list[Decision]

    def canonical(self, document: str, surface: str | None) -> str | None:
        if surface is None:
            return None
        return self.index.get((document, surface)) or self.index.get(("*", norm(surface))) or (
            surface
        )


def _doc_clusters(mentions: list[NameMention]) -> list[_Cluster]:
    """Clusters inside one document: exact names, and surnames joined to their full names."""
    by_key: dict[tuple[EntityType, str], _Cluster] = {}
    shorts: list[NameMention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type == EntityType.COUNTRY:
            key = canonical_country(m) or norm(m.text)
            by_key.setdefault((m.type, key), _Cluster(m.type)).mentions.append(m)
        elif m.type == EntityType.PERSON and len(m.text.split()) == 1:
            shorts.append(m)
        else:
            by_key.setdefault((m.type, norm(m.text)), _Cluster(m.type)).mentions.append(m)
    people = _FullNameIndex([c for (t, _), c in by_key.items() if t == EntityType.PERSON]
                            if shorts else [], shorts)
    for m in shorts:
        target = people.surname_owner(m) or people.given_name_owner(m)
        if target is None:
            by_key.setdefault((m.type, norm(m.text)), _Cluster(m.type)).mentions.append(m)
        else:
            target.mentions.append(m)
    _bodies_by_head(by_key)
    for m in mentions:  # "A said he was X": the cover name A is X
        if not m.alias_of:
            continue
        cover = by_key.get((m.type, norm(m.text)))
        true = by_key.get((m.type, norm(m.alias_of)))
        if cover is not None and true is not None and cover is not true:
            true.mentions.extend(cover.mentions)
            del by_key[(m.type, norm(m.text))]
    return list(by_key.values())


def _bodies_by_head(by_key: dict[tuple[EntityType, str], _Cluster]) -> None:
    """ "the Sun and Moon Liberation Front ... the Front": in one article a body called
    by its name's head word alone ("Front", "Movement") is the one body of the article whose
    name has that word."""
    orgs = [(k, c) for (t, k), c in by_key.items() if t == EntityType.ORGANIZATION]
    for key, short in orgs:
        if " " in key or key not in JOINED_HEADS:
            continue
        owners = [c for k, c in orgs if c is not short and " " in k and key in k.split()]
        if len(owners) == 1:
            owners[0].mentions.extend(short.mentions)
            del by_key[(EntityType.ORGANIZATION, key)]


def _cover_decisions(extractions: list[Extraction]) -> list[Decision]:
    """An article's word that a cover name is a true name, as a recorded decision."""
    return [Decision(m.text, m.alias_of, True, 1.0,
                     (f"article {ex.document} gives {m.alias_of} as the true name",),
                     "auto", COVER_MATCHER)
            for ex in extractions for m in ex.names if m.alias_of]


class _FullNameIndex:
    """The full-name people of one article by their last and their first word (lower case),
    so a lone name finds its owner without scanning every person."""

    def __init__(self, people: list[_Cluster], lone: Iterable[NameMention] = ()) -> None:
        self.by_last: dict[str, list[tuple[int, _Cluster]]] = defaultdict(list)
        self.by_first: dict[str, list[_Cluster]] = defaultdict(list)
        self.lone: dict[str, list[int]] = defaultdict(list)  # where each lone name stands
        for m in lone:
            self.lone[m.text.lower()].append(m.start)
        for c in people:
            for full in c.mentions:
                words = full.text.split()
                if len(words) >= 2:
                    self.by_last[words[-1].lower()].append((full.start, c))
                    if not any(o is c for o in self.by_first[words[0].lower()]):
                        self.by_first[words[0].lower()].append(c)

    def surname_owner(self, m: NameMention) -> _Cluster | None:
        """The full-name cluster a lone surname refers to: the nearest one named before it;
        but a leader whose name puts the family name first ("leader Park Jin Ho") is the one
        a lone "Park" means, beside a freed "Tony Park" (news gives a leader the lone name)."""
        leaders = [c for c in self.by_first.get(m.text.lower(), ()) if _leads(c)]
        if len(leaders) == 1 and self.by_last.get(m.text.lower()):
            return leaders[0]
        key = m.text.lower()
        kin = {id(c) for _, c in self.by_last.get(key, ()) if _kin_only(c)}
        if kin and len({id(c) for _, c in self.by_last[key]} - kin) == 1:
            # "A Berg was freed ... His mother, Lea Berg, thanked ... Berg, 52, ...": a relative
            # named as such takes no lone surname from the one the story is about
            return next(c for _, c in self.by_last[key] if id(c) not in kin)
        best = self._nearest(key, m.start)
        if best is None:
            return None
        start, owner = best
        if start > m.start or m.start - start <= _NEAR:
            return owner
        # "The court tried Kask ... a letter came from his sister, Liisa Kask ... (paragraphs
        # later) Xland would hand over Kask": the lone name had its owner before the
        # namesake came in, and keeps it away from where she is named
        introduced = min(at for at, c in self.by_last[key] if c is owner)
        used = [at for at in self.lone.get(key, ()) if at < introduced]
        if used:
            before = self._nearest(key, max(used))
            if before is not None and before[0] <= max(used):
                return before[1]
        return owner

    def _nearest(self, key: str, at: int) -> tuple[int, _Cluster] | None:
        """The full name of that last word named nearest before ``at`` (or first after it,
        when none is before), with where it stands."""
        best: tuple[int, int, _Cluster] | None = None
        for start, c in self.by_last.get(key, ()):
            distance = at - start if start <= at else 10**9 + start
            if best is None or distance < best[0]:
                best = (distance, start, c)
        return (best[1], best[2]) if best else None

    def given_name_owner(self, m: NameMention) -> _Cluster | None:
        """The one full-name person of the article whose given name a lone name is ("Trevor"
        for Trevor Reed); None when two people share it."""
        owners = self.by_first.get(m.text.lower(), ())
        return owners[0] if len(owners) == 1 else None


# How far (in characters, about a paragraph) a namesake named just before a lone surname is
# the one it means, whoever had the surname before.
_NEAR = 400

_LEADING = SOLE_OFFICES | {"leader"}  # a state's head, or a movement's or party's leader


def _kin_only(c: _Cluster) -> bool:
    """Every full-name mention of the person names them as someone's kin ("his mother, A")."""
    fulls = [m for m in c.mentions if len(m.text.split()) >= 2]
    return bool(fulls) and all(any(r in KIN_ROLES for r in m.roles) for m in fulls)


def _leads(c: _Cluster) -> bool:
    """A person the article names with the office of a state's head ("Northland leader",
    "President")."""
    words = {w.lower() for m in c.mentions for r in m.roles for w in r.split()}
    return bool(head_offices(words, _LEADING))


def resolve(extractions: Iterable[Extraction], user: Iterable[Decision] = ()) -> EntityIndex:
    """Merge the name mentions of every article into entities."""
    clusters: list[_Cluster] = []
    extractions = list(extractions)
    for ex in extractions:
        clusters.extend(_doc_clusters(list(ex.names)))
    clusters = people_taken_for_bodies(clusters)
    reps = [c.rep() for c in clusters]  # clusters are complete: each one's name, once
    uf = UnionFind(len(clusters))
    decisions: list[Decision] = _cover_decisions(extractions)
    blocked = _user_blocks(clusters, user)
    _merge_exact(clusters, reps, uf, blocked)
    # people never join an organisation: the organisations' candidate pairs are found on
    # the other core, if there are many, while people are merged
    orgs = _org_names(clusters, reps, uf, blocked)
    pairs = Forked(lambda: sorted(org_candidates(orgs)), fork=len(orgs) >= FORK_ORGS)
    decisions.extend(_merge_people(clusters, reps, uf, blocked))
    decisions.extend(_merge_orgs(reps, uf, blocked, pairs.result()))
    decisions.extend(_apply_user_merges(clusters, uf, user))
    groups: dict[int, list[_Cluster]] = defaultdict(list)
    for i, c in enumerate(clusters):
        groups[uf.find(i)].append(c)
    entities, index = build_entities(
        (group[0].type, [m for c in group for m in c.mentions]) for group in groups.values())
    return EntityIndex(entities, index, decisions)


def _key_of(c: _Cluster, rep: str) -> tuple[EntityType, str]:
    if c.type == EntityType.COUNTRY:
        return c.type, canonical_country(c.mentions[0]) or norm(c.mentions[0].text)
    return c.type, norm(rep)


def _merge_exact(clusters: list[_Cluster], reps: list[str], uf: UnionFind,
                 blocked: set[frozenset[int]]) -> None:
    first: dict[tuple[EntityType, str], int] = {}
    for i, c in enumerate(clusters):
        # a cover name one article gives a true name for is the same person in the others
        for key in (_key_of(c, reps[i]), *((c.type, norm(t)) for t in sorted(c.covers()))):
            if key in first and not (blocked and frozenset((first[key], i)) in blocked):
                uf.union(i, first[key])
            else:
                first.setdefault(key, i)


def _merge_people(clusters: list[_Cluster], reps: list[str], uf: UnionFind,
                  blocked: set[frozenset[int]]) -> list[Decision]:
    """Cross-article person merges by the transliteration-aware matcher, in the order of the
    candidate pairs (``people.py``: the pairs left out could never merge)."""
    # One cluster per exact name (they are joined already and say the same), and each
    # group's full names kept as groups join: the pairs and the checks grow with the number
    # of distinct names, not of mentions.
    members: dict[int, list[int]] = defaultdict(list)
    for k in range(len(clusters)):
        members[uf.find(k)].append(k)
    people = sorted(group[0] for group in members.values()
                    if clusters[group[0]].type == EntityType.PERSON)
    blocks = PersonBlocks({i: reps[i] for i in people})
    groups = FullNames({uf.find(i): {reps[k] for k in members[uf.find(i)]} for i in people},
                       blocks.could_match, blocks.tier)
    out: list[Decision] = []
    lone: dict[int, list[tuple[int, int]]] = defaultdict(list)  # one-word name: its pairs
    for i, j in sorted(blocks.candidates()):
        one_i, one_j = len(reps[i].split()) == 1, len(reps[j].split()) == 1
        if one_i != one_j:  # a lone name and a full name: once the full names are joined
            lone[i if one_i else j].append((i, j))
            continue
        _join_people(i, j, reps, uf, blocked, blocks, groups, out)
    by_root: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i in sorted(lone):
        by_root[uf.find(i)].extend(lone[i])
    if by_root:
        docs: dict[int, set[str]] = defaultdict(set)  # each person's documents
        for k, c in enumerate(clusters):
            if c.type == EntityType.PERSON:
                docs[uf.find(k)].add(c.mentions[0].document)
        for pairs in by_root.values():
            _join_lone_name(pairs, reps, uf, blocked, blocks, groups, out, docs)
    return out


def _join_people(i: int, j: int, reps: list[str], uf: UnionFind,
                 blocked: set[frozenset[int]], blocks: PersonBlocks, groups: FullNames,
                 out: list[Decision]) -> bool:
    """Join the groups of names i and j if the matcher scores them and every two full
    names of the two groups match; a decision for it in ``out``."""
    root_i, root_j = uf.find(i), uf.find(j)
    if root_i == root_j or blocked and frozenset((i, j)) in blocked:
        return False
    a, b = reps[i], reps[j]
    score, reasons = match_person(a, b, blocks.tier)
    groups.record(a, b, score)
    if score > 0 and groups.compatible(root_i, root_j):
        uf.union(i, j)
        groups.join(root_i, root_j, uf.find(i))
        out.append(Decision(a, b, True, score, reasons, "auto", MATCHER))
        return True
    return False


def _join_lone_name(pairs: list[tuple[int, int]], reps: list[str], uf: UnionFind,
                    blocked: set[frozenset[int]], blocks: PersonBlocks, groups: FullNames,
                    out: list[Decision], docs: dict[int, set[str]]) -> None:
    """A lone name ("Tesker", in an article that never names him in full) joins the person
    whose full name it matches when that person is the only one, or is named by at least
    twice as many documents as the others together (a story's "Varn" is the Ilse Varn of
    four articles, not her brother of one). Otherwise it stays apart: a surname two people
    of the store share alike, or a word the tagger took for a name ("Haben") that ends the
    full names of many. ``pairs``: the candidate pairs of one group of lone names with full
    names, in order; scored until more than ``LONE_PEOPLE`` people match."""
    matched: dict[int, tuple[int, int]] = {}  # the full name's group -> its first pair
    for i, j in pairs:
        full = j if len(reps[i].split()) == 1 else i
        root = uf.find(full)
        if root in matched or blocked and frozenset((i, j)) in blocked:
            continue
        score, _ = match_person(reps[i], reps[j], blocks.tier)
        groups.record(reps[i], reps[j], score)
        if score > 0:
            matched[root] = (i, j)
            if len(matched) > LONE_PEOPLE:
                return
    if not matched:
        return
    best = max(matched, key=lambda r: len(docs[r]))
    others = sum(len(docs[r]) for r in matched if r != best)
    if len(docs[best]) >= 2 * others:
        i, j = matched[best]
        lone = uf.find(j if best == uf.find(i) else i)
        if _join_people(i, j, reps, uf, blocked, blocks, groups, out):
            docs[uf.find(i)] = docs[best] | docs[lone]


def _org_names(clusters: list[_Cluster], reps: list[str], uf: UnionFind,
               blocked: set[frozenset[int]]) -> dict[int, str]:
    """The organisation clusters to compare, with their names: clusters already joined
    that show the same name compare alike, so the first of them stands for all (unless the
    user split some pairs: then each stands for itself)."""
    first: dict[tuple[int, str] | int, int] = {}
    for i, c in enumerate(clusters):
        if c.type == EntityType.ORGANIZATION:
            first.setdefault((uf.find(i), reps[i]) if not blocked else i, i)
    return {i: reps[i] for i in first.values()}


def _merge_orgs(reps: list[str], uf: UnionFind, blocked: set[frozenset[int]],
                pairs: list[tuple[int, int]]) -> list[Decision]:
    """Organisation names that differ only in legal form or spelling ("Norvalt Air OJSC").

    The same merges, in the same order, as comparing every pair of organisation clusters
    (``_org_names``): only the pairs ``org_candidates`` gives can match at all
    (``blocks.py``)."""
    out = []
    # a name without its kind word joins its one owner only ("Vark" is neither of "Vark
    # Front" and "Vark Army"); an acronym the one name it is the initials of ("EU",
    # "European Union"; "PA" is neither of two bodies it could stand for)
    joined = _sole_owners(pairs, reps, head_dropped)
    acronyms = _sole_owners(pairs, reps, is_acronym)
    for i, j in pairs:
        if uf.find(i) == uf.find(j) or blocked and frozenset((i, j)) in blocked:
            continue
        a, b = reps[i], reps[j]
        score, reasons = match_org(a, b)
        if score == 0 and (_of_tail(a, b) or _of_tail(b, a)):
            score, reasons = 0.8, (f"short form: {a} / {b}",)
        elif score == 0 and frozenset((i, j)) in joined:
            score, reasons = 0.8, (f"short form without the kind of body: {a} / {b}",)
        elif score == 0 and frozenset((i, j)) in acronyms:
            score, reasons = 0.8, (f"acronym: {a} / {b}",)
        if score > 0 and norm(a) != norm(b):
            uf.union(i, j)
            out.append(Decision(a, b, True, score, reasons, "auto", ORG_MATCHER))
    return out


def _sole_owners(pairs: list[tuple[int, int]], reps: list[str],
                 short_of: Callable[[str, str], bool]) -> set[frozenset[int]]:
    """The pairs whose one name is a short form (``short_of(short, full)``) of the other,
    kept where the short form has that one owner among the pairs."""
    shorts = [(s, f) for i, j in pairs for s, f in ((i, j), (j, i))
              if short_of(reps[s], reps[f])]
    owners: dict[int, set[tuple[str, ...]]] = defaultdict(set)  # one owner however spelt
    for s, f in shorts:  # ("Várk X Movement" and "Vark X Movement")
        owners[s].add(org_tokens(reps[f]))
    return {frozenset(p) for p in shorts if len(owners[p[0]]) == 1}


def _find_cluster(clusters: list[_Cluster], name: str) -> list[int]:
    key = norm(name)
    return [i for i, c in enumerate(clusters) if any(norm(m.text) == key for m in c.mentions)]


def _user_blocks(clusters: list[_Cluster], user: Iterable[Decision]) -> set[frozenset[int]]:
    out: set[frozenset[int]] = set()
    for d in user:
        if not d.same:
            for i in _find_cluster(clusters, d.left):
                for j in _find_cluster(clusters, d.right):
                    out.add(frozenset((i, j)))
    return out


def _apply_user_merges(clusters: list[_Cluster], uf: UnionFind,
                       user: Iterable[Decision]) -> list[Decision]:
    out = []
    for d in user:
        if d.same:
            left, right = _find_cluster(clusters, d.left), _find_cluster(clusters, d.right)
            for i in left:
                for j in right:
                    uf.union(i, j)
            out.append(d)
    return out


class Sides:
    """Which country a name acts for."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities = {e.name: e for e in entities}

    def of(self, name: str | None) -> str | None:
        """The side of a name: itself for a country, else the entity's nationality."""
        if name is None:
            return None
        ent = self.entities.get(name)
        if ent is None:
            return country_for_actor(name) or name
        if ent.type == EntityType.COUNTRY:
            return ent.name
        return ent.country or country_for_actor(ent.name) or ent.name
