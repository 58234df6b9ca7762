"""Word lists the extractor reads: event cues, detainee nouns, titles, modal and framing verbs.

These are general English news vocabulary, never the names, numbers or dates of one story.
"""

from __future__ import annotations

# Verbs whose patient, when it is a detainee, makes a release. Not "extradite": the person
# extradited is held on both sides of the border.
RELEASE_VERBS = frozenset(
    {"free", "release", "pardon", "liberate", "exchange", "swap", "transfer", "repatriate",
     "deport", "expel", "return", "trade", "rescue"}
)
# Verbs that need a particle to mean a release: "hand over", "send back", "let go".
RELEASE_PHRASAL = {("hand", "over"), ("send", "back"), ("send", "home"), ("let", "go"),
                   ("set", "free"), ("hand", "back"), ("bring", "home"), ("bring", "back"),
                   ("fly", "home"), ("fly", "out"), ("get", "back"), ("win", "back"),
                   ("bring", "out")}  # "33 of the 35 captives were brought out unhurt"
# Nouns for people who are held, whatever else they are.
HELD_NOUNS = frozenset({"prisoner", "detainee", "hostage", "captive", "inmate", "convict"})
# Intransitive: the freed are the subject ("sixteen hostages came out", "walked free").
RELEASE_INTRANSITIVE = {("come", "out"), ("walk", "free"), ("go", "free")}
# Told from the side that receives the freed: its subject is not the releasing side.
RECEIVING_VERBS = frozenset({"bring", "fly", "welcome", "receive", "greet", "get", "win"})
# and money: "Iran received $400 million" (Iran paid nothing)
RELEASE_NOUNS = frozenset({"release", "freeing", "pardon", "handover", "swap", "exchange",
                           "repatriation", "liberation", "return", "clemency", "amnesty"})
RELEASE_WORDS = RELEASE_VERBS | RELEASE_NOUNS  # a release told by a verb or a noun
# Verbs that carry people somewhere: "sent five men from a prison to X", "flown to Y".
CARRYING_VERBS = frozenset({"send", "fly", "take", "transfer", "move"})
# Where people are held: "freed from prison", "in Russian custody", "held in a jail in X".
PRISON_NOUNS = frozenset({"prison", "jail", "custody", "captivity", "detention",
                          "penitentiary", "gaol"})
# Verbs whose subject speaks of an event told before, not its actor: "the President announced
# the release", "X welcomed the swap" (a bare "the release": "announced the release of five"
# may well be the announcer's own act).
TOLD_OF_VERBS = frozenset({"announce", "confirm", "welcome", "hail", "praise", "celebrate",
                           "applaud", "mark", "describe", "defend", "criticize", "criticise",
                           "condemn", "denounce"})
# A release noun with one of these is told as still to come: "the forthcoming return of X".
FUTURE_ADJ = frozenset({"forthcoming", "upcoming", "imminent", "expected", "planned",
                        "impending", "anticipated", "promised", "prospective", "future",
                        "conditional"})
# Adjective forms: "the freed prisoners", "released hostages".
RELEASE_ADJ = frozenset({"freed", "released", "pardoned", "liberated"})

DETAINEE_NOUNS = frozenset(
    {"prisoner", "detainee", "hostage", "captive", "inmate", "dissident", "activist",
     "journalist", "reporter", "national", "citizen", "people", "person", "man", "woman",
     "child", "children", "men", "women", "soldier", "sailor", "marine", "fighter",
     "convict", "opponent", "blogger", "lawyer", "worker", "student", "teenager", "mother",
     "daughter", "son", "father", "wife", "husband", "family", "group", "pilot", "player",
     "teacher", "priest", "critic", "protester", "protestor", "civilian", "foreigner",
     "resident", "individual", "agent", "spy", "official", "diplomat", "veteran",
     "serviceman", "servicemen", "servicewoman", "troop", "conscript", "crew", "crewman",
     "crewmen", "seaman", "seamen", "fisherman", "fishermen", "girl", "boy", "schoolgirl",
     "schoolboy", "pupil", "minor", "teen", "militant", "commander", "suspect", "insurgent"}
)
ASSET_NOUNS = frozenset({"fund", "asset", "money", "reserve", "payment", "account"})

