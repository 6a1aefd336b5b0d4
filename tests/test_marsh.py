"""The marsh: its words (a swamp, a bog, a fen, the wetlands) read as the marsh, its pools are
its own, and its layer breaks the still water into banks of reeds and tussock grass, with
pale lights hovering over the pools by night, leaving the sky alone (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import NIGHT, frame_box, offscreen_renderer
from reading_support import drawn_of, motifs_of, settings_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("We waded into the swamp.", "swamp"),
        ("The bog was black and still.", "bog"),
        ("A heron stood in the wetlands.", "wetlands"),
        ("We walked along the edge of the fen.", "fen"),
        ("The salt marsh smelled of the sea.", "salt marsh"),
    ],
)
def test_marsh_words_read_as_the_marsh(text: str, surface: str) -> None:
    assert motifs_of(text).get(surface.lower()) == "marsh"


def test_a_passage_in_the_marsh_draws_its_pools_as_its_own() -> None:
    text = "I waded out into the marsh, where the reeds stood taller than me and pale lights "
    text += "hovered over the black pools."
    assert settings_of(text) == ["marsh"]
    drawn = drawn_of(text)[0]
    assert "marsh" in drawn and "lake" not in drawn
    # a place named more firmly than the one that owns it is still where one goes
    assert settings_of("We climbed out of the cavern onto the mountain.") == ["mountains"]


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _render(renderer, motif: str, daylight: float) -> np.ndarray:
    """The night scene with `motif` at `daylight`, as float RGB."""
    return renderer.fresh(daylight=daylight, intensities={**NIGHT.intensities, motif: 0.9})


def test_banks_of_reeds_break_up_the_still_water(renderer) -> None:
    lake = _render(renderer, "lake", 1.0)
    marsh = _render(renderer, "marsh", 1.0)
    sky = (0.0, 1.0, 0.6, 1.0)
    assert np.abs(frame_box(marsh, *sky) - frame_box(lake, *sky)).mean() < 1.0  # the sky alone
    water = (0.0, 1.0, 0.0, 0.38)  # below the horizon
    assert np.abs(frame_box(marsh, *water) - frame_box(lake, *water)).mean() > 10.0
    # the banks are green and straw against the blue of the open water
    below = frame_box(marsh, *water).reshape(-1, 3)
    grassy = (below[:, 1] > below[:, 2] + 10.0) & (below[:, 0] > below[:, 2])
    assert 0.15 < np.count_nonzero(grassy) / len(below) < 0.85


def test_pale_lights_hover_over_the_pools_by_night(renderer) -> None:
    night = _render(renderer, "marsh", 0.0)
    day = _render(renderer, "marsh", 1.0)

    def lights(image: np.ndarray, pools: np.ndarray) -> int:
        """Pale green-white points over the pools: far brighter than the open lake there."""
        band = frame_box(image, 0.0, 1.0, 0.25, 0.42).reshape(-1, 3)
        lift = band[:, 1] - frame_box(pools, 0.0, 1.0, 0.25, 0.42).reshape(-1, 3)[:, 1]
        pale = (band[:, 1] > 120.0) & (band[:, 1] > band[:, 0])
        return int(np.count_nonzero(pale & (lift > 60.0)))

    lake_night, lake_day = _render(renderer, "lake", 0.0), _render(renderer, "lake", 1.0)
    assert lights(night, lake_night) >= 3 and lights(day, lake_day) == 0
