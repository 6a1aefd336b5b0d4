"""Compositor maths on tiny framebuffers, with constant layers whose results are known."""

from __future__ import annotations

import logging
from dataclasses import replace

import numpy as np
import pytest
from gfx_support import HELD_EXPOSURE, Offscreen, gl_context, make_library

from renderer.bench.look import measure
from renderer.frame import FrameState
from renderer.gfx.compositor import (
    MIN_INTENSITY,
    POST_PROGRAMS,
    Compositor,
    Draw,
    PostSettings,
    hidden_rows,
    motif_seed,
    pace,
    placements,
    shore_of,
    srgb_to_linear,
)
from renderer.gfx.shaders import ProgramSpec, Shader, ShaderLibrary
from renderer.gfx.visuals import load_visuals

pytestmark = pytest.mark.gl

LAYERS = {
    # declared out of stage order on purpose: the compositor must sort by stage
    "poison": "void main() { f_color = vec4(1000.0, -1000.0, 1000.0, 1.0) * u_intensity; }",
    "sky": "void main() { f_color = vec4(0.2, 0.4, 0.6, 1.0) * u_intensity; }",
    "veil": "void main() { f_color = vec4(0.5, 0.0, 0.0, 0.5) * u_intensity; }",
    "light": "void main() { f_color = vec4(u_params.xy, 0.0, 0.0) * u_intensity; }",
    "clock": "void main() { f_color = vec4(u_time * 0.01, u_seed * 0.001, 0.0, 0.0); }",
    "swap": '#include "lib/scene_behind.glsl"\n'
    "void main() { f_color = vec4(scene_behind(ivec2(gl_FragCoord.xy)).gbr, 1.0) * u_intensity; }",
    # the scene inside its box (the right half), the box itself outside it
    "peek": '#include "lib/scene_behind.glsl"\n'
    "void main() { f_color = v_uv.x > READS_BOX.x ? vec4(scene_behind(ivec2(gl_FragCoord.xy)).gbr,"
    " 1.0) : READS_BOX * u_intensity; }",
    "broken": "void main() { f_color = vec4(not_declared); }",
    "haze": "void main() { f_color = vec4(2.0, 0.0, 0.0, 1.0) * u_intensity; }",
    "sheen": "void main() { f_color = vec4(0.0, 0.0, 0.3, 0.0) * u_intensity; }",
    "curtain": "void main() { f_color = vec4(0.1, 0.3, 0.2, 1.0) * u_intensity; }",
    # open water: opaque under its horizon (u_params.x)
    "pond": "void main() { f_color = vec4(0.05, 0.2, 0.4, 1.0) * step(v_uv.y, u_params.x - 0.01)"
    " * u_intensity; }",
    # a warm light on the left over a near-black night on the right, a cool half in between
    "halves": "void main() { vec3 c = v_uv.x < 0.33 ? vec3(1.6, 0.7, 0.25)\n"
    ": v_uv.x < 0.66 ? vec3(0.05, 0.12, 0.3) : vec3(0.001);\n"
    "f_color = vec4(c, 1.0) * u_intensity; }",
    # one bright texel in the middle of the half-size buffer: a star (6.0: a 4x4 average of it
    # is under the bloom threshold, a 2x2 one is over)
    "spark": "void main() { vec2 d = gl_FragCoord.xy - floor(u_resolution * 0.5) - 0.5;\n"
    "f_color = vec4(6.0, 6.0, 6.0, 1.0) * step(dot(d, d), 0.01) * u_intensity; }",
}
VISUALS = """
[layers.poison]
stage = "effects"
[layers.veil]
stage = "midground"
[layers.sky]
stage = "background"
[layers.light]
stage = "particles"
[layers.clock]
stage = "foreground"
[layers.swap]
stage = "effects"
reads_scene = true
[layers.peek]
stage = "effects"
reads_scene = true
reads_box = [0.5, 0.0, 1.0, 1.0]
[layers.broken]
stage = "foreground"
[layers.haze]
stage = "midground"
resolution = 0.25
[layers.sheen]
stage = "foreground"
resolution = 0.25
[layers.curtain]
stage = "foreground"
resolution = 0.25
[layers.spark]
stage = "particles"
[layers.pond]
stage = "midground"
depth = 0.0
surface = true
[layers.halves]
stage = "background"

[motifs.poison]
layer = "poison"
sound = {}
[motifs.sky]
layer = "sky"
sound = {}
[motifs.veil]
layer = "veil"
sound = {}
[motifs.red_light]
layer = "light"
sound = {}
params = [0.1, 0.0]
[motifs.green_light]
layer = "light"
sound = {}
params = [0.0, 0.2, 0.0, 0.0]
priority = 0.5
[motifs.clock]
layer = "clock"
sound = {}
[motifs.swap]
layer = "swap"
sound = {}
[motifs.peek]
layer = "peek"
sound = {}
[motifs.broken]
layer = "broken"
sound = {}
[motifs.haze]
layer = "haze"
sound = {}
[motifs.sheen]
layer = "sheen"
sound = {}
[motifs.curtain]
layer = "curtain"
sound = {}
[motifs.spark]
layer = "spark"
sound = {}
[motifs.pond]
layer = "pond"
sound = {}
params = [0.5, 0.0, 0.0, 0.0]
[motifs.halves]
layer = "halves"
sound = {}
[motifs.twin]
layer = "veil"
sound = {}
also = "haze"
[motifs.tinge]
grade = true
sound = {}
"""
PALETTE = ((0.05, 0.1, 0.2), (0.2, 0.8, 0.8), (0.95, 0.9, 0.6), (0.5, 0.3, 1.0))


