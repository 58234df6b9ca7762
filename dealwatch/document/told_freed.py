"""Sentences that name the freed without telling a release: what happened to them after it,
lists and headed lists of them.

- Homecomings: "A landed in Y late on Friday and was reunited with his wife", "B was flown to
  a hospital", "Among those who came home were C and D", "E was among the detainees flown
  out".
- Lists whose subject tells the freed: "The Xians freed included A, B and C", "Those
  released were A and B" (read on the words: a reduced relative such as "the citizens freed
  included" is where the parse most often fails).
- Headed lists: a heading that tells the freed ("Who was freed", "The prisoners released")
  over paragraphs that each begin with a person's name ("A: a correspondent ...", "B, 54,
  ...").

Each reading gives the people, the sentence and what the sentence says of their time and
place; ``roster`` decides which release they belong to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dealwatch.document.bodies import read_phrase
from dealwatch.document.context import ArticleContext
from dealwatch.document.frame import SAME_DAY, root_and_verb
from dealwatch.document.groups import is_official, members, refers_to_group, semicolon_run
from dealwatch.extract import lexicon as lx
from dealwatch.extract.still_held import moved_as_told_before, still_held_after
from dealwatch.extract.text import span_text
from dealwatch.model import EntityType, NameMention, TimeExpr
from dealwatch.places import country_of_demonym

# Someone who "arrived", "landed", "came home" or "disembarked" has left where they were held.
_ARRIVING = frozenset({"arrive", "land", "disembark"})
# Someone who "was flown to X", "was reunited with his wife", "was greeted at the airport"
# was carried or met after the release (told in the passive: "A flew to X" may be anyone).
_CARRIED = lx.CARRYING_VERBS | {"bring", "reunite", "greet", "welcome", "airlift", "evacuate",
                                "drive", "escort"}
# Words that tell a group as the freed: "among those who came home", "among the detainees
# flown out", "among the freed".
FREED_WORDS = frozenset({"freed", "released", "exchanged", "swapped", "returnees",
                         "repatriated", "pardoned"})
STILL_HELD = re.compile(r"\b(remains?|remained|still|left behind|not (?:among|included|part)|"
                        r"excluded|stay(?:s|ed)?|continues? to)\b", re.IGNORECASE)
_TO_PLACE = frozenset({"in", "at", "to", "into"})
_TIME_MARKS = frozenset({"after", "before", "since", "until", "when", "once"})
_LIST_VERBS = frozenset({"include", "be"})
_SUBJECT_MAX = 8  # words before a list's verb: "The five Xian citizens freed on Friday"
_HEADING_MAX = 8  # words of a heading
_ITEM_MARK = re.compile(r"[-*\u2022\u2013\u2014 \t]*(?:\d{1,2}[.)][ \t]+)?"  # "- ", "2. "
                        r"(?:[A-Z][a-z]{1,3}\.[ \t]+){0,2}")  # a rank before the name: "Lt. Col."
_AFTER_NAME = (":", ",", " -", " \u2013", " \u2014", " (")
_SUFFIXES = (" Jr", " Sr")


@dataclass(frozen=True)
class ToldFreed:
    """People a sentence tells as freed, the sentence, the calendar dates hung on its verb
    ("landed on 3 May 2029"), the state they came to ("landed in X": no side that freed
    them) and the nationality its words give them ("the Xians freed included")."""

    people: tuple[str, ...]
    sentence: int
    days: tuple[str, ...] = ()
    home: str | None = None
    kin: str | None = None
    listed: Token | None = None  # the word of a list of the freed ("included", "were" of
    # "Among those freed were", a heading's first word)
    departed: TimeExpr | None = None  # the day they left the country that held them


def told_freed(ctx: ArticleContext) -> list[ToldFreed]:
    """Every reading of the article's sentences that names the freed apart from a release."""
    return sorted([*homecomings(ctx), *freed_lists(ctx), *headed_lists(ctx)],
                  key=lambda t: t.sentence)


