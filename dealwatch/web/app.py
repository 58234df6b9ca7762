"""The web app: a thin shell. Each route builds one dict (``pages``) from the cached snapshot
and renders it as HTML, or as JSON at the same address with ``.json``.

Read-only unless started with a token; the write routes refuse a missing token (401) or a
wrong one (403), and a request body over the limit (413). Nothing is served from disk but the
package's own static files, chosen from a fixed list.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from dealwatch.errors import DealwatchError, UsageError
from dealwatch.store import Store
from dealwatch.web import editing, pages
from dealwatch.web.editing import Editors, editors_of, token_of
from dealwatch.web.limits import BodyLimit, HeadAsGet, SecurityHeaders
from dealwatch.web.listings import ARTICLES, CORRECTIONS, ENTITIES, EVENTS, FREED, ROUNDS
from dealwatch.web.plot import timeline_png, timeline_svg
from dealwatch.web.snapshot import Snapshot, SnapshotCache, load_snapshot
from dealwatch.web.tables import Spec, query_of, rows_csv
from dealwatch.web.templating import Links, render, static_names, static_text
from dealwatch.web.timeline import day_number, picture_note, timeline_items
from dealwatch.web.timeline_query import TimelineState, in_view, read_state
from dealwatch.web.uploads import (
    MAX_UPLOAD,
    Ingester,
    Metadata,
    Upload,
    body_records,
    report_dict,
)

Builder = Callable[[Snapshot, Request], dict[str, Any] | None]
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default


def timeline_state(request: Request) -> TimelineState:
    """The timeline state of a query string (``type``, ``actor``, ``outlet``, ``from``,
    ``to``, ``view``, ``deal``), with the values it could not read."""
    return read_state(request.query_params.multi_items())


def create_app(db_url: str, token: str | None = None, *, model: str | None = None,
               max_upload: int = MAX_UPLOAD, allowed_hosts: list[str] | None = None,
               editors: Editors | None = None, budget: float | None = None) -> FastAPI:
    """The app over one store (opened now, so a bad database fails at start). With
    ``editors`` (named tokens; ``token`` is one named "editor") it accepts articles and
    corrections from their holders, each write naming its editor; without, it is
    read-only. ``budget``: the seconds one sent article may take (None: the default), so
    none holds the upload lock longer."""
    editors = editors or editors_of(token)
    store = Store.open(db_url)
    cache = SnapshotCache(store, lambda s: pages.warm(load_snapshot(s)))

    def load_nlp() -> Any:
        from dealwatch.pipeline import load_nlp as load

        return load(model)

    ingester = Ingester(store, load_nlp, budget)

    def build_first() -> None:
        # A failure here is not lost: the first request builds it again and reports why.
        with contextlib.suppress(Exception):
            cache.get()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        # The first ledger of a large store takes seconds: start it with the server, so the
        # first request finds it built (or waits only for the rest of it).
        threading.Thread(target=build_first, name="dealwatch-first-ledger", daemon=True).start()
        yield
        store.close()

    app = FastAPI(title="dealwatch", docs_url=None, redoc_url=None, openapi_url=None,
                  lifespan=lifespan)
    app.state.cache = cache
    app.state.store = store
    links = Links()

    def html(template: str, data: dict[str, Any], status: int = 200,
             json_url: str | None = None, **extra: Any) -> HTMLResponse:
        body = render(template, data, links, can_write=editors.writable, json_url=json_url,
                      **extra)
        return HTMLResponse(body, status_code=status)

    def being_built(as_json: bool) -> Response:
        message = ("The ledger is being built from the stored articles; this page will "
                   "show it in a moment.")
        headers = {"Retry-After": "2"}
        if as_json:
            return JSONResponse({"status": "building", "message": message}, 503, headers)
        page_html = html("building.html", {"page": "building", "title": "Building the ledger",
                                           "message": message}, 503)
        page_html.headers.update(headers)
        return page_html

    def not_found(as_json: bool, what: str) -> Response:
        if as_json:
            return JSONResponse({"error": f"no such {what}"}, status_code=404)
        return html("error.html", {"page": "error", "title": "Not found",
                                   "message": f"There is no such {what} in this ledger."}, 404)

    def page(path: str, template: str, builder: Builder, what: str = "page",
             by_deal: bool = False) -> None:
        """Register the HTML page and its ``.json`` twin, both from one builder; with
        ``by_deal``, ``?deal=`` gives the builder that deal's snapshot."""
        def build(request: Request) -> tuple[dict[str, Any] | None, bool]:
            """The page's dict, and whether it is the page of a deal there is not."""
            snap = cache.get()
            if not by_deal:
                return builder(snap, request), False
            try:
                view, scope = pages.deal_scope(snap, request.query_params.get("deal"))
            except UsageError as exc:
                return pages.unknown_deal(snap, exc.message), True
            data = builder(view, request)
            return (None if data is None else {**data, **scope}), False

        def endpoint(as_json: bool) -> Callable[[Request], Awaitable[Response]]:
            async def handle(request: Request) -> Response:
                if cache.building():  # answer at once, never wait for the first ledger
                    return being_built(as_json)
                data, unknown = await run_in_threadpool(build, request)
                if unknown and data is not None:
                    return (JSONResponse({"error": data["error"], "deals": data["deals"]}, 404)
                            if as_json else html("error.html", data, 404))
                if data is None:
                    return not_found(as_json, what)
                if as_json:
                    return JSONResponse(data)
                twin = request.url.path + ".json" + (f"?{request.url.query}"
                                                     if request.url.query else "")
                return html(template, data, json_url=twin, **_extra(request, data))
            return handle
        app.add_api_route(path + ".json", endpoint(True), methods=["GET"])
        app.add_api_route(path, endpoint(False), methods=["GET"])

    def pnum(r: Request) -> int:
        return _int(r.query_params.get("page"), 1)

    def listing(r: Request) -> dict[str, Any]:
        """A listing's state from the address: sort, filters, page, and the deal kept."""
        query, errors = query_of(r.query_params)
        return {"query": query, "errors": tuple(errors),
                "keep": {"deal": r.query_params.get("deal")}}

    def csv_twin(path: str, builder: Builder, spec: Spec, by_deal: bool) -> None:
        """``path.csv``: every row the address's filters keep, as CSV."""
        async def handle(request: Request) -> Response:
            if cache.building():
                return being_built(True)

            def build() -> str | None:
                snap = cache.get()
                if by_deal:
                    try:
                        snap, _ = pages.deal_scope(snap, request.query_params.get("deal"))
                    except UsageError as exc:
                        raise HTTPException(404, exc.message) from exc
                data = builder(snap, request)
                if data is None:
                    return None
                errors = data["table"]["errors"]
                if errors:
                    raise HTTPException(400, "; ".join(errors))
                return rows_csv(data["table"]["rows"], spec.columns)

            text = await run_in_threadpool(build)
            if text is None:
                return not_found(True, "page")
            name = path.strip("/").replace("/", "-") or "rows"
            return Response(text, media_type="text/csv; charset=utf-8", headers={
                "Content-Disposition": f'attachment; filename="{name}.csv"'})
        app.add_api_route(path + ".csv", handle, methods=["GET"])

    def table_page(path: str, template: str, spec: Spec,
                   make: Callable[[Snapshot, dict[str, Any]], dict[str, Any]],
                   by_deal: bool = True) -> None:
        """A listing's page, its JSON twin and its CSV (every row the filters keep)."""
        page(path, template, lambda s, r: make(s, listing(r)), by_deal=by_deal)

        def everything(s: Snapshot, r: Request) -> dict[str, Any]:
            state = listing(r)
            return make(s, {**state, "query": replace(state["query"], all=True)})

        csv_twin(path, everything, spec, by_deal)

    page("/deals", "deals.html", lambda s, r: pages.deals_page(s))
    page("/ledger", "ledger.html", lambda s, r: pages.ledger_page(s, pnum(r)), by_deal=True)
    page("/timeline", "timeline.html", lambda s, r: pages.timeline_page(s, timeline_state(r)),
         by_deal=True)
    table_page("/events", "events.html", EVENTS,
               lambda s, st: pages.events_page(s, **st))
    table_page("/rounds", "rounds.html", ROUNDS,
               lambda s, st: pages.rounds_page(s, **st))
    page("/events/{event_id}", "event.html",
         lambda s, r: pages.event_page(s, r.path_params["event_id"]), "event")
    table_page("/entities", "entities.html", ENTITIES,
               lambda s, st: pages.entities_page(s, **st))
    table_page("/freed", "freed.html", FREED,
               lambda s, st: pages.freed_page(s, **st))
    page("/entities/{entity_id}", "entity.html",
         lambda s, r: pages.entity_page(s, r.path_params["entity_id"]), "entity")
    table_page("/articles", "articles.html", ARTICLES,
               lambda s, st: pages.articles_page(s, **st), by_deal=False)
    page("/articles/{doc_id}", "article.html",
         lambda s, r: pages.article_page(s, r.path_params["doc_id"]), "article")
    table_page("/corrections", "corrections.html", CORRECTIONS,
               lambda s, st: pages.corrections_page(s, **st), by_deal=False)
    page("/search", "search.html",
         lambda s, r: pages.search_page(s, r.query_params.get("q", "")))

    @app.get("/")
    async def home() -> RedirectResponse:
        return RedirectResponse("/ledger", status_code=302)

    @app.get("/timeline.svg")
    async def timeline_svg_file(request: Request) -> Response:
        _, dated, note, title, span = await run_in_threadpool(_picture_items, cache, request)
        return Response(timeline_svg(dated, title, note, span), media_type="image/svg+xml")

    @app.get("/timeline.png")
    async def timeline_png_file(request: Request) -> Response:
        view, dated, note, title, span = await run_in_threadpool(_picture_items, cache,
                                                                 request)

        def draw() -> bytes:
            return timeline_png(dated, title, note, span)

        # Drawing a PNG of a large ledger takes a second or more: the picture of the whole
        # ledger or of one deal (the ones the pages link) is drawn once per snapshot; pictures
        # with other filters are drawn each time.
        whole = set(request.query_params) <= {"deal"}
        png = await run_in_threadpool(
            (lambda: view.memoized("timeline.png", draw)) if whole else draw)
        return Response(png, media_type="image/png")

    served = {name: static_text(name) for name in static_names()}

    @app.get("/static/{name}")
    async def static(name: str) -> Response:
        # a fixed list read at start-up: the name never reaches the filesystem
        if name not in served:
            return JSONResponse({"error": "no such file"}, status_code=404)
        media = STATIC_TYPES.get(name[name.rfind("."):], "text/plain; charset=utf-8")
        return Response(served[name], media_type=media,
                        headers={"Cache-Control": "public, max-age=300"})

    def check_token(given: str | None) -> None:
        editors.who(given)

    async def ingest(uploads: list[Upload], records: list[str],
                     given: Metadata | None = None) -> dict[str, Any]:
        report = await run_in_threadpool(ingester.analyze, uploads, records, given)
        snap = await run_in_threadpool(cache.get, True)
        return {**report_dict(report), "ledger": {
            "documents": len(snap.ledger.documents), "events": len(snap.ledger.events),
            "rounds": len(snap.ledger.rounds), "conflicts": len(snap.ledger.conflicts)}}

    @app.post("/api/articles")
    async def api_articles(request: Request) -> JSONResponse:
        check_token(token_of(request))
        uploads, records = await _read_body(request)
        if not uploads and not records:
            raise HTTPException(400, "send files (multipart, field 'files') or JSON records")
        return JSONResponse(await ingest(uploads, records))

    def upload_data(result: dict[str, Any] | None = None,
                    error: str | None = None) -> dict[str, Any]:
        return {"page": "upload", "title": "Add articles", "result": result, "error": error,
                "limit_mb": round(max_upload / 1_000_000, 1)}

    @app.get("/upload")
    async def upload_form() -> HTMLResponse:
        return html("upload.html", upload_data())

    @app.post("/upload")
    async def upload_post(request: Request) -> HTMLResponse:
        form = await request.form()
        given = form.get("token")
        try:
            check_token(given if isinstance(given, str) else None)
        except HTTPException as exc:
            return html("upload.html", upload_data(error=str(exc.detail)), exc.status_code)
        uploads = await _files(form.getlist("files"))
        if not uploads:
            return html("upload.html", upload_data(error="choose at least one file"), 400)
        try:
            meta = Metadata.of_form(form)
        except ValueError as exc:
            return html("upload.html", upload_data(error=str(exc)), 400)
        return html("upload.html", upload_data(await ingest(uploads, [], meta)))

    def error_page(message: str, status: int) -> Response:
        return html("error.html", {"page": "error", "title": f"Error {status}",
                                   "message": message}, status)

    editing.register(app, store, cache, editors, ingester, error_page)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        path = request.url.path
        if path.startswith("/api/") or path.endswith(".json"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code,
                                headers=exc.headers)
        return html("error.html", {"page": "error", "title": f"Error {exc.status_code}",
                                   "message": str(exc.detail)}, exc.status_code)

    @app.exception_handler(DealwatchError)
    async def domain_error(request: Request, exc: DealwatchError) -> Response:
        return JSONResponse({"error": str(exc)}, status_code=500)

    # The last added is the outermost: the security headers go on every answer, the 413 of
    # the body limit and the 400 of the host check included.
    app.add_middleware(BodyLimit, limit=max_upload)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HeadAsGet)  # outermost: HEAD is GET to everything inside
    return app