@pytest.fixture(scope="module")
def ctx():
    context = gl_context()
    yield context
    context.release()


@pytest.fixture(scope="module")
def parts(ctx, tmp_path_factory):
    root, folder = make_library(tmp_path_factory.mktemp("lib"), LAYERS, VISUALS)
    return ShaderLibrary(ctx, root), load_visuals(folder)


def _compositor(ctx, parts, size=(8, 8), post=HELD_EXPOSURE, **kw) -> Compositor:
    library, visuals = parts
    return Compositor(ctx, library, visuals, size, post=post, **kw)


def _state(t: float = 5.0, **intensities: float) -> FrameState:
    return FrameState(time=t, intensities=intensities, palette=PALETTE, arousal=0.5, seed=7)


def _scene(compositor: Compositor, state: FrameState) -> np.ndarray:
    compositor.render_layers(state)
    return compositor.layer_pixels()


def test_ground_layers_dissolve_between_where_they_stand_and_the_far_shore() -> None:
    layers = load_visuals().layers
    forest = Draw("forest", layers["forest"], 0.8, (0.0, 0.0, 0.0, 0.0))
    moon = Draw("moon", layers["moon"], 0.8, (0.0, 0.0, 0.0, 0.0))
    lake = Draw("lake", layers["ocean"], 0.2, (0.4, 0.0, 0.0, 0.0))
    assert shore_of([forest, moon]) == (0.0, 0.0)
    assert placements(forest, shore_of([forest, moon])) == [((0.0, 0.0), 0.8)]
    shore = shore_of([forest, lake])
    assert shore == pytest.approx((0.4, 0.4))
    (near, near_i), (far, far_i) = placements(forest, shore)
    assert (near, far) == ((0.4, 0.0), (0.4, 1.0))  # only ever all here or all there
    assert (near_i, far_i) == pytest.approx((0.48, 0.32))
    assert placements(moon, shore) == [((0.0, 0.0), 0.8)]  # the sky stays where it is
    full = shore_of([forest, replace(lake, intensity=0.9)])
    assert placements(forest, full) == [((0.4, 1.0), 0.8)]


def test_premultiplied_blending_of_constant_layers(ctx, parts) -> None:
    comp = _compositor(ctx, parts)
    got = _scene(comp, _state(sky=1.0, veil=1.0))
    np.testing.assert_allclose(got, np.broadcast_to([0.6, 0.2, 0.3, 1.0], got.shape), atol=2e-3)
    got = _scene(comp, _state(sky=1.0, veil=0.5))  # veil at half: (0.25, 0, 0, 0.25) over sky
    np.testing.assert_allclose(got, np.broadcast_to([0.4, 0.3, 0.45, 1.0], got.shape), atol=2e-3)
    assert [d.motif for d in comp.last_draws] == ["sky", "veil"]