def freed_lists(ctx: ArticleContext) -> list[ToldFreed]:
    """ "The Xians freed included A, B and C", "Those released were A and B" (see above)."""
    out: list[ToldFreed] = []
    for k, sent in enumerate(ctx.sents):
        verb = next((t for t in sent if t.lemma_.lower() in _LIST_VERBS
                     and t.tag_ in ("VBD", "VBZ", "VBP") and t.lower_ not in FREED_WORDS
                     and t.dep_ not in ("aux", "auxpass")), None)  # not "were flown to X"
        if verb is None:
            continue
        subject = list(sent)[:verb.i - sent.start]
        commas = [n for n, t in enumerate(subject) if t.text == ","]
        if commas and subject[0].lower_ in _FRONTED:  # "According to the list, those
            subject = subject[commas[-1] + 1:]  # released were: A, B and C"
        words = [t for t in subject if t.is_alpha]
        if not words or len(words) > _SUBJECT_MAX or not any(
                t.lower_ in FREED_WORDS for t in words) or any(
                t.lower_ == "among" or t.tag_ in ("VBZ", "VBP") or (
                    t.tag_ == "VBD" and t.lower_ not in FREED_WORDS) for t in words):
            continue
        if any(_person_at(ctx, t) and t.dep_ != "compound" for t in subject) or (
                STILL_HELD.search(span_text(sent))):  # "the Xian citizens" is no person
            continue
        people = _people_after(ctx, sent, verb.idx)
        if people:
            kin = next((c for t in subject if (c := country_of_demonym(t.text))), None)
            out.append(ToldFreed(tuple(people), k, kin=kin, listed=verb))
    return out


# Words that open a phrase set before a sentence's subject: "According to the list, ..."
_FRONTED = frozenset({"according", "in", "on", "by", "as", "under", "after"})


def headed_lists(ctx: ArticleContext) -> list[ToldFreed]:
    """A heading that tells the freed and the paragraphs under it that begin with a name."""
    text = ctx.text
    lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((at, line))
        at += len(line) + 1
    starts = {m.start: m for m in ctx.names.mentions if not is_official(m.roles)}
    out: list[ToldFreed] = []
    for n, (start, line) in enumerate(lines):
        intro = _list_intro(ctx, start, line)
        if intro is not None:
            start, line = intro  # "... on Monday. The four are:" over the list
        words = re.findall(r"[A-Za-z]+", line)
        if not words or len(words) > _HEADING_MAX and intro is None or line.rstrip().endswith((
                ".", "\"")) or (
                not any(w.lower() in FREED_WORDS or _held_group(w) for w in words)
                and not _home_heading(words) and intro is None) or STILL_HELD.search(line):
            continue
        people: list[str] = []
        persons = 0
        for item_start, item in lines[n + 1:]:
            mark = _ITEM_MARK.match(item)
            lead = mark.end() if mark is not None else 0
            found = starts.get(item_start + lead)
            name = found.text if found is not None else _run_around(item, lead, item_start, starts)
            rest = item[lead + len(name):] if name else ""
            if rest.startswith(".") and name.endswith(_SUFFIXES):
                rest = rest[1:]  # "A Jr., the commander": the name ends before the stop
            if not name or not (rest.startswith(_AFTER_NAME) or not rest.strip()):
                break  # an item is a name alone on its line or a name and what follows it
            people.append(name)
            persons += found is None or found.type == EntityType.PERSON
        if persons * 2 < len(people):
            people = []  # most items of a list of the freed are people the tagger knows
        k = ctx.sentence_index(start)
        word = next((t for t in ctx.sents[k] if t.is_alpha), None) if k >= 0 else None
        if people and word is not None:
            out.append(ToldFreed(tuple(people), k, listed=word))
    return out


_CAPITALIZED_RUN = re.compile(r"[A-Z][a-z'\u2019-]+(?: [A-Z][\w'\u2019.-]*){1,3}")


def _run_around(item: str, lead: int, item_start: int, starts: dict[int, NameMention]) -> str:
    """An item's capitalized words when the tagger found a person's name only in their tail
    ("Said Omar" with "Said" read as a verb): the whole run is the name; else ""."""
    run = _CAPITALIZED_RUN.match(item, lead)
    if run is None:
        return ""
    inside = [starts.get(item_start + k) for k in range(run.start() + 1, run.end())]
    return run.group() if any(m is not None and m.type == EntityType.PERSON
                              and item_start + run.end() == m.start + len(m.text)
                              for m in inside) else ""


# Words that open a list's lead-in as the group told before: "The four are:", "They include:".
_GROUP_OPENERS = frozenset({"they", "the", "those", "these", "all"})
_LISTING_VERBS = frozenset({"are", "were", "include", "included", "is", "was"})


def _list_intro(ctx: ArticleContext, start: int, line: str) -> tuple[int, str] | None:
    """The last sentence of a line that ends with a colon and leads in a list of the group
    told before ("The four are:", "Those freed were:", "They include:"), as its offset and
    text."""
    end = len(line.rstrip())
    if not line[:end].endswith(":"):
        return None
    k = ctx.sentence_index(start + end - 1)
    if k < 0:
        return None
    sent = ctx.sents[k]
    words = [t.lower_ for t in _outside_asides(sent)]
    if not 2 <= len(words) <= _HEADING_MAX or words[0] not in _GROUP_OPENERS or not (
            words[-1] in _LISTING_VERBS or any(w in FREED_WORDS for w in words)):
        return None
    subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(w in FREED_WORDS for w in words) and not (
            subjects and refers_to_group(subjects[0])[0]):
        return None  # "The negotiators were:" lists no one freed
    return sent.start_char, ctx.text[sent.start_char:start + end]