def _extra(request: Request, data: dict[str, Any]) -> dict[str, Any]:
    if data.get("page") != "timeline":
        return {}
    # the pictures follow what the page reads (an unreadable value would only refuse them)
    query = data["query"]
    return {"downloads": {"svg": "/timeline.svg" + query, "png": "/timeline.png" + query}}


def _picture_items(cache: SnapshotCache, request: Request
                   ) -> tuple[Snapshot, list[dict[str, Any]], str, str, tuple[int, int] | None]:
    """The snapshot a picture shows (one deal's with ``?deal=``), its dated items (those in
    the view), the note under its title, the title, and the days it spans (the view's, else
    the items'). A value it cannot read refuses it (400) with what was expected."""
    state = timeline_state(request)
    if state.errors:
        raise HTTPException(400, " ".join(e.message for e in state.errors))
    try:
        view, scope = pages.deal_scope(cache.get(), state.deal)
    except UsageError as exc:
        raise HTTPException(404, exc.message) from exc
    dated, undated = timeline_items(view, state.filters)
    dated = [it for it in dated if in_view(it, state.view)]
    title = "Timeline of events" + (f": {scope['deal']['name']}" if scope["deal"] else "")
    note, span = picture_note(dated, undated), None
    if state.view:
        note += f"; {state.view[0].isoformat()} to {state.view[1].isoformat()}"
        span = (day_number(state.view[0]), day_number(state.view[1]) + 1)
    return view, dated, note, title, span


async def _files(values: list[Any]) -> list[Upload]:
    out = []
    for value in values:
        if isinstance(value, UploadFile) and (value.filename or value.size):
            out.append(Upload(value.filename or "upload", await value.read()))
    return out


async def _read_body(request: Request) -> tuple[list[Upload], list[str]]:
    """Files of a multipart body, or the records of a JSON body (one object or a list), each
    as its JSON text."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        form = await request.form()
        return await _files([v for _, v in form.multi_items()]), []
    if kind in ("application/json", ""):
        try:
            return [], body_records(await request.body())
        except ValueError as exc:  # not JSON, or not UTF-8
            raise HTTPException(400, f"the body is not JSON ({exc})") from exc
    raise HTTPException(415, "send multipart/form-data files or application/json records")
