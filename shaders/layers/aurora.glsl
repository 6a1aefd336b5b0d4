#version 330 core
// Aurora: two folded curtains of light with fine vertical rays, slowly swaying.
// u_params: x curtain height (0..1 of the screen), y brightness, z ray sharpness, w unused.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

vec3 curtain(vec2 p, float base, float phase, vec3 low, vec3 high, float t) {
    float w1 = sky_wave(p.x * 0.33 + t * 0.08 + phase);
    float b = base + 0.08 * w1 + 0.05 * sky_wave(p.x * 0.55 - t * 0.11 + 2.0 * phase)
        + 0.02 * sky_wave(p.x * 1.7 + t * 0.2 + phase);
    float d = p.y - b;
    float rays = vnoise(vec2(p.x * 30.0 + 4.0 * w1, t * 0.8 + phase));
    rays = mix(1.0, rays * rays * 2.2, u_params.z > 0.0 ? u_params.z : 0.8);
    float fold = 0.3 + 0.7 * smoothstep(-0.8, 0.9, sky_wave(p.x * 0.45 + t * 0.14 + phase * 0.5)
        + 0.6 * sky_wave(p.x * 1.1 - t * 0.09 + phase));
    float edge = smoothstep(-0.018, 0.006, d);
    float e18 = d * 18.0;
    float body = edge * (exp(-max(d, 0.0) * 4.0) + 0.6 * sky_bell(e18 * e18 * 4.0))
        + (1.0 - edge) * 0.18 * sky_bell(d * d * 120.0);      // a faint glow under the rim
    return mix(low, high, smoothstep(0.0, 0.28, d)) * body * rays * fold;
}

void main() {
    vec2 p = aspect_coords(v_uv) + vec2(v_rand.x * 10.0, 0.0);
    float t = u_time * 0.06;
    float base = u_params.x > 0.0 ? u_params.x : 0.5;
    vec3 col = curtain(p, base, 0.0, sky_pal(2, 0.35), sky_pal(1, 0.12), t);
    col += 0.6 * curtain(p * vec2(0.8, 1.0) + vec2(3.7, 0.0), base + 0.12, 2.4,
                         sky_pal(1, 0.3), sky_pal(3, 0.1), t * 0.8);
    col *= (u_params.y > 0.0 ? u_params.y : 1.0) * sky_breath(0.1);
    f_color = vec4(col * u_intensity, 0.0);
}
#endif
