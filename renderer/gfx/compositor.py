"""The compositor: a FrameState drawn as stacked shader layers into HDR buffers, then post.

Layers run in stage order with premultiplied blending into RGBA16F buffers at half or a quarter
of the internal resolution (size * scale, per side): sharp layers (silhouettes, stars) at half,
smooth ones (resolution 0.25 in the visuals file: skies, mist, glows) at a quarter. There are
three such buffers, back to front: under4 (the backdrop, then the smooth background and
midground layers), half (every sharp layer, in stage order) and over4 (the smooth layers of the
later stages: haze and glow in front of everything). On software GL every pass costs per pixel
and a texture fetch costs several times a blend, so the layers share as few buffers as
their order allows, and nothing is shaded at the output size except one pass: post builds the
bloom from the composite (1/8 down to 1/16 and back up, at 1/4), lays it with over4 over the
rest at half size (grade, tone mapping, vignette, fade, display encoding and grain into 8
bits), and the final pass upscales that picture to the output size. Open water at full
intensity is opaque under its horizon, so the layers behind it (and the backdrop) are not
shaded there (hidden_rows).

The timeline decides what is drawn and eases it in and out (renderer/appearances.py); the
compositor draws every motif of the state, and only as a safeguard the max_draws strongest.

render(state) is pure for an isolated frame. Two things look at the previous frame, and only
when frames arrive in order (0 < dt <= MAX_STEP): the pace clock (u_time advances by
dt * pace, so a change of mood never jumps the picture) and the exposure's adaptation to the
picture's lights (renderer/gfx/exposure.py), which an isolated frame settles at once. A
sequence of states therefore always gives the same frames, live, exported or still; reset()
forgets the previous frame.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from renderer.frame import MIN_INTENSITY, FrameState
from renderer.gfx.camera import camera_at
from renderer.gfx.exposure import (
    MAX_GAIN,
    METER_DIVISOR,
    METER_SECONDS,
    SETTLE_STEPS,
    eased,
    levels_of,
    wanted_gain,
)
from renderer.gfx.shaders import Shader, ShaderLibrary
from renderer.gfx.staging import Place, stage
from renderer.gfx.visuals import LayerSpec, Visuals
from renderer.mapping.palette import toward

if TYPE_CHECKING:
    import moderngl
    import numpy as np

MAX_DRAWS = 8  # at most this many motifs drawn at once (the timeline keeps to fewer)
MAX_STEP = 0.25  # seconds between frames still counted as "in order"
GL_CLIP_DISTANCE0 = 0x3000  # glEnable flag of the clip plane ground layers write
NEAR_MARGIN = 0.3  # a near plane this far behind the strongest other is not drawn
FLOOR_FULL = 0.5  # a floor (an interior, cloud tops) this strong hides the ground under creatures
SOLID = 0.5  # a staged figure or creature this strong is opaque: fainter, it fades, no ghost
SHORE_FULL = 0.5  # open water from this intensity shows ground layers only on its far shore
SUBMERGED = 0.7  # how much of a creature seen in open water shows through it
STREAM_REACH = 0.26  # the top (uv) of a river's near reach, wider there than a school of fish
WATER_EDGE = 0.002  # open water is opaque from this far under its horizon (layers/ocean.glsl)
UNDER_MARGIN = 3  # rows of under4 kept above the water's hidden ones: bilinear taps reach them
INDOOR_TOP_TONE = 0.85  # how much less the graduated filter leans an interior filling the frame
VIEW_RAISE = 0.3  # how far (uv) a layer seen through an interior's windows is raised: its
# horizon shows in the windows (the rooms' sills stand about this far above the land's)
MIN_SCALE, MAX_SCALE = 0.5, 1.0
LUMA = (0.2126, 0.7152, 0.0722)
NEAREST, LINEAR = 0x2600, 0x2601  # GL texture filters
POST_PROGRAMS = (  # every non-layer program a frame may use (compiled ahead by live playback)
    "post/backdrop",
    "post/bloom_prefilter",
    "post/bloom_down",
    "post/bloom_up",
    "post/bloom_light",
    "post/combine",
    "post/combine_opaque",
    "post/final",
)
GROUPS = ("under4", "half", "over4")  # back to front

Color = tuple[float, float, float]


def is_behind(layer: LayerSpec) -> bool:
    """Background and midground layers, and those that read the scene behind them: drawn
    before the later stages' layers of the same buffer."""
    return layer.stage in ("background", "midground") or layer.reads_scene


def group_of(draw: Draw) -> str:
    """Which buffer a draw goes into: half for the sharp layers; under4 or over4 for the
    smooth ones behind or in front (behind for all seen through an interior's windows)."""
    if draw.layer.resolution > 0.25:
        return "half"
    return "under4" if draw.outside or is_behind(draw.layer) else "over4"