def test_layers_are_drawn_in_stage_order(ctx, parts) -> None:
    comp = _compositor(ctx, parts)
    got = _scene(comp, _state(veil=1.0, sky=1.0, red_light=1.0))
    assert [d.layer.stage for d in comp.last_draws] == ["background", "midground", "particles"]
    np.testing.assert_allclose(got[0, 0], [0.7, 0.2, 0.3, 1.0], atol=2e-3)


def test_a_layer_below_the_threshold_is_not_drawn(ctx, parts) -> None:
    comp = _compositor(ctx, parts)
    for low in (0.0, MIN_INTENSITY * 0.9):
        got = _scene(comp, _state(sky=1.0, poison=low))
        assert "poison" not in [d.motif for d in comp.last_draws]
        np.testing.assert_allclose(got[0, 0], [0.2, 0.4, 0.6, 1.0], atol=2e-3)
    got = _scene(comp, _state(sky=1.0, poison=MIN_INTENSITY * 1.5))  # drawn, the poison shows
    assert "poison" in [d.motif for d in comp.last_draws] and got[0, 0, 0] > 5.0


def test_motifs_sharing_a_program_are_drawn_once_each_with_their_params(ctx, parts) -> None:
    comp = _compositor(ctx, parts)
    got = _scene(comp, _state(red_light=1.0, green_light=0.5))
    assert sorted(d.motif for d in comp.last_draws) == ["green_light", "red_light"]
    np.testing.assert_allclose(got[0, 0, :3], [0.1, 0.1, 0.0], atol=2e-3)


def test_quarter_resolution_layers_go_under_or_over_the_sharp_ones(ctx, parts) -> None:
    # exposed low enough (and without the top's lean) that the sky's blue stays under white,
    # so the sheen can show on it
    post = replace(HELD_EXPOSURE, exposure=0.5, top_tone=0.0)
    comp = _compositor(ctx, parts, size=(64, 36), post=post)
    renderer = Offscreen(comp)
    sky = renderer.render(_state(sky=1.0)).astype(float)
    hidden = renderer.render(_state(sky=1.0, haze=1.0)).astype(float)
    assert sorted(d.motif for d in comp.last_draws) == ["haze", "sky"]
    assert comp.layer_pixels()[..., 0].max() < 0.2 + 2e-3  # haze is not in the sharp buffer
    np.testing.assert_array_equal(hidden, sky)  # a midground haze is under the opaque sky
    seen = renderer.render(_state(haze=1.0)).astype(float)
    assert seen[..., 0].mean() > sky[..., 0].mean() + 40
    lit = renderer.render(_state(sky=1.0, sheen=1.0)).astype(float)
    assert lit[..., 2].mean() > sky[..., 2].mean() + 10  # a foreground sheen is over it
    # an opaque smooth layer in front covers every sharp layer, even those of later stages
    curtain = renderer.render(_state(curtain=1.0))
    covered = renderer.render(_state(curtain=1.0, veil=1.0, red_light=1.0))
    assert sorted(d.motif for d in comp.last_draws) == ["curtain", "red_light", "veil"]
    assert comp.layer_pixels()[..., 0].max() > 0.5  # the sharp layers were drawn
    np.testing.assert_array_equal(covered, curtain)


def test_a_motif_with_a_second_layer_takes_one_slot_and_draws_both(ctx, parts) -> None:
    comp = _compositor(ctx, parts, size=(64, 36), max_draws=2)
    assert set(comp.strongest({"twin": 0.9, "sky": 0.8, "veil": 0.5})) == {"twin", "sky"}
    comp.render_layers(_state(twin=1.0))
    assert [(d.motif, d.layer.name) for d in comp.last_draws] == [
        ("twin", "veil"),
        ("twin", "haze"),
    ]
    np.testing.assert_allclose(comp.layer_pixels()[0, 0], [0.5, 0.0, 0.0, 0.5], atol=2e-3)


