"""Shared by the web tests: the example corpus in a store, a store of two deals, and a hostile
article."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from spacy.language import Language

from dealwatch.pipeline import run_analyze
from dealwatch.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TOKEN = "test-token-5d1f"

# An article that tries everything: markup, a script, a javascript: link, template syntax in
# the text, the title, the outlet and the address.
HOSTILE = {
    "title": "<script>alert('title')</script> Dravonia frees five {{ 7*7 }}",
    "outlet": "Evil <b>Outlet</b>",
    "url": "javascript:alert('url')",
    "published": "2024-09-03",
    "text": ("Dravonia freed five political prisoners on Monday <script>alert('x')</script> "
             "{{ 7*7 }} {% include 'base.html' %} <a href=\"javascript:alert(2)\">click</a>."
             "\n\nIn exchange, the United States eased sanctions on the shipping company "
             "Ostrelmar <img src=x onerror=alert(3)>."),
}

# A new round told by a new outlet: uploading it changes the ledger.
NEW_ROUND = (
    "Lakeside Times\nPublished: 3 October 2024\n\n"
    "Dravonia frees nine more prisoners\n\n"
    "Dravonia freed nine political prisoners on 2 October 2024, including the blogger "
    "Maksim Trusau, in the third round of releases.\n\n"
    "In return, the United States eased sanctions on the state airline Dravavia, officials "
    "said.\n"
)


# Another exchange, between two other invented states, told by three invented outlets: a swap
# tied by "in exchange" / "in return" (the outlets disagree on its count), a later release with
# no counterpart reported, a promise kept only in part (the named journalist is not freed), and
# an outlet's running total the ledger's sum disputes. A fourth article names no side at all.
OTHER_DEAL = "marlovia--quessia-2023"
OTHER_ARTICLES = {
    "harbourline-post.txt": (
        "Harbourline Post\nPublished: 10 May 2023\n\n"
        "Quessia frees seven Marlovian prisoners in a swap\n\n"
        "Quessian authorities freed seven Marlovian prisoners on Tuesday, including the "
        "engineer Tomas Brell and the teacher Ilse Marrec, after months of talks.\n\n"
        "In exchange, Marlovia freed two Quessian pilots, Oren Dask and Piet Lundqvar, who had "
        "been held since their plane came down near the border.\n\n"
        "Quessia also promised to free four more Marlovian prisoners, including the journalist "
        "Arvid Kolm, by the end of the summer.\n"),
    "upland-monitor.txt": (
        "Upland Monitor\nPublished: 11 May 2023\n\n"
        "Eight freed as Quessia and Marlovia trade prisoners\n\n"
        "Quessia released eight Marlovian detainees on Tuesday, among them Tomas Brell. In "
        "return, Marlovia handed over the Quessian pilots Oren Dask and Piet Lundqvar.\n"),
    "riverside-gazette.txt": (
        "Riverside Gazette\nPublished: 20 July 2023\n\n"
        "Quessia frees four more Marlovian prisoners\n\n"
        "Quessia freed four more Marlovian prisoners on Wednesday, among them the translator "
        "Nela Orsk.\n\n"
        "That brings the number of prisoners freed by Quessia since May to 13, the Marlovian "
        "foreign ministry said.\n"),
    "lowmarsh-herald.txt": (
        "Lowmarsh Herald\nPublished: 4 March 2020\n\n"
        "Talks on detained sailors\n\n"
        "The lawyer Mara Quill met the rights advocate Ilan Forsby in Tessaly on Tuesday to "
        "discuss the release of detained sailors.\n"),
}


def fill_two_deals(db: Path, nlp: Language) -> Path:
    """A store of the example corpus (one deal) and the articles of another deal, plus one
    article of no deal."""
    folder = db.parent / "other-deal"
    folder.mkdir(exist_ok=True)
    for name, text in OTHER_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Store.open(str(db)) as store:
        report = run_analyze([str(EXAMPLES), str(folder)], store, nlp)
    assert report.added and not report.rejected
    return db


def fill_examples(db: Path, nlp: Language) -> Path:
    """A store holding the bundled example corpus."""
    with Store.open(str(db)) as store:
        report = run_analyze([str(EXAMPLES)], store, nlp)
    assert report.added and not report.rejected
    return db


def hostile_jsonl(folder: Path) -> Path:
    """The hostile article as a JSON-lines file."""
    path = folder / "hostile.jsonl"
    path.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    return path


@contextmanager
def served(app: FastAPI, **kw: Any) -> Iterator[TestClient]:
    """A test client of the app once its first ledger is built (until then every page says
    the ledger is being built)."""
    with TestClient(app, **kw) as client:
        app.state.cache.get()
        yield client
