"""Is the text prose (``dealwatch.ingest.prose``)? A garbage span in a good article is cut and
the article read; a text that is only garbage is rejected (DW115); a text with more tokens
than spaCy reads well within the budget is rejected (DW112). Every text here is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dealwatch.errors import NotProse
from dealwatch.extract.text import tokenizable
from dealwatch.ingest import read_data
from dealwatch.ingest.budget import DEFAULT_SECONDS, per_article
from dealwatch.ingest.prose import (
    MAX_TOKENS,
    WINDOW,
    cut_garbage,
    estimated_tokens,
    garbage_spans,
)
from dealwatch.model import Article, EventType, Rejected
from dealwatch.pipeline import analyze_texts

LEAD = "Dravonia freed 14 political prisoners on Monday, officials in Ardel said."
CLOSE = "A spokesman for Belmaria said the talks would go on next month."
FIGURES = ("The vote was 212 to 187, with 9 abstentions; turnout rose from 61.2% in 2019 to "
           "64.8% in 2023, and 1,204 of the 1,530 seats were filled by 3 March.")


def one(name: str, text: str) -> Article | Rejected:
    (item,) = read_data(name, text.encode())
    return item


def test_news_writing_and_a_paragraph_of_figures_have_no_garbage() -> None:
    text = "\n\n".join([LEAD, FIGURES * 6, CLOSE] * 20)
    assert garbage_spans(text) == []
    assert cut_garbage(text) == (text, ())
    short = f"{LEAD} {'*' * 150} {CLOSE}"  # a short run costs little: left alone
    assert cut_garbage(short) == (short, ())


@pytest.mark.parametrize("run", ["(" * 20_000, "( " * 10_000, "-=" * 8_000, "#, " * 9_000,
                                 "“)" * 5_000])
def test_a_garbage_run_between_paragraphs_is_cut_and_the_article_read(run: str) -> None:
    item = one("a.txt", f"{LEAD}\n\n{run}\n\n{CLOSE}\n")
    assert isinstance(item, Article), item
    assert item.text == f"{LEAD}\n\n{CLOSE}"
    (note,) = [r for r in item.removed if r.startswith("[not prose")]
    assert "characters" in note and len(note) < 120


@pytest.mark.parametrize("run", ["1, " * 9_000, "((((((((((a" * 2_000, "7 ( 8 ) " * 4_000,
                                 "a" * 50_000, "U.S." * 10_000, "&amp;" * 8_000,
                                 "U.S. " * 10_000, "Ardel freed " * 5_000])
def test_a_run_with_stray_digits_or_letters_is_cut_but_for_its_ragged_edges(run: str) -> None:
    item = one("a.txt", f"{LEAD}\n\n{run}\n\n{CLOSE}\n")
    assert isinstance(item, Article), item
    assert item.text.startswith(LEAD) and item.text.endswith(CLOSE)
    assert len(item.text) < len(LEAD) + len(CLOSE) + 2 * WINDOW + 4


def test_a_garbage_run_inside_a_line_is_cut_without_splitting_the_words_beside_it() -> None:
    text, removed = cut_garbage(f"{LEAD} " + "#%" * 4_000 + f" {CLOSE}")
    assert text == f"{LEAD} {CLOSE}" and len(removed) == 1
    text, _ = cut_garbage(f"{LEAD} Ardel" + "." * 3_000 + f"Seltz {CLOSE}")
    assert "Ardel" in text and "Seltz" in text and "...." not in text


def test_a_good_article_with_a_garbage_span_keeps_its_event(nlp: Language) -> None:
    def events(middle: str) -> list[tuple[EventType, int | None, tuple[str, ...]]]:
        html = (f"<html><body><article><p>{LEAD}</p><p>{middle}</p><p>{CLOSE}</p>"
                "</article></body></html>")
        (item,) = read_data("page.html", html.encode())
        assert isinstance(item, Article), item
        assert "<<<<" not in item.text
        (extraction,) = analyze_texts([item], nlp)
        return [(e.type, e.count, e.participants) for e in extraction.events]

    found = events("&lt;" * 30_000)
    assert (EventType.RELEASE, 14, ()) in found
    assert found == events("")


@pytest.mark.parametrize(("text", "what"), [
    ("(" * 60_000, "100% of its 60,000 characters (white space aside) are punctuation"),
    ("!? " * 20_000, "100% of its 40,000 characters (white space aside) are punctuation"),
    ("12 345 6789 " * 3_000, "are digits"),
    ("Mr. " * 20_000, "repeat a few characters or words"),
    ("Dravonia freed " * 5_000, "repeat a few characters or words"),
])
def test_a_text_of_nothing_but_garbage_is_rejected_as_not_prose(text: str, what: str) -> None:
    item = one("junk.txt", text)
    assert isinstance(item, Rejected)
    assert item.code == NotProse.code == "DW115"
    assert item.reason.startswith("not prose: ") and what in item.reason
    assert item.line().startswith("junk.txt: rejected (DW115): not prose")


def test_a_short_text_of_symbols_is_empty_not_garbage() -> None:
    item = one("short.txt", "*** --- ***")
    assert isinstance(item, Rejected) and item.code == "DW104"


def test_more_tokens_than_read_within_the_budget_is_rejected_as_too_long() -> None:
    sentences = " ".join(f"Official number {i} said the talks in Ardel went on."
                         for i in range(MAX_TOKENS // 8))
    assert isinstance(one("long.txt", sentences[: len(sentences) // 3]), Article)
    item = one("long.txt", sentences)
    assert isinstance(item, Rejected) and item.code == "DW112"
    assert f"words and marks is over the {MAX_TOKENS:,}" in item.reason


def test_the_token_cap_follows_the_article_budget() -> None:
    def sentences(n: int) -> str:
        return " ".join(f"Official number {i} said the talks in Ardel went on."
                        for i in range(n))

    longer = sentences(5 * MAX_TOKENS // 8)
    with per_article(4 * DEFAULT_SECONDS):  # a longer budget pays for a longer read
        assert isinstance(one("long.txt", sentences(MAX_TOKENS // 8)), Article)
        item = one("long.txt", longer)
        assert isinstance(item, Rejected) and f"over the {4 * MAX_TOKENS:,}" in item.reason
    with per_article(0):  # no budget: no cap
        assert isinstance(one("long.txt", longer), Article)
    with per_article(DEFAULT_SECONDS / 2):  # a shorter one keeps the cap
        assert isinstance(one("long.txt", sentences(MAX_TOKENS // 8)), Rejected)


@pytest.mark.parametrize("text", [
    "(" * 3_000, "( " * 3_000, "a-b" * 1_000, "U.S. " * 1_000, "Mr. Ardel, " * 500,
    "&amp;" * 500, "don't stop; he's gone." * 100, " ".join([LEAD, FIGURES, CLOSE] * 20),
])
def test_the_estimate_is_never_far_below_spacys_count(nlp: Language, text: str) -> None:
    tokens = [t for t in nlp.make_doc(tokenizable(text)) if not t.is_space]
    assert estimated_tokens(text) >= 0.9 * len(tokens)


def test_the_estimate_of_news_writing_is_close_to_spacys_count(nlp: Language) -> None:
    text = " ".join([LEAD, FIGURES, CLOSE] * 20)
    assert estimated_tokens(text) <= 1.3 * len(nlp.make_doc(text))


def test_a_long_run_without_white_space_weighs_by_its_length() -> None:
    run = "abcdefghijklmnopqrstuvwxyz0123456789" * 10_000  # varied: not cut as garbage
    assert cut_garbage(run) == (run, ())
    assert estimated_tokens(run) >= len(run) // 8
    item = one("run.txt", f"{LEAD}\n\n{run}\n")
    assert isinstance(item, Rejected) and item.code == "DW112"
