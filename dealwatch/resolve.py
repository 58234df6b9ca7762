"""Resolve: name mentions in, entities out — merged across spellings, with recorded decisions.

Within an article a surname ("Smith") joins the full name it abbreviates. Across articles two
full names are the same person when their given names are compatible (equal, equivalent such
as Sergei / Siarhei, an initial, or absent) and their surnames share a transliteration key
closely enough. People who share only a surname or only a given name are never merged, and an
organisation never joins a person. Every cross-article merge is a ``Decision`` with a score and
its reasons; user decisions (``merge`` / ``split``) override them.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz.distance import JaroWinkler
from unidecode import unidecode

from dealwatch.model import (
    Conflict,
    ConflictValue,
    Decision,
    Entity,
    EntityType,
    Extraction,
    NameMention,
    Spelling,
)
from dealwatch.places import (
    country_for_actor,
    country_named,
    country_of_capital,
    country_of_demonym,
)

MATCHER = "dw-person-1"
SURNAME_THRESHOLD = 0.88
GIVEN_THRESHOLD = 0.9

# Given names that romanize differently (Russian, Belarusian, Ukrainian, English forms).
_GIVEN_GROUPS = [
    "alexander aleksandr alyaksandr aliaksandr oleksandr alexandr aleksander",
    "alexei aleksei alexey aleksey aliaksei oleksiy oleksii alyaksei",
    "sergei sergey siarhei syarhei serhiy serhii sergiy",
    "svetlana sviatlana sviatlana svitlana",
    "elena yelena alena alyona olena helena jelena",
    "maria mariya maryia mariia marya",
    "dmitry dmitri dzmitry dmytro dmitriy",
    "andrei andrey andrii andriy andrew andrzej",
    "vladimir uladzimir volodymyr wladimir",
    "yevgeny evgeny evgeniy yauhen yevhen eugene",
    "mikhail mikhail mikhas mykhailo michael",
    "nikolai nikolay mikalai mykola nicholas",
    "pavel paval pavlo paul",
    "yuri yury yuriy yurii iurii",
    "konstantin kanstantsin kostiantyn constantine",
    "ksenia xenia kseniya oksana",
    "viktor victor wiktor",
    "natalia natalya nataliya natallia",
    "olga volha olha",
    "tatiana tatsiana tetiana tatyana",
    "ekaterina yekaterina katsiaryna kateryna catherine",
    "maxim maksim maksym",
    "grigory ryhor hryhoriy gregory",
    "vitaly vitali vital vitaliy",
    "igor ihar ihor",
    "anastasia anastasiya nastassia",
    "arthur artur",
    "mark marc marek",
    "steve steven stephen",
    "mohammed muhammad mohamed mohammad",
    "yevgenia evgenia yauheniya",
    "ales alies",
    "john jon",
    "yegor yahor egor georgy heorhiy",
]
_GIVEN: dict[str, int] = {n: i for i, g in enumerate(_GIVEN_GROUPS) for n in g.split()}
_FEMALE_END = re.compile(r"(aya|aja|ava|ova|eva|ina|yna|ska|skaya|aite|ene|yte)$")
_MALE_END = re.compile(r"(ski|sky|skiy|skyi|ov|ev|in|ynas|as|is|us|uk|ik|ich|ko|ka)$")
_TITLES = re.compile(
    r"^(mr|mrs|ms|dr|president|prime minister|minister|secretary|sen|rep|gen|col|sir|"
    r"sheikh|king|queen|prince|pope|judge|envoy|ambassador)\.?\s+",
    re.IGNORECASE,
)


def translit_key(word: str) -> str:
    """A spelling-insensitive key for a name romanized from Cyrillic or another script."""
    s = re.sub(r"[^a-z]", "", unidecode(word).lower())
    for a, b in (("ou", "ov"), ("au", "av"), ("shch", "s"), ("sch", "s"), ("kh", "h"),
                 ("zh", "z"), ("sh", "s"), ("ch", "c"), ("ts", "z"), ("tz", "z"), ("cz", "z"),
                 ("ck", "k"), ("ph", "f"), ("x", "ks"), ("w", "v"), ("f", "v"), ("q", "k"),
                 ("j", "i"), ("y", "i"), ("c", "k")):
        s = s.replace(a, b)
    for a, b in (("ia", "a"), ("ie", "e"), ("io", "o"), ("iu", "u")):
        s = s.replace(a, b)
    s = s.replace("o", "a").replace("e", "i")
    s = s[:1] + s[1:].replace("h", "")
    s = re.sub(r"(.)\1+", r"\1", s)
    return s.rstrip("aeiu") or s


def _skeleton(key: str) -> str:
    return re.sub(r"[aeiou]", "", key)


def name_parts(name: str) -> tuple[str, str]:
    """(given names, surname) of a person's name; the given part may be empty."""
    name = _TITLES.sub("", name.strip())
    tokens = [t for t in re.split(r"\s+", name) if t]
    if not tokens:
        return "", ""
    if len(tokens) == 1:
        return "", tokens[0]
    return " ".join(tokens[:-1]), tokens[-1]