def test_a_layer_two_motifs_call_for_alike_is_drawn_once_for_the_stronger(ctx, parts) -> None:
    comp = _compositor(ctx, parts, size=(64, 36))
    draws = comp.plan_draws({"twin": 0.4, "veil": 0.9})  # both draw the veil, with one params
    assert [(d.motif, d.layer.name, d.intensity) for d in draws] == [
        ("veil", "veil", 0.9),
        ("twin", "haze", 0.4),
    ]
    draws = comp.plan_draws({"red_light": 1.0, "green_light": 0.5})  # other params: both
    assert sorted(d.motif for d in draws) == ["green_light", "red_light"]


def test_a_grade_motif_leans_the_picture_to_the_tint_without_a_layer(ctx, parts) -> None:
    assert _compositor(ctx, parts, max_draws=1).strongest({"tinge": 0.9, "sky": 0.8}) == {
        "tinge": 0.9
    }  # it takes a draw slot
    comp = _compositor(ctx, parts, size=(32, 18))
    renderer = Offscreen(comp)
    red = (1.0, 0.1, 0.1)  # by day: the grade alone, with no night glow over the horizon
    plain = renderer.render(replace(_state(sky=0.5), tint=red, daylight=0.9))
    plain = plain.astype(float).mean(axis=(0, 1))
    leaned = renderer.render(replace(_state(tinge=1.0, sky=0.5), tint=red, daylight=0.9))
    assert [d.motif for d in comp.last_draws] == ["sky"]  # nothing drawn for it
    leaned = leaned.astype(float).mean(axis=(0, 1))
    assert leaned[0] - leaned[2] > plain[0] - plain[2] + 10  # redder
    luma = np.array([0.2126, 0.7152, 0.0722])
    assert abs(leaned @ luma - plain @ luma) < 8  # at about the same brightness


def test_a_star_one_texel_wide_blooms_around_it(ctx, parts) -> None:
    def frame(post: PostSettings, **intensities: float) -> np.ndarray:
        renderer = Offscreen(_compositor(ctx, parts, size=(96, 96), post=post))
        # at dusk: by night the moonlit band over the horizon crosses the frame's middle
        state = replace(_state(**intensities), daylight=0.45)
        return renderer.render(state).astype(float).mean(axis=2)

    y, x = np.mgrid[:96, :96]
    ring = (np.hypot(y - 48, x - 48) > 4) & (np.hypot(y - 48, x - 48) < 10)  # beyond the star
    sky, star = frame(HELD_EXPOSURE, sky=0.05), frame(HELD_EXPOSURE, sky=0.05, spark=1.0)
    assert star[48, 48] > sky[48, 48] + 25  # the star itself
    assert (star - sky)[ring].mean() > 5.0  # its bloom around it
    assert np.abs(star[:8, :8] - sky[:8, :8]).max() <= 1.0  # and not in the far corners
    off = replace(HELD_EXPOSURE, bloom_strength=0.0)
    assert np.abs(frame(off, sky=0.05, spark=1.0) - frame(off, sky=0.05))[ring].max() <= 1.0


def test_the_grade_keeps_warm_against_cool_with_near_black_darks_and_bright_lights(
    ctx, parts
) -> None:
    comp = _compositor(ctx, parts, size=(96, 54))
    frame = Offscreen(comp).render(_state(halves=1.0))
    look = measure(frame)
    assert look.hue_spread > 0.3  # the warm and the cool halves keep their own hues
    assert look.dark <= 20 and look.bright >= 190
    warm, cool = frame[20:34, 8:24].mean(axis=(0, 1)), frame[20:34, 40:56].mean(axis=(0, 1))
    assert warm[0] > warm[2] + 60 and cool[2] > cool[0] + 20


SPRITES = """#version 330 core
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_SPRITE quadrant
#include "lib/sky_fullscreen.glsl"
flat out float v_which;
// sprite i covers quadrant i (of 4, row by row); u_sprites of them are drawn
vec2 quadrant(int sprite, vec2 corner) {
    v_which = float(sprite) / float(u_sprites);
    vec2 origin = vec2(float(sprite % 2), float(sprite / 2)) * 0.5;
    return origin + (corner * 0.5 + 0.5) * 0.5;
}
#elif defined FRAGMENT_SHADER
flat in float v_which;
out vec4 f_color;
void main() { f_color = vec4(1.0, v_which, 0.0, 1.0); }
#endif
"""


