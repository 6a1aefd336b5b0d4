"""The frame driver: FrameStates drawn by one compositor, each frame handed to a FrameSink.

A sink has an output size (the compositor follows it) and says where the compositor draws:
into a framebuffer of that size that the sink gives (`target`), or, when `picture` is true,
into the compositor's own half-size picture (a video encoder upsamples that itself). After
drawing, the driver hands the frame to the sink's `deliver`: the window shows it, the encoder
queues it, a PNG sink reads it back.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from renderer.errors import ReverieError

if TYPE_CHECKING:
    import moderngl

    from renderer.frame import FrameState
    from renderer.gfx.adaptive import AdaptiveResolution
    from renderer.gfx.compositor import Compositor
    from renderer.timeline import Timeline


class FrameSink(Protocol):
    """Where frames go."""

    picture: bool  # True: takes the compositor's half-size picture instead of a full frame

    @property
    def size(self) -> tuple[int, int]:
        """The output size, now (a window may be resized)."""
        ...

    def target(self) -> moderngl.Framebuffer:
        """The framebuffer of `size` to draw the next frame into (not called for pictures)."""
        ...

    def deliver(self, state: FrameState, frame: moderngl.Framebuffer) -> None:
        """The frame of `state` is drawn in `frame`: show, encode or keep it."""
        ...


class FramebufferSink:
    """Frames drawn into one given framebuffer of the output size, kept there."""

    picture = False

    def __init__(self, framebuffer: moderngl.Framebuffer) -> None:
        self.framebuffer = framebuffer

    @property
    def size(self) -> tuple[int, int]:
        return self.framebuffer.size

    def target(self) -> moderngl.Framebuffer:
        return self.framebuffer

    def deliver(self, state: FrameState, frame: moderngl.Framebuffer) -> None:
        del state, frame


class FrameDriver:
    """Renders states with `compositor` into sinks. With an AdaptiveResolution controller
    (live playback) every frame is timed and the internal resolution follows it.

    `strict` (stills, export): a frame whose post shaders failed to compile is an error, not
    a black frame."""

    def __init__(
        self,
        compositor: Compositor,
        *,
        adaptive: AdaptiveResolution | None = None,
        strict: bool = False,
    ) -> None:
        self.compositor = compositor
        self.adaptive = adaptive
        self.strict = strict
        self.last_ms = 0.0  # the GL time of the last timed frame

    @property
    def ctx(self) -> moderngl.Context:
        return self.compositor.ctx

    def draw(self, state: FrameState, sink: FrameSink) -> moderngl.Framebuffer:
        """Draw the frame of `state` where `sink` wants it; returns that framebuffer."""
        if self.adaptive is None:
            frame = self._draw(state, sink)
        else:
            from renderer.gfx.adaptive import timed_frame

            frames: list[moderngl.Framebuffer] = []
            self.last_ms = timed_frame(self.ctx, lambda: frames.append(self._draw(state, sink)))
            self.compositor.set_scale(self.adaptive.update(self.last_ms))
            frame = frames[0]
        return frame

    def _draw(self, state: FrameState, sink: FrameSink) -> moderngl.Framebuffer:
        self.compositor.resize(sink.size)
        if sink.picture:
            picture = self.compositor.render_picture(state)
            if picture is None:
                raise ReverieError(self._post_failure())
            return picture
        picture = self.compositor.render_picture(state)
        frame = sink.target()  # asked for last: a window that may go is touched only now
        self.compositor.present(picture, frame)
        if self.strict and self.compositor.post_failed:
            raise ReverieError(self._post_failure())
        return frame

    def _post_failure(self) -> str:
        failure = self.compositor.post_failure()
        return f"the picture cannot be drawn: {failure}" if failure else "post failed"

    def render(self, state: FrameState, sink: FrameSink) -> None:
        """Draw the frame of `state` and deliver it to `sink`."""
        sink.deliver(state, self.draw(state, sink))

    def play(self, timeline: Timeline, times: Iterable[float], sink: FrameSink) -> int:
        """Render the timeline's state at each of `times` in order; returns the frame count."""
        count = 0
        for t in times:
            self.render(timeline.state_at(t), sink)
            count += 1
        return count


def fixed_step(start: float, frames: int, fps: float) -> Iterable[float]:
    """The export clock: frame i shows start + i / fps."""
    return (start + i / fps for i in range(frames))
