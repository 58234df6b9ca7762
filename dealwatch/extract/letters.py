"""Letters: the word itself ("a letter from A"), writing to someone ("A wrote to B asking for
a pardon") and a personal note ("two handwritten notes from A to his wife"); not a newsletter
one signs up for, nor letters counted as a kind of act."""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.cue import Cue, children_of, has_prt, perfect
from dealwatch.model import EventType


def letter_cue(tok: Token) -> Cue | None:
    if tok.pos_ == "NOUN" and tok.lemma_.lower() == "letter":
        if any(c.lower_ in ("credit", "intent") for c in tok.subtree if c.dep_ == "pobj"):
            return None
        if _a_periodical(tok) or _letters_once_written(tok) or _characters(tok):
            return None
        if _spoken_of(tok):
            return None  # "state media described the letter as an apology": told before
        return Cue(tok, EventType.LETTER)
    if _wrote_to(tok) or _a_personal_note(tok) or _a_written_reply(tok) or (
            _asked_in_writing(tok)):
        return Cue(tok, EventType.LETTER)
    return None


# Verbs of asking one may do by letter: "petitioned the governor in writing to free him".
_ASKING = frozenset({"ask", "request", "appeal", "petition", "urge", "beg", "plead"})


def _asked_in_writing(verb: Token) -> bool:
    """ "The family had petitioned the governor in writing to release A": asking done in
    writing is a letter."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _ASKING and any(
        o.lower_ == "writing" for p in children_of(verb, "prep") if p.lower_ == "in"
        for o in children_of(p, "pobj"))


def _spoken_of(noun: Token) -> bool:
    """ "Xian television described the letter as a plea", "officials gave another account
    of the letter A brought": the letter told before, spoken of, not one sent (no sender of
    its own: "the letter from A" is one told)."""
    if noun.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if any(p.dep_ == "prep" and p.lower_ in ("from", "to") for p in noun.children):
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in _ACCOUNTS
    return noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in lx.TOLD_OF_VERBS


# What is given of a thing told before: "an account of the letter", "the contents of the letter".
_ACCOUNTS = frozenset({"account", "version", "description", "reading", "interpretation",
                       "characterization", "characterisation"})


def _characters(noun: Token) -> bool:
    """ "scrawled the letters "SF?" on a plate", "the letters A and B": written characters,
    quoted or spelled out right after the noun, not a letter sent."""
    after = noun.doc[noun.i + 1:noun.i + 3]
    return noun.tag_ == "NNS" and any(
        t.is_quote or (len(t.text) == 1 and t.text.isupper()) for t in after)


# Answers that may come in writing: "a short reply, dated Friday".
_ANSWERS = frozenset({"reply", "answer", "response"})


def _a_written_reply(noun: Token) -> bool:
    """ "a short reply, dated Friday, from A", "their reply came over the signatures of both
    leaders": an answer told dated or signed is a letter (not "a swift reply" said)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _ANSWERS:
        return False
    if any(c.dep_ == "acl" and c.lower_ == "dated" for c in noun.children):
        return True
    verb = noun.head
    return noun.dep_ == "nsubj" and any(
        o.lemma_.lower() == "signature" for p in children_of(verb, "prep") if p.lower_ == "over"
        for o in children_of(p, "pobj"))


def _a_personal_note(noun: Token) -> bool:
    """ "two handwritten notes from A to his wife": a note a person wrote to someone is a
    letter (not "a note demanding ...", the kidnappers' terms, nor "a note of caution")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() != "note":
        return False
    if any(c.dep_ == "amod" and c.lower_ == "handwritten" for c in noun.children):
        return True
    return any(p.lower_ == "from" and any(o.ent_type_ == "PERSON" for o in children_of(p, "pobj"))
               for p in children_of(noun, "prep"))


def _letters_once_written(noun: Token) -> bool:
    """ "people who had written letters of complaint": letters in the plural that a perfect
    relative clause tells someone wrote, a kind of act, none of them told; and "everyone who
    wrote a letter": a letter of anyone at all, none told."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.dep_ != "relcl":
        return False
    return noun.tag_ == "NNS" and perfect(verb) or _anyone(verb.head)


# Words for anyone at all: "everyone who", "every person who", "all those who".
_ANYONE = frozenset({"everyone", "everybody", "anyone", "anybody", "whoever"})
_EVERY = frozenset({"every", "each", "any", "all"})


def _anyone(who: Token) -> bool:
    return who.lower_ in _ANYONE or any(c.dep_ in ("det", "predet") and c.lower_ in _EVERY
                                        for c in who.children) or (
        who.lower_ == "those" and any(c.lower_ == "all" for c in who.children))


# What makes a letter a publication that comes out: "our weekly letter".
_PERIODS = frozenset({"weekly", "daily", "monthly", "fortnightly", "quarterly"})


def _a_periodical(noun: Token) -> bool:
    """ "Sign up for our weekly prayer letter", "subscribe to the letter": a publication one
    subscribes to, not a letter someone wrote."""
    if any(c.dep_ == "amod" and c.lower_ in _PERIODS for c in noun.children):
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("for", "to") and (
        prep.head.lemma_.lower() in ("subscribe", "register")
        or (prep.head.lemma_.lower() == "sign" and has_prt(prep.head, "up")))


def _wrote_to(verb: Token) -> bool:
    """ "A wrote to B asking for a pardon": a letter, though the word is not written (not
    "wrote a letter to B", the noun's, nor "wrote on social media")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "write" or children_of(verb, "dobj"):
        return False
    if any(p.dep_ == "prep" and p.lower_ in ("on", "in") and any(
            o.lower_ in _POSTED_ON or o.lemma_.lower() in _POSTED_ON
            for o in children_of(p, "pobj"))
           for p in verb.subtree):
        return False  # "wrote directly to B on social media": a public post, no letter
    return any(p.lower_ == "to" and any(o.ent_type_ in ("PERSON", "ORG", "GPE")
                                        or o.lemma_.lower() in _ADDRESSEES
                                        for o in children_of(p, "pobj"))
               for p in children_of(verb, "prep"))


# Those one writes to by their office: "wrote to the Xian leader", "to the new president".
_ADDRESSEES = frozenset({"leader", "president", "king", "queen", "emperor", "premier",
                         "chancellor", "governor", "pope", "sultan", "emir", "ayatollah"})


# Where a public post is written: "on social media", "in a post on X".
_POSTED_ON = frozenset({"media", "post", "platform", "account", "channel", "blog", "website",
                        "feed", "twitter", "facebook", "telegram", "instagram"})