def test_a_sprite_layer_shades_only_its_quads(ctx, tmp_path) -> None:
    visuals_text = (
        '[layers.dots]\nstage = "foreground"\nsprites = 3\n'
        '[motifs.dots]\nlayer = "dots"\nsound = {}\n'
    )
    root, folder = make_library(tmp_path, {}, visuals_text)
    (root / "layers" / "dots.glsl").write_text(SPRITES)
    comp = Compositor(ctx, ShaderLibrary(ctx, root), load_visuals(folder), (16, 16))
    got = _scene(comp, _state(dots=1.0))  # 8x8 half-size buffer, top row first
    bottom_left, bottom_right = got[4:, :4], got[4:, 4:]
    top_left, top_right = got[:4, :4], got[:4, 4:]
    np.testing.assert_allclose(bottom_left, np.broadcast_to([1, 0, 0, 1], bottom_left.shape))
    np.testing.assert_allclose(
        bottom_right, np.broadcast_to([1, 1 / 3, 0, 1], bottom_right.shape), atol=2e-3
    )
    np.testing.assert_allclose(
        top_left, np.broadcast_to([1, 2 / 3, 0, 1], top_left.shape), atol=2e-3
    )
    assert np.all(top_right == 0.0)  # a fourth sprite was never drawn


def test_reads_scene_layers_see_the_composite_so_far(ctx, parts) -> None:
    comp = _compositor(ctx, parts)
    got = _scene(comp, _state(sky=1.0, swap=1.0))
    np.testing.assert_allclose(got[0, 0], [0.4, 0.6, 0.2, 1.0], atol=2e-3)
    # half a veil (0.5, 0, 0, 0.5) over the quarter-size haze (2, 0, 0, 1) behind it
    got = _scene(comp, _state(haze=1.0, veil=1.0, swap=1.0))
    np.testing.assert_allclose(got[0, 0], [0.0, 0.0, 1.5, 1.0], atol=2e-3)


def test_a_layer_reading_part_of_the_scene_sees_it_and_knows_its_box(ctx, parts) -> None:
    comp = _compositor(ctx, parts)
    got = _scene(comp, _state(sky=1.0, peek=1.0))
    right, left = got[:, 2:], got[:, :2]
    np.testing.assert_allclose(right, np.broadcast_to([0.4, 0.6, 0.2, 1.0], right.shape), atol=2e-3)
    np.testing.assert_allclose(left, np.broadcast_to([0.5, 0.0, 1.0, 1.0], left.shape), atol=2e-3)


def test_a_broken_layer_is_dropped_and_the_rest_renders(ctx, parts, caplog) -> None:
    comp = _compositor(ctx, parts)
    with caplog.at_level(logging.WARNING, logger="reverie.gfx"):
        got = _scene(comp, _state(sky=1.0, broken=1.0, veil=1.0))
        _scene(comp, _state(sky=1.0, broken=1.0, veil=1.0))
    assert [d.motif for d in comp.last_draws] == ["sky", "veil"]
    np.testing.assert_allclose(got[0, 0], [0.6, 0.2, 0.3, 1.0], atol=2e-3)
    messages = [r.getMessage() for r in caplog.records if "broken.glsl" in r.getMessage()]
    assert len(messages) == 1 and messages[0].startswith("shaders/layers/broken.glsl:")


def test_time_is_paced_by_arousal_and_seeds_are_per_motif(ctx, parts) -> None:
    comp = _compositor(ctx, parts)
    got = _scene(comp, _state(t=20.0, clock=1.0))
    assert got[0, 0, 0] == pytest.approx(20.0 * pace(0.5) * 0.01, abs=2e-3)
    assert got[0, 0, 1] == pytest.approx(motif_seed(7, "clock") * 0.001, abs=2e-3)
    assert pace(0.0) < pace(0.5) < pace(1.0)
    assert motif_seed(7, "clock") != motif_seed(7, "sky")
    assert 0 <= motif_seed(123456789, "river") < 1000


