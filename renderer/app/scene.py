"""The live scene: frames for the window at an adaptive internal resolution, plus the frame
statistics behind `--stats`."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from renderer.frame import FrameState

if TYPE_CHECKING:
    import moderngl

    from renderer.app.window import Window
    from renderer.director import SceneScript
    from renderer.gfx.compositor import Compositor
    from renderer.gfx.shaders import ProgramSpec, ShaderLibrary
    from renderer.gfx.visuals import Visuals
    from renderer.mapping.plan import ScenePlan
    from renderer.output.driver import FrameSink

TARGET_FPS = 30.0


class SceneView:
    """Live frames: a compositor at an adaptive internal resolution that holds the frame rate,
    its programs compiled ahead, and a paused picture held as a still."""

    def __init__(
        self,
        ctx: moderngl.Context,
        size: tuple[int, int],
        *,
        library: ShaderLibrary | None = None,
        visuals: Visuals | None = None,
    ) -> None:
        from renderer.gfx.adaptive import AdaptiveResolution
        from renderer.gfx.compositor import POST_PROGRAMS
        from renderer.output.driver import FrameDriver
        from renderer.pipeline import create_compositor

        self.ctx = ctx
        adaptive = AdaptiveResolution(target_fps=TARGET_FPS, scale=0.75)
        self.compositor: Compositor = create_compositor(
            ctx,
            size,
            scale=adaptive.scale,
            library=library,
            visuals=visuals,
        )
        self.driver = FrameDriver(self.compositor, adaptive=adaptive)
        self.fixed = FrameDriver(self.compositor)  # at the resolution it has
        self._held: moderngl.Framebuffer | None = None
        self.warm(POST_PROGRAMS)

    @property
    def library(self) -> ShaderLibrary:
        return self.compositor.library

    @property
    def visuals(self) -> Visuals:
        return self.compositor.visuals

    def warm(self, programs: Iterable[str | ProgramSpec]) -> None:
        """Compile programs now, so a layer that fades in later never stalls a frame."""
        for name in programs:
            self.library.get(name)

    def warm_motifs(self, motifs: Iterable[str]) -> None:
        """Compile the layer programs that draw these motifs (as many and as one), and the near
        planes they call for."""
        drawn = self.visuals.layers_of
        layers = {layer for m in motifs for one in (False, True) for layer in drawn(m, one)}
        layers |= {self.visuals.layers[layer.near] for layer in layers if layer.near is not None}
        self.warm(sorted(layer.program for layer in layers))

    def render(self, state: FrameState, sink: FrameSink, *, adapt: bool = True) -> None:
        """Draw `state` for `sink` and deliver it. With adapt=False the resolution stays as it
        is (e.g. two scenes in one frame)."""
        (self.driver if adapt else self.fixed).render(state, sink)

    def hold(self, state: FrameState, sink: FrameSink) -> None:
        """Show `state` as a still (pause): rendered once, then the same pixels every frame."""
        from renderer.gfx.compositor import create_output
        from renderer.output.driver import FramebufferSink

        if self._held is None or self._held.size != sink.size:
            self.release_hold()
            self._held = create_output(self.ctx, sink.size)
            self.fixed.render(state, FramebufferSink(self._held))
        frame = sink.target()
        self.ctx.copy_framebuffer(frame, self._held)
        sink.deliver(state, frame)

    def release_hold(self) -> None:
        """Back to live frames."""
        if self._held is not None:
            self._held.color_attachments[0].release()
            self._held.release()
            self._held = None

    def reset(self) -> None:
        """Forget the previous frame (after a seek: no smoothing across the jump)."""
        self.compositor.reset()

    def release(self) -> None:
        self.release_hold()
        self.compositor.release()
        self.library.release()


@contextmanager
def live_scene(window: Window, stats: bool) -> Iterator[tuple[SceneView, FrameStats | None]]:
    """The window's live scene and, with --stats, its frame statistics (printed at the end);
    the scene and the window are released on the way out."""
    counted = FrameStats() if stats_wanted(stats) else None
    scene = SceneView(window.ctx, window.size)
    try:
        yield scene, counted
    finally:
        if counted:
            counted.report(scene.compositor.scale)
        scene.release()
        window.close()


def stats_wanted(flag: bool = False) -> bool:
    return flag or os.environ.get("REVERIE_STATS", "") not in ("", "0")


class FrameStats:
    """Frames per second and the worst frame interval, measured after a warm-up."""

    WARMUP_FRAMES = 30

    def __init__(self) -> None:
        self.frames = 0
        self._last: float | None = None
        self.worst_ms = 0.0
        self.measured = 0  # frame intervals measured (after the warm-up, not across a pause)
        self.seconds = 0.0  # their total

    def tick(self) -> None:
        """Call once per presented frame."""
        now = time.perf_counter()
        self.frames += 1
        if self.frames > self.WARMUP_FRAMES and self._last is not None:
            interval = now - self._last
            self.worst_ms = max(self.worst_ms, interval * 1000.0)
            self.measured += 1
            self.seconds += interval
        self._last = now

    def pause_gap(self) -> None:
        """A deliberate stop (pause, menu): the next interval is not a frame time."""
        self._last = None

    def summary(self, scale: float) -> str:
        if self.measured == 0:
            return f"stats: {self.frames} frames (too few to measure)"
        fps = self.measured / self.seconds if self.seconds > 0 else 0.0
        return (
            f"stats: {self.measured} frames in {self.seconds:.1f} s, {fps:.1f} fps, "
            f"worst frame {self.worst_ms:.0f} ms, scale {scale:.3f}"
        )

    def report(self, scale: float) -> None:
        print(self.summary(scale), file=sys.stdout, flush=True)


def log_event(message: str) -> None:
    """With REVERIE_LOG_EVENTS=1, print 'event: MESSAGE' on stdout (tests and scripts watch it)."""
    if os.environ.get("REVERIE_LOG_EVENTS", "") not in ("", "0"):
        sys.stdout.write(f"event: {message}\n")  # one write: print's text and newline are
        sys.stdout.flush()  # two, between which another thread's line may land


def base_state(plan: ScenePlan, script: SceneScript, t: float, fade: float = 1.0) -> FrameState:
    """The setting the dream opens in, with its palette and overall mood, at time t."""
    from renderer.appearances import SETTING_LEVEL
    from renderer.timeline import palette_of

    moods = [s.mood for s in plan.sentences] or []
    valence = sum(m.valence for m in moods) / len(moods) if moods else 0.0
    arousal = sum(m.arousal for m in moods) / len(moods) if moods else 0.3
    return FrameState(
        time=t,
        intensities=dict.fromkeys(script.opening(), SETTING_LEVEL),
        palette=palette_of(plan),
        valence=valence,
        arousal=min(arousal, 0.4),
        seed=plan.dream.seed,
        fade=fade,
    )
