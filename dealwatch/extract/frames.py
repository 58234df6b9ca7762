"""Whether a cue's sentence says the event happened, was promised or demanded, or did not.

``frame_of`` reads the governing words between a cue and the root of its sentence: a promise
or demand verb turns it into the content of a promise or a demand; a condition, a negation, a
wish or a modal verb means it did not (yet) happen; "in exchange for ..." makes it the other
half of a deal; a sentence that sums up rounds ("has now freed 58 in all") is no round
(``tallies``).
"""

from __future__ import annotations

from spacy.tokens import Token

from dealwatch.extract import lexicon as lx
from dealwatch.extract.args import WORDS_GIVEN, aside, describes_deal, giver_of
from dealwatch.extract.clefts import clefted_by
from dealwatch.extract.conditions import (
    TERMS,
    a_term_named,
    a_term_of,
    an_item,
    bare_subjunctive,
    depends_on,
    listed_term,
    made_a_condition,
    made_its_aim,
    price_of_a_pledge,
    terms_before_a_colon,
    terms_noun,
    was_a_condition,
    wished_by,
)
from dealwatch.extract.cue import (
    has_prt,
    infinitive,
    modal_of,
    perfect,
    sets_a_deadline,
    side_subject,
)
from dealwatch.extract.cues import (
    Cue,
    Frame,
    children_of,
    negated,
    word_in,
)
from dealwatch.extract.demands import ACT_NOUNS, demand_cue
from dealwatch.extract.go_on import joint_word
from dealwatch.extract.patients import the_first_to_be
from dealwatch.extract.present_terms import term_in_the_present
from dealwatch.extract.tallies import broken_down, is_running_total
from dealwatch.extract.told_as import (
    a_heading,
    a_topic,
    alleged,
    counted_acts,
    habitual,
    looked_ahead,
    made_contact,
    opposed,
    passed_over,
    summed_up,
    told_beside,
)
from dealwatch.model import EventType


def _conditional(tok: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in lx.CONDITION_MARKS for c in tok.children)


def under_condition(tok: Token) -> bool:
    """True inside an "if"/"unless" clause or under a wish ("in hopes of gaining ...")."""
    for anc in (tok, *tok.ancestors):
        if _conditional(anc):
            return True
        if anc.i != tok.i and anc.pos_ == "NOUN" and word_in(anc, lx.HYPOTHETICAL_NOUNS) and (
                accepted_by(anc) is None):
            return True
        if anc.dep_ == "prep" and anc.lower_ == "for" and anc.head.lemma_.lower() in TERMS:
            return True  # "as a condition for easing sanctions": what the condition buys
    return False


_ACCEPTING = frozenset({"accept", "approve", "endorse", "embrace"})


def accepted_by(noun: Token) -> Token | None:
    """ "agreed to a proposal to exchange ...", "accepted the plan": the verb that takes up a
    proposal, which is no longer only proposed."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and (
            noun.head.head.lemma_.lower() in ("agree", "consent")):
        return noun.head.head
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ACCEPTING:
        return noun.head
    if _a_deal_made(noun):
        return noun.head  # "A and B reached a deal to swap ...": their word
    return None


_MAKING_A_DEAL = frozenset({"reach", "strike", "seal", "sign", "conclude", "clinch"})


def _a_deal_made(noun: Token) -> bool:
    """ "reached a deal", "struck an agreement": a deal the verb's subject made."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ("deal", "agreement", "accord",
                                                            "pact") and (
        noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MAKING_A_DEAL
        and not negated(noun.head))


def _compared(verb: Token) -> bool:
    """ "fewer benefits than promised", "as promised": a measure, no promise told."""
    return any(c.dep_ == "mark" and c.lower_ in ("than", "as") for c in verb.children) or (
        verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("than", "as") and not any(
            c.dep_ == "nsubj" for c in verb.children))


