"""The harbour: its words (a quay, a wharf, the harbour wall) read as the harbour, a passage
there is set there with its houses and water its own, and its layer draws a town along the far
quay with its windows lit by night and a harbour light on the breakwater's tip that shines red
by night, leaving the sky alone (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import NIGHT, frame_box, offscreen_renderer
from reading_support import drawn_of, motifs_of, settings_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("We walked down to the harbour.", "harbour"),
        ("The quay was wet with rain.", "quay"),
        ("Fish boxes were stacked on the wharf.", "wharf"),
        ("I sat on the harbour wall.", "harbour wall"),
        ("Yachts rocked in the marina.", "marina"),
    ],
)
def test_harbour_words_read_as_the_harbour(text: str, surface: str) -> None:
    assert motifs_of(text).get(surface.lower()) == "harbour"


def test_a_passage_at_the_harbour_draws_its_houses_and_water_as_its_own() -> None:
    assert settings_of("I was in the kitchen. Then I was on the harbour wall.")[1] == "harbour"
    drawn = drawn_of("We walked along the harbour, past the boats and the painted houses.")[0]
    assert {"harbour", "boat"} <= drawn and not drawn & {"village", "room", "ocean"}


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _render(renderer, daylight: float) -> tuple[np.ndarray, np.ndarray]:
    """The night scene without and with the harbour at `daylight`, as float RGB."""
    drawn = {**NIGHT.intensities, "harbour": 0.9}
    return renderer.fresh(daylight=daylight), renderer.fresh(daylight=daylight, intensities=drawn)


def _luminance(pixels: np.ndarray) -> np.ndarray:
    return pixels @ np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)


def test_a_town_of_lit_windows_stands_on_the_far_quay(renderer) -> None:
    plain, night = _render(renderer, 0.0)
    change = np.abs(night - plain).mean(axis=2)
    height = change.shape[0]
    assert change[: int(height * 0.3)].mean() < 1.0  # the sky above is left alone
    town = (0.02, 0.5, 0.43, 0.52)
    assert np.abs(frame_box(night, *town) - frame_box(plain, *town)).mean() > 10.0  # the houses
    # by night its windows are points of light in the dark walls that the open sky does not
    # have there, far more of them than the stars still showing between the houses

    def points(image: np.ndarray) -> np.ndarray:
        light = _luminance(frame_box(image, *town).reshape(-1, 3))
        return light > np.median(light) + 60.0

    windows = np.count_nonzero(points(night) & ~points(plain))
    stars = np.count_nonzero(points(night) & points(plain))
    assert windows >= 40 and windows > 5 * stars


def test_the_harbour_light_shines_red_on_the_breakwaters_tip_by_night(renderer) -> None:
    _, night = _render(renderer, 0.0)
    _, day = _render(renderer, 1.0)

    def red(image: np.ndarray) -> int:
        tip = frame_box(image, 0.72, 0.78, 0.45, 0.52).reshape(-1, 3)
        return int(np.count_nonzero((tip[:, 0] > 120.0) & (tip[:, 0] > tip[:, 1] + 50.0)))

    assert red(night) >= 2 and red(night) > red(day)
