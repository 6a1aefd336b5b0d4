"""A canyon: its words read as the canyon (a valley or a cliff is still the mountains'), the
river down in it is its own, and its layer draws banded rock in planes that grow hazier with
distance under the sky, the faces turned to the sun lit warm (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer
from reading_support import drawn_of, motifs_of, settings_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I stood at the edge of a huge canyon.", "canyon"),
        ("We drove down into the gorge.", "gorge"),
        ("The mesas glowed red at sunset.", "mesas"),
    ],
)
def test_canyon_words_read_as_the_canyon(text: str, surface: str) -> None:
    assert motifs_of(text).get(surface) == "canyon"
    assert settings_of(text) == ["canyon"]


def test_a_valley_is_still_the_mountains() -> None:
    assert settings_of("I walked down into the valley.") == ["mountains"]


def test_the_river_down_in_the_canyon_is_its_own() -> None:
    text = "I stood on the rim of the canyon, and far below a river wound between the rocks."
    assert drawn_of(text)[0] == {"canyon"}


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


@pytest.mark.gl
def test_banded_rock_in_planes_under_the_sky(renderer) -> None:
    sky = renderer.alone(None, daylight=0.8)
    canyon = renderer.alone("canyon", daylight=0.8)
    change = np.abs(canyon - sky).mean(axis=2)
    assert frame_box(change, 0.0, 1.0, 0.75, 1.0).mean() < 3.0  # the sky is left above
    assert frame_box(change, 0.0, 1.0, 0.0, 0.5).mean() > 20.0  # the rock fills the depths
    red, green, blue = frame_box(canyon, 0.0, 1.0, 0.05, 0.5).reshape(-1, 3).T.astype(float)
    assert np.mean(red > blue + 40.0) > 0.5  # red rock
    near = frame_box(canyon, 0.0, 0.2, 0.0, 0.2).mean()
    far = frame_box(canyon, 0.3, 0.7, 0.5, 0.58).mean()
    assert far > near + 20.0  # the far wall is hazy and pale, the ledge one stands on dark