def is_promise_word(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in lx.PROMISE_VERBS:
        return not describes_deal(tok) and not _compared(tok)
    if tok.pos_ == "ADJ" and lemma in lx.READY_ADJ and children_of(tok, "xcomp"):
        return True
    if lemma == "give" and tok.pos_ == "VERB" and any(_ones_word(o)
                                                       for o in children_of(tok, "dobj")):
        return True  # "gave his word that they would be freed" (not "gave word of it")
    if _ones_word(tok) and tok.head.lemma_.lower() == "give":
        return True
    if _a_deal_made(tok) and any(c.dep_ == "acl" and _binds(c) for c in tok.children):
        return True  # "reached a deal to swap A for B" (the infinitive is what it binds)
    if tok.pos_ == "VERB" and lemma in _MAKING_A_DEAL and any(
            _a_deal_made(o) for o in children_of(tok, "dobj")) and any(
            _binds(c) for c in children_of(tok, "advcl", "xcomp")):
        return True  # the same, with the infinitive hung on the verb past a day
    return tok.pos_ == "NOUN" and lemma in lx.PROMISE_NOUNS and tok.dep_ != "compound"


def _binds(verb: Token) -> bool:
    """An infinitive a deal binds its makers to: to free or swap people, to ease sanctions
    (not "a deal to win freedom for A": what one of them gets)."""
    return infinitive(verb) and word_in(verb, lx.CONCESSION_VERBS)  # (releases among them)


def _ones_word(tok: Token) -> bool:
    """ "his word", "its word" given: a pledge (news given is "word of" something)."""
    return tok.lemma_.lower() == "word" and tok.dep_ == "dobj" and bool(children_of(tok, "poss"))


def _describes(word: Token) -> bool:
    """A pluperfect relative clause naming people by an earlier promise ("the men Moscow had
    agreed to free"): the promise is how the text identifies them, not an event it tells."""
    return word.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had"
                                        for c in word.children)


def is_demand_word(tok: Token) -> bool:
    return demand_cue(tok) is not None


def in_exchange_clause(tok: Token) -> bool:
    """True when a token sits inside "in exchange for ..." / "in return for ..."."""
    for anc in tok.ancestors:
        if anc.lower_ == "for" and anc.head.lemma_.lower() in ("exchange", "return", "swap"):
            return True
    return False


def _purpose(tok: Token) -> bool:
    """An infinitive of purpose: "staged a protest to press for ...", "to secure her release"."""
    verbs = [tok] if tok.pos_ == "VERB" else [a for a in list(tok.ancestors)[:3]
                                               if a.pos_ == "VERB"][:1]
    for verb in verbs:
        to_do = verb.tag_ == "VB" and infinitive(verb)
        governed = is_promise_word(verb.head) or is_demand_word(verb.head)
        if to_do and verb.dep_ in ("advcl", "xcomp", "acl", "relcl") and not governed:
            return not (verb.dep_ == "advcl" and made_contact(verb.head))
    return False


def _counter_release(cue: Cue) -> Frame | None:
    """The other half of a swap that happened: "Iran freed four in return for Washington
    pardoning seven" is two releases. In a promise or an offer it is only a condition."""
    if cue.type not in (EventType.RELEASE, EventType.SANCTIONS_RELIEF) or cue.patient is None:
        return None  # (the other half may be money unfrozen: "for the release of $2 billion")
    main = cue.token
    for anc in cue.token.ancestors:
        if anc.lower_ == "for" and anc.head.lemma_.lower() in ("exchange", "return", "swap"):
            main = anc.head.head.head if anc.head.head.lower_ == "in" else anc.head.head
            break
    if main.i == cue.token.i or under_condition(main) or negated(main) or modal_of(main):
        return None
    around = (main, *main.ancestors, *(c for c in main.children
                                        if c.dep_ in ("acomp", "xcomp", "ccomp")))
    if any(is_promise_word(t) or word_in(t, lx.HYPOTHETICAL_VERBS) or modal_of(t)
           for t in around):
        return None
    return Frame(cue.type, cue.token, cue)


def frame_of(cue: Cue) -> Frame | None:
    """How the sentence presents a cue; None when it did not happen (wish, condition, denial)."""
    frame = _frame_of(cue)
    if frame is not None and frame.type == EventType.RELEASE and bare_subjunctive(cue.token):
        return None  # "that the five be freed": wanted, not done, whoever wants it
    return frame


