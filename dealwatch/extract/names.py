"""Names in one parsed article: people, organisations, countries and places, with roles.

spaCy's small model mislabels many foreign names ("Ilsa Marovka" as ORG, "Norvalt" as GPE).
The fixes here use only general knowledge: a list of given names, role words next to the
name, the countries table, and the other mentions in the same article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dealwatch.extract.bands import BAND_NOUNS, band_mentions, doer_mentions
from dealwatch.extract.descriptors import descriptor_mentions, kind_words, org_context
from dealwatch.extract.given import given_names
from dealwatch.extract.governing import governed_state, its_state
from dealwatch.extract.halves import halves_named
from dealwatch.extract.initials import initials_mentions
from dealwatch.extract.joined_names import joined_org_spans
from dealwatch.extract.leading_words import a_day_of_a_month, told_before_a_name
from dealwatch.extract.lexicon import KIN_ROLES, PERSON_TITLES, ROLE_NOUNS
from dealwatch.extract.movements import retype_movements
from dealwatch.extract.parse import (
    first_conjunct,
    line_bounds,
    proper_nouns,
    proper_or_adjectives,
    sentence_of,
)
from dealwatch.extract.roles import (
    Appositive,
    appositives,
    kind_role,
    left_modifiers,
    names_a_person,
    person_roles,
    strip_titles,
    title_role,
)
from dealwatch.extract.sentences import DASHES, DATELINE_TOKENS
from dealwatch.extract.vessels import names_a_vessel
from dealwatch.model import EntityType, NameMention
from dealwatch.places import (
    country_named,
    country_of_capital,
    country_of_demonym,
)

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT"})
ORG_NOUNS = frozenset(
    {"airline", "carrier", "company", "firm", "bank", "group", "agency", "ministry",
     "corporation", "producer", "maker", "conglomerate", "giant", "enterprise", "concern",
     "exporter", "operator", "broadcaster", "newspaper", "outlet", "network", "service",
     "organization", "organisation", "party", "union", "court", "council", "committee"}
)
# The last word of a name that says it is an institution or a place, whatever the NER said:
# "Israel Prison Service", "Supreme National Security Council", "Kelly Field", "Beverly Hills".
INSTITUTION_HEADS = ORG_NOUNS | frozenset(
    {"service", "committee", "council", "brigade", "brigades", "army", "navy", "force",
     "forces", "guard", "center", "centre", "institute", "university", "college", "school",
     "hospital", "air", "airways", "airlines", "cross", "crescent", "foundation", "fund",
     "association", "federation", "league", "club", "team", "game", "games", "times", "post",
     "news", "press", "radio", "television", "tv", "bureau", "office", "department", "prison",
     "ministry", "parliament", "assembly", "commission", "authority", "inc", "ltd", "llc",
     "front", "movement", "alliance"}
)
PLACE_HEADS = frozenset(
    {"hills", "field", "airport", "base", "street", "square", "avenue", "city", "county",
     "island", "islands", "beach", "valley", "crossing", "border", "camp", "bay", "river",
     "mountains", "province", "region", "district", "village", "strip", "bank"}
)
# Common nouns that a place's name modifies: "Pelkovo prison", "the Nakhchivan exclave".
_PLACE_KINDS = PLACE_HEADS | frozenset(
    {"prison", "jail", "colony", "exclave", "enclave", "airport", "checkpoint", "palace",
     "town", "territory", "oblast", "neighbourhood", "neighborhood", "suburb"})
# Words a parse gives to headline fragments and phrases, never to a name.
# ("Trump" itself may be parsed a verb, so verbs are left to the headline test.)
_NOT_NAME_POS = frozenset({"AUX", "ADP", "SCONJ", "DET", "PRON", "CCONJ"})
_LEADING = re.compile(r"^(the|a|an|mr\.?|mrs\.?|ms\.?|dr\.?|pastor|rev\.?|reverend|sgt\.?|"
                      r"sergeant)\s+", re.IGNORECASE)
# A dateline run into the first name of a story: "CARACAS - Venezuela released ..."
_DATELINE = re.compile(r"^[A-Z]{3,}[A-Z'’ ]*(?:,\s*[A-Z][a-z]+\.?\s*\d*\s*)?\s[-–—]{1,2}\s+")


def is_given_name(word: str) -> bool:
    """True when a word is a known first name in any of the languages the table covers."""
    if not word[:1].isupper() or len(word) < 2:
        return False
    if word.lower() in given_names():
        return True
    parts = word.split("-")  # "Jean-Baptiste", "Mary-Jane": two given names joined
    return len(parts) == 2 and all(p[:1].isupper() and p.lower() in given_names() for p in parts)


@dataclass
class DocNames:
    """The names of one article, and which token belongs to which name."""

    mentions: list[NameMention] = field(default_factory=list)
    by_token: dict[int, NameMention] = field(default_factory=dict)

    def add(self, mention: NameMention, start_token: int, end_token: int) -> None:
        self.mentions.append(mention)
        for i in range(start_token, end_token):
            self.by_token[i] = mention

    def at(self, token: Token) -> NameMention | None:
        return self.by_token.get(token.i)

    def retype(self, n: int, etype: EntityType, text: str | None = None) -> None:
        """Mention ``n`` is of another type, and names ``text`` if given (its tokens follow)."""
        m = self.mentions[n]
        fixed = NameMention(m.document, text or m.text, etype, m.start, m.end, m.roles,
                            m.country)
        self.mentions[n] = fixed
        for i, held in list(self.by_token.items()):
            if held is m:
                self.by_token[i] = fixed


def clean_name(text: str) -> str:
    """The name without leading articles, titles, possessive endings or stray spaces."""
    text = re.sub(r"\s+", " ", text.strip().strip("\"“”‘’',;:()-–— "))  # "-- A" of a list
    if text.endswith(".") and text.count(".") == 1:
        text = text[:-1]  # a sentence full stop, not an abbreviation such as "U.S."
    text = re.sub(r"['’]s$", "", text)
    text = re.sub(r"^\d[\d,.]*\s+(?=[A-Z])", "", text)  # "312 Sudmarkers": a count, not the name
    text = _DATELINE.sub("", text)
    while True:
        new = _LEADING.sub("", text)
        if new == text:
            return text
        text = new


_PLACE_PREPS = frozenset({"in", "at", "near", "outside"})


def _type_of(span: Span, text: str, left: list[Token],
             appos: list[Appositive]) -> EntityType | None:
    label = span.label_
    words = text.split()
    if country_named(text) or (country_of_demonym(text) and (
            label == "NORP" or len(words) == 1)):
        return EntityType.COUNTRY  # "Azerbaijani" is a nationality, whatever the NER said
    near = {t.lemma_.lower() for t in left} | {
        c.lemma_.lower() for c in span.root.children if c.dep_ in ("compound", "appos")
    }
    head = span.root.head
    if span.root.dep_ == "appos" and head.i < span.start and head.pos_ == "NOUN":
        near.add(head.lemma_.lower())  # "the state airline Norvalt": Norvalt is the airline
    if near & ORG_NOUNS and (label != "PERSON" or not is_given_name(words[0])):
        return EntityType.ORGANIZATION  # "the potash producer Kaliy Dravonia"
    if span.root.dep_ == "compound" and head.lemma_.lower() in BAND_NOUNS and not (
            is_given_name(words[0]) and len(words) > 1):
        return EntityType.ORGANIZATION  # "the Vark gang": the band's name, not a person's
    if names_a_vessel(span):
        return EntityType.ORGANIZATION  # "the USS Tarn", "the Tarn crew": a ship, its crew
    if label == "NORP":
        return None
    person_cue = bool(near & ROLE_NOUNS) or any(
        a.head.lemma_.lower() in ROLE_NOUNS for a in appos) or _who_clause(span)
    if country_of_capital(text):
        return EntityType.PLACE  # "Abu Dhabi", "Kyiv": capitals, whatever the NER said
    if _names_a_place(span) or label in ("PERSON", "GPE") and _region_of_a_place(span):
        return EntityType.PLACE
    if len(span) == 1 and span.root.lower_.endswith("s") and any(
            c.lower_ == "the" and c.dep_ == "det" for c in span.root.children):
        return EntityType.ORGANIZATION  # "the Redshirts": a movement; a person takes no "the"
    if label == "PERSON" and len(words) == 1 and span.root.dep_ == "pobj" and (
            span.root.head.lower_ in _PLACE_PREPS and span.root.head.head.pos_ == "NOUN"):
        return EntityType.PLACE  # "the court in Varnholm": a noun's place, one word
    if label == "PERSON":
        return EntityType.PERSON
    if label == "GPE" and span.root.dep_ in ("nmod", "compound") and (
            span.root.head.pos_ == "NOUN"):
        return EntityType.PLACE  # "a Santa Clara permanent resident": a place telling of the
        # noun, though its first word is a given name somewhere
    titled = all(w[:1].isupper() for w in words)
    if len(words) == 1 and is_given_name(text) and _listed_with_people(span):
        return EntityType.PERSON  # "the siblings Karim and Leila Haddad"
    if len(words) >= 2 and titled and (is_given_name(words[0]) or _listed_with_people(span)) and (
            not (label == "ORG" and _modifies_a_noun(span[-1]))):
        return EntityType.PERSON  # (not "three Al Vark journalists": a body they work for)
    if person_cue and label in ("ORG", "PRODUCT", "GPE") and all(w[:1].isupper() for w in words):
        return EntityType.PERSON
    if country_of_capital(text) or label in ("GPE", "LOC", "FAC"):
        return EntityType.PLACE
    if label == "ORG":
        return EntityType.ORGANIZATION
    return None  # PRODUCT and the like: decided by the surname pass below


def _who_clause(span: Span) -> bool:
    """ "A B, who had crossed the border": a name of two words or more, with no "the", that a
    who-clause tells of, is someone's (the tagger may call it an organisation)."""
    root = span.root
    return len(span) >= 2 and not any(c.dep_ == "det" for c in root.children) and any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in c.subtree
                                  if w.i < c.i) for c in root.children)


