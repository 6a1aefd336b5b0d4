"""The shed drawn as itself (real shader, EGL): plank walls whose gaps repeat across the far
wall, a cool bright window over warm wood, and the day's light filling it where by night the
bulb's warm pool lies."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer

pytestmark = pytest.mark.gl

SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _dips(profile: np.ndarray, depth: float) -> list[int]:
    """Where the profile falls more than `depth` under its local mean (15 samples wide)."""
    local = np.convolve(profile, np.ones(15) / 15.0, mode="same")
    low = profile < local - depth
    return [i for i in range(7, len(profile) - 7) if low[i] and not low[i - 1]]


@pytest.fixture(scope="module")
def night(renderer) -> np.ndarray:
    return renderer.alone("shed", 0.0)


@pytest.fixture(scope="module")
def day(renderer) -> np.ndarray:
    return renderer.alone("shed", 1.0)


def test_the_far_wall_is_vertical_planks(night) -> None:
    grey = night.mean(axis=2)
    band = frame_box(grey, 0.3, 0.7, 0.44, 0.5)  # between the window's sill and the bench
    columns, rows = band.mean(axis=0), band.mean(axis=1)
    # the wall changes across (board, gap, board), hardly down: vertical lines
    assert columns.std() > 4.0 * rows.std(), (columns.std(), rows.std())
    dips = _dips(columns, 6.0)
    spacing = np.diff(dips)
    # a gap every plank's width (0.16 at the far wall 2.4 away: about 12 pixels here)
    assert len(dips) >= 6 and 8 <= np.median(spacing) <= 16, dips


def test_a_cool_bright_window_over_warm_wood(night) -> None:
    window = frame_box(night, 0.45, 0.55, 0.53, 0.64).reshape(-1, 3).mean(axis=0)
    beside = frame_box(night, 0.3, 0.38, 0.53, 0.64).reshape(-1, 3).mean(axis=0)
    floor = frame_box(night, 0.3, 0.7, 0.0, 0.1).reshape(-1, 3).mean(axis=0)
    bench = frame_box(night, 0.3, 0.4, 0.38, 0.41).reshape(-1, 3).mean(axis=0)
    assert window[2] > 1.5 * window[0] and window.mean() > 1.5 * beside.mean(), (window, beside)
    assert floor[0] > 2.0 * floor[2] and bench[0] > 2.0 * bench[2], (floor, bench)


def test_by_day_the_shed_fills_with_light(night, day) -> None:
    assert day.mean() > 1.5 * night.mean(), (day.mean(), night.mean())
    # the window and the patch of sun it throws on the floor are brighter
    window = (
        frame_box(day, 0.45, 0.55, 0.53, 0.64).mean(),
        frame_box(night, 0.45, 0.55, 0.53, 0.64).mean(),
    )
    patch = (
        frame_box(day, 0.5, 0.75, 0.0, 0.08).mean(),
        frame_box(night, 0.5, 0.75, 0.0, 0.08).mean(),
    )
    assert window[0] > 1.1 * window[1] and patch[0] > 1.3 * patch[1], (window, patch)
    # the wood away from the bulb is lit by day, in the bulb's warm shade by night
    wall = (
        frame_box(day, 0.02, 0.2, 0.1, 0.3).mean(),
        frame_box(night, 0.02, 0.2, 0.1, 0.3).mean(),
    )
    assert wall[0] > 2.0 * wall[1], wall
