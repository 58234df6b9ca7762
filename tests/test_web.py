"""The web app through FastAPI's TestClient on a real SQLite store of the example corpus:
pages and their JSON twins, the write API's token and size checks, and hostile article text."""

from __future__ import annotations

import json
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from spacy.language import Language
from webfixtures import HOSTILE, NEW_ROUND, TOKEN, fill_examples, served

from dealwatch import render
from dealwatch.model import Rejected
from dealwatch.store import Store
from dealwatch.web import create_app
from dealwatch.web.snapshot import Snapshot, SnapshotCache, load_snapshot

PAGES = ["/ledger", "/timeline", "/events", "/entities", "/articles", "/search?q=Vorsik"]


@pytest.fixture(scope="module")
def example_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    return fill_examples(tmp_path_factory.mktemp("web") / "examples.db", nlp)


@pytest.fixture(scope="module")
def client(example_db: Path) -> Iterator[TestClient]:
    """A read-only app (no token) on the example store."""
    with served(create_app(str(example_db))) as c:
        yield c


@pytest.fixture()
def writable(example_db: Path, tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    """An app with a token on a copy of the example store."""
    db = tmp_path / "copy.db"
    shutil.copy(example_db, db)
    with served(create_app(str(db), TOKEN, max_upload=200_000)) as c:
        yield c, db


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# --- pages and their JSON twins -----------------------------------------------------------------


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_with_its_json_twin(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "<h1>" in page.text and "</html>" in page.text
    base, _, query = path.partition("?")
    twin = client.get(base + ".json" + (f"?{query}" if query else ""))
    assert twin.status_code == 200
    data = twin.json()
    assert data["page"] in base
    assert f'href="{base}.json' in page.text.replace("&amp;", "&")  # the page links its twin


@pytest.mark.parametrize("path", [*PAGES, "/ledger.json", "/deals", "/freed", "/upload",
                                  "/static/style.css", "/timeline.svg", "/no-such-page"])
def test_every_get_page_answers_head_with_its_status_and_headers_and_no_body(
        client: TestClient, path: str) -> None:
    got, head = client.get(path), client.head(path)
    assert head.status_code == got.status_code != 405
    assert head.content == b""
    for name in ("content-type", "content-length", "content-security-policy"):
        assert head.headers.get(name) == got.headers.get(name), name


def test_head_of_a_post_only_address_is_still_refused(client: TestClient) -> None:
    assert client.head("/api/articles").status_code == 405


def test_ledger_page_shows_rounds_totals_promises_and_conflicts(client: TestClient) -> None:
    data = client.get("/ledger.json").json()
    html = client.get("/ledger").text
    (deal,) = data["deals"]  # the example corpus is one deal
    assert len(deal["rounds"]) >= 2 and deal["sides"] == ["Dravonia", "United States"]
    first = deal["rounds"][0]
    assert first["two_sided"] and first["tie"] == "link phrase"
    for gave in first["gave"]:
        assert f"{gave['side']} gave" in html
        for ev in gave["events"]:
            assert f'href="/events/{ev["id"]}"' in html
    assert first["links"] and first["links"][0]["quote"][:40] in html.replace("&#39;", "'")
    freed = deal["totals"]["freed"]
    assert freed and all(f"{row['people']:,}" in html for row in freed)
    assert deal["promises"] and "cannot be checked" in html
    count = next(c for c in data["conflicts"] if c["field"] == "count")
    assert {v["value"] for v in count["values"]} == {"17", "18"}


def test_the_json_twin_holds_the_same_ledger_as_the_cli(client: TestClient,
                                                        example_db: Path) -> None:
    from dealwatch.pipeline import build_ledger

    with Store.open(str(example_db)) as store:
        ledger = build_ledger(store)
    render.validate_ledger(ledger.to_dict())
    data = client.get("/events.json").json()
    assert data["paging"]["total"] == len(ledger.events)
    assert {e["id"] for e in data["events"]} == {e.id for e in ledger.events}


def test_event_page_sets_sources_side_by_side_with_key_words_and_conflicts(
        client: TestClient) -> None:
    events = client.get("/events.json?type=release").json()["events"]
    disputed = next(e for e in events if "count" in e["disputed"])
    data = client.get(f"/events/{disputed['id']}.json").json()
    html = client.get(f"/events/{disputed['id']}").text
    assert len(data["sources"]) >= 3
    for src in data["sources"]:
        assert src["outlet"] in html
        assert "".join(s["text"] for s in src["segments"]) == src["quote"]
        keys = [s["text"] for s in src["segments"] if s["key"]]
        assert keys, src["quote"]  # every quote has its key words marked
        assert f"<mark>{keys[0]}</mark>" in html
        assert f'href="/articles/{src["document"]}#at-{src["start"]}"' in html
    table = re.search(r'<table class="conflicts">.*?</table>', html, re.S)
    assert table and "17" in table.group() and "18" in table.group()


def test_entity_page_lists_every_spelling_with_its_outlets(client: TestClient) -> None:
    people = [e for e in client.get("/entities.json").json()["entities"]
              if e["type"] == "person" and e["spellings"] > 1]
    assert people
    data = client.get(f"/entities/{people[0]['id']}.json").json()
    html = client.get(f"/entities/{people[0]['id']}").text
    assert len(data["spellings"]) > 1
    for s in data["spellings"]:
        assert s["text"] in html and s["outlets"]
    assert data["events"], "a person named in the ledger takes part in events"


def test_article_page_marks_each_event_at_its_evidence(client: TestClient) -> None:
    docs = client.get("/articles.json").json()["articles"]
    doc = max(docs, key=lambda d: d["events"])
    data = client.get(f"/articles/{doc['id']}.json").json()
    html = client.get(f"/articles/{doc['id']}").text
    text = data["article"]["text"]
    assert "".join(s["text"] for s in data["segments"]) == text
    assert len(data["highlights"]) >= doc["events"]
    for h in data["highlights"]:
        assert f'id="at-{h["start"]}"' in html
        assert f'href="/events/{h["event"]}"' in html


def test_articles_page_gives_duplicates_and_rejections_with_reasons(
        writable: tuple[TestClient, Path]) -> None:
    client, _ = writable
    bad = client.post("/api/articles", headers=auth(),
                      files={"files": ("empty.txt", b"   \n", "text/plain")})
    assert bad.status_code == 200 and bad.json()["rejected"][0]["code"] == "DW104"
    data = client.get("/articles.json").json()
    assert data["duplicates"] and data["duplicates"][0]["reason"]
    assert any(r["code"] == "DW104" for r in data["rejected"])
    html = client.get("/articles").text
    assert "near-duplicate" in html and "DW104" in html and "empty file" in html


def test_search_finds_names_places_and_text(client: TestClient) -> None:
    assert client.get("/search.json?q=Alexei").json()["entities"][0]["name"] == "Aleksei Vorsik"
    assert any(p["name"] == "Warsaw" for p in client.get("/search.json?q=wars").json()["places"])
    hits = client.get("/search.json?q=penal colony").json()["articles"]
    assert hits and any(s["key"] and s["text"].lower() == "penal colony"
                        for s in hits[0]["segments"])
    assert client.get("/search.json?q=zzzz-nothing").json()["articles_total"] == 0


def test_unknown_ids_are_404_in_html_and_json(client: TestClient) -> None:
    for kind in ("events", "entities", "articles"):
        assert client.get(f"/{kind}/nope").status_code == 404
        missing = client.get(f"/{kind}/nope.json")
        assert missing.status_code == 404 and "error" in missing.json()


def test_timeline_data_spans_months_and_keeps_undated_apart(client: TestClient) -> None:
    data = client.get("/timeline.json").json()
    month = next(i for i in data["dated"] if i["precision"] == "month")
    assert month["start"].endswith("-01") and month["end"][:7] == month["date"]
    assert month["end_day"] - month["start_day"] >= 27
    assert data["undated"] and all(i["start"] is None for i in data["undated"])
    assert data["dated_total"] + data["undated_total"] == len(
        client.get("/events.json").json()["events"])
    only = client.get("/timeline.json?type=release").json()
    assert only["dated"] and {i["type"] for i in only["dated"] + only["undated"]} == {"release"}
    outlet = data["choices"]["outlets"][0]
    assert all(outlet in i["outlets"]
               for i in client.get("/timeline.json", params={"outlet": outlet}).json()["dated"])
    late = client.get("/timeline.json?from=2024-06").json()["dated"]
    assert late and all(i["end"] >= "2024-06-01" for i in late)


def test_timeline_pictures_download(client: TestClient) -> None:
    svg = client.get("/timeline.svg?type=release")
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.text.startswith("<svg") and "release of" in svg.text
    png = client.get("/timeline.png")
    assert png.headers["content-type"] == "image/png" and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert 'href="/timeline.svg"' in client.get("/timeline").text


# --- writing: token, size, ingest ---------------------------------------------------------------


def test_without_a_token_the_server_is_read_only(client: TestClient) -> None:
    refused = client.post("/api/articles", headers=auth(), json={"text": "x"})
    assert refused.status_code == 403 and "read-only" in refused.json()["error"]
    assert "read-only" in client.get("/upload").text


def test_the_write_api_refuses_a_missing_or_wrong_token(
        writable: tuple[TestClient, Path]) -> None:
    client, db = writable
    with Store.open(str(db)) as store:
        before = store.counts()
    missing = client.post("/api/articles", json={"text": NEW_ROUND})
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = client.post("/api/articles", headers=auth("nope"), json={"text": NEW_ROUND})
    assert wrong.status_code == 403
    form = client.post("/upload", data={"token": "nope"},
                       files={"files": ("a.txt", NEW_ROUND.encode(), "text/plain")})
    assert form.status_code == 403 and "wrong access token" in form.text
    with Store.open(str(db)) as store:
        assert store.counts() == before


def test_an_upload_over_the_limit_is_refused_and_stores_nothing(
        writable: tuple[TestClient, Path]) -> None:
    client, db = writable
    with Store.open(str(db)) as store:
        before = store.fingerprint()
    big = b"Dravonia freed prisoners. " * 10_000  # 260 kB, over the 200 kB limit
    refused = client.post("/api/articles", headers=auth(),
                          files={"files": ("big.txt", big, "text/plain")})
    assert refused.status_code == 413
    with Store.open(str(db)) as store:
        assert store.fingerprint() == before


def test_posting_json_records_changes_the_ledger(writable: tuple[TestClient, Path]) -> None:
    client, _ = writable
    before = client.get("/ledger.json").json()
    posted = client.post("/api/articles", headers=auth(),
                         json=[{"text": NEW_ROUND, "outlet": "Lakeside Times",
                                "published": "2024-10-03"}, {"title": "no text"}])
    assert posted.status_code == 200
    body = posted.json()
    assert body["added"] == ["upload/records.jsonl#1"]
    assert body["rejected"][0]["path"] == "upload/records.jsonl#2"
    assert "/tmp" not in json.dumps(body)
    after = client.get("/ledger.json").json()
    assert after["summary"]["documents"] == before["summary"]["documents"] + 1
    assert body["ledger"]["events"] == after["summary"]["events"] > before["summary"]["events"]
    assert any(e["what"].startswith("release of 9") for e in
               client.get("/events.json?type=release").json()["events"])
    again = client.post("/api/articles", headers=auth(), json={"text": NEW_ROUND})
    assert again.json()["added"] == [] and again.json()["skipped"]


def test_a_bad_json_body_is_a_400(writable: tuple[TestClient, Path]) -> None:
    client, _ = writable
    bad = client.post("/api/articles", headers={**auth(), "content-type": "application/json"},
                      content=b"{not json")
    assert bad.status_code == 400 and "not JSON" in bad.json()["error"]
    assert client.post("/api/articles", headers=auth(), json=[]).status_code == 400


# --- hostile input ------------------------------------------------------------------------------


def _assert_inert(html: str) -> None:
    """No markup from the article survives as markup; only our own script tag exists."""
    assert "<script>alert" not in html and "<b>Outlet" not in html and "<img" not in html
    assert not re.search(r"""href=["']?\s*javascript:""", html, re.I)
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert tag in ('<script src="/static/timeline.js" defer>', "<script>"), tag


def test_hostile_article_text_shows_as_text_everywhere(
        writable: tuple[TestClient, Path]) -> None:
    client, _ = writable
    posted = client.post("/api/articles", headers=auth(), json=HOSTILE).json()
    assert len(posted["added"]) == 1
    doc = next(a for a in client.get("/articles.json").json()["articles"]
               if "Evil" in a["outlet"])
    page = client.get(f"/articles/{doc['id']}").text
    _assert_inert(page)
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "{{ 7*7 }}" in page and "{% include &#39;base.html&#39; %}" in page
    assert "javascript:alert(&#39;url&#39;)" in page  # the address, as text only
    assert "Evil &lt;b&gt;Outlet&lt;/b&gt;" in page
    assert "upload/records.jsonl#1" in page and "dealwatch-upload-" not in page
    events = [e for e in client.get("/events.json").json()["events"]
              if "Evil <b>Outlet</b>" in e["outlets"]]
    assert events
    for path in [f"/events/{events[0]['id']}", "/ledger", "/timeline", "/articles",
                 "/search?q=script", "/search?q=%3Cscript%3E", "/events"]:
        _assert_inert(client.get(path).text)
    svg = client.get("/timeline.svg").text
    assert "<script" not in svg and "<b>" not in svg


def test_responses_carry_a_strict_content_security_policy(client: TestClient) -> None:
    headers = client.get("/ledger").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_only_the_packages_static_files_are_served(client: TestClient) -> None:
    assert client.get("/static/style.css").status_code == 200
    assert ".t-release{--c:" in client.get("/static/types.css").text
    for path in ("/static/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fstore.py",
                 "/static/..%2F..%2F..%2Fpyproject.toml", "/static/templates%2Fbase.html",
                 "/docs", "/openapi.json"):
        assert client.get(path).status_code == 404, path


def test_serve_binds_to_this_machine_by_default() -> None:
    from dealwatch.cli import main

    serve = main.commands["serve"]  # type: ignore[attr-defined]
    host = next(p for p in serve.params if p.name == "host")
    assert host.default == "127.0.0.1"


def test_a_foreign_host_header_is_refused(example_db: Path) -> None:
    app = create_app(str(example_db), allowed_hosts=["127.0.0.1", "localhost"])
    with served(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/ledger.json").status_code == 200
        assert c.get("/ledger.json", headers={"host": "evil.example"}).status_code == 400


def test_the_ledger_is_cached_until_the_store_changes(writable: tuple[TestClient, Path]) -> None:
    client, _ = writable
    cache = client.app.state.cache  # type: ignore[attr-defined]
    first = cache.get()
    assert cache.get() is first
    client.post("/api/articles", headers=auth(), json={"text": NEW_ROUND})
    assert cache.get() is not first


def test_pages_get_the_last_snapshot_while_another_request_rebuilds(example_db: Path,
                                                                    tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    shutil.copy(example_db, db)
    slow, started, release = [False], threading.Event(), threading.Event()

    def loader(store: Store) -> Snapshot:
        snap = load_snapshot(store)
        if slow[0]:
            started.set()
            assert release.wait(30)
        return snap

    with Store.open(str(db)) as store:
        cache = SnapshotCache(store, loader, recheck=0)
        first = cache.get()
        store.add_rejected(Rejected("late.txt", "DW104", "empty file"))
        slow[0] = True
        rebuild = threading.Thread(target=cache.get)
        rebuild.start()
        assert started.wait(30)
        assert cache.get() is first  # at once, not after the rebuild
        release.set()
        rebuild.join(30)
        fresh = cache.get()
        assert fresh is not first and [r.path for r in fresh.ledger.rejected] == ["late.txt"]


def test_an_uploaded_file_is_stored_under_its_own_name_not_a_temporary_path(
        writable: tuple[TestClient, Path]) -> None:
    client, db = writable
    sent = client.post("/api/articles", headers=auth(),
                       files={"files": ("../../etc/round two.txt", NEW_ROUND.encode(),
                                        "text/plain")})
    assert sent.status_code == 200 and sent.json()["added"] == ["upload/round_two.txt"]
    with Store.open(str(db)) as store:
        paths = {a.path for a in store.articles()}
    assert "upload/round_two.txt" in paths
    assert not any(p.startswith("/") or ".." in p for p in paths if p.startswith("upload"))


def test_while_the_first_ledger_is_built_pages_answer_at_once(example_db: Path) -> None:
    app = create_app(str(example_db))
    with served(app) as c:
        cache = app.state.cache
        cache.get()  # let the first build finish, then stand in for a store being built
        for thread in threading.enumerate():  # the server's own first build too: waiting on
            if thread.name == "dealwatch-first-ledger":  # the lock, it would build again
                thread.join(60)
        cache._snapshot = None
        with cache._lock:
            page = c.get("/ledger")
            data = c.get("/ledger.json")
        assert page.status_code == 503 and page.headers["retry-after"] == "2"
        assert "being built" in page.text and 'src="/static/building.js"' in page.text
        assert 'http-equiv="refresh"' not in page.text  # no timed reload under a reader
        assert data.status_code == 503 and data.json()["status"] == "building"
        cache.get()  # whoever builds it now (this test or the server's first-build thread)
        assert c.get("/ledger").status_code == 200  # built: the ledger itself
