"""axe-core in the browser tests: the copy npm installs from tests/js/package-lock.json
(`scripts/install-browser.sh` runs `npm ci`), injected into a page by Playwright and run there.

The app's Content-Security-Policy forbids scripts it did not send, so pages that axe checks are
opened in a context with ``bypass_csp`` (the test's browser only; the app's policy is unchanged).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

AXE = Path(__file__).resolve().parent / "js" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")


@cache
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `bash scripts/install-browser.sh` "
                    "(npm ci in tests/js); the accessibility tests need axe-core")
    return AXE.read_text(encoding="utf-8")


def run_axe(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations on the page as it is now, each with its rule, impact and the
    elements (CSS selectors) that break it."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source())
    # axe's default rule set: WCAG 2.0-2.2 A and AA, and its best practices (heading order,
    # landmarks, content inside landmarks).
    result: dict[str, Any] = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "targets": [" ".join(map(str, n["target"])) for n in v["nodes"]],
             "summary": v["nodes"][0].get("failureSummary", "") if v["nodes"] else ""}
            for v in result["violations"]]


def describe(where: str, violations: list[dict[str, Any]]) -> list[str]:
    """One line per violation: where, rule, impact, how many elements and the first few."""
    return [f"{where}: {v['id']} ({v['impact']}, {len(v['targets'])} elements: "
            f"{', '.join(v['targets'][:4])}) {v['help']}" for v in violations]
