"""Frames for export: FrameStates rendered by the gfx compositor into an offscreen target and
read back as raw rgb24, handed to a writer thread that streams them into ffmpeg's stdin.

Without burned captions the frame is the compositor's half-size picture (everything but the
final upscale): ffmpeg's scaler upsamples it in the same step that converts it to
YUV, which costs less than a full-size pass on the software rasterizer plus reading back and
converting four times the pixels. Burned captions need the full-size frame to draw on.

Rows are read bottom-up (GL order) straight into reusable buffers, and ffmpeg flips them, so
a frame is never copied in Python. While the writer thread pushes frame i into the pipe, the
main thread renders frame i+1.
"""

from __future__ import annotations

import queue
import threading
import time
from typing import TYPE_CHECKING, BinaryIO

from renderer.errors import ReverieError

if TYPE_CHECKING:
    import moderngl

    from renderer.export.captions import CaptionBurner
    from renderer.frame import FrameState

DEPTH = 3  # frame buffers in flight: one rendering, up to two queued for the pipe


class FrameRenderer:
    """A headless compositor at a fixed size and internal scale, with no live smoothing."""

    def __init__(self, size: tuple[int, int], scale: float, fps: float, burn: bool) -> None:
        from renderer.gfx.compositor import Compositor, create_output
        from renderer.gfx.context import create_headless_context
        from renderer.gfx.shaders import ShaderLibrary
        from renderer.gfx.visuals import load_visuals

        self.size = size
        self.ctx = create_headless_context()
        self.library = ShaderLibrary(self.ctx)
        self.compositor = Compositor(
            self.ctx, self.library, load_visuals(), size, scale=scale, smoothing_s=0.0
        )
        self.burner: CaptionBurner | None = None
        self.output: moderngl.Framebuffer | None = None
        self.frame_size = self.compositor.picture_size
        if burn:
            from renderer.export.captions import CaptionBurner

            self.output = create_output(self.ctx, size)
            self.burner = CaptionBurner(self.ctx, size, fps)
            self.frame_size = size

    @property
    def frame_bytes(self) -> int:
        return self.frame_size[0] * self.frame_size[1] * 3

    def render_into(self, state: FrameState, buffer: bytearray) -> None:
        """Draw `state` (with its caption when burning) and read it into `buffer`, bottom-up."""
        if self.output is None or self.burner is None:
            picture = self.compositor.render_picture(state)
            if picture is None:
                raise ReverieError("the post shaders failed to compile; see the log above")
            picture.read_into(buffer, components=3, alignment=1)
            return
        self.compositor.render(state, self.output)
        self.burner.draw(state, self.output)
        self.output.read_into(buffer, components=3, alignment=1)

    def release(self) -> None:
        if self.burner is not None:
            self.burner.release()
        if self.output is not None:
            self.output.release()
        self.compositor.release()
        self.library.release()
        self.ctx.release()


class FramePipe:
    """A writer thread feeding frames to `sink`, with DEPTH reusable buffers.

    acquire() blocks while every buffer is still queued; the time spent waiting there is the
    time rendering waited for the encoder."""

    def __init__(self, sink: BinaryIO, frame_bytes: int) -> None:
        self.sink = sink
        self.waited_s = 0.0
        self.error: Exception | None = None
        self._free: queue.Queue[bytearray] = queue.Queue()
        for _ in range(DEPTH):
            self._free.put(bytearray(frame_bytes))
        self._full: queue.Queue[bytearray | None] = queue.Queue()
        self._thread = threading.Thread(target=self._write_all, name="export-writer", daemon=True)
        self._thread.start()

    def _write_all(self) -> None:
        while (buffer := self._full.get()) is not None:
            try:
                view = memoryview(buffer)
                while view:  # a raw pipe may take part of a frame per call
                    written = self.sink.write(view)
                    view = view[written:]
            except (OSError, ValueError) as error:  # ffmpeg exited, or the pipe was closed
                self.error = error
                return
            self._free.put(buffer)

    def _check(self) -> None:
        if self.error is not None or not self._thread.is_alive():
            raise ReverieError("ffmpeg stopped reading frames")

    def acquire(self) -> bytearray:
        """A buffer to render the next frame into."""
        started = time.perf_counter()
        while True:
            try:
                buffer = self._free.get(timeout=0.2)
                break
            except queue.Empty:
                self._check()
        self.waited_s += time.perf_counter() - started
        return buffer

    def submit(self, buffer: bytearray) -> None:
        self._check()
        self._full.put(buffer)

    def close(self) -> None:
        """Wait until every submitted frame is in the pipe."""
        started = time.perf_counter()
        self._full.put(None)
        while self._thread.is_alive():
            self._thread.join(timeout=0.2)
        self.waited_s += time.perf_counter() - started
        if self.error is not None:
            raise ReverieError("ffmpeg stopped reading frames")