def _gender(surname: str) -> str | None:
    low = unidecode(surname).lower()
    if _FEMALE_END.search(low):
        return "f"
    if _MALE_END.search(low):
        return "m"
    return None


def given_compatible(a: str, b: str) -> tuple[bool, str]:
    """Whether two given-name strings can belong to one person, and why."""
    fa = [t.strip(".").lower() for t in a.split() if t.strip(".")]
    fb = [t.strip(".").lower() for t in b.split() if t.strip(".")]
    if not fa or not fb:
        return True, "a given name is missing"
    x, y = unidecode(fa[0]), unidecode(fb[0])
    if x == y:
        return True, "same given name"
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0], "initial"
    if x in _GIVEN and _GIVEN.get(x) == _GIVEN.get(y):
        return True, f"equivalent given names {fa[0]}/{fb[0]}"
    sim = JaroWinkler.similarity(translit_key(x), translit_key(y))
    return sim >= GIVEN_THRESHOLD, f"given-name key similarity {sim:.2f}"


def match_person(a: str, b: str) -> tuple[float, tuple[str, ...]]:
    """Score two person names (0..1) with the reasons; 0 means never the same person."""
    ga, sa = name_parts(a)
    gb, sb = name_parts(b)
    if not sa or not sb:
        return 0.0, ("no surname",)
    ok, why = given_compatible(ga, gb)
    if not ok:
        return 0.0, (f"different given names ({why})",)
    middle_a, middle_b = ga.split()[1:], gb.split()[1:]
    if middle_a and middle_b and not given_compatible(middle_a[0], middle_b[0])[0]:
        return 0.0, ("different middle names or patronymics",)
    gender_a, gender_b = _gender(sa), _gender(sb)
    if gender_a and gender_b and gender_a != gender_b:
        return 0.0, ("surname forms of different genders",)
    ka, kb = translit_key(sa), translit_key(sb)
    sim = JaroWinkler.similarity(ka, kb)
    if sa.lower() == sb.lower() or ka == kb:
        sim = 1.0
    elif min(len(ka), len(kb)) < 5:
        sim = min(sim, SURNAME_THRESHOLD - 0.01)  # short keys must agree exactly: Kerry/Kirby
    reasons: tuple[str, ...] = (why, f"surname key {ka}~{kb} similarity {sim:.2f}")
    if sim < SURNAME_THRESHOLD and len(ka) >= 5 and _skeleton(ka) == _skeleton(kb):
        sim = SURNAME_THRESHOLD  # vowels romanize most freely: Bialiatski / Beliatski
        reasons = (*reasons, f"same consonant skeleton {_skeleton(ka)}")
    if sim < SURNAME_THRESHOLD:
        return 0.0, reasons
    return round(0.5 + sim / 2 if ga and gb else sim * 0.9, 3), reasons


def norm(text: str) -> str:
    return " ".join(unidecode(text).casefold().replace(".", " ").replace("-", " ").split())


def _canonical_country(m: NameMention) -> str | None:
    return country_named(m.text) or country_of_demonym(m.text)