def test_in_order_frames_integrate_the_pace_so_a_mood_change_never_jumps(ctx, parts) -> None:
    comp = _compositor(ctx, parts)
    base = _state(t=100.0, clock=1.0)
    before = _scene(comp, base)[0, 0, 0]
    after = _scene(comp, replace(base, time=100.1, arousal=1.0))[0, 0, 0]
    assert 0.0 < (after - before) / 0.01 <= 0.1 * pace(1.0) + 0.05
    comp.reset()  # isolated again: pure time * pace
    pure = _scene(comp, replace(base, time=100.1, arousal=1.0))[0, 0, 0]
    assert pure == pytest.approx(100.1 * pace(1.0) * 0.01, rel=2e-3)


def test_output_has_post_fade_and_a_living_backdrop(ctx, parts) -> None:
    comp = _compositor(ctx, parts, size=(64, 36))
    renderer = Offscreen(comp)
    empty = renderer.render(_state()).astype(float)
    assert empty.shape == (36, 64, 3)
    assert empty.mean() > 12  # never black
    assert empty.std() > 1.0  # never a flat colour
    dark = renderer.render(replace(_state(), fade=0.0)).astype(float)
    assert dark.max() <= 3
    lit = renderer.render(_state(sky=1.0)).astype(float)
    assert abs(lit.mean() - empty.mean()) > 5


def test_scale_changes_the_internal_size_not_the_output(ctx, parts) -> None:
    comp = _compositor(ctx, parts, size=(64, 36))
    renderer = Offscreen(comp)
    full = renderer.render(_state(sky=1.0, veil=0.5)).astype(float)
    comp.set_scale(0.5)
    assert comp.internal_size == (32, 18)
    half = renderer.render(_state(sky=1.0, veil=0.5)).astype(float)
    assert half.shape == full.shape and np.abs(half - full).mean() < 3.0
    comp.set_scale(0.1)
    assert comp.scale == 0.5


def test_srgb_to_linear() -> None:
    assert srgb_to_linear((0.0, 1.0, 0.5)) == pytest.approx((0.0, 1.0, 0.21404), abs=1e-4)


def test_only_the_strongest_motifs_are_drawn(ctx, parts) -> None:
    comp = _compositor(ctx, parts, max_draws=2)
    got = _scene(comp, _state(sky=0.9, veil=0.3, red_light=1.0, green_light=0.2))
    assert sorted(d.motif for d in comp.last_draws) == ["red_light", "sky"]
    np.testing.assert_allclose(got[0, 0], [0.18 + 0.1, 0.36, 0.54, 0.9], atol=3e-3)
    # ties go to the earlier stage, whatever the names
    assert list(comp.strongest({"veil": 0.5, "sky": 0.5, "red_light": 0.5})) == ["sky", "veil"]
    # an accent (priority 0.5) yields to stronger-ranked imagery, but keeps its own intensity
    ranked = comp.strongest({"green_light": 0.9, "veil": 0.5, "sky": 0.4})
    assert ranked == {"veil": 0.5, "green_light": 0.9}
    # too faint to see: not drawn at all
    assert comp.strongest({"red_light": 1.0, "sky": 0.01}) == {"red_light": 1.0}


def test_crossfade_blends_two_frames(ctx, parts) -> None:
    from renderer.gfx.transitions import Crossfade
    from renderer.output.pixels import read_pixels

    library, _ = parts
    (library.root / "transitions").mkdir(exist_ok=True)
    from renderer import paths

    source = paths.shaders_dir() / "transitions" / "dissolve.glsl"
    (library.root / "transitions" / "dissolve.glsl").write_text(source.read_text())
    fade = Crossfade(ctx, library, (32, 18), duration=2.0)
    fade.source.clear(1.0, 0.0, 0.0, 1.0)
    fade.dest.clear(0.0, 0.0, 1.0, 1.0)
    out = ctx.framebuffer(color_attachments=[ctx.texture((32, 18), 4)])
    means = []
    for elapsed in (0.0, 1.0, 2.0):
        fade.draw(fade.progress(elapsed), out)
        means.append(read_pixels(out).astype(float).mean(axis=(0, 1)))
    assert means[0][0] > 250 and means[0][2] < 5  # all A
    assert means[2][2] > 250 and means[2][0] < 5  # all B
    assert 20 < means[1][0] < 235 and 20 < means[1][2] < 235  # on the way
    fade.release()