def _region_of_a_place(span: Span) -> bool:
    """A name set after a comma beside the place of an "in" ("abducted in Vorsk, Lamora"): the
    region the place lies in, whatever the tagger called it."""
    root, doc = span.root, span.doc
    head = root.head
    ends = span.end == len(doc) or doc[span.end].is_punct  # (not "in X, A and B talked")
    return (head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS
            and ends and not any(c.dep_ in ("cc", "conj") for c in root.children)
            and head.ent_type_ in ("GPE", "LOC", "FAC", "ORG")  # (a town the tagger may
            and root.dep_ in ("appos", "conj")  # call a body; not "in X - A, B, ...")
            and span.start > 1 and doc[span.start - 1].text == "," and head.i == span.start - 2)


def _names_a_place(span: Span) -> bool:
    """The name modifies a noun for a place, alone or in a list: "Pelkovo prison", "the
    Rafah crossing", "the Damon, Megiddo and Ofer prisons"."""
    first = first_conjunct(span.root)
    head = first.head
    return (first.dep_ in ("compound", "nmod") and head.i >= span.end and not span.text.isupper()
            and head.lemma_.lower() in _PLACE_KINDS)


def _listed_with_people(span: Span) -> bool:
    """The name stands in a list of people ("named them as A, B, Tooraj Faridi and C")."""
    root = span.root
    near = [root.head] if root.dep_ == "conj" else []
    near += [c for c in root.children if c.dep_ == "conj"]
    return any(t.ent_type_ == "PERSON" for t in near)


