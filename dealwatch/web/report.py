"""The one-file HTML report: the ledger deal by deal, the timeline, the register of the freed,
every event with its sources, for e-mail.

Everything is inline (stylesheet, the timeline script, no images to fetch) and the page's own
Content-Security-Policy forbids any network request and any script but its own, so it opens
anywhere, offline, and article text in it can never run.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import PurePath
from typing import Any

from dealwatch.render import events_by_date
from dealwatch.web import pages
from dealwatch.web.snapshot import Snapshot
from dealwatch.web.templating import Links, inline_assets, render
from dealwatch.web.timeline_query import TimelineState

NO_LIMIT = 10**9


def report_data(snap: Snapshot, title: str = "Exchange ledger") -> dict[str, Any]:
    """The report's one dict: the ledger page (every deal, every round), the timeline, the
    register of the freed, and each event page."""
    ledger = pages.ledger_page(snap, 1, per_page=NO_LIMIT, deals_per_page=NO_LIMIT,
                               rounds_per_deal=NO_LIMIT)
    timeline = pages.timeline_page(snap, TimelineState(), limit=NO_LIMIT)
    events = [pages.event_page(snap, e.id) for e in events_by_date(snap.ledger.events)]
    freed = pages.freed_page(snap, 1, per_page=NO_LIMIT)["freed"]
    return {**ledger, "page": "report", "title": title, "timeline": timeline, "freed": freed,
            "events": [e for e in events if e is not None],
            # the outlet or, when none is known, the file's own name (never a server path)
            "documents": [{**d.to_dict(), "label": snap.label(d.id),
                           "file": PurePath(d.path).name} for d in snap.ledger.documents],
            "made": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}


def report_html(snap: Snapshot, title: str = "Exchange ledger") -> str:
    """The self-contained HTML report of a snapshot (``load_snapshot(store)``)."""
    data = report_data(snap, title)
    return render("report.html", data, Links(standalone=True), assets=inline_assets())