def test_post_programs_lists_exactly_what_a_frame_uses(ctx, parts) -> None:
    library, visuals = parts
    used: set[str | ProgramSpec] = set()
    get = library.get

    def recording(program: str | ProgramSpec) -> Shader | None:
        used.add(program)
        return get(program)

    library.get = recording  # type: ignore[method-assign]
    try:
        comp = Compositor(ctx, library, visuals, (16, 16))
        Offscreen(comp).render(
            _state(sky=1.0, swap=1.0, haze=1.0, red_light=1.0, sheen=1.0, pond=1.0)
        )
    finally:
        del library.get
    names = {ProgramSpec.of(program).name for program in used}
    assert {name for name in names if not name.startswith("layers/")} == set(POST_PROGRAMS)
    for name in POST_PROGRAMS:
        assert library.get(name) is not None, name


def test_rows_under_opaque_water_composite_as_every_other_row(ctx, parts) -> None:
    library, visuals = parts
    comp = Compositor(ctx, library, visuals, (32, 32))
    state = _state(halves=1.0, haze=0.8, veil=1.0, sheen=1.0, pond=1.0)
    split = Offscreen(comp).render(state)
    get = library.get
    library.get = lambda program: None if program == "post/combine_opaque" else get(program)  # type: ignore[method-assign]
    try:
        whole = Offscreen(comp).render(state)
    finally:
        del library.get
    assert comp.render_layers(state).opaque_rows > 0
    np.testing.assert_array_equal(split, whole)


DUSK = ((0.02, 0.03, 0.08), (0.25, 0.4, 0.8), (0.9, 0.3, 0.5), (1.0, 0.8, 0.45))  # warm key


def test_backdrop_is_cool_high_and_warm_low(ctx, parts) -> None:
    comp = _compositor(ctx, parts, size=(64, 36), post=replace(HELD_EXPOSURE, top_tone=0.0))
    # at dusk: by night the air is the night's own (tests/test_night_light.py)
    state = FrameState(time=5.0, intensities={}, palette=DUSK, arousal=0.5, seed=7, daylight=0.45)
    picture = Offscreen(comp).render(state).astype(float)
    top, low = picture[:5].mean(axis=(0, 1)), picture[18:26].mean(axis=(0, 1))
    assert top[2] > top[0] + 10  # the fill's blue up high
    assert low[0] > low[2] + 10  # the key's warmth low down


def test_light_lift_brightens_the_lights_not_the_darks(ctx, parts) -> None:
    state = FrameState(time=5.0, intensities={}, palette=DUSK, arousal=0.5, seed=7)
    flat, lifted = (
        measure(
            Offscreen(
                _compositor(
                    ctx, parts, size=(64, 36), post=replace(HELD_EXPOSURE, light_lift=lift, grain=0)
                )
            ).render(state)
        )
        for lift in (1.0, 1.2)
    )
    assert lifted.bright > flat.bright + 3
    assert abs(lifted.dark - flat.dark) < (lifted.bright - flat.bright) / 3


def test_a_creature_indoors_or_on_the_clouds_stands_on_the_floor_not_on_a_ridge(ctx, parts) -> None:
    library, _ = parts
    comp = Compositor(ctx, library, load_visuals(), (8, 8))

    def layers(**intensities: float) -> set[str]:
        return {draw.layer.name for draw in comp.plan_draws(intensities)}

    outdoors = layers(deer=1.0, meadow=0.8)
    assert {"deer", "beast_ground", "near_grass"} <= outdoors
    for floor in ("hall", "cloud_sea"):
        drawn = layers(deer=1.0, **{floor: 0.8})
        assert "deer" in drawn and not {"beast_ground", "near_grass"} & drawn
    # the ground gives way smoothly as the floor comes in
    ground = {d.layer.name: d.intensity for d in comp.plan_draws({"deer": 1.0, "hall": 0.2})}
    assert 0.3 < ground["beast_ground"] < 0.9
    comp.release()


