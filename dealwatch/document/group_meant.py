"""Which named group a common noun or a pronoun stands for: "the movement", "the guerrilla
group", "the committee" (the last word of "the X Strike Committee"), "they" in the rebels'
words, and "it" carried from sentence to sentence back to where the group is named."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.document.bodies import groups_named_before, insurgents, one_body
from dealwatch.extract.args import reporting_subjects
from dealwatch.extract.bands import BAND_NOUNS
from dealwatch.extract.names import DocNames
from dealwatch.extract.text import doc_text

# What a text calls an armed group or movement it has named: "the movement", "the militants".
_MOVEMENT_NOUNS = frozenset({"movement", "group", "militant", "insurgent", "rebel", "guerrilla",
                             "faction", "organisation", "organization"}) | BAND_NOUNS


# Nouns that tell an armed group by itself: "the rebels", "the militants".
_ARMED_NOUNS = frozenset({"militant", "insurgent", "rebel", "guerrilla"})
# What makes a group an armed one, as "the guerrilla group" tells it.
_ARMED_KINDS = frozenset({"guerrilla", "rebel", "armed", "militant", "insurgent", "jihadist",
                          "separatist"})


def group_meant(names: DocNames, tok: Token | None) -> str | None:
    """ "The Xians freed A on Saturday. ... The movement had demanded ...": the one
    organisation named before that acts as a side (no state body, intermediary or outlet)."""
    if tok is not None and tok.pos_ == "PRON" and tok.lower_ in ("they", "it"):
        # "the rebels said they would free him": the rebels' word, whoever they are
        tok = next(iter(reporting_subjects(tok)), None) or _told_before(tok)
    headed = _named_by_its_head(names, tok)
    if headed is not None:
        return headed
    if tok is None or tok.lemma_.lower() not in _MOVEMENT_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
            (c.dep_ in ("compound", "amod", "poss") or c.dep_ == "appos" and c.pos_ == "PROPN")
            and c.lower_ not in _ARMED_KINDS for c in tok.children):
        return None  # "the group" alone, not "the rights group" or "the group X" (but "the
        # guerrilla group", "the armed group")
    kept = _groups_before(names, tok.idx)
    armed = {n for n in kept if insurgents(n)} or _told_armed(names, tok, kept)
    if len(kept) > 1 and len(armed) == 1 and (  # "the guerrilla group", with a football club
            tok.lemma_.lower() in _ARMED_NOUNS or any(  # named before it
                c.lower_ in _ARMED_KINDS for c in tok.children)):
        return armed.pop()
    if len(kept) == 1 and not armed and tok.lemma_.lower() in _ARMED_NOUNS and (
            next(iter(kept)).split()[-1].lower() in _CIVIL_HEADS):
        return None  # "the rebels" are not the governing party named before them
    return kept.pop() if len(kept) == 1 else None


# The last word of a body's name that says it bears no arms: "the Christian Democratic Party".
_CIVIL_HEADS = frozenset({"party", "church", "union", "council", "committee", "university",
                          "association", "federation", "cross", "crescent", "commission"})


def _groups_before(names: DocNames, start: int) -> set[str]:
    """The organisations named before an offset that can act as a side, each once: a name
    ending in another's words is that one with a word before it ("Delta Vestan Front")."""
    found = {m.text for m in groups_named_before(names, start)}
    return {n for n in found if not any(o != n and n.endswith(" " + o) for o in found)}


def _told_armed(names: DocNames, tok: Token, kept: set[str]) -> set[str]:
    """The groups the article tells as armed where it names them ("Yian VLA rebels", "the
    rebel VLA", "the guerrilla group VLA", "a commander of the VLA"), whatever their names
    say."""
    out: set[str] = set()
    doc = tok.doc
    for m in names.mentions:
        if m.text not in kept:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if root.dep_ == "appos":  # "commanders of the Vark Front, the VLF"
            root = root.head
        head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else (
            root.head if root.dep_ in ("compound", "appos") else None)
        if head is not None and (head.lemma_.lower() in _ARMED_NOUNS | _ARMED_RANKS or any(
                c.lower_ in _ARMED_KINDS for c in head.children)) or any(
                c.dep_ in ("amod", "compound") and c.lower_ in _ARMED_KINDS
                for c in root.children):
            out.add(m.text)
    return out


# The men of an armed group by rank or role: "a commander of the VLA", "VLA fighters".
_ARMED_RANKS = frozenset({"commander", "fighter", "gunman", "guerrilla", "combatant"})
# Words for an armed group's men told without its name: "leftist guerrillas freed ...".
_UNNAMED_ARMED = _ARMED_NOUNS | {"kidnapper", "captor", "abductor", "hijacker"}


def armed_of_the_article(names: DocNames, tok: Token | None) -> str | None:
    """ "Leftist guerrillas on Thursday released A", "the rebels, for their part, freed B":
    fighters told without a name are the one group the article, anywhere in it, tells as
    armed, by its name ("the Vark Liberation Front") or by how it tells it ("VLA
    guerrillas", "a commander of the VLA"); with none or two, no one."""
    if tok is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in _UNNAMED_ARMED or any(
            c.dep_ in ("compound", "poss", "appos", "nmod") or names.at(c) is not None
            for c in tok.children):
        return None
    kept = _groups_before(names, len(doc_text(tok.doc)) + 1)
    armed = {n for n in kept if insurgents(n)} | _told_armed(names, tok, kept)
    if not armed or not all(one_body(a, b) for a in armed for b in armed):
        return None  # (its initials and its name are one group: "the VLF", "Vark Liberation
    return min(armed, key=len)  # Front")


def _told_before(pronoun: Token) -> Token | None:
    """ "The guerrilla group listed ... Under those conditions, it said, ... It asked for
    ...": the subject a run of sentences keeps as "it", back to where it is named (three
    sentences at most)."""
    doc = pronoun.doc
    sent = pronoun.sent
    for _ in range(3):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        subjects = [t for t in sent if t.dep_ == "nsubj"
                    and t.head.dep_ in ("ROOT", "ccomp", "parataxis")]
        named = [t for t in subjects if t.pos_ != "PRON"]
        if any(t.lower_ == pronoun.lower_ for t in subjects) and not named[:1]:
            continue
        return named[0] if named and named[0].head.i == sent.root.i else None
    return None


def _named_by_its_head(names: DocNames, tok: Token | None) -> str | None:
    """ "The Vark Strike Committee met officials ... the committee's 21 demands": a body told
    again by the last word of its name, with "the", is the one organisation named before
    whose name ends in that word."""
    if tok is None or tok.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
            c.dep_ in ("compound", "amod", "appos", "poss") for c in tok.children):
        return None
    found = {m.text for m in groups_named_before(names, tok.idx)
             if len(m.text.split()) >= 2 and m.text.split()[-1].lower() == tok.lower_}
    return found.pop() if len(found) == 1 else None
