// A fullscreen triangle from gl_VertexID (no vertex buffer); v_uv is 0..1 over the screen.
// Vertices 3..5, if drawn (a layer's draw has 6, see lib/quad.glsl), make an empty triangle.
#include "lib/quad.glsl"
noperspective out vec2 v_uv;
void main() {
    vec2 p = quad_fullscreen(gl_VertexID);
    v_uv = p;
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
