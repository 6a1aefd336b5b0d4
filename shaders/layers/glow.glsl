#version 330 core
// Bioluminescent blooms: a few large, soft, breathing glows with rippling organic edges,
// gathered towards the lower part of the frame. u_params: x brightness, y size, z height.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

void main() {
    vec2 p = sky_coords(v_uv);
    float asp = sky_aspect();
    float t = u_time * 0.05;
    float size = u_params.y > 0.0 ? u_params.y : 1.0;
    float hgt = u_params.z > 0.0 ? u_params.z : 0.35;
    float tex = vnoise(p * 7.0 + vec2(0.0, -u_time * 0.03) + sky_seed2());
    vec3 col = vec3(0.0);
    for (int i = 0; i < 5; i++) {
        float fi = float(i);
        vec2 h = hash22(vec2(fi, v_rand.x * 50.0));
        vec2 c = vec2(asp * (0.1 + 0.8 * h.x), hgt * (0.3 + 1.2 * h.y))
            + 0.06 * vec2(sin(t + fi * 2.1), cos(t * 0.8 + fi * 1.3));
        float breathe = 0.85 + 0.15 * sin(u_time * 0.25 + fi * 1.9);
        float rad = size * (0.12 + 0.12 * h.y) * breathe * sky_breath(0.12);
        float d = length(p - c) * (0.85 + 0.3 * tex);
        float g = sky_glow(d, rad * 2.2) * 0.6 + exp(-d * d / (rad * rad * 0.04)) * 0.5;
        col += sky_pal(2 + (i & 1), 0.35) * g * breathe;
    }
    col *= (u_params.x > 0.0 ? u_params.x : 1.0) * sky_breath(0.15);
    f_color = vec4(col * u_intensity, 0.0);
}
#endif