def _frame_of(cue: Cue) -> Frame | None:
    tok = cue.token
    if cue.type == EventType.DEMAND:
        if negated(tok) or under_condition(tok) or _purpose(tok) or _who_had_pressed(tok):
            return None
        return Frame(EventType.DEMAND, tok, cue)
    if passed_over(tok) or looked_ahead(tok) or alleged(tok) or habitual(tok) or (
            a_topic(tok) or opposed(tok) or a_heading(tok) or summed_up(tok)):
        return None
    if counted_acts(tok) and cue.type not in (EventType.MEETING, EventType.CALL):
        return None  # ("a series of negotiations" is still talks told, if not one day's)
    if tok.tag_ == "VBG" and tok.dep_ == "csubj" and cue.type == EventType.RELEASE:
        term = was_a_condition(tok, tok.head)  # "handing over the officers had been a
        # condition of the exchange": the other side's demand
        return Frame(EventType.DEMAND, term, cue) if term is not None else None
        # ("bringing Xians home remained a priority": an aim, no one freed)
    if in_exchange_clause(tok):
        return _counter_release(cue)
    hinge = depends_on(tok) if cue.type == EventType.RELEASE else None
    if hinge is not None:  # "the release of X depends on Y freeing Z": Z is asked for, X
        word, on = hinge  # not freed
        return Frame(EventType.DEMAND, word, cue) if tok.i > on.i else None
    asker = wished_by(tok) if cue.type == EventType.RELEASE else None
    if asker is not None:
        return Frame(EventType.DEMAND, asker, cue)
    asked = price_of_a_pledge(tok) if cue.type == EventType.RELEASE else None
    asked = asked or (terms_before_a_colon(tok) if cue.type == EventType.RELEASE else None)
    if asked is not None:
        return Frame(EventType.DEMAND, asked, cue)
    if under_condition(tok) or (is_running_total(tok) and not told_by_day(cue)) or (
            tok.pos_ == "NOUN" and _purpose(tok)):
        return None
    modal = modal_of(tok)
    if negated(tok) or _conditional(tok):
        return None
    wanted = _what_one_sought(tok)
    if wanted is not None and cue.type == EventType.RELEASE:
        return Frame(EventType.DEMAND, wanted, cue)
    listed = listed_term(tok) or made_its_aim(tok)
    if listed is not None:
        return Frame(EventType.DEMAND, listed, cue)
    agreed = clefted_by(tok) if cue.type == EventType.RELEASE else None
    if agreed is not None and is_promise_word(agreed) and not negated(agreed):
        return Frame(EventType.PROMISE, agreed, cue)  # "What they agreed was an exchange of
        # 600 prisoners": a term agreed, no one freed yet
    cur = _first_conjunct(tok)
    direct = cur  # what "had to" governs as the act itself: "had to define a timeline and
    # release A", "had to start freeing A"
    reported = False
    while cur.dep_ not in ("ROOT", "conj") and cur.head.i != cur.i:
        parent = cur.head
        if told_beside(cur, parent, tok):
            break  # "when A and B met in May, A asked ...": the meeting is no wish
        if cur.dep_ == "ccomp" and cur.i < parent.i and _a_step_described(parent):
            break  # "X freed them last May, a step Y had long demanded": the parse made the
            # apposition the main clause
        content = cur.dep_ in ("xcomp", "ccomp", "dobj", "acl", "nsubjpass") or (
            cur.dep_ == "prep" and cur.lower_ in ("for", "of", "to")
        ) or (cur.dep_ == "advcl" and infinitive(cur) and (
            is_promise_word(parent) or _deadline_for(parent)))
        # "nsubjpass": "the release of X was demanded / was promised"; "advcl": "offered on
        # Friday to free 30", the infinitive parsed apart from the verb by the day
        if cur.dep_ == "prep" and cur.lower_ in ("on", "over") and cur.head.i == parent.i and (
                parent.lemma_.lower() in _AGREED) and cur.i == tok.head.i:
            return Frame(EventType.PROMISE, tok, cue)  # "an accord on the nurses' release was
            # reached": a term agreed, no one freed yet
        if content and across_a_semicolon(tok, parent):
            break  # "the letter was dated May 5; in it A promised ...": two clauses, the
            # parse joined them
        if content and is_promise_word(parent):
            if _describes(parent):
                return None  # "the four men Moscow had agreed to let go": told, not news
            taken = accepted_by(parent) if parent.pos_ == "NOUN" else None
            return Frame(EventType.PROMISE, taken if taken is not None else parent, cue)
        if content and is_demand_word(parent):
            return Frame(EventType.DEMAND, parent, cue)
        if cur.dep_ == "appos" and an_item(cur, tok) and parent.pos_ == "NOUN" and (
                terms_noun(parent)):
            return Frame(EventType.DEMAND, parent, cue)  # "set out their terms: the release
            # of 20 fighters", "Its demands were simple: the release of ...", "put a price on
            # their lives: the release of 36 militants"
        if made_a_condition(cur, parent):
            return Frame(EventType.DEMAND, parent.head, cue)
        term = was_a_condition(cur, parent)
        if term is not None:  # "A's release was a key demand of Y"
            return Frame(EventType.DEMAND, term, cue)
        if a_term_of(cur, parent) or a_term_named(cur, parent):  # "the agreement calls
            return Frame(EventType.PROMISE, tok, cue)  # for Chile to free 30": Chile's
            # undertaking; "the deal provides for the release of 40": a term of it
        if parent.pos_ in ("VERB", "AUX", "ADJ"):
            lemma = parent.lemma_.lower()
            if (lemma in ("want", "seek") and cur.i == tok.i and (
                    cur.dep_ == "dobj" or _small_clause(cur, lemma))
                    and cue.type == EventType.RELEASE and not negated(parent)
                    and modal_of(parent) is None and side_subject(parent)):
                return Frame(EventType.DEMAND, parent, cue)  # "Washington wanted the release"
            if word_in(parent, lx.HYPOTHETICAL_VERBS) or _conditional(parent):
                return None
            if cur.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp") or cur.dep_ in (
                "dobj", "nsubj", "nsubjpass", "pobj"
            ):
                if negated(parent) and lemma not in lx.REPORTING_VERBS:
                    return None
                modal = modal or (modal_of(parent) if lemma not in lx.REPORTING_VERBS else None)
                if lemma == "be" and cur.dep_ == "xcomp" and parent.tag_ in ("VBZ", "VBP", "VBD"):
                    modal = modal or "will"  # "Israel is to release 150 prisoners"
                if lemma == "have" and cur.dep_ == "xcomp" and cur.i == direct.i:
                    modal = modal or "must"  # "he had to be released immediately"
            elif cur.dep_ == "prep" and cue.type in (EventType.MEETING, EventType.CALL) and (
                    cur.lower_ in ("to", "toward", "towards", "for") and tok.head.i == cur.i):
                modal = modal or modal_of(parent)  # "the gesture will lead to direct talks":
                # talks still hoped for
            if lemma in lx.REPORTING_VERBS:
                reported = True
                break  # what a reported statement says is the statement's business
        if cur.i == direct.i and cur.dep_ == "xcomp" and parent.lemma_.lower() in _ASPECT:
            direct = parent = _first_conjunct(parent)  # ("had to lay out a process and start
            # freeing A": the first verb "had to" governs)
            if parent.dep_ == "conj" and parent.tag_ == "VB" and (
                    parent.head.lemma_.lower() == "have") and children_of(parent.head, "xcomp"):
                modal = modal or "must"  # "had to define a timeline, and begin releasing A"
        cur = parent
    reported = reported or any(a.lemma_.lower() in lx.REPORTING_VERBS
                               for a in list(cur.ancestors)[:3]) or aside(tok) is not None
    if modal in ("must", "should") and reported and cue.type == EventType.RELEASE:
        return Frame(EventType.DEMAND, tok, cue)  # "X said A must be freed": X demands it
    if modal:
        offer = cue.type in (EventType.RELEASE, EventType.SANCTIONS_RELIEF) and (
            tok.lemma_.lower() != "receive")  # "Iran will receive $400 million": no one's offer
        return Frame(EventType.PROMISE, tok, cue, modal=True) if offer and modal in (
            lx.OFFER_MODALS
        ) else None
    if tok.tag_ == "VB" and not any(c.dep_ == "aux" and c.lemma_ in ("do", "let")
                                    for c in tok.children) and not _seen_done(tok) and (
            not _past_read_as_base(tok)):
        return None  # a bare infinitive or an imperative: "to free them", "free them all"
    if infinitive(tok) and not (
            the_first_to_be(tok)):
        return None  # "no date was set for them to be handed over": not (yet) done
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and infinitive(tok.head):
        return None  # "allowed the firm to open talks with X": not (yet) held
    return Frame(cue.type, tok, cue)


