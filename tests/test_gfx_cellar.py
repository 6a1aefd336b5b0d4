"""The cellar drawn as itself (real shader, EGL): the sky shows only through its light well,
bottles in the racks repeat cell by cell, the bulb's warm light on the vault above a floor
whose near corners are dark, and by day a shaft from the light well lights the floor."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import offscreen_renderer, room_pixel

pytestmark = pytest.mark.gl

SIZE = (320, 180)
CELLAR_DRIFT = ((0.5, 0.01, 0.023), (0.46, 0.006, 0.019))  # its vanishing point's (room_pixel)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


@pytest.fixture(scope="module")
def night(renderer) -> np.ndarray:
    return renderer.alone("cellar", 0.0)


@pytest.fixture(scope="module")
def day(renderer) -> np.ndarray:
    return renderer.alone("cellar", 1.0)


def _around(image: np.ndarray, x: float, y: float, z: float, reach: int = 2) -> np.ndarray:
    """The pixels within `reach` of where the cellar draws its point (x, y, z)."""
    row, column = room_pixel(SIZE, x, y, z, CELLAR_DRIFT)
    return image[row - reach : row + reach + 1, column - reach : column + reach + 1].reshape(-1, 3)


def test_the_sky_shows_through_the_light_well_and_nowhere_else(renderer, night) -> None:
    sky = renderer.alone(None, 0.0)
    well = np.abs(_around(night, 0.03, 0.72, 3.4) - _around(sky, 0.03, 0.72, 3.4)).mean()
    wall = np.abs(_around(night, 0.5, 0.5, 3.4) - _around(sky, 0.5, 0.5, 3.4)).mean()
    assert well < 12.0 and wall > 3.0 * well, (well, wall)


def test_the_bottles_in_a_rack_repeat_cell_by_cell(night) -> None:
    top, column = room_pixel(SIZE, 0.7, 0.05, 1.7, CELLAR_DRIFT)
    bottom, _ = room_pixel(SIZE, 0.7, -0.55, 1.7, CELLAR_DRIFT)
    profile = night[top:bottom, column - 1 : column + 2].mean(axis=(1, 2))
    local = np.convolve(profile, np.ones(9) / 9.0, mode="same")
    crossings = np.flatnonzero(np.diff(np.sign(profile[4:-4] - local[4:-4])) != 0)
    cells = (bottom - top) / (0.105 / 1.7 * SIZE[1])  # the cells the line crosses
    # a slat and a bottle in every cell: light and dark alternate at least once a cell
    assert len(crossings) >= 2 * cells - 2, (len(crossings), cells)


def test_the_bulb_warms_the_vault_and_the_near_corners_are_dark(night) -> None:
    vault = _around(night, 0.3, 1.05, 2.1).mean(axis=0)
    assert vault[0] > 1.5 * vault[2], vault
    corner = _around(night, -0.85, -0.58, 1.3).mean()
    assert corner < 0.3 * vault.mean() and corner < 10.0, (corner, vault)


def test_by_day_a_shaft_from_the_light_well_lights_the_floor(night, day) -> None:
    shaft = _around(day, 0.0, -0.6, 1.75).mean()
    by_night = _around(night, 0.0, -0.6, 1.75).mean()
    beside = _around(day, 0.55, -0.6, 1.75).mean()
    assert shaft > 1.5 * by_night and shaft > 1.5 * beside, (shaft, by_night, beside)
