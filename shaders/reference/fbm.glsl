#version 330 core
// The benchmark's yardstick: a 5-octave fbm over the full screen. Its vertex stage is its own
// and stays as it was when the benchmark was defined (perspective-correct v_uv), so changes to
// the layers' shared code never move the yardstick.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/quad.glsl"
out vec2 v_uv;
void main() {
    vec2 p = quad_fullscreen(gl_VertexID);
    v_uv = p;
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
in vec2 v_uv;
out vec4 f_color;

void main() {
    vec2 p = v_uv * vec2(u_resolution.x / u_resolution.y, 1.0) * 3.0;
    float n = fbm(p + vec2(u_time * 0.1, 0.0), 5);
    f_color = vec4(vec3(n), 1.0);
}
#endif