@dataclass
class _Cluster:
    type: EntityType
    mentions: list[NameMention] = field(default_factory=list)

    def full_names(self) -> list[str]:
        return [m.text for m in self.mentions if len(m.text.split()) >= 2]

    def rep(self) -> str:
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


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


def _doc_clusters(mentions: list[NameMention]) -> list[_Cluster]:
    """Clusters inside one document: exact names, and surnames joined to their full names."""
    by_key: dict[tuple[EntityType, str], _Cluster] = {}
    shorts: list[NameMention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type == EntityType.COUNTRY:
            key = _canonical_country(m) or norm(m.text)
            by_key.setdefault((m.type, key), _Cluster(m.type)).mentions.append(m)
        elif m.type == EntityType.PERSON and len(m.text.split()) == 1:
            shorts.append(m)
        else:
            by_key.setdefault((m.type, norm(m.text)), _Cluster(m.type)).mentions.append(m)
    people = [c for (t, _), c in by_key.items() if t == EntityType.PERSON]
    for m in shorts:
        target = _surname_owner(m, people)
        if target is None:
            by_key.setdefault((m.type, norm(m.text)), _Cluster(m.type)).mentions.append(m)
        else:
            target.mentions.append(m)
    return list(by_key.values())


def _surname_owner(m: NameMention, people: list[_Cluster]) -> _Cluster | None:
    """The full-name cluster a lone surname refers to: the nearest one named before it."""
    best: tuple[int, _Cluster] | None = None
    for c in people:
        for full in c.mentions:
            if len(full.text.split()) < 2 or full.text.split()[-1].lower() != m.text.lower():
                continue
            distance = m.start - full.start if full.start <= m.start else 10**9 + full.start
            if best is None or distance < best[0]:
                best = (distance, c)
    return best[1] if best else None


def resolve(extractions: Iterable[Extraction], user: Iterable[Decision] = ()) -> EntityIndex:
    """Merge the name mentions of every article into entities."""
    clusters: list[_Cluster] = []
    for ex in extractions:
        clusters.extend(_doc_clusters(list(ex.names)))
    uf = _UnionFind()
    decisions: list[Decision] = []
    blocked = _user_blocks(clusters, user)
    _merge_exact(clusters, uf, blocked)
    decisions.extend(_merge_people(clusters, uf, blocked))
    decisions.extend(_apply_user_merges(clusters, uf, user))
    groups: dict[int, list[_Cluster]] = defaultdict(list)
    for i, c in enumerate(clusters):
        groups[uf.find(i)].append(c)
    entities, index = _build_entities(list(groups.values()))
    return EntityIndex(entities, index, decisions)


def _key_of(c: _Cluster) -> tuple[EntityType, str]:
    if c.type == EntityType.COUNTRY:
        return c.type, _canonical_country(c.mentions[0]) or norm(c.mentions[0].text)
    return c.type, norm(c.rep())


def _merge_exact(clusters: list[_Cluster], uf: _UnionFind, blocked: set[frozenset[int]]) -> None:
    first: dict[tuple[EntityType, str], int] = {}
    for i, c in enumerate(clusters):
        key = _key_of(c)
        if key in first and frozenset((first[key], i)) not in blocked:
            uf.union(i, first[key])
        else:
            first.setdefault(key, i)


def _merge_people(clusters: list[_Cluster], uf: _UnionFind,
                  blocked: set[frozenset[int]]) -> list[Decision]:
    """Cross-article person merges by the transliteration-aware matcher."""
    # One cluster per exact name (they are joined already and say the same), and each
    # group's members kept as groups join: the pairs and the checks grow with the number
    # of distinct names, not of mentions.
    members: dict[int, list[int]] = defaultdict(list)
    for k in range(len(clusters)):
        members[uf.find(k)].append(k)
    people = sorted(group[0] for group in members.values()
                    if clusters[group[0]].type == EntityType.PERSON)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i in people:
        key = translit_key(name_parts(clusters[i].rep())[1])
        blocks["head:" + key[:2]].append(i)  # two blocking keys, so "Ts-" meets "T-"
        blocks["tail:" + key[-3:]].append(i)
    pairs = sorted({(i, j) for members in blocks.values()
                    for n, i in enumerate(members) for j in members[n + 1:]})
    out = []
    if pairs:
        for i, j in pairs:
            if uf.find(i) == uf.find(j) or frozenset((i, j)) in blocked:
                continue
            a, b = clusters[i].rep(), clusters[j].rep()
            if len(a.split()) == 1 and len(b.split()) == 1 and a.lower() != b.lower():
                continue
            score, reasons = match_person(a, b)
            if score > 0 and _no_conflicting_given(clusters, members, uf, i, j):
                joined = members.pop(uf.find(i)) + members.pop(uf.find(j))
                uf.union(i, j)
                members[uf.find(i)] = joined
                out.append(Decision(a, b, True, score, reasons, "auto", MATCHER))
    return out


def _no_conflicting_given(clusters: list[_Cluster], members: dict[int, list[int]],
                          uf: _UnionFind, i: int, j: int) -> bool:
    """A lone surname must not join two people with different given names."""
    names = list(dict.fromkeys(clusters[k].rep()
                               for k in (*members[uf.find(i)], *members[uf.find(j)])))
    fulls = [n for n in names if len(n.split()) >= 2]
    return all(given_compatible(name_parts(a)[0], name_parts(b)[0])[0]
               for a in fulls for b in fulls)


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


def _apply_user_merges(clusters: list[_Cluster], uf: _UnionFind,
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


def _canonical_name(group: list[_Cluster]) -> str:
    """Most documents first, then the longest full form."""
    etype = group[0].type
    mentions = [m for c in group for m in c.mentions]
    if etype == EntityType.COUNTRY:
        for m in mentions:
            found = _canonical_country(m)
            if found:
                return found
    docs: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        docs[m.text].add(m.document)
    full = [t for t in docs if len(t.split()) >= 2] or list(docs)
    return max(full, key=lambda t: (len(docs[t]), len(t), t))


def _build_entities(
    groups: list[list[_Cluster]],
) -> tuple[list[Entity], dict[tuple[str, str], str]]:
    entities: list[Entity] = []
    index: dict[tuple[str, str], str] = {}
    for group in groups:
        etype = group[0].type
        mentions = [m for c in group for m in c.mentions]
        name = _canonical_name(group)
        spell: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            spell[m.text].add(m.document)
            index[(m.document, m.text)] = name
        spellings = tuple(Spelling(t, tuple(sorted(d))) for t, d in sorted(spell.items()))
        roles = tuple(dict.fromkeys(r for m in mentions for r in m.roles))
        countries = Counter(m.country for m in mentions if m.country)
        ent_id = "ent-" + hashlib.sha1(f"{etype.value}:{name}".encode()).hexdigest()[:10]
        entities.append(Entity(
            id=ent_id, name=name, type=etype,
            aliases=tuple(sorted(spell)),
            spellings=spellings,
            roles=roles[:12],
            country=countries.most_common(1)[0][0] if countries else (
                country_of_capital(name) if etype == EntityType.PLACE else None),
            conflicts=_spelling_conflicts(ent_id, name, etype, spellings),
            documents=tuple(sorted({m.document for m in mentions})),
        ))
    entities.sort(key=lambda e: (e.type.value, e.name))
    return entities, index


def _spelling_conflicts(ent_id: str, name: str, etype: EntityType,
                        spellings: tuple[Spelling, ...]) -> tuple[Conflict, ...]:
    """Outlets spell one person's full name differently: each spelling with its documents."""
    if etype != EntityType.PERSON:
        return ()
    full = [s for s in spellings if len(s.text.split()) >= 2]
    forms: dict[tuple[str, str], list[Spelling]] = defaultdict(list)
    for s in full:
        given, surname = name_parts(s.text)
        first = unidecode(given.split()[0]).lower() if given else ""
        forms[(first, unidecode(surname).lower())].append(s)
    if len(forms) < 2:
        return ()
    values = tuple(
        ConflictValue(group[0].text, tuple(sorted({d for s in group for d in s.documents})))
        for group in forms.values()
    )
    return (Conflict("name", values, ent_id, f"spelling of {name}"),)


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
