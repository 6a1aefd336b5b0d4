"""The bus: one aboard a bus or a coach is inside it, down its aisle ("on the night bus home"),
while a bus seen going by stays a thing on the road; its layer (the cabin's program as a bus)
draws yellow poles and rails among its seats (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer
from reading_support import drawn_of, settings_of


def test_one_aboard_a_bus_is_inside_it() -> None:
    assert settings_of("I was on the night bus home. The windows were steamed up.") == ["bus"] * 2
    assert settings_of("I got on the bus. Then I was in a market. I ran back onto the bus.") == [
        "bus", "market", "bus"
    ]
    assert settings_of("I was on the bus on the motorway.") == ["bus"]  # the road is its own


def test_a_bus_seen_going_by_or_a_taxi_ridden_is_the_road() -> None:
    assert settings_of("I was in the kitchen. A bus went past the window.") == ["kitchen"] * 2
    assert settings_of("I was in a taxi. The driver was silent.") == ["road"] * 2
    assert "bus" not in drawn_of("I stood in the street and a bus went past.")[0]


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def test_yellow_poles_and_rails_among_its_seats(renderer) -> None:
    def yellow(motif: str) -> int:
        red, green, blue = frame_box(renderer.alone(motif), 0.3, 0.7, 0.2, 0.9).reshape(-1, 3).T
        return int(np.count_nonzero((red > 120.0) & (green > 80.0) & (blue < 0.5 * green)))

    assert yellow("bus") > 300 and yellow("carriage") == 0