def _past_read_as_base(verb: Token) -> bool:
    """ "Xland, which had jailed him, let him go on Friday": a main verb with a subject and
    no auxiliary is finite, whatever tag the tagger gave a form that is also a past tense
    ("let", "set", "put"; the clause before it threw the tagger)."""
    if verb.lower_ not in ("let", "set", "put") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "conj" and verb.head.tag_ == "VBD":
        return True  # "drove them to X and let them go": as past as the verb it goes with
    return verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" and c.i < verb.i
                                       for c in verb.children)


def _seen_done(verb: Token) -> bool:
    """ "The deal saw Peru free five Chileans": a bare infinitive a verb of seeing takes with
    its own subject tells what happened."""
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in ("see", "watch") and (
        not negated(verb.head) and any(c.dep_ == "nsubj" for c in verb.children))


def told_by_day(cue: Cue) -> bool:
    """A release verb whose number the words after a colon break down by day ("freed 52: 30
    on Monday and 22 on Tuesday"): a sum of rounds, read as its rounds (``events``), framed
    like any release (denied, wished or promised, it is no round)."""
    return cue.type == EventType.RELEASE and cue.token.pos_ == "VERB" and broken_down(
        cue.token.sent)


def _small_clause(verb: Token, wanting: str) -> bool:
    """ "wanted A and B freed", "had long wanted them released": a participle with no
    auxiliary of its own under "want" (the tagger reads some as a past tense)."""
    return (wanting == "want" and verb.dep_ in ("ccomp", "xcomp")
            and verb.tag_ in ("VBN", "VBD") and not any(
                c.dep_ in ("aux", "auxpass", "mark") for c in verb.children))


