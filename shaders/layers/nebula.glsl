#version 330 core
// Nebula: slowly turning, domain-warped clouds of coloured gas with bright filaments and
// dark dust lanes, and black space between the clouds: filaments only run through gas, and
// where there is none the layer covers what lies behind (the backdrop's glow, a sky) with the
// dark of space. u_params: x density 0.5..1.5, y scale, z colour spread, w unused.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv) * (u_params.y > 0.0 ? u_params.y : 3.2) + sky_seed2();
    float t = u_time * 0.015;
    // a cheap trigonometric warp instead of a second fbm
    float g = sky_swirl(vec3(p * 0.85, t));
    vec2 q = p + vec2(g, -g) * 0.6 + vec2(0.0, t);
    float n = fbm(q, 3);
    float dens = u_params.x > 0.0 ? u_params.x : 1.0;
    float d = smoothstep(0.4, 0.85, n + 0.12 * g) * dens;
    float fil = 1.0 - abs(n * 2.0 - 1.0 + 0.2 * g);      // ridges: thin bright filaments
    fil *= fil;
    fil *= fil * fil;
    float k = clamp(0.5 + g * (u_params.z > 0.0 ? u_params.z : 0.8) * 1.4, 0.0, 1.0);
    vec3 col = mix(sky_pal(1, 0.075), sky_pal(2, 0.065), k) * d * d;
    col += mix(sky_pal(2, 0.16), sky_pal(3, 0.24), k) * fil * (0.02 + d);
    float core = d * d;
    col += sky_pal(3, 0.35) * core * core;                  // the thickest gas glows
    col *= 1.0 - 0.8 * smoothstep(0.15, 0.45, -g) * d;      // dust lanes
    float space = 0.7 * (1.0 - min(d, 1.0));
    f_color = vec4(col * sky_breath(0.08), space) * u_intensity;
}
#endif