def _outside_asides(sent: Span) -> list[Token]:
    """The words of a list's lead-in outside what commas set off in it: "The men, as named
    by the office, are:" leads in with "The men are:"."""
    commas = [t.i for t in sent if t.text == ","]
    if len(commas) < 2:
        return [t for t in sent if t.is_alpha]
    return [t for t in sent if t.is_alpha and not commas[0] < t.i < commas[-1]]


# Headings that name the held as a group ("THE CREW", "The hostages"): the names listed
# under them are the freed the roster places, where a release has room for them.
_HELD_GROUPS = lx.HELD_NOUNS | {"crew", "crewmen", "seamen", "fishermen"}


# Words that, with "home", head a list of the freed: "Who came home", "Back home".
_HOME_WORDS = frozenset({"came", "come", "coming", "returned", "back", "brought", "flown"})


def _home_heading(words: list[str]) -> bool:
    """A heading that tells a homecoming: "Who came home", "The men brought home"."""
    low = {w.lower() for w in words}
    return "home" in low and bool(low & _HOME_WORDS)


def _held_group(word: str) -> bool:
    low = word.lower()
    return low in _HELD_GROUPS or (low.endswith("s") and low[:-1] in _HELD_GROUPS)


def _told_of(tok: Token, start: int) -> bool:
    """A name some clause of the list tells of, not an item of it: the object of another
    verb than the list's ("... jailed over a plot to remove A")."""
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "pobj") and head.pos_ == "VERB" and head.idx > start


def _person_at(ctx: ArticleContext, tok: Token) -> bool:
    found = ctx.names.at(tok)
    return found is not None and found.type == EntityType.PERSON


def _people_after(ctx: ArticleContext, sent: Span, start: int) -> list[str]:
    """The people a sentence names after a character offset, officials and speakers ("...,
    A said") left out."""
    out: list[str] = []
    for m in ctx.names.mentions:
        if not (start <= m.start < sent.end_char) or m.type != EntityType.PERSON or (
                is_official(m.roles)):
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and (span.root.dep_ == "nsubj" and span.root.head.lemma_.lower()
                                 in lx.REPORTING_VERBS or _told_of(span.root, start)):
            continue
        if m.text not in out:
            out.append(m.text)
    return out


def homecomings(ctx: ArticleContext) -> list[ToldFreed]:
    """Every sentence's people told as come home (one pass over the sentences)."""
    out: list[ToldFreed] = []
    for k, sent in enumerate(ctx.sents):
        people: list[str] = []
        verbs: set[int] = set()
        homes: set[str] = set()
        listed: Token | None = None
        for verb in sent:
            heads = _home_subjects(verb)
            if heads and verb.lemma_.lower() == "be":
                listed = verb  # "Among those freed were ...": a list of the freed
            heads = [h for h in heads if not _a_leader(h)]
            for head in heads:
                verbs.add(verb.i)  # "the engineer B": the name in apposition to the word
                homes.update(_came_to(verb, ctx))
                for tok in (head, *(c for c in head.children if c.dep_ == "appos")):
                    people += [p for p in members(tok, ctx.names) if p not in people]
            for head in sorted(heads, key=lambda t: t.i)[-1:]:  # "...; B and her sons C and
                people += [p for p in semicolon_run(head, ctx.names) if p not in people]  # D;"
        if people:
            dated = [(t, found[1]) for t in ctx.dates_in(k) if t.calendar is not None
                     and (found := root_and_verb(ctx, t)) is not None and found[1].i in verbs]
            left = [t for t, anchor in dated if anchor.lemma_.lower() == "leave"]
            out.append(ToldFreed(tuple(people), k, tuple(t.calendar for t, _ in dated
                                                         if t.calendar),
                                 next(iter(homes)) if len(homes) == 1 else None,
                                 listed=listed, departed=left[0] if len(left) == 1 else None))
    return out


# Words for those who lead a side: "the commander who led the raid", "the rebels' leader".
_LEADERS = frozenset({"commander", "leader", "chief", "head", "general", "warlord",
                      "chieftain", "ringleader"})


def _a_leader(subject: Token) -> bool:
    """ "A, the commander who led the raid, was greeted as a hero": one who led a side, not
    one of the freed coming home."""
    return any(c.dep_ == "appos" and (c.lemma_.lower() in _LEADERS or any(
        r.dep_ == "relcl" and r.lemma_.lower() in ("lead", "command", "order")
        for r in c.children)) for c in subject.children)


