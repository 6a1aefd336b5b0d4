"""The harbour: its words (a quay, a wharf, the harbour wall) read as the harbour, a passage
there is set there with its houses and water its own, and its layer draws a town along the far
quay with its windows lit by night and a harbour light on the breakwater's tip that shines red
by night, leaving the sky alone (real shaders, EGL)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from gfx_support import NIGHT, offscreen_renderer
from reading_support import settings_of

from renderer import pipeline
from renderer.dream import parse_dream
from renderer.mapping import analyze


def _read(text: str) -> dict[str, str]:
    """Surface text -> motif, for the keywords the mapper finds."""
    plan = analyze(parse_dream(text, source="test"))
    return {k.text: k.motif for s in plan.sentences for k in s.keywords if not k.idiom}


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
    assert _read(text).get(surface) == "harbour"


def test_a_passage_at_the_harbour_draws_its_houses_and_water_as_its_own() -> None:
    assert settings_of("I was in the kitchen. Then I was on the harbour wall.")[1] == "harbour"
    timeline = pipeline.Production(
        parse_dream("We walked along the harbour, past the boats and the painted houses.", "t"),
        pipeline.VoiceChoice("silent").create(),
    ).timeline()
    middle = timeline.sentences[0]
    drawn = set(timeline.state_at((middle.start + middle.end) / 2).drawn)
    assert {"harbour", "boat"} <= drawn and not drawn & {"village", "room", "ocean"}


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _render(renderer, daylight: float) -> tuple[np.ndarray, np.ndarray]:
    """The night scene without and with the harbour at `daylight`, as float RGB."""
    scene = replace(NIGHT, daylight=daylight)
    renderer.compositor.reset()
    plain = renderer.render(scene).astype(np.float32)
    renderer.compositor.reset()
    drawn = renderer.render(replace(scene, intensities={**scene.intensities, "harbour": 0.9}))
    return plain, drawn.astype(np.float32)


def _rows(image: np.ndarray, y0: float, y1: float, x0: float = 0.0, x1: float = 1.0) -> np.ndarray:
    """The pixels between heights y0 and y1 (fractions from the bottom) and widths x0..x1."""
    height, width, _ = image.shape
    rows = slice(int(height * (1.0 - y1)), int(height * (1.0 - y0)))
    return image[rows, int(width * x0) : int(width * x1)].reshape(-1, 3)


def _luminance(pixels: np.ndarray) -> np.ndarray:
    return pixels @ np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)


def test_a_town_of_lit_windows_stands_on_the_far_quay(renderer) -> None:
    plain, night = _render(renderer, 0.0)
    change = np.abs(night - plain).mean(axis=2)
    height = change.shape[0]
    assert change[: int(height * 0.3)].mean() < 1.0  # the sky above is left alone
    town = (0.43, 0.52, 0.02, 0.5)
    assert np.abs(_rows(night, *town) - _rows(plain, *town)).mean() > 10.0  # the houses
    # by night its windows are points of light in the dark walls (far more of them than the
    # stars that the open sky shows there)

    def points(image: np.ndarray) -> int:
        light = _luminance(_rows(image, *town))
        return int(np.count_nonzero(light > np.median(light) + 60.0))

    assert points(night) >= 40 and points(night) > 5 * points(plain)


def test_the_harbour_light_shines_red_on_the_breakwaters_tip_by_night(renderer) -> None:
    _, night = _render(renderer, 0.0)
    _, day = _render(renderer, 1.0)

    def red(image: np.ndarray) -> int:
        tip = _rows(image, 0.45, 0.52, 0.72, 0.78)
        return int(np.count_nonzero((tip[:, 0] > 120.0) & (tip[:, 0] > tip[:, 1] + 50.0)))

    assert red(night) >= 2 and red(night) > red(day)
