"""The camera's drift and the composition (real shaders, EGL): near planes move with the
camera, the sky stays, nothing is revealed at the edges, figures stand on the thirds."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from gfx_support import NIGHT, Offscreen, gl_context

from renderer import paths
from renderer.frame import FrameState
from renderer.gfx.camera import PERIODS, camera_at
from renderer.gfx.compositor import Compositor
from renderer.gfx.shaders import ShaderLibrary
from renderer.gfx.visuals import load_visuals

pytestmark = pytest.mark.gl

SIZE = (640, 360)
# A still scene: a sky of diagonal stripes (depth 0) over ground of vertical stripes (depth 1)
# below 0.45 of the height; neither changes with u_time, so only the camera can move them.
STILL_SKY = """#version 330 core
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/sky_common.glsl"
out vec4 f_color;
void main() {
    vec2 p = aspect_coords(v_uv);
    f_color = vec4(vec3(0.25 * step(0.5, fract(p.x * 5.0 + p.y * 3.0)) + 0.05), 0.0);
}
#endif
"""
STILL_GROUND = """#version 330 core
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
void main() {
    vec2 p = aspect_coords(v_uv);
    float stripes = 0.1 + 0.8 * step(0.5, fract(p.x * 4.0 + 0.5 * step(0.5, fract(p.x * 1.3))));
    f_color = vec4(vec3(stripes), 1.0) * step(p.y, 0.45);
}
#endif
"""
STILL_VISUALS = """
[layers.still_sky]
stage = "background"
[layers.still_ground]
stage = "foreground"
depth = 1.0
[motifs.sky]
layer = "still_sky"
sound = {}
[motifs.ground]
layer = "still_ground"
sound = {}
"""


@pytest.fixture(scope="module")
def ctx():
    context = gl_context()
    yield context
    context.release()


@pytest.fixture(scope="module")
def renderer(ctx):
    return Offscreen(Compositor(ctx, ShaderLibrary(ctx), load_visuals(), SIZE))


@pytest.fixture(scope="module")
def still(ctx, tmp_path_factory):
    """A compositor over the still scene (the real lib/ and post/)."""
    tmp = tmp_path_factory.mktemp("camera")
    root = tmp / "shaders"
    shutil.copytree(paths.shaders_dir() / "lib", root / "lib")
    shutil.copytree(paths.shaders_dir() / "post", root / "post")
    (root / "layers").mkdir()
    (root / "layers" / "still_sky.glsl").write_text(STILL_SKY)
    (root / "layers" / "still_ground.glsl").write_text(STILL_GROUND)
    (tmp / "visuals").mkdir()
    (tmp / "visuals" / "still.toml").write_text(STILL_VISUALS)
    visuals = load_visuals(Path(tmp / "visuals"))
    return Offscreen(Compositor(ctx, ShaderLibrary(ctx, root), visuals, SIZE))


def _brightness(pixels: np.ndarray) -> np.ndarray:
    return pixels.astype(np.float32).mean(axis=2)


def _best_shift(a: np.ndarray, b: np.ndarray, reach: int) -> tuple[int, float, float]:
    """The whole-pixel horizontal shift s that best maps row profile `a` onto `b` (b[x + s] ~
    a[x], over the middle columns), with the mean difference there at s and at 0."""
    width = len(a)
    cols = slice(width // 4, 3 * width // 4)
    errors = {
        s: float(np.abs(np.roll(b, -s)[cols] - a[cols]).mean()) for s in range(-reach, reach + 1)
    }
    best = min(errors, key=lambda s: errors[s])
    return best, errors[best], errors[0]


def test_the_camera_drift_is_slow_smooth_and_never_shows_an_edge() -> None:
    step = 1.0 / 30.0
    times = np.arange(0.0, max(PERIODS) * 3.0, 0.5)
    for seed in (0, 1, 7):
        cams = [camera_at(float(t), seed) for t in times]
        for cam in cams:
            assert abs(cam.pan_x) <= cam.zoom / 2.0  # the dolly's margin covers the pan
            assert -cam.zoom <= cam.pan_y <= 0.0
        # from one frame to the next at 30 fps the near plane moves under 0.05 % of the width
        for t in times[::10]:
            a, b = camera_at(float(t), seed), camera_at(float(t) + step, seed)
            assert abs(b.pan_x - a.pan_x) < 5e-4 and abs(b.zoom - a.zoom) < 5e-4
        assert max(c.pan_x for c in cams) - min(c.pan_x for c in cams) > 0.015  # it does move


def test_two_frames_20_s_apart_differ_by_a_shift_of_the_near_plane_the_sky_stays(still) -> None:
    # the moment of the first minutes where the camera moves most in 20 s
    t = max(
        range(0, 180, 5), key=lambda t: abs(camera_at(t + 20.0, 5).pan_x - camera_at(t, 5).pan_x)
    )
    expected = (camera_at(t + 20.0, 5).pan_x - camera_at(t, 5).pan_x) * SIZE[0]
    assert abs(expected) > 3.0
    state = FrameState(time=float(t), intensities={"sky": 1.0, "ground": 1.0},
                       palette=NIGHT.palette, seed=5)  # fmt: skip
    still.compositor.reset()
    a = _brightness(still.render(state))
    still.compositor.reset()
    b = _brightness(still.render(replace(state, time=t + 20.0)))
    height = SIZE[1]
    ground_a, ground_b = (
        a[int(height * 0.7) : int(height * 0.95)],
        b[int(height * 0.7) : int(height * 0.95)],
    )
    sky_a, sky_b = (
        a[int(height * 0.1) : int(height * 0.4)],
        b[int(height * 0.1) : int(height * 0.4)],
    )
    shift, at_shift, unshifted = _best_shift(ground_a.mean(axis=0), ground_b.mean(axis=0), 16)
    assert abs(shift - expected) <= 1.5  # the near plane moved as far as the camera panned
    assert at_shift < 0.3 * unshifted  # moved, not redrawn: the shift explains the change
    ground_change = float(np.abs(ground_b - ground_a).mean())
    assert float(np.abs(sky_b - sky_a).mean()) < 0.2 * ground_change


def _coverage(renderer: Offscreen, motif: str, seed: int) -> np.ndarray:
    """Where drawing `motif` over the night scene changes the picture."""
    state = replace(NIGHT, seed=seed)
    renderer.compositor.reset()
    plain = _brightness(renderer.render(state))
    renderer.compositor.reset()
    drawn = _brightness(
        renderer.render(replace(state, intensities={**state.intensities, motif: 0.9}))
    )
    return np.abs(drawn - plain) > 12.0


def test_the_figure_stands_on_a_third_and_the_dreams_alternate_sides(renderer) -> None:
    sides = set()
    for seed in range(6):
        mask = _coverage(renderer, "figure", seed)
        assert mask.sum() > 300, f"seed {seed}: no figure drawn"
        centre = float(np.nonzero(mask)[1].mean()) / SIZE[0]
        assert abs(centre - 0.5) > 0.1, (
            f"seed {seed}: the figure stands in the middle ({centre:.2f})"
        )
        sides.add(centre > 0.5)
    assert sides == {False, True}


def test_the_child_stands_beside_the_adult_not_inside(renderer) -> None:
    for seed in (2, 3):
        adult = _coverage(renderer, "figure", seed)
        child = _coverage(renderer, "child", seed)
        assert child.sum() > 100
        assert child.sum() < 0.6 * adult.sum()  # smaller
        assert (adult & child).sum() < 0.05 * child.sum()  # beside, not inside
