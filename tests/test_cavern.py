"""Inside a cave: one in a cave, a tunnel dug through the rock or a mine is in the cavern (a
cave seen from its mouth stays the cave), and its layer draws the rock receding in arches
towards a far light, dark near at hand, with a still pool that holds the light (real shaders,
EGL)."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import frame_box, offscreen_renderer
from reading_support import script_of, settings_of

SIZE = (320, 180)


@pytest.mark.parametrize(
    "text",
    [
        "I was deep in a cave, far underground.",
        "We crawled into the cave behind the waterfall.",
        "We crawled along a tunnel dug through the clay.",
        "I was working at the coalface of a coal mine.",
        "We went down the hole and it was a cave under the ground.",
        "I slid down through the soil. Underneath was a huge cave made of roots.",
        "My dad worked down the pit for thirty years.",
        "The screen gave way like a curtain, and then I was in the mine.",
    ],
)
def test_inside_the_rock_is_the_cavern(text: str) -> None:
    assert settings_of(text)[-1] == "cavern"


def test_a_cave_seen_from_outside_is_its_mouth_until_one_goes_in() -> None:
    text = "There was a cave in the cliff above the beach. Inside it was cold."
    assert settings_of(text) == ["cave", "cavern"]
    assert settings_of("There was a cave under the hill.") == ["cave"]
    assert settings_of("I stood on the cliff. Below me was a cave.")[-1] == "cave"
    assert settings_of("There was a pit in the garden full of leaves.") != ["cavern"]
    assert settings_of("I was on the beach. The red towel was mine.")[-1] == "beach"


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


@pytest.mark.gl
def test_the_rock_replaces_the_sky_dark_near_and_light_far_inside(renderer) -> None:
    sky = renderer.fresh(intensities={"stars": 0.7}, daylight=0.0)
    cave = renderer.fresh(intensities={"stars": 0.7, "cavern": 0.9}, daylight=0.0)
    assert np.abs(cave - sky).mean() > 10.0  # the sky is gone, stars and all
    near = np.concatenate(
        [frame_box(cave, 0.0, 0.1, 0.0, 0.1), frame_box(cave, 0.9, 1.0, 0.0, 0.1)]
    )
    assert near.mean() < 20.0  # the rock near at hand is dark
    far = frame_box(cave, 0.35, 0.65, 0.3, 0.5).mean(axis=2)
    assert far.max() > 150.0  # the light far inside reads as light


def _light(image: np.ndarray) -> np.ndarray:
    """The mean colour round the far light (the arches it lights, not its white core)."""
    return frame_box(image, 0.3, 0.7, 0.5, 0.65).reshape(-1, 3).mean(axis=0)


@pytest.mark.gl
def test_the_far_light_is_warmer_by_day_and_cool_by_night(renderer) -> None:
    day = _light(renderer.fresh(intensities={"cavern": 0.9}, daylight=1.0))
    night = _light(renderer.fresh(intensities={"cavern": 0.9}, daylight=0.0))
    assert day[0] / day[2] > 1.3 * night[0] / night[2]
    assert night[2] > night[0]
    assert day.mean() > night.mean()


@pytest.mark.gl
def test_the_pool_holds_the_light_and_a_drip_rings_across_it(renderer) -> None:
    cave = renderer.fresh(intensities={"cavern": 0.9}, daylight=1.0)
    pool = frame_box(cave, 0.42, 0.58, 0.1, 0.2).mean()
    rock = frame_box(cave, 0.0, 0.12, 0.1, 0.2).mean()
    assert pool > 2.0 * rock + 5.0
    later = renderer.fresh(intensities={"cavern": 0.9}, daylight=1.0, time=13.0)
    assert np.abs(frame_box(later - cave, 0.2, 0.8, 0.0, 0.22)).mean() > 0.5


def test_the_rock_named_in_a_cavern_is_its_own() -> None:
    script = script_of(
        "I climbed down into a cave under the cliffs. Far inside, daylight came in through a "
        "crack in the rock."
    )
    assert [s.setting[:1] for s in script.sentences] == [("cavern",), ("cavern",)]
    assert not any("mountains" in s.focus for s in script.sentences)


def test_roots_in_a_cavern_are_its_own_not_a_wood() -> None:
    script = script_of("I was underground, among the roots.")
    assert script.sentences[0].setting[:1] == ("cavern",)
    assert "trees" not in script.sentences[0].focus
