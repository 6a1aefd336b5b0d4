"""A warehouse or a factory: its words read as the warehouse, no longer a city skyline, and its
layer draws an aisle of pallet racking, blue uprights and orange beams holding cardboard boxes,
under high-bay lamps, with the outside under the loading bay's shutter (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer
from reading_support import drawn_of, motifs_of, settings_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I was working nights in a huge warehouse.", "warehouse"),
        ("The lift opened onto a factory floor.", "factory floor"),
        ("We walked through the old factory.", "factory"),
        ("I was lost in a steel mill.", "steel mill"),
    ],
)
def test_warehouse_words_read_as_the_warehouse(text: str, surface: str) -> None:
    assert motifs_of(text).get(surface) == "warehouse"
    assert settings_of(text) == ["warehouse"]


def test_a_street_of_tall_buildings_is_still_the_city() -> None:
    assert settings_of("I walked down a street of tall buildings downtown.") == ["city"]


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


@pytest.mark.gl
def test_racking_of_boxes_under_lamps_down_to_a_loading_bay(renderer) -> None:
    sky = renderer.alone(None)
    warehouse = renderer.alone("warehouse")
    change = np.abs(warehouse - sky).mean(axis=2)
    for side in ((0.0, 0.2), (0.8, 1.0)):  # racking on both sides: orange beams, brown boxes
        red, green, blue = frame_box(warehouse, *side, 0.2, 0.9).reshape(-1, 3).T.astype(float)
        assert np.mean((red > blue + 20.0) & (red > green)) > 0.3
        assert np.mean(blue > red + 20.0) > 0.01  # and blue steel uprights between them
    lamps = frame_box(warehouse, 0.45, 0.55, 0.6, 0.85).mean(axis=2)
    assert lamps.max() > 200.0 and np.median(lamps) < 90.0  # bright lamps in a dark roof
    floor = frame_box(change, 0.4, 0.6, 0.0, 0.15)
    assert floor.mean() > 8.0  # a floor, where the sky was
    bay = frame_box(change, 0.48, 0.52, 0.43, 0.44)
    assert bay.mean() < 6.0  # the outside shows under the shutter


def test_the_warehouses_lamps_and_shelves_are_its_own() -> None:
    text = "I was in the warehouse, and the shelves went on and on under the lamps."
    assert drawn_of(text)[0] == {"warehouse"}  # no floating lanterns or shop aisle over it
