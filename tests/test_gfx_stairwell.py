"""The stairwell drawn as itself (real shader, EGL): looking up the well of a spiral stair,
the steps round it in alternating bands of light and shade, the lamp room's warm glow at the
top, the wall lit from the side of its window slits, whose sky is cool by night and bright by
day."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer

pytestmark = pytest.mark.gl

SIZE = (320, 180)
CENTRE = (0.5, 0.56)  # the well's vanishing point, in fractions of the frame (y up)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _ring(grey: np.ndarray, radius: float) -> np.ndarray:
    """The picture round the vanishing point at `radius` (fractions of the height), 360 samples."""
    height, width = grey.shape
    angle = np.linspace(0.0, 2.0 * np.pi, 360, endpoint=False)
    ys = (height * (1.0 - CENTRE[1]) - radius * height * np.sin(angle)).astype(int)
    xs = (width * CENTRE[0] + radius * height * np.cos(angle)).astype(int)
    return grey[ys.clip(0, height - 1), xs.clip(0, width - 1)]


def _dips(profile: np.ndarray, depth: float) -> int:
    """How often the (round) profile falls more than `depth` under its local mean."""
    padded = np.concatenate([profile[-7:], profile, profile[:7]])
    local = np.convolve(padded, np.ones(15) / 15.0, mode="same")[7:-7]
    low = profile < local - depth
    return int(np.count_nonzero(low & ~np.roll(low, 1)))


@pytest.fixture(scope="module")
def night(renderer) -> np.ndarray:
    return renderer.alone("stairwell", 0.0)


@pytest.fixture(scope="module")
def day(renderer) -> np.ndarray:
    return renderer.alone("stairwell", 1.0)


def test_the_steps_wind_round_the_well_in_bands(day) -> None:
    ring = _ring(day.mean(axis=2), 0.15)
    # a turn of fifteen steps crosses the ring: a dark joint between one step and the next
    assert _dips(ring, 3.0) >= 10 and ring.std() > 15.0, (_dips(ring, 3.0), ring.std())


def test_the_lamp_glows_warm_at_the_top_of_the_well(night) -> None:
    height, width = night.shape[:2]
    y, x = int(height * (1.0 - CENTRE[1])), int(width * CENTRE[0])
    lamp = night[y - 3 : y + 3, x - 3 : x + 3].reshape(-1, 3).mean(axis=0)
    assert lamp.mean() > 200.0 and lamp.mean() > 5.0 * night.mean(), (lamp, night.mean())
    assert lamp[0] > 1.1 * lamp[2], lamp  # warm: red over blue


def test_the_wall_is_lit_from_the_side_of_its_slits(night, day) -> None:
    for image in (night, day):
        lit = frame_box(image, 0.0, 0.3, 0.0, 0.4).mean()
        shade = frame_box(image, 0.7, 1.0, 0.6, 1.0).mean()
        assert lit > 2.5 * shade, (lit, shade)


def test_the_slit_shows_a_cool_night_and_a_bright_day(night, day) -> None:
    corner = (slice(int(SIZE[1] * 0.6), SIZE[1]), slice(0, int(SIZE[0] * 0.3)))
    n, d = night[corner], day[corner]
    sky = (n[..., 2] > 1.4 * n[..., 0]) & (n.mean(axis=2) > 15.0)
    # by night the slit is the one cool patch in a warm-lit wall; by day it is bright
    assert 20 <= np.count_nonzero(sky) < 0.25 * sky.size, np.count_nonzero(sky)
    assert d[sky].mean() > 3.0 * n[sky].mean(), (d[sky].mean(0), n[sky].mean(0))
    assert n[~sky][:, 0].mean() > n[~sky][:, 2].mean(), n[~sky].mean(axis=0)


def test_by_day_the_well_is_light(night, day) -> None:
    assert day.mean() > 3.0 * night.mean(), (day.mean(), night.mean())
