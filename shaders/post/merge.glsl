#version 330 core
// The layers drawn so far (half-size over the quarter-size ones behind), for a layer that
// reads the scene (reads_scene in assets/visuals).
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_under4;
uniform sampler2D u_half;
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
    vec4 h = texture(u_half, v_uv);
    f_color = vec4(h.rgb + (1.0 - h.a) * texture(u_under4, v_uv).rgb, 1.0);
}
#endif
