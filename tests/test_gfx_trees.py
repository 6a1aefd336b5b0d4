"""The trees drawn as trees (real shaders, EGL): lib/land_tree.glsl's single trees and rows,
rendered on their own through small programs that call them, and the forest and trees layers in
a real scene: crowns of lobes with ragged edges on narrower trunks, conifers that taper to a
point, bare branches in winter, trees at irregular places that sway at the crown, and far rows
faded toward the sky."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from gfx_support import NIGHT, Offscreen, gl_context

from renderer import paths
from renderer.gfx.compositor import Compositor
from renderer.gfx.shaders import ProgramSpec, ShaderLibrary
from renderer.gfx.visuals import load_visuals

pytestmark = pytest.mark.gl

# Programs that draw lib/land_tree.glsl's shapes alone: red the coverage, green the wood.
HEAD = """#version 330 core
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_tree.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
void show(TreeHit hit) {
    float cov = 1.0 - smoothstep(-0.002, 0.002, hit.d);
    f_color = vec4(cov, cov * hit.wood, 0.0, 1.0);
}
"""
# One tree, 0.8 high and 0.3 wide each way, its foot at (the middle, 0.05); u_params: x 0 broad
# .. 1 conifer, y its habit, z its random number. The leaf noise is as fine for its size as the
# layers' is for theirs.
ONE_TREE = """void main() {
    vec2 p = aspect_coords(v_uv);
    vec2 q = p - vec2(0.5 * aspect(), 0.05);
    show(land_tree(q, vec2(0.8, 0.3), vec4(u_params.xyz, vnoise(p * 24.0))));
}
"""
# A row of trees on a base line at 0.1, cells 0.12 wide; u_params: x the share of conifers,
# y of gaps, w the row's offset in cells.
ROW = """void main() {
    vec2 p = aspect_coords(v_uv);
    show(tree_row(p, vec2(0.12, 0.1), u_params.w, vec4(u_params.xy, vnoise(p * 90.0), 2.0),
                  u_time));
}
"""
TAIL = "#endif\n"
TREE_SIZE = (400, 400)
ROW_SIZE = (1600, 400)


@pytest.fixture(scope="module")
def gl():
    ctx = gl_context()
    yield ctx
    ctx.release()


@pytest.fixture(scope="module")
def library(gl, tmp_path_factory):
    root = tmp_path_factory.mktemp("trees") / "shaders"
    shutil.copytree(paths.shaders_dir() / "lib", root / "lib")
    (root / "layers").mkdir()
    for name, body in {"one_tree": ONE_TREE, "row": ROW}.items():
        (root / "layers" / f"{name}.glsl").write_text(HEAD + body + TAIL)
    return ShaderLibrary(gl, Path(root))


def _draw(
    gl, library: ShaderLibrary, name: str, size: tuple[int, int], params, *, bare=False, time=0.0
) -> np.ndarray:
    """The program's picture as (h, w, 2) floats 0..1 (coverage, wood), row 0 at the top."""
    defines = (("TREE_BARE", ""),) if bare else ()
    shader = library.load(ProgramSpec(f"layers/{name}{'_bare' * bare}", f"layers/{name}", defines))
    target = gl.framebuffer(color_attachments=[gl.texture(size, 4)])
    target.use()
    target.clear(0.0, 0.0, 0.0, 1.0)
    shader.set("u_resolution", (float(size[0]), float(size[1])))
    shader.set("u_params", tuple(float(v) for v in params))
    shader.set("u_time", time)
    shader.draw(6)
    pixels = np.frombuffer(target.read(components=4), dtype=np.uint8).reshape(size[1], size[0], 4)
    target.color_attachments[0].release()
    target.release()
    return pixels[::-1, :, :2].astype(np.float32) / 255.0


def _outline(mask: np.ndarray) -> int:
    """The pixels of a mask that touch a pixel outside it (4-neighbours)."""
    inside = np.pad(mask, 1)
    core = inside[1:-1, 1:-1]
    edge = core & ~(inside[:-2, 1:-1] & inside[2:, 1:-1] & inside[1:-1, :-2] & inside[1:-1, 2:])
    return int(edge.sum())


def _disc_outline(area: int) -> int:
    """The outline of a disc of `area` pixels, counted as _outline counts it."""
    r = np.sqrt(area / np.pi)
    n = int(2 * r + 4)
    y, x = np.mgrid[:n, :n] - n / 2 + 0.5
    return _outline(x * x + y * y <= r * r)


def _runs(line: np.ndarray) -> list[tuple[int, int]]:
    """The (start, end) of each run of True in a 1-D mask."""
    padded = np.concatenate([[False], line, [False]])
    change = np.flatnonzero(padded[1:] != padded[:-1])
    return list(zip(change[::2], change[1::2], strict=True))


@pytest.mark.parametrize("seed", [0.13, 0.41, 0.77])
def test_a_broad_crown_is_ragged_lobes_on_a_narrower_trunk(gl, library, seed) -> None:
    picture = _draw(gl, library, "one_tree", TREE_SIZE, (0.0, 0.4, seed, 0.0))
    leaves = (picture[..., 0] > 0.5) & (picture[..., 1] < 0.25)
    wood = picture[..., 1] > 0.5
    assert leaves.sum() > 0.08 * leaves.size, "no crown"
    # not a disc: its outline is far longer than a disc's of the same area (lobes, leaves)
    assert _outline(leaves) > 1.6 * _disc_outline(int(leaves.sum()))
    # the trunk stands under the crown, narrower than it
    height = picture.shape[0]
    foot = picture[height - int(height * 0.08), :, 0] > 0.5  # just above the foot
    crown_width = leaves.sum(axis=1).max()
    trunk = _runs(foot)
    assert len(trunk) == 1 and wood[height - int(height * 0.08)].any(), "no trunk at the foot"
    assert trunk[0][1] - trunk[0][0] < 0.3 * crown_width


