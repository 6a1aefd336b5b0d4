"""The road: its words read as the road where they name one (not a car park, a train's car or
a pool's lane), it is the setting where the dreamer is on it or rides one of its vehicles and
a thing where it is only passed, and its layer draws a road to the horizon (real shaders,
EGL) under the sky it leaves alone."""

from __future__ import annotations

import numpy as np
import pytest
from gfx_support import NIGHT, Offscreen, frame_box, offscreen_renderer
from reading_support import settings_of

from renderer import pipeline
from renderer.director import direct
from renderer.dream import parse_dream

SIZE = (320, 180)


def _read(text: str) -> dict[str, str]:
    """Each keyword of the text -> its motif."""
    plan = pipeline.plan(parse_dream(text, "test"))
    return {k.text.lower(): k.motif for s in plan.sentences for k in s.keywords}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We drove along the motorway for hours.", "motorway"),
        ("The interstate ran straight through the desert.", "interstate"),
        ("We turned down a country road.", "country road"),
        ("I stopped on the hard shoulder.", "hard shoulder"),
        ("There was a roundabout with no exits.", "roundabout"),
        ("I was driving a truck.", "truck"),
        ("We were in a taxi.", "taxi"),
    ],
)
def test_road_words_read_as_the_road(text: str, word: str) -> None:
    assert _read(text)[word] == "road"


@pytest.mark.parametrize(
    ("text", "word", "motif"),
    [
        ("I lost my car in the car park.", "car park", "carpark"),
        ("We sat in the car of the ferris wheel.", "car", "carnival"),
        ("I walked through the last train car.", "car", "train"),
        ("I swam in the fast lane of the pool.", "lane", "pool"),
        ("I walked down a street in the town.", "street", "city"),
    ],
)
def test_the_same_words_in_other_senses_are_not_the_road(text: str, word: str, motif: str) -> None:
    assert _read(text)[word] == motif


def test_words_of_no_road_read_as_nothing() -> None:
    assert "lane" not in _read("It was a trip down memory lane.")
    assert "coach" not in _read("The coach blew his whistle at the players.")
    assert "roundabout" not in _read("The children pushed the roundabout in the playground.")


@pytest.mark.parametrize(
    "text",
    [
        "I was driving down a desert road at night.",
        "We were on the motorway in fog.",
        "I pulled onto the hard shoulder.",
        "I was in the back of a taxi.",
        "I was driving a truck.",
        "The highway was frozen.",
    ],
)
def test_the_dreamer_on_the_road_or_riding_is_on_the_road(text: str) -> None:
    assert settings_of(text) == ["road"]


def test_a_road_only_passed_is_a_thing_in_the_place() -> None:
    assert settings_of("A road led to the old farmhouse. I went inside.") == ["village", "room"]
    assert settings_of("We crossed the road to the cafe.") == ["cafe"]
    assert settings_of("A path led to the house. I went inside.") == ["room", "room"]
    kitchen = "I was in the kitchen. A bus went past the window."
    assert settings_of(kitchen) == ["kitchen", "kitchen"]
    # a vehicle only got into, or what a vehicle is, does not move the dream
    assert settings_of(
        "I was walking through a dark forest. There was a truck in the trees. "
        "I climbed into the truck."
    ) == ["forest"] * 3
    assert settings_of("We went down to the car park. Every car was my car.") == ["carpark"] * 2


def test_the_drive_moves_on_to_where_the_road_goes() -> None:
    places = settings_of(
        "We were driving down the motorway at night. The lights went by. "
        "Then we came to a forest and walked among the trees."
    )
    assert places == ["road", "road", "forest"]


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _render(renderer: Offscreen, **changes: object) -> np.ndarray:
    return renderer.fresh(**changes)


def _with_road(renderer: Offscreen, **changes: object) -> np.ndarray:
    return renderer.fresh(intensities={**NIGHT.intensities, "road": 0.9}, **changes)


@pytest.mark.gl
def test_the_road_lies_on_its_land_and_leaves_the_sky_alone(renderer) -> None:
    change = np.abs(_with_road(renderer) - _render(renderer)).mean(axis=2)
    assert frame_box(change, 0.0, 1.0, 0.8, 1.0).mean() < 0.5  # the stars above are untouched
    assert frame_box(change, 0.0, 1.0, 0.0, 0.3).mean() > 20.0  # the land covers the stars below


