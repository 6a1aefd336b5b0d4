"""Effects that once read as glitches, held to what they are meant to look like (real shaders,
EGL): open water fading in dissolves the land instead of moving it, the mirror is a pane with
no seam, the frost is rime with no grid in it, and the vortex bends nothing behind it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from gfx_support import Offscreen, frame_box, offscreen_renderer
from test_gfx_golden import GROUND_LAYERS, SCENES

from renderer.frame import FrameState
from renderer.gfx.visuals import load_visuals

pytestmark = pytest.mark.gl

SIZE = (320, 180)
NIGHT = SCENES["night-sky"]


@pytest.fixture(scope="module")
def renderer():
    yield from offscreen_renderer(SIZE)


def _frame(renderer: Offscreen, state: FrameState, **intensities: float) -> np.ndarray:
    renderer.compositor.reset()
    return renderer.render(replace(state, intensities=intensities)).astype(np.float32)


def _luma(frame: np.ndarray) -> np.ndarray:
    return frame @ np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)


@pytest.mark.parametrize("layer", GROUND_LAYERS)
def test_a_lake_fading_in_dissolves_the_land_and_never_moves_it(renderer, layer: str) -> None:
    """As a lake's intensity rises, every pixel goes from the land alone to the land on the
    far shore by the shortest way: the frames' summed changes are about the change from the
    first to the last. Land that shrank and rose with the water swept its edges across the
    picture, which added up to three to seven times that."""
    visuals = load_visuals()
    motif = visuals.typical_motif(layer)
    assert motif is not None
    scene = replace(SCENES["forest-river"], single=visuals.single_of(layer))
    frames = []
    for water in np.linspace(0.0, 0.6, 13):
        lake = {"lake": float(water)} if water > 0.0 else {}
        frames.append(_frame(renderer, scene, moon=0.6, **{motif: 0.9}, **lake))
    path = sum(np.abs(a - b) for a, b in zip(frames, frames[1:], strict=False)).mean()
    direct = np.abs(frames[-1] - frames[0]).mean()
    assert direct > 2.0, motif  # the lake does change the picture
    assert path < 1.5 * direct, (motif, path / direct)


def test_the_mirror_is_a_pane_with_a_soft_edge_and_no_seam(renderer) -> None:
    plain = _frame(renderer, NIGHT, moon=0.8, stars=0.8, mountains=0.7)
    mirrored = _frame(renderer, NIGHT, moon=0.8, stars=0.8, mountains=0.7, mirror=0.9)
    change = np.abs(mirrored - plain).mean(axis=2)
    width = SIZE[0]
    columns = change.mean(axis=0)
    assert columns[: int(width * 0.45)].max() < 1.0  # the left of the frame is left alone
    assert columns[int(width * 0.6) : int(width * 0.8)].mean() > 3.0  # the pane shows
    # no bright line: no column of what the mirror adds stands out from its neighbours
    luma = _luma(mirrored - plain).mean(axis=0)
    window = 9
    padded = np.pad(luma, window, mode="edge")
    local = np.array([np.median(padded[i : i + 2 * window + 1]) for i in range(width)])
    assert (luma - local).max() < 10.0, (luma - local).max()  # the old seam: 55


def test_frost_gathers_in_the_corners_not_along_the_edges(renderer) -> None:
    """The frost is rime grown in from the corners, not a border of tiles round the frame:
    nothing in the middle of the frame or of its edges changes, and every corner does."""
    plain = _frame(renderer, NIGHT, moon=0.8, mountains=0.7)
    frosted = _frame(renderer, NIGHT, moon=0.8, mountains=0.7, ice=0.9)
    change = np.abs(frosted - plain).mean(axis=2)
    width, height = SIZE
    assert change[height // 3 : 2 * height // 3, width // 3 : 2 * width // 3].max() < 1.0
    assert change[:, width * 2 // 5 : width * 3 // 5].max() < 1.0  # mid top and bottom
    assert change[height * 2 // 5 : height * 3 // 5, :].max() < 1.0  # mid left and right
    side = height // 4
    for corner in (
        change[:side, :side],
        change[:side, -side:],
        change[-side:, :side],
        change[-side:, -side:],
    ):
        assert corner.mean() > 3.0


def test_the_vortex_turns_in_the_middle_bends_nothing_and_stays_calm_for_hours(
    renderer,
) -> None:
    """The vortex adds light over the middle of the picture and moves nothing in it: no
    pixel gets darker than it was (a swirl of the picture carried the dark columns of the
    ruins into the bright sky), and outside its square only its glow reaches."""
    scene = {"ruins": 0.9, "moon": 0.8}
    width, height = SIZE
    rim = (width - height) // 2 - 2  # columns outside the vortex's square
    for hours in (0.0, 1.0, 5.0):
        at = replace(NIGHT, time=NIGHT.time + hours * 3600.0)
        plain = _frame(renderer, at, **scene)
        swirl = _frame(renderer, at, **scene, vortex=0.9)
        change = np.abs(swirl - plain).mean(axis=2)
        middle = change[:, rim : width - rim].mean()
        assert 2.0 < middle < 25.0, (hours, middle)
        outside = np.concatenate([change[:, :rim], change[:, width - rim :]], axis=1)
        assert outside.mean() < 1.0, (hours, outside.mean())
        darker = _luma(plain) - _luma(swirl)
        assert np.percentile(darker, 99.5) < 4.0, (hours, np.percentile(darker, 99.5))


@pytest.mark.parametrize("motif", ["crystal", "glass", "gems"])
def test_crystal_glass_and_gems_are_light_not_a_tiled_veil(renderer, motif: str) -> None:
    """Crystal, glass and gems add prismatic light and sparkles over the picture: they show,
    and they cover nothing (a veil of triangular facets once dimmed the frame's edges)."""
    scene = {"moon": 0.8, "mountains": 0.7}
    plain = _frame(renderer, NIGHT, **scene)
    lit = _frame(renderer, NIGHT, **scene, **{motif: 0.9})
    assert np.abs(lit - plain).mean() > 0.5, motif
    compositor = renderer.compositor
    compositor.reset()
    compositor.render_layers(replace(NIGHT, intensities={motif: 0.9}))
    assert compositor.layer_pixels()[..., 3].max() == 0.0, motif


def test_a_dusk_sky_glows_warm_over_the_horizon_under_a_cool_height(renderer) -> None:
    frame = _frame(renderer, replace(SCENES["forest-river"], daylight=0.45))
    height = frame.shape[0]
    low = frame[int(height * 0.5) : int(height * 0.6)].mean(axis=(0, 1))  # just over the land
    high = frame[: int(height * 0.1)].mean(axis=(0, 1))
    assert low[0] > 1.15 * low[1] > 2.0 * low[2], f"no sunset over the horizon at dusk: {low}"
    assert high[2] > 1.2 * high[0], f"the sky above is not cool at dusk: {high}"


@pytest.mark.parametrize("time", [20.0, 137.0, 3600.0])
def test_the_winds_streaks_gust_across_the_whole_frame(renderer, time: float) -> None:
    """Each streak is its own sprite: as the rows drift, streaks keep reaching every part of
    the frame, left to right and top to bottom, not only the cells a sprite starts in."""
    state = replace(NIGHT, time=time)
    streaks = _luma(_frame(renderer, state, wind=1.0)) - _luma(_frame(renderer, state))
    height, width = streaks.shape
    for row in range(3):
        for column in range(3):
            box = streaks[
                row * height // 3 : (row + 1) * height // 3,
                column * width // 3 : (column + 1) * width // 3,
            ]
            assert (box > 2.0).mean() > 0.01, (row, column)
    assert (streaks > 2.0).mean() < 0.4  # faint streaks, not a veil


def test_thick_fog_veils_the_distance_and_a_light_mist_does_not(renderer) -> None:
    """Thick fog hides the far shore: the band over the horizon loses its contrast and goes
    pale by day; the water at the bottom of the frame keeps most of its own; a light mist
    leaves the distance as it is."""
    day = replace(NIGHT, daylight=1.0, intensities={})

    def band(frame: np.ndarray, y0: float, y1: float) -> np.ndarray:
        return _luma(frame_box(frame, 0.0, 1.0, y0, y1))

    clear = _frame(renderer, day, forest=1.0)
    light = _frame(renderer, day, forest=1.0, mist=0.4)
    thick = _frame(renderer, day, forest=1.0, mist=1.0)
    far = (0.36, 0.48)
    assert band(thick, *far).std() < 0.7 * band(clear, *far).std()
    assert band(thick, *far).mean() > band(clear, *far).mean() + 10.0
    assert band(light, *far).std() > 0.9 * band(clear, *far).std()
