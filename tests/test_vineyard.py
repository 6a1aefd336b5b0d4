"""The vineyard: its words read as the vineyard, one standing among the vines (or the trees)
is in the place they make, and its layer draws rows of vines running away to the hills, lit
from the right, leaving the sky alone (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import NIGHT, frame_box, offscreen_renderer
from reading_support import drawn_of, motifs_of, settings_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("We walked up through the vineyard.", "vineyard"),
        ("The vineyards went on for miles.", "vineyards"),
        ("Between the vine rows the grass was long.", "vine rows"),
    ],
)
def test_vineyard_words_read_as_the_vineyard(text: str, surface: str) -> None:
    assert motifs_of(text).get(surface.lower()) == "vineyard"


def test_one_among_the_vines_is_in_the_vineyard_that_draws_them() -> None:
    text = "We were in the city. Then I was standing among the vines."
    assert settings_of(text) == ["city", "vineyard"]
    drawn = drawn_of(text)[1]
    assert "vineyard" in drawn and "vines" not in drawn  # its own vines
    assert settings_of("We were in the city. Then we walked among the trees.")[-1] == "forest"
    # things among the vines are only there
    assert settings_of("We were in the city. Moths drifted among the vines.") == ["city"] * 2


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _render(renderer, motifs: dict[str, float], daylight: float) -> np.ndarray:
    """The night scene with `motifs` at `daylight`, as float RGB."""
    return renderer.fresh(daylight=daylight, intensities={**NIGHT.intensities, **motifs})


def test_rows_of_green_vines_run_to_the_horizon_under_the_sky(renderer) -> None:
    bare = _render(renderer, {}, 1.0)
    vines = _render(renderer, {"vineyard": 0.9}, 1.0)
    sky = (0.0, 1.0, 0.75, 1.0)
    assert np.abs(frame_box(vines, *sky) - frame_box(bare, *sky)).mean() < 1.0  # the sky alone
    rows = frame_box(vines, 0.0, 1.0, 0.05, 0.45).reshape(-1, 3)
    green = (rows[:, 1] > rows[:, 0] + 8.0) & (rows[:, 1] > rows[:, 2] + 8.0)
    assert np.count_nonzero(green) / len(rows) > 0.4
    # near the bottom the rows' leaves fill the sides, and the grass aisle runs up the middle
    for side in (0.0, 0.8):
        leaves = frame_box(vines, side, side + 0.2, 0.1, 0.3).mean(axis=2)
        aisle = frame_box(vines, 0.4, 0.52, 0.0, 0.15).mean(axis=2)
        assert leaves.std() > 2.5 * aisle.std()


def test_the_key_light_from_the_right_lights_the_rows_on_the_left(renderer) -> None:
    vines = _render(renderer, {"vineyard": 0.9}, 1.0)
    left = frame_box(vines, 0.0, 0.25, 0.1, 0.35).mean()
    right = frame_box(vines, 0.75, 1.0, 0.1, 0.35).mean()
    assert left > right * 1.3
