"""The timeline as a picture to paste into an article: SVG, or PNG drawn with Pillow.

One layout makes a list of shapes; ``to_svg`` writes them as SVG and ``to_png`` draws the same
shapes with Pillow (its bundled font: no system fonts needed), so the two files agree.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from dealwatch.model import EventType
from dealwatch.web.timeline import TYPE_COLOURS, domain, ticks, type_label

WIDTH = 1100
MARGIN = 24
ROW = 22
TOP = 92
MAX_ROWS = 150  # past this the picture is unreadable in an article; filter first
INK, MUTED, GRID = "#1f2328", "#59636e", "#d8dee4"
FONT_STACK = "Aileron, 'DejaVu Sans', Helvetica, Arial, sans-serif"


@dataclass(frozen=True)
class Shape:
    """A rectangle, line, circle or text in picture coordinates (1 unit = 1 px at 1x)."""

    kind: str  # rect | line | circle | text
    x: float
    y: float
    w: float = 0.0  # rect width; line x2; circle radius
    h: float = 0.0  # rect height; line y2
    colour: str = INK
    text: str = ""
    size: int = 12
    anchor: str = "start"  # start | middle | end
    opacity: float = 1.0


@cache
def _font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.load_default(size=size)


def text_width(text: str, size: int) -> float:
    """Width of a text in the bundled font."""
    return float(_font(size).getlength(text))


def layout(items: list[dict[str, Any]], title: str, note: str = "",
           span: tuple[int, int] | None = None) -> tuple[list[Shape], int]:
    """The shapes of a timeline picture of dated items, and its height; ``span`` (first day,
    day after the last) is the time range drawn, else the items' own, padded."""
    shown = items[:MAX_ROWS]
    if len(items) > MAX_ROWS:
        note = (note + "; " if note else "") + f"first {MAX_ROWS} of {len(items)} shown"
    shapes = [Shape("text", MARGIN, 30, text=title, size=18),
              Shape("text", MARGIN, 52, text=note, size=12, colour=MUTED)]
    span = span or domain(shown)
    if span is None or not shown:
        shapes.append(Shape("text", MARGIN, TOP, text="No dated events.", size=13))
        return shapes, TOP + 40
    first, last = span
    left, right = MARGIN, WIDTH - MARGIN

    def x(day: int) -> float:
        return left + (day - first) / max(1, last - first) * (right - left)

    bottom = TOP + len(shown) * ROW
    for day, label in ticks(first, last):
        shapes.append(Shape("line", x(day), TOP - 12, x(day), bottom, colour=GRID))
        shapes.append(Shape("text", x(day), TOP - 18, text=label, size=11, colour=MUTED,
                            anchor="middle"))
    for n, it in enumerate(shown):
        shapes += _row(it, TOP + n * ROW + ROW / 2, x, (left, right))
    legend_y = bottom + 30
    cursor = float(MARGIN)
    for t in EventType:
        label = type_label(t)
        shapes.append(Shape("rect", cursor, legend_y - 9, 12, 12, TYPE_COLOURS[t]))
        shapes.append(Shape("text", cursor + 17, legend_y + 1, text=label, size=11))
        cursor += 17 + text_width(label, 11) + 16
    return shapes, int(legend_y + 24)


def _row(it: dict[str, Any], mid: float, x: Any, edges: tuple[float, float]) -> list[Shape]:
    colour = TYPE_COLOURS[EventType(it["type"])]
    left, right = edges
    # a span reaching past a zoomed range is cut at its edge
    x0, x1 = max(left, x(it["start_day"])), min(right, x(it["end_day"] + 1))
    opacity = 0.55 if it["background"] else 1.0
    if it["precision"] == "day" or x1 - x0 < 8:
        mark = Shape("circle", (x0 + x1) / 2, mid, 5, colour=colour, opacity=opacity)
        x0, x1 = mark.x - 5, mark.x + 5
    else:
        mark = Shape("rect", x0, mid - 5, x1 - x0, 10, colour=colour, opacity=opacity)
    label = f"{it['date']}  {it['what']}"
    if it["background"]:
        label += " (background)"
    if x1 + 8 + text_width(label, 12) <= right:
        text = Shape("text", x1 + 8, mid + 4, text=label, size=12)
    else:
        text = Shape("text", x0 - 8, mid + 4, text=label, size=12, anchor="end")
    return [mark, text]


