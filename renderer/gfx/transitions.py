"""The transition between two finished frames (one dream and the next in the screensaver): a
noise dissolve.

fade = Crossfade(ctx, library, size, duration=4.0)
compositor_a.render(state_a, fade.source)   # the scene we leave
compositor_b.render(state_b, fade.dest)     # the scene we go to
fade.draw(fade.progress(elapsed), ctx.screen)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from renderer.gfx.compositor import create_output
from renderer.gfx.shaders import ShaderLibrary

if TYPE_CHECKING:
    import moderngl

PROGRAM = "transitions/dissolve"


class Crossfade:
    """Blends frame A into frame B over `duration` seconds with a transition shader."""

    def __init__(
        self,
        ctx: moderngl.Context,
        library: ShaderLibrary,
        size: tuple[int, int],
        duration: float = 4.0,
        seed: int = 0,
    ) -> None:
        import moderngl

        self.ctx, self.library = ctx, library
        self.duration = max(float(duration), 1e-3)
        self.seed = seed
        self.size = size
        self.source = create_output(ctx, size)
        self.dest = create_output(ctx, size)
        self._source_texture = _color_texture(self.source)
        self._dest_texture = _color_texture(self.dest)
        for texture in (self._source_texture, self._dest_texture):
            texture.filter = (moderngl.LINEAR, moderngl.LINEAR)
            texture.repeat_x = False
            texture.repeat_y = False

    def progress(self, elapsed: float) -> float:
        """0..1 over the duration, eased (smoothstep)."""
        x = min(max(elapsed / self.duration, 0.0), 1.0)
        return x * x * (3.0 - 2.0 * x)

    def draw(self, progress: float, target: moderngl.Framebuffer) -> None:
        """Blend source -> dest at `progress` into `target` (same size); plain copies at the ends
        and if the shader is unavailable."""
        shader = self.library.get(PROGRAM)
        if shader is None or progress <= 0.0 or progress >= 1.0:
            self.ctx.copy_framebuffer(target, self.source if progress < 0.5 else self.dest)
            return
        target.use()
        self.ctx.viewport = (0, 0, *self.size)
        self._source_texture.use(location=0)
        self._dest_texture.use(location=1)
        shader.set("u_from", 0)
        shader.set("u_to", 1)
        shader.set("u_progress", float(progress))
        shader.set("u_resolution", (float(self.size[0]), float(self.size[1])))
        shader.set("u_seed", float(self.seed % 1000))
        shader.draw()

    def release(self) -> None:
        for fbo in (self.source, self.dest):
            fbo.color_attachments[0].release()
            fbo.release()


def _color_texture(fbo: moderngl.Framebuffer) -> moderngl.Texture:
    """The colour texture of a framebuffer made by create_output."""
    import moderngl

    texture = fbo.color_attachments[0]
    assert isinstance(texture, moderngl.Texture), "create_output attaches a texture"
    return texture
