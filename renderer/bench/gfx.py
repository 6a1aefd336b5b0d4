"""GPU-side benchmarks: the fbm reference, each layer alone, full scenes, adaptive resolution.

Every measured frame ends with ctx.finish(), so the times are what the rasterizer really took.
Besides wall-clock times, each frame's CPU time of this process (the software rasterizer's
threads included) is kept: on a shared machine other work stretches the wall clock of every
frame, but not the CPU time the frame itself took.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from renderer.frame import FrameState
from renderer.pipeline import VoiceChoice

if TYPE_CHECKING:
    import moderngl

    from renderer.gfx.compositor import Compositor
    from renderer.gfx.shaders import ShaderLibrary
    from renderer.timeline import Timeline

SCENE_DREAMS = ("lantern-river", "nebula-choir", "rain-city")
BENCH_VOICE = VoiceChoice("silent")  # the scenes' clock: reading pace, no synthesis
ADAPTIVE_FPS = 30.0
FRAME_STEP = 1.0 / 30.0  # scene time advances like 30 fps playback
WARMUP = 2


@dataclass
class Frames:
    """The ms each frame took: on the wall clock, and in this process's CPU time."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def extend(self, other: Frames) -> None:
        self.wall += other.wall
        self.cpu += other.cpu


def _time_frames(
    ctx: moderngl.Context, frames: int, *draws: Callable[[int], object]
) -> list[Frames]:
    """The times of each frame of each `draw(i)` over `frames` frames, after a short warm-up.
    The draws take turns frame by frame, so a change in the machine's speed (a shared or
    virtual machine) reaches them alike. Callers take medians: a few frames are always delayed
    by other work, and one such frame would move a mean of 60 by several percent."""
    for i in range(WARMUP):
        for draw in draws:
            draw(i)
    ctx.finish()
    times = [Frames() for _ in draws]
    for i in range(frames):
        for draw, spent in zip(draws, times, strict=True):
            started, cpu = time.perf_counter(), time.process_time()
            draw(WARMUP + i)
            ctx.finish()
            spent.wall.append((time.perf_counter() - started) * 1000.0)
            spent.cpu.append((time.process_time() - cpu) * 1000.0)
    return times


class Reference:
    """The yardstick: shaders/reference/fbm.glsl, 5 octaves, over the full frame. It is
    timed on its own and again taking turns with each scene; reference_ms is the median of
    all those frames."""

    def __init__(
        self, ctx: moderngl.Context, library: ShaderLibrary, size: tuple[int, int]
    ) -> None:
        from renderer.gfx.compositor import create_output

        self.shader = library.load("reference/fbm")
        self.output = create_output(ctx, size)
        self.size = size
        self.times = Frames()

    def draw(self, i: int) -> None:
        self.output.use()
        self.shader.set("u_resolution", (float(self.size[0]), float(self.size[1])))
        self.shader.set("u_time", i * FRAME_STEP)
        self.shader.draw()

    @property
    def ms(self) -> float:
        return statistics.median(self.times.wall)

    def release(self) -> None:
        self.output.color_attachments[0].release()
        self.output.release()


def layer_ms(compositor: Compositor, state: FrameState, frames: int) -> dict[str, float]:
    """Each layer alone at intensity 1 with its typical motif: ms of the layer pass (no post).
    A layer that only ever draws part of a motif (`also`) is timed with the layer it helps."""
    visuals = compositor.visuals
    primary = {v.layer for v in visuals.motifs.values() if v.layer is not None}
    result = {}
    for name in sorted(primary & set(visuals.layers)):
        motif = visuals.typical_motif(name)
        if motif is None or compositor.library.get(visuals.layers[name].program) is None:
            continue
        alone = replace(state, intensities={motif: 1.0})
        compositor.reset()

        def draw(i: int, alone: FrameState = alone) -> None:
            compositor.render_layers(replace(alone, time=alone.time + i * FRAME_STEP))

        result[name] = round(
            statistics.median(_time_frames(compositor.ctx, frames, draw)[0].wall), 3
        )
    return result


def busiest_time(timeline: Timeline, compositor: Compositor) -> float:
    """The sentence midpoint where the most motifs are drawn (then the most intensity)."""
    best, best_key = timeline.duration / 2, (-1, -1.0)
    for sentence in timeline.sentences:
        t = (sentence.start + sentence.end) / 2
        motifs = compositor.visuals.motifs  # the near planes they call for are not motifs
        draws = [
            d for d in compositor.plan_draws(timeline.state_at(t).intensities) if d.motif in motifs
        ]
        key = (len(draws), sum(d.intensity for d in draws))
        if key > best_key:
            best, best_key = t, key
    return best


