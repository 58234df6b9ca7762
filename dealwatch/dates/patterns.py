"""The shapes of date expressions: word tables and regular expressions, nothing resolved.

Each pattern has a kind; ``resolver`` turns a match of a kind into a TIMEX3 value. Month and
weekday names must be capitalised ("may" and "march" are verbs and nouns in lower case).
"""

from __future__ import annotations

import re

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
NUMBERS: dict[str, int | None] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "a few": None,
    "several": None, "few": None, "some": None, "many": None,
}
def number_word(word: str) -> int | None:
    """A number written in words or digits, compounds too ("forty-eight" -> 48)."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    if "-" in word:
        tens, _, ones = word.partition("-")
        a, b = NUMBERS.get(tens), NUMBERS.get(ones)
        return a + b if a is not None and b is not None else None
    return NUMBERS.get(word)


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2,
            "3rd": 3, "4th": 4}
CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "the present": "PRESENT_REF",
    "current": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "formerly": "PAST_REF", "the future": "FUTURE_REF",
    "the coming years": "FUTURE_REF", "the years ahead": "FUTURE_REF",
    "the near future": "FUTURE_REF",
}

_MON = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
        r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# A number a month is followed by that counts people ("last June 25 people were freed"), not
# a day of the month.
_COUNTED = (r"\s+(?:people|men|women|children|prisoners|hostages|detainees|captives|soldiers|"
            r"agents|inmates|fishermen|sailors|others|of)\b")
_MONTH_FULL = (r"(?P<mon>January|February|March|April|May|June|July|August|September|"
               r"October|November|December)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_TO = r"\s*(?:–|—|-|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_LEAD = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_NUM = (r"(?<![\w-])(?P<n>a few|an?|(?:twenty|thirty|forty|fifty|sixty|seventy)-(?:one|two|"
        r"three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|"
        r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
        r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|several|few|\d+)")
_I = re.IGNORECASE

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("numeric", re.compile(
        r"\b(?P<day>[0-3]?\d)(?P<sep>[./])(?P<m>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b")),
    ("mdy", re.compile(
        rf"\b{_WD_LEAD}{_MON}\s+{_DAY}(?:{_TO}{_DAY2}(?![\d:]))?(?:,?\s+{_YEAR})?\b"
        r"(?!:\d|\d|,\d|\.\d)")),  # not a clock ("May 1 18:30"); "May 1: ..." heads a line
    ("dmy", re.compile(
        rf"\b{_WD_LEAD}(?:the\s+)?{_DAY}(?:{_TO}{_DAY2})?\s+(?:of\s+)?{_MON}"
        rf"(?:,?\s+{_YEAR})?\b")),
    ("holiday", re.compile(
        r"\b(?P<hol>New Year['’]s (?:Day|Eve)|Christmas (?:Day|Eve)|Boxing Day)"
        rf"(?:,?\s+(?:of\s+)?{_YEAR})?\b")),
    ("month_year", re.compile(
        rf"\b(?:(?P<mod>[Ee]arly|[Ll]ate|[Mm]id-?)\s*)?{_MON}(?:\s+of)?,?\s+{_YEAR}\b")),
    ("season_year", re.compile(
        rf"\b(?:the\s+)?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?"
        rf"{_YEAR}\b")),
    ("quarter", re.compile(
        r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+"
        r"(?P<unit>quarter|half)(?:\s+of\s+(?:(?P<mod>this|last|next)\s+year|the\s+year|"
        rf"{_YEAR})|,?\s+{_YEAR.replace('year>', 'year2>')})?\b", _I)),
    ("quarter_code", re.compile(rf"\b(?P<ord>[QH][1-4])(?:\s+{_YEAR})?\b")),
    ("fiscal", re.compile(rf"\bfiscal\s+(?:year\s+)?{_YEAR}\b", _I)),
    ("decade", re.compile(
        r"(?<![\w$])(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<cent>19|20)(?P<dec>\d)0s"
        r"|['’](?P<dec2>\d)0s|(?<=the )(?P<dec3>\d)0s)\b", _I)),
    ("century", re.compile(
        r"\b(?:the\s+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<nw>eighteenth|nineteenth|twentieth|"
        r"twenty-first))[\s-]+century\b", _I)),
    ("month_of", re.compile(
        rf"\b(?:[Ii]n\s+)?{_MON}\s+(?:of\s+)?(?P<mod>this|last|next)\s+year\b")),
    ("rel_unit", re.compile(
        r"\b(?P<mod>(?:(?:late|early|earlier|later|the end of|the start of|the beginning of|"
        r"the middle of)\s+)?(?:last|this|next|previous|this past|the previous|the following|"
        r"the next|earlier this|later this))\s+(?P<unit>week|month|year|quarter|decade|"
        r"century)\b", _I)),
    ("part_of", re.compile(
        r"\b(?:the\s+)?(?P<mod>end|beginning|start|middle|rest|remainder)\s+of\s+the\s+"
        r"(?P<unit>week|month|year)\b", _I)),
    ("weekend", re.compile(
        r"\b(?P<mod>this past|this|last|next|the)\s+weekend\b", _I)),
    ("season", re.compile(r"\b(?P<mod>last|this|next|this past|(?<=in )the|(?<=during )the|"
                          r"(?<=by )the|(?<=until )the|(?<=since )the)\s+(?P<season>spring|summer|"
                          r"autumn|fall|winter)\b", _I)),
    ("month_rel", re.compile(
        r"\b(?P<mod>[Ll]ast|[Nn]ext|[Tt]his|[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ee]arly|"
        r"[Ll]ate|[Mm]id-|[Tt]hrough|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Oo]f|[Bb]etween|"
        r"the end of|the beginning of|the start of|the middle of)\s*"
        # (not before a day or a year: "in May 5", "last May 2029"; a number that can be
        # neither is a count: "last May 40 were freed")
        rf"{_MONTH_FULL}\b(?!\s+(?:[0-2]?\d|3[01]|(?:19|20)\d\d)(?:st|nd|rd|th)?\b(?!{_COUNTED}))")),
    ("weekday", re.compile(rf"\b(?P<pre>(?i:late|early)\s+(?:on\s+)?|"
                           rf"(?i:in\s+)?the\s+early\s+hours\s+of\s+|"
                           rf"(?i:(?:by\s+|on\s+)?the\s+(?:following|next)|(?:on\s+)?the|that|"
                           rf"on|last|next|this)\s+)?"
                           rf"{_WD}{_PART}"
                           # "on Monday of last week", "on Friday next week"
                           r"(?:(?:\s+of)?\s+(?P<week>last|next|this)\s+week)?\b")),
    # "on the 15th": a day of the month the story is in ("On the 15th, the men were freed")
    ("ordinal_day", re.compile(
        r"(?<=\b[Oo]n )the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
        r"(?=\s*[,.;:)]|\s+(?:and|when|as|after|before|at|in|with|the|a|an|he|she|they|it)\b)")),
    ("deictic", re.compile(
        r"\b(?P<word>the day before yesterday|the day after tomorrow|yesterday|today|tomorrow|"
        r"tonight|this (?:morning|afternoon|evening)|last night)"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b", _I)),
    # a part of the day told before: "that evening", "late that night", "In the afternoon,"
    ("that_part", re.compile(
        r"\b(?:(?:late|early|later)\s+)?(?:that(?:\s+same)?|the same)\s+(?P<part>morning|"
        r"afternoon|"
        r"evening|night)\b|\b(?<![a-z] )[Ii]n the (?P<part2>morning|afternoon|evening)(?=,)"
        # "earlier in the day", "later in the evening": of the day told, or of the report's
        r"|\b(?:earlier|later)\s+in\s+the\s+(?P<part3>day|morning|afternoon|evening)\b",
        _I)),
    ("ago", re.compile(
        rf"\b{_NUM}\s+(?P<unit>day|week|month|year|decade)s?\s+ago"
        r"(?:\s+this\s+(?P<this>week|month)|\s+(?P<today>today|yesterday))?\b", _I)),
    ("anaphor", re.compile(
        rf"\b(?:{_NUM}\s+(?P<unit>hour|day|week|month|year)s?\s+(?P<dir>earlier|later|before|"
        r"after)|the\s+(?P<same>same|next|following|previous|preceding)\s+"
        r"(?:day|morning|afternoon|evening|night)"
        r"|(?P<that>that)(?:\s+same)?\s+day|the\s+day\s+(?P<dir2>before|after)"
        # "on the day of the release": the day of an event the article tells with its own
        r"|the\s+(?:very\s+)?day\s+(?P<dir3>of)(?=\s+(?:the|his|her|their|its)\s+(?:\w+\s+)?"
        r"(?:release|handover|swap|exchange|visit|meeting|talks|summit|call)\b))\b", _I)),
    ("year", re.compile(
        r"\b(?P<pre>[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|by|of|from|[Dd]uring|[Ee]arly|[Ll]ate|"
        r"[Mm]id-?|[Tt]hrough|[Bb]efore|[Aa]fter|[Bb]etween|and)(?:\s+|(?<=-))"
        r"(?P<year>(?:19|20)\d\d)\b(?!\s*(?:-|–)?\s*(?:year|point|page))(?![-–/]\d|,\d)")),
    ("year_bare", re.compile(
        r"(?<![\w$€£#.,/:-])(?P<year>(?:19|20)\d\d)(?:['’]s)?(?![\w%/:-]|[.,]\d|\s*[-–]\s*\d)")),
    ("ref", re.compile(
        r"\b(?P<ref>now|currently|at present|nowadays|presently|the present(?! \w)|current|"
        r"recently|lately|formerly|(?<=in )the past|(?<=in )the future|(?<=in )the near future|"
        r"(?<=in )the coming years|(?<=in )the years ahead)\b", _I)),
]

# Words after a bare year that make it a count or a code, not a year.
COUNT_WORDS = re.compile(
    r"\s*(?:people|persons|troops|soldiers|prisoners|detainees|hostages|migrants|refugees|"
    r"deaths|dead|votes|jobs|men|women|children|workers|employees|members|cases|tons|tonnes|"
    r"barrels|km|kilometres|kilometers|miles|metres|meters|feet|points|pages|words|dollars|"
    r"euros|rubles|roubles|pounds|yuan|shares|units|homes|houses|cars|vehicles|pieces|"
    r"times|of\s+(?:them|the|those|these|whom))\b", _I)
# Words before a bare year that make it a number.
NUMBER_LEAD = re.compile(
    r"(?:about|around|nearly|almost|over|than|some|roughly|approximately|least|to|Room|room|"
    r"Flight|flight|Route|route|Highway|highway|No\.|no\.|number|Number|Resolution|Article|"
    r"article|Chapter|chapter|page|Page|model|Model|version|Version|Boeing|Airbus|PS|Windows|"
    r"Euro|Cup|Vision|Agenda|Strategy|Plan|Expo|Olympics|Games)\s*$")
# Named days that are not the weekday of a date ("Good Friday Agreement", "Sunday Times").
WEEKDAY_NAME_BEFORE = re.compile(r"(?:Good|Black|Super|Bloody|Ash|Cyber|Holy|Palm|Maundy|"
                                 r"Easter|Giving|every|each|Every|Each)\s+$")
WEEKDAY_NAME_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|"
                                r"Independent|Observer|Mail|Star|Sport|School|Service|"
                                r"Agreement|Accords?|prayers?|Mass|Massacre)\b"
                                r"|(?:\s+(?:and|or)\s+[A-Z][a-z]+day)?\s+(?:mornings|afternoons|"
                                r"evenings|nights)\b")  # a set: "Monday and Tuesday nights"
# "the Monday after the vote", "the Friday before Easter": a weekday told by another day.
WEEKDAY_OF_ANOTHER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
                                r"(?:after|before|of|following|preceding)\b", _I)
# Constructions that make a relative expression a duration ("the past week", "the last year").
DURATION_LEAD = re.compile(r"\b(?:the|over|for|in|during)\s+$", _I)
FUTURE = re.compile(r"\b(?:will|'ll|shall|is to|are to|plans? to|planned to|intends? to|"
                    r"is expected|are expected|expected to|is scheduled|are scheduled|"
                    r"scheduled to|scheduled for|is due|are due|upcoming|"
                    r"is set to|are set to|going to|expects?|hopes? to|aims? to)\b", _I)
# Where a clause of its own begins after a day: "arrived early on Sunday and were taken to a
# compound, where relatives were expected to join them" (the hope is the later clause's).
# So does a second predicate joined after the day: "left the jail on Friday and is expected
# to reach home on Sunday" (the expectation is the second verb's, not Friday's).
CLAUSE_BREAK = re.compile(r"[,;]\s*(?:where|which|who|whom|whose|while|but|and|as)\b|;|"
                          r"\s(?:and|but)\s+(?:(?:was|were|is|are|has|have|had|will|would)\b|$)",
                          _I)
# "Wednesday, Feb. 12", "Friday 24 May", "Friday the 24th of May" (not "On Friday, 24 hostages
# were freed": a count after the day)
_MON_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DATE_FOLLOWS = re.compile(rf",?\s+(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?(?:\s+of)?\s+{_MON_WORD}"
                          rf"|{_MON_WORD}\s+\d|\d{{1,2}}[./]\d)")
# "Sunday, January 19": the weekday a date without its year is told with
WEEKDAY_BEFORE = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                            r"Sunday),?\s+(?:the\s+)?$", re.I)
WEEKDAY_OPENS = re.compile(r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday),?\s", re.I)  # the date expression opens on it
# "On Jan. 12, a Sunday, ...": the weekday restates the date just written
DATE_BEFORE = re.compile(r"(?:\d|[A-Za-z]{3,}\.?),\s+(?:a|which was a)\s+$")
WOULD = re.compile(r"\b(?:would|'d)\b", _I)
# "he had said", "had warned": words said before the day the story is at (a look back)
PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+|not\s+|already\s+|just\s+|also\s+)?"
                        r"(?:said|told|warned|announced|insisted|promised|threatened|vowed|"
                        r"declared|stated|written|wrote)\b", _I)
# A day right after a past reporting verb is when it was said, whatever the sentence goes on
# to promise: "said on Wednesday it will free four next week", "told reporters on Friday".
SAID_ON = re.compile(r"\b(?:said|announced|told|confirmed|stated|declared|added|wrote|"
                     r"reported|pledged|promised|agreed)(?:\s+\w+)?\s+(?:on\s+)?$", _I)
# A day right after a deal noun's past participle is when the deal was made: "under the
# deal reached on Monday, X will free 30".
MADE_ON = re.compile(r"\b(?:deal|agreement|accord|arrangement|pact|truce|ceasefire|treaty|"
                     r"understanding|memorandum)\s+(?:was\s+)?(?:reached|struck|"
                     r"signed|sealed|concluded|agreed)"
                     r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"  # "in Geneva"
                     r"\s+(?:on\s+|last\s+)?$", _I)
# A month in capitals, as timelines and list headings write it ("DEC. 7 --", "AUGUST 2016 --",
# "MAY 8:"): a number after it, or a full name (but the verbs "MAY" and "MARCH") opening a
# line. Headlines in capitals keep "IRAN MAY FREE" and "PROTESTERS MARCH" out.
_CAPS_MONTH = re.compile(
    r"\b(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|"
    r"SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\b(?=\.?\s+\d)"
    r"|(?:^|(?<=\n))[ \t]*(?:[A-Z]+[ \t]+)?\b(?:JANUARY|FEBRUARY|APRIL|JUNE|JULY|AUGUST|"
    r"SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b")


def capitalised(text: str) -> str:
    """The text with capital-letter month names written as names ("DEC." -> "Dec."), the
    same length, so that spans found in it are spans of the text."""
    def title(m: re.Match[str]) -> str:
        return re.sub(r"[A-Z]{3,}", lambda w: w[0].title() if w[0].lower() in MONTHS
                      else w[0], m[0])
    return _CAPS_MONTH.sub(title, text)


# A year on a line of its own, heading the timeline entries below it.
YEAR_HEADING = re.compile(r"(?m)^[ \t]*((?:19|20)\d\d)[ \t]*[:\-\u2013\u2014]?[ \t]*$")
# A chronology's entry that opens a paragraph with its day ("Thursday and Friday, December
# 30-31. On Friday the government agreed ..."): the weekdays it tells are of that week.
DAY_LABEL = re.compile(
    r"[ \t]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+and\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,\s*)?"
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?P<d1>\d{1,2})(?:\s*[-\u2013]\s*(?P<d2>\d{1,2}))?(?:,\s*(?P<y>(?:19|20)\d\d))?"
    r"\s*[.:]")
# A chronology's entry that opens a paragraph with its month ("November 1979. Students seized
# the embassy on November 4 ..."): its year is the year of the days the entry tells.
MONTH_HEADING = re.compile(
    r"(?m)^[ \t]*(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)[ \t]+((?:19|20)\d\d)[ \t]*[.:\u2013\u2014]")

PREPOSITION = re.compile(r"^(?:on|in|since|until|till|by|from|during|through|before|after|"
                         r"between|of|and)\s+", _I)

# Words some patterns cannot match without (any one of them, in lower case): a text with none
# of them is not scanned by that pattern, which matters for the long alternations ("a few |
# an? | one | two ... ago"), tried at every word boundary.
_SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
# Days named by the feast that falls on them, every year on the same day (month, day).
HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
            "christmas day": (12, 25), "boxing day": (12, 26)}
NEEDS: dict[str, tuple[str, ...]] = {
    "holiday": ("new year", "christmas", "boxing day"),
    "season_year": _SEASON_WORDS,
    "season": _SEASON_WORDS,
    "quarter": ("quarter", "half"),
    "decade": ("0s",),
    "century": ("century",),
    "part_of": (" of the ",),
    "weekend": ("weekend",),
    "ago": ("ago",),
}
