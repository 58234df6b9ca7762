"""Colour contrast (WCAG 2.1) and the badge colours of the event types."""

from __future__ import annotations

import re

import pytest

from dealwatch.model import EventType
from dealwatch.web.colours import AA_TEXT, WHITE, contrast, darkened, readable_under
from dealwatch.web.templating import types_css
from dealwatch.web.timeline import TYPE_COLOURS


def test_contrast_matches_the_wcag_formula_at_known_points() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic miss
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic pass
    assert contrast("#0b5cad", "#ffffff") == contrast("#ffffff", "#0b5cad")


def test_a_light_colour_is_darkened_just_enough_and_keeps_its_hue() -> None:
    light = "#e69f00"  # an orange: white text on it reads at about 2.2:1
    assert contrast(light, WHITE) < 3
    shade = readable_under(light)
    assert contrast(shade, WHITE) >= AA_TEXT
    assert contrast(shade, WHITE) < AA_TEXT + 0.2  # not darker than it needs to be
    r, g, b = (int(shade[i:i + 2], 16) for i in (1, 3, 5))
    assert r > g > b  # still an orange, not a brown-grey
    dark = "#1f2328"
    assert readable_under(dark) == dark  # already readable: unchanged
    assert darkened("#80c0ff", 0.5) == "#406080"


def test_every_badge_is_readable_and_every_mark_keeps_its_colour() -> None:
    css = types_css()
    for t in EventType:
        rule = re.search(rf"\.t-{t.value}\{{--c:(#[0-9a-f]{{6}});--badge:(#[0-9a-f]{{6}})\}}",
                         css)
        assert rule, t
        assert rule.group(1) == TYPE_COLOURS[t]  # the timeline and pictures keep the palette
        assert contrast(rule.group(2), WHITE) >= AA_TEXT, (t, rule.group(2))
