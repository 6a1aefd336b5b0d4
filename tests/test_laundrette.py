"""The laundrette: its words read as the laundrette (the clothes called laundry do not), a
passage in one has it as its setting, and the room program draws it as ROOM_KIND 4: a wall of
washers and stacked dryers whose round doors glow, tubes in the ceiling, a window onto the street
(real shaders, EGL)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from gfx_support import NIGHT, Offscreen, offscreen_renderer, room_pixel
from reading_support import settings_of
from test_gfx_places import _box, _rgb, _warm_and_cool

from renderer import pipeline
from renderer.bench.look import measure
from renderer.director import direct
from renderer.dream import parse_dream
from renderer.mapping import analyze


def _read(text: str) -> dict[str, str]:
    """Surface text -> motif, for the keywords the mapper finds."""
    plan = analyze(parse_dream(text, source="test"))
    return {k.text: k.motif for s in plan.sentences for k in s.keywords if not k.idiom}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("I was alone in the laundromat at midnight.", "laundromat"),
        ("We sat in the launderette watching the clothes go round.", "launderette"),
        ("The laundrette hummed.", "laundrette"),
        ("I went down to the laundry room in the basement.", "laundry room"),
        ("The utility room smelled of soap.", "utility room"),
        ("I opened the door to the laundry and instead of the machines was a sea.", "laundry"),
        ("I was standing in the laundry under the fluorescent light.", "laundry"),
    ],
)
def test_laundrette_words_read_as_the_laundrette(text: str, surface: str) -> None:
    assert _read(text).get(surface) == "laundrette"


@pytest.mark.parametrize(
    "text",
    [
        "There was a pile of laundry on the bed.",
        "I did the laundry.",
        "My mother was doing the laundry in the kitchen.",
        "She hung the laundry on the line.",
        "I put the laundry in the basket.",
        "I carried the laundry upstairs.",
        "He had a laundry list of complaints.",
        "They were arrested for money laundering.",
        "The laundry was still damp.",
    ],
)
def test_laundry_as_clothes_lists_and_laundering_draws_no_laundrette(text: str) -> None:
    assert "laundrette" not in _read(text).values()


def test_the_laundrette_is_no_longer_the_shop() -> None:
    assert _read("The laundromat hummed.") == {"laundromat": "laundrette"}


def test_a_passage_in_a_laundrette_is_set_there_until_the_dream_moves() -> None:
    text = (
        "I was alone in the laundromat at midnight. The machines turned slowly. "
        "A cat watched me from the bench. Then I walked out onto a beach."
    )
    assert settings_of(text) == ["laundrette", "laundrette", "laundrette", "beach"]


def test_the_door_to_the_laundry_leads_into_it_and_the_rain_outside_is_no_setting() -> None:
    text = "I opened the door to the laundry. The dryers were all running. It was raining outside."
    assert settings_of(text) == ["laundrette"] * 3
    script = direct(pipeline.plan(parse_dream(text, "t")))
    assert script.sentences[2].setting == ("laundrette",)  # an interior: no rain in it


SIZE = (320, 180)


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _on_screen(x: float, y: float, z: float) -> tuple[int, int]:
    return room_pixel(SIZE, x, y, z)


def _spot(image: np.ndarray, x: float, y: float, z: float) -> np.ndarray:
    """The mean colour of the 3x3 pixels around where the point (x, y, z) is drawn."""
    row, col = _on_screen(x, y, z)
    return image[row - 1 : row + 2, col - 1 : col + 2].reshape(-1, 3).mean(axis=0)


@pytest.mark.gl
def test_the_washers_doors_are_a_row_of_glowing_discs(renderer: Offscreen) -> None:
    image = renderer.alone("laundrette")
    machines = [1.15 + (k + 0.5) * 0.25 for k in range(5)]  # along the left wall, near to far
    doors = [_spot(image, -0.62, -0.34, z) for z in machines]
    enamel = [_spot(image, -0.62, -0.52, z) for z in machines]  # under each door
    lit = [d.mean() > 2.0 * e.mean() for d, e in zip(doors, enamel, strict=True)]
    assert sum(lit) >= 3, (doors, enamel)
    # the washers' drums are lit cool, the dryers' stacked over them warm
    assert sum(d[2] > d[0] + 30.0 for d in doors) >= 3, doors
    dryers = [_spot(image, -0.62, y, z) for z in machines for y in (0.14, 0.44)]
    warmth = np.mean([d[0] - d[2] for d in dryers]) - np.mean([d[0] - d[2] for d in doors])
    assert warmth > 60.0, (dryers, doors)


@pytest.mark.gl
def test_the_laundrette_has_tubes_a_clock_and_a_window_onto_the_street(renderer) -> None:
    night = renderer.alone("laundrette")
    grey = night.mean(axis=2)
    # two rows of tubes in the ceiling: bright lines, dark ceiling between them
    tubes = [_spot(night, x, 0.78, 1.75).mean() for x in (-0.3, 0.3)]
    assert min(tubes) > 180.0 and min(tubes) > 1.5 * _spot(night, 0.0, 0.78, 1.75).mean()

    # the clock over the window: a pale face, a dark rim and hands, where the wall is plain
    def square(x: float) -> np.ndarray:
        row0, col0 = _on_screen(x - 0.09, 0.73, 2.4)
        row1, col1 = _on_screen(x + 0.09, 0.55, 2.4)
        return grey[row0:row1, col0:col1]

    assert square(0.08).std() > 2.0 * square(0.4).std()
    # across the street the house fronts are dark, a few of their windows lit
    row0, col0 = _on_screen(-0.42, 0.1, 2.4)  # the left pane, clear of the folding table
    row1, col1 = _on_screen(0.04, -0.2, 2.4)
    street = grey[row0:row1, col0:col1]
    assert np.median(street) < 60.0 and np.percentile(street, 97) > 2.0 * np.median(street)
    # it fills the frame (the sky shows only through the window), lit warm against cool
    sky = renderer.alone(None)
    assert np.abs(night - sky).mean(axis=2)[:, : SIZE[0] // 10].mean() > 8.0
    warm, cool = _warm_and_cool(night.astype(np.uint8))
    assert warm > 0.03 and cool > 0.03, (warm, cool)
    look = measure(night.astype(np.uint8))
    assert look.hue_spread > 0.12 and look.dark < 20.0 and look.bright > 120.0, look


@pytest.mark.gl
def test_by_day_the_laundrette_is_light_and_the_street_pale(renderer: Offscreen) -> None:
    night = renderer.alone("laundrette")
    renderer.compositor.reset()
    day = renderer.render(replace(NIGHT, intensities={"laundrette": 0.9}, daylight=1.0))
    day = day.astype(np.float32)
    assert day.mean() > 1.4 * night.mean()
    # the house fronts across the street, dark at night, are lit by the sun
    houses = (0.42, 0.5, 0.45, 0.55)
    assert _rgb(day, *houses).mean() > 2.0 * _rgb(night, *houses).mean()
    # the floor toward the window takes the daylight
    floor = (0.4, 0.6, 0.15, 0.3)
    assert _box(day.mean(axis=2), *floor) > _box(night.mean(axis=2), *floor)
