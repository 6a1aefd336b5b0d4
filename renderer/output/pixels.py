"""The pixel sink: frames read back as arrays (stills, contact sheets, tests), saved as PNG."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import moderngl
    import numpy as np

    from renderer.frame import FrameState


def read_pixels(fbo: moderngl.Framebuffer, components: int = 3) -> np.ndarray:
    """The framebuffer's pixels as a (height, width, components) uint8 array, top row first."""
    import numpy as np

    width, height = fbo.size
    data = fbo.read(components=components, alignment=1)
    return np.frombuffer(data, dtype=np.uint8).reshape(height, width, components)[::-1].copy()


def save_png(pixels: np.ndarray, path: str) -> None:
    from PIL import Image

    Image.fromarray(pixels).save(path, format="PNG")


class PixelSink:
    """Frames drawn into an offscreen RGBA8 target of one size and read back as RGB arrays."""

    picture = False

    def __init__(self, ctx: moderngl.Context, size: tuple[int, int]) -> None:
        from renderer.gfx.compositor import create_output

        self.output = create_output(ctx, size)
        self.pixels: np.ndarray | None = None  # the last frame delivered

    @property
    def size(self) -> tuple[int, int]:
        return self.output.size

    def target(self) -> moderngl.Framebuffer:
        return self.output

    def deliver(self, state: FrameState, frame: moderngl.Framebuffer) -> None:
        del state
        self.pixels = read_pixels(frame)

    def release(self) -> None:
        self.output.color_attachments[0].release()
        self.output.release()
