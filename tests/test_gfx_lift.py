"""The lift drawn as itself (real shader, EGL): the cabin facing its doors, their seam a bright
vertical line, a column of lit round buttons beside them, warm wood against cool steel."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer

pytestmark = pytest.mark.gl

SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _peaks(profile: np.ndarray, level: float) -> int:
    """How many separate runs of the profile lie over `level`."""
    over = profile > level
    return int(np.count_nonzero(over[1:] & ~over[:-1]) + over[0])


@pytest.fixture(scope="module")
def night(renderer) -> np.ndarray:
    return renderer.alone("lift", 0.0)


def test_the_doors_meet_at_a_bright_vertical_seam(night) -> None:
    grey = night.mean(axis=2)
    # the doors' middle height, the seam in its middle
    doors = frame_box(grey, 0.38, 0.62, 0.3, 0.7)
    width = doors.shape[1]
    seam = doors[:, width * 9 // 20 : width * 11 // 20].max(axis=1)
    beside = np.concatenate([doors[:, : width // 4], doors[:, -width // 4 :]], axis=1).mean(axis=1)
    # every row of the doors is brightest at the seam, by far (near white, where it can be no
    # brighter, half as bright again as the steel)
    assert (seam > 1.5 * beside).all() and seam.min() > 150.0, (seam.round(), beside.round())


def test_beside_the_doors_a_column_of_lit_round_buttons(night) -> None:
    grey = night.mean(axis=2)
    panel = frame_box(grey, 0.62, 0.68, 0.35, 0.72)
    # down the panel, one bright dot after another with the steel between them
    profile = panel.max(axis=1)
    assert profile.max() > 200.0 and _peaks(profile, 0.85 * profile.max()) >= 4, profile.round()
    # the same height on the left of the doors is plain steel, with no dots
    plain = frame_box(grey, 0.32, 0.38, 0.35, 0.72).max(axis=1)
    assert plain.max() < 0.7 * profile.max(), plain.round()


def test_warm_wood_below_the_rail_cool_steel_above(night) -> None:
    wood = frame_box(night, 0.02, 0.2, 0.1, 0.35).reshape(-1, 3).mean(axis=0)
    steel = frame_box(night, 0.4, 0.46, 0.3, 0.7).reshape(-1, 3).mean(axis=0)
    assert wood[0] > 2.0 * wood[2], wood  # red over blue: the warm panelling
    assert steel[2] > 1.1 * steel[0], steel  # blue over red: the cool metal
    # the cabin is lit but not flooded: its floor and corners stay dark
    assert frame_box(night.mean(axis=2), 0.3, 0.7, 0.0, 0.05).mean() < 40.0


def test_by_day_the_lobbies_through_the_seam_are_brighter(renderer, night) -> None:
    day = renderer.alone("lift", 1.0)
    seam = (
        frame_box(day, 0.47, 0.53, 0.3, 0.7).mean(),
        frame_box(night, 0.47, 0.53, 0.3, 0.7).mean(),
    )
    assert seam[0] > 1.1 * seam[1], seam
    # the cabin itself has no windows: its walls stay as they were
    walls = (
        frame_box(day, 0.02, 0.2, 0.1, 0.35).mean(),
        frame_box(night, 0.02, 0.2, 0.1, 0.35).mean(),
    )
    assert abs(walls[0] - walls[1]) < 0.1 * walls[1] + 2.0, walls
