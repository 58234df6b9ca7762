"""What the reader computes beside each article (``dealwatch.ingest.beside``) is what the
parsing process would compute, taken once, and only so many are kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hostile import GOOD, OTHER

from dealwatch.dates import find_dates
from dealwatch.ingest.articles import from_text
from dealwatch.ingest.beside import ReadBeside
from dealwatch.ingest.dedup import band_keys


def test_what_the_reader_computed_is_what_would_be_computed_and_is_taken_once() -> None:
    article = replace(from_text("a.txt", GOOD + "\n\nOn Monday, talks resumed."),
                      published=date(2031, 3, 5))
    reader, here = ReadBeside(), ReadBeside()
    here.keep(article, reader.compute(article))
    assert here.kept and here.dated
    assert here.band_keys(article.text) == band_keys(article.text)
    assert here.find_dates(article.text, article.published) == \
        find_dates(article.text, article.published)
    assert not here.kept and not here.dated  # taken: nothing held any longer
    # read again under another date (an editor's correction): computed here
    assert here.find_dates(article.text, None) == find_dates(article.text, None)


def test_only_the_latest_are_kept() -> None:
    beside = ReadBeside()
    texts = [f"{OTHER} Item {n}." for n in range(ReadBeside.KEEP + 5)]
    for n, text in enumerate(texts):
        article = from_text(f"{n}.txt", text)
        beside.keep(article, (["k"], article.published, []))
    assert len(beside.kept) == len(beside.dated) == ReadBeside.KEEP
    assert texts[0] not in beside.kept and texts[-1] in beside.kept
    assert beside.band_keys(texts[-1]) == ["k"]  # what was kept, not computed again
    assert beside.band_keys(texts[0]) == band_keys(texts[0])
