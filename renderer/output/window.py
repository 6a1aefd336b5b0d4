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

    def blank(self, color: tuple[float, float, float] = (0.0, 0.0, 0.0)) -> None:
        """A frame with no scene: `color`, the overlay, shown."""
        frame = self.target()
        frame.clear(*color, 1.0)
        self.deliver(None, frame)
