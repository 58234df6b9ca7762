"""Document: the sentence mentions of one article in, the article's events out.

News is written as a whole article: the lead sets the day and the place, later sentences keep
that frame until the text moves, a release is told in one sentence and its people listed in the
next, and "the president" or "Minsk" acts for a state. The extract stage reads one sentence at
a time; this stage reads the article. Each pass is a function from the article's context and
its mentions to new mentions, run in order:

- ``asked``: a yes-or-no question ("Did X free the 40?") tells no event.
- ``sides``: the acting side of a release, a sanction, a promise or a demand is a state or a
  body acting as one, never a freed person or a journalist.
- ``each_side``: "each side freed 215" is a release of that number by each of the two
  sides the article named together last (or else its two states).
- ``bands_named``: "the hijackers" of an article that names one armed body ("the Red Star
  Army") are its men: their acts are that body's.
- ``sanctioner``: a sanction eased or imposed by a body of no named state ("the Treasury")
  is the act of the one state the article gives as holding sanctions.
- ``freed``: the people a release frees, from lists, appositions and the next sentences, and
  its count from its own group.
- ``batches``: "four on May 6 and seven more the next day" after a colon, and "and on 18 May
  another 180" after a release, are releases of their own numbers and days.
- ``named_next``: "A small man walked out of X ... A, the engineer, was met by ...":
  the release of one unnamed person is that of the person the next sentence opens on.
- ``antecedents``: "both men", "the two", "them": the people of the nearest earlier
  coordination of names of that size, for releases and for what a promise or demand is about;
  talks of "they" or "the two" are between the two people the sentence before names.
- ``identities``: "A said he was X; B turned out to be Y": the true names a roll call gives
  are the people of the one unnamed group release that can hold them all, and each cover
  name (A, B) is kept as an alias of its true name for the resolve stage.
- ``statements``: "A was to free two soldiers ... The two soldiers are X and Y": the people a
  promise or a demand of a number is about, from a later list of that number; "the two
  Poles" of a demand or a release are those "The two Poles are A and B" names.
- ``roster``: the freed an article names away from its release (``told_freed`` reads
  them): people told as come home after it ("A landed in Y late on Friday"), lists whose
  subject tells the freed ("The Xians freed included A and B"), headed lists ("Who was
  freed" over paragraphs that begin with names), and people held by the side that freed,
  when its number has room for them.
- ``captives``: a demand or promise about a release whose freed are only pointed at ("his
  release", "both men", "a pardon") is about the article's held people when only they can be
  meant (not those the asking side holds; the pronoun's gender where the article shows it).
- ``two_sides``: a release no reading gave a side, of people of one of the article's two
  sides, was the other side's; the talks a deal came out of, told without both sides, were
  between the article's two states.
- ``relative``: "on Sunday, a day after Washington lifted the sanctions" dates the lifting
  by the main clause's day.
- ``timeframe``: plural meetings and calls with a list of days become one a day
  (``each_day``); a mention without a date of its own takes the article's time frame, and
  a promise or demand the day its words were said (``said``).

A number two sides swapped between them ("X and Y swapped two prisoners") is both halves
together: that release keeps no side and no number (``swapped_together``, last).

Running totals ("Hamas has now freed 58") are no release; ``totals`` keeps them beside the
events as stated totals.

A pass that fills a field from another sentence adds that sentence to the mention's
``context`` evidence, so every fact keeps its source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dealwatch.document.after_that import after_that
from dealwatch.document.also import also_freed, also_said
from dealwatch.document.antecedents import group_antecedents, talk_partners
from dealwatch.document.asked import not_asked
from dealwatch.document.bands_named import bands_named
from dealwatch.document.batches import dated_batches, more_on_another_day
from dealwatch.document.captives import the_captives
from dealwatch.document.clients import lawyers_clients
from dealwatch.document.context import ArticleContext
from dealwatch.document.counted import counted_captives
from dealwatch.document.court_day import the_court_again
from dealwatch.document.each_side import each_side
from dealwatch.document.freed import freed_people
from dealwatch.document.gapped import gapped_releases
from dealwatch.document.handed_on import handed_on
from dealwatch.document.identities import cover_names, roll_call
from dealwatch.document.in_return import in_return, traded_half
from dealwatch.document.listed_side import side_of_the_listed
from dealwatch.document.mediators import not_a_mediator
from dealwatch.document.named_next import named_next
from dealwatch.document.news_day import news_of_the_day, reactions_of_the_day
from dealwatch.document.own_men import own_men_freed
from dealwatch.document.pair_traded import pair_traded
from dealwatch.document.parts import parts_of_releases
from dealwatch.document.relative import relative_days
from dealwatch.document.remention import told_again
from dealwatch.document.resumed import resumed_talks
from dealwatch.document.roster import after_release, held_and_freed
from dealwatch.document.sanctioner import sanctioning_state
from dealwatch.document.sides import acting_sides
from dealwatch.document.statements import statement_people
from dealwatch.document.surnames import shared_surnames
from dealwatch.document.timeframe import each_day, frame_dates
from dealwatch.document.totals import stated_totals, swapped_together
from dealwatch.document.two_sides import other_side, talks_sides, two_peoples
from dealwatch.document.whose import whose_terms
from dealwatch.extract import extract_events
from dealwatch.extract.names import find_names
from dealwatch.extract.parse import with_linear_lookups
from dealwatch.ingest.budget import check
from dealwatch.model import Article, EventMention, Extraction, TimeExpr

Pass = Callable[[ArticleContext, list[EventMention]], list[EventMention]]
# In this order: a side that is a go-between is cleared right after the sides are read, the
# freed pass clears a side that turns out to be one of the freed, the
# two-sides fallback comes after every other reading of the side, then the time frame (the
# day of a statement is read from its speaker), and the owner of relayed terms last.
# A yes-or-no question is dropped first; the freed told away from their release and the
# captives a statement points at are read once every side is; a surname two people share
# is written out in full at the very end (every pass before reads the name as told).
PASSES: Sequence[Pass] = (not_asked, acting_sides, each_side, handed_on, bands_named, pair_traded,
                          not_a_mediator,
                          sanctioning_state, freed_people, gapped_releases, dated_batches,
                          more_on_another_day,
                          named_next, group_antecedents, also_freed, side_of_the_listed,
                          lawyers_clients,
                          talk_partners, roll_call, statement_people, two_peoples, own_men_freed,
                          other_side, after_release, held_and_freed, counted_captives, the_captives,
                          talks_sides, each_day, resumed_talks, relative_days, frame_dates,
                          parts_of_releases,
                          also_said, after_that, the_court_again, in_return, traded_half,
                          news_of_the_day, reactions_of_the_day, told_again, whose_terms,
                          swapped_together, shared_surnames)


def read_article(article: Article, doc: Doc, dates: list[TimeExpr]) -> Extraction:
    """The article's events: its sentences read by ``extract``, then the whole article."""
    with_linear_lookups(doc)
    names = find_names(doc, article.id)
    extraction = extract_events(article, doc, dates, names)
    ctx = ArticleContext(article, doc, list(dates), names)
    mentions = list(extraction.events)
    for step in PASSES:
        check(step.__name__)
        mentions = step(ctx, mentions)
    mentions.sort(key=lambda m: (m.evidence.start, m.type.value))
    return replace(extraction, events=tuple(mentions), names=tuple(cover_names(ctx)),
                   totals=tuple(stated_totals(ctx)))


__all__ = ["ArticleContext", "read_article"]