def _who_had_pressed(tok: Token) -> bool:
    """ "The physicist A, who had campaigned for his release, rang ...": a demand told in a
    perfect relative clause about a person describes them, it is no demand of that day."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return verb.dep_ == "relcl" and verb.head.ent_type_ == "PERSON" and perfect(verb)


def across_a_semicolon(tok: Token, word: Token) -> bool:
    """A semicolon stands between the cue and the word that would govern it."""
    lo, hi = sorted((tok.i, word.i))
    return any(t.text == ";" for t in tok.doc[lo:hi])


# What sides reach on an act: "an agreement on the release of A".
_AGREED = frozenset({"agreement", "understanding", "accord", "deal", "arrangement"})


# What an act is called when a text says who had asked for it: "a step Y had demanded".
_STEP_NOUNS = frozenset({"step", "move", "measure", "concession", "gesture"})


def _a_step_described(verb: Token) -> bool:
    """ "..., a step Y had long demanded": the verb's first subject is "a step" set off by a
    comma, with a subject of its own after it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) >= 2 and subjects[0].lemma_.lower() in _STEP_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in subjects[0].children) and (
        verb.doc[subjects[0].left_edge.i - 1].text == ",")


def _deadline_for(verb: Token) -> bool:
    """ "set a deadline of May 3 for X to start freeing prisoners": the infinitive, parsed
    apart from the deadline, is what the deadline demands."""
    return sets_a_deadline(verb) and is_demand_word(verb)


