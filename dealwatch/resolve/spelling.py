"""Spelling disagreements: outlets that wrote one person's or organisation's name differently.

Spellings are grouped by what tells them apart. For a person that is the first given name and
the surname, romanized, without accents, case or hyphens: "Karl Fenner" and "Carl Venner"
disagree, "Recep Tayyip Erdogan" and "Recep Erdogan" (a name left out) or "Lukashénka" and
"Lukashenka" (an accent) do not. A lone surname or given name that one of the full spellings
has is no spelling of its own ("Fenner" for "Karl Fenner"); one that none has is
("Iarvenko" where the full names say "Yarvenko"). For an organisation the distinguishing
words count, legal forms set aside ("Norvalt Air OJSC" is "Norvalt Air"), and a short form
whose words all appear in a longer one ("Red Cross", "Treasury") agrees with it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from unidecode import unidecode

from dealwatch.model import Conflict, ConflictValue, EntityType, Spelling
from dealwatch.resolve.keys import translit_key
from dealwatch.resolve.org import match_org, org_tokens
from dealwatch.resolve.person import strip_titles

CANON_RULE = "most documents, then the longest full form"

_Key = tuple[str, ...]


def _fold(text: str) -> str:
    return unidecode(text).casefold().replace("-", " ").replace(".", " ")


def person_key(text: str) -> _Key:
    """(first given name, surname) for a full name; (surname,) for a lone one. A hyphenated
    or particle surname ("al-Ansari", "Khosravi-Roodsari") is judged by its last word."""
    words = [w for w in (_fold(t).split() for t in strip_titles(text).split()) if w]
    if len(words) >= 2:
        return words[0][0], words[-1][-1]
    return (words[0][-1],) if words else ()


def is_name(text: str) -> bool:
    """A proper name, not a description ("the state airline", "national carrier") that an
    article used for the same organisation: descriptions are no spelling."""
    words = text.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return any(w[:1].isupper() or w[:1].isdigit() for w in words)


def _person_groups(spellings: Iterable[Spelling]) -> dict[_Key, list[Spelling]]:
    groups: dict[_Key, list[Spelling]] = defaultdict(list)
    lone: list[Spelling] = []
    for s in spellings:
        key = person_key(s.text)
        if len(key) >= 2:
            groups[key].append(s)
        elif key:
            lone.append(s)
    parts = {p for key in groups for p in key}
    keys = {translit_key(p): p for p in parts}
    for s in lone:
        (word,) = person_key(s.text)
        if not parts:
            groups[(word,)].append(s)
        elif word not in parts and translit_key(word) in keys:
            # another romanization of a part of the full names ("Iarvenko"); a word that is
            # no variant of any part (a nickname) is left alone rather than called a spelling
            groups[(word,)].append(s)
    return groups


def _org_groups(spellings: Iterable[Spelling]) -> dict[_Key, list[Spelling]]:
    """Spellings by their distinguishing words, keeping only the groups that are variants of
    another group (paired word for word, a typo apart): a short form ("Red Cross"), an acronym
    or a description merged into the name is another way to call it, not another spelling."""
    groups: dict[_Key, list[Spelling]] = defaultdict(list)
    for s in spellings:
        # word order is no spelling: "State Department" / "Department of State"
        groups[tuple(sorted(org_tokens(s.text)))].append(s)
    keys = sorted(groups)
    variant: set[_Key] = set()
    for n, a in enumerate(keys):
        for b in keys[n + 1:]:
            if match_org(" ".join(a), " ".join(b))[0] > 0:
                variant |= {a, b}
    return {k: g for k, g in groups.items() if k in variant}


def _represent(group: list[Spelling]) -> Spelling:
    """The group's spelling most documents used, then the longest."""
    return max(group, key=lambda s: (len(s.documents), len(s.text), s.text))


def spelling_conflict(subject: str, name: str, etype: EntityType,
                      spellings: Iterable[Spelling]) -> Conflict | None:
    """The ``name`` conflict of one person or organisation: each spelling that differs, with
    the documents that used it, and the canonical name with the rule that chose it."""
    if etype not in (EntityType.PERSON, EntityType.ORGANIZATION):
        return None
    spellings = list(spellings)
    names = [s for s in spellings if is_name(s.text)] if len(spellings) >= 2 else []
    if len(names) < 2:  # one spelling disagrees with none
        return None
    if etype == EntityType.PERSON:
        groups = _person_groups(names)
    elif etype == EntityType.ORGANIZATION:
        groups = _org_groups(names)
    else:
        return None
    if len(groups) < 2:
        return None
    # one article spelling a name two ways disagrees with itself: reported too
    docs = {k: frozenset(d for s in g for d in s.documents) for k, g in groups.items()}
    values = tuple(sorted(
        (ConflictValue(_represent(g).text, tuple(sorted(docs[k]))) for k, g in groups.items()),
        key=lambda v: (-len(v.documents), v.value)))
    about = f"spelling of {name} (the canonical name: {CANON_RULE})"
    return Conflict("name", values, subject, about)
