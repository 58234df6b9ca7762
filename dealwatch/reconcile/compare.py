"""Whether two groups can be one event, and how strongly they are tied."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dealwatch.disagree import dates_agree
from dealwatch.extract.lexicon import JOINT_CUES
from dealwatch.model import EntityType, EventType
from dealwatch.reconcile.groups import MEETING_LIKE, Canon, Proto, full_day, near_days

_EVE = timedelta(days=1)


def _full_weekdays(p: Proto) -> list[int]:
    """The weekdays of a group's full days (0 = Monday)."""
    out = []
    for key in p.dates:
        if not full_day(key):
            continue
        try:
            out.append(date.fromisoformat(key).weekday())
        except ValueError:
            continue
    return out


def weekdays_meet(a: Proto, b: Proto) -> tuple[bool, bool]:
    """Whether the weekdays ``a`` names without a day ("on Wednesday" in an undated article)
    can fall on ``b``'s full days, and whether only as the day before or after (a night
    told as Thursday by one and Friday by another)."""
    near = False
    for weekday in _full_weekdays(b):
        for w in a.weekdays:
            gap = (weekday - w) % 7
            if gap in (1, 6):
                near = True
            elif gap:
                return False, False
    return True, near


def weekday_hits(a: Proto, b: Proto) -> bool:
    """A weekday ``a`` names without a day ("on Thursday" in an undated article) is the
    weekday of one of ``b``'s full days."""
    return any(w in a.weekdays for w in _full_weekdays(b))


def _named_apart(a: Proto, b: Proto) -> bool:
    """``a`` counts its people and names some; ``b`` frees only people named, none of them
    ``a``'s: in one article, two releases, when ``b``'s people do not fit in ``a``'s number
    or are told as beyond it ("A fifth Xian, B, was also freed"). "Ten freed ... Among them
    was A. Also freed were B and C": the ten's."""
    if not (a.counts and a.persons and b.named_counts and not b.counts and b.persons
            and not b.persons & a.persons):
        return False
    return max(a.counts) < len(a.persons | b.persons) or any(
        _BEYOND.search(m.evidence.quote) for m in b.mentions)


