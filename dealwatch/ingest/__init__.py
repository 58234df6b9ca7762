"""Ingest: files in, cleaned articles (or rejections) out.

Readers for plain text, HTML pages, JSON lines and RSS/Atom feeds (``readers``); boilerplate
removal (``clean``); the publication date with the evidence it came from (``published``);
near-duplicate detection (``dedup``). A bad input never raises: it becomes a ``Rejected``.
"""

from __future__ import annotations

from dealwatch.ingest.clean import clean_text
from dealwatch.ingest.dedup import Deduper
from dealwatch.ingest.published import find_published, parse_date
from dealwatch.ingest.readers import (
    MAX_BYTES,
    SUFFIXES,
    article_id,
    expand_paths,
    read_article,
    read_data,
    read_inputs,
    read_record,
    read_record_line,
)

__all__ = [
    "MAX_BYTES",
    "SUFFIXES",
    "Deduper",
    "article_id",
    "clean_text",
    "expand_paths",
    "find_published",
    "parse_date",
    "read_article",
    "read_data",
    "read_inputs",
    "read_record",
    "read_record_line",
]
