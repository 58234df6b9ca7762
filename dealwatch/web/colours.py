"""Colour contrast as WCAG 2.1 measures it, and the type colours made readable as text
backgrounds.

The timeline's marks keep their Okabe-Ito colours (told apart with the common colour-vision
deficiencies); a badge puts white text on its type's colour, so it gets the same hue darkened
until the text reaches the contrast WCAG AA asks of normal text (4.5:1).
"""

from __future__ import annotations

WHITE = "#ffffff"
AA_TEXT = 4.5


def _channels(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of a ``#rrggbb`` colour (0 for black, 1 for white)."""
    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio of two ``#rrggbb`` colours, from 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def darkened(colour: str, factor: float) -> str:
    """The colour with each channel scaled by ``factor`` (0..1): same hue, darker."""
    return "#" + "".join(f"{round(c * factor):02x}" for c in _channels(colour))


def readable_under(colour: str, text: str = WHITE, ratio: float = AA_TEXT) -> str:
    """The colour itself if ``text`` on it reaches ``ratio``, else the lightest darker shade of
    it that does (a light text colour assumed: darkening only raises its contrast)."""
    for step in range(101):
        shade = darkened(colour, 1 - step / 100)
        if contrast(shade, text) >= ratio:
            return shade
    return "#000000"
