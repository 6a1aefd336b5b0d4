"""Tents: canvas tents are a motif of their own (a campsite stays the field it is in); a camp
is a few tents pitched in depth, by night glowing from inside (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import NIGHT, frame_box, offscreen_renderer
from reading_support import settings_of

from renderer import pipeline
from renderer.director import direct
from renderer.dream import parse_dream

SIZE = (320, 180)


def test_tents_are_tents_and_a_campsite_is_its_field() -> None:
    plan = pipeline.plan(parse_dream("At the campsite the tents were glowing.", "t"))
    assert {k.text: k.motif for k in plan.sentences[0].keywords}["tents"] == "tent"
    assert settings_of("It rained all night at the campsite.") == ["meadow"]
    one = direct(pipeline.plan(parse_dream("I woke in my tent on the hill.", "t")))
    assert "tent" in one.single


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


@pytest.mark.gl
def test_a_camp_at_night_glows_warm_on_the_ground_and_by_day_is_canvas(renderer) -> None:
    camp = {**NIGHT.intensities, "tent": 0.9}
    dark = renderer.fresh()
    night = renderer.fresh(intensities=camp)
    ground = frame_box(night - dark, 0.0, 1.0, 0.0, 0.45)
    warm = (ground[..., 0] > 60.0) & (ground[..., 0] > ground[..., 2] + 20.0)
    assert np.count_nonzero(warm) > 150  # lit canvas and doors
    assert np.abs(frame_box(night - dark, 0.0, 1.0, 0.75, 1.0)).mean() < 0.5  # the sky alone
    day = renderer.fresh(intensities=camp, daylight=1.0)
    bare = renderer.fresh(daylight=1.0)
    changed = np.abs(day - bare).mean(axis=2) > 20.0
    assert np.count_nonzero(changed) > 300  # the tents stand by day too
    assert frame_box(night, 0.0, 1.0, 0.0, 0.45).max() > 180.0  # a door's light reads as light
