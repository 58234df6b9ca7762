"""What sanctions hit and whose they are: "on Belarusian banks and potash", "Norvalt
sanctions", "US sanctions"."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract.args import names_in, prep_objects
from dealwatch.extract.money_cues import PRIVILEGE_NOUNS
from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType
from dealwatch.places import country_named, country_of_demonym


def targets_of(sanctions: Token | None, cue: Token, names: DocNames) -> list[str]:
    """What the sanctions hit: "on Belarusian banks and potash", "Norvalt sanctions"."""
    out: dict[str, None] = {}
    roots: list[Token] = []
    for holder in (sanctions, cue):
        if holder is None:
            continue
        roots.extend(prep_objects(holder, ("on", "against", "targeting", "over", "for")))
    if sanctions is not None and cue.lemma_.lower() in ("sanction", "blacklist", "designate"):
        roots.append(sanctions)  # "Ostrelmar has been sanctioned": the subject is the target
    for root in roots:
        if root.ent_type_ in ("DATE", "TIME"):
            continue  # "on Sunday" says when, not whom
        text = _target_text(root, names)
        if text:
            out.setdefault(text, None)
    if sanctions is not None:
        for child in sanctions.children:
            m = names.at(child)
            if child.dep_ == "compound" and m and m.type == EntityType.ORGANIZATION:
                out.setdefault(m.text, None)
            if child.dep_ == "poss" and m and m.type in (EntityType.COUNTRY,
                                                         EntityType.ORGANIZATION) and (
                    sanctions.lemma_.lower() in PRIVILEGE_NOUNS):
                out.setdefault(m.text, None)  # "restored Xland's trade privileges" (not
                # "Xland's sanctions", which are Xland's own)
    return list(out)


def _target_text(root: Token, names: DocNames) -> str:
    """A target's name: the name itself, a name in its phrase, an appositive, else the words."""
    target_types = (EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.PLACE)
    named = names.at(root)
    if named is not None and named.type in target_types:
        return named.text
    skip = {t.i for c in root.children if c.dep_ in ("appos", "relcl", "acl", "conj", "prep")
            for t in c.subtree}
    own = [t for t in root.subtree if t.i not in skip and t.dep_ not in ("amod", "poss")]
    inside = names_in(own, names, target_types)
    if inside:
        return inside[0]  # "the potash producer Kaliy Dravonia"; not "Belarusian banks"
    appositives = [c for c in root.children if c.dep_ == "appos"]
    for appos in appositives:
        m = names.at(appos)
        if m is not None:
            return m.text
    if appositives and root.pos_ == "NOUN":
        return _phrase_without_conj(appositives[0])  # "the key export product - potash"
    return _phrase_without_conj(root)


def _phrase_without_conj(tok: Token) -> str:
    words = [t for t in tok.subtree
             if t.i <= tok.i and t.dep_ not in ("det", "punct", "poss", "case")]
    return " ".join(t.text for t in words[-4:])


def sanctioning_country(sanctions: Token | None, names: DocNames) -> str | None:
    """The country named on the sanctions themselves: "US sanctions", "American sanctions"."""
    if sanctions is None:
        return None
    for child in sanctions.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss"):
            text = child.text
            if country_named(text) or country_of_demonym(text):
                m = names.at(child)
                return m.text if m else text
    return None
