"""A balloon on a string: a toy balloon is its own picture, not a cloud of bubbles, and a hot
air balloon is another; each is drawn in the colour the dream names for it, lit by day and dim
by night, the hot air balloon's gores in two colours (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer
from reading_support import script_of

SIZE = (320, 180)
RED = (0.75, 0.22, 0.17, 1.0)


@pytest.mark.parametrize(
    "text", ["A single red balloon drifted towards me.", "Someone let go of a party balloon."]
)
def test_a_balloon_is_the_focus_as_itself(text: str) -> None:
    assert "balloon" in script_of(text).sentences[0].focus


def test_a_hot_air_balloon_is_no_toy_balloon() -> None:
    script = script_of("A hot air balloon drifted over the valley.")
    assert "balloon" not in {m.name for m in script.motifs}
    assert "hot_air_balloon" in script.sentences[0].focus


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _skin_band(image: np.ndarray) -> np.ndarray:
    """The band of the frame its skin floats in, above the land, as rows of RGB."""
    return frame_box(image, 0.0, 1.0, 0.55, 0.7).reshape(-1, 3)


@pytest.mark.gl
def test_a_balloon_named_red_is_red_and_brighter_by_day(renderer) -> None:
    plain = renderer.fresh(daylight=1.0)
    red = renderer.fresh(
        intensities={"stars": 0.7, "balloon": 1.0}, colors={"balloon": RED}, daylight=1.0
    )
    changed = np.abs(_skin_band(red) - _skin_band(plain)).mean(axis=1) > 20.0
    assert changed.sum() > 150  # it is there, a fair size
    skin = _skin_band(red)[changed].mean(axis=0)
    assert skin[0] > 1.6 * skin[1] and skin[0] > 1.6 * skin[2]  # red, not orange or pink
    night = renderer.fresh(
        intensities={"stars": 0.7, "balloon": 1.0}, colors={"balloon": RED}, daylight=0.0
    )
    assert _skin_band(night)[changed].mean() < 0.6 * skin.mean()  # a dim shape by night


@pytest.mark.gl
def test_a_hot_air_balloons_gores_are_its_colour_and_cream(renderer) -> None:
    plain = renderer.fresh(daylight=1.0)
    striped = renderer.fresh(
        intensities={"stars": 0.7, "hot_air_balloon": 1.0},
        colors={"hot_air_balloon": RED},
        daylight=1.0,
    )
    band = frame_box(striped, 0.0, 1.0, 0.6, 0.8).reshape(-1, 3)
    changed = np.abs(band - frame_box(plain, 0.0, 1.0, 0.6, 0.8).reshape(-1, 3)).mean(axis=1) > 20
    assert changed.sum() > 200
    cloth = band[changed]
    red = (cloth[:, 0] > 1.8 * cloth[:, 1]) & (cloth[:, 0] > 80)
    cream = (cloth.min(axis=1) > 0.7 * cloth.max(axis=1)) & (cloth.mean(axis=1) > 120)
    assert red.mean() > 0.15 and cream.mean() > 0.15  # both colours of gore show
