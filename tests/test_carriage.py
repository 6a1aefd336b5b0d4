"""The railway carriage: its words (a train carriage, a dining car, a compartment) read as the
carriage, one sitting in a train is in it, and its layer (the cabin's program as a carriage)
draws a strip light down the ceiling, seats down both sides of the aisle and windows where
the sky outside shows (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer
from reading_support import motifs_of, settings_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("We were sitting in a train carriage.", "train carriage"),
        ("We ate in the dining car.", "dining car"),
        ("I had a compartment to myself.", "compartment"),
    ],
)
def test_carriage_words_read_as_the_carriage(text: str, surface: str) -> None:
    assert motifs_of(text).get(surface) == "carriage"


def test_one_sitting_in_a_train_is_in_its_carriage() -> None:
    assert settings_of("I was sitting in the train and it was warm.") == ["carriage"]
    assert settings_of("We stood in a field. A train went past.") == ["meadow"] * 2


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def test_a_strip_light_seats_and_windows_with_the_sky_behind(renderer) -> None:
    sky = renderer.alone(None)
    carriage = renderer.alone("carriage")
    # the strip light down the middle of the ceiling, far brighter than the ceiling beside it
    strip = frame_box(carriage, 0.48, 0.52, 0.8, 0.98).mean()
    beside = frame_box(carriage, 0.3, 0.4, 0.8, 0.98).mean()
    assert strip > 2.0 * beside
    # the seats cover the sky in the lower half; the windows let it through at eye height

    def change(x0: float, x1: float, y0: float, y1: float) -> float:
        drawn, plain = frame_box(carriage, x0, x1, y0, y1), frame_box(sky, x0, x1, y0, y1)
        return float(np.abs(drawn - plain).mean())

    assert change(0.2, 0.4, 0.15, 0.4) > 20.0
    window, wall = change(0.16, 0.24, 0.55, 0.6), change(0.02, 0.06, 0.3, 0.4)
    assert window < wall


def test_one_on_a_train_is_aboard_in_its_carriage() -> None:
    assert settings_of("I was on the sleeper train to Inverness with my mum.") == ["carriage"]
