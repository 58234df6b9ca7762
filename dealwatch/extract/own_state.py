"""The state a speaker's "government" is: "A said his government would free 30 prisoners".

A body named by a pronoun ("his government", "our administration") or by "the" alone is the
government of the one who says it, when the article gives that person a state ("Chile's
foreign minister, A"). Any other body ("the Peruvian government") is read elsewhere. When
the article gives the speaker no state but the office of a state's head ("President A
announced that his government would free three"), the government's act is told as the
head's: the document stage and the ledger read whose head A is."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract.args import actor_token, reporter
from dealwatch.extract.coref import Coref
from dealwatch.extract.lexicon import head_offices
from dealwatch.extract.names import DocNames
from dealwatch.model import NameMention
from dealwatch.places import country_named, country_of_demonym

_BODIES = frozenset({"government", "administration", "authorities", "cabinet", "regime"})
_OWN = frozenset({"his", "her", "their", "our", "its", "the"})


def speakers_state(cue: Token, names: DocNames, coref: Coref) -> str | None:
    """The state of the speaker whose "government" acts in the cue's clause (see the
    module); None when the actor is anything else or the speaker has no state."""
    found = actor_token(cue, names, coref)
    if found is None or found.lemma_.lower() not in _BODIES or names.at(found) is not None:
        return None
    mods = [c for c in found.children if c.dep_ in ("poss", "det", "amod", "compound")]
    if len(mods) != 1 or mods[0].lower_ not in _OWN:
        return None  # "the Peruvian government", "Peru's government": named elsewhere
    speaker = reporter(cue, names, coref)
    if speaker is None:
        return None
    if country_named(speaker):  # "Chile's foreign minister said his government ...": the
        return country_named(speaker)  # speaker is read as the state he speaks for
    told = [m for m in names.mentions if m.text == speaker]
    states = _person_states(told)
    if len(states) == 1:
        return states.pop()
    heads = any(head_offices({w.lower() for r in m.roles for w in r.split()}) for m in told)
    return speaker if not states and heads else None


def person_state(name: str, names: DocNames) -> str | None:
    """The one state a person's mentions give by nationality or role ("Chile's foreign
    minister, A", "the Peruvian president A"); None with none or two."""
    states = _person_states([m for m in names.mentions if m.text == name])
    return states.pop() if len(states) == 1 else None


def _person_states(told: list[NameMention]) -> set[str]:
    """The states a person's mentions give."""
    return {s for m in told for s in _states(m)}


def _states(m: NameMention) -> set[str]:
    """The state a person's nationality or roles give ("Peruvian President", "Chile's
    foreign minister")."""
    if m.country:
        return {m.country}
    return {c for r in m.roles for w in r.split()
            for c in (country_named(w) or country_of_demonym(w),) if c}