def _first_conjunct(tok: Token) -> Token:
    """A verb coordinated inside a clause that another word governs stands as the clause's
    first verb does: "demanding that the text be broadcast and that 15 prisoners be freed"."""
    cur = tok
    while cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and cur.head.i != cur.i and (
            cur.head.dep_ in ("ccomp", "xcomp")):
        cur = cur.head
    while cur.dep_ == "conj" and cur.pos_ == "NOUN" and cur.head.pos_ == "NOUN" and (
            cur.head.dep_ in ("dobj", "nsubjpass")):
        cur = cur.head  # "demanded $4 million and the release of eleven": the release is
        # demanded as the money is
    if cur.dep_ == "conj" and cur.pos_ == "NOUN" and cur.head.pos_ == "VERB":
        obj = next((c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i), None)
        if obj is not None:  # the same, with the noun hung on the verb by the parse
            cur = obj
    return cur


# Verbs of an act's start or course: "had to start freeing them" is having to free them.
_ASPECT = frozenset({"start", "begin", "continue", "resume"})


def undertaking(tok: Token) -> bool:
    """A side's own future act of support, told as a deal's term or a side's word: "Azerbaijan,
    for its part, will back Armenia's candidacy", "said it would support the bid", "was
    dropping its bid and would back theirs". Not "could", "might": those are speculation."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lx.UNDERTAKING_VERBS:
        return False
    if modal_of(tok) not in ("will", "would", "'ll") and not term_in_the_present(tok) or (
            negated(tok) or under_condition(tok)):
        return False  # ("Norland withdraws its bid" next to the bargain's name: its term)
    subject = tok.head if tok.dep_ == "conj" and not children_of(tok, "nsubj") else tok
    return (side_subject(subject) or fronted_side(subject) is not None) and not _wished(tok)


def _wished(tok: Token) -> bool:
    """Under a verb of wishing or planning, near above ("expected to sign", "hopes to back")."""
    return any(word_in(a, lx.HYPOTHETICAL_VERBS) for a in list(tok.ancestors)[:3])


def fronted_side(verb: Token) -> Token | None:
    """ "Chile, for its part, will back ...": the parser now and then makes the state before
    the commas a modifier of the verb, which then has no subject of its own."""
    if children_of(verb, "nsubj"):
        return None
    return next((c for c in verb.children if c.dep_ == "npadvmod" and c.i < verb.i
                 and c.ent_type_ in ("GPE", "ORG", "NORP")), None)


def _what_one_sought(tok: Token) -> Token | None:
    """ "The return of the two men was the concession the Venezuelans sought": the subject of
    "be" whose attribute a side wanted, sought or demanded; the verb of that wanting."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() != "be":
        return None
    for attr in children_of(tok.head, "attr"):
        for verb in children_of(attr, "relcl"):
            if (verb.lemma_.lower() in ("want", "seek", "demand") and not negated(verb)
                    and side_subject(verb)):
                return verb
    return None


def signed_agreement(tok: Token) -> Token | None:
    """ "A and B signed what they called a partial agreement", "the treaty was signed in X on
    11 March": an agreement signed binds both; the agreement noun."""
    if tok.pos_ != "VERB" or negated(tok):
        return None
    if tok.lemma_.lower() in lx.APPROVING_VERBS:  # "the cabinet approved an agreement under
        # which ..."
        return next((o for o in children_of(tok, "dobj", "nsubjpass")
                     if o.lemma_.lower() in lx.SIGNED_WORDS | lx.SWAPS | {"deal"}), None)
    if tok.lemma_.lower() not in ("sign", "ink"):
        return None
    for part in children_of(tok, "dobj", "nsubjpass", "ccomp"):
        words = list(part.subtree)
        if len(words) <= 12:
            found = next((w for w in words if w.lemma_.lower() in lx.SIGNED_WORDS), None)
            if found is not None:
                return found
    return None


# What a side can promise the other as a term of a deal, by its noun ("promised the release
# of A", "pledged support for the bid"); "promised hearings" is a lawmaker's, of no deal.
_PROMISED_THINGS = (ACT_NOUNS | {"support", "backing", "help", "cooperation", "return", "visit",
                                 "amnesty", "immunity", "money", "aid", "payment", "safety",
                                 "protection", "passage", "reform", "election", "vote"})


# Verbs by which a side gives its word to stop fighting: "declared a unilateral truce".
_DECLARING = frozenset({"declare", "proclaim", "announce", "agree"})
_TRUCES = frozenset({"ceasefire", "truce", "armistice"})