def describe(items: list[dict[str, Any]], note: str = "") -> str:
    """The picture in words, for its ``<desc>``: the dates it spans, how many events of each
    type, and the note under its title."""
    days = [(it["start"], it["end"]) for it in items if it.get("start")]
    if not days:
        return "No dated events." + (f" {note}." if note else "")
    counts: dict[str, int] = {}
    for it in items:
        counts[type_label(it["type"])] = counts.get(type_label(it["type"]), 0) + 1
    kinds = ", ".join(f"{label} {n}" for label, n in counts.items())
    first, last = min(d[0] for d in days), max(d[1] for d in days)
    return (f"A timeline from {first} to {last}, one row per event, each marked by type "
            f"({kinds}).") + (f" {note}." if note else "")


def to_svg(shapes: list[Shape], height: int, title: str = "Timeline", desc: str = "") -> str:
    """The shapes as a standalone SVG document, named by ``title`` and described by ``desc``
    for screen readers (``role="img"``)."""
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
           f'viewBox="0 0 {WIDTH} {height}" font-family={quoteattr(FONT_STACK)} role="img" '
           'aria-labelledby="tl-title tl-desc">',
           f'<title id="tl-title">{escape(title)}</title>',
           f'<desc id="tl-desc">{escape(desc)}</desc>',
           f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>']
    for s in shapes:
        op = f' opacity="{s.opacity}"' if s.opacity < 1 else ""
        if s.kind == "rect":
            out.append(f'<rect x="{s.x:.1f}" y="{s.y:.1f}" width="{s.w:.1f}" '
                       f'height="{s.h:.1f}" rx="2" fill="{s.colour}"{op}/>')
        elif s.kind == "line":
            out.append(f'<line x1="{s.x:.1f}" y1="{s.y:.1f}" x2="{s.w:.1f}" y2="{s.h:.1f}" '
                       f'stroke="{s.colour}" stroke-width="1"/>')
        elif s.kind == "circle":
            out.append(f'<circle cx="{s.x:.1f}" cy="{s.y:.1f}" r="{s.w:.1f}" '
                       f'fill="{s.colour}"{op}/>')
        else:
            out.append(f'<text x="{s.x:.1f}" y="{s.y:.1f}" font-size="{s.size}" '
                       f'fill="{s.colour}" text-anchor="{s.anchor}">{escape(s.text)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _rgba(colour: str, opacity: float) -> tuple[int, int, int, int]:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return r, g, b, round(255 * opacity)


def to_png(shapes: list[Shape], height: int, scale: int = 2) -> bytes:
    """The shapes drawn as a PNG (twice the size by default, for sharp text)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH * scale, height * scale), "#ffffff")
    draw = ImageDraw.Draw(image, "RGBA")
    anchors = {"start": "ls", "middle": "ms", "end": "rs"}
    for s in shapes:
        fill = _rgba(s.colour, s.opacity)
        if s.kind == "rect":
            draw.rounded_rectangle([s.x * scale, s.y * scale, (s.x + s.w) * scale,
                                    (s.y + s.h) * scale], radius=2 * scale, fill=fill)
        elif s.kind == "line":
            draw.line([s.x * scale, s.y * scale, s.w * scale, s.h * scale], fill=fill,
                      width=scale)
        elif s.kind == "circle":
            draw.ellipse([(s.x - s.w) * scale, (s.y - s.w) * scale, (s.x + s.w) * scale,
                          (s.y + s.w) * scale], fill=fill)
        else:
            draw.text((s.x * scale, s.y * scale), s.text, fill=fill,
                      font=_font(s.size * scale), anchor=anchors[s.anchor])
    buf = io.BytesIO()
    image.save(buf, format="PNG", compress_level=6)
    return buf.getvalue()


def timeline_svg(items: list[dict[str, Any]], title: str, note: str = "",
                 span: tuple[int, int] | None = None) -> str:
    """A timeline of dated items as SVG (over ``span``, see ``layout``), with its title and a
    description in words."""
    shapes, height = layout(items, title, note, span)
    return to_svg(shapes, height, title, describe(items, note))


def timeline_png(items: list[dict[str, Any]], title: str, note: str = "",
                 span: tuple[int, int] | None = None) -> bytes:
    """A timeline of dated items as PNG (over ``span``, see ``layout``)."""
    return to_png(*layout(items, title, note, span))
