"""The document stage's time frame, on invented articles parsed by the real spaCy pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language
from texts import day, of

from dealwatch.dates import find_dates
from dealwatch.document import read_article
from dealwatch.model import Article, EventMention, EventType
from dealwatch.reconcile import merge_events
from dealwatch.resolve import resolve

PUBLISHED = date(2031, 5, 10)  # a Saturday


def run(nlp: Language, text: str, published: date | None = PUBLISHED) -> list[EventMention]:
    article = Article(id="doc1", path="doc1.txt", text=text, published=published)
    return list(read_article(article, nlp(text), find_dates(text, published)).events)


def test_later_paragraph_keeps_the_lead_day(nlp: Language) -> None:
    text = ("The first exchange between the two sides took place on Thursday evening at a "
            "border crossing in the north.\n"
            "Officials said nine detainees had been handed over to the Red Cross there.")
    (release,) = of(run(nlp, text), EventType.RELEASE)
    assert day(release) == "2031-05-08"
    # the sentence that set the day is part of the evidence
    assert any("Thursday" in e.quote for e in release.context)


def test_a_step_back_leaves_the_frame_undated(nlp: Language) -> None:
    text = ("The exchange between the two sides took place on Thursday evening at a border "
            "crossing in the north of the country.\n"
            "Years ago, the same government had freed six prisoners in a similar deal.")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert releases and all(day(r) is None for r in releases)


def test_a_stretch_of_recent_weeks_leaves_the_frame_undated(nlp: Language) -> None:
    text = ("The exchange between the two sides took place on Thursday evening at a border "
            "crossing in the north of the country.\n"
            "A spokesman added that 212 more inmates had been freed over recent weeks.")
    releases = [r for r in of(run(nlp, text), EventType.RELEASE) if r.count == 212]
    assert releases and all(day(r) is None for r in releases)


def test_a_month_of_its_own_is_not_dated_by_the_frame(nlp: Language) -> None:
    text = ("The exchange between the two sides took place on Thursday evening at a border "
            "crossing in the north of the country.\n"
            "In March the authorities freed four activists.")
    (release,) = of(run(nlp, text), EventType.RELEASE)
    assert day(release) is None or day(release) == "2031-03"


def test_a_day_of_an_arrest_sets_no_frame(nlp: Language) -> None:
    text = ("The teacher was arrested on Tuesday at the airport of the capital by the "
            "security services of the country.\n"
            "Officials later said the authorities freed two students.")
    (release,) = of(run(nlp, text), EventType.RELEASE)
    assert release.date is None


def test_a_later_report_day_sets_no_frame(nlp: Language) -> None:
    text = ("Negotiators from the two governments have been talking for months about the "
            "fate of the prisoners held on both sides.\n"
            "A newspaper reported on Wednesday that the envoys had met in a neutral capital.\n"
            "The authorities freed three journalists.")
    (release,) = of(run(nlp, text), EventType.RELEASE)
    assert release.date is None


def test_the_lead_report_day_is_the_news_peg(nlp: Language) -> None:
    text = ("The foreign ministry said on Friday that the two governments had completed a "
            "swap of prisoners at a remote airfield.\n"
            "Eleven detainees were handed to the Red Cross and flown home.")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert len(releases) == 2  # the lead's swap and its handover, one event once reconciled
    assert [day(r) for r in releases] == ["2031-05-09", "2031-05-09"]
    assert releases[1].count == 11


def test_sanctions_are_not_dated_by_a_release_frame(nlp: Language) -> None:
    text = ("The authorities freed twelve political prisoners on Thursday, officials of both "
            "governments said in the capital.\n"
            "In exchange, the government eased sanctions on the state airline.")
    events = run(nlp, text)
    (relief,) = of(events, EventType.SANCTIONS_RELIEF)
    assert relief.date is None


def test_no_frame_without_a_day(nlp: Language) -> None:
    text = ("The two governments agreed a swap of prisoners after months of quiet talks "
            "mediated by a third country.\n"
            "Eleven detainees were handed to the Red Cross and flown home.")
    (release,) = of(run(nlp, text), EventType.RELEASE)
    assert release.date is None


def test_hours_earlier_keeps_the_day(nlp: Language) -> None:
    text = ("The aid worker landed at a military airport on Friday evening and was greeted "
            "by his parents and his sisters.\n"
            "Hours earlier the aid worker had been handed to consular officials abroad.")
    (release,) = of(run(nlp, text), EventType.RELEASE)
    assert day(release) == "2031-05-09"


def test_a_date_in_a_clause_about_someone_does_not_date_the_release(nlp: Language) -> None:
    text = ("The authorities freed two journalists in exchange for a courier jailed for a "
            "smuggling plot in 2019.")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert releases and all(r.date is None for r in releases)


def test_a_dateline_is_not_part_of_the_first_name(nlp: Language) -> None:
    text = "PORTVILLE - Norway released two imprisoned sailors late on Tuesday."
    (release,) = of(run(nlp, text), EventType.RELEASE)
    assert release.by == "Norway"


def test_a_headline_takes_the_lead_day(nlp: Language) -> None:
    text = ("Two sailors freed in quiet swap\n"
            "The exchange of prisoners between the two governments took place on Thursday at "
            "an airport in a neutral country, officials said.")
    art = Article(id="doc1", path="doc1.txt", text=text, published=PUBLISHED)
    ex = read_article(art, nlp(text), find_dates(text, art.published))
    # the headline's "freed in quiet swap" and the lead's exchange: one release, Thursday's
    (release,) = [e for e in merge_events([ex], resolve([ex])) if e.type == EventType.RELEASE]
    assert release.date == "2031-05-08" and release.count == 2


def test_the_terms_of_a_dated_deal_take_its_day(nlp: Language) -> None:
    text = ("The swaps are the first under a deal that the cabinet approved on Wednesday after "
            "a long session. Under its terms Norway is to free 40 hostages seized in the "
            "raid of March 3, while Sweden is to release 120 prisoners.")
    promises = of(run(nlp, text), EventType.PROMISE)
    assert {p.count for p in promises} == {40, 120}
    assert all(day(p) == "2031-05-07" for p in promises)


def test_a_since_phrase_about_someone_else_does_not_date_the_meeting(nlp: Language) -> None:
    text = ("The first step came on 5 March, when the envoy Ivan Petrov flew to the capital and "
            "met Olga Smirnova, the first visit by senior officials since 2019.")
    (meeting,) = of(run(nlp, text), EventType.MEETING)
    assert day(meeting) == "2031-03-05"


def test_the_day_a_record_stands_since_is_not_the_release_s(nlp: Language) -> None:
    text = ("Chile freed 82 Peruvians on Friday.\n\nThe release is the largest since the night "
            "of 14 April 2024, when gunmen stormed a school in Lima.")
    assert [day(r) for r in of(run(nlp, text), EventType.RELEASE)] in (
        ["2031-05-09"], ["2031-05-09", None])
    # the day the parse hung inside the stretch is the sentence's own
    own = ("Chile and Peru carried out the largest exchange of prisoners since the war on "
           "Wednesday, with 230 Peruvians returning home after months in Chilean captivity.")
    days = [day(r) for r in of(run(nlp, own), EventType.RELEASE)]  # the exchange and (since
    assert days and set(days) == {"2031-05-07"}  # session 26) the Peruvians' homecoming


def test_the_day_written_before_after_is_not_the_earlier_release_s(nlp: Language) -> None:
    # the parse may hang "on Monday" on the after-clause's verb: it is the main clause's day
    text = ("Chile freed the last of the group, Kai Strand, on Monday, a week after the first "
            "20 were released.")
    days = {m.count: day(m) for m in of(run(nlp, text), EventType.RELEASE)}
    assert days.get(20) != "2031-05-05"


def test_a_state_that_began_on_a_date_is_dated_by_its_since_phrase(nlp: Language) -> None:
    (imposed,) = of(run(nlp, "The shipping line has been sanctioned since August 2021."),
                    EventType.SANCTIONS_IMPOSED)
    assert day(imposed) == "2021-08"


def test_the_same_statement_takes_the_statements_day(nlp: Language) -> None:
    text = ("The two governments issued a joint statement on Thursday.\n"
            "Officials in both capitals have argued for months about the wording.\n"
            "In the same statement Norway promised to release 12 Swedish prisoners.")
    (promise,) = of(run(nlp, text), EventType.PROMISE)
    assert day(promise) == "2031-05-08"


def test_hours_later_dates_any_kind_of_event(nlp: Language) -> None:
    text = ("Norway and Sweden signed a partial agreement in the capital on Saturday.\n"
            "Hours later the Treasury issued a general license allowing the oil company to "
            "resume production.")
    (relief,) = of(run(nlp, text), EventType.SANCTIONS_RELIEF)
    assert day(relief) == "2031-05-10"


def test_a_headline_letter_is_not_dated_by_a_release_lead(nlp: Language) -> None:
    text = ("A second round, and a letter\n"
            "Seventeen prisoners were released by the government on Thursday, state media "
            "said in the evening.\n"
            "Earlier in the week, the envoy handed over a letter from the foreign minister "
            "Olga Smirnova.")
    letters = of(run(nlp, text), EventType.LETTER)
    assert letters and all(day(m) is None for m in letters)


def test_a_date_of_a_clause_under_the_event_is_that_clauses(nlp: Language) -> None:
    text = ("The envoy Ivan Petrov met Olga Smirnova at the palace, the first contact since "
            "the two governments broke off relations in 2019.")
    (meeting,) = of(run(nlp, text), EventType.MEETING)
    assert meeting.date is None


def test_announcing_the_releases_on_a_day_dates_them(nlp: Language) -> None:
    text = ("Officials in both capitals had worked on the deal for more than a year before it "
            "was done.\n"
            "Norway announced the releases on Saturday in return for Sweden pardoning seven "
            "Norwegians held in Swedish jails.")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert releases and all(day(r) == "2031-05-10" for r in releases)


def test_an_unanchored_span_beside_a_day_still_lets_the_day_set_the_frame(nlp: Language) -> None:
    text = ("What happened in the room? Olga Smirnova's meeting with Ivan Petrov, told three "
            "ways\n"
            "For more than a week after the envoy flew home, neither government would say "
            "whether she had met President Ivan Petrov during the trip on May 6.")
    meetings = of(run(nlp, text), EventType.MEETING)
    assert meetings and all(day(m) == "2031-05-06" for m in meetings)


def test_a_day_after_counts_back_from_the_main_clause(nlp: Language) -> None:
    text = ("The finance ministry blacklisted nine trading firms on Thursday for helping the "
            "navy, a day after the government lifted the sanctions on the central bank.")
    (relief,) = of(run(nlp, text), EventType.SANCTIONS_RELIEF)
    assert day(relief) == "2031-05-07"


def test_two_days_before_counts_forward(nlp: Language) -> None:
    text = ("The two envoys met in a lakeside hotel on Monday, two days before the rebels "
            "freed the three hostages.")
    (release,) = of(run(nlp, text), EventType.RELEASE)
    assert day(release) == "2031-05-07"


def test_a_count_from_another_event_leaves_the_sentences_own_day(nlp: Language) -> None:
    text = ("Two days before the ruling, on Wednesday, the prime minister raised the case with "
            "President Karl Dorn by telephone.")
    (call,) = of(run(nlp, text), EventType.CALL)
    assert day(call) == "2031-05-07"


def test_what_an_after_clause_tells_is_not_dated_by_the_frame(nlp: Language) -> None:
    text = ("Kenya frees two pilots after envoys meet President Karl Dorn\n"
            "Kenya freed two Ugandan pilots late on Tuesday, days after a delegation of senior "
            "officials sat down with President Karl Dorn in the capital.")
    meetings = of(run(nlp, text), EventType.MEETING)
    assert meetings and all(day(m) != "2031-05-06" for m in meetings)


def test_a_statement_takes_the_day_of_the_words_it_is_told_in(nlp: Language) -> None:
    text = ("Speaking at his weekly news conference on Monday, Karl Dorn said Ivan Petrov "
            "must be freed without conditions.")
    (demand,) = of(run(nlp, text), EventType.DEMAND)
    assert day(demand) == "2031-05-05"


def test_what_one_tells_the_other_side_of_a_call_was_said_on_its_day(nlp: Language) -> None:
    text = ("On Wednesday Prime Minister Karl Dorn raised the case directly with President "
            "Ivo Lask by telephone. According to his office, he told Lask that Ivan Petrov "
            "was innocent and had to be released immediately.")
    (demand,) = of(run(nlp, text), EventType.DEMAND)
    assert day(demand) == "2031-05-07"


def test_a_statement_released_after_a_meeting_takes_the_meetings_day(nlp: Language) -> None:
    text = ("Karl Dorn met the two families on Wednesday at the palace.\n"
            "In a written statement released after the meeting, his spokesman said the "
            "president had reaffirmed that he would keep working to free Ivan Petrov.")
    promises = of(run(nlp, text), EventType.PROMISE)
    assert promises and all(day(p) == "2031-05-07" for p in promises)


def test_a_summit_where_words_were_said_takes_their_day(nlp: Language) -> None:
    text = ("He said he had told his Kenyan and Ugandan counterparts on Thursday, at a summit "
            "in Nairobi, that their release was imminent.")
    (meeting,) = of(run(nlp, text), EventType.MEETING)
    assert day(meeting) == "2031-05-08"


def test_an_explainers_question_starts_afresh(nlp: Language) -> None:
    text = ("What happened?\n"
            "On Thursday the two ministers met in the capital and agreed the terms.\n"
            "And the critics?\n"
            "The opposition says freeing a convicted spy only encourages hostage-taking.")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert all(r.date is None for r in releases)


def test_a_participle_saying_who_people_are_takes_not_its_clauses_day(nlp: Language) -> None:
    text = ("A plane carrying three of the Americans freed by Chile landed in Lima on Sunday "
            "afternoon after a long delay.")
    releases = of(run(nlp, text, None), EventType.RELEASE)
    assert releases and all(r.date is None for r in releases)


def test_a_release_told_as_still_to_come_takes_no_day_from_the_frame(nlp: Language) -> None:
    text = ("Norway on Wednesday freed the Chilean teacher Ana Ruiz after two years in "
            "custody.\n\nOfficials said the talks had led both to her release and to the "
            "forthcoming return of a Norwegian national held in Chile.\n")
    releases = of(run(nlp, text), EventType.RELEASE)
    to_come = [m for m in releases if m.expected]
    assert to_come and all(m.date is None for m in to_come)
    assert any(m.date is not None and not m.expected for m in releases)


def test_what_the_frames_event_followed_is_not_of_its_day(nlp: Language) -> None:
    text = ("The Treasury on Thursday removed the airline from its sanctions list, hours "
            "after 52 prisoners were freed and driven across the border, officials said.\n\n"
            "The move followed a meeting between President Ivan Dorn and the envoy Karl Moen "
            "in Valdora, where the two men discussed the release of prisoners.")
    meetings = of(run(nlp, text), EventType.MEETING)
    assert meetings and all(day(m) is None for m in meetings)


def _events(nlp: Language, text: str, published: date) -> list[EventMention]:
    """The mentions the document stage reads in ``text`` published that day."""
    art = Article(id="d", path="d.txt", text=text, published=published)
    return list(read_article(art, nlp(text), find_dates(text, published)).events)


def _day_of(nlp: Language, text: str, published: date, etype: EventType) -> str | None:
    """The day of the one mention of ``etype`` the text tells (None if undated)."""
    (found,) = [m for m in _events(nlp, text, published) if m.type == etype]
    return found.date.value if found.date is not None else None


def test_reactions_after_a_lead_of_the_day_are_of_that_day(nlp: Language) -> None:
    # session 27: the lead tells the day's news; a reaction reported in a later paragraph
    # with no day of its own was made that day (not one told "hours later" than another)
    text = ("Peru on Tuesday freed 30 Chilean fishermen held since their boats were seized "
            "off its coast, ending a long dispute between the neighbours.\n\n"
            "The men were driven to the border.\n\n"
            "The Chilean foreign ministry called on Peru to release the pilot Ann Berg too.")
    tuesday = date(2031, 5, 13)
    assert _day_of(nlp, text, tuesday, EventType.DEMAND) == "2031-05-13"
    # the lead's news of the day before: no day is given the reaction
    told = text.replace("on Tuesday", "on Monday")
    assert _day_of(nlp, told, tuesday, EventType.DEMAND) is None


def test_a_word_given_in_reaction_after_a_lead_of_the_day_is_of_that_day(
        nlp: Language) -> None:
    # a promise someone is reported giving in a later paragraph, as a demand: that day's;
    # a term of the arrangement keeps to its own paragraph's day
    lead = ("Peru on Tuesday freed 30 Chilean fishermen held since their boats were seized "
            "off its coast, ending a long dispute between the neighbours.\n\n"
            "The men were driven to the border.\n\n")
    tuesday = date(2031, 5, 13)
    said = "The Chilean foreign minister said Chile would free two Peruvian sailors in turn."
    assert _day_of(nlp, lead + said, tuesday, EventType.PROMISE) == "2031-05-13"
    term = "Under the deal, Chile will free two Peruvian sailors in turn."
    assert _day_of(nlp, lead + term, tuesday, EventType.PROMISE) is None


def test_a_demand_reacting_to_the_day_s_verdict_is_of_that_day(nlp: Language) -> None:
    # session 27: a lead dated the publication day (a verdict: no event of its own) and a
    # demand told in the paragraphs after it, with no day and no step back: made that day
    demand = "The Chilean foreign ministry called on Peru to release Berg immediately."
    text = ("A court in Lima on Tuesday sentenced the Chilean pilot Ann Berg to 20 years in "
            "prison, ending a trial that Chile has called political.\n\n"
            "Her lawyers said they would not appeal.\n\n" + demand)
    tuesday = date(2031, 5, 13)
    assert _day_of(nlp, text, tuesday, EventType.DEMAND) == "2031-05-13"
    for later in ("The ministry had called on Peru to release Berg.",
                  "Hours later the ministry called on Peru to release Berg."):
        told = text.replace(demand, later)
        assert _day_of(nlp, told, tuesday, EventType.DEMAND) is None, later
    # in the next day's paper the verdict is yesterday's news: no day is given the demand
    assert _day_of(nlp, text, date(2031, 5, 14), EventType.DEMAND) is None


def test_what_the_sides_agreed_right_after_dated_talks_was_agreed_there(nlp: Language) -> None:
    # session 27: "The ministers met on Monday. The two sides agreed to exchange ...": the
    # agreement of the sentence right after the talks is of their day
    text = ("Chile's and Peru's foreign ministers met in Lima on Monday. The two sides agreed "
            "to exchange all prisoners.")
    tuesday = date(2031, 5, 13)
    assert _day_of(nlp, text, tuesday, EventType.PROMISE) == "2031-05-12"
    told = text.replace("The two sides agreed", "Peru promised")  # not told as agreed
    assert _day_of(nlp, told, tuesday, EventType.PROMISE) is None


def test_what_one_said_speaking_to_the_others_at_dated_talks_was_said_there(
        nlp: Language) -> None:
    # session 47: "A met the families on Sunday. Speaking to them, he pledged ...": at the talks
    text = ("President Bat Erdene met the families of the fishermen on Sunday at his residence "
            "in Ulaanbaatar. Speaking to them in the hall, he pledged that the "
            "government would not rest until every captive was home.")
    monday = date(2031, 5, 12)
    assert _day_of(nlp, text, monday, EventType.PROMISE) == "2031-05-11"
    told = text.replace("Speaking to them in the hall, he", "Later he")
    assert _day_of(nlp, told, monday, EventType.PROMISE) is None


def test_the_main_clause_counted_from_the_day_of_its_after_clause(nlp: Language) -> None:
    # session 27: "Two days after Peru freed A on Monday, Chile released B": B on Wednesday
    text = "Two days after Peru freed Ann Berg on Monday, Chile released Tom Dahl."
    days = {m.by: m.date.value if m.date else None for m in _events(nlp, text, date(2031, 5, 17))
            if m.type == EventType.RELEASE}
    assert days == {"Peru": "2031-05-12", "Chile": "2031-05-14"}


def test_a_half_traded_for_the_other_sides_release_takes_its_day(nlp: Language) -> None:
    # "X released three ... in exchange for two ..." told with no day, and the other side's
    # release of them dated later in the article: the two halves of one swap, on that day
    text = ("Chile released three Peruvian agents in exchange for two Chilean teachers, "
            "officials said.\n\nThe agents had been convicted of spying in 2019.\n\n"
            "Peru freed the two teachers at the border on Friday.")
    releases = {m.by: day(m) for m in of(run(nlp, text), EventType.RELEASE)}
    assert releases == {"Chile": "2031-05-09", "Peru": "2031-05-09"}


def test_a_conditional_release_announced_is_not_a_release_done(nlp: Language) -> None:
    text = ("President Ivan Dorn announced the conditional release of three Vark prisoners on "
            "Tuesday in a speech broadcast live.\n")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert releases and all(m.expected and m.date is None for m in releases)


def test_a_pardon_told_as_a_step_before_the_handover_is_not_dated_as_the_release(
        nlp: Language) -> None:
    text = ("President Tomas Berg signed Jon Tomasson's pardon on Tuesday, the last legal step "
            "needed before he could be handed over.\n")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert releases and all(m.expected and m.date is None for m in releases)
    text = "President Tomas Berg pardoned Jon Tomasson on Tuesday.\n"
    releases = of(run(nlp, text), EventType.RELEASE)
    assert releases and not any(m.expected for m in releases)
    # session 48: "pardoned A and B on Sunday so that both could go home in the swap"
    text = ("The presidency said President Tomas Berg had pardoned Jon Tomasson and Ivan Dorn "
            "on Sunday so that both could go home in the swap.\n")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert releases and all(m.expected and m.date is None for m in releases)


def test_what_was_agreed_in_a_call_told_by_speaking_by_phone_takes_its_day(
        nlp: Language) -> None:
    # "spoke by phone on Tuesday" is a call, not the day a report appeared: the sentence
    # after it, telling what a side agreed during the call, was agreed that day
    text = ("Trawlermen news\n\nThe presidents of Mongolia and Iceland spoke by phone on "
            "Tuesday. During the call, Mongolia agreed to free the six fishermen.\n")
    (promise,) = of(run(nlp, text), EventType.PROMISE)
    assert day(promise) == "2031-05-06"


def test_a_later_day_in_a_later_paragraph_ends_the_frame(nlp: Language) -> None:
    # the frame of "24 January" does not reach past "On April 3 ...": the story moved on
    text = ("Trawlermen news\n\nThe first sign of a deal came on 24 January, when Iceland's "
            "foreign minister said his government was ready for a trade.\n\n"
            "Spring brought other news. On April 3 an air raid killed General Ivo Kask. He is "
            "not related to the freed engineer, whatever many readers assumed.\n")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert releases and all(day(r) != "2031-01-24" for r in releases)
    # a day in the frame's own paragraph, or no later day, leaves it in place
    text = ("Trawlermen news\n\nThe exchange took place on 24 January at a crossing near "
            "Valga.\n\nThe storm of 1999 is long forgotten. Officials said nine detainees "
            "had been handed over to the Red Cross there.\n")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert releases and all(day(r) == "2031-01-24" for r in releases)


def test_the_day_a_plane_was_shot_down_frames_nothing_after_it(nlp: Language) -> None:
    # a paragraph of the freed man's past, opening on its day written in full, is no step
    # of the story: the pardon told next is not of that day
    text = ("Trawlermen news\n\nJon Einarsson was back in Reykjavik on Saturday "
            "morning.\n\nEinarsson, 41, was shot down over Erdenet on May 1, 2029, and tried "
            "in Ulaanbaatar that summer. A court gave him twelve years.\n\nThe Mongolian "
            "news agency said the council of state had pardoned the airman, citing appeals "
            "from his family.\n")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert releases and all(day(r) != "2029-05-01" for r in releases)


def test_people_told_as_freed_in_a_later_scene_take_not_its_day(nlp: Language) -> None:
    # "the freed officers" and "receives freed fishermen" say who people are; the day of
    # the welcome is not the day they were freed
    text = ("Mongolia welcomes freed fishermen at the palace\n\n"
            "The president welcomed the crew at the palace in Ulaanbaatar on Sunday. "
            "Relatives of some of the freed officers declined to talk to reporters.\n")
    releases = of(run(nlp, text), EventType.RELEASE)
    assert releases and all(day(r) is None for r in releases)
    assert all(r.by is None for r in releases)


def test_in_the_same_message_is_of_the_day_the_message_was_written(nlp: Language) -> None:
    text = ("Trawlermen news\n\nBat Erdene posted a message on Thursday welcoming the "
            "fishermen's return.\n\nIn the same message he urged Iceland to release the "
            "Mongolian sailors it still detains.\n")
    (demand,) = of(run(nlp, text), EventType.DEMAND)
    assert day(demand) == "2031-05-08"


def test_the_same_statement_told_with_no_day_is_of_the_story_s_day(nlp: Language) -> None:
    # session 46: the statement told before has no day of its own; the story is of Thursday,
    # and a year in a clause about someone ("a skipper jailed there since 2019") is no day
    text = ("Trawlermen news\n\nIceland freed the five Mongolian fishermen on Thursday, "
            "officials said.\n\nThe crew flew home from Reykjavik in the evening.\n\n"
            "Bat Erdene thanked the mediators in a statement.\n\n"
            "In the same statement, Erdene demanded that Iceland free Jon Kask, a skipper "
            "jailed there since 2019.\n")
    (demand,) = of(run(nlp, text), EventType.DEMAND)
    assert day(demand) == "2031-05-08"


def test_a_lead_s_day_past_an_aside_s_closing_comma_sets_the_frame(nlp: Language) -> None:
    # session 46: the parser hangs "on Saturday" on "imprisoned" inside the aside; the comma
    # after "charges" closes it, so the day is the release's and frames what follows
    text = ("Trawlermen news\n\nIceland released Jon Kask, a Mongolian skipper imprisoned in "
            "Reykjavik for nearly four years on smuggling charges, on Saturday in exchange for "
            "Bat Erdene, an Icelandic banker who had been held in Mongolia since last summer, "
            "officials said.\n\nThe crew of his trawler was handed over to Mongolian "
            "officials at the airport in Tallinn.\n")
    crew = [r for r in of(run(nlp, text, date(2031, 5, 12)), EventType.RELEASE)
            if "crew" in r.evidence.quote]
    assert crew and all(day(r) == "2031-05-10" for r in crew)


def test_under_it_after_a_deal_takes_the_deal_s_time(nlp: Language) -> None:
    # "it" is the deal the sentence before names; its terms were agreed when it was reached
    for when, expected in (("on Monday", "2031-05-05"), ("last month", "2031-04")):
        text = (f"Trawlermen news\n\nThe handovers follow an agreement struck {when} in "
                "Tallinn. Under it the Vark Front undertook to free 40 captives.\n")
        promises = of(run(nlp, text), EventType.PROMISE)
        assert [day(p) for p in promises] == [expected], when


@pytest.mark.parametrize("link", ["Within hours,", "Shortly afterwards,", "Moments later,",
                                  "Within minutes of the handover,",
                                  "Speaking to reporters afterward,"])
def test_a_statement_told_right_on_from_the_day_is_of_that_day(
        nlp: Language, link: str) -> None:
    # session 47: words that tie a sentence to the day just told date a statement of the
    # next paragraph too; a sentence that left the frame between leaves it undated
    freed = ("Mongolia freed the Estonian trawlerman Jon Kask on Thursday after eight months "
             "in custody.\n\n")
    demand = f"{link} Estonia's president demanded the release of the rest of the crew."
    (said,) = of(run(nlp, freed + demand), EventType.DEMAND)
    assert day(said) == "2031-05-08"
    left = freed + "He had been arrested in March 2030.\n\n" + demand
    (said,) = of(run(nlp, left), EventType.DEMAND)
    assert day(said) is None


def test_a_release_a_headline_counts_days_from_is_before_the_frame_day(
        nlp: Language) -> None:
    # session 48: "X in Y a day after the sailors' release" over a lead dated Wednesday
    text = ("Kask in Valga a day after sailors' release\n\n"
            "VALGA, May 7 -- Jon Kask held talks with Bat Erdene in Valga on Wednesday, a day "
            "after Latvia freed five sailors.")

    def headline_day(text: str) -> str | None:
        (release,) = [m for m in of(run(nlp, text), EventType.RELEASE)
                      if m.evidence.quote.startswith("Kask in")]
        return day(release)

    assert headline_day(text) == "2031-05-06"


def test_days_after_the_kidnapping_steps_back_from_the_frame(nlp: Language) -> None:
    # session 48: "Within days of the kidnapping, X telephoned ..."
    text = ("Five sailors were freed by Peru on Friday after months in captivity.\n"
            "Within days of the kidnapping, Ana Lopes, the Chilean foreign minister, "
            "telephoned Ivo Marek in Lima.")
    (call,) = of(run(nlp, text), EventType.CALL)
    assert day(call) is None
    text = text.replace("Within days of the kidnapping, Ana", "Ana")
    (call,) = of(run(nlp, text), EventType.CALL)
    assert day(call) == "2031-05-09"
