"""The video sink: frames read back as raw rgb24 and handed to a writer thread that streams
them into an encoder's stdin (ffmpeg, renderer/export/ffmpeg.py).

Without burned captions the frame is the compositor's half-size picture (everything but the
final upscale): ffmpeg's scaler upsamples it in the same step that converts it to
YUV, which costs less than a full-size pass on the software rasterizer plus reading back and
converting four times the pixels. Burned captions need the full-size frame to draw on.

Rows are read bottom-up (GL order) straight into reusable buffers, and ffmpeg flips them, so
a frame is never copied in Python. While the writer thread pushes frame i into the pipe, the
main thread renders frame i+1.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from typing import IO, TYPE_CHECKING

from renderer.errors import ReverieError

if TYPE_CHECKING:
    import moderngl

    from renderer.frame import FrameState

DEPTH = 3  # frame buffers in flight: one rendering, up to two queued for the pipe


class FramePipe:
    """A writer thread feeding frames to `sink`, with DEPTH reusable buffers.

    acquire() blocks while every buffer is still queued; the time spent waiting there is the
    time rendering waited for the encoder."""

    def __init__(self, sink: IO[bytes], frame_bytes: int) -> None:
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

    @property
    def broken(self) -> bool:
        """The encoder stopped reading (or the writer died)."""
        return self.error is not None or not self._thread.is_alive()

    def _check(self) -> None:
        if self.broken:
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


class CaptionBurner:
    """Draws each frame's caption into a full-size frame exactly as the player does (lower
    third, spoken word highlighted, fading between sentences)."""

    def __init__(self, ctx: moderngl.Context, size: tuple[int, int], fps: float) -> None:
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        import pygame

        from renderer.overlay.captions import CaptionOverlay

        pygame.font.init()  # fonts work without a display
        self.overlay = CaptionOverlay(ctx)
        self.size = size
        self.dt = 1.0 / fps

    def draw(self, state: FrameState, target: moderngl.Framebuffer) -> None:
        target.use()
        master = min(1.0, state.fade * 2)  # as the player: captions ride the scene's fade
        self.overlay.draw(state.caption, self.size, state.palette, self.dt, master=master)

    def release(self) -> None:
        self.overlay.release()


class VideoSink:
    """Frames for an encoder reading raw rgb24 of `frame_size` from `stdin`: the compositor's
    half-size picture, or with `burn` the full frame with its caption drawn in."""

    def __init__(
        self,
        ctx: moderngl.Context,
        size: tuple[int, int],
        picture_size: tuple[int, int],
        fps: float,
        *,
        burn: bool,
    ) -> None:
        from renderer.gfx.compositor import create_output

        self.picture = not burn
        self.size = size
        self.frame_size = size if burn else picture_size
        self.output = create_output(ctx, size) if burn else None
        self.burner = CaptionBurner(ctx, size, fps) if burn else None
        self.pipe: FramePipe | None = None

    @property
    def frame_bytes(self) -> int:
        return self.frame_size[0] * self.frame_size[1] * 3

    def connect(self, stdin: IO[bytes]) -> FramePipe:
        """Start streaming delivered frames into `stdin`."""
        self.pipe = FramePipe(stdin, self.frame_bytes)
        return self.pipe

    def target(self) -> moderngl.Framebuffer:
        assert self.output is not None, "a picture sink has no full-size target"
        return self.output

    def deliver(self, state: FrameState, frame: moderngl.Framebuffer) -> None:
        assert self.pipe is not None, "connect() the sink to an encoder first"
        if self.burner is not None:
            self.burner.draw(state, frame)
        buffer = self.pipe.acquire()
        frame.read_into(buffer, components=3, alignment=1)
        self.pipe.submit(buffer)

    def release(self) -> None:
        if self.burner is not None:
            self.burner.release()
        if self.output is not None:
            self.output.color_attachments[0].release()
            self.output.release()
