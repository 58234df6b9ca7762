"""Bodies that act for a state, read from the words that name them.

"The Kremlin", "the US Treasury", "Iran's foreign ministry", "Egyptian intelligence" and
"Belarusian authorities" all act for a state: a seat of government stands for its state, an
agency's name may fix its state, and a generic body ("the foreign ministry") takes the state
its modifiers name. The Red Cross hands people over for others, and a newspaper reports: they
are never a side. The words come from ``data/state_bodies.json`` (general knowledge).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dealwatch.extract.names import DocNames
from dealwatch.model import EntityType, NameMention
from dealwatch.places import country_for_actor, country_of_capital
from dealwatch.state_bodies import key, table

# Modifiers that belong to the name of a body: "the Russian Foreign Ministry", "Iran's".
_MODIFIERS = ("compound", "amod", "poss", "nmod")
_SKIP = ("det", "punct", "case", "predet")
_LONGEST = 4  # words in the longest name of the table


@dataclass(frozen=True)
class Reading:
    """What a phrase says of who acts: the state it names, and what kind of actor it is."""

    country: str | None = None  # the state the words name ("Iran's foreign ministry": Iran)
    body: bool = False  # a state, a seat of government or a state body
    not_side: bool = False  # an intermediary or a news outlet


def grams(words: list[str], around: int | None = None) -> list[str]:
    """The phrases of up to four words, longest first (those holding word ``around`` only)."""
    out = []
    for n in range(min(_LONGEST, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            if around is None or i <= around < i + n:
                out.append(" ".join(words[i:i + n]))
    return out


def read_words(words: list[str], head: int | None = None) -> Reading:
    """A phrase given as words (``head``: the index of its head word, if known)."""
    t = table()
    phrases = grams(words)
    near = grams(words, head) if head is not None else phrases
    if any(p in t.intermediaries for p in phrases):
        return Reading(not_side=True)
    if words and head is not None and words[head] in t.outlet_words:
        return Reading(not_side=True)  # "state television", "the Washington Post"
    country = next((t.seats[p] for p in phrases if p in t.seats), None)
    fixed = next((p for p in phrases if p in t.agencies), None)
    if fixed is not None:
        country = country or t.agencies[fixed]
    own = next((c for c in map(country_for_actor, near) if c), None)  # "Minsk", "Iran"
    country = country or own or next((c for c in map(country_for_actor, phrases) if c), None)
    body = own is not None or fixed is not None or any(
        p in t.seats or p in t.bodies for p in near)
    return Reading(country=country, body=body)


# A state's governing bodies told by where they sit: "the government in X", "the
# authorities in X" act for X's state (not "officials in X": a foreign mission's may).
_SEATED = frozenset({"government", "authority", "regime", "leadership", "junta"})


def phrase_tokens(tok: Token) -> list[Token]:
    """A noun and the words that name it with it: modifiers before it, an "of" phrase after
    (and an "in" phrase after a governing body)."""
    inside = {tok.i}
    seated = tok.lemma_.lower() in _SEATED
    for child in tok.children:
        if child.dep_ in _MODIFIERS and child.i < tok.i:
            inside.update(t.i for t in child.subtree)
        if child.dep_ == "prep" and child.lower_ == "of":
            inside.update(t.i for t in child.subtree)
    doc = tok.doc
    after = doc[tok.i + 1] if seated and tok.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "in" and after.dep_ == "prep":
        inside.update(t.i for t in after.subtree)  # wherever the parse hangs "in X"
    return [doc[i] for i in sorted(inside) if doc[i].dep_ not in _SKIP or i == tok.i][:12]


def read_phrase(tok: Token, names: DocNames) -> Reading:
    """Who a noun phrase names as an actor: "the Kremlin", "Belarusian authorities"."""
    toks = [t for t in phrase_tokens(tok) if key(t.text)]
    head = next((n for n, t in enumerate(toks) if t.i == tok.i), None)
    found = read_words([key(t.text) for t in toks], head)
    if found.country == "India" and not _names_india(tok.doc):
        return Reading()  # "an Indian community", "Indian peasants" in a story of the
        # Americas: the continent's first peoples, not India's
    if found.country is not None or found.not_side:
        return found
    for t in toks:  # a name the table does not know: "Dravonia", its capital
        m = names.at(t)
        if m is not None and m.type == EntityType.COUNTRY:
            return Reading(country=country_for_actor(m.text) or m.text,
                           body=found.body or t.i == tok.i)
        if m is not None and m.type == EntityType.PLACE and country_of_capital(m.text):
            return Reading(country=country_of_capital(m.text), body=found.body or t.i == tok.i)
    return found


_INDIA = re.compile(r"\b(?:India|New Delhi|Delhi|Mumbai|Kashmir)\b")


def _names_india(doc: Doc) -> bool:
    """The article names India or one of its cities (read once per article)."""
    seen = doc.user_data.get("dw_names_india")
    if seen is None:
        seen = doc.user_data["dw_names_india"] = bool(_INDIA.search(doc.text))
    return bool(seen)


def read_name(text: str) -> Reading:
    """Who a name names as an actor: "US Treasury", "Kremlin", "Minsk", "Azerbaijani"."""
    words = key(text).replace("'s", " 's").split()
    own = country_for_actor(text)
    if own is not None:
        return Reading(country=own, body=True)
    return read_words(words, len(words) - 1 if words else None)


def body_named_before(tok: Token, names: DocNames) -> str | None:
    """ "the government", told after "the government of X" (or "X's government", "the Xian
    government") and no other state's: X's."""
    lemma = tok.lemma_.lower()
    found = {read_phrase(t, names).country for t in tok.doc[:tok.i]
             if t.lemma_.lower() == lemma} - {None}
    return found.pop() if len(found) == 1 else None


def state_just_before(tok: Token, names: DocNames) -> str | None:
    """ "Xtown protested at once. On Monday the interior ministry said ...": a body told with no
    state, in a sentence opening the way the one before named a state as its subject, is
    that state's (the sentence before in its paragraph, whose main subject is the state or
    its seat)."""
    sent = tok.sent
    if sent.start == 0:
        return None
    before = tok.doc[sent.start - 1].sent
    if "\n" in tok.doc[before.end - 1:sent.start + 1].text_with_ws.strip(" "):
        return None  # another paragraph
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    m = names.at(subject) if subject is not None else None
    if m is None or m.type not in (EntityType.COUNTRY, EntityType.PLACE):
        return None
    return country_for_actor(m.text)


# Bands named by what they do ("Xian pirates"): a band, whatever its people's state.
_DOERS = frozenset({"pirate", "hijacker", "kidnapper", "gunmen", "gunman", "bandit"})


def groups_named_before(names: DocNames, start: int) -> list[NameMention]:
    """The organisations named before a character offset that can act as a side: no state
    body, go-between or outlet (what "the movement" or "the kidnappers" may stand for)."""
    out = []
    for m in names.mentions:
        if m.start >= start or m.type != EntityType.ORGANIZATION:
            continue
        reading = read_name(m.text)
        band = m.text.split()[-1].lower().rstrip("s") in _DOERS  # "Xian pirates": a band
        if not (reading.body and not insurgents(m.text) or reading.not_side or (
                reading.country and not band)):
            out.append(m)
    return out


# Words that make a name with a body's word in it an armed group's: "the Vark Liberation
# Army", "the Red Army Faction", "the People's Revolutionary Army" (a state's army is named
# with its state: "the Xian army").
_INSURGENT_WORDS = frozenset({"liberation", "revolutionary", "resistance", "rebel", "red",
                              "popular", "people's", "guerrilla", "insurgent", "salvation",
                              "front"})


def insurgents(name: str) -> bool:
    """A name an armed group bears ("the Vark Liberation Army", "the Red Front")."""
    return any(w in _INSURGENT_WORDS for w in name.lower().split())


def one_body(a: str, b: str) -> bool:
    """Two names of one body as an article writes them: the same, or one the initials of the
    other's words ("VLF" for "Vark Liberation Front", "and"/"of"/"the" left out)."""
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    letters = "".join(w[0] for w in long.split() if w[:1].isupper())
    return short.isupper() and short.isalpha() and short == letters
