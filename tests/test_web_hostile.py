"""The write API on hostile records: never a request to the network, never a 500 for one bad
record, and the security headers on every answer, refusals included."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hostile import DEEP, GOOD, OTHER, canary_server
from spacy.language import Language
from webfixtures import TOKEN, served

from dealwatch.store import Store
from dealwatch.web import create_app

AUTH = {"Authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
SECURITY = ("content-security-policy", "x-content-type-options", "x-frame-options")


@pytest.fixture()
def app_db(tmp_path: Path, nlp: Language) -> Iterator[tuple[TestClient, Path]]:
    """A writable app on an empty store, with the session's spaCy pipeline."""
    db = tmp_path / "s.db"
    app = create_app(str(db), TOKEN, max_upload=300_000)
    with served(app, base_url="http://127.0.0.1:8000") as client:
        yield client, db


def test_records_naming_urls_send_no_request(app_db: tuple[TestClient, Path]) -> None:
    client, _ = app_db
    with canary_server() as canary:
        x = f"{canary.url}/x"
        records = [{"html": x}, {"text": x}, {"html": x, "url": x},
                   {"html": f'<base href="{x}"><img src="{x}"><p>{GOOD}</p>'}]
        answer = client.post("/api/articles", headers=AUTH, content=json.dumps(records))
        assert canary.requests == []
    assert answer.status_code == 200
    assert len(answer.json()["added"]) + len(answer.json()["rejected"]) + len(
        answer.json()["skipped"]) == 4


def test_an_unreadable_record_is_rejected_alone_and_the_others_stored(
        app_db: tuple[TestClient, Path]) -> None:
    client, db = app_db
    body = ",".join(['{"text": ' + DEEP + "}", '{"text": "x", "n": ' + "9" * 5000 + "}",
                     '{"text": "Freed. \\ud800"}', json.dumps({"text": OTHER})])
    body = f"[{body}]"
    answer = client.post("/api/articles", headers=AUTH, content=body.encode())
    assert answer.status_code == 200, answer.text
    result = answer.json()
    assert result["added"] == ["upload/records.jsonl#4"]
    assert {r["path"]: r["code"] for r in result["rejected"]} == {
        "upload/records.jsonl#1": "DW107", "upload/records.jsonl#2": "DW107",
        "upload/records.jsonl#3": "DW106"}
    with Store.open(str(db)) as store:
        assert len(store.rejected()) == 3 and len(store.documents_info()) == 1


def test_one_deep_record_is_a_rejection_not_a_500(app_db: tuple[TestClient, Path]) -> None:
    client, _ = app_db
    answer = client.post("/api/articles", headers=AUTH, content=('{"text": ' + DEEP + "}"))
    assert answer.status_code == 200
    assert [r["code"] for r in answer.json()["rejected"]] == ["DW107"]


def test_an_uploaded_file_with_a_surrogate_record_is_rejected_per_line(
        app_db: tuple[TestClient, Path]) -> None:
    client, _ = app_db
    lines = '{"text": "Freed. \\ud800"}\n' + json.dumps({"text": OTHER}) + "\n"
    answer = client.post("/api/articles", headers={"Authorization": AUTH["Authorization"]},
                         files={"files": ("a.jsonl", lines.encode(), "application/x-ndjson")})
    assert answer.status_code == 200
    assert answer.json()["added"] == ["upload/a.jsonl#2"]
    assert [r["code"] for r in answer.json()["rejected"]] == ["DW106"]


def test_refusals_carry_the_security_headers(tmp_path: Path) -> None:
    app = create_app(str(tmp_path / "s.db"), TOKEN, max_upload=1000,
                     allowed_hosts=["127.0.0.1", "localhost"])
    with served(app, base_url="http://127.0.0.1:8000") as client:
        answers = {
            413: client.post("/api/articles", headers=AUTH, content=b"x" * 2000),
            400: client.get("/ledger", headers={"host": "evil.example"}),
            401: client.post("/api/articles", json={"text": GOOD}),
            404: client.get("/no/such/page"),
        }
        bad_json = client.post("/api/articles", headers=AUTH, content=b"{not json")
    assert bad_json.status_code == 400
    for status, answer in [*answers.items(), (400, bad_json)]:
        assert answer.status_code == status
        for header in SECURITY:
            assert header in answer.headers, (status, header)
        assert answer.headers["x-frame-options"] == "DENY"
        assert answer.headers["x-content-type-options"] == "nosniff"


def test_a_hostile_deal_parameter_is_an_escaped_404(app_db: tuple[TestClient, Path]) -> None:
    client, _ = app_db
    hostile = "<script>alert('deal')</script>{{ 7*7 }}"
    for page in ("/ledger", "/events", "/entities", "/freed", "/timeline"):
        answer = client.get(page, params={"deal": hostile})
        assert answer.status_code == 404, page
        assert "<script>alert" not in answer.text and "{{ 7*7 }}" in answer.text
        assert "&lt;script&gt;alert(&#39;deal&#39;)&lt;/script&gt;" in answer.text
        for header in SECURITY:
            assert header in answer.headers
        twin = client.get(page + ".json", params={"deal": hostile})
        assert twin.status_code == 404 and twin.headers["content-type"] == "application/json"
        assert hostile in twin.json()["error"]  # JSON carries it as a string, never as markup
    for picture in ("/timeline.svg", "/timeline.png"):
        answer = client.get(picture, params={"deal": hostile})
        assert answer.status_code == 404 and "<script>alert" not in answer.text