SANCTION_NOUNS = frozenset({"sanction", "embargo"})
# One person told by a pronoun: "he was freed" (the subject of a passive), "freed him".
HE_OR_SHE = frozenset({"he", "she"})
ONE_PRONOUNS = HE_OR_SHE | {"him", "her"}
# What arrives, people or money: "two citizens held in X landed in Y", "a payment reached Z".
ARRIVE_VERBS = frozenset({"reach", "arrive", "land"})
# Stretches of time someone is held for: "after two years in X's prisons".
TIME_SPANS = frozenset({"year", "month", "week", "day", "decade"})
# Words of a swap: "the exchange", "were swapped for", "traded X for Y".
SWAPS = frozenset({"exchange", "swap", "trade"})
# People who act as members of a group or a state: "rebels of X", "fighters from X".
MEMBER_NOUNS = frozenset({"rebel", "militant", "fighter", "member", "gunman", "kidnapper",
                          "captor", "guerrilla", "insurgent", "force", "troop", "soldier"})
# Those who rule in a case: a lawyer's motion goes to them, and what they lift ("a court
# released him, lifting a travel ban") is a bail term, not a sanction.
COURTS = frozenset({"court", "judge", "tribunal", "magistrate", "bench", "jury"})
# What a ban or a freeze of a sanctions regime holds back: "a travel ban", "an asset freeze".
BANNED_KINDS = frozenset({"travel", "visa", "entry", "export", "import", "flight",
                          "overflight", "asset", "arms"})
RELIEF_VERBS = frozenset(
    {"ease", "lift", "remove", "relax", "waive", "suspend", "loosen", "drop", "end",
     "scrap", "unfreeze", "exempt", "roll", "cancel", "revoke", "rescind", "delist",
     "withdraw", "terminate", "soften", "reduce"}
)
RELIEF_NOUNS = frozenset(
    {"lifting", "easing", "removal", "relief", "relaxation", "suspension", "waiver",
     "rollback", "unfreezing", "exemption", "loosening", "end", "cancellation"}
)
IMPOSE_VERBS = frozenset(
    {"impose", "slap", "levy", "introduce", "announce", "tighten", "expand", "add",
     "extend", "reimpose", "place", "put", "apply", "hit", "designate", "blacklist"}
)
IMPOSE_NOUNS = frozenset({"imposition", "tightening", "designation"})

MEETING_NOUNS = frozenset({"meeting", "talks", "summit", "dinner", "negotiations", "visit"})
# The talks a deal came out of: the nouns as written (plural), the verbs that make a deal in
# them ("agreed in talks", "sealed during talks"), the roles people play in them ("led the
# negotiations"), what a deal is of them ("the product of a year of talks") and the stretches
# they run over ("months of negotiations").
TALKS_NOUNS = frozenset({"talks", "negotiations"})
DEAL_MAKING_VERBS = frozenset(
    {"agree", "seal", "reach", "negotiate", "broker", "secure", "clinch", "conclude", "strike",
     "finalise", "finalize", "hammer", "arrange", "work", "produce", "settle", "thrash"}
)
TALKS_ROLE_VERBS = frozenset({"lead", "host", "conduct", "mediate", "broker", "chair",
                              "facilitate"})
ORIGIN_NOUNS = frozenset({"product", "result", "outcome", "fruit", "culmination"})
SPAN_NOUNS = frozenset({"year", "month", "week", "day", "round", "series"})
# What is negotiated when a deal is: "the package was negotiated directly".
DEAL_WORDS = RELEASE_NOUNS | {"deal", "agreement", "arrangement", "trade", "accord", "package",
                              "statement", "bargain", "pact", "truce", "ceasefire",
                              "understanding", "memorandum", "terms"}
# Where the freed are met on arrival: meeting them there is a welcome, not a meeting.
ARRIVAL_PLACES = frozenset({"tarmac", "airport", "airfield", "runway", "plane", "aircraft",
                            "jet", "steps", "border", "crossing", "base"})
