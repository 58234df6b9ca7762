"""Shared by the hostile-input tests: a canary HTTP server, and the inputs that once broke a
batch (issue 14), each with the code it must be rejected with."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# A page the canary serves: if anything fetched it, its date would show as the publication.
CANARY_PAGE = (b"<html><head><meta property='article:published_time' content='1999-12-31'>"
               b"</head><body><p>Canary page fetched.</p></body></html>")
GOOD = ("Dravonia freed five political prisoners on Monday, officials said.\n\n"
        "In return, the United States eased sanctions on the state airline Dravavia.\n")
OTHER = ("Belmaria released the journalist Anna Korsak on 3 March 2024 after two years in "
         "prison. Her lawyer said she flew to Vilnius the same night.")
DEEP = "[" * 100_000 + "]" * 100_000


@dataclass
class Canary:
    """A real HTTP server on 127.0.0.1 that counts every request it gets."""

    port: int
    requests: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@contextmanager
def canary_server() -> Iterator[Canary]:
    """A canary server running in a thread for the block."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def _count(self) -> None:
            seen.append(f"{self.command} {self.path}")
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(CANARY_PAGE)

        do_GET = do_HEAD = do_POST = _count  # noqa: N815 - http.server's method names

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        canary = Canary(server.server_address[1], seen)
        yield canary
    finally:
        server.shutdown()
        server.server_close()


def url_bodies(folder: Path, url: str) -> list[Path]:
    """Files whose content invites a fetch of ``url``: a bare URL as a page or a text, JSON
    lines naming it, markup pointing at it, a feed linking it."""
    x = f"{url}/x"
    markup = (f'<html><head><base href="{url}/base/"><meta http-equiv="refresh" '
              f'content="0; url={url}/refresh"><link rel="canonical" href="{url}/canonical">'
              f'<link rel="stylesheet" href="{url}/style.css"><script src="{url}/s.js"></script>'
              f'</head><body><img src="{url}/img.png"><iframe src="{url}/frame"></iframe>'
              f'<article><p>{GOOD}</p><p><a href="{url}/a">more</a></p></article></body></html>')
    feed = (f'<?xml version="1.0"?><?xml-stylesheet href="{url}/feed.xsl"?>'
            f'<!DOCTYPE rss SYSTEM "{url}/rss.dtd"><rss version="2.0"><channel>'
            f"<title>Canary feed</title><link>{url}/feed</link><item><title>x</title>"
            f'<link>{x}</link><enclosure url="{url}/enc.mp3" type="audio/mpeg" length="1"/>'
            f'<description>{GOOD}</description><source url="{url}/src">s</source></item>'
            "</channel></rss>")
    files = {
        "bare.html": x, "bare.txt": x, "bare.htm": f"  {x}\n",
        "records.jsonl": "\n".join(json.dumps(r) for r in (
            {"html": x}, {"text": x}, {"html": x, "url": x}, {"text": GOOD, "url": x},
            {"html": markup})),
        "markup.html": markup,
        "feed.xml": feed,
    }
    paths = []
    for name, content in files.items():
        path = folder / name
        path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths


def broken_batch(folder: Path) -> dict[str, str]:
    """Write the inputs that once crashed a batch beside two good articles; the name (as the
    rejection shows it) and code each bad one must be rejected with."""
    good_line = json.dumps({"text": OTHER})
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "lines.jsonl").write_text("\n".join([
        json.dumps({"text": GOOD})[:-2] + ' \\ud800"}',  # a lone surrogate
        '{"text": "x", "n": ' + "9" * 5000 + "}",  # an integer over 4,300 digits
        '{"text": ' + DEEP + "}",  # 100,000 deep
        good_line]) + "\n", encoding="utf-8")
    (folder / "bom.jsonl").write_bytes(b"\xef\xbb\xbf")
    (folder / "blank.jsonl").write_text(" \n\t\n\n", encoding="utf-8")
    (folder / "new\nline.txt").write_text("", encoding="utf-8")
    raw = bytes(folder) + b"/bad\xffname.txt"
    with open(raw, "w", encoding="utf-8") as fh:
        fh.write(GOOD)
    return {
        f"{folder}/lines.jsonl#1": "DW106", f"{folder}/lines.jsonl#2": "DW107",
        f"{folder}/lines.jsonl#3": "DW107", f"{folder}/bom.jsonl": "DW104",
        f"{folder}/blank.jsonl": "DW104", f"{folder}/new\nline.txt": "DW104",
        f"{folder}/bad\\xffname.txt": "DW106",
    }