def person_or_not(span: Span, text: str, appos: list[Appositive]) -> EntityType | None:
    """Check a span typed PERSON: spaCy's small model also calls headline fragments ("Trump
    Admin Pursuing"), products ("Zepbound"), teams and institutions people. Returns the type it
    is (None for no name at all)."""
    words = text.split()
    if text == text.lower():
        return None  # "marijuana": names are capitalized
    last = words[-1].lower().strip(".")
    if len(words) >= 2 and last in INSTITUTION_HEADS and all(
            t.text[:1].isupper() for t in span[-2:]):
        return EntityType.ORGANIZATION  # "the Vark National Liberation Front" ("front" is a
        # stop word to the tagger)
    tokens = [t for t in span if not t.is_punct and t.lower_ not in ("'s", "’s")
              and not (t.i == span.start and t.pos_ == "DET") and not _hyphen_half(t)]
    if any((t.pos_ in _NOT_NAME_POS or t.is_stop) and t.lower_ not in _NAME_PARTICLES
           for t in tokens):
        return None  # a phrase, not a name
    if any(w.lower() in _AIRCRAFT_MAKERS for w in words):
        return None  # "an Ela Marin Boeing": a plane, no one's name
    before = span.doc[max(span.start - 3, 0):span.start].text.lower()
    if re.search(r"(?:code[\s-]?named|dubbed)\s*$", before):
        return None  # "the operation, code-named Vark Tamo": a name given to a thing
    root = span.root
    if root.dep_ in ("compound", "nmod", "amod") and not span.start <= root.head.i < span.end and (
            root.head.lemma_.lower() in _CRAFT):
        return EntityType.ORGANIZATION  # "a Sol Andino jumbo jet": the line that flies it
    if len(words) >= 2 and _headline_case(span) and not is_given_name(words[0]):
        return None  # "Trump Admin Pursuing Deal ...": a headline, capitalized word by word
    if len(words) >= 2 and last in PLACE_HEADS:
        return EntityType.PLACE
    if len(words) == 1:
        if len(text) >= 2 and text.isupper():
            return EntityType.ORGANIZATION  # "WNBA", "CNN": acronyms name organisations
        # judged by the noun heading the apposition, not its first word ("the 22-year-old
        # activist")
        if appos and not any(names_a_person(a.head) for a in appos) and (
                not is_given_name(text)):
            return None  # "Zepbound, a drug that ...": described as a thing
    return EntityType.PERSON


