"""Editors at work in the app: named tokens, and the forms and API that record corrections.

Every write names its editor by the token given (compared in constant time against every
token, so the time taken says nothing of which one nearly matched). Without tokens the app
is read-only and refuses every write (403); a write without a token is refused with 401 and
a wrong one with 403. A correction never changes stored text or claims: it is a recorded
decision the ledger applies on every read (``dealwatch.corrections``).
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from dealwatch import correct
from dealwatch.errors import DealwatchError, UsageError
from dealwatch.kept import kept_ledger
from dealwatch.model import EVENT_FIELDS, Correction, EventType, Fix, Ledger
from dealwatch.store import Store
from dealwatch.web.snapshot import SnapshotCache
from dealwatch.web.uploads import Ingester

# The form's names for the event fields a correction may set.
FORM_FIELDS = {"date": "date", "count": "count", "side": "by", "to": "to",
               "persons": "persons", "place": "location", "type": "type"}
ARTICLE_FORM = ("outlet", "title", "url", "published")


@dataclass(frozen=True)
class Editors:
    """The people who may write, each with a secret token."""

    tokens: tuple[tuple[str, str], ...] = ()

    @property
    def writable(self) -> bool:
        return bool(self.tokens)

    def who(self, given: str | None) -> str:
        """The editor a token names; HTTP 403 (read-only or wrong) or 401 (none given)."""
        if not self.tokens:
            raise HTTPException(403, "this server is read-only (started without tokens)")
        if not given:
            raise HTTPException(401, "an access token is needed",
                                headers={"WWW-Authenticate": "Bearer"})
        found = None
        for name, token in self.tokens:  # every token compared, whichever matches
            if hmac.compare_digest(given.encode(), token.encode()):
                found = name
        if found is None:
            raise HTTPException(403, "wrong access token")
        return found


def read_tokens(path: str) -> Editors:
    """Named tokens from a file of ``name token`` lines (``#`` starts a comment); a bad line
    is a one-line error naming the file and the line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the token file ({exc.__class__.__name__})"
                         ) from None
    pairs: list[tuple[str, str]] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2:
            raise UsageError(f"{path}:{n}: want 'name token' (two words), got {len(parts)}")
        name, token = parts
        if len(token) < 12:
            raise UsageError(f"{path}:{n}: the token of {name!r} is shorter than 12 characters")
        if any(name == k for k, _ in pairs) or any(token == t for _, t in pairs):
            raise UsageError(f"{path}:{n}: {name!r} or its token is given twice")
        pairs.append((name, token))
    if not pairs:
        raise UsageError(f"{path}: no 'name token' line")
    return Editors(tuple(pairs))


def editors_of(token: str | None = None, token_file: str | None = None) -> Editors:
    """The editors of a server: a token file's, else one token named "editor"."""
    if token_file:
        return read_tokens(token_file)
    return Editors((("editor", token),)) if token else Editors()


def token_of(request: Request, form: Any = None) -> str | None:
    """The token of a request: ``Authorization: Bearer``, ``X-Dealwatch-Token``, or a
    form's ``token`` field."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip() or None
    header = request.headers.get("x-dealwatch-token")
    if header:
        return header
    value = form.get("token") if form is not None else None
    return value if isinstance(value, str) and value else None


def _text(form: Any, key: str) -> str | None:
    value = form.get(key)
    return value if isinstance(value, str) else None


def _event_changes(form: Any, ledger: Ledger, event_id: str) -> list[tuple[str, str]]:
    """The fields a form changes: those whose value differs from the event's now."""
    from dealwatch.corrections import machine_value

    event = correct.find_event(ledger, event_id)
    out = []
    for name, field in FORM_FIELDS.items():
        value = _text(form, name)
        if value is None:
            continue
        now = machine_value(event, field) or ""
        if value.strip() != now:
            out.append((field, value))
    return out


