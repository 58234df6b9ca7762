"""Which date a cue takes, on invented sentences (real spaCy)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from texts import article, of, sentence_events

from dealwatch.extract.other_times import describes_someone
from dealwatch.model import EventType


def test_of_two_expressions_naming_one_time_the_precise_one_dates_the_event(
        nlp: Language) -> None:
    text = "A month later, on April 27, Norland freed the two sailors."
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.date is not None and release.date.value == "2031-04-27"



def test_the_gap_before_an_after_clause_is_not_its_day(nlp: Language) -> None:
    # session 27: "three weeks after a court freed A on October 12": the gap measures from the
    # release to the main clause; the release's day is its own "on October 12"
    text = ("The Treasury removed two ministers from its list, three weeks after a court "
            "freed Ann Berg on October 12.")
    (release,) = [e for e in sentence_events(nlp, text) if e.type == EventType.RELEASE]
    assert release.date is not None and release.date.text == "October 12"


def test_a_homecoming_told_as_eventual_takes_not_the_day_before_it(nlp: Language) -> None:
    text = ("LIMA -- The crisis began with trucks. On 10 June, as rebels poured into the city, "
            "they stopped a convoy of Peruvian tankers and took the drivers. Officials first "
            "put their number at 31; 32 men eventually came home. The exchange was never "
            "confirmed.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert (release.count, release.date) == (32, None)


def test_a_headline_s_promise_takes_the_day_its_lead_tells_it(nlp: Language) -> None:
    text = ("Berg agrees to let three rebel prisoners go in bid to free kidnapped lecturers\n\n"
            "LIMA -- President Ann Berg said on Tuesday that Chile would release three senior "
            "rebel prisoners, in an apparent bid to free two lecturers kidnapped in 2016.")
    promises = of(article(nlp, text).events, EventType.PROMISE)
    assert len(promises) >= 1 and all(m.date is not None for m in promises)


def test_a_release_48_hours_after_a_dated_event_is_two_days_later(nlp: Language) -> None:
    text = "LIMA -- Chile freed two Peruvian pilots 48 hours after the talks ended on Sunday."
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.date is not None and release.date.value == "2031-05-06"  # Sunday + 2


def test_a_day_in_what_the_freed_are_told_is_not_their_release_s(nlp: Language) -> None:
    text = ("Judge Tom Dahl freed 102 men on bail, telling them that the most serious charges "
            "had been dropped and that each would need to return to court on February 12.")
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.date is None


def test_a_when_clause_under_the_cue_tells_its_day(nlp: Language) -> None:
    text = ("It was far below the 500 dollars the miners demanded when they walked out on "
            "April 10.")
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert demand.date is not None and demand.date.value == "2031-04-10"


def test_a_weekday_before_the_date_it_is_restates_it(nlp: Language) -> None:
    """ "in Friday-night messages on April 25": the page's Friday is not the day (published
    on a Saturday in May, "Friday" alone would be the day before)."""
    text = ("In three Friday-night messages on April 25, Tom Dahl set out his terms in public: "
            "the mine could reopen with a new board and a fine.")
    (demand,) = of(sentence_events(nlp, text), EventType.DEMAND)
    assert demand.date is not None and demand.date.value == "2031-04-25"


def test_then_takes_the_day_of_the_sentence_before(nlp: Language) -> None:
    # "X then released ...": the next step of what the sentence before dated; the year the
    # freed were captured in is theirs, not the release's
    text = ("On July 16 the coffins of two soldiers were brought to the crossing and "
            "identified by the army. Iceland then released Tomasson and the four fighters "
            "captured in 2029 -- Bold Baatar, Tsend Dorj, Oyun Erdene and Ganbold Sukh -- and "
            "sent across the remains of 199 fighters.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.date is not None and release.date.calendar == "2030-07-16"
    # without "then" the sentence before says nothing of its day
    (release,) = of(article(nlp, text.replace(" then ", " ")).events, EventType.RELEASE)
    assert release.date is None or release.date.calendar != "2030-07-16"


def test_a_bare_participle_the_parse_made_a_clause_tells_someones_past(
        nlp: Language) -> None:
    # spaCy parses some such sentences as "released [A and the four fighters captured in
    # 2029]", the people the subject of the participle: still no clause of its own
    words = ["Iceland", "released", "Tomasson", "and", "the", "four", "fighters", "captured",
             "in", "2029", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 7, 2, 6, 6, 2, 1, 7, 8, 1],
              deps=["nsubj", "ROOT", "nsubj", "cc", "det", "nummod", "conj", "ccomp", "prep",
                    "pobj", "punct"],
              tags=["NNP", "VBD", "NNP", "CC", "DT", "CD", "NNS", "VBN", "IN", "CD", "."],
              lemmas=["Iceland", "release", "Tomasson", "and", "the", "four", "fighter",
                      "capture", "in", "2029", "."],
              pos=["PROPN", "VERB", "PROPN", "CCONJ", "DET", "NUM", "NOUN", "VERB", "ADP",
                   "NUM", "PUNCT"])
    assert describes_someone(doc[9:10], doc[1])
    # with its auxiliary it is a clause of its own ("said A was captured in 2029")
    doc = Doc(nlp.vocab, words=["Iceland", "said", "Tomasson", "was", "captured", "in", "2029"],
              heads=[1, 1, 4, 4, 1, 4, 5],
              deps=["nsubj", "ROOT", "nsubjpass", "auxpass", "ccomp", "prep", "pobj"],
              tags=["NNP", "VBD", "NNP", "VBD", "VBN", "IN", "CD"],
              lemmas=["Iceland", "say", "Tomasson", "be", "capture", "in", "2029"],
              pos=["PROPN", "VERB", "PROPN", "AUX", "VERB", "ADP", "NUM"])
    assert not describes_someone(doc[6:7], doc[1])


def test_a_demand_made_since_a_month_is_dated_to_it(nlp: Language) -> None:
    text = ("Reykjavik had demanded since March that Mongolia send the men home, saying they "
            "were held without charge.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.date is not None and demand.date.calendar == "2031-03"
    # a meeting "since" a year is the first since then, not of that year
    text = "On Monday Tomas Berg met Bold Erkhem, their first meeting since 2029."
    assert all(m.date is None or m.date.calendar != "2029"
               for m in of(article(nlp, text).events, EventType.MEETING))


def test_the_time_hung_on_who_a_delegation_is_is_the_meetings(nlp: Language) -> None:
    text = ("The peace envoy, Karl Kiel, met a Vark delegation led by Bold Tomasson "
            "in Tallinn early last month, the first known contact since talks collapsed.")
    meetings = of(article(nlp, text).events, EventType.MEETING)
    assert meetings and all(m.date is not None and m.date.calendar == "2031-04"
                            for m in meetings)


def test_a_when_clause_after_a_month_of_that_year_is_of_that_month(nlp: Language) -> None:
    # "since March of that year, when X released 150": March names the month (not "the
    # same day, when ...", a day the clause defines)
    text = ("In early December 2029, Estonian forces detained an Iraqi woman in the north. She "
            "had been free only since March of that year, when the Latvian government released "
            "more than 150 women prisoners.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.date is not None and release.date.calendar == "2029-03"


def test_a_day_across_a_semicolon_is_the_other_clause_s(nlp: Language) -> None:
    text = ("In August 2029 former President Ivo Tamm flew in and left with two reporters; "
            "in August 2030 Peeter Saar brought home Jon Kask, who had strayed over the border "
            "from Latvia.")
    dates = {m.persons: m.date.calendar if m.date else None
             for m in of(sentence_events(nlp, text), EventType.RELEASE)}
    assert dates.get(("Jon Kask",)) == "2030-08"


def test_the_day_people_told_as_freed_are_received_is_not_their_release_s(
        nlp: Language) -> None:
    text = ("President Ivo Kask met the released fishermen Jon Kask and Mart Tamm at the "
            "palace on Sunday.")
    releases = of(sentence_events(nlp, text), EventType.RELEASE)
    assert releases and all(m.date is None for m in releases)
    text = "Mongolia freed the fishermen Jon Kask and Mart Tamm on Sunday."
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.date is not None


def test_a_day_parsed_as_a_second_subject_is_the_describing_clause_s(nlp: Language) -> None:
    text = ("The embassy was stormed on June 11. Twenty-five Estonian lorry drivers abducted "
            "in Valga the previous day had been released earlier, on July 3.")
    (release,) = of(article(nlp, text).events, EventType.RELEASE)
    assert release.date is not None and release.date.calendar is not None
    assert release.date.calendar.endswith("-07-03")


def test_a_demand_made_before_a_month_was_out_is_of_that_month(nlp: Language) -> None:
    # session 46: "Before June was out" (however the parser hangs "Before June") and "before
    # March ended" time the act within that month
    for text, month in (
            ("Gunmen seized Jon Kask near Valga in May.\n\nBefore June was out, the kidnappers "
             "asked Estonia to free every teenager it held.", "2030-06"),
            ("Before March ended, the Vark Front demanded a ransom for the two sailors.",
             "2031-03")):
        (demand,) = of(article(nlp, text).events, EventType.DEMAND)
        assert demand.date is not None and demand.date.value == month


def test_a_bare_before_a_month_does_not_put_the_act_in_it(nlp: Language) -> None:
    text = ("Gunmen seized Jon Kask near Valga in May.\n\nBefore June, the kidnappers had "
            "asked Estonia to free every teenager it held.")
    (demand,) = of(article(nlp, text).events, EventType.DEMAND)
    assert demand.date is None
    # "shortly before" keeps the day
    (release,) = of(sentence_events(nlp, "Latvia freed Jon Kask shortly before midnight on "
                                         "April 27."), EventType.RELEASE)
    assert release.date is not None and release.date.value == "2031-04-27"


def test_the_day_something_is_due_does_not_date_the_event(nlp: Language) -> None:
    # session 47: "met ... to discuss the vote due on May 20": the vote's day, still to come
    text = ("Later the two envoys met Mari Tamm in Tallinn to discuss the referendum due on "
            "May 20.")
    (meeting,) = of(sentence_events(nlp, text), EventType.MEETING)
    assert meeting.date is None
    dated = text.replace("Later", "On Wednesday")
    (meeting,) = of(sentence_events(nlp, dated), EventType.MEETING)
    assert meeting.date is not None and meeting.date.value == "2031-05-07"


def test_the_year_of_a_pact_a_release_is_told_under_does_not_date_it(nlp: Language) -> None:
    # session 48: "freed the eight under a 2011 accord": the pact's year
    text = "Mongolia freed the eight under a 2011 accord on prisoner transfers."
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.date is None
    text = "Latvia freed the two men on Tuesday under the 1999 treaty."
    (release,) = of(sentence_events(nlp, text), EventType.RELEASE)
    assert release.date is not None and release.date.value == "2031-05-06"
    # a promise may be the pact's own word, made the day the pact was
    text = "Under the May 2 accord, Latvia will free two men."
    (promise,) = of(sentence_events(nlp, text), EventType.PROMISE)
    assert promise.date is not None and promise.date.value.startswith("2031-05-02")


def test_a_day_that_opens_the_sentence_dates_the_after_clause_behind_its_comma(
        nlp: Language) -> None:
    # the act of the after-clause came first on that day; the main clause's verb reports
    text = ("On Monday, after President Ann Berg hosted the Norland trade minister, Tom Dahl, "
            "in her residence, aides said talks would go on.")
    (meeting,) = of(sentence_events(nlp, text), EventType.MEETING)
    assert meeting.date is not None and meeting.date.text == "Monday"
    text = ("On 9 April, after receiving the Norland trade minister, Tom Dahl, President Ann "
            "Berg's aides said talks would go on.")
    (meeting,) = of(sentence_events(nlp, text), EventType.MEETING)
    assert meeting.date is not None and meeting.date.text == "9 April"
    # a day after the clause ("on Tuesday, days after ...") is the main clause's alone
    text = "The rebels freed Tom Dahl on Tuesday, days after envoys met Ann Berg."
    (meeting,) = of(sentence_events(nlp, text), EventType.MEETING)
    assert meeting.date is None
