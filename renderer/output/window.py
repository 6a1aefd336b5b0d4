"""The window sink: frames drawn on a window's screen, an overlay (captions, a title card, the
menu) over them, then shown."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import moderngl

    from renderer.app.window import Window
    from renderer.frame import FrameState

# draws over the frame: (the frame's state or None for a blank frame, seconds since the last)
Overlay = Callable[["FrameState | None", float], None]


class WindowSink:
    """Frames shown in `window`, each with `overlay` drawn over it. While `frozen` (a paused
    picture) the overlay's clock stands still."""

    picture = False

    def __init__(self, window: Window, overlay: Overlay | None = None) -> None:
        self.window = window
        self.overlay = overlay
        self.frozen = False
        self._last: float | None = None

    @property
    def size(self) -> tuple[int, int]:
        return self.window.size

    def target(self) -> moderngl.Framebuffer:
        return self.window.begin_frame()

    def deliver(self, state: FrameState | None, frame: moderngl.Framebuffer) -> None:
        del frame
        now = time.perf_counter()
        dt = 0.0 if self.frozen or self._last is None else now - self._last
        self._last = now
        if self.overlay is not None:
            self.overlay(state, dt)
        self.window.flip()

    def release(self) -> None:
        """Nothing to free: frames go to the window's own screen."""

    def blank(self, color: tuple[float, float, float] = (0.0, 0.0, 0.0)) -> None:
        """A frame with no scene: `color`, the overlay, shown."""
        frame = self.target()
        frame.clear(*color, 1.0)
        self.deliver(None, frame)


class GuardedWindowSink(WindowSink):
    """Frames for a window another program owns and destroys at will (an XScreenSaver
    hack's): once `stopped()`, the window is no longer touched. XScreenSaver destroys it right
    after its SIGTERM, and a draw into a destroyed window can stall in the driver. The frame
    driver asks for the target last, just before the final pass, so a signal that came while
    the picture was drawn sends that pass to a frame offscreen, and nothing is shown."""

    def __init__(self, window: Window, stopped: Callable[[], bool]) -> None:
        super().__init__(window)
        self._stopped = stopped
        self._offscreen: moderngl.Framebuffer | None = None

    def target(self) -> moderngl.Framebuffer:
        if not self._stopped():
            return super().target()
        if self._offscreen is None or self._offscreen.size != self.size:
            self.release()
            self._offscreen = self.window.ctx.simple_framebuffer(self.size)
        return self._offscreen

    def deliver(self, state: FrameState | None, frame: moderngl.Framebuffer) -> None:
        if not self._stopped():
            super().deliver(state, frame)

    def release(self) -> None:
        if self._offscreen is not None:
            self._offscreen.release()
            self._offscreen = None
