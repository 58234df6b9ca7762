"""Extract: a parsed article in, event mentions with evidence out.

The stage reads each sentence that holds an event cue, decides from the governing words
whether the event happened, was promised or demanded (or only wished for), and fills in its
arguments from the dependency parse (``events.py``). Every mention carries its sentence as
evidence.

Importing the package costs nothing: its version and its word lists (``lexicon``) are plain
data that the store and the web pages read, and the functions that need spaCy are loaded on
first use, so a command that never parses never imports spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dealwatch.extract.events import (
        extract_events,
        find_names,
        mention_id,
        sentence_evidence,
    )
    from dealwatch.extract.sentences import prepare

# rules-10: the freed an article names away from its release (homecomings, lists of the
# freed, headed lists, people held by the side that freed), and whom a demand or promise
# only points at (the article's captives), as listed in the CHANGELOG (session 18)
# rules-11: acts told as the setting of another ("when A and B met", "in their call"), help
# asked to free someone, acts told as not done ("instead of freeing him") (session 19)
# rules-12: dates of someone's past, weekdays that pick a year, governments of a state,
# each side's half of a swap, the freed named away from their release (session 20)
# rules-13: whole-story readings of time, lists, groups named with their number (session 21)
# rules-14: both sides' sums, two releases in one sentence, remains, reported releases, the
# same day as an unknown weekday, a meeting that only times another act (session 22)
# rules-15: a sentence opening with its day and no comma parsed as with it, the freed of
# inverted and "among" lists, whom a side calls to be freed, calls for calm, summits as
# settings, weekdays of a named week, counterparts of a relative clause, spelled compound
# numbers, nationalities before names, "returned home", relative-clause actors (session 23)
# rules-16: captures and abductions as holdings, ranks of several words, girls and militants
# as the freed, "On Friday, 24 ...", the day a record stands since, asked and offered as news
# words them, his government as the speaker's state, rounds that bring a total up (session 24)
# rules-17: rounds by day, swaps told both ways, dates from the day told last (session 25)
# rules-18: homecomings after a stretch in prison or in an exchange's "with" clause, "one of
# them", "So was B", "on the list", a number freed in two sides' exchange (session 26)
# rules-19: one person told by "a teacher" counted one, "held since March were freed", "their
# release by X", leaving prison, a lifted arrest, lists around a swap, rebels of a nationality,
# trade curbs eased, the gap before an after-clause, a timed release a speaker announces (s. 27)
# rules-20: the swap a release is part of, prisons walked out of, sent home, a dateline's
# agency no name, "X released A and Y freed B" parsed as one clause (session 28)
# rules-21: lists of the freed (semicolons, colons, labels, numbered items, the plane that
# landed), sides of hand-overs and pair swaps, terms a deal provides for, ransoms, "only if",
# eventual acts, headline statements, handshakes, "rang", names (session 29)
# rules-22: holders and seats ("authorities in X", "held in X" in a relative clause, "walked
# free from"), "after being freed", "let" after a clause, a clause's own count, a release's
# since-date, "she"/"her" of a demand (session 30)
# rules-23: an "among those freed" list in an article that tells no release is one, with the
# day its subject gives; "including" after a clause about the group; a list told before an
# article's one release; "the kidnappers" and "her captors"; "In a statement issued late
# Saturday, X demanded"; a body's dated words dating its state's next; "the X gang" (s. 31)
# rules-24: releases told by the freed moving (landed, left, flown out, walked across,
# stepped off a plane), "A and B were flown to X and traded there", the dead handed over
# freeing no one, "several hundred", a price put on lives as a demand, pirates and hijackers
# as a side, "sat with" and "called on", a terrorism list's relief, chronology entries' days,
# the terms of "the arrangement" (session 32)
# rules-25: acts named but not told done (an allegation, a habit, a topic raised, acts
# counted, "in demand", a motion to a court, a court's bail terms, a newsletter); a year
# naming another thing or after "since" on a noun dates nothing; a leader receiving the
# families of the held is a meeting; bodies named with "and", "the group" after a body;
# "were set free", "let them go" after a past verb; a list of terms and a condition told
# by its act as demands; a month inside an act promised; "came over to the other side";
# "between Presidents A and B" (session 33)
# rules-26: "Section | Monday 8 September 1969" dates a page; a day opening a body's name
# ("the October 9 Liberation Movement") is no date; "after the two met ... on Sunday"
# under a promise is a meeting of the two; "he was received by A"; "his Vorta Front" makes
# a person's releases the body's; "A's men held by X" and "X holds prisoners of conscience"
# say nothing of who freed others; "freed by his government"; "in recent weeks" leaves the
# time frame; "demanding that ... and that 15 prisoners be freed"; "the price of her life:
# the release of"; "transferred to another vehicle"; "With A the militia freed B"; a state's
# word that its captives will be released; "released eight more"; a ceasefire declared; a
# personal note; "on the direct line to"; the held handcuffed; lawmakers met; talks timing
# another act (session 34)
# rules-27: "demanded A's return after his arrest" (a phrase of when or at what price is not
# what is asked); "demands, among them the release of A"; where a demand's people are jailed
# is not who frees the hostages; a ban on a named firm; initials the tagger left out; "in
# Olmar, Santa Rita" a region; "his wife ... She was freed"; "X says ..., demands ..."; a day
# in what the freed are told; a market's demand; a body's meeting with its investors; "when
# they walked out on May 10" times its demand; "set her free" is one; a dateline's lead word;
# lists of "them" after the first group an article frees; "barred its firms from selling to
# X"; "in the hands of X"; "set out his terms"; "Friday-night posts on May 25" (session 35)
# rules-28: an armed group told taking people holds them; a group does not free its own men;
# "the authorities" with no state in an article datelined in one are that state's; "the
# committee's demands" after "the X Strike Committee"; "the demands that the committee drew up";
# "a letter arrived from X"; "the rebels said they would free ..." (a group's word); "the
# general" told again for the one named a general; "the X Liberation Army" is no state's army;
# "gave his word that ..."; "all of those named would be freed"; "lifted most of its
# sanctions"; "its ban on flights to X"; "made X and Y the price of its payment"; "32
# commitments from the government"; "agreed to give them more time"; "a letter in the name
# of A"; "an emergency meeting of the security council" is no talks; "A, the poet B, the
# reporter C and the 17 fishermen" is 20; "it" carried back through sentences to "the
# guerrilla group"; a court named on its own acts for the dateline's state; "Yian gunmen" are
# no state's; "Indian" is India's only where the article names India; "the North", "the
# South" of a divided country the article names; "a Xian minister sat across a table from
# the committee"; "agreed to take back A and to raise wages"; "the day after the signing"
# just told (session 36)
# rules-29: "Yland's VLA rebels" are the VLA; what hinders a release told before does not
# carry it out; "demanded $4 million and the release of eleven"; "a new demand from A"; "They"
# after a group told acting; "VLA guerrillas", "a commander of the VLF" tell the armed group
# "leftist guerrillas" are; "the rebel group VLA"; "300 prisoners ... were driven north and
# handed over"; "the first soldiers to be released by X came back"; "300 prisoners, 200 Xians
# and 100 Yians" is 300; "the first ... that morning" after a stretch of days is its start; a
# trade privilege suspended or restored is a sanction; "he saw the Sultan"; a deadline set or an
# ultimatum delivered is a demand, not dated by the deadline; "a conference of the VLF"; an
# agreement on a release frees no one; negotiators are not "the women" freed; people freed
# beside a state's amnesty; "sat down together"; a reply dated or signed is a letter; "..., a
# step Y had long demanded" (session 37)
# rules-30: "X will free A, 35, and ten guards seized in May" (the freed parsed as the subject
# of the participle); "the Vark National Liberation Front" is a body; the reader of the terms is
# not among the freed; "the rebels" are no civilian party (session 38)
# rules-31: "gave X 90 days to sign"; the held "walked across the border"/"crossed at"; a load of
# prisoners; "took N prisoners home"; "brought N prisoners from <the other state>"; "by
# nightfall 284 had been returned"; a day on the message that promised; "since May 12, when X
# declared"; two sides' word to keep talking; a term told in the present beside the bargain;
# "talks opened on May 3 between A and B"; "and Y two Xian soldiers" (session 38)
# rules-32: talks that "opened on 24 July ... and resumed on 18 August" are two meetings
# (session 38)
# rules-33: a story datelined a day or more before the paper that printed it counts its
# "this morning" from the dateline's day; people "whom X had held" who cross over were freed;
# a list a line each under "The men, as named by ..., are:" (ranks, "Jr." and a first name
# the tagger missed aside) names the freed; small words describing a noun after them are no
# name ("the urban guerrilla group X") and a number inside a name no count (session 39)
# rules-34: "freed five people, among them A" and "twenty prisoners, A and B among them" name
# members wherever the parse hangs them; "the Xian A B" is a person with a nationality; names
# between double hyphens; a later "Among them was C" is of the people counted just before it;
# "the two negotiators met on May 3" with no one named is talks between the story's two sides;
# "insisted that A must be freed"; a release "on condition that" or "depending on" another
# side's is a demand for that one; "four on May 6 and seven more the next day" are two
# releases; "First over was A ... Behind him came B; C" names the group freed (a plural title
# "Lieutenants" aside); "agreed to provide aid / to receive the nine" (session 40)
# rules-35: a promise or demand told "also" by the side of the one just before it takes that
# one's day; "in the hands of separatist rebels", "held by guerrillas" name the one armed group
# the article names as the holder; "the government in X" acts for X; a day written without
# its year weeks after the dated day told before it, in a report written long after, is of
# that day's year; "two years ago today" is that day two years back; "A told B that ten Yians
# held in X would be let go" is A's promise; "them" freed after a subject that counts them is
# that many; a release "in exchange for" the other's people keeps its side; "eleven Xians were
# exchanged for three Yians": the Xians were freed by Yland; "called Xland's prime minister
# (to discuss ...)" is a call; "pressed X on Monday to free A", "appealed to X to free A", a
# release last in a list of conditions, or after the money demanded, are demands; "the day
# before yesterday" and "on the 15th" are days; "Among those freed by X were A and B" names X;
# "The three freed were A, B and C" frees three (session 41)
# rules-36: callings and "-men" words are people a release frees ("two tourists", "eleven
# trawlermen"); a release made "conditional/contingent on" another asks for the other (the
# speaker's demand), and frees no one yet; "insisted that X free" with the parser's adjective;
# "hosted his Yian counterpart" is a meeting, and talks hosted on a day are dated to it
# (session 42); the freed told as a group's own members are not freed by it; "that the five
# be freed" is asked; "A together with 55 others" frees 56; a government freeing its own
# political prisoners acts for their state; "had to (start) freeing" is asked; "the end of
# May" is a month; "Four days later, on May 31" keeps the reckoned year; "visited the Yian
# president" is a meeting; "called her on Monday to apologize" is a call; "refused to free A
# unless B ..." asks for B's act; two sides agreeing to swap give a promise each; "let A leave
# the country" frees A; a reaction to the lead's news takes its day; "a week ago" is a day;
# clemency granted "to A" frees A
# rules-37 (session 43): "In exchange, B pardoned A" is not by the side it paid for; "the men
# freed by X in exchange for A" keeps A out of X's release, and its number ("more than 250 of
# its citizens") too; crossing a border in exchange for others is a release; "freed Vark
# fighters" are not freed by the Vark group; "them" after "a plane carrying ten Xians" is ten;
# "X then released" takes the sentence before's day, and "the fighters captured in 2029" dates
# their past; a "conditional release" is still to come; "an Xian and a Yian professor" name no
# partner; a cabinet backing or approving a swap promises it; a release told as an aim, a
# wish after a colon, or the place set for a handover is none done; people "also freed" that
# fit in a counted group's number are its; mediators and coordinators free no one; a habit
# ("rarely exchanges"), "than promised", "could ask for a pardon" and a question tell no
# event; "Next story:" lines are furniture; a head freeing beside another state's release is
# not its head; "wrote to B on social media" is no letter; "called Friday a day of blessings
# for the country" is no demand; "had demanded since March" is of March; "X's foreign
# minister, A, demanded" is A's; a pardon told as a step before the handover is folded into
# it; "The following day" counts from a day just reckoned; "met a delegation led by A ...
# early last month" is of last month; "the broader talks ... continue" is no meeting
# rules-38 (session 44): "spoke by phone on Tuesday" is a call's day, not a report's, and
# what was agreed during it, or said right after it by one of the two, is of that day; "X
# said last week" dates a statement to the week's month; a day a span is counted from is no
# day the story goes on from; "March of that year" is of the year told before; "him" is never
# its clause's subject; "..., freed by X" frees the main clause's subject; "X responded by
# freeing" and "X issued an order granting a pardon" are X's; "came home as X handed them
# over" is X's release; a headline's "A pardons" keeps A as doer; no release weighed as a
# means or talked about; no call in "said by telephone", no talks in a tally, in being met by
# family, in meetings listed among doings; "A received B" is a meeting; a lone surname two
# people share is the one named last before it
# rules-39 (session 45): a day and a swap's price the parser hung on an aside about the freed
# past its closing comma are the release's; a later day of a later paragraph ends the frame;
# "let A walk out" frees A; "shot down" on a day is the freed's past; people told as freed
# ("the freed officers", "receives freed hostages") take neither the scene's day nor its doer;
# "its leader A" is of the state the clause is about; "the letter" spoken of is no new one;
# insisting on someone or on their place in the deal is a demand; "in the same message" is
# of the day it was written; a who-clause makes a name a person's; a day across a semicolon
# or parsed as a second subject is another clause's; "Under it" after a deal is a term of it;
# people held by a named armed group of a nationality are held by the group
# rules-40 (session 46): people a demand wants freed by a verb ("demanded that fighters held
# in X be freed") give X no release of the hostages; "before June was out" / "before March
# ended" time an act within the month, a bare "before June" on the act's verb does not; a
# bare month just after the day a story goes on from is of that day's year when the report
# is months later; "in the same statement" told with no day is of the story's day; a day
# past an aside's closing comma frames what follows; "In exchange for A, B and C, X granted"
# is X's act; people between dashes after a freed group told after its verb are the group,
# and people named as picked up or flown on right after a release of as many; a later list
# longer than a group is not its; a number in a clause describing the freed, or the whole
# of "one of three Xians", is not their count; "who" after "a member of the group" is the
# member; what a court barred, a request for a release, a release "imminent" and one after a
# colon spelling out what a side wants are not done; a relative's demand is the relative's;
# an outlet told with a nationality word is no side; speaking to a named outlet by phone
# is no call
# rules-41 (session 47): "Within hours", "Shortly afterwards", "Moments later", "afterward"
# tie a statement to the day just told across a paragraph break; "N of the prisoners" after
# a release of more people that day is a part of it; a day something is due is to come and
# dates no meeting that discussed it; what someone "is expected" to do is to come, and a
# weekday still to come is no day the story goes on from; "it" in a clause hung on a body's
# statement is that body; the release a withdrawn demand asked for is none; "their" on what
# a verb takes is the verb's subject; what one side said "speaking to" the others right after
# dated talks was said there; a day named by its feast ("New Year's Day") is that day; each
# side named at the start of a gapped part ("X freed two Yians and Z three Xians", "X released
# A, Z the B brothers and W C") has its own release
# rules-42 (session 48): the year or day of a pact a release is told as under ("under a 2011
# accord") does not date it; "them" after a nearer unnamed group ("the eight boarded a
# plane") is not a pair named further back; a release a headline counts days from ("X in Y a
# day after the sailors' release") is that many days before the frame's day; people a
# participle tells freed by one side and handed on by another in the same sentence are the
# first side's; "on the day of the release" is the day of the release the article told,
# and that release is not the subject's of the act it times; "Within days of the kidnapping"
# steps back from the story's day; a head of no given state is ruled out of a state only by
# the nationality of what the act is done to; a pardon signed "so that" people could be
# handed over is a step towards the release; "Among those aboard the aircraft were ..." names the
# freed; an acronym joins the one organisation it is the initials of; a side that "adopted
# conditions" for a release made a demand; asking "in writing" is a letter
# rules-43 (session 49): "A week later three more followed" after a release is another
# release; an arrest's day ("all of them rounded up during the protests of 2027") dates nothing
# the parser hangs under it; "On the Monday", "That Thursday" are the story's weekdays,
# counted from the day told last; a day before a second verb of what is to come ("left the
# jail on Friday and is expected to reach home") is past; appealing or pleading for someone's
# release is a demand; people held in a state "by her group" are not the state's;
# "another scientist" is not the scientist told before; a name between commas after a clause
# about the freed is theirs; passengers, hunters, traders and -ologists can be freed; a plane
# or the line flying it is no person; writing to a leader told by office is a letter; a meal
# with a named person is a meeting; "when the two met", hung on a noun, names the two; people
# told freed from a prison who then arrive somewhere were not freed on the arrival's day
# rules-44 (session 50): "let go 15 prisoners" (also gapped) and a headline's "lets last Xian
# detainee go" free; "was allowed to go home" frees, and the day the freed "left X aboard a
# plane" dates their release; a move to house arrest told again ("Among those transferred
# were") frees no one; "A, ..., together with 55 soldiers" frees 56; "nine Xians, four Yians
# and one Zian" frees 14; names after a clause about a counted group are its members; a kind
# of act a law allows, a way one has, a habit of "few kidnappers", a letter of anyone who
# wrote one, a carrier or a greeter of the freed tell no release or letter; "she"/"he" skip
# people of the other gender by given name; "Among them" after others held names no one
# freed; a band of a nationality is not its state; entry restrictions on a state's people and
# visas or shipments stopped or resumed are sanctions imposed or eased
# rules-45 (session 51): fighters named by a movement the tagger left out ("X Y guerrillas")
# are that movement, and "a group calling itself X" is X; the place the freed left is not who
# held them when the verb has a subject; "allowed him to walk free" and hostages "brought
# out" are freed, "the couple" and "the pair" are the two told before; callings of teaching,
# faith, care and trades are people; a release traded for a body's people is that body's,
# and "the release of the Xian A in return for the Yian B" tells B's release too; an office
# holder freed ("freed Xland's ambassador, A") is one of the freed; a name given to an
# operation, or told as what people work for ("three Al X journalists"), is no person; a
# state name the tagger left out is a state; a court dropping a case, bail as a trial opens,
# a court's travel ban and a home "with an electronic tag" free no one; who obtains or works
# on a release does not carry it out, nor does "an X affiliate"; days: one opening a sentence
# dates the after-clause behind its comma, "last May 40 were freed" is May, "the weekend
# before the verdict" is not this week's, what a readout tells was said in the call before,
# and a pluperfect after-clause takes no frame day; the "that" of a reported clause is no
# object; "the interior ministry" after "Xtown protested" is Xland's; "their" after "the
# kidnappers" is theirs; a band named by people and deed ("Xian pirates") holds its captives
# rules-46 (session 52): "each side freed 215" is a release of that number by each of the
# two sides the article named together last (or else its two states); "and on <day>
# another 180" after a release is one more release of the same side; an opening day before
# "each", "both", "all" ... is read with its comma (the parser took a month "May" for a
# modal); "what they agreed was an exchange of ..." is a promise; "had been freed since X" is
# a running total; a release someone is thanked for takes no day but its own; a month after
# a day's number or a time word ("12 March Peters"), and a state or capital after "in" ("in
# Oslo Berg's mother"), right before a surname are no part of the person's name;
# ambassadors, consuls, "senior figures" told as a number of them are freed people;
# "returned to duty" and "sent back to prison" free no one; a bare "the handover" in an
# article of a named release takes no side from where the trade's other half was held; "a
# release was possible", "the swap looks likely" tell none; "The five - among them A and B -
# were released" frees five; "the meeting point" is a place, no meeting; "Field Marshal"
# is a title
EXTRACTOR_VERSION = "rules-46"
_LAZY = frozenset({"extract_events", "find_names", "mention_id", "prepare", "sentence_evidence"})


def __getattr__(name: str) -> Any:
    """The spaCy-bound functions, imported when first asked for."""
    if name in _LAZY:
        return getattr(import_module("dealwatch.extract.events"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["EXTRACTOR_VERSION", "extract_events", "find_names", "mention_id", "prepare",
           "sentence_evidence"]
