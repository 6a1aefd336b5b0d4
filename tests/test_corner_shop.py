"""A small shop: its words read as the corner shop (a supermarket is still the long aisle), a
passage in one has it as its setting, and the room program draws it as ROOM_KIND 5: shelves of
goods in many colours up both walls, a counter, a red neon sign in the shop window, the street
outside (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import Offscreen, offscreen_renderer, room_pixel
from reading_support import motifs_of, script_of, settings_of

from renderer.bench.look import measure


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I was working in a corner shop after midnight.", "corner shop"),
        ("My grandmother opened the shop at six.", "shop"),
        ("There was a little toy shop at the end of the lane.", "toy shop"),
        ("We hid in the sweet shop until the rain stopped.", "sweet shop"),
        ("The pharmacy was out of everything.", "pharmacy"),
        ("I stood at the shop counter holding a jar of coins.", "shop counter"),
        ("I was in a hardware shop.", "hardware shop"),
        ("I was in the shops all day.", "shops"),
    ],
)
def test_small_shop_words_read_as_the_corner_shop(text: str, surface: str) -> None:
    assert motifs_of(text).get(surface) == "corner_shop"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I pushed a trolley round the supermarket.", "supermarket"),
        ("The department store had a hundred floors.", "department store"),
    ],
)
def test_big_stores_are_still_the_supermarket_aisle(text: str, surface: str) -> None:
    assert motifs_of(text).get(surface) == "shop"


def test_talking_shop_is_no_shop() -> None:
    assert "corner_shop" not in motifs_of("At dinner they talked shop for hours.").values()


def test_a_passage_in_a_shop_is_set_there_until_the_dream_moves() -> None:
    text = (
        "I was behind the counter of my uncle's shop. The bell over the door rang. "
        "A fox came in and asked for stamps. Then I walked out onto a beach."
    )
    assert settings_of(text) == ["corner_shop"] * 3 + ["beach"]


def test_a_shop_passed_on_a_street_leaves_the_street_the_setting() -> None:
    text = "We rode our bikes down the high street of the old town, past the toy shop and the bank."
    assert settings_of(text) == ["city"]


def test_a_shop_is_an_interior_where_the_rain_outside_is_no_setting() -> None:
    places = settings_of("It was raining. I ran into a corner shop. The bread was warm.")
    assert places[1:] == ["corner_shop", "corner_shop"]
    script = script_of("I ran into a corner shop. It was raining.")
    assert script.sentences[1].setting == ("corner_shop",)


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _on_screen(x: float, y: float, z: float) -> tuple[int, int]:
    return room_pixel(SIZE, x, y, z)


def _region(image: np.ndarray, lo: tuple[float, float, float], hi: tuple[float, float, float]):
    """The pixels between where two of the room's points are drawn."""
    (row0, col0), (row1, col1) = _on_screen(*lo), _on_screen(*hi)
    return image[min(row0, row1) : max(row0, row1), min(col0, col1) : max(col0, col1)]


@pytest.mark.gl
def test_shelves_of_many_coloured_goods_and_a_red_neon_sign(renderer: Offscreen) -> None:
    night = renderer.alone("corner_shop")
    # the left wall's shelves: goods of many hues (a wall of one tint would read as books or
    # as a plain wall), bright against the dark backs of the shelves
    shelves = _region(night, (-1.0, 0.45, 1.3), (-1.0, -0.1, 2.3)).astype(np.uint8)
    look = measure(np.ascontiguousarray(shelves))
    assert look.hue_spread > 0.2 and look.bright > 2.5 * max(look.dark, 10.0), look
    # the neon sign in the window glows red-pink over the glass around it
    sign = _region(night, (0.53, 0.3, 2.4), (0.79, 0.18, 2.4)).reshape(-1, 3).mean(axis=0)
    pane = _region(night, (0.1, 0.0, 2.4), (0.3, -0.2, 2.4)).reshape(-1, 3).mean(axis=0)
    assert sign[0] > sign[1] + 40.0 and sign[0] > 2.0 * pane[0], (sign, pane)
    # a warm lamp and the cool night: a frame of more than one tint, dark with bright lights
    whole = measure(night.astype(np.uint8))
    assert whole.hue_spread > 0.15 and whole.dark < 20.0 and whole.bright > 120.0, whole


@pytest.mark.gl
def test_by_day_the_shop_window_fills_the_shop_with_light(renderer: Offscreen) -> None:
    night = renderer.alone("corner_shop")
    day = renderer.alone("corner_shop", daylight=1.0)
    assert day.mean() > 1.5 * night.mean()
    # the floor before the window takes the daylight
    floor_lo, floor_hi = (-0.2, -0.62, 2.0), (0.4, -0.62, 1.6)
    assert _region(day, floor_lo, floor_hi).mean() > 1.3 * _region(night, floor_lo, floor_hi).mean()
