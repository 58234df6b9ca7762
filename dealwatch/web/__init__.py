"""The web app and the one-file HTML report: thin shells over the store and the pipeline.

``create_app(db_url, token=None)`` makes the FastAPI app (``dealwatch serve``);
``report_html(ledger, articles)`` makes the self-contained report (``dealwatch report``);
``timeline_svg`` / ``timeline_png`` draw the timeline for articles (``dealwatch timeline``).
FastAPI is imported only by ``create_app``: the report and the pictures do not need it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db_url: str, token: str | None = None, **options: Any) -> FastAPI:
    """The web app over one store; see ``dealwatch.web.app.create_app``."""
    from dealwatch.web.app import create_app as make

    return make(db_url, token, **options)


__all__ = ["create_app"]