def _a_truce(noun: Token) -> bool:
    """ "a ceasefire", "a truce", "a cease-fire" (which the tokenizer splits)."""
    return noun.lemma_.lower() in _TRUCES or noun.lower_ == "fire" and any(
        c.dep_ == "compound" and c.lower_ == "cease" for c in noun.children)


def promise_without_cue(tok: Token) -> bool:
    """A promise word that stands on its own ("assured Smith he was ready to ..."), a side's
    future act of support ("will back the candidacy"), or an agreement signed."""
    lemma = tok.lemma_.lower()
    if joint_word(tok):  # "the two governments will keep talking" (the word that gives it,
        # when it is a promise of its own, tells it: "agreed to meet again")
        return not negated(tok) and not under_condition(tok) and not _wished(tok) and not (
            tok.dep_ == "xcomp" and promise_without_cue(tok.head))
    if lemma in _DECLARING and tok.pos_ == "VERB" and any(
            _a_truce(o) for o in children_of(tok, "dobj")):
        return not negated(tok) and not under_condition(tok) and modal_of(tok) is None and (
            not _wished(tok))  # "X proclaimed a cease-fire on Saturday": its word to stop
    if lemma in ("sign", "ink", *lx.APPROVING_VERBS) and signed_agreement(tok) is not None:
        return not under_condition(tok) and modal_of(tok) is None and not _wished(tok)
    if lemma in lx.UNDERTAKING_VERBS and undertaking(tok):
        return not any(is_promise_word(a) for a in tok.ancestors)
    if not is_promise_word(tok) or negated(tok) or under_condition(tok) or _describes(tok) or (
            habitual(tok)):
        return False  # ("has repeatedly promised that ...": a standing word)
    if any(is_promise_word(a) for a in tok.ancestors):
        return False  # "assured Smith he was ready to ...": one promise, not two
    comps = children_of(tok, "xcomp", "ccomp", "acl")
    if tok.pos_ == "VERB" and lemma not in lx.PROMISE_NEEDS_CONCESSION:
        things = [o for o in children_of(tok, "dobj") if o.pos_ == "NOUN"] + (
            [tok.head] if tok.dep_ == "relcl" else [])  # "the meeting he had promised them"
        return bool(comps) or not things or any(  # not "promised hearings", "more details"
            o.lemma_.lower() in _PROMISED_THINGS for o in things)
    if tok.pos_ == "NOUN" and not comps and _given_by_a_side(tok):
        return True  # "a document of 32 commitments from the government"
    giving = _GIVING if tok.pos_ == "VERB" else frozenset()  # ("agreed to give X three more
    # months"; not "willing to give up its prisoners", a readiness told, no word given)
    acts = [a for c in comps for a in (c, *c.conjuncts)]  # "agreed to take back A, to raise
    # wages and to allow a monument": each act agreed to
    return any(a.lemma_.lower() in lx.CONCESSION_VERBS | lx.UNDERTAKING_VERBS | giving
               or a.lemma_.lower() == "take" and has_prt(a, "back") and bool(giving)
               for a in acts)


# Giving what another asks, as an undertaking: "agreed to give them more time", "to raise
# wages", "to reinstate the two", "to provide aid", "to receive the fifteen as asylees".
_GIVING = frozenset({"give", "grant", "raise", "increase", "reinstate", "rehire", "provide",
                     "receive", "admit"})  # (not "offered to host" talks: a go-between's word)


def _given_by_a_side(noun: Token) -> bool:
    """A side's commitments or assurances told by whom they come from ("commitments from the
    government", "assurances from Peru"), in the plural or counted: its word given."""
    if noun.lemma_.lower() not in WORDS_GIVEN or (
            noun.tag_ != "NNS") or _wished(noun) or any(
            word_in(a, lx.DEMAND_VERBS | {"ask", "request", "seek", "want", "need"})
            for a in list(noun.ancestors)[:2]):
        return False  # ("wanted firm assurances from X": X gave none)
    giver = giver_of(noun)
    return giver is not None and (giver.pos_ == "PROPN" or giver.ent_type_ in (
        "GPE", "ORG", "NORP") or giver.lemma_.lower() in lx.SIDE_NOUNS)