def test_a_conifer_tapers_to_a_point(gl, library) -> None:
    picture = _draw(gl, library, "one_tree", TREE_SIZE, (1.0, 0.0, 0.5, 0.0))
    covered = picture[..., 0] > 0.5
    widths = covered.sum(axis=1)[::-1]  # from the bottom up
    height = len(widths)
    low, high = widths[int(height * 0.25)], widths[int(height * 0.7)]
    assert low > 0 and high < 0.6 * low
    top = np.flatnonzero(widths)[-1]
    assert widths[top - 3] < 0.1 * low  # a point, not a flat top


def test_bare_trees_keep_their_height_but_show_branches_not_leaves(gl, library) -> None:
    leafy = _draw(gl, library, "one_tree", TREE_SIZE, (0.0, 0.4, 0.41, 0.0))[..., 0] > 0.5
    bare = _draw(gl, library, "one_tree", TREE_SIZE, (0.0, 0.4, 0.41, 0.0), bare=True)
    twigs = bare[..., 0] > 0.5
    rows = np.flatnonzero(leafy.any(axis=1))
    bare_rows = np.flatnonzero(twigs.any(axis=1))
    assert bare_rows[0] <= rows[0] + 0.15 * len(rows)  # reaches about as high
    assert twigs.sum() < 0.4 * leafy.sum()  # the sky shows between the branches
    crown = slice(rows[0], rows[0] + len(rows) // 2)
    runs = [len(_runs(line)) for line in twigs[crown]]
    assert max(runs) >= 4  # several branches side by side across the crown
    assert (bare[..., 1] > 0.5).sum() > 0.9 * twigs.sum()  # all of it wood


def test_a_row_of_trees_is_not_regular(gl, library) -> None:
    picture = _draw(gl, library, "row", ROW_SIZE, (0.3, 0.2, 0.0, 3.0))
    covered = picture[..., 0] > 0.5
    height = picture.shape[0]
    # the trunks just above the base line: each tree's place
    feet = _runs(covered[height - int(height * 0.105)])
    centres = np.array([(a + b) / 2 for a, b in feet])
    assert len(centres) >= 8
    gaps = np.diff(centres)
    assert gaps.std() > 0.25 * gaps.mean(), "the trees stand in a regular row"
    assert gaps.max() > 2.0 * np.median(gaps), "no clearing"
    # and they are not all one size: their tops stand at different heights
    base = height - int(height * 0.1)
    heights = []
    for a, b in feet:
        column = covered[:, max(a - 10, 0) : b + 10].any(axis=1)
        heights.append(base - np.flatnonzero(column)[0])
    assert np.std(heights) > 0.12 * np.mean(heights)


def test_the_wind_sways_the_crowns_not_the_feet(gl, library) -> None:
    still = _draw(gl, library, "row", ROW_SIZE, (0.3, 0.2, 0.0, 3.0), time=0.0)[..., 0]
    later = _draw(gl, library, "row", ROW_SIZE, (0.3, 0.2, 0.0, 3.0), time=2.0)[..., 0]
    moved = np.abs(later - still)
    height = still.shape[0]
    feet = moved[height - int(height * 0.11) : height - int(height * 0.1)]
    crowns = moved[int(height * 0.8) : int(height * 0.88)]  # 0.12 .. 0.2 up
    assert crowns.mean() > 0.002 and crowns.mean() > 5.0 * feet.mean()
    assert crowns.mean() < 0.05  # a sway, not a jump


SIZE = (640, 360)
DAY = ((0.35, 0.5, 0.7), (0.9, 0.75, 0.45), (0.98, 0.95, 0.85), (0.5, 0.7, 0.95))


@pytest.fixture(scope="module")
def scene(gl):
    return Offscreen(Compositor(gl, ShaderLibrary(gl), load_visuals(), SIZE))


def _band(picture: np.ndarray, low: float, high: float) -> np.ndarray:
    """The median colour of the rows from `low` to `high` up the frame."""
    height = picture.shape[0]
    rows = picture[int(height * (1.0 - high)) : int(height * (1.0 - low))]
    return np.median(rows.reshape(-1, 3), axis=0)


@pytest.mark.parametrize("motif", ["trees", "forest", "bare_trees"])
@pytest.mark.parametrize("palette", [DAY, NIGHT.palette])
def test_far_rows_fade_toward_the_sky(scene, motif, palette) -> None:
    scene.compositor.reset()
    state = replace(NIGHT, intensities={motif: 1.0}, palette=palette)
    picture = scene.render(state).astype(np.float32)
    sky = _band(picture, 0.5, 0.52)  # the air just over the trees
    # each row's undergrowth between the trees of the row in front: far, middle, near
    rows = [_band(picture, 0.33, 0.345), _band(picture, 0.21, 0.24), _band(picture, 0.1, 0.14)]
    distance = [float(np.abs(row - sky).sum()) for row in rows]
    assert distance[0] < distance[1] < distance[2], distance
    assert distance[2] > 1.5 * distance[0]



def test_the_rows_of_trees_move_with_the_forest_floor_they_stand_on() -> None:
    """The trees, the forest and the bare trees share one forest floor; at another depth the
    camera's drift would move them off it and open a dark seam across the frame (seen where
    the trees and a forest were drawn together)."""
    visuals = load_visuals()
    standing = [m for m in visuals.motifs.values() if m.also == "forest_floor"]
    assert {m.layer for m in standing} >= {"trees", "forest", "bare_trees"}
    floor = visuals.layers["forest_floor"].depth
    assert all(visuals.layers[m.layer].depth == floor for m in standing)
