#version 330 core
// Nebula: slowly turning, domain-warped clouds of coloured gas with dark dust lanes.
// u_params: x density 0.5..1.5, y scale, z colour spread, w unused.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

void main() {
    vec2 p = sky_coords(v_uv) * (u_params.y > 0.0 ? u_params.y : 2.2) + sky_seed2();
    float t = u_time * 0.015;
    // a cheap trigonometric warp instead of a second fbm
    float g = sky_gyro(vec3(p * 0.9, t));
    vec2 w = vec2(cos(g * 3.0 + p.y * 0.5), sin(g * 3.0 + p.x * 0.4));
    vec2 q = p + w * 0.45;
    float n = fbm(q, 3);
    float dens = u_params.x > 0.0 ? u_params.x : 1.0;
    float d = smoothstep(0.3, 0.8, n + 0.1 * g) * dens;
    float core = smoothstep(0.5, 0.9, n + 0.15 * g);
    float k = clamp(0.5 + (w.x - 0.6 * w.y) * (u_params.z > 0.0 ? u_params.z : 0.8) * 0.6,
                    0.0, 1.0);
    vec3 col = mix(sky_pal(1, 0.1), sky_pal(2, 0.085), k) * d;
    col += sky_pal(3, 0.3) * core * core;
    col *= 1.0 - 0.45 * smoothstep(0.1, 0.5, abs(g)) * d;   // dust lanes
    f_color = vec4(col * sky_breath(0.08) * u_intensity, 0.0);
}
#endif