# Words that count a person beyond a group told before: "a fifth American", "another Xian".
_BEYOND = re.compile(r"\b(?:another|one more|second|third|fourth|fifth|sixth|seventh|eighth|"
                     r"ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)


def _names_the_number(a: Proto, b: Proto) -> int:
    """``a`` frees a stated number and names no one; ``b`` names exactly that many and states
    no number ("freed five citizens on Monday ... The releases of A, B, C, D and E came
    after months of talks"): the five named are the five, a tie as strong as one person
    shared."""
    if a.type != EventType.RELEASE or a.persons or b.counts or not b.persons:
        return 0
    return 1 if len(a.counts) == 1 and len(b.persons) in a.counts and len(b.persons) >= 2 \
        else 0


def months(p: Proto) -> set[str]:
    """The months ("2023-05") of a group's dates that give one."""
    return {k[:7] for k in p.dates if len(k) >= 7 and k[:7][5:].isdigit()}


def _same_month(a: Proto, b: Proto) -> bool:
    """Both are dated, each within one month, the same month."""
    months_a = months(a)
    return len(months_a) == 1 and months_a == months(b)


def _joint(p: Proto) -> bool:
    """Two sides' word to go on talking (``go_on``): no one side, two or more taking part."""
    return not p.by and len(p.people) >= 2 and all(m.cue.lower() in JOINT_CUES
                                                    for m in p.mentions)


def one_and_joint(a: Proto, b: Proto) -> bool:
    """One promise is a side's own, the other two sides' together: two words given."""
    return a.type == EventType.PROMISE and (_joint(a) and bool(b.by) or _joint(b) and bool(a.by))


def one_person_one_day(a: Proto, b: Proto) -> bool:
    """Both free the same person named on the same day, each written in its own sentence:
    one release, whichever side each source says let the person go."""
    return (a.type == EventType.RELEASE and bool(a.persons & b.persons)
            and any(full_day(k) for k in a.own_dates & b.own_dates))


def _met_together(a: Proto, b: Proto, canon: Canon) -> bool:
    """Two meetings of the same two or more people on the same day: one meeting, whoever each
    source made its subject ("A met B on May 3" and "B received A and C on May 3"). Without
    the day they may be two: an envoy meets a president more than once."""
    return (a.type in MEETING_LIKE and len(canon.named(a) & canon.named(b)) >= 2
            and any(full_day(k) for k in a.dates.keys() & b.dates.keys()))


def _both_sides_met(a: Proto, b: Proto, canon: Canon) -> bool:
    """Two meetings whose subjects are of different sides but that are both between the same
    two states ("X's envoy met Y's officials", "Y received X's envoy"): who a source made the
    subject says nothing of which meeting it is (the people named must still be one or
    nested, below)."""
    if a.type not in MEETING_LIKE:
        return False

    def states(p: Proto) -> set[str]:
        return {s for x in (*p.by, *p.people) for s in [canon.side(x)]
                if s and canon.is_country(s)}

    of_a, of_b = states(a), states(b)
    return len(of_a) >= 2 and len(of_b) >= 2 and len(of_a & of_b) >= 2


def after_publication(a: Proto, b: Proto, canon: Canon) -> bool:
    """An article cannot report what happened after it was published: a's days are later
    than the publication of one of b's articles (one that tells it as done, not as still to
    come) by more than a day: an article of the evening before, in another time zone, tells
    a handover its readers' morning dates the next day."""
    if a.type in (EventType.PROMISE, EventType.DEMAND):
        return False
    if not a.odd_day:  # the same answer from the days and publications kept on the groups
        return (a.first_day is not None and b.first_pub is not None
                and a.first_day > b.first_pub + _EVE)
    days = [date.fromisoformat(k) for k in a.dates if full_day(k)]
    if not days:
        return False
    pubs = [canon.published[m.document] for m in b.mentions
            if not m.expected and m.document in canon.published]
    return bool(pubs) and min(days) > min(pubs) + _EVE


def _states_only_of(a: Proto, b: Proto, canon: Canon) -> bool:
    """Both or neither give a day, ``a`` names only states, and those are among the states of
    the people ``b`` names."""
    if bool(a.dates) != bool(b.dates) or canon.non_countries(a.people):
        return False  # both undated, or both dated (and their days agree)
    named = canon.non_countries(b.people)
    return bool(a.people) and bool(named) and (
        {canon.side(x) for x in a.people} <= {canon.side(x) for x in b.people})


def _known_sides(sides: frozenset[str | None], canon: Canon) -> frozenset[str | None]:
    """The sides a group's doers are known to act for: a person no article gives a state
    ("A pardoned B", where no article says whose president A is) acts for one unknown, which
    contradicts no other side that freed the same person, nor the other subject of one
    meeting of the same people (``_one_meeting_of_a_month``)."""
    if not any(s and canon.type_of(s) == EntityType.PERSON for s in sides):
        return sides
    return frozenset(s for s in sides if not (s and canon.type_of(s) == EntityType.PERSON))


def _one_meeting_of_a_month(a: Proto, b: Proto, canon: Canon) -> bool:
    """Two meetings of the same two people or more, both told only by the same month ("in
    September A met B", "B, who met A in September"): one meeting, whoever each outlet made
    its subject (with a day told, two days are two meetings)."""
    return (a.type in MEETING_LIKE and len(canon.named(a) & canon.named(b)) >= 2
            and _same_month(a, b) and not any(full_day(k) for k in (*a.dates, *b.dates)))


def days_agree(a: Proto, b: Proto) -> bool:
    """No day of one group contradicts a day of the other."""
    return all(dates_agree(x, y) for x in a.dates for y in b.dates)


def other_sides(a: Proto, b: Proto, canon: Canon) -> bool:
    """Both name who acted, and no side of one is a side of the other."""
    sides_a = {canon.side(x) for x in a.by}
    sides_b = {canon.side(x) for x in b.by}
    return bool(sides_a and sides_b and not sides_a & sides_b)


def _dates_meet(a: Proto, b: Proto, one_article: bool) -> tuple[bool, bool, bool, bool]:
    """Every pair of the groups' days, looked at once: (no pair contradicts but days next to
    each other; two are days next to each other; both give the same day; both say that day
    in their own sentences). A year the text leaves out is no disagreement. In one article a
    day both took from the article's time frame ties nothing (every sentence has it): there
    the same day counts only where one of them says it."""
    same_day = own_day = near_day = False
    for x in a.dates:
        x_day = x.count("-") == 2
        for y in b.dates:
            if x == y or dates_agree(x, y):
                if x_day and y.count("-") == 2:
                    x_own, y_own = x in a.own_dates, y in b.own_dates
                    same_day = same_day or not one_article or x_own or y_own
                    own_day = own_day or (x_own and y_own)
            elif near_days(x, y):
                near_day = True
            else:
                return False, False, False, False
    return True, near_day, same_day, own_day


def numbers(p: Proto) -> set[int]:
    """The numbers of people a group gives, stated or counted from the names."""
    return set(p.counts) | set(p.named_counts)


def one_sentence(a: Proto, b: Proto) -> bool:
    """Some mention of one group is told in the sentence of some mention of the other."""
    told = {m.evidence for m in a.mentions}
    return any(m.evidence in told for m in b.mentions)


# What a side does once in a month, as two outlets tell it.
ONE_A_MONTH = frozenset({EventType.DEMAND, EventType.PROMISE, EventType.SANCTIONS_IMPOSED,
                          EventType.SANCTIONS_RELIEF})


def compatible(a: Proto, b: Proto, canon: Canon,
               one_article: bool = False) -> tuple[bool, float]:
    """Whether two groups can be one event, and how strongly they are tied (0 = not at all).
    ``one_article``: both groups are of one article (its time frame's day ties nothing).
    Every way to fail gives (False, 0): the cheap tests come first. Across articles it reads
    nothing of a group that ``Proto.compared`` does not hold (``join_group`` scores a pair of
    equal values once)."""
    if a.type != b.type or after_publication(a, b, canon) or after_publication(b, a, canon):
        return False, 0.0
    if not a.same_acts(b):
        return False, 0.0
    sides_a, sides_b = canon.sides_of(a), canon.sides_of(b)
    known_a, known_b = (_known_sides(sides_a, canon), _known_sides(sides_b, canon)) if (
        a.type == EventType.RELEASE and a.persons & b.persons or _one_meeting_of_a_month(
            a, b, canon)) else (sides_a, sides_b)
    if known_a and known_b and known_a.isdisjoint(known_b) and not (
            one_person_one_day(a, b) or _met_together(a, b, canon)
            or _both_sides_met(a, b, canon)):
        return False, 0.0
    if one_and_joint(a, b):
        return False, 0.0  # the word two sides gave together is neither one's own promise
    agree, near_day, same_day, own_day = _dates_meet(a, b, one_article)
    if not agree:
        return False, 0.0
    if not one_article and (a.weekdays or b.weekdays):  # an article's own weekdays are
        # steps of its story ("the pardons were signed on Thursday and the men handed over
        # on Friday"); weekdays of neither meet anything
        meet_ab, near_ab = weekdays_meet(a, b)
        meet_ba, near_ba = weekdays_meet(b, a)
        if not (meet_ab and meet_ba):
            return False, 0.0
        near_day = near_day or near_ab or near_ba
    shared_persons = len(a.persons & b.persons) or (
        _names_the_number(a, b) or _names_the_number(b, a))
    if (a.type == EventType.RELEASE and not shared_persons and a.persons and b.persons
            and bool(sides_a) != bool(sides_b)):
        return False, 0.0  # the people of a release no one names the side of, none of them
        # among another side's freed that day: the other half of a swap as often as the same
    people_a, people_b = canon.named(a), canon.named(b)
    shared_people = len(people_a & people_b)
    nested = people_a <= people_b or people_b <= people_a or shared_people >= 2
    if a.type in MEETING_LIKE and people_a and people_b and not nested:
        return False, 0.0
    if (not one_article and a.type in (EventType.PROMISE, EventType.DEMAND)
            and bool(a.dates) != bool(b.dates) and not (a.counts or a.targets)):
        # a leader promises to work for the same prisoner month after month: a promise of
        # another article with no time of its own is not tied to a dated one by its people
        return False, 0.0
    strong = shared_persons > 0 or same_day or shared_people >= 2
    if near_day and not strong:
        return False, 0.0
    # two numbers of one article are two groups unless something of their own ties them
    # ("seven Americans released on Saturday" and "freeing the two" told later that day)
    own_tie = shared_persons > 0 or shared_people >= 2 or (own_day if one_article else same_day)
    # two numbers are one event only where both say the day themselves (or share someone):
    # a day one took from its time frame ("Tuesday. ... Israel let 30 go") with another
    # number is another round of that day ("Early on Tuesday Israel released 33")
    said_tie = shared_persons > 0 or shared_people >= 2 or own_day
    shared_count = not a.counts.keys().isdisjoint(b.counts)
    if a.counts and b.counts and not shared_count and not said_tie:
        return False, 0.0
    numbers_a, numbers_b = numbers(a), numbers(b)
    if one_article and numbers_a and numbers_b and numbers_a.isdisjoint(numbers_b) and (
            not shared_persons and one_sentence(a, b)):
        return False, 0.0  # "five militants were set free, and within hours the group
        # released A": two acts of one sentence, each with its own number
    if (one_article and a.type == EventType.RELEASE and a.counts and b.counts and not shared_count
            and a.persons and b.persons and not shared_persons):
        return False, 0.0  # "freed four, among them A ... One more Xian, B, was let go that
        # Saturday too": two numbers and two sets of people of one article, two releases
    if one_article and not own_tie and (_named_apart(a, b) or _named_apart(b, a)):
        return False, 0.0  # "four freed, among them A ... A fifth American, B, was also freed"
    shared_targets = len(a.targets & b.targets)
    score = 2.0 * shared_persons + 1.5 * shared_targets + 1.0 * max(0, shared_people - 1)
    score += 2.0 if same_day else 0.0
    if (not one_article and a.type in ONE_A_MONTH
            and sides_a and sides_a == sides_b and _same_month(a, b)
            and not (a.targets and b.targets and a.targets.isdisjoint(b.targets))):
        score += 0.5  # the ministry's demand in May, told by two outlets; the sanctions it
        # imposed in October (on no two different targets)
    if (not one_article and a.type in MEETING_LIKE and people_a == people_b
            and len(people_a) == 1 and sides_a == sides_b and _same_month(a, b)):
        score += 0.5  # "A met the couple on Wednesday" and "A, who received their parents
        # last month": one person's meeting with no one else named, in one month
    if not one_article and shared_people and (weekday_hits(a, b) or weekday_hits(b, a)):
        score += 1.0  # "on Thursday" in an undated article, the day another dates, with them
    score += 1.5 if shared_count else 0.0
    if not one_article and a.type in MEETING_LIKE and (
            _states_only_of(a, b, canon) or _states_only_of(b, a, canon)):
        score += 0.5  # "talks between US officials and the man ..." and an undated meeting
        # of named people of those states, told by another outlet
    if not one_article and a.deal_talks() and b.deal_talks() and len(
            {canon.side(x) for x in a.people} & {canon.side(x) for x in b.people}) >= 2:
        score += 1.0  # the talks two outlets say one deal came out of, between the same two
    if a.type == EventType.LETTER and a.by and a.by == b.by:
        score += 1.0
    return True, score
