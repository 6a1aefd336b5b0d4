"""The outdoor pool drawn as itself (real shader, EGL): turquoise water lit from within by
night among darker paving, a row of lit windows in the block at its far end, the sky left to
the layers behind, and the sun's light on the paving and the water by day."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer

pytestmark = pytest.mark.gl

SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


@pytest.fixture(scope="module")
def night(renderer) -> np.ndarray:
    return renderer.alone("lido", 0.0)


@pytest.fixture(scope="module")
def day(renderer) -> np.ndarray:
    return renderer.alone("lido", 1.0)


def _mean(image: np.ndarray, x0: float, x1: float, y0: float, y1: float) -> np.ndarray:
    return frame_box(image, x0, x1, y0, y1).reshape(-1, 3).mean(axis=0)


def test_the_water_glows_turquoise_among_darker_paving(night) -> None:
    water = _mean(night, 0.42, 0.58, 0.22, 0.38)
    paving = _mean(night, 0.02, 0.15, 0.05, 0.3)
    assert min(water[1], water[2]) > 1.8 * water[0], water
    assert water.mean() > 1.5 * paving.mean(), (water, paving)


def test_a_row_of_lit_windows_across_the_far_end(night) -> None:
    band = frame_box(night, 0.3, 0.7, 0.478, 0.5)
    warmth = (band[..., 0] - band[..., 2]).mean(axis=0)  # the warm windows over the pale wall
    lit = warmth > warmth.mean() + warmth.std()
    runs = int(np.sum(lit[1:] & ~lit[:-1]))
    assert runs >= 4, warmth.round()


def test_the_sky_is_left_to_the_layers_behind(renderer, night) -> None:
    sky = renderer.alone(None, 0.0)
    above = np.abs(frame_box(night, 0.4, 0.6, 0.72, 0.95) - frame_box(sky, 0.4, 0.6, 0.72, 0.95))
    assert above.mean() < 2.0, above.mean()


def test_by_day_the_sun_lights_the_paving_and_the_water(night, day) -> None:
    for box in ((0.02, 0.15, 0.05, 0.3), (0.42, 0.58, 0.22, 0.38)):
        assert _mean(day, *box).mean() > 1.5 * _mean(night, *box).mean(), box
    water = _mean(day, 0.42, 0.58, 0.22, 0.38)
    assert water[2] > 1.2 * water[0], water
