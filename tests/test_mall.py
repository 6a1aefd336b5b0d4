"""A shopping mall: its words read as the mall (a supermarket or a corner shop is still the
shop), its escalators, fountain and shops are its own, and its layer draws two storeys of lit
shop fronts along an atrium under a glazed roof onto the sky (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer
from reading_support import drawn_of, motifs_of, settings_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("We walked through the shopping mall.", "shopping mall"),
        ("I was lost in a shopping centre.", "shopping centre"),
        ("We met at the mall after school.", "mall"),
        ("We sat in the shopping arcade.", "shopping arcade"),
    ],
)
def test_mall_words_read_as_the_mall(text: str, surface: str) -> None:
    assert motifs_of(text).get(surface) == "mall"
    assert settings_of(text) == ["mall"]


def test_a_supermarket_is_still_the_shop() -> None:
    assert settings_of("I was in a huge supermarket.") == ["shop"]


def test_the_malls_escalators_fountain_and_shops_are_its_own() -> None:
    text = "I was in the mall, by the fountain, and the escalators went up past the shops."
    assert drawn_of(text)[0] == {"mall"}  # no stairs, waterfall or street of shops over it


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


@pytest.mark.gl
def test_lit_shop_fronts_on_two_storeys_under_a_glazed_roof(renderer) -> None:
    sky = renderer.alone(None)
    mall = renderer.alone("mall")
    change = np.abs(mall - sky).mean(axis=2)
    for side in ((0.05, 0.25), (0.75, 0.95)):  # lit shop fronts on both sides, both storeys
        red, _, blue = frame_box(mall, *side, 0.25, 0.45).reshape(-1, 3).T.astype(float)
        assert np.mean(red > blue + 15.0) > 0.15  # warm windows down below
        upper = frame_box(mall, *side, 0.6, 0.8).mean(axis=2)
        assert np.percentile(upper, 90) > 180.0 and np.percentile(upper, 10) < 100.0
    roof = frame_box(change, 0.3, 0.7, 0.9, 1.0)
    assert np.mean(roof < 3.0) > 0.3  # the sky shows through the roof's panes
    assert np.mean(roof > 10.0) > 0.1  # between its ribs
    floor = frame_box(change, 0.3, 0.7, 0.0, 0.1)
    assert floor.mean() > 8.0  # a floor, where the sky was
