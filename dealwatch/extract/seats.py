"""A state's body told by where it sits: "authorities in Xland", "a court in Xland".

A reader takes "authorities in Xland freed A" as Xland freeing A, as much as "Xland's
authorities" or "Xlandish authorities" (read where a name modifies its noun, in
``args.name_of``). Only bodies that belong to the state they sit in: an embassy or a
delegation in Xland is another state's.
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType, NameMention

_SEATED = frozenset({"authority", "authorities", "government", "administration", "court",
                     "judge", "prosecutor", "prosecutors", "police", "official", "officials",
                     "regime", "jailer", "jailers", "prison"})


def seated_in(tok: Token, names: DocNames) -> NameMention | None:
    """The country a state body is said to sit "in" right after its noun, or None."""
    if tok.lemma_.lower() not in _SEATED and tok.lower_ not in _SEATED:
        return None
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i != tok.i + 1:
            continue
        for place in prep.children:
            found = names.at(place) if place.dep_ == "pobj" else None
            if found is not None and found.type == EntityType.COUNTRY:
                return found
    return None
