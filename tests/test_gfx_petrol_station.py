"""The petrol station drawn as itself (real shader, EGL): by night its canopy's underside is
the brightest thing, white over a dark sky, and pours light on the forecourt under it, not
on the road in front; by day the canopy shades the forecourt under it."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer

pytestmark = pytest.mark.gl

SIZE = (320, 180)
UNDERSIDE = (0.35, 0.65, 0.53, 0.6)
FORECOURT = (0.46, 0.54, 0.33, 0.36)  # between the pumps, under the canopy
ROAD = (0.1, 0.9, 0.12, 0.2)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _mean(image: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    return frame_box(image, *box).reshape(-1, 3).mean(axis=0)


def test_by_night_the_canopy_is_white_light_over_the_forecourt(renderer) -> None:
    night = renderer.alone("petrol_station", 0.0)
    underside = _mean(night, UNDERSIDE)
    sky = _mean(night, (0.4, 0.6, 0.85, 0.97))
    assert underside.min() > 150.0 and underside.max() - underside.min() < 60.0, underside
    assert underside.mean() > 3.0 * sky.mean(), (underside, sky)
    assert _mean(night, FORECOURT).mean() > 2.0 * _mean(night, ROAD).mean()


def test_by_day_the_canopy_shades_the_forecourt(renderer) -> None:
    day = renderer.alone("petrol_station", 1.0)
    open_ground = _mean(day, (0.02, 0.12, 0.33, 0.36))
    assert _mean(day, FORECOURT).mean() < 0.8 * open_ground.mean()