def test_land_in_a_room_is_seen_through_its_windows_and_stands_on_the_clouds(ctx, parts) -> None:
    library, _ = parts
    comp = Compositor(ctx, library, load_visuals(), (8, 8))

    def trees(**intensities: float) -> dict[bool, float]:
        """The trees' intensity drawn outside (seen through windows) and in the scene."""
        return {d.outside: d.intensity for d in comp.plan_draws(intensities) if d.motif == "trees"}

    assert trees(trees=1.0, meadow=0.8) == {False: 1.0}
    assert trees(trees=1.0, hall=0.8) == {True: 1.0}  # behind the hall's walls, not on its floor
    assert trees(trees=1.0, cloud_sea=0.8) == {False: 1.0}  # the clouds' tops have no walls
    inside = comp.plan_draws({"stairs": 1.0, "hall": 0.8})
    assert "stairs" in {d.motif for d in inside if not d.outside}  # stairs stand in a hall
    flock = comp.plan_draws({"birds": 1.0, "cafe": 0.8})
    assert {d.outside for d in flock if d.motif == "birds"} == {True}  # not over its walls
    # the land moves behind the walls smoothly as the room comes in
    moving = trees(trees=1.0, hall=0.2)
    assert 0.3 < moving[True] < 0.9 and abs(moving[True] + moving[False] - 1.0) < 1e-6
    comp.release()


def test_layers_behind_open_water_are_shaded_only_above_where_it_covers_them() -> None:
    layers = load_visuals().layers
    stars = Draw("stars", layers["starfield"], 1.0, (0.6, 0.35, 1.0, 0.0))
    sea = Draw("ocean", layers["ocean"], 1.0, (0.38, 0.8, 1.0, 0.0))
    rocks = Draw("near_rocks", layers["near_rocks"], 1.0, (0.0, 0.0, 0.0, 0.0))
    # opaque below 0.378 of 360 rows, mirroring nothing below 0.375: rows 0..132 are hidden
    assert hidden_rows([stars, sea, rocks], 360) == (1, 133)
    assert hidden_rows([sea, rocks], 360) == (0, 133)  # the buffer behind is hidden there too
    assert hidden_rows([sea, rocks], 180, margin=3) == (0, 64)
    assert hidden_rows([stars, replace(sea, intensity=0.9), rocks], 360) == (0, 0)  # see-through
    mirror = Draw("mirror", layers["mirror"], 1.0, (0.0, 0.0, 0.0, 0.0))
    assert hidden_rows([stars, mirror, sea], 360) == (0, 0)  # the mirror copies those rows


def test_leaving_the_rows_under_open_water_unshaded_changes_no_pixel(ctx, monkeypatch) -> None:
    from renderer.gfx import compositor as module

    comp = Compositor(ctx, ShaderLibrary(ctx), load_visuals(), (320, 180))
    state = FrameState(
        time=12.0, intensities={"stars": 1.0, "ocean": 1.0}, palette=PALETTE, seed=3
    )
    seen: dict[int, tuple[int, int]] = {}  # buffer height -> (n, rows)

    def recorded(draws, height, margin=1):
        seen[height] = hidden_rows(draws, height, margin)
        return seen[height]

    def frame() -> np.ndarray:  # the second of two (a context's first frame can differ by 1)
        offscreen = Offscreen(comp)
        offscreen.render(state)
        comp.reset()
        return offscreen.render(state)

    monkeypatch.setattr(module, "hidden_rows", recorded)
    culled = frame()
    assert seen[90][0] > 0 and seen[90][1] > 0.3 * 90  # the stars' lower rows skipped (half)
    assert seen[45][1] > 0.2 * 45  # and the backdrop's (under4, a quarter)
    monkeypatch.setattr(module, "hidden_rows", lambda draws, height, margin=1: (0, 0))
    assert np.array_equal(frame(), culled)
    comp.release()
