"""A cable car or a chairlift: read as itself (not a lift's cabin inside a building), the
mountains below are where one rides it; its ropes cross the whole sky, a cabin hangs from them
with windows lit by night, and a chairlift's open chairs ride up its rope (real shaders,
EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer
from reading_support import motifs_of, script_of, settings_of

SIZE = (320, 180)


@pytest.mark.parametrize(
    ("text", "term", "motif"),
    [
        ("We rode a cable car up the mountain.", "cable car", "cable_car"),
        ("I sat on the chairlift above the piste.", "chairlift", "chairlift"),
        ("The ski lift stopped halfway.", "ski lift", "chairlift"),
        ("The lift stopped between floors.", "lift", "lift"),
    ],
)
def test_a_cable_car_or_a_chairlift_is_no_lift_in_a_building(
    text: str, term: str, motif: str
) -> None:
    assert motifs_of(text)[term] == motif


def test_riding_a_cable_car_is_over_the_mountains_with_the_cabin_in_focus() -> None:
    text = "We rode a cable car up the mountain. The little cabin swayed in the wind."
    assert settings_of(text) == ["mountains", "mountains"]
    script = script_of(text)
    assert "cable_car" in script.sentences[0].focus
    assert "cable_car" in script.sentences[1].focus  # its cabin, named after it
    assert settings_of("I watched a cable car from the hotel.") != ["mountains"]  # only seen
    # climbing into one just named is riding it
    text = "At the end of the meadow a cable car hung from its rope. We climbed in."
    assert settings_of(text) == ["meadow", "mountains"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We took the cable car over the city at night.", "city"),
        ("I sat in the chairlift above the forest.", "forest"),
        ("We rode the chairlift up the mountain over the fields.", "meadow"),
    ],
)
def test_a_ride_over_a_place_named_is_over_that_place(text: str, place: str) -> None:
    assert settings_of(text) == [place]
    assert settings_of("We rode the chairlift up the mountain.") == ["mountains"]


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _changed(image: np.ndarray, plain: np.ndarray, x0: float, x1: float) -> np.ndarray:
    """Per column of the box over the land (x0..x1), the rows the layer changed."""
    box = np.abs(frame_box(image, x0, x1, 0.45, 0.95) - frame_box(plain, x0, x1, 0.45, 0.95))
    return box.mean(axis=2) > 12.0


@pytest.mark.gl
def test_the_ropes_cross_the_sky_and_the_cabins_windows_glow_by_night(renderer) -> None:
    plain = renderer.fresh(intensities={"mountains": 0.6}, daylight=1.0)
    car = renderer.fresh(intensities={"mountains": 0.6, "cable_car": 1.0}, daylight=1.0)
    for x0 in (0.05, 0.45, 0.85):  # the ropes from edge to edge
        assert _changed(car, plain, x0, x0 + 0.05).any(axis=0).mean() > 0.9
    cabin = _changed(car, plain, 0.0, 1.0).sum(axis=0)
    assert cabin.max() > 15  # a cabin hangs somewhere: many rows changed in its columns
    night_plain = renderer.fresh(intensities={"mountains": 0.6}, daylight=0.0)
    night = renderer.fresh(intensities={"mountains": 0.6, "cable_car": 1.0}, daylight=0.0)
    lit = frame_box(night, 0.0, 1.0, 0.45, 0.95).max(axis=2)
    dark = frame_box(night_plain, 0.0, 1.0, 0.45, 0.95).max(axis=2)
    assert (lit > dark + 60).sum() > 20  # its windows shine in the dark


@pytest.mark.gl
def test_a_chairlifts_chairs_hang_along_the_rope_and_ride_up_it(renderer) -> None:
    plain = renderer.fresh(intensities={"mountains": 0.6}, daylight=1.0)
    chairs = [
        renderer.fresh(intensities={"mountains": 0.6, "chairlift": 1.0}, daylight=1.0, time=t)
        for t in (10.0, 14.0)
    ]
    hanging = [_hanging(_changed(frame, plain, 0.0, 1.0).sum(axis=0)) for frame in chairs]
    assert 3 <= (np.diff(hanging[0].astype(int)) == 1).sum() <= 6  # several chairs, apart
    assert not np.array_equal(hanging[0], hanging[1])  # they move along the rope


def _hanging(rows: np.ndarray) -> np.ndarray:
    """Per column, whether a chair hangs there or a few columns either side (more rows
    changed than the rope alone changes): one run of columns per chair."""
    deep = rows > 6
    return np.convolve(deep, np.ones(9), mode="same") > 0
