"""Corrections in the app (FastAPI's TestClient, a real SQLite store of the example corpus):
named tokens, forms and the API record them with the editor's name, pages show them, and a
read-only server, a missing token or a wrong one refuse every one."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from spacy.language import Language
from webfixtures import fill_examples, served

from dealwatch.errors import UsageError
from dealwatch.kept import kept_ledger
from dealwatch.model import EventType
from dealwatch.store import Store
from dealwatch.web import create_app
from dealwatch.web.editing import editors_of, read_tokens

MARIA, IVAN = "maria-secret-token-1", "ivan-secret-token-22"


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    return fill_examples(tmp_path_factory.mktemp("webcorr") / "examples.db", nlp)


@pytest.fixture()
def editors_file(tmp_path: Path) -> Path:
    path = tmp_path / "editors.txt"
    path.write_text(f"# who may write\nmaria {MARIA}\nivan  {IVAN}  # the night desk\n",
                    encoding="utf-8")
    return path


@pytest.fixture()
def app_db(example_db: Path, tmp_path: Path, editors_file: Path
           ) -> Iterator[tuple[TestClient, Path]]:
    db = tmp_path / "copy.db"
    shutil.copy(example_db, db)
    with served(create_app(str(db), editors=read_tokens(str(editors_file)))) as c:
        yield c, db


def _release(db: Path) -> tuple[str, int | None]:
    with Store.open(str(db)) as store:
        e = next(e for e in kept_ledger(store).events
                 if e.type == EventType.RELEASE and e.count is not None)
    return e.id, e.count


def test_token_files_name_editors_and_bad_lines_are_refused(tmp_path: Path,
                                                            editors_file: Path) -> None:
    editors = read_tokens(str(editors_file))
    assert [n for n, _ in editors.tokens] == ["maria", "ivan"]
    assert editors.who(IVAN) == "ivan"
    assert editors_of("single-token-value").who("single-token-value") == "editor"
    assert not editors_of().writable
    for text, message in (("maria\n", "want 'name token'"), ("maria short\n", "shorter"),
                          (f"a {MARIA}\nb {MARIA}\n", "given twice"), ("# none\n", "no 'name")):
        bad = tmp_path / "bad.txt"
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(UsageError, match=message):
            read_tokens(str(bad))


def test_a_form_correction_names_the_editor_and_shows_where_it_applies(
        app_db: tuple[TestClient, Path]) -> None:
    client, db = app_db
    event_id, count = _release(db)
    assert count is not None
    page = client.get(f"/events/{event_id}")
    assert "Correct this event" in page.text and 'name="token"' in page.text
    done = client.post(f"/events/{event_id}/correct",
                       data={"action": "fields", "count": str(count + 7), "note": "the list",
                             "token": IVAN}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == f"/events/{event_id}"
    shown = client.get(f"/events/{event_id}")
    assert f"count {count + 7}, corrected from {count} by ivan on " in shown.text
    data = client.get(f"/events/{event_id}.json").json()
    assert data["fields"]["count"] == count + 7 and data["corrected"][0]["editor"] == "ivan"
    log = client.get("/corrections.json").json()["corrections"]
    assert [(c["editor"], c["field"], c["status"]) for c in log] == [("ivan", "count",
                                                                      "applied")]
    ledger = client.get("/ledger.json").json()
    assert "corrected from" in json.dumps(ledger)
    # undo from the log
    undone = client.post(f"/corrections/{log[0]['id']}/undo", data={"token": MARIA},
                         follow_redirects=False)
    assert undone.status_code == 303
    assert client.get(f"/events/{event_id}.json").json()["fields"]["count"] == count
    assert client.get("/corrections.json").json()["corrections"][0]["undone_by"] == "maria"


def test_every_write_is_refused_without_the_right_token(
        app_db: tuple[TestClient, Path], example_db: Path) -> None:
    client, db = app_db
    event_id, count = _release(db)
    form = {"action": "fields", "count": "999"}
    assert client.post(f"/events/{event_id}/correct", data=form).status_code == 401
    assert client.post(f"/events/{event_id}/correct",
                       data={**form, "token": "not-a-token-at-all"}).status_code == 403
    api = {"kind": "not_event", "event": event_id}
    assert client.post("/api/corrections", json=api).status_code == 401
    assert client.post("/api/corrections", json=api,
                       headers={"Authorization": "Bearer wrong-token-here"}).status_code == 403
    assert client.post("/corrections/1/undo", data={"token": "nope"}).status_code == 403
    with served(create_app(str(db))) as readonly:
        assert "Correct this event" not in readonly.get(f"/events/{event_id}").text
        for path in (f"/events/{event_id}/correct", "/corrections/1/undo"):
            assert readonly.post(path, data={**form, "token": MARIA}).status_code == 403
        assert readonly.post("/api/corrections", json=api,
                             headers={"Authorization": f"Bearer {MARIA}"}).status_code == 403
    with Store.open(str(db)) as store:
        assert not kept_ledger(store).corrections
        assert _release(db) == (event_id, count)


def test_the_api_merges_marks_and_sets_an_articles_outlet(
        app_db: tuple[TestClient, Path]) -> None:
    client, db = app_db
    head = {"Authorization": f"Bearer {MARIA}"}
    events = client.get("/events.json").json()["events"]
    first, second = events[0]["id"], events[1]["id"]
    merged = client.post("/api/corrections", headers=head,
                         json={"kind": "same_event", "event": first, "other": second})
    assert merged.status_code == 200 and merged.json()["editor"] == "maria"
    after = client.get("/events.json").json()["events"]
    assert len(after) == len(events) - 1
    bad = client.post("/api/corrections", headers=head,
                      json={"kind": "field", "event": after[0]["id"], "field": "count",
                            "value": "lots"})
    assert bad.status_code == 400 and "not a whole number" in bad.json()["error"]
    doc = client.get("/articles.json").json()["articles"][0]["id"]
    page = client.post(f"/articles/{doc}/correct",
                       data={"outlet": "The Invented Gazette", "token": MARIA},
                       follow_redirects=False)
    assert page.status_code == 303
    shown = client.get(f"/articles/{doc}")
    assert "The Invented Gazette" in shown.text
    assert re.search(r"outlet The Invented Gazette, corrected from \S", shown.text)
    gone = client.post("/api/corrections", headers=head,
                       json={"kind": "not_event", "event": after[0]["id"]})
    assert gone.status_code == 200
    assert len(client.get("/events.json").json()["events"]) == len(after) - 1


def test_the_upload_form_takes_the_outlet_title_address_and_day_of_the_files(
        app_db: tuple[TestClient, Path]) -> None:
    client, db = app_db
    text = ("Kestria freed the blogger Tomas Veld on Tuesday, his lawyer said.\n\n"
            "He had served two years of a five-year sentence.\n")
    bad = client.post("/upload", data={"token": MARIA, "published": "last week"},
                      files={"files": ("veld.txt", text.encode(), "text/plain")})
    assert bad.status_code == 400 and "is not a date" in bad.text
    sent = client.post("/upload", data={"token": MARIA, "outlet": "Fjord Daily",
                                        "title": "Blogger freed", "published": "2024-06-06",
                                        "url": "https://fjord.example/veld"},
                       files={"files": ("veld.txt", text.encode(), "text/plain")})
    assert sent.status_code == 200 and "1 added" in sent.text
    doc = next(a for a in client.get("/articles.json").json()["articles"]
               if a["outlet"] == "Fjord Daily")
    assert (doc["title"], doc["published"]) == ("Blogger freed", "2024-06-06")
    event = next(e for e in client.get("/events.json").json()["events"]
                 if "Fjord Daily" in e["outlets"])
    assert event["date"] == "2024-06-04"  # the Tuesday before that Thursday
