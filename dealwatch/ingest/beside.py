"""What a reader process computes beside each article it reads: the article's near-duplicate
band keys and its dates (``find_dates``), pure functions of its text and publication date,
handed to the near-duplicate check and the dates stage of the process that parses, so that
process does not compute them again (``ingest.ahead.Beside``)."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import cast

from dealwatch.ingest.dedup import band_keys
from dealwatch.ingest.published import as_filed
from dealwatch.model import Article, TimeExpr


class ReadBeside:
    """The band keys and dates of the articles a reader process reads, computed there while
    this process parses (``ingest.ahead.Beside``), each taken once by the near-duplicate
    check and the dates; at most ``KEEP`` are kept (an article taken later, or read again
    under a corrected date, gets its own)."""

    KEEP = 128  # eight batches of analyze

    def __init__(self) -> None:
        self.kept: OrderedDict[str, list[str]] = OrderedDict()
        self.dated: OrderedDict[tuple[str, date | None], list[TimeExpr]] = OrderedDict()

    def compute(self, article: Article) -> object:
        """In the reader: the article's band keys, and its dates counted from the day it is
        read as of (``as_filed``), with that day."""
        from dealwatch.dates import find_dates

        reading = as_filed(article)
        return (band_keys(article.text), reading.published,
                find_dates(reading.text, reading.published))

    def keep(self, article: Article, value: object) -> None:
        """Here: keep what the reader computed, forgetting the oldest beyond ``KEEP``."""
        keys, day, dates = cast(  # what ``compute`` made
            tuple[list[str], date | None, list[TimeExpr]], value)
        self.kept[article.text] = keys
        self.dated[(article.text, day)] = dates
        for kept in (self.kept, self.dated):
            while len(kept) > self.KEEP:
                kept.popitem(last=False)

    def band_keys(self, text: str) -> list[str]:
        """``band_keys(text)``, computed by the reader when it was."""
        found = self.kept.pop(text, None)
        return band_keys(text) if found is None else found

    def find_dates(self, text: str, published: date | None) -> list[TimeExpr]:
        """``find_dates(text, published)``, computed by the reader when it was."""
        from dealwatch.dates import find_dates

        found = self.dated.pop((text, published), None)
        return find_dates(text, published) if found is None else found
