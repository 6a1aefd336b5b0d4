#version 330 core
// Noise dissolve from one finished frame to another; a faint light rides the edge.
#include "lib/common.glsl"
uniform float u_progress;  // 0..1
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
uniform sampler2D u_from;
uniform sampler2D u_to;
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
    vec2 p = v_uv * vec2(aspect(), 1.0);
    float n = fbm(p * 3.0 + u_seed * 0.01, 3);
    float edge = u_progress * 1.3 - 0.15;
    float m = smoothstep(n - 0.12, n + 0.12, edge);
    vec3 a = texture(u_from, v_uv).rgb;
    vec3 b = texture(u_to, v_uv).rgb;
    vec3 col = mix(a, b, m);
    col += (1.0 - abs(2.0 * m - 1.0)) * 0.06 * max(a, b);
    f_color = vec4(col, 1.0);
}
#endif
