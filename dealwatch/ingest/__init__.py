"""Ingest: files in, cleaned articles (or rejections) out.

Which files (``files``); readers for plain text, HTML pages (``readers``, ``html``), JSON
records (``records``) and RSS/Atom feeds (``feeds``), each building its articles in
``articles``; boilerplate removal (``clean``); the publication date with the evidence it came
from (``published``); near-duplicate detection (``dedup``). Every input is read in isolation
(``isolation``): reading never reaches the network, and a bad input never raises: it becomes
a ``Rejected``.
"""

from __future__ import annotations

from dealwatch.ingest.articles import MAX_CHARS, article_id
from dealwatch.ingest.clean import clean_text
from dealwatch.ingest.dedup import Deduper
from dealwatch.ingest.files import SUFFIXES, expand_paths
from dealwatch.ingest.isolation import isolated, offline
from dealwatch.ingest.published import find_published, parse_date
from dealwatch.ingest.readers import MAX_BYTES, read_article, read_data, read_inputs
from dealwatch.ingest.records import json_array_items, read_record, read_record_line

__all__ = [
    "MAX_BYTES",
    "MAX_CHARS",
    "SUFFIXES",
    "Deduper",
    "article_id",
    "clean_text",
    "expand_paths",
    "find_published",
    "isolated",
    "json_array_items",
    "offline",
    "parse_date",
    "read_article",
    "read_data",
    "read_inputs",
    "read_record",
    "read_record_line",
]
