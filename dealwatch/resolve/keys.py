"""Spelling-insensitive keys for names romanized from Cyrillic, Arabic, Persian and others.

Romanization systems disagree mostly on vowels, on digraphs for one sound (kh/h, sh/ch, ts/tz,
zh/j) and on how they write a glide (ie/ye/e, iy/y/i, ou/u, Belarusian u for Russian v). The
key folds those differences away; the consonant skeleton folds vowels entirely. Given names
that differ by more than spelling (Alexander / Alyaksandr / Oleksandr) come from the table of
equivalents below and from rigour's name symbols (Wikidata given- and family-name ids).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from rigour.text import ascii_text
from rigour.text.translit import maybe_ascii
from unidecode import unidecode

from dealwatch.resolve.symbols import many_name_symbols
from dealwatch.resolve.symbols import name_symbols as _table_symbols

# Given names that romanize differently (Russian, Belarusian, Ukrainian, Arabic, English forms).
_GIVEN_GROUPS = [
    "alexander aleksandr alyaksandr aliaksandr oleksandr alexandr aleksander",
    "alexei aleksei alexey aleksey aliaksei oleksiy oleksii alyaksei",
    "sergei sergey siarhei syarhei serhiy serhii sergiy",
    "svetlana sviatlana svitlana",
    "elena yelena alena alyona olena helena jelena",
    "maria mariya maryia mariia marya",
    "dmitry dmitri dzmitry dmytro dmitriy zmitser zmicier",
    "andrei andrey andrii andriy andrew andrzej",
    "vladimir uladzimir volodymyr wladimir",
    "yevgeny evgeny evgeniy yauhen yevhen eugene",
    "mikhail mikhas mykhailo michael",
    "nikolai nikolay mikalai mykola nicholas",
    "pavel paval pavlo paul",
    "yuri yury yuriy yurii iurii",
    "konstantin kanstantsin kostiantyn constantine",
    "ksenia xenia kseniya",
    "viktor victor wiktor",
    "natalia natalya nataliya natallia",
    "olga volha olha",
    "tatiana tatsiana tetiana tatyana",
    "ekaterina yekaterina katsiaryna kateryna catherine",
    "maxim maksim maksym",
    "grigory ryhor hryhoriy gregory",
    "vitaly vitali vital vitaliy",
    "igor ihar ihor",
    "anastasia anastasiya nastassia",
    "arthur artur",
    "mark marc marek",
    "steve steven stephen",
    "mohammed muhammad mohamed mohammad muhammed mohamad mohammod mehmet",
    "ahmed ahmad ahmet",
    "mahmoud mahmud mahmood",
    "hussein husain hussain husayn hossein",
    "hassan hasan",
    "osama usama",
    "yusuf yousef yousuf youssef joseph",
    "omar umar",
    "abdullah abdallah abdulla",
    "yevgenia evgenia yauheniya",
    "ales alies",
    "oleg aleh oleh",
    "vasily vasili vasyl vasil",
    "pyotr petr petro piotr peter",
    "bogdan bohdan",
    "gennady gennadiy hennadiy henadz",
    "vyacheslav viachaslau vyacheslau viacheslav",
    "anatoly anatoli anatol anatolii anatoliy",
    "boris barys",
    "fyodor fedor fiodar fedir theodor",
    "timofei timofey tsimafei tymofiy",
    "kirill kiryl kyrylo cyril",
    "ilya illia ilia ilja",
    "yakov yakau yakiv jakob jacob",
    "semyon siamion semen",
    "yahya yehia yehya yahia",
    "mustafa mostafa moustafa",
    "hussam husam hosam",
    "john jon",
    "yegor yahor egor georgy heorhiy",
    "benjamin ben bibi binyamin",
    "theodore ted teddy",
    "robert bob rob bobby",
    "william bill will billy",
    "richard dick rick",
    "james jim jimmy",
]
GIVEN: dict[str, int] = {n: i for i, g in enumerate(_GIVEN_GROUPS) for n in g.split()}
_FEMALE_END = re.compile(r"(aya|aja|ava|ova|eva|ina|yna|ska|skaya|aite|ene|yte)$")
_MALE_END = re.compile(r"(ski|sky|skiy|skyi|ov|ev|in|ynas|as|is|us|uk|ik|ich|ko|ka)$")


@lru_cache(maxsize=1 << 16)  # the same names recur in every article that names them
def norm(text: str) -> str:
    """A name compared as written: ASCII, case-folded, dots and hyphens as spaces."""
    return " ".join(unidecode(text).casefold().replace(".", " ").replace("-", " ").split())


def latin(text: str) -> str:
    """Lower-case ASCII of any script (rigour's transliteration).

    rigour latinizes Latin letters one at a time (decomposition, accents dropped, CLDR's
    Latin-ASCII, a table of the rest), so text of Latin letters and common punctuation that
    rigour turns into ASCII one by one is latinized a character at a time from a table of
    the characters met (rigour takes some microseconds a character); a test compares."""
    if text.isascii():
        return text.lower()
    chars = [c if c.isascii() else _latin_char(c) for c in text]
    if None not in chars:
        return "".join(c for c in chars if c is not None).lower()
    return ascii_text(text).lower()


@cache
def _latin_char(char: str) -> str | None:
    """What rigour makes of a Latin letter, or a Latin-1 or General Punctuation sign, alone;
    None for any other character, or one rigour does not make ASCII by itself."""
    code = ord(char)
    if (0xA0 <= code <= 0xBF or 0x2000 <= code <= 0x206F
            or unicodedata.name(char, "").startswith("LATIN ")):
        out = maybe_ascii(char)
        return out if out.isascii() else None
    return None


_NOT_LETTER = re.compile(r"[^a-z]")
_GLIDE_V = re.compile(r"([aeiou])[vw](?=[^aeiouy]|$)")
_FINAL_H = re.compile(r"(?<=..)[ae]h$")
_DOUBLE = re.compile(r"(.)\1+")


@cache
def translit_key(word: str) -> str:
    """A spelling-insensitive key for a name romanized from Cyrillic or another script."""
    return _latin_key(latin(word))


@cache
def velar_key(word: str) -> str | None:
    """The key with "kh" read as "ch", when the word writes one: both write the velar of
    Russian "х" and Hebrew "ח" (Rakhmelov / Rachmelov), where the plain key reads "kh" as
    the "h" of Akhmedli / Ahmedli."""
    low = latin(word)
    return _latin_key(low.replace("kh", "ch")) if "kh" in low else None


@lru_cache(maxsize=1 << 16)  # a name as written ("Merkel") and as a part ("merkel") are one
def _latin_key(s: str) -> str:
    s = _NOT_LETTER.sub("", s)
    s = _GLIDE_V.sub(r"\1u", s)  # Belarusian ў: Ivanou / Ivanov
    s = _FINAL_H.sub("a", s)  # Arabic and Persian -eh / -ah / -a: Haniyeh, Haniya
    for a, b in (("ou", "u"), ("au", "u"), ("oo", "u"), ("ee", "i"), ("shch", "s"), ("sch", "s"),
                 ("kh", "h"), ("gh", "k"), ("zh", "z"), ("sh", "s"), ("ch", "c"), ("ts", "z"),
                 ("tz", "z"), ("cz", "z"), ("dj", "j"), ("ck", "k"), ("ph", "f"), ("th", "t"),
                 ("q", "k"), ("x", "ks"), ("w", "v"), ("f", "v"), ("j", "i"), ("y", "i"),
                 ("c", "k")):
        s = s.replace(a, b)
    for a, b in (("ia", "a"), ("ie", "e"), ("io", "o"), ("iu", "u")):
        s = s.replace(a, b)
    s = s.replace("o", "a").replace("e", "i")
    s = s[:1] + s[1:].replace("h", "")
    s = _DOUBLE.sub(r"\1", s)
    return s.rstrip("aeiu") or s


@cache
def skeleton(key: str) -> str:
    """The consonants of a key: vowels romanize most freely (Bialiatski / Beliatski)."""
    return key[:1] + re.sub(r"[aeiou]", "", key[1:])


@cache
def gender(surname: str) -> str | None:
    """'f' or 'm' when a Slavic or Baltic surname ending says so, else None."""
    low = latin(surname)
    if _FEMALE_END.search(low):
        return "f"
    if _MALE_END.search(low):
        return "m"
    return None


class _Symbols(dict[str, frozenset[str]]):
    """The symbols of the parts met: read from the table when first asked for."""

    def __missing__(self, word: str) -> frozenset[str]:
        found = self[word] = _table_symbols(word)
        return found


_SYMBOLS = _Symbols()


def name_symbols(word: str) -> frozenset[str]:
    """rigour's NAME symbols (Wikidata name ids) of one name part (``symbols.py``)."""
    return _SYMBOLS[word]


def read_name_symbols(words: Iterable[str]) -> None:
    """Read the symbols of many parts at once, before they are asked for one by one."""
    _SYMBOLS.update(many_name_symbols(w for w in words if w not in _SYMBOLS))


def equivalent(a: str, b: str) -> bool:
    """Two name parts that are forms of one name (Sergei / Siarhei, Osama / Usama)."""
    if a in GIVEN and GIVEN.get(a) == GIVEN.get(b):
        return True
    return not _SYMBOLS[a].isdisjoint(_SYMBOLS[b])


def known_distinct(a: str, b: str) -> bool:
    """Both parts are known names with nothing in common: Ortiz and Ortega, Harry and Larry."""
    sa, sb = _SYMBOLS[a], _SYMBOLS[b]
    return bool(sa) and bool(sb) and not sa & sb and GIVEN.get(a, -1) != GIVEN.get(b, -2)
