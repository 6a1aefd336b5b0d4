"""2D overlays over the scene: a pygame Surface (text, panels) uploaded as a texture and drawn
as one alpha-blended quad. Captions and the menu both draw through this."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import moderngl
    import pygame

_VERTEX = """
#version 330 core
uniform vec4 u_rect;  // x0, y0, x1, y1 in normalized device coordinates
out vec2 v_uv;
void main() {
    vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
    v_uv = vec2(corner.x, corner.y);
    gl_Position = vec4(mix(u_rect.xy, u_rect.zw, corner), 0.0, 1.0);
}
"""

_FRAGMENT = """
#version 330 core
uniform sampler2D u_image;
uniform float u_opacity;
in vec2 v_uv;
out vec4 f_color;
void main() {
    vec4 c = texture(u_image, v_uv);   // straight alpha, as pygame draws it
    f_color = vec4(c.rgb, c.a * u_opacity);
}
"""


class Overlay:
    """One texture (re-uploaded when its Surface changes) drawn at a pixel position."""

    def __init__(self, ctx: moderngl.Context) -> None:
        self.ctx = ctx
        self.program = ctx.program(vertex_shader=_VERTEX, fragment_shader=_FRAGMENT)
        self.vao = ctx.vertex_array(self.program, [])
        self.texture: moderngl.Texture | None = None

    def upload(self, surface: pygame.Surface) -> None:
        """Make `surface` (with per-pixel alpha) the overlay's image."""
        import moderngl
        import pygame

        size = surface.get_size()
        data = pygame.image.tobytes(surface, "RGBA", True)  # bottom row first, as GL wants
        if self.texture is None or self.texture.size != size:
            if self.texture is not None:
                self.texture.release()
            self.texture = self.ctx.texture(size, 4)
            self.texture.filter = (moderngl.LINEAR, moderngl.LINEAR)
        self.texture.write(data)

    def draw(
        self, screen_size: tuple[int, int], position: tuple[int, int], opacity: float = 1.0
    ) -> None:
        """Draw the image with its top-left corner at `position` (pixels, from the top-left)."""
        import moderngl

        if self.texture is None or opacity <= 0.0:
            return
        sw, sh = screen_size
        w, h = self.texture.size
        x0, y0 = position
        x1, y1 = x0 + w, y0 + h
        rect = (2 * x0 / sw - 1, 1 - 2 * y1 / sh, 2 * x1 / sw - 1, 1 - 2 * y0 / sh)
        self.ctx.viewport = (0, 0, sw, sh)
        self.ctx.enable(moderngl.BLEND)
        # the stub types blend_func as a pair; moderngl also takes separate colour and alpha
        self.ctx.blend_func = (  # type: ignore[assignment]
            moderngl.SRC_ALPHA,
            moderngl.ONE_MINUS_SRC_ALPHA,
            moderngl.ONE,
            moderngl.ONE_MINUS_SRC_ALPHA,
        )
        self.texture.use(location=0)
        self.program["u_image"] = 0
        self.program["u_rect"] = rect
        self.program["u_opacity"] = float(min(max(opacity, 0.0), 1.0))
        self.vao.render(moderngl.TRIANGLE_STRIP, vertices=4)
        self.ctx.disable(moderngl.BLEND)

    def release(self) -> None:
        if self.texture is not None:
            self.texture.release()
        self.vao.release()
        self.program.release()