def _dissolve(
    draws: list[Draw],
    share: float,
    moving: Callable[[LayerSpec], bool],
    there: Callable[[Draw], Draw],
) -> list[Draw]:
    """The draws of the layers `moving` (but those seen through an interior's windows) drawn
    both where they were and `there` (the draw moved), `share` (0..1) of each there: as
    `share` grows they move smoothly."""
    if share == 0.0:
        return draws
    moved = []
    for draw in draws:
        if moving(draw.layer) and not draw.outside:
            moved.append(replace(draw, intensity=draw.intensity * (1.0 - share)))
            moved.append(replace(there(draw), intensity=draw.intensity * share))
        else:
            moved.append(draw)
    return [draw for draw in moved if draw.intensity >= MIN_INTENSITY]


def walls_of(draws: Sequence[Draw]) -> float:
    """How fully an interior's walls are drawn, 0..1 (FLOOR_FULL and up: 1)."""
    walls = max((d.intensity for d in draws if d.layer.walls and not d.outside), default=0.0)
    return min(walls / FLOOR_FULL, 1.0)


def _behind_walls(draws: list[Draw]) -> list[Draw]:
    """The draws with the land that stands only out of doors moved behind the walls of an
    interior drawn with it, seen through its windows (not standing on its floor): as far as
    the walls are drawn, so it moves smoothly as they come in."""
    return _dissolve(
        draws, walls_of(draws), lambda layer: layer.outdoors, lambda d: replace(d, outside=True)
    )


def _into_the_water(draws: list[Draw]) -> list[Draw]:
    """The draws with the creatures of the water moved into open water drawn with them: seen
    in it, under its horizon, as far as the water holds the land on its far shore (so they
    move smoothly as it comes in), not swimming in the sky over it; with no open water, the
    small ones into the near reach of a stream (a river) as far as it is drawn."""
    far = shore_of(draws)[1]
    if far > 0.0:
        return _dissolve(draws, far, lambda layer: layer.swims, lambda d: replace(d, in_water=True))
    share = min(_stream(draws) / SHORE_FULL, 1.0)
    return _dissolve(draws, share, lambda layer: layer.small, lambda d: replace(d, in_water=True))


def _stream(draws: Sequence[Draw]) -> float:
    """The intensity of the strongest stream drawn (0 without one)."""
    return max((d.intensity for d in draws if d.layer.stream and not d.outside), default=0.0)


def _drawing_order(draws: list[Draw]) -> list[Draw]:
    """`draws` in the order to draw them: those seen through an interior's windows first,
    then by stage and declaration order (then name); a creature seen in open water right
    after the water."""
    water = max((d.layer.order for d in draws if d.layer.surface or d.layer.stream), default=0)
    return sorted(
        draws,
        key=lambda d: (not d.outside, water + 0.5 if d.in_water else d.layer.order, d.motif),
    )


def srgb_to_linear(c: Sequence[float]) -> Color:
    """One sRGB colour (0..1 components) in linear RGB."""

    def channel(x: float) -> float:
        x = min(max(float(x), 0.0), 1.0)
        return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4

    return (channel(c[0]), channel(c[1]), channel(c[2]))


def _colored(
    palette: Sequence[Sequence[float]], named: tuple[float, float, float, float]
) -> list[Color]:
    """The frame's palette (sRGB) in a colour the dream names for a layer's motif, taken on as
    far as it has eased in (named: r, g, b, how far), in linear light as u_palette is."""
    r, g, b, amount = named
    colors = (list(palette) * 4)[:4]
    return [srgb_to_linear(toward((c[0], c[1], c[2]), (r, g, b), amount)) for c in colors]


def pace(arousal: float) -> float:
    """Motion speed for a mood: calm dreams drift at 0.6x, excited ones reach 1.2x."""
    return 0.6 + 0.6 * min(max(arousal, 0.0), 1.0)


def motif_seed(seed: int, motif: str) -> float:
    """u_seed for one motif of a dream: 0..1000, stable across runs and platforms."""
    return float((seed + zlib.crc32(motif.encode("utf-8"))) % 1000)


@dataclass(frozen=True)
class PostSettings:
    exposure: float = 1.6
    bloom_strength: float = 0.7
    bloom_threshold: float = 0.7
    grade: float = 0.3  # split tone: how far shadows lean to the shadow colour, lights to the key
    light_lift: float = 1.1  # the split tone's gain on the lights over the shadows' (brighter key)
    saturation: float = 1.35
    contrast: float = 0.8  # the display S-curve's weight: deeper darks, brighter lights
    toe: float = 0.1  # deepens the darks: x^2 (1 + toe) / (x + toe) keeps white
    vignette: float = 0.5  # the corners' darkening
    top_tone: float = 0.6  # a graduated filter: how far the top edge leans to the fill's hue
    grain: float = 0.018  # at half size: the upscale softens it to about 0.011
    tint_lean: float = 0.35  # how far a grade motif at full intensity leans to the tint
    max_gain: float = MAX_GAIN  # the most the exposure adapts upward (1: held as designed)


@dataclass(frozen=True)
class Draw:
    """One motif drawn in a frame (its layer program, eased intensity, params)."""

    motif: str
    layer: LayerSpec
    intensity: float
    params: tuple[float, float, float, float]
    outside: bool = False  # seen through the interior's windows: drawn behind everything else
    in_water: bool = False  # a creature of the water seen in open water, under its horizon


