"""A hack's window sink stops touching the window once told to stop, and the frame driver asks
for its target only after the picture is drawn, just before the final pass (a window
XScreenSaver destroys right after its SIGTERM can stall a draw into it)."""

from __future__ import annotations

import pytest
from gfx_support import gl_context

from renderer.frame import FrameState
from renderer.output.driver import FrameDriver
from renderer.output.window import GuardedWindowSink

SIZE = (64, 36)


class _Window:
    """The parts of a Window a sink uses: its context, size, screen and flip."""

    def __init__(self, ctx) -> None:  # noqa: ANN001
        self.ctx, self.size, self.flips = ctx, SIZE, 0
        self.screen = ctx.simple_framebuffer(SIZE)

    def begin_frame(self):  # noqa: ANN201
        self.screen.use()
        return self.screen

    def flip(self) -> None:
        self.flips += 1


@pytest.mark.gl
def test_once_stopped_the_window_is_neither_drawn_into_nor_shown() -> None:
    ctx = gl_context()
    window = _Window(ctx)
    stopped = [False]
    sink = GuardedWindowSink(window, lambda: stopped[0])  # type: ignore[arg-type]
    frame = sink.target()
    assert frame is window.screen
    sink.deliver(None, frame)
    assert window.flips == 1
    stopped[0] = True
    frame = sink.target()
    assert frame is not window.screen and frame.size == SIZE  # an offscreen frame
    sink.deliver(None, frame)
    assert window.flips == 1
    sink.release()
    ctx.release()


def test_the_driver_asks_for_the_target_after_the_picture_is_drawn() -> None:
    calls: list[str] = []

    class Compositor:
        def resize(self, size: tuple[int, int]) -> None:
            pass

        def render_picture(self, state: FrameState) -> object:
            calls.append("picture")
            return object()

        def present(self, picture: object, target: object) -> None:
            calls.append("present")

    class Sink:
        picture = False
        size = SIZE

        def target(self) -> object:
            calls.append("target")
            return object()

    state = FrameState(time=0.0, intensities={}, palette=((0.0, 0.0, 0.0),) * 4)
    FrameDriver(Compositor()).draw(state, Sink())  # type: ignore[arg-type]
    assert calls == ["picture", "target", "present"]