MEETING_NOT_OBJECTS = frozenset(
    {"demand", "condition", "target", "goal", "deadline", "requirement", "need",
     "criterion", "obligation", "standard", "expectation", "end",
     # craft met on arrival: "met the planes on the tarmac"
     "plane", "aircraft", "jet", "flight", "helicopter", "ship", "boat", "convoy", "bus"}
)
# Determiners that tell one of a kind: "a teacher", "an American", "another hostage".
ONE_DETERMINERS = frozenset({"a", "an", "another"})
# Verbs of an arrest: a meeting told in its clause is where someone was seized ("summoned to a
# meeting and arrested"), not talks between sides.
ARREST_VERBS = frozenset({"arrest", "detain", "seize", "abduct", "kidnap", "jail", "imprison"})
PHONE_WORDS = frozenset({"phone", "telephone", "video", "videoconference", "speakerphone"})

PROMISE_VERBS = frozenset({"promise", "pledge", "vow", "assure", "guarantee", "commit",
                           "offer", "agree", "undertake"})
# Promise verbs that need a concession under them ("offered a drug" is no promise).
PROMISE_NEEDS_CONCESSION = frozenset({"offer", "agree", "commit", "undertake"})
# What two sides sign: "signed a second partial agreement", "the treaty was signed".
# How a government binds its state to an agreement or a swap others made: "approved the deal",
# "the cabinet backs the swap".
APPROVING_VERBS = frozenset({"approve", "ratify", "endorse", "back"})
SIGNED_WORDS = frozenset({"agreement", "accord", "treaty", "memorandum", "pact", "protocol",
                          "deal", "convention", "declaration"})
# A side's future acts of support that make a promise told with "will" or "would" ("will
# back the candidacy", "would withdraw its bid", "would propose a memorandum", "will
# re-establish relations"): concessions besides freeing people.
UNDERTAKING_VERBS = frozenset({"support", "back", "endorse", "withdraw", "recognise",
                               "recognize", "respect", "honour", "honor", "propose", "submit",
                               "present", "provide", "deliver", "establish", "reestablish",
                               "normalise", "normalize"})
READY_ADJ = frozenset({"ready", "willing", "prepared", "open"})
PROMISE_NOUNS = frozenset({"promise", "pledge", "offer", "commitment", "proposal",
                           "assurance", "guarantee"})
CONCESSION_VERBS = frozenset(
    RELEASE_VERBS | RELIEF_VERBS
    | {"hand", "send", "let", "set", "allow", "resume", "reopen", "restore", "meet",
       "decrease", "grant", "drop", "pay", "sell", "supply", "commute", "extend", "prolong",
       "renew"}
)

# What a side puts on the table itself: pressing the other on it is no demand.
OFFER_NOUNS = frozenset({"offer", "proposal", "plan", "deal", "package"})
# Common nouns that can stand for a side: "the government wanted ...".
SIDE_NOUNS = frozenset({"government", "administration", "authorities", "regime", "state",
                        "ministry", "side", "country", "leadership", "kremlin"})
DEMAND_VERBS = frozenset({"demand", "urge", "insist", "press", "require"})

# Governing verbs under which an event is only wished for, planned or discussed.
HYPOTHETICAL_VERBS = frozenset(
    {"want", "seek", "expect", "hope", "consider", "plan", "try", "aim", "intend", "wish",
     "propose", "suggest", "discuss", "negotiate", "need", "attempt", "prepare", "mull",
     "weigh", "explore", "push", "lobby", "ask", "request", "fear", "predict", "envisage",
     "imagine", "rule", "doubt", "await", "deny", "refuse", "reject", "decline",
     "threaten", "warn", "oppose", "block", "delay", "postpone", "prevent", "avoid", "stop",
     "skip", "cancel", "miss", "boycott", "scrap", "shun", "cover", "address", "bar",
     "forbid", "prohibit", "ban"}
)
HYPOTHETICAL_NOUNS = frozenset(
    {"hope", "effort", "bid", "attempt", "plan", "goal", "aim", "push", "prospect",
     "possibility", "chance", "idea", "proposal", "option", "scenario", "talk", "hopes",
     "request", "plea", "petition", "application"}
)
MODALS = frozenset({"will", "would", "could", "may", "might", "should", "can", "must",
                    "shall", "'ll", "wo", "ca"})
