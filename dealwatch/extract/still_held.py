"""Where people moved stay held: a move told as a release that frees no one.

"Moved from prison to house arrest", "transferred to another vehicle", "taken to a hotel
under guard": out of a cell, still held. A move told again with no place of its own ("Among
those transferred were A and B") is the move the sentence before told, and frees no one if
that move did not.
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import children_of
from dealwatch.extract.text import sentence_before

# (not "custody": "into the custody of" a go-between is a release)
_STILL_HELD_AT = frozenset({"arrest", "guard", "detention"})
# Where people moved stay held (not "custody": "released into US custody" is a handover).
_PRISONS = (lx.PRISON_NOUNS - {"custody", "captivity"}) | {"colony", "camp", "facility"}


# Where captors move the held: "transferred to another vehicle", "moved to a safe house".
_VEHICLES = frozenset({"vehicle", "car", "van", "truck", "lorry", "jeep", "boat"})
_HIDING_PLACES = frozenset({"house", "location", "place", "hideout", "building", "room"})


def still_held_after(verb: Token) -> bool:
    """People moved "to house arrest", "to a hotel under guard", "into detention", "to a
    penal colony", or sent home "with an electronic tag": out of a prison, still held."""
    if any(t.dep_ == "pobj" and t.head.lower_ == "with" and _tagged(t) for t in verb.subtree):
        return True  # "sent back to his flat with an electronic tag fitted"
    for prep in _places_told(verb):
        if prep.lower_ not in ("to", "into", "under"):
            continue
        for obj in children_of(prep, "pobj"):
            if prep.lower_ != "under" and obj.lemma_.lower() in _PRISONS | {"control"}:
                return True  # ("returned to Xian control": a place handed over, no one freed)
            if verb.lemma_.lower() in ("transfer", "move") and (
                    obj.lemma_.lower() in _VEHICLES or any(
                        c.lower_ in ("another", "a", "an") for c in obj.children)
                    and obj.lemma_.lower() in _HIDING_PLACES):
                return True  # "was transferred to another vehicle", "moved to a safe house"
            if obj.lemma_.lower() in _STILL_HELD_AT and (prep.lower_ == "under" or any(
                    c.lower_ == "house" for c in obj.children) or obj.lemma_ != "arrest"):
                return True
            if any(p.lower_ == "under" and any(o.lemma_.lower() in _STILL_HELD_AT
                                               for o in children_of(p, "pobj"))
                   for p in children_of(obj, "prep")):
                return True  # "to a hotel under guard"
    return False


# What the held wear at home: "an electronic tag", "an ankle monitor".
_TAGS = frozenset({"tag", "monitor", "bracelet", "tracker"})


def _tagged(obj: Token) -> bool:
    return obj.lemma_.lower() in _TAGS and any(
        c.lower_ in ("electronic", "ankle", "gps") for c in obj.children)


_MOVING = frozenset({"transfer", "move"})


def _places_told(verb: Token) -> list[Token]:
    """The verb's prepositions; for a move, also those the parser hangs on a clause about
    whom it moves ("transferred the five it was holding from X to house arrest")."""
    preps = children_of(verb, "prep")
    if verb.lemma_.lower() in _MOVING:
        preps += [p for o in children_of(verb, "dobj", "nsubjpass")
                  for clause in children_of(o, "relcl", "acl") for p in children_of(clause, "prep")]
    return preps


def moved_as_told_before(verb: Token) -> bool:
    """ "X moved four prisoners out of jail and placed them under house arrest. Among those
    transferred were A and B": a move with no place of its own is the one the sentence before
    (in its paragraph) told, and there they are still held."""
    if verb.lemma_.lower() not in _MOVING or any(
            p.lower_ in ("to", "into") for p in _places_told(verb)):
        return False
    before = sentence_before(verb.sent)
    return before is not None and any(
        t.pos_ == "VERB" and still_held_after(t) for t in before)
