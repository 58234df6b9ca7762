"""Shared by the browser tests: a real `dealwatch serve` in a subprocess, Debian's Chromium
driven by Playwright, pages that record console errors, and screenshots."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright
from webfixtures import TOKEN

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SHOTS = Path(os.environ.get("DEALWATCH_SCREENSHOTS", ROOT / "out" / "screenshots"))
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


@dataclass
class Server:
    """A `dealwatch serve` process and its address."""

    url: str
    process: subprocess.Popen[bytes]
    db: Path
    log: Path
    errors: list[str] = field(default_factory=list)

    def json(self, path: str) -> Any:
        with urllib.request.urlopen(self.url + path, timeout=30) as answer:
            return json.load(answer)

    def post_json(self, path: str, body: Any, token: str = TOKEN) -> Any:
        request = urllib.request.Request(
            self.url + path, data=json.dumps(body).encode(), method="POST",
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(request, timeout=120) as answer:
            return json.load(answer)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: Path, log: Path, token: str | None = None,
          token_file: Path | None = None) -> Iterator[Server]:
    """A `dealwatch serve` on ``db`` (this environment, PYTHONPATH included), until closed."""
    port = free_port()
    cmd = [sys.executable, "-m", "dealwatch.cli", "serve", "--db", str(db), "--port", str(port)]
    if token_file is not None:
        cmd += ["--token-file", str(token_file)]
    env = {k: v for k, v in os.environ.items() if k != "DEALWATCH_TOKEN"}
    if token:
        env["DEALWATCH_TOKEN"] = token
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
    server = Server(f"http://127.0.0.1:{port}", proc, db, log)
    deadline = time.monotonic() + 60
    while True:
        try:
            server.json("/ledger.json")
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"dealwatch serve did not start: {log.read_text()[-2000:]}")
            time.sleep(0.3)
    try:
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def chromium() -> Iterator[Browser]:
    """Debian's Chromium, headless, for one test module (a module fixture yields from it)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `bash scripts/install-browser.sh` "
                    "(apt-get install chromium); the browser tests need it")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def open_page(browser: Browser, width: str = "desktop") -> tuple[Page, list[str]]:
    """A page of the given width that records console errors and dialogs (none expected)."""
    w, h = WIDTHS[width]
    page = browser.new_page(viewport={"width": w, "height": h})
    problems: list[str] = []

    def console(msg: ConsoleMessage) -> None:
        if msg.type == "error":
            problems.append(f"console: {msg.text}")

    page.on("console", console)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    return page, problems


def shot(page: Page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
