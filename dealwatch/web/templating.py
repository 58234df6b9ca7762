"""Jinja2 templates (autoescaping always on), the static files, and where pages link to.

The same templates render the app's pages and the one-file report; ``Links`` decides whether
a link goes to an app route or to an anchor inside the report. Only the package's own CSS and
JavaScript are ever inserted unescaped (into the report); article data never is.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from dealwatch.model import EventType
from dealwatch.web.colours import readable_under
from dealwatch.web.timeline import TYPE_COLOURS, type_label

STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}


class Links:
    """Addresses of pages: app routes, or anchors in the standalone report (None when the
    report does not hold that page)."""

    def __init__(self, standalone: bool = False) -> None:
        self.standalone = standalone

    def _route(self, kind: str, ident: str) -> str:
        return f"/{kind}/{quote(ident, safe='')}"

    def event(self, ident: str) -> str:
        return f"#{ident}" if self.standalone else self._route("events", ident)

    def entity(self, ident: str | None) -> str | None:
        if not ident or self.standalone:
            return None
        return self._route("entities", ident)

    def article(self, ident: str | None, start: int | None = None) -> str | None:
        if not ident or self.standalone:
            return None
        return self._route("articles", ident) + (f"#at-{start}" if start is not None else "")

    def deal(self, ref: dict[str, str], page: str = "ledger") -> str:
        """A deal's view of a page (its ledger by default): ``?deal=`` in the app, its section
        in the report."""
        if self.standalone:
            return f"#{ref['anchor']}"
        return self.page(page, deal=ref["param"])

    def page(self, name: str, **params: Any) -> str:
        """A top-level page (``ledger``, ``timeline``...) with query parameters."""
        if self.standalone:
            return f"#{name}"
        query = urlencode({k: v for k, v in params.items() if v not in (None, "", [])},
                          doseq=True)
        return f"/{name}" + (f"?{query}" if query else "")


@cache
def static_text(name: str) -> str:
    """One of the package's static files (``style.css``, ``timeline.js``), or the generated
    ``types.css`` (a colour per event type)."""
    if name == "types.css":
        return types_css()
    return resources.files("dealwatch.web").joinpath("static", name).read_text("utf-8")


def static_names() -> list[str]:
    """The names under /static/: nothing else is ever served from disk."""
    folder = resources.files("dealwatch.web").joinpath("static")
    return sorted([f.name for f in folder.iterdir() if f.name[-3:] in (".js", "css")]
                  + ["types.css"])


def types_css() -> str:
    """A CSS class per event type carrying its colour (``--c``, the one the PNG/SVG export
    uses) and its badge's background (``--badge``, darkened for white text at WCAG AA)."""
    return "".join(f".t-{t.value}{{--c:{c};--badge:{readable_under(c)}}}\n"
                   for t, c in ((t, TYPE_COLOURS[t]) for t in EventType))


def script_hash(js: str) -> str:
    """The CSP source that allows exactly this inline script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(js.encode()).digest()).decode() + "'"


def _number(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else ("" if value is None else str(value))


@cache
def environment() -> Environment:
    """The Jinja2 environment: autoescape on for every template, undefined names fail."""
    env = Environment(loader=PackageLoader("dealwatch.web", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = _number
    env.globals["type_label"] = type_label
    env.globals["types"] = [{"type": t.value, "label": type_label(t)} for t in EventType]
    return env


def render(template: str, data: dict[str, Any], links: Links, **extra: Any) -> str:
    """A page's dict rendered with its template."""
    context = {"links": links, "standalone": links.standalone, "can_write": False,
               "json_url": None, **extra, "data": data}
    return environment().get_template(template).render(**context)


def inline_assets() -> dict[str, Markup]:
    """The CSS and script of the report, inline (the package's own files only)."""
    css = static_text("style.css") + static_text("types.css")
    js = static_text("timeline.js")
    if "</" in css or "</script" in js:
        raise ValueError("a static file would close its own element")
    return {"css": Markup(css), "js": Markup(js), "script_hash": Markup(script_hash(js))}
