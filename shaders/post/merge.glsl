#version 330 core
// The layers behind drawn so far (half-size over quarter-size), for a layer that reads the
// scene (reads_scene in assets/visuals).
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_under4;
uniform sampler2D u_under2;
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
    vec4 u2 = texture(u_under2, v_uv);
    f_color = vec4(u2.rgb + (1.0 - u2.a) * texture(u_under4, v_uv).rgb, 1.0);
}
#endif