def shore_of(draws: Sequence[Draw]) -> tuple[float, float]:
    """The horizon of the strongest open water drawn (a surface layer) and how much of a
    ground layer stands on its far shore, 0..1 (0 without open water); without open water,
    the top of a stream's near reach (STREAM_REACH), where small swimmers are seen."""
    surfaces = [draw for draw in draws if draw.layer.surface]
    if not surfaces:
        return (STREAM_REACH if _stream(draws) > 0.0 else 0.0, 0.0)
    water = max(surfaces, key=lambda draw: draw.intensity)
    return (water.params[0], min(water.intensity / SHORE_FULL, 1.0))


def placements(draw: Draw, shore: tuple[float, float]) -> list[tuple[tuple[float, float], float]]:
    """(u_shore, intensity) for each copy of `draw` to draw. A ground layer stands where it
    always does, or on the far shore of open water (lib/land_shore.glsl); while the water
    fades in or out the two copies dissolve into each other, so the land never moves or
    changes size with the water's intensity. A creature seen in the water is drawn in it, the
    water showing through. Other layers are drawn once, off any shore."""
    horizon, far = shore
    if draw.in_water:
        return [((horizon, -1.0), draw.intensity * SUBMERGED)]  # lib/land_shore.glsl
    if not draw.layer.ground or far <= 0.0:
        return [((0.0, 0.0), draw.intensity)]
    copies = [
        ((horizon, 0.0), draw.intensity * (1.0 - far)),
        ((horizon, 1.0), draw.intensity * far),
    ]
    return [copy for copy in copies if copy[1] >= MIN_INTENSITY]


def hidden_rows(draws: Sequence[Draw], height: int, margin: int = 1) -> tuple[int, int]:
    """(n, rows) where `draws` (one buffer's, in order) hold open water at full intensity as
    the nth: it covers every row below `rows` of a buffer `height` pixels high (it is opaque
    from WATER_EDGE under its horizon down, less `margin` rows) and does not mirror them (they
    lie below its reads_box), so whatever lies behind it there need not be shaded; (0, 0)
    without such water, or when a layer before it reads the scene (it would copy those rows)."""
    for index, draw in enumerate(draws):
        if draw.layer.surface and draw.layer.depth == 0.0 and draw.intensity >= 1.0:
            covered = math.floor((draw.params[0] - WATER_EDGE) * height - 0.5)
            box = draw.layer.reads_box if draw.layer.reads_scene else (0.0, 1.0, 1.0, 1.0)
            unread = math.floor(box[1] * (height - 1))
            rows = min(covered, unread) - margin
            return (index, rows) if rows > 0 else (0, 0)
        if draw.layer.reads_scene:
            break
    return (0, 0)


def depth_of(layer: LayerSpec, where: tuple[float, float]) -> float:
    """u_depth of a layer drawn at `where` (its u_shore): its own depth, or for a ground
    layer's copy on the far shore of open water (which reads the scene, so it lies at depth 0)
    that of the water, so its ground line stays on the water's horizon; a creature seen in the
    water lies in it too."""
    if where[1] < 0.0:
        return 0.0
    return layer.depth * (1.0 - where[1]) if layer.ground else layer.depth


@dataclass(frozen=True)
class _Frame:
    """What post needs to know about the layers just drawn."""

    palette: list[Color]
    buffers: dict[str, _Target]  # "u_" + group -> its buffer (a transparent 1x1 when empty)
    tint: Color  # the sentence's tint (linear)
    lean: float  # how far the picture leans to it: the strongest grade motif's intensity
    opaque_rows: int  # the bottom rows where the half buffer is opaque (open water), or 0
    indoors: float = 0.0  # how far an interior covers the frame: its intensity (0: none)


def create_output(ctx: moderngl.Context, size: tuple[int, int]) -> moderngl.Framebuffer:
    """An offscreen RGBA8 target of `size` (for stills, export and transitions)."""
    return ctx.framebuffer(color_attachments=[ctx.texture(size, 4)])


class _Target:
    """One colour texture with its framebuffer."""

    def __init__(self, ctx: moderngl.Context, size: tuple[int, int], dtype: str = "f2") -> None:
        import moderngl

        self.texture = ctx.texture(size, 4, dtype=dtype)
        self.texture.filter = (moderngl.LINEAR, moderngl.LINEAR)
        self.filter = moderngl.LINEAR  # set through set_filter: a GL call only on a change
        self.texture.repeat_x = self.texture.repeat_y = False
        self.fbo = ctx.framebuffer(color_attachments=[self.texture])
        self.size = size

    def set_filter(self, filter: int) -> None:
        """Sample this texture with `filter` (NEAREST or LINEAR) both ways."""
        if filter != self.filter:
            self.filter = filter
            self.texture.filter = (filter, filter)

    def release(self) -> None:
        self.fbo.release()
        self.texture.release()


