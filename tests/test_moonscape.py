"""The surface of the moon: its words read as the moonscape, one standing on the moon (not one
seeing it) is on its ground, and its layer draws grey dust and craters with hard shadows under
a black sky of steady stars (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer
from reading_support import drawn_of, motifs_of, settings_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I walked on the surface of the moon.", "surface of the moon"),
        ("The lunar surface was grey and still.", "lunar surface"),
        ("It was a moonscape of dust and rock.", "moonscape"),
    ],
)
def test_moonscape_words_read_as_the_moonscape(text: str, surface: str) -> None:
    assert motifs_of(text).get(surface.lower()) == "moonscape"


def test_one_on_the_moon_is_on_its_ground_and_one_seeing_it_is_not() -> None:
    text = "We were in the bowling alley. And suddenly we were standing on the moon."
    assert settings_of(text) == ["hall", "moonscape"]
    drawn = drawn_of(text)[1]
    assert "moonscape" in drawn and "moon" not in drawn  # no moon in the sky over it
    assert settings_of("The moon rose over the sea.") == ["ocean"]


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def test_grey_craters_with_hard_shadows_under_a_black_sky_of_stars(renderer) -> None:
    bare = renderer.fresh(daylight=1.0, intensities={})
    moon = renderer.fresh(daylight=1.0, intensities={"moonscape": 0.9})
    sky = frame_box(moon, 0.0, 1.0, 0.6, 1.0)
    assert sky.mean() < 0.25 * frame_box(bare, 0.0, 1.0, 0.6, 1.0).mean()  # no blue day sky
    assert np.count_nonzero(sky.mean(axis=2) > 120.0) > 50  # but stars
    ground = frame_box(moon, 0.0, 1.0, 0.0, 0.38).mean(axis=2)
    assert ground.mean() > 60.0
    assert np.mean(ground < 0.3 * ground.mean()) > 0.01  # the craters' black shadows
    assert np.mean(ground > 1.3 * ground.mean()) > 0.03  # and their sunlit walls
