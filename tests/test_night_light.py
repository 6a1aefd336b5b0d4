"""Night light (lib/atmosphere.glsl, the backdrop, the sky and the moon; real shaders, EGL): by
night the sky is near black at the top while the moon stays near white and a lamp stays warm
and bright; the same scene by day is brighter overhead."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import numpy as np
import pytest
from gfx_support import NIGHT, Offscreen, offscreen_renderer

SIZE = (320, 180)
LUMA = np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)
# a bright, airy palette: by night it must not turn the sky into dusk or day
SCENE = replace(
    NIGHT,
    intensities={"moon": 0.9, "twilight": 0.8, "forest": 0.9},
    palette=((0.05, 0.09, 0.13), (0.3, 0.5, 0.7), (0.91, 0.73, 0.14), (0.94, 0.89, 0.81)),
)


@pytest.fixture(scope="module")
def renderer() -> Iterator[Offscreen]:
    yield from offscreen_renderer(SIZE)


def _luma(renderer: Offscreen, daylight: float, **intensities: float) -> np.ndarray:
    """The scene (with `intensities` added) at `daylight`, as luma 0..255 per pixel."""
    renderer.compositor.reset()
    scene = replace(SCENE, daylight=daylight, intensities={**SCENE.intensities, **intensities})
    return np.asarray(renderer.render(scene).astype(np.float32) @ LUMA)


def _top(luma: np.ndarray) -> float:
    """The median luma of the frame's top tenth."""
    return float(np.median(luma[: luma.shape[0] // 10]))


def test_the_night_sky_is_dark_overhead_and_the_moon_near_white(renderer: Offscreen) -> None:
    night = _luma(renderer, 0.0)
    without_moon = _luma(renderer, 0.0, moon=0.0)
    assert _top(night) < 30.0
    # the moon's disc: the pixels it changes most are near white, far over the dark sky
    moon = night - without_moon
    disc = night[moon >= np.percentile(moon, 99.8)]
    assert disc.size > 0
    assert np.median(disc) > 220.0
    assert np.median(disc) > 8.0 * _top(night)


def test_the_same_scene_by_day_is_brighter_overhead(renderer: Offscreen) -> None:
    night = _luma(renderer, 0.0)
    day = _luma(renderer, 1.0)
    assert _top(day) > 80.0
    assert _top(day) > 3.0 * _top(night)
    assert float(np.median(day)) > float(np.median(night))


def test_lanterns_stay_bright_and_warm_against_the_cool_night(renderer: Offscreen) -> None:
    def frame(intensities: dict[str, float]) -> np.ndarray:
        renderer.compositor.reset()
        scene = replace(SCENE, daylight=0.0, intensities=intensities)
        return np.asarray(renderer.render(scene), dtype=np.float32)

    dark = frame({"forest": 0.9})
    lit = frame({"forest": 0.9, "lanterns": 0.9})
    # the lanterns' lit paper: the pixels they change most
    change = (lit - dark) @ LUMA
    paper = lit[change >= np.percentile(change, 99.5)]
    assert float(np.median(paper @ LUMA)) > 200.0
    assert float(np.mean(paper[:, 0] - paper[:, 2])) > 30.0  # warm lamplight
    # the night around them: dark overhead, its glow cool (more blue than red)
    assert _top(lit @ LUMA) < 30.0
    height = dark.shape[0]
    glow = np.median(dark[int(height * 0.4) : int(height * 0.5)].reshape(-1, 3), axis=0)
    assert glow[2] > glow[0] + 20.0  # the moonlit air just over the trees is cool