def register(app: FastAPI, store: Store, cache: SnapshotCache, editors: Editors,
             ingester: Ingester, error_page: Callable[[str, int], Response]) -> None:
    """The write routes of corrections, on ``app``."""

    def where_now(made: Correction) -> str:
        """The page to show after a correction: the event now holding its mentions."""
        snap = cache.get(True)
        if made.kind == Fix.ARTICLE:
            return f"/articles/{made.target}"
        if made.kind == Fix.NOT_EVENT:
            return "/corrections"
        wanted = set(made.anchor)
        for e in snap.ledger.events:
            if wanted & set(e.mentions):
                return f"/events/{e.id}"
        return "/corrections"

    def record(actions: list[Callable[[Ledger], Correction]]) -> list[Correction]:
        ledger = kept_ledger(store)  # one form's corrections set fields apart: one ledger
        made = []
        for act in actions:
            made.append(act(ledger))
        for c in made:
            if c.kind == Fix.ARTICLE and c.field == "published":
                ingester.reread(c.target)
        cache.get(True)  # the next page shows it
        return made

    async def run(actions: list[Callable[[Ledger], Correction]]) -> list[Correction]:
        try:
            return await run_in_threadpool(record, actions)
        except UsageError as exc:
            raise HTTPException(400, exc.message) from exc

    def event_actions(form: Any, event_id: str, editor: str) -> list[Callable[
            [Ledger], Correction]]:
        action = _text(form, "action") or "fields"
        note = (_text(form, "note") or "").strip()
        if action == "not_event":
            return [lambda led: correct.mark_not_event(store, led, event_id, editor, note)]
        if action == "merge":
            other = _text(form, "other") or ""
            return [lambda led: correct.merge_two(store, led, event_id, other, editor, note)]
        if action == "remove_source":
            doc = _text(form, "document") or ""
            return [lambda led: correct.remove_source(store, led, event_id, doc, editor, note)]
        if action != "fields":
            raise HTTPException(400, f"unknown action {action!r}")
        changes = _event_changes(form, cache.get().ledger, event_id)
        if not changes:
            raise HTTPException(400, "nothing to correct: every field is as it was")

        def fix(field: str, value: str) -> Callable[[Ledger], Correction]:
            return lambda led: correct.correct_field(store, led, event_id, field, value,
                                                     editor, note)

        return [fix(f, v) for f, v in changes]

    def article_actions(form: Any, doc_id: str, editor: str) -> list[Callable[
            [Ledger], Correction]]:
        doc = next((d for d in cache.get().ledger.documents if d.id == doc_id), None)
        if doc is None:
            raise HTTPException(404, "there is no such article in this store")
        note = (_text(form, "note") or "").strip()
        changes = [(k, v) for k in ARTICLE_FORM if (v := _text(form, k)) is not None
                   and v.strip() != (getattr(doc, k) or "")]
        if not changes:
            raise HTTPException(400, "nothing to correct: every field is as it was")

        def fix(field: str, value: str) -> Callable[[Ledger], Correction]:
            return lambda led: correct.correct_article(store, led, doc_id, field, value,
                                                       editor, note)

        return [fix(k, v) for k, v in changes]

    async def form_write(request: Request, actions: Callable[[Any, str], list[Callable[
            [Ledger], Correction]]]) -> Response:
        """A correction form: its editor by the token, its corrections recorded, then the
        page where the last one shows (or the error page)."""
        form = await request.form()
        try:
            made = await run(actions(form, editors.who(token_of(request, form))))
        except HTTPException as exc:
            return error_page(str(exc.detail), exc.status_code)
        return RedirectResponse(await run_in_threadpool(where_now, made[-1]), 303)

    @app.post("/events/{event_id}/correct")
    async def correct_event(event_id: str, request: Request) -> Response:
        def actions(form: Any, editor: str) -> list[Callable[[Ledger], Correction]]:
            if event_id not in cache.get().events:
                raise HTTPException(404, "there is no such event in this ledger")
            return event_actions(form, event_id, editor)

        return await form_write(request, actions)

    @app.post("/articles/{doc_id}/correct")
    async def correct_article_form(doc_id: str, request: Request) -> Response:
        return await form_write(request, lambda form, editor: article_actions(
            form, doc_id, editor))

    @app.post("/corrections/{number}/undo")
    async def undo_form(number: int, request: Request) -> Response:
        form = await request.form()
        try:
            editor = editors.who(token_of(request, form))
            done = await run_in_threadpool(_undo, number, editor)
        except HTTPException as exc:
            return error_page(str(exc.detail), exc.status_code)
        except DealwatchError as exc:
            return error_page(str(exc).split(": ", 1)[-1], 400)
        return RedirectResponse(await run_in_threadpool(where_now, done), 303)

    def _undo(number: int, editor: str) -> Correction:
        done = correct.undo(store, number, editor)
        if done.kind == Fix.ARTICLE and done.field == "published":
            ingester.reread(done.target)
        cache.get(True)
        return done

    @app.post("/api/corrections")
    async def api_correct(request: Request) -> JSONResponse:
        """One correction as JSON: ``{"kind": "field", "event": ID, "field": "count",
        "value": "52", "note": "..."}`` (kinds: field, not_event, same_event with "other",
        not_source with "document", article with "article", "field", "value"; undo with
        "undo": N)."""
        editor = editors.who(token_of(request))
        try:
            body = await request.json()
        except ValueError as exc:
            raise HTTPException(400, "the body is not JSON") from exc
        if not isinstance(body, dict):
            raise HTTPException(400, "send one JSON object")
        if "undo" in body:
            try:
                done = await run_in_threadpool(_undo, int(body["undo"]), editor)
            except (ValueError, TypeError) as exc:
                raise HTTPException(400, "undo takes a correction number") from exc
            except DealwatchError as exc:
                raise HTTPException(400, str(exc).split(": ", 1)[-1]) from exc
            return JSONResponse(done.to_dict())
        made = await run([_api_action(body, editor)])
        return JSONResponse(made[0].to_dict())

    def _api_action(body: dict[str, Any], editor: str) -> Callable[[Ledger], Correction]:
        kind, note = str(body.get("kind", "")), str(body.get("note", ""))
        event, value = str(body.get("event", "")), body.get("value")
        value = None if value is None else str(value)
        field = str(body.get("field", ""))
        field = FORM_FIELDS.get(field, field)  # the form's names ("side", "place") too
        if kind == "field":
            return lambda led: correct.correct_field(store, led, event, field, value, editor,
                                                     note)
        if kind == "not_event":
            return lambda led: correct.mark_not_event(store, led, event, editor, note)
        if kind == "same_event":
            other = str(body.get("other", ""))
            return lambda led: correct.merge_two(store, led, event, other, editor, note)
        if kind == "not_source":
            doc = str(body.get("document", ""))
            return lambda led: correct.remove_source(store, led, event, doc, editor, note)
        if kind == "article":
            article = str(body.get("article", ""))
            return lambda led: correct.correct_article(store, led, article, field, value,
                                                       editor, note)
        raise HTTPException(400, "kind is one of field, not_event, same_event, not_source, "
                                 "article (or give undo)")


def form_choices() -> dict[str, Any]:
    """What the correction forms offer: the event types and the fields."""
    return {"types": [t.value for t in EventType], "fields": list(EVENT_FIELDS)}