OFFER_MODALS = frozenset({"could", "would", "will", "may", "might", "'ll"})
CONDITION_MARKS = frozenset({"if", "unless", "whether", "once", "until"})

REPORTING_VERBS = frozenset(
    {"say", "report", "tell", "announce", "note", "confirm", "reveal", "write", "add",
     "state", "claim", "speak", "brief", "describe", "explain", "tweet", "post", "recall",
     "comment", "acknowledge", "quote", "cite", "learn", "surface", "publish"}
)
LINK_PHRASES = ("in exchange for", "in return for", "in exchange", "in return",
                "in a swap for", "traded for", "swapped for", "as part of a deal",
                "under the deal", "under a deal", "as part of the deal", "in a deal",
                "as part of an agreement", "as part of the agreement", "under the agreement",
                "under an agreement", "also saw the release", "trade that", "swap that",
                "exchange that")

# A title is a phrase headed by a title noun: "Deputy Assistant Secretary of State", "Foreign
# Minister", "U.S. envoy". These nouns name an office or a calling ...
TITLE_NOUNS = frozenset(
    {"president", "premier", "minister", "secretary", "envoy", "ambassador", "senator", "sen.",
     "rep.", "representative", "leader", "chancellor", "king", "queen", "prince", "princess",
     "sheikh", "emir", "sultan", "general", "gen.", "spokesman", "spokeswoman",
     "spokesperson", "adviser", "advisor", "director", "activist", "journalist", "dissident",
     "lawyer", "attorney", "officer", "official", "commander", "colonel", "col.", "captain",
     "lt.", "sgt.", "sergeant", "pope", "laureate", "host", "head", "chairman", "chair",
     "governor", "mayor", "judge", "coach", "player", "star", "pilot", "marine", "veteran",
     "prosecutor", "aide", "negotiator", "diplomat", "lieutenant", "major", "corporal",
     "admiral", "commodore", "brigadier", "pastor", "reverend", "rabbi", "imam", "priest",
     "bishop", "archbishop", "cleric", "professor", "doctor", "marshal"}
)
# ... and these words only qualify one ("Foreign", "Deputy", "of State"). Alone, or before an
# institution's own head ("State Department", "National Security Council", "Justice
# Ministry"), they are part of that name, never a title to cut off it.
TITLE_MODIFIERS = frozenset(
    {"prime", "deputy", "assistant", "special", "senior", "chief", "foreign", "state", "of",
     "opposition", "nobel", "former", "ex", "vice", "national", "security", "crown", "interior",
     "defence", "defense", "justice", "finance", "u.s.", "us", "under", "acting",
     "wing", "squadron", "flight", "staff", "lance", "petty", "warrant", "rear", "field"}
)
# Courtesy titles: cut off a name, never a role.
COURTESY_TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})
# Abbreviated titles before a name, as the tokenizer may leave them ("Sgt" then "."): no
# name of their own, and their full stop ends no sentence.
TITLE_ABBREVIATIONS = frozenset({
    "sgt", "lt", "col", "gen", "capt", "maj", "cpl", "pvt", "adm", "cmdr", "rev", "dr", "mr",
    "mrs", "ms", "sen", "rep", "gov", "amb", "prof", "pres"})
PERSON_TITLES = (TITLE_NOUNS | TITLE_MODIFIERS | COURTESY_TITLES | TITLE_ABBREVIATIONS
                 | {f"{t}." for t in TITLE_ABBREVIATIONS})