# Makers whose name is the plane's: "an Ela Marin Boeing" (not makers named after people, whose
# names are surnames too: "Antonov", "Tupolev").
_AIRCRAFT_MAKERS = frozenset({"boeing", "airbus", "embraer", "lockheed"})
# Craft a name in front of tells whose they are: "a Sol Andino jet", "a Varna Line ferry".
_CRAFT = frozenset({"jet", "jetliner", "airliner", "plane", "aircraft", "airplane", "flight",
                    "jumbo", "helicopter", "ship", "vessel", "tanker", "ferry", "freighter",
                    "boat", "trawler"})


def _hyphen_half(tok: Token) -> bool:
    """The lower-case half of a hyphenated name word ("in" of "Jae-in"): no word of its own."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.text == "-" and not before.whitespace_ and tok.is_lower


def _headline_case(span: Span) -> bool:
    """The line (or sentence) is capitalized word by word, as headlines are.

    Each sentence and each line is judged once per document, whatever the names in it."""
    doc = span.doc
    seen: dict[tuple[str, int], bool] = doc.user_data.setdefault("dw_headline_case", {})
    sent = sentence_of(span[0])
    if ("sent", sent.start) not in seen:
        seen["sent", sent.start] = _headline_part(sent)
    start, end = line_bounds(doc, span.start_char, span.end_char)
    if ("line", start) not in seen:
        line = doc.char_span(start, end, alignment_mode="contract")
        seen["line", start] = _headline_part(line or sent)
    return seen["sent", sent.start] or seen["line", start]


def _headline_part(part: Span) -> bool:
    # a sentence ending in a full stop is no headline, however many names it lists
    return (_title_cased([t for t in part if t.is_alpha and len(t) > 3])
            and not part.text.rstrip().endswith("."))


def _title_cased(words: list[Token]) -> bool:
    return 4 <= len(words) <= 40 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


_NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "de", "del", "van", "von", "da",
                             "di", "la", "le", "abu", "bint"})


def _mention(doc_id: str, span: Span, etype: EntityType, left: list[Token],
             appos: list[Appositive]) -> NameMention:
    roles: list[str] = []
    if etype == EntityType.PERSON:
        title = title_role(left)
        roles.extend([title] if title else [])
        roles.extend(person_roles(appos))
        head = span.root.head  # "his mother, A": A named as someone's kin
        if span.root.dep_ == "appos" and head.i < span.start and (
                head.lemma_.lower() in KIN_ROLES):
            roles.append(head.lower_)
    else:  # an organisation holds no title: "White House" is a name
        kind = kind_role(left, span)
        roles.extend([kind] if kind else [])
        roles.extend(a.text for a in appos)
    country = None
    for tok in left:
        whole = _place_of(tok)
        if whole is not None and not (country_named(whole) or country_of_demonym(whole)):
            continue  # "former New Mexico Gov. A": a state of a country, not the country
        country = country_of_demonym(tok.text) or country_named(tok.text) or country
    if etype == EntityType.ORGANIZATION and country is None:
        country = governed_state(span)  # "the Movement-run government in Capitol"
    if etype == EntityType.PERSON and country is None and any(
            r.lower().startswith("its ") for r in roles if r):
        country = its_state(span)  # "Xland freed them, saying its leader A had ..."
    return NameMention(
        document=doc_id,
        text=clean_name(span.text),
        type=etype,
        start=span.start_char,
        end=span.end_char,
        roles=tuple(dict.fromkeys(r for r in roles if r)),
        country=country,
    )


def _place_of(tok: Token) -> str | None:
    """The whole place name or nationality of several words the word is part of ("United
    States", "South Korean", "New Mexico"), as the tagger found it; None for a word alone."""
    if tok.ent_iob_ == "O" or tok.ent_type_ not in ("GPE", "LOC", "NORP"):
        return None
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return tok.doc[start:end].text if end - start >= 2 else None


def _demonym_countries(doc: Doc) -> set[str]:
    """Names the article also uses as a nationality ("Dravonia" beside "Dravonian")."""
    adjectives = {t.text for t in proper_or_adjectives(doc) if t.text[:1].isupper()}
    out = set()
    for ent in doc.ents:
        word = ent.text
        if " " in word or not word[:1].isupper():
            continue
        forms = {word + "n", word + "an", word + "ian", word[:-1] + "an", word + "i"}
        if forms & adjectives:
            out.add(word)
    return out


def _split_at_verbs(ent: Span) -> list[Span]:
    """The tagger's name run over a verb in a headline ("as Smith lets Jones ally go"): the
    names on either side of the lower-case verb, each a name of its own."""
    cuts = [t.i for t in ent if t.pos_ in ("VERB", "AUX") and t.text.islower()]
    if not cuts:
        return [ent]
    out: list[Span] = []
    start = ent.start
    for cut in [*cuts, ent.end]:
        if cut > start:
            out.append(Span(ent.doc, start, cut, label=ent.label_))
        start = cut + 1
    return out


def _wire_credit(ent: Span) -> bool:
    """An agency credited in brackets in a dateline ("CITY (Agency) - ..."): the outlet that
    filed the story, no party to it."""
    doc = ent.doc
    return (ent.start > 0 and ent.end + 1 < len(doc) and doc[ent.start - 1].text == "("
            and doc[ent.end].text == ")" and doc[ent.end + 1].text in DASHES
            and ent.start - ent.sent.start < DATELINE_TOKENS)


def _line_label(ent: Span) -> bool:
    """A word that opens a line and ends on a colon labels it ("Explainer: who was freed",
    "Analysis: ..."): no name."""
    doc = ent.doc
    first = ent.start == 0 or "\n" in doc[ent.start - 1].whitespace_ or doc[ent.start - 1].is_space
    return first and len(ent) == 1 and ent.end < len(doc) and doc[ent.end].text == ":"


def find_names(doc: Doc, doc_id: str) -> DocNames:
    """Every name mention in a parsed article, typed and with its roles."""
    names = DocNames()
    own_countries = _demonym_countries(doc)
    pending: list[Span] = []
    orgs: list[tuple[NameMention, set[str], set[str]]] = []
    joined = joined_org_spans(doc)
    cut = {i for span in joined for i in range(span.start, span.end)}
    ents = sorted([*joined, *(p for e in doc.ents if not cut.intersection(range(e.start, e.end))
                              for p in _split_at_verbs(e))], key=lambda e: e.start)
    for ent in ents:
        if ent.label_ not in NAME_LABELS or _line_label(ent) or _wire_credit(ent):
            continue
        stripped = strip_titles(ent)
        if stripped is None:
            pending.append(ent)  # a title and nothing else: "Vice President", "Justice"
            continue
        span = _nationality_told(stripped)
        if span.label_ == "PERSON" or (span.label_ in ("ORG", "PRODUCT")
                                       and is_given_name(span[0].text)
                                       and not _modifies_a_noun(span[-1])) or (
                span.label_ == "GPE" and len(span) == 1 and _unnamed(span[0])):
            span = _whole_person(span)
        if any(i in names.by_token for i in range(span.start, span.end)):
            continue  # the rest of a name cut in pieces, already read whole
        text = clean_name(span.text)
        if not text or not any(ch.isalpha() for ch in text) or _modifier_words(span, text):
            continue
        left = left_modifiers(span)
        appos = appositives(span)
        etype = _type_of(span, text, left, appos)
        if etype == EntityType.PERSON:
            etype = person_or_not(span, text, appos)
        if text in own_countries and ent.label_ in ("GPE", "ORG", "NORP", "PERSON"):
            etype = EntityType.COUNTRY
        if etype is None:
            pending.append(span)
            continue
        if etype == EntityType.PERSON and len(span) > 1 and told_before_a_name(span[0]):
            span = Span(span.doc, span.start + 1, span.end, label="PERSON")  # "12 March X",
            # "in Oslo X": the day or the place, then the name
        mention = _mention(doc_id, span, etype, left, appos)
        names.add(mention, span.start, span.end)
        if etype == EntityType.ORGANIZATION:
            orgs.append((mention, *kind_words(org_context(span, left))))
    retype_movements(doc, names)
    _add_surname_mentions(doc, doc_id, names, pending)
    _add_unlabelled_people(doc, doc_id, names)
    _add_untagged_countries(doc, doc_id, names)
    for mention, start, end in descriptor_mentions(doc, doc_id, orgs, set(names.by_token)):
        names.add(mention, start, end)
    for mention, start, end in band_mentions(doc, doc_id, set(names.by_token)):
        names.add(mention, start, end)
    for mention, start, end in doer_mentions(doc, doc_id, set(names.by_token)):
        names.add(mention, start, end)
    for mention, start, end in initials_mentions(doc, doc_id, set(names.by_token)):
        names.add(mention, start, end)
    halves_named(doc, names)
    return names


def _modifier_words(span: Span, text: str) -> bool:
    """Words in small letters that describe a noun after them, no name: "the urban guerrilla
    group X" (not "the congress" told again for a body named before)."""
    last = span[-1]
    return all(w.islower() for w in text.split() if any(ch.isalpha() for ch in w)) and (
        last.dep_ in ("compound", "amod") and not span.start <= last.head.i < span.end)


# Words of a body's name after a nationality ("Xian Foreign Ministry", "Xian Red Crescent").
_BODY_WORDS = INSTITUTION_HEADS | PLACE_HEADS | ORG_NOUNS | frozenset(
    {"revolutionary", "foreign", "defence", "defense", "security", "national", "central",
     "federal", "royal", "supreme", "special", "armed", "red", "islamic", "democratic",
     "communist", "liberal", "labour", "labor", "united", "popular", "republican", "state",
     "intelligence", "interior", "justice", "embassy", "consulate", "government", "cabinet",
     "presidency", "railways", "oil", "gas", "petroleum", "energy", "telecom", "media",
     "human", "rights"})  # (and the heads above; a plural is read by its singular)


def _nationality_told(span: Span) -> Span:
    """ "American Kai Strand", tagged as one organisation's name: a nationality before a
    given name and a surname is a person told with where they are from ("the American Kai
    Strand" too: the tagger takes the article in)."""
    whole = span
    if span.label_ == "ORG" and len(span) > 3 and span[0].lower_ == "the":
        span = span[1:]
    if whole.label_ != "ORG" or len(span) < 3 or not country_of_demonym(span[0].text) or not all(
            t.pos_ == "PROPN" and t.text[:1].isupper() for t in span[1:]):
        return whole
    if not is_given_name(span[1].text) and (len(span) != 3 or any(
            t.lower_ in _BODY_WORDS or t.lower_.rstrip("s") in _BODY_WORDS for t in span[1:])):
        return whole  # "the Xian Revolutionary Guards", "the Xian Prison Service": a body
    return Span(span.doc, span.start + 1, span.end, label="PERSON")


def _name_word(tok: Token) -> bool:
    """A word that may stand in a person's name: a capitalized proper noun that is no title,
    country or nationality and belongs to no other kind of name."""
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper()
            and (tok.ent_type_ in ("", "PERSON") or _stray_place(tok))
            and tok.lower_ not in PERSON_TITLES and not country_named(tok.text)
            and not country_of_demonym(tok.text))