def _came_to(verb: Token, ctx: ArticleContext) -> list[str]:
    """The states a homecoming verb brings its subjects to: "landed in X", "arrived back in
    Y", "was flown to Z"."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _TO_PLACE]
    preps += [p for a in verb.children if a.dep_ == "advmod" and a.lower_ == "back"
              for p in a.children if p.dep_ == "prep" and p.lower_ in _TO_PLACE]
    found = [read_phrase(o, ctx.names).country for p in preps for o in p.children
             if o.dep_ == "pobj"]
    return [c for c in found if c]


def _home_subjects(verb: Token) -> list[Token]:
    """The subjects a verb tells as come home: "A landed", "A came home", "A was flown to
    X", "Among those freed were A and B"."""
    if verb.pos_ not in ("VERB", "AUX") or _unsure(verb) or _another_time(verb):
        return []
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if lemma in _ARRIVING and not passive or lemma == "come" and _home(verb) or (
            lemma in _CARRIED and passive and not still_held_after(verb)) or (
            lemma == "leave" and not passive and _flown_out_of_a_country(verb)):
        return subjects  # not "was moved from his cell to house arrest": still held
    if lemma == "be" and any(_freed_group(o) for p in verb.children
                             if p.dep_ == "prep" and p.lower_ == "among"
                             for o in p.children if o.dep_ == "pobj"):
        # "Among those freed were A, ... and the engineer B": the parse may hang B on the verb
        return subjects + [c for c in verb.children if c.dep_ == "attr" or (
            c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))]
    if lemma == "be" and _on_the_flight_home(verb):
        # "On the plane that landed in X were A and B": the people the arriving craft carried
        return [c for c in verb.children if c.dep_ == "attr"]
    return []


def _on_the_flight_home(verb: Token) -> bool:
    """ "On (board) the plane that landed in X were ...": "be" with a place "on" or "aboard"
    a craft told as arriving (the parse may take the craft for the subject)."""
    crafts = _aboard(verb)
    crafts += [c for c in verb.children if c.dep_ == "nsubj" and c.i > 0
               and verb.doc[c.left_edge.i - 1].lower_ == "board"]  # "On board the flight"
    return any(craft.lemma_.lower() in lx.CRAFTS and any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _ARRIVING for c in craft.children)
        for craft in crafts)


def _flown_out_of_a_country(verb: Token) -> bool:
    """ "A left X on Sunday evening aboard a Y government aircraft": out of a state, on a
    craft (not "the ambassador left the capital during the crisis")."""
    return any(o.lower_ == "country" or o.ent_type_ == "GPE" for o in verb.children
               if o.dep_ == "dobj") and any(
        craft.lemma_.lower() in lx.CRAFTS for craft in _aboard(verb))


def _aboard(word: Token) -> list[Token]:
    """What a word is told "on" or "aboard" ("on the plane", "those aboard the aircraft")."""
    return [o for p in word.children if p.dep_ == "prep" and p.lower_ in ("on", "aboard")
            for o in p.children if o.dep_ == "pobj"]


def _unsure(verb: Token) -> bool:
    """A verb negated or told as possible or to come: "did not land", "would return"."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in lx.MODALS
               for c in verb.children) or verb.dep_ == "xcomp"


def _another_time(verb: Token) -> bool:
    """A homecoming told at another time than the story's: in the pluperfect ("had been
    reunited with his family on Wednesday") or as the time of something else ("a day after
    A arrived back home")."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS
                                    for c in verb.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and not (
        SAME_DAY.search(span_text(verb.sent)))


def _home(verb: Token) -> bool:
    """ "came home", "came back home"."""
    return any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj", "prt")
               for c in verb.subtree if c.head.i == verb.i or c.head.head.i == verb.i)


def _freed_group(obj: Token) -> bool:
    """A group told as the freed: "those who came home", "the detainees flown out", "the
    freed", "the people released on Friday", "those aboard the aircraft" (the freed flown out)."""
    if obj.lower_ in FREED_WORDS:
        return True
    if obj.like_num and any(c.dep_ == "det" and c.lower_ in ("the", "all")
                            for c in obj.children):
        return True  # "Among the six are A and B": the number the release gave
    if obj.lower_ in ("those", "passengers") and any(
            craft.lemma_.lower() in lx.CRAFTS for craft in _aboard(obj)):
        return True  # "Among those aboard the aircraft were A and B": the freed
    for c in obj.children:
        if c.dep_ not in ("acl", "relcl", "amod"):
            continue
        lemma = c.lemma_.lower()
        if moved_as_told_before(c):
            continue  # "Among those transferred were A and B" after a move to house arrest
        if c.lower_ in FREED_WORDS or lemma in lx.RELEASE_VERBS or lemma in _ARRIVING or (
                lemma in _CARRIED and c.tag_ == "VBN") or lemma == "come" and _home(c):
            return True
    return False