class Compositor:
    """Renders FrameStates of one GL context at an output size."""

    def __init__(
        self,
        ctx: moderngl.Context,
        library: ShaderLibrary,
        visuals: Visuals,
        size: tuple[int, int],
        *,
        scale: float = 1.0,
        max_draws: int = MAX_DRAWS,
        post: PostSettings | None = None,
    ) -> None:
        self.ctx = ctx
        self.library = library
        self.visuals = visuals
        self.max_draws = max_draws
        self.post = post or PostSettings()
        self.size = (max(1, int(size[0])), max(1, int(size[1])))
        self.scale = self._quantize(scale)
        self.last_draws: list[Draw] = []
        self._targets: dict[str, _Target] = {}
        self._last_time: float | None = None
        self._clock = 0.0
        self._step: float | None = None  # seconds since the frame before, None when isolated
        self._adapted = 1.0  # the exposure's adaptation (renderer/gfx/exposure.py)
        self._wanted = 1.0  # the gain the last metering wanted
        self._metered = 0.0  # the scene time of the last metering
        self._buffers: dict[str, _Target] = {}
        self._staged: tuple[object, dict[str, Place]] = ((), {})
        self._allocate()

    # -- sizes -------------------------------------------------------------------------------

    @staticmethod
    def _quantize(scale: float) -> float:
        return round(min(max(scale, MIN_SCALE), MAX_SCALE) * 40) / 40  # steps of 0.025

    @property
    def internal_size(self) -> tuple[int, int]:
        return (
            max(1, round(self.size[0] * self.scale)),
            max(1, round(self.size[1] * self.scale)),
        )

    def resize(self, size: tuple[int, int]) -> None:
        size = (max(1, int(size[0])), max(1, int(size[1])))
        if size != self.size:
            self.size = size
            self._allocate()

    def set_scale(self, scale: float) -> None:
        """Internal resolution as a fraction of the output (0.5..1, in steps of 0.025)."""
        scale = self._quantize(scale)
        if scale != self.scale:
            self.scale = scale
            self._allocate()

    def _allocate(self) -> None:
        for target in self._targets.values():
            target.release()
        w, h = self.internal_size

        def part(n: int) -> tuple[int, int]:
            return (max(1, w // n), max(1, h // n))

        # under4 is opaque, but half floats with alpha blend and fetch faster on llvmpipe than
        # packed R11F_G11F_B10F (about 3% of a frame)
        sizes = {"half": part(2), "over4": part(4), "under4": part(4), "copy": part(2)}
        sizes |= {"d8": part(8), "d16": part(16), "u8": part(8), "u4": part(4), "empty": (1, 1)}
        self._targets = {name: _Target(self.ctx, size) for name, size in sizes.items()}
        self._targets["empty"].fbo.clear(0.0, 0.0, 0.0, 0.0)
        self._targets["picture"] = _Target(self.ctx, part(2), "f1")
        self._targets["meter"] = _Target(self.ctx, part(METER_DIVISOR), "f1")

    # -- time and intensities ----------------------------------------------------------------

    def reset(self) -> None:
        """Forget the previous frame: the next render is an isolated (pure) one."""
        self._last_time = None

    def _advance(self, state: FrameState) -> tuple[float, dict[str, float]]:
        """The scene time (u_time) and the intensities to draw for this state."""
        dt = None if self._last_time is None else state.time - self._last_time
        if dt is not None and 0.0 < dt <= MAX_STEP:
            self._clock += dt * pace(state.arousal)
            self._step = dt
        elif dt != 0.0:  # first frame, a seek, or a repeat of the same time stays put
            self._clock = state.time * pace(state.arousal)
            self._step = None
        else:
            self._step = 0.0
        self._last_time = state.time
        return self._clock, self.strongest(state.intensities)

    def strongest(self, intensities: dict[str, float]) -> dict[str, float]:
        """The motifs to draw: those strong enough to see, at most max_draws of them (ranked by
        intensity times the motif's priority; ties go to earlier stages, then names)."""
        drawable = {
            m: v for m, v in intensities.items() if m in self.visuals.motifs and v >= MIN_INTENSITY
        }
        ranked = sorted(
            (-drawable[m] * self.visuals.motifs[m].priority, self._order(m), m) for m in drawable
        )
        return {m: drawable[m] for _, _, m in ranked[: self.max_draws]}

    def _order(self, motif: str) -> int:
        """A motif's place in the drawing order (a grade motif's after every layer's)."""
        layers = self.visuals.layers_of(motif)
        return layers[0].order if layers else 1 << 30

    def plan_draws(
        self,
        intensities: dict[str, float],
        outside: frozenset[str] = frozenset(),
        single: frozenset[str] = frozenset(),
    ) -> list[Draw]:
        """The draws worth making (one per layer of each motif, and the near silhouettes they
        call for), in stage order (then declaration order, then name); those of the motifs
        `outside` (seen through an interior's windows) first and without near silhouettes;
        those `single` (the dream names only one of them) by their layer for one; the
        creatures of the water seen in open water right after it. A layer that several motifs
        call for with the same params (the forest floor under both the forest and the trees)
        is drawn once, for the strongest of them."""
        chosen: dict[tuple[str, tuple[float, ...]], Draw] = {}
        for motif, value in sorted(intensities.items()):
            visual = self.visuals.motifs.get(motif)
            if visual is None or value < MIN_INTENSITY:
                continue
            for layer in self.visuals.layers_of(motif, motif in single):
                draw = Draw(motif, layer, min(value, 1.0), visual.params, motif in outside)
                key = (layer.name, visual.params)
                if key not in chosen or draw.intensity > chosen[key].intensity:
                    chosen[key] = draw
        draws = list(chosen.values())
        floor = max((d.intensity for d in draws if d.layer.floor and not d.outside), default=0.0)
        floor = min(floor / FLOOR_FULL, 1.0)
        if floor > 0.0:  # the ground under creatures gives way to the floor they stand on
            draws = [
                replace(d, intensity=d.intensity * (1.0 - floor)) if d.layer.footing else d
                for d in draws
            ]
            draws = [d for d in draws if d.intensity >= MIN_INTENSITY]
        draws = _into_the_water(_behind_walls(draws))
        draws += self._near_draws([draw for draw in draws if not draw.outside], floor)
        return _drawing_order(draws)

    def _near_draws(self, draws: list[Draw], floor: float = 0.0) -> list[Draw]:
        """The near framing silhouettes (a layer's `near`): each as strong as the strongest
        layer that calls for it (a ground layer's fades as it moves to the far shore of open
        water, and as a `floor` as strong as that is drawn), and fading out as it falls
        NEAR_MARGIN behind the strongest other one: one near plane holds the front, and another
        takes over smoothly as the scenery changes. Drawn under the near layer's own name (its
        seed stays put whichever scenery calls for it)."""
        far = shore_of(draws)[1]
        strength: dict[str, float] = {}
        for draw in draws:
            if draw.layer.near is not None:
                land = (1.0 - far) * (1.0 - floor)
                value = draw.intensity * (land if draw.layer.ground else 1.0)
                strength[draw.layer.near] = max(strength.get(draw.layer.near, 0.0), value)
        layers = self.visuals.layers
        near = []
        for name, value in sorted(strength.items()):
            rival = max((v for other, v in strength.items() if other != name), default=0.0)
            lead = min(max(1.0 + (value - rival) / NEAR_MARGIN, 0.0), 1.0)
            value *= lead * lead * (3.0 - 2.0 * lead)  # smoothstep
            if value >= MIN_INTENSITY:
                near.append(Draw(name, layers[name], value, (0.0,) * 4))
        return near

    def _staging(self, state: FrameState, drawn: dict[str, float]) -> dict[str, Place]:
        """Where the figures and creatures stand (renderer/gfx/staging.py), staged again only
        when the dream or what is drawn changes."""
        key = (state.cast, state.seed, frozenset(drawn), state.single)
        if self._staged[0] != key:
            self._staged = (
                key, stage(state.cast, drawn, state.seed, self.visuals, state.single)
            )
        return self._staged[1]

    # -- rendering ---------------------------------------------------------------------------

    def render(self, state: FrameState, target: moderngl.Framebuffer) -> list[Draw]:
        """Draw one frame of `state` into `target` (at self.size); returns what was drawn."""
        return self.present(self.render_picture(state), target)

    def present(
        self, picture: moderngl.Framebuffer | None, target: moderngl.Framebuffer
    ) -> list[Draw]:
        """The final pass: render_picture()'s `picture` upscaled into `target` (black where
        post failed to compile); returns what was drawn."""
        final = self.library.get("post/final")
        target.use()
        self.ctx.viewport = (0, 0, *self.size)
        if picture is None or final is None:  # post failed to compile: black, not a crash
            target.clear(0.0, 0.0, 0.0, 1.0)
            return self.last_draws
        self._targets["picture"].texture.use(location=0)
        final.set("u_picture", 0)
        final.draw()
        return self.last_draws

    @property
    def picture_size(self) -> tuple[int, int]:
        """The size of render_picture()'s texture: half the internal size."""
        return self._targets["picture"].size

    def render_picture(self, state: FrameState) -> moderngl.Framebuffer | None:
        """The frame before the final pass: a framebuffer of picture_size holding the
        display-encoded RGBA8 picture (None when post failed to compile). Export
        hands this to ffmpeg, whose scaler upsamples it while converting to YUV."""
        frame = self.render_layers(state)
        light = self._light(frame)
        if light is None:
            return None
        picture = self._targets["picture"]
        textures = frame.buffers | {"u_over4": light}
        self._adapt(frame, textures, state.time)
        combine = self._pass("post/combine", picture, **textures)
        if combine is None:
            return None
        rows = frame.opaque_rows
        opaque = self.library.get("post/combine_opaque") if rows > 0 else None
        look = {"fade": min(max(float(state.fade), 0.0), 1.0), "grain": self.post.grain}
        if opaque is None:
            self._set_combine(combine, frame, **look, seed=state.seed)
            combine.draw()
            return picture.fbo
        # under open water the half layers are opaque: those rows skip the fetch of under4
        for location, uniform in enumerate(textures):
            opaque.set(uniform, location)
        width, height = picture.size
        for shader, box in (
            (opaque, (0, 0, width, rows)),
            (combine, (0, rows, width, height - rows)),
        ):
            self._set_combine(shader, frame, **look, seed=state.seed)
            picture.fbo.scissor = box
            picture.fbo.use()
            shader.draw()
        picture.fbo.scissor = None  # type: ignore[assignment]  # None turns it off
        return picture.fbo

    def _adapt(self, frame: _Frame, textures: dict[str, _Target], time: float) -> None:
        """Move the exposure's gain toward the one the picture wants: eased over the time since
        the frame before, toward what it last metered (every METER_SECONDS of frames in
        order), or settled from 1 on an isolated frame, which it meters at once."""
        step = self._step
        if step == 0.0 or self.post.max_gain <= 1.0:
            return
        if step is None:
            self._adapted = 1.0
        due = step is None or not 0.0 <= time - self._metered < METER_SECONDS
        for _ in range(SETTLE_STEPS if step is None else int(due)):
            levels = self._meter(frame, textures)
            if levels is None:
                return
            self._wanted = wanted_gain(self._adapted, *levels, self.post.max_gain)
            self._metered = time
            if step is None:
                self._adapted = self._wanted
        if step is not None:
            self._adapted = eased(self._adapted, self._wanted, step)

    def _meter(self, frame: _Frame, textures: dict[str, _Target]) -> tuple[float, float] | None:
        """The display luma of the darkest and the brightest 5% of the picture at the present
        gain (exposure.levels_of), drawn small without the fade or grain (None when post
        failed)."""
        import numpy as np

        meter = self._targets["meter"]
        combine = self._pass("post/combine", meter, **textures)
        if combine is None:
            return None
        self._set_combine(combine, frame, fade=1.0, grain=0.0, seed=0)
        combine.draw()
        width, height = meter.size
        pixels = np.frombuffer(meter.texture.read(), dtype=np.uint8)
        return levels_of(pixels.reshape(height, width, 4))

    def _set_combine(
        self, combine: Shader, frame: _Frame, *, fade: float, grain: float, seed: int
    ) -> None:
        """The uniforms of post/combine (and its opaque variant) for a frame."""
        grade_a, grade_b = self._grade(frame.tint, frame.lean)
        combine.set("u_grade_a", grade_a)
        combine.set("u_grade_b", grade_b)
        shadow_tone, light_tone = self._split_tone(frame.palette)
        combine.set("u_shadow_tone", shadow_tone)
        combine.set("u_light_tone", light_tone)
        combine.set("u_vignette", self.post.vignette)
        # the graduated filter leans a sky to the fill's hue, not an interior's ceiling
        top_tone = self.post.top_tone * (1.0 - INDOOR_TOP_TONE * frame.indoors)
        combine.set("u_top_tone", self._gain(frame.palette[1], top_tone))
        combine.set("u_contrast", self.post.contrast)
        combine.set("u_toe", self.post.toe)
        combine.set("u_fade", fade)
        combine.set("u_aspect", (self.size[0] / self.size[1], 1.0))
        combine.set("u_seed", float(seed % 1000))
        combine.set("u_grain", grain)

    def render_layers(self, state: FrameState) -> _Frame:
        """Only the layers: the layer buffers, no post (render() does both)."""
        import moderngl

        ctx = self.ctx
        t = self._targets
        scene_time, intensities = self._advance(state)
        palette = [srgb_to_linear(c) for c in (list(state.palette) * 4)[:4]]
        draws = self.plan_draws(intensities, state.outside, state.single)
        tint = srgb_to_linear(state.tint)
        common: dict[str, object] = {
            "u_time": scene_time,
            "u_palette": palette,
            "u_mood": (float(state.valence), float(state.arousal)),
            "u_voice": float(state.voice),
            "u_tint": tint,
            "u_daylight": min(max(float(state.daylight), 0.0), 1.0),
            "u_camera": camera_at(state.time, state.seed).uniform,
        }
        groups: dict[str, list[Draw]] = {name: [] for name in GROUPS}
        for draw in sorted(draws, key=lambda d: (not d.outside, not is_behind(d.layer))):
            groups[group_of(draw)].append(draw)
        shore = shore_of([draw for draw in draws if not draw.outside])
        # a dim room (one looks out) raises its view less, and hardly at all once it is too
        # faint to hide the bottom of the frame that the raise leaves bare
        view = VIEW_RAISE * walls_of(draws) ** 3
        places = self._staging(state, intensities)
        ctx.disable(moderngl.DEPTH_TEST | moderngl.CULL_FACE | moderngl.BLEND)
        ctx.blend_func = moderngl.ONE, moderngl.ONE_MINUS_SRC_ALPHA
        # the stub types blend_equation as a pair; moderngl also takes one equation for both
        ctx.blend_equation = moderngl.FUNC_ADD  # type: ignore[assignment]
        drawn: list[Draw] = []
        # the backdrop replaces the clear of under4, the one opaque buffer, except under open
        # water in front that hides it (its rows there are cleared, and weigh nothing)
        under4 = t["under4"]
        _, hidden = hidden_rows(groups["half"], under4.size[1], margin=UNDER_MARGIN)
        if hidden > 0 and not any(draw.layer.reads_scene for draw in groups["under4"]):
            under4.fbo.clear(*palette[0], 1.0)
            under4.fbo.scissor = (0, hidden, under4.size[0], under4.size[1] - hidden)
        under4.fbo.use()
        backdrop = self.library.get("post/backdrop")
        if backdrop is None:
            under4.fbo.clear(*palette[0], 1.0)
        else:
            self._set(backdrop, common, under4.size, 1.0, float(state.seed % 1000))
            backdrop.draw()
        self._layers(
            groups["under4"], under4, common, state, drawn, (shore, view), places, fresh=False
        )
        under4.fbo.scissor = None  # type: ignore[assignment]  # None turns it off
        buffers = {"u_under4": under4}
        _, opaque_rows = hidden_rows(groups["half"], t["half"].size[1])
        for name in GROUPS[1:]:
            painted = self._layers(
                groups[name], t[name], common, state, drawn, (shore, view), places, fresh=True
            )
            buffers[f"u_{name}"] = t[name] if painted else t["empty"]
        drawn.sort(key=lambda d: (d.layer.order, d.motif))
        self.last_draws = drawn
        self._buffers = buffers
        motifs = self.visuals.motifs
        grades = [v for m, v in intensities.items() if m in motifs and motifs[m].is_grade]
        lean = max((v for v in grades if v >= MIN_INTENSITY), default=0.0)
        indoors = max((d.intensity for d in drawn if d.layer.walls), default=0.0)
        return _Frame(palette, buffers, tint, min(lean, 1.0), opaque_rows, min(indoors, 1.0))

    def _layers(
        self,
        draws: list[Draw],
        into: _Target,
        common: dict[str, object],
        state: FrameState,
        drawn: list[Draw],
        seen: tuple[tuple[float, float], float],
        places: dict[str, Place],
        *,
        fresh: bool,
    ) -> bool:
        """Draw `draws` into `into` with premultiplied blending (a fresh target is cleared to
        transparent first), ground layers by their `placements` on the shore, staged figures
        and creatures at their `places` (u_place), those seen through an interior's windows
        raised by the view; `seen`: (the shore, the view's raise). True when any was drawn.

        Drawing a fresh target's first layer with blending off would save a blend, but
        llvmpipe then gives slightly different pixels from run to run (seen on Mesa 22.3)."""
        import moderngl

        if not draws:
            return False
        ctx = self.ctx
        into.fbo.use()
        if fresh:
            into.fbo.clear(0.0, 0.0, 0.0, 0.0)
        ctx.enable(moderngl.BLEND)
        hidden, rows = hidden_rows(draws, into.size[1])
        if hidden > 0:  # draws before the water
            into.fbo.scissor = (0, rows, into.size[0], into.size[1] - rows)
            into.fbo.use()
        any_drawn = False
        shore, view = seen
        for index, draw in enumerate(draws):
            shader = self.library.get(draw.layer.program)
            if shader is None:
                continue
            if hidden > 0 and index == hidden:
                into.fbo.scissor = None  # type: ignore[assignment]  # None turns it off
                into.fbo.use()
            if draw.layer.reads_scene:
                self._copy_behind(into)
                shader.set("u_scene", 0)
                shader.set("u_under4", 1)
            seed = motif_seed(state.seed, draw.motif)
            place = places.get(draw.layer.name)
            if place is not None:
                shader.set("u_place", place.uniform)
            clipped = draw.layer.ground or draw.in_water  # under its ground line, or over
            if clipped:  # the water's horizon (lib/land_shore.glsl)
                ctx.enable_direct(GL_CLIP_DISTANCE0)
            named = state.colors.get(draw.motif)  # "a green moon": its layer's palette in
            colored = None if named is None else _colored(state.palette, named)  # that colour
            solid = draw  # a staged figure or creature is opaque from SOLID on, not a ghost
            if place is not None:
                solid = replace(draw, intensity=min(draw.intensity / SOLID, 1.0))
            for where, intensity in placements(solid, shore):
                self._set(shader, common, into.size, intensity, seed)
                if colored is not None:
                    shader.set("u_palette", colored)
                shader.set("u_named", named[3] if named is not None else 0.0)
                shader.set("u_params", draw.params)
                shader.set("u_sprites", draw.layer.sprites)
                shader.set("u_shore", where)
                shader.set("u_depth", depth_of(draw.layer, where))
                shader.set("u_view", view if draw.outside else 0.0)
                shader.draw(draw.layer.vertices)
            if clipped:
                ctx.disable_direct(GL_CLIP_DISTANCE0)
            drawn.append(draw)
            any_drawn = True
        ctx.disable(moderngl.BLEND)
        return any_drawn

    def _copy_behind(self, into: _Target) -> None:
        """What a layer that reads the scene needs (lib/scene_behind.glsl): `into` as drawn so
        far copied to the "copy" buffer (a plain copy, no shading), bound as u_scene on unit 0,
        and under4 on unit 1; `into` is bound again afterwards."""
        import moderngl

        copy, under4 = self._targets["copy"], self._targets["under4"]
        copy.fbo.scissor = None  # type: ignore[assignment]  # None turns it off; the stub has no None
        copy.fbo.use()  # a blit obeys the scissor: the copy takes the whole buffer
        self.ctx.copy_framebuffer(copy.fbo, into.fbo)
        into.fbo.use()
        copy.texture.use(location=0)
        under4.set_filter(moderngl.LINEAR)
        under4.texture.use(location=1)

    @staticmethod
    def _set(
        shader: Shader,
        common: dict[str, object],
        size: tuple[int, int],
        intensity: float,
        seed: float,
    ) -> None:
        for name, value in common.items():
            shader.set(name, value)
        shader.set("u_resolution", (float(size[0]), float(size[1])))
        shader.set("u_intensity", intensity)
        shader.set("u_seed", seed)

    def _pass(self, name: str, into: _Target, **textures: _Target) -> Shader | None:
        """Program `name` bound to draw into `into`, with `textures` on its samplers. A source
        of the target's size (or 1x1) is sampled nearest: exact at texel centres, and on
        software GL a bilinear fetch costs about three nearest ones."""
        shader = self.library.get(name)
        if shader is None:
            return None
        into.fbo.use()
        for location, (uniform, source) in enumerate(textures.items()):
            exact = source.size in (into.size, (1, 1))
            source.set_filter(NEAREST if exact else LINEAR)
            source.texture.use(location=location)
            shader.set(uniform, location)
        return shader

    def _light(self, frame: _Frame) -> _Target | None:
        """The bloom of the composite (its light above the threshold at 1/8 size, down to
        1/16 and back up) with the quarter-size layers in front laid over it at 1/4 size, or
        the bloom alone when there are none; None when a post program failed."""
        t = self._targets
        shader = self._pass("post/bloom_prefilter", t["d8"], **frame.buffers)
        if shader is None:
            return None
        half = frame.buffers["u_half"].size
        shader.set("u_texel", (1.0 / half[0], 1.0 / half[1]))
        shader.set("u_threshold", self.post.bloom_threshold)
        shader.draw()
        shader = self._pass("post/bloom_down", t["d16"], u_source=t["d8"])
        if shader is None:
            return None
        shader.set("u_texel", (1.0 / t["d8"].size[0], 1.0 / t["d8"].size[1]))
        shader.draw()
        shader = self._pass("post/bloom_up", t["u8"], u_source=t["d16"], u_base=t["d8"])
        if shader is None:
            return None
        shader.set("u_texel", (1.0 / t["d16"].size[0], 1.0 / t["d16"].size[1]))
        shader.set("u_bloom_strength", self.post.bloom_strength)
        shader.draw()
        over4 = frame.buffers["u_over4"]
        if over4 is t["empty"]:
            return t["u8"]
        shader = self._pass("post/bloom_light", t["u4"], u_source=t["u8"], u_over4=over4)
        if shader is None:
            return None
        shader.draw()
        return t["u4"]

    def _grade(self, tint: Color, lean: float) -> tuple[float, Color]:
        """(a, b) with graded = a * x + b * luma(x): exposure (as adapted), saturation and, by
        `lean` (a grade motif's intensity), a lean toward the tint at the same luminance (the
        product of those 3x3 matrices, folded)."""
        e, sat = self.post.exposure * self._adapted, self.post.saturation
        a = e * sat
        b = [e * (1.0 - sat)] * 3
        # x' = (1 - h) x_graded + h * luma(x_graded) * tint / luma(tint)
        h = self.post.tint_lean * lean
        tint_luma = max(sum(c * w for c, w in zip(tint, LUMA, strict=True)), 1e-3)
        graded_luma = a + sum(v * w for v, w in zip(b, LUMA, strict=True))
        b = [
            (1.0 - h) * v + h * graded_luma * min(c / tint_luma, 4.0)
            for v, c in zip(b, tint, strict=True)
        ]
        return (1.0 - h) * a, (b[0], b[1], b[2])

    def _split_tone(self, palette: list[Color]) -> tuple[Color, Color]:
        """The gains for the shadows and for the lights: white leaned by post.grade toward the
        hue of the palette's shadow (palette[0]) and of its key (palette[3]), the lights'
        raised by post.light_lift."""
        lights = tuple(v * self.post.light_lift for v in self._gain(palette[3], self.post.grade))
        return self._gain(palette[0], self.post.grade), (lights[0], lights[1], lights[2])

    @staticmethod
    def _gain(color: Color, amount: float) -> Color:
        """A per-channel gain that leans a colour by `amount` toward `color`'s hue, its luma
        about kept."""
        luma = max(sum(v * w for v, w in zip(color, LUMA, strict=True)), 1e-4)
        r, g, b = (1.0 - amount + amount * min(v / luma, 3.0) for v in color)
        return r, g, b

    def post_failure(self) -> str | None:
        """Why post cannot draw: the first post program's compile failure (None if none)."""
        failures = self.library.failures
        return next((failures[name] for name in POST_PROGRAMS if name in failures), None)

    @property
    def post_failed(self) -> bool:
        return self.post_failure() is not None

    def layer_pixels(self) -> np.ndarray:
        """The half-size layer buffer of the last frame (the sharp layers, no backdrop) as
        float32 (height, width, 4), top row first (for tests)."""
        import numpy as np

        target = self._buffers["u_half"]
        w, h = target.size
        data = np.frombuffer(target.texture.read(), dtype=np.float16)
        return data.reshape(h, w, 4)[::-1].astype(np.float32)

    def release(self) -> None:
        for target in self._targets.values():
            target.release()
        self._targets.clear()
