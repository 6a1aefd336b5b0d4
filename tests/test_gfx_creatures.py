"""The creatures drawn as themselves (real shaders, EGL): each paints where it stands, on legs
with the sky between them, leaves the sky around it to the scene, and lives (it moves)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from gfx_support import NIGHT, Offscreen, gl_context

from renderer.frame import FrameState
from renderer.gfx.compositor import Compositor
from renderer.gfx.shaders import ShaderLibrary
from renderer.gfx.visuals import load_visuals

pytestmark = pytest.mark.gl

SIZE = (640, 360)

# Where each creature stands, in fractions of the frame (x0, x1, y0, y1; y up from the bottom).
WHERE = {
    # the four-legged ones stand on the ridge's flat top, each at its own place
    "deer": (0.58, 0.7, 0.26, 0.46),
    "wolf": (0.6, 0.72, 0.25, 0.4),
    "horse": (0.56, 0.68, 0.26, 0.46),
    "dog": (0.55, 0.65, 0.24, 0.38),
    "cat": (0.52, 0.6, 0.24, 0.34),
    "elephant": (0.57, 0.71, 0.26, 0.5),
    "camel": (0.57, 0.69, 0.38, 0.5),
    "cow": (0.54, 0.68, 0.26, 0.42),
    "sheep": (0.53, 0.64, 0.26, 0.38),
    "pig": (0.52, 0.64, 0.24, 0.36),
    "goat": (0.55, 0.66, 0.26, 0.42),
    "rabbit": (0.52, 0.6, 0.24, 0.36),
    "bear": (0.54, 0.68, 0.25, 0.4),
    "frog": (0.52, 0.6, 0.23, 0.33),
    "giraffe": (0.56, 0.7, 0.3, 0.7),
    "mouse": (0.42, 0.52, 0.23, 0.31),
    "monkey": (0.54, 0.64, 0.24, 0.4),
    "octopus": (0.28, 0.4, 0.56, 0.72),
    "crab": (0.18, 0.42, 0.07, 0.2),
    "hummingbird": (0.16, 0.28, 0.48, 0.7),
    "whale": (0.4, 0.62, 0.5, 0.6),
    "owl": (0.64, 0.8, 0.42, 0.66),
}
SKY = (0.0, 0.12, 0.85, 1.0)  # the upper left: no creature reaches it


@pytest.fixture(scope="module")
def renderer():
    ctx = gl_context()
    compositor = Compositor(ctx, ShaderLibrary(ctx), load_visuals(), SIZE)
    yield Offscreen(compositor)
    ctx.release()


def _brightness(renderer: Offscreen, state: FrameState) -> np.ndarray:
    renderer.compositor.reset()
    return renderer.render(state).astype(np.float32).mean(axis=2)


def _change(renderer: Offscreen, motif: str, time: float = 20.0) -> np.ndarray:
    """Per pixel, how much drawing `motif` over the night scene changes it (0..255)."""
    night = replace(NIGHT, time=time)
    plain = _brightness(renderer, night)
    drawn = _brightness(renderer, replace(night, intensities={**NIGHT.intensities, motif: 1.0}))
    return np.abs(drawn - plain)


def _box(image: np.ndarray, box: tuple[float, float, float, float]) -> float:
    """The mean of `image` inside a box of the frame (x0, x1, y0, y1 in fractions, y up)."""
    x0, x1, y0, y1 = box
    height, width = image.shape
    rows = slice(int(height * (1.0 - y1)), int(height * (1.0 - y0)))
    return float(image[rows, int(width * x0) : int(width * x1)].mean())


@pytest.mark.parametrize("motif", list(WHERE))
def test_each_creature_paints_where_it_stands_and_nowhere_in_the_open_sky(renderer, motif) -> None:
    change = _change(renderer, motif)
    where = WHERE[motif]
    assert _box(change, where) > 6.0, f"{motif} left its place empty"
    assert _box(change, SKY) < 0.5, f"{motif} painted the open sky"


@pytest.mark.parametrize(
    ("motif", "fore", "gap", "hind"),
    [
        # strips just above the ground: under the forelegs, between the legs, under the hind legs
        ("horse", (0.574, 0.585), (0.6, 0.64), (0.659, 0.671)),
        ("deer", (0.6, 0.613), (0.625, 0.66), (0.675, 0.688)),
        ("wolf", (0.617, 0.633), (0.645, 0.68), (0.693, 0.704)),
        ("cow", (0.548, 0.56), (0.585, 0.62), (0.64, 0.652)),
        ("sheep", (0.546, 0.556), (0.572, 0.596), (0.607, 0.617)),
        ("goat", (0.566, 0.578), (0.588, 0.612), (0.622, 0.634)),
        ("bear", (0.58, 0.598), (0.609, 0.633), (0.645, 0.668)),
        ("giraffe", (0.616, 0.625), (0.632, 0.654), (0.66, 0.67)),
    ],
)
def test_four_legged_creatures_stand_on_legs_with_the_sky_between_them(
    renderer, motif, fore, gap, hind
) -> None:
    change = _change(renderer, motif)
    band = (0.25, 0.28)  # above the ridge, below the belly (and the fleece)
    legs = min(_box(change, (*fore, *band)), _box(change, (*hind, *band)))
    assert legs > 3.0 * _box(change, (*gap, *band)), f"{motif}: no legs, or none apart"


@pytest.mark.parametrize(
    "motif",
    [
        "horse",
        "dog",
        "elephant",
        "octopus",
        "crab",
        "hummingbird",
        "cow",
        "sheep",
        "pig",
        "goat",
        "rabbit",
        "bear",
        "frog",
        "giraffe",
        "mouse",
        "monkey",
    ],
)
def test_each_creature_lives_between_two_moments(renderer, motif) -> None:
    where = WHERE[motif]
    wide = (where[0] - 0.05, where[1] + 0.05, max(where[2] - 0.05, 0.0), where[3] + 0.1)
    first = _change(renderer, motif, 20.0)
    later = _change(renderer, motif, 21.5)
    assert _box(np.abs(later - first), wide) > 0.3, f"{motif} is a still sticker"


def _bat_columns(renderer: Offscreen, time: float) -> np.ndarray:
    """Per column of the sky, whether drawing the bats darkens it (a silhouette there)."""
    night = replace(NIGHT, time=time)
    plain = _brightness(renderer, night)
    drawn = _brightness(renderer, replace(night, intensities={**NIGHT.intensities, "bats": 1.0}))
    height = plain.shape[0]
    sky = slice(0, int(height * 0.5))
    return ((plain - drawn)[sky] > 8.0).any(axis=0)


def test_bats_are_a_flock_of_dark_silhouettes_that_flit_across_the_sky(renderer) -> None:
    first = _bat_columns(renderer, 20.0)
    # separate silhouettes: runs of darkened columns with sky between them
    runs = np.count_nonzero(np.diff(first.astype(np.int8)) == 1)
    assert runs >= 3, f"only {runs} bats seen"
    later = _bat_columns(renderer, 21.0)
    assert np.count_nonzero(first != later) > 10, "the bats hang still"
