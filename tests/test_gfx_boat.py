"""The boat drawn as itself (real shaders, EGL): a dark hull on the water left of the middle,
leaving the sky to the scene, a warm lantern at its bow by night only, and it rocks; the
sailing boat is the same hull under a pale sail (shaders/layers/boat.glsl)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import numpy as np
import pytest
from gfx_support import NIGHT, Offscreen, offscreen_renderer

from renderer.frame import FrameState

pytestmark = pytest.mark.gl

SIZE = (640, 360)
BOAT = (0.27, 0.55, 0.1, 0.26)  # where the boat lies (x0, x1, y0, y1; fractions, y up)
HULL = (0.4, 0.51, 0.16, 0.18)  # a band across its hull's side, clear of the oar
LAMP = (0.515, 0.56, 0.26, 0.32)  # the lantern at its bow
BOW = (0.5, 0.58, 0.235, 0.32)  # its bow's top and the stem (above the water)
SAIL = (0.33, 0.43, 0.33, 0.45)  # where the sailing boat's sail stands over its hull
SKY = (0.7, 1.0, 0.7, 1.0)


@pytest.fixture(scope="module")
def renderer() -> Iterator[Offscreen]:
    yield from offscreen_renderer(SIZE)


def _render(renderer: Offscreen, state: FrameState) -> np.ndarray:
    renderer.compositor.reset()
    return renderer.render(state).astype(np.float32)


def _box(image: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    h, w = image.shape[:2]
    x0, x1, y0, y1 = box
    return image[int(h * (1 - y1)) : int(h * (1 - y0)), int(w * x0) : int(w * x1)]


def _scene(
    water: str, daylight: float, boat: bool, time: float = 20.0, kind: str = "boat"
) -> FrameState:
    intensities = {water: 0.9, **({kind: 0.9} if boat else {})}
    return replace(NIGHT, intensities=intensities, daylight=daylight, time=time)


@pytest.mark.parametrize("water", ["lake", "ocean"])
def test_a_dark_hull_sits_on_the_water_off_centre(renderer: Offscreen, water: str) -> None:
    for daylight in (0.0, 1.0):
        plain = _render(renderer, _scene(water, daylight, False))
        drawn = _render(renderer, _scene(water, daylight, True))
        change = np.abs(drawn - plain).mean(axis=2)
        assert _box(change, BOAT).mean() > 20.0, daylight  # the boat is there
        assert _box(change, SKY).mean() < 0.5, daylight  # the sky is left to the scene
        band = _box(change, (0.0, 1.0, BOAT[2], BOAT[3])).sum(axis=0)
        middle = (band * np.arange(band.size)).sum() / band.sum() / band.size
        assert 0.3 < middle < 0.45, daylight  # off centre, towards the left third
        hull = _box(drawn.mean(axis=2), HULL).mean()
        water_there = _box(plain.mean(axis=2), HULL).mean()
        assert hull < water_there, daylight  # dark wood against the water


def test_its_lantern_burns_warm_by_night_not_by_day(renderer: Offscreen) -> None:
    def warmth(daylight: float) -> float:
        lamp = _box(_render(renderer, _scene("lake", daylight, True)), LAMP)
        return float((lamp[..., 0] - lamp[..., 2]).mean())

    assert warmth(0.0) > warmth(1.0) + 30.0


def test_it_rocks_on_the_water(renderer: Offscreen) -> None:
    alone = replace(NIGHT, intensities={"boat": 0.9}, daylight=1.0)  # nothing else moves
    now = _render(renderer, replace(alone, time=20.0))
    later = _render(renderer, replace(alone, time=23.75))  # half a roll later
    assert _box(np.abs(later - now).mean(axis=2), BOW).mean() > 5.0  # the bow rises and falls


def test_the_sailing_boat_raises_a_pale_sail_over_the_same_hull(renderer: Offscreen) -> None:
    for daylight in (0.0, 1.0):
        rowing = _render(renderer, _scene("ocean", daylight, True))
        sailing = _render(renderer, _scene("ocean", daylight, True, kind="sailboat"))
        sail = _box(np.abs(sailing - rowing).mean(axis=2), SAIL).mean()
        assert sail > 10.0, daylight  # the cloth stands there
        cloth = _box(sailing, SAIL).reshape(-1, 3)
        assert np.ptp(cloth.mean(axis=0)) < 60.0, daylight  # pale: little colour of its own
        hull = np.median(np.abs(_box(sailing, HULL) - _box(rowing, HULL)))
        assert hull < 8.0, daylight  # the same hull (the sail's glow and the oar aside)