def _whole_person(span: Span) -> Span:
    """A person's name the tagger cut in pieces ("Ruben | Mateo Cruz | Alvarado"): the span
    grown over the given name before it and the name words after it that the parse joins to
    it as parts of one name (compounds)."""
    doc = span.doc
    start, end = span.start, span.end
    while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].whitespace_:
        head = doc[end - 1].head.i  # "Cruz" -> "Alvarado"; "Ramon" -> "Alvarado de Souza"
        words = doc[end: head + 1]
        if not (end <= head <= end + 2 and _name_word(doc[head]) and all(
                _name_word(t) or t.lower_ in _NAME_PARTICLES for t in words)):
            break
        end = head + 1
    while (start > 0 and _name_word(doc[start - 1]) and is_given_name(doc[start - 1].text)
           and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end
           and not a_day_of_a_month(doc[start - 1])):
        start -= 1
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and (
            not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower):
        end += 2  # "Park Min-jun", "Lee Seo-yeon": the given name's lower-case half
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label="PERSON")


def _add_surname_mentions(doc: Doc, doc_id: str, names: DocNames, pending: list[Span]) -> None:
    """Single proper nouns that repeat a surname of a person in the article are that person."""
    surnames = {
        m.text.split()[-1] for m in names.mentions
        if m.type == EntityType.PERSON and len(m.text.split()) >= 2
    }
    for span in pending:
        if clean_name(span.text).split()[-1:] and clean_name(span.text).split()[-1] in surnames:
            names.add(_mention(doc_id, span, EntityType.PERSON, [], []), span.start, span.end)
    for n, m in enumerate(names.mentions):  # "Trump" tagged ORG where "Donald Trump" is named
        if m.text not in surnames or m.type not in (EntityType.ORGANIZATION, EntityType.PLACE):
            continue
        if m.type == EntityType.ORGANIZATION or not (
                country_of_capital(m.text) or country_named(m.text)):  # "Venner" as a place
            names.retype(n, EntityType.PERSON)
    for tok in proper_nouns(doc):
        if tok.i in names.by_token or tok.text not in surnames:
            continue
        span = Span(doc, tok.i, tok.i + 1, label="PERSON")
        names.add(_mention(doc_id, span, EntityType.PERSON, [], []), tok.i, tok.i + 1)