ROLE_NOUNS = frozenset(
    {"president", "envoy", "ambassador", "minister", "secretary", "activist", "journalist",
     "dissident", "lawyer", "leader", "laureate", "spokesman", "spokeswoman", "spokesperson",
     "adviser", "advisor", "official", "diplomat", "negotiator", "representative", "dictator",
     "chancellor", "king", "emir", "sheikh", "senator", "pilot", "marine", "teacher",
     "blogger", "reporter", "opposition", "politician", "businessman", "businesswoman",
     "athlete", "player", "star", "prisoner", "hostage", "detainee", "citizen", "national",
     "commander", "general", "host", "director", "chief", "head", "premier", "mediator",
     "correspondent", "editor", "writer", "scientist", "student", "researcher", "dancer",
     "ballerina", "coach", "veteran", "smuggler", "dealer", "hacker", "operator", "pastor",
     "priest", "missionary", "engineer", "professor", "soldier", "sergeant", "executive",
     "academic", "photographer", "filmmaker", "sailor", "tourist", "businessperson",
     "officer", "agent", "spy"}
)

# Offices a state has one of at a time, its head's: two people holding one serve two states,
# and what the holder frees or lifts the state does.
SOLE_OFFICES = frozenset({"president", "prime", "premier", "chancellor", "king", "queen",
                          "emir", "monarch", "sultan", "taoiseach"})
# Words that make a role another office: "vice president", "deputy prime minister".
LESSER_OFFICES = frozenset({"vice", "deputy", "former", "acting", "ex", "late"})


def head_offices(words: set[str] | frozenset[str],
                 offices: frozenset[str] = SOLE_OFFICES) -> set[str]:
    """The offices of a state's head among a role's words (lower case: {"president"} of
    "Peruvian President"), none where a word makes it another office ("vice president")."""
    return set() if words & LESSER_OFFICES else set(words & offices)

# Callings of people who are held and freed, not of those who hold or free them: "freed
# the pastor", "the journalist was released".
HELD_CALLINGS = ROLE_NOUNS - {
    "president", "envoy", "ambassador", "minister", "secretary", "lawyer", "leader",
    "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "official", "diplomat",
    "negotiator", "representative", "dictator", "chancellor", "king", "emir", "sheikh",
    "senator", "commander", "general", "host", "director", "chief", "head", "premier",
    "mediator", "opposition", "politician", "prisoner", "hostage", "detainee", "citizen",
    "national"}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "a dozen": 12, "two dozen": 24, "a hundred": 100,
}
# The news media: who a statement is made to, where a report comes from ("state media said").
NEWS_MEDIA = frozenset({"media", "press", "television", "tv", "radio", "newspaper", "agency",
                        "broadcaster", "channel", "outlet"})
# A headline's verbs the tagger may read as plural nouns: "X pardons Yian reporters".
HEADLINE_VERBS = frozenset({"pardons", "frees", "releases"})
# People who speak for someone, never as them: "X's family urged ..." is not X's demand.
# Kin a person is named as ("his mother, A"): a role the resolution reads (a relative who
# shares the surname of the one the story is about takes no lone surname after her).
KIN_ROLES = frozenset({"wife", "husband", "mother", "father", "son", "daughter", "brother",
                       "sister", "widow", "cousin", "uncle", "aunt", "grandmother",
                       "grandfather"})
KIN_AND_COUNSEL = frozenset({"family", "relative", "wife", "husband", "mother", "father", "son",
                             "daughter", "brother", "sister", "sibling", "parent", "child",
                             "fiancee", "fiancé", "widow", "lawyer", "attorney", "counsel"})
# Predicates whose day belongs to the background of an exchange, never to the exchange.
BACKGROUND_VERBS = frozenset(
    {"arrest", "detain", "sentence", "convict", "jail", "imprison", "charge", "indict",
     "seize", "abduct", "kidnap", "try", "bear", "die", "kill", "hold", "capture", "accuse",
     "plead", "extradite", "find", "expel", "elect", "inaugurate", "invade", "attack",
     "shoot", "down"}  # "was shot down on May 1", "downed": how a crew came to be held
)
# What is released to the public, not let go: "released photographs of the handover", "the
# names released by the ministry", "released a statement".
PUBLISHED_NOUNS = frozenset(
    {"photograph", "photo", "picture", "image", "video", "footage", "clip", "recording",
     "tape", "audio", "statement", "list", "name", "detail", "figure", "report", "document",
     "transcript", "text", "information", "record", "data", "result", "map", "tally"}
)

