"""The churchyard: a church seen from outside. Its words (a graveyard, a steeple) read as the
churchyard, a church named from out of doors is drawn from its churchyard while a church one
is inside stays its interior, and its layer draws a spire over the nave with windows lit warm
by night and rows of headstones before it (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import NIGHT, offscreen_renderer
from reading_support import drawn_of, motifs_of, settings_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("We walked through the graveyard.", "graveyard"),
        ("The cemetery was full of crows.", "cemetery"),
        ("I sat on a gravestone.", "gravestone"),
        ("The steeple was hung with ivy.", "steeple"),
        ("An owl lived in the belfry.", "belfry"),
    ],
)
def test_churchyard_words_read_as_the_churchyard(text: str, surface: str) -> None:
    assert motifs_of(text).get(surface.lower()) == "churchyard"


def test_a_church_seen_from_out_of_doors_is_drawn_from_its_churchyard() -> None:
    text = "We walked up the lane past an old stone church. Inside the church it was cold."
    drawn = drawn_of(text)
    assert "churchyard" in drawn[0] and "church" not in drawn[0]
    assert "church" in drawn[1]
    assert settings_of("I walked through the graveyard at night.") == ["churchyard"]


@pytest.mark.parametrize(
    "text",
    [
        "We walked past the little church on the hill, and its windows were lit.",
        "The windows of the castle glowed.",
        "The city below was silent and all the windows were lit gold.",
        "I was on the bus on the motorway. The windows were steamed up.",
    ],
)
def test_windows_are_their_buildings_own_and_draw_no_doorway(text: str) -> None:
    assert "doorway" not in drawn_of(text)[0]


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _render(renderer, daylight: float) -> tuple[np.ndarray, np.ndarray]:
    """The night scene without and with the churchyard at `daylight`, as float RGB."""
    drawn = {**NIGHT.intensities, "churchyard": 0.9}
    return renderer.fresh(daylight=daylight), renderer.fresh(daylight=daylight, intensities=drawn)


def test_a_spire_rises_over_the_nave_and_headstones_stand_before_it(renderer) -> None:
    plain, drawn = _render(renderer, 0.0)
    change = np.abs(drawn - plain).mean(axis=2) > 12.0
    height, width = change.shape
    assert change[: int(height * 0.35)].mean() < 0.01  # the sky above is left alone
    top = 1.0 - np.where(change.any(axis=0), change.argmax(axis=0), height) / height
    church = top[int(width * 0.3) : int(width * 0.65)]
    nave = np.median(church)
    assert church.max() > nave + 0.15  # the spire stands well over the roof
    assert np.count_nonzero(church > nave + 0.15) < church.size * 0.15  # and it is slim
    # headstones: along a row below the church, many small shapes apart from one another
    for daylight in (0.0, 1.0):
        _, image = _render(renderer, daylight)
        row = image[int(height * 0.85)].mean(axis=1)
        stones = row > np.median(row) + 15.0
        assert np.count_nonzero(stones[1:] & ~stones[:-1]) >= 10


def test_its_windows_glow_warm_by_night_and_are_dark_by_day(renderer) -> None:
    _, night = _render(renderer, 0.0)
    _, day = _render(renderer, 1.0)
    height, width, _ = night.shape
    rows = slice(int(height * 0.7), int(height * 0.77))
    cols = slice(int(width * 0.3), int(width * 0.65))

    def warm(image: np.ndarray) -> int:
        pixels = image[rows, cols].reshape(-1, 3)
        return int(np.count_nonzero((pixels[:, 0] > 150.0) & (pixels[:, 0] > pixels[:, 2] + 60.0)))

    assert warm(night) >= 10
    assert warm(day) < warm(night) / 3