def scene_result(
    compositor: Compositor,
    output: moderngl.Framebuffer,
    timeline: Timeline,
    frames: int,
    reference: Reference,
) -> tuple[float, float, float, float]:
    """(ms at full resolution, taking turns with the reference; the ratio of the frame's CPU
    time to the reference's in those turns; then fps and final scale under adaptive
    resolution at 30 fps)."""
    from renderer.gfx.adaptive import AdaptiveResolution
    from renderer.output.driver import FramebufferSink, FrameDriver

    start = busiest_time(timeline, compositor)
    ctx = compositor.ctx

    def state(i: int) -> FrameState:
        return timeline.state_at(start + i * FRAME_STEP)

    driver = FrameDriver(compositor)
    sink = FramebufferSink(output)
    compositor.set_scale(1.0)
    compositor.reset()
    full, ref = _time_frames(ctx, frames, lambda i: driver.render(state(i), sink), reference.draw)
    reference.times.extend(ref)
    cpu_ratio = statistics.median(full.cpu) / max(statistics.median(ref.cpu), 1e-6)

    controller = AdaptiveResolution(target_fps=ADAPTIVE_FPS)
    adaptive = FrameDriver(compositor, adaptive=controller)
    compositor.reset()
    times = []
    total = max(frames * 2, 40)  # time for the controller to settle, then measure
    for i in range(total):
        adaptive.render(state(i), sink)
        times.append(adaptive.last_ms)
    tail = times[len(times) // 2 :]
    fps = 1000.0 / (sum(tail) / len(tail))
    compositor.set_scale(1.0)
    return statistics.median(full.wall), cpu_ratio, fps, controller.scale


def scene_dreams() -> list[str]:
    """Three bundled dreams: the usual trio when present, else the first bundled ones."""
    from renderer.library import catalog

    bundled = [e.name for e in catalog() if e.source_kind == "bundled"]
    chosen = [d for d in SCENE_DREAMS if d in bundled]
    chosen += [d for d in bundled if d not in chosen]
    return chosen[:3]


def bench_gfx(size: tuple[int, int] = (1280, 720), frames: int = 60) -> dict[str, Any]:
    """The gfx benchmark as the JSON object `reverie bench --gfx --json` prints."""
    from renderer.gfx.compositor import create_output
    from renderer.gfx.context import create_headless_context
    from renderer.mapping.palette import hex_to_rgb
    from renderer.pipeline import create_compositor, dream_timeline
    from renderer.timeline import DEFAULT_PALETTE

    frames = max(1, frames)
    ctx = create_headless_context()
    compositor = create_compositor(ctx, size)
    library = compositor.library
    output = create_output(ctx, size)
    typical = FrameState(
        time=10.0,
        intensities={},
        palette=tuple(hex_to_rgb(c) for c in DEFAULT_PALETTE),
        arousal=0.3,
        seed=1,
    )
    reference = Reference(ctx, library, size)
    reference.times.extend(_time_frames(ctx, frames, reference.draw)[0])
    result: dict[str, Any] = {
        "gl_renderer": ctx.info["GL_RENDERER"],
        "size": [size[0], size[1]],
        "reference_ms": 0.0,  # below: the median of every reference frame, scenes included
        "layers": layer_ms(compositor, typical, max(3, frames // 4)),
        "scenes": [],
    }
    for dream in scene_dreams():
        timeline = dream_timeline(dream, BENCH_VOICE)
        full, cpu_ratio, fps, scale = scene_result(compositor, output, timeline, frames, reference)
        result["scenes"].append(
            {
                "dream": dream,
                "ms": round(full, 3),
                "cpu_ratio": round(cpu_ratio, 3),
                "adaptive_fps": round(fps, 2),
                "adaptive_scale": round(scale, 3),
            }
        )
    result["reference_ms"] = round(reference.ms, 3)
    reference.release()
    compositor.release()
    ctx.release()
    return result


def format_gfx(result: dict[str, Any]) -> str:
    """The gfx benchmark as a short human-readable table."""
    ref = result["reference_ms"]
    w, h = result["size"]
    lines = [
        f"renderer: {result['gl_renderer']} at {w}x{h}",
        f"reference 5-octave fbm: {ref:.2f} ms/frame",
        "layers alone (layer pass, no post):",
    ]
    for name, ms in sorted(result["layers"].items(), key=lambda kv: -kv[1]):
        lines.append(f"  {name:<16} {ms:7.2f} ms  {ms / ref:5.2f}x ref")
    lines.append("scenes (full frame with post):")
    for scene in result["scenes"]:
        lines.append(
            f"  {scene['dream']:<16} {scene['ms']:7.2f} ms  {scene['ms'] / ref:5.2f}x ref "
            f"({scene['cpu_ratio']:.2f}x in CPU time)   "
            f"adaptive {scene['adaptive_fps']:6.1f} fps at scale {scene['adaptive_scale']:.3f}"
        )
    return "\n".join(lines)