@pytest.mark.gl
@pytest.mark.parametrize("daylight", [0.0, 1.0])
def test_the_road_has_white_edge_lines_either_side(renderer, daylight: float) -> None:
    row = frame_box(_with_road(renderer, daylight=daylight).mean(axis=2), 0.0, 1.0, 0.06, 0.1)
    across = row.mean(axis=0)
    x = np.linspace(0.0, 1.0, len(across), endpoint=False)
    asphalt = across[(x > 0.32) & (x < 0.45)].mean()
    for lo, hi in ((0.2, 0.3), (0.7, 0.8)):  # where the edge lines run near the bottom
        assert across[(x > lo) & (x < hi)].max() > asphalt + 40.0, (lo, daylight)


@pytest.mark.gl
def test_the_centre_line_is_dashed(renderer) -> None:
    image = _with_road(renderer, daylight=1.0).mean(axis=2)
    centre = frame_box(image, 0.49, 0.51, 0.0, 0.3).mean(axis=1)
    beside = frame_box(image, 0.40, 0.42, 0.0, 0.3).mean(axis=1)
    lighter = centre - beside
    assert np.mean(lighter > 40.0) > 0.2  # the dashes
    assert np.mean(lighter < 25.0) > 0.2  # the gaps between them


@pytest.mark.gl
def test_by_day_a_pale_road_at_night_a_dark_one_with_red_and_white_lights(renderer) -> None:
    day, night = _with_road(renderer, daylight=1.0), _with_road(renderer)
    surface = (0.35, 0.45, 0.05, 0.2)
    assert frame_box(day, *surface).mean() > 3.0 * frame_box(night, *surface).mean()
    for time in (20.0, 50.0, 80.0):  # over a minute of the drive
        image = _with_road(renderer, time=time)
        red, green, blue = image[..., 0], image[..., 1], image[..., 2]
        width = image.shape[1]
        tail = (red > 1.8 * green) & (red > 80.0)
        assert np.count_nonzero(tail[:, width // 2 :]) > 100, time  # going away on the right
        white = (red > 150.0) & (green > 150.0) & (blue > 120.0)
        assert np.count_nonzero(white) > 500, time  # headlights, lamps, lines


@pytest.mark.gl
def test_the_road_runs_over_the_land_the_dream_names(renderer) -> None:
    """A desert road: the dunes stand beside it as they do alone, over the road's own fields,
    and the road runs on over them."""
    dunes = _render(renderer, intensities={**NIGHT.intensities, "dunes": 0.9}, daylight=1.0)
    both = _render(
        renderer, intensities={**NIGHT.intensities, "dunes": 0.9, "road": 0.9}, daylight=1.0
    )
    fields = _with_road(renderer, daylight=1.0)
    beside = (0.0, 0.2, 0.25, 0.38)
    assert frame_box(np.abs(both - dunes).mean(axis=2), *beside).mean() < 4.0
    assert frame_box(np.abs(both - fields).mean(axis=2), *beside).mean() > 15.0
    assert frame_box(np.abs(both - dunes).mean(axis=2), 0.42, 0.58, 0.0, 0.2).mean() > 20.0


@pytest.mark.gl
def test_across_open_water_the_road_runs_on_the_far_shore(renderer) -> None:
    """A lake in front: the road and its fields stand on the far shore (ground layers), not
    over the water."""
    lake = _render(renderer, intensities={**NIGHT.intensities, "lake": 0.9}, daylight=1.0)
    both = _render(
        renderer, intensities={**NIGHT.intensities, "lake": 0.9, "road": 0.9}, daylight=1.0
    )
    change = np.abs(both - lake).mean(axis=2)
    assert frame_box(change, 0.0, 1.0, 0.0, 0.2).mean() < 4.0  # the near water is the lake's
    assert frame_box(change, 0.3, 0.7, 0.3, 0.5).max() > 30.0  # the road far off, over it


def test_a_note_that_opens_aboard_a_vehicle_puts_the_dreamer_on_it() -> None:
    plan = pipeline.plan(parse_dream("on the night bus home. it was going the wrong way.", "t"))
    assert [s.setting[:1] for s in direct(plan).sentences] == [("bus",), ("bus",)]
    plan = pipeline.plan(parse_dream("I was in the kitchen. On the table a toy bus.", "t"))
    assert [s.setting[:1] for s in direct(plan).sentences] == [("kitchen",), ("kitchen",)]