# The last word of a body's name, one that may carry an "and" in it ("the Sun and Moon
# Liberation Front") and that an article may call the body by alone ("the Front").
JOINED_HEADS = frozenset({"front", "movement", "army", "party", "council", "organisation",
                          "organization", "brigade", "brigades", "force", "forces",
                          "alliance", "league", "union", "committee", "group", "coalition",
                          "congress", "militia", "federation", "association"})
# What carries people: the freed come home on it ("stepped off the plane"), and it acts for
# no state ("the hijacked Xian jet frees 17": the men aboard do).
CRAFTS = frozenset({"plane", "aircraft", "airplane", "jet", "airliner", "helicopter", "flight",
                    "bus", "ship", "boat", "ferry", "convoy"})


# The cue words of two sides' word to go on talking (extract.go_on), as an event mention
# keeps them: "keep", "continue", "meet".
JOINT_CUES = frozenset({"keep", "keeps", "kept", "continue", "continues", "continued", "resume",
                        "resumes", "resumed", "pursue", "pursues", "pursued", "meet"})

# Refusing to act: "refused to free A unless ..." (the "unless" says what is asked).
REFUSING = frozenset({"refuse", "decline"})

# People a release can free beyond the detainee nouns above: callings ("two tourists", "three
# engineers", "a pastor") and other plain words for people.
_MORE_PEOPLE = frozenset(
    {"pow", "hiker", "climber", "backpacker", "traveller", "traveler", "volunteer", "monk",
     "nun", "cleric", "imam", "bishop", "doctor", "nurse", "medic", "employee", "staffer",
     "contractor", "consultant", "scholar", "poet", "artist", "musician", "campaigner",
     "defender", "lawmaker", "legislator", "paratrooper", "cadet", "pilgrim", "migrant",
     "refugee", "defector", "trafficker", "banker", "investor", "entrepreneur", "aide",
     "villager", "farmer", "miner", "seafarer", "trucker", "driver", "compatriot", "abductee",
     "mercenary", "expatriate", "sportsman", "passenger", "hunter", "trader", "physician",
     "novelist", "surveyor", "technician", "mechanic", "crewmember",
     # callings of teaching, faith, care, trades and service people are held in too
     "lecturer", "tutor", "headmaster", "seminarian", "rabbi", "preacher", "evangelist",
     "chaplain", "deacon", "worshipper", "surgeon", "paramedic", "pharmacist", "dentist",
     "physicist", "economist", "analyst", "architect", "translator", "interpreter",
     "electrician", "labourer", "laborer", "chef", "waiter", "steward", "stewardess",
     "herder", "shepherd", "mariner", "trekker", "visitor", "colonel", "lieutenant",
     "trooper", "combatant"})
# Office holders and leading figures, people who can be held only when told as a number of
# them ("the rebels freed three ambassadors", "in exchange for five senior figures"; "freed
# the minister" tells of no one held).
HELD_OFFICES = frozenset({"ambassador", "minister", "consul", "envoy", "senator", "judge",
                          "mayor", "governor", "magistrate", "councillor", "councilor",
                          "attache", "prosecutor", "figure", "leader", "chief"})
_NOT_PEOPLE = frozenset({"talisman", "caiman"})
# Participles that tell a release with its doer, day or prison: "released by X", "freed from Y".
FREED_PARTICIPLES = frozenset({"release", "free", "pardon"})


def people_noun(lemma: str) -> bool:
    """The (lower-case) lemma is a word for people who can be held: a detainee noun
    ("prisoners"), a calling ("tourists", "engineers") or a word made with "-man"/"-woman"
    ("trawlermen", "tribesmen", "policewomen")."""
    if lemma in DETAINEE_NOUNS or lemma in HELD_CALLINGS or lemma in _MORE_PEOPLE:
        return True
    if lemma.endswith("ologist"):
        return True  # "a sociologist", "two geologists": callings of the learned
    return len(lemma) >= 6 and lemma.endswith(("man", "men")) and lemma not in _NOT_PEOPLE
