"""Shared helpers for the gfx tests: a real EGL context, and small shader libraries in tmp."""

from __future__ import annotations

import math
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

from renderer import paths
from renderer.errors import ReverieError
from renderer.frame import FrameState
from renderer.gfx.compositor import PostSettings

if TYPE_CHECKING:
    import moderngl

    from renderer.gfx.compositor import Compositor

HELD_EXPOSURE = PostSettings(max_gain=1.0)  # the designed exposure, not adapted to the frame
LAYER_HEAD = """#version 330 core
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
noperspective in vec2 v_uv;
out vec4 f_color;
"""
LAYER_TAIL = "#endif\n"


def gl_context() -> moderngl.Context:
    """A headless context, or a skip with the reason when this machine has no GL at all."""
    from renderer.gfx.context import create_headless_context

    try:
        return create_headless_context()
    except ReverieError as error:
        pytest.skip(f"no OpenGL 3.3 core context through EGL: {error}")


def make_library(tmp_path: Path, layers: dict[str, str], visuals: str) -> tuple[Path, Path]:
    """A shader root with the real lib/ and post/ plus the given layer bodies (GLSL main()),
    and a visuals folder holding `visuals`; returns (shader root, visuals folder)."""
    root = tmp_path / "shaders"
    shutil.copytree(paths.shaders_dir() / "lib", root / "lib")
    shutil.copytree(paths.shaders_dir() / "post", root / "post")
    (root / "layers").mkdir()
    for name, body in layers.items():
        (root / "layers" / f"{name}.glsl").write_text(LAYER_HEAD + body + "\n" + LAYER_TAIL)
    folder = tmp_path / "visuals"
    folder.mkdir()
    (folder / "test.toml").write_text(visuals)
    return root, folder


class Offscreen:
    """A compositor's frames as pixels, as `reverie still` makes them (driver + pixel sink)."""

    def __init__(self, compositor: Compositor) -> None:
        from renderer.output.driver import FrameDriver
        from renderer.output.pixels import PixelSink

        self.compositor = compositor
        self.driver = FrameDriver(compositor)
        self.sink = PixelSink(compositor.ctx, compositor.size)

    def render(self, state: FrameState) -> np.ndarray:
        """The frame of `state` as an (h, w, 3) uint8 array."""
        self.driver.render(state, self.sink)
        pixels = self.sink.pixels
        assert pixels is not None, "the driver delivered no frame"
        return pixels

    def fresh(self, **changes: object) -> np.ndarray:
        """The night scene with `changes` (FrameState fields), drawn afresh (nothing carried
        over from the frame before), as float RGB."""
        self.compositor.reset()
        return self.render(replace(NIGHT, **changes)).astype(np.float32)  # type: ignore[arg-type]

    def alone(self, motif: str | None, daylight: float = 0.0) -> np.ndarray:
        """`motif` alone (or nothing) under the night scene's sky and palette without its
        stars, at that daylight, as float RGB."""
        self.compositor.reset()
        intensities = {} if motif is None else {motif: 0.9}
        state = replace(NIGHT, intensities=intensities, daylight=daylight)
        return self.render(state).astype(np.float32)


def frame_box(image: np.ndarray, x0: float, x1: float, y0: float, y1: float) -> np.ndarray:
    """The pixels inside a box of the frame, in fractions (y up from the bottom)."""
    height, width = image.shape[:2]
    rows = slice(int(height * (1.0 - y1)), int(height * (1.0 - y0)))
    return image[rows, int(width * x0) : int(width * x1)]


def offscreen_renderer(
    size: tuple[int, int], post: PostSettings = HELD_EXPOSURE
) -> Iterator[Offscreen]:
    """The bundled shaders and visuals drawn at `size` on a context of their own, released
    after: the body of a module's renderer fixture (`yield from offscreen_renderer(SIZE)`).
    The exposure is held as designed unless `post` says otherwise: a layer test compares
    frames that differ in one thing, which the eye's adaptation to the whole frame would
    answer (tests/test_exposure.py tests the adaptation)."""
    from renderer.gfx.compositor import Compositor
    from renderer.gfx.shaders import ShaderLibrary
    from renderer.gfx.visuals import load_visuals

    ctx = gl_context()
    try:
        yield Offscreen(Compositor(ctx, ShaderLibrary(ctx), load_visuals(), size, post=post))
    finally:
        ctx.release()


# A starry night with a teal-and-gold palette: the scene the layer tests draw over.
NIGHT = FrameState(
    time=20.0,
    intensities={"stars": 0.7},
    palette=((0.04, 0.07, 0.16), (0.23, 0.82, 0.77), (0.95, 0.91, 0.63), (0.54, 0.31, 1.0)),
    valence=0.3,
    arousal=0.2,
    seed=5,
)


# How shaders/layers/room.glsl drifts its vanishing point: (centre, sway, rate) across, up.
ROOM_DRIFT = ((0.47, 0.02, 0.031), (0.5, 0.015, 0.023))


def room_pixel(
    size: tuple[int, int],
    x: float,
    y: float,
    z: float,
    drift: tuple[tuple[float, float, float], ...] = ROOM_DRIFT,
) -> tuple[int, int]:
    """The pixel (row, column) at which an interior in one-point perspective draws its point
    (x, y, z) at NIGHT's time, in a frame of `size`, given how its vanishing point drifts
    (`drift`, as ROOM_DRIFT: the room's by default)."""
    width, height = size
    aspect = width / height
    (cx, sx, rx), (cy, sy, ry) = drift
    vp_x = aspect * (cx + sx * math.sin(NIGHT.time * rx))
    vp_y = cy + sy * math.sin(NIGHT.time * ry)
    u, v = (vp_x + x / z) / aspect, vp_y + y / z
    return int((1.0 - v) * height), int(u * width)