def _first_of_a_list_of_people(tok: Token) -> bool:
    """ "The men - Tomeu Vadell, Jorge Toledo and ...": a two-word name whose head the other
    people of a list are coordinated with is a person's name, given name known or not."""
    head = tok.head if tok.dep_ == "compound" else None
    return head is not None and head.i == tok.i + 1 and any(
        c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in head.children)


# Labels the tagger puts on a name now and then that no name has: "Three - Marta Kovalenko"
# as one quantity.
_NOT_NAME_LABELS = frozenset({"QUANTITY", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"})


def _unnamed(tok: Token, given: bool = True) -> bool:
    """A word the tagger left out of every name: no entity, one that no name has, or a
    one-word place of no known country or capital (the tagger's "Natalia | Ivanova" as two
    places), which for a given name needs a surname after it."""
    if not tok.ent_type_ or tok.ent_type_ in _NOT_NAME_LABELS:
        return True
    if not _stray_place(tok):
        return False
    if not given:
        return True
    doc = tok.doc
    return (is_given_name(tok.text) and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"
            and (not doc[tok.i + 1].ent_type_ or _stray_place(doc[tok.i + 1])))


def _stray_place(tok: Token) -> bool:
    doc = tok.doc
    return (tok.ent_type_ == "GPE" and tok.ent_iob_ == "B"
            and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")
            and not country_of_capital(tok.text) and not country_named(tok.text))


def _add_unlabelled_people(doc: Doc, doc_id: str, names: DocNames) -> None:
    """A known given name followed by a capitalized proper noun that the NER left out
    ("Mira Talvik for Oleg Varnov") is a person's name."""
    for tok in proper_nouns(doc):
        if (tok.i in names.by_token or not _unnamed(tok)
                or tok.lower_ in PERSON_TITLES  # "Vice" is a given name too
                or country_named(tok.text)):
            continue
        if not is_given_name(tok.text) and not _first_of_a_list_of_people(tok) or (
                a_day_of_a_month(tok)):
            continue
        if tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].text[:1].isupper():
            continue  # inside a longer name
        end = tok.i + 1
        while (end < len(doc) and end - tok.i < 3 and doc[end].pos_ == "PROPN"
               and doc[end].text[:1].isupper() and _unnamed(doc[end], given=False)
               and end not in names.by_token):
            end += 1
        if end - tok.i < 2:
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and _modifies_a_noun(doc[end - 1]):
            continue  # "the Al Vark correspondent": a body's name before a noun, no person
        span = Span(doc, tok.i, end, label="PERSON")
        text = clean_name(span.text)
        if _headline_case(span) or person_or_not(span, text, []) != EntityType.PERSON:
            continue
        names.add(_mention(doc_id, span, EntityType.PERSON, [], []), tok.i, end)


def _modifies_a_noun(last: Token) -> bool:
    """The name's last word is a compound on a common noun after it, maybe through other
    capitalized words ("the Al Vark English correspondent")."""
    word = last
    for _ in range(3):
        if word.dep_ != "compound" or word.head.i <= word.i:
            return False
        word = word.head
        if word.pos_ == "NOUN":
            return True
    return False


def _add_untagged_countries(doc: Doc, doc_id: str, names: DocNames) -> None:
    """A state's name the tagger left out ("Norway let him go"): a word of its own,
    capitalized, that the country table knows by that name (not inside a longer name)."""
    for tok in doc:
        if tok.i in names.by_token or not tok.text[:1].isupper() or tok.pos_ != "PROPN" or (
                country_named(tok.text) is None or len(tok.text) < 4 or tok.text.isupper()):
            continue
        if any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()
               for j in (tok.i - 1, tok.i + 1)):
            continue  # "Jordan Vale", "Lake Chad": part of another name
        span = Span(doc, tok.i, tok.i + 1, label="GPE")
        names.add(_mention(doc_id, span, EntityType.COUNTRY, [], []), tok.i, tok.i + 1)
