"""The circus: its words read as the big top's inside, a passage in its ring draws the ring's
sawdust and spotlights as its own, and its layer draws striped canvas over rows of seats round
a ring of sawdust (real shaders, EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer
from reading_support import drawn_of, motifs_of, settings_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I was standing in the circus ring.", "circus ring"),
        ("We went inside the big top.", "big top"),
        ("The circus had come to town.", "circus"),
    ],
)
def test_circus_words_read_as_the_circus(text: str, surface: str) -> None:
    assert motifs_of(text).get(surface.lower()) == "circus"


def test_the_ring_draws_its_own_sawdust_and_spotlights() -> None:
    text = "Then I was in the circus ring, with sawdust on the floor and a spotlight on me."
    assert settings_of(text) == ["circus"]
    assert drawn_of(text)[0] == {"circus"}  # not a shed of sawdust, nor beams over it
    assert settings_of("We went to the fair.") == ["carnival"]  # a fair is still the fair


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def test_striped_canvas_over_seats_round_a_ring_of_sawdust(renderer) -> None:
    tent = renderer.fresh(intensities={"circus": 0.9})
    canvas = frame_box(tent, 0.0, 1.0, 0.7, 1.0).reshape(-1, 3)
    red = (canvas[:, 0] > 1.8 * canvas[:, 1]) & (canvas[:, 0] > 40.0)
    cream = (canvas[:, 1] > 0.6 * canvas[:, 0]) & (canvas[:, 0] > 60.0)
    assert np.mean(red) > 0.15 and np.mean(cream) > 0.15  # stripes of both
    ring = frame_box(tent, 0.3, 0.7, 0.12, 0.28).reshape(-1, 3)
    assert np.mean((ring[:, 0] > ring[:, 2] + 30.0) & (ring[:, 1] > ring[:, 2])) > 0.8  # sawdust
    corner = frame_box(tent, 0.0, 0.08, 0.0, 0.05)
    assert corner.mean() < 0.4 * ring.mean()  # dark earth outside the ring


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("My cousin's wedding was in a marquee.", "marquee"),
        ("We danced all night in the wedding tent.", "wedding tent"),
    ],
)
def test_marquee_words_read_as_the_marquee(text: str, surface: str) -> None:
    assert motifs_of(text).get(surface) == "marquee"


def test_a_passage_in_a_marquee_is_set_there_until_the_dream_moves() -> None:
    text = (
        "The reception was in a white marquee in the garden. Everyone was dancing. "
        "Then the wind took the roof and I was standing on a beach."
    )
    assert settings_of(text) == ["marquee", "marquee", "beach"]


def test_a_marquee_of_white_canvas_fairy_lights_and_windows_onto_the_night(renderer) -> None:
    tent = renderer.fresh(intensities={"marquee": 0.9})
    bare = renderer.fresh(intensities={})
    # white canvas: no red stripes, and the strings of fairy lights glow near white over it
    canvas = frame_box(tent, 0.0, 1.0, 0.7, 1.0).reshape(-1, 3)
    assert np.mean(canvas[:, 0] > 1.8 * canvas[:, 1]) < 0.02
    grey = canvas.mean(axis=1)
    assert np.percentile(grey, 99.5) > 200.0 and np.percentile(grey, 99.5) > 1.5 * np.median(grey)
    # its windows show the night outside: where they are, the frame is the sky's
    change = np.abs(tent - bare).mean(axis=2)
    height, width = change.shape
    row = int(height * (1.0 - 0.49))
    across = change[row - 2 : row + 3].mean(axis=0)
    assert across.min() < 0.3 * np.median(across)


def test_a_marquees_fairy_lights_are_its_own() -> None:
    text = "In the marquee the fairy lights were strung across the roof."
    assert drawn_of(text)[0] == {"marquee"}  # no lanterns floating in it
