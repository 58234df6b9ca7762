"""Shared by the web tests: the example corpus in a store, and a hostile article."""

from __future__ import annotations

import json
from pathlib import Path

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
