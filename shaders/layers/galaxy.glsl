#version 330 core
// Galaxy: a luminous band of star clouds with a dark dust lane and dense faint stars.
// u_params: x band brightness, y band width, z tilt offset (radians), w unused.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_VERTEX_HOOK galaxy_vertex
#include "lib/sky_fullscreen.glsl"
flat out vec2 v_dir;     // the band's direction

void galaxy_vertex() {
    float ang = 0.35 + u_params.z + 0.5 * v_rand.z;
    v_dir = vec2(cos(ang), sin(ang));
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
#include "lib/sky_stars.glsl"
flat in vec2 v_dir;
out vec4 f_color;

void main() {
    vec2 p = sky_coords(v_uv);
    vec2 rel = p - vec2(0.5 * sky_aspect(), 0.58) - vec2(u_time * 0.002, 0.0);
    float across = dot(rel, vec2(-v_dir.y, v_dir.x));
    float along = dot(rel, v_dir);
    float wob = 0.04 * sky_wave(along * 0.43 + v_rand.x);
    float width = u_params.y > 0.0 ? u_params.y : 0.15;
    float x = (across + wob) / width;
    float band = exp(-x * x);
    vec2 q = vec2(along * 3.0, across * 7.0) + sky_seed2();
    float n = vnoise(q) * 0.6 + vnoise(q * 2.7 + 5.0) * 0.4;
    float lx = (across + wob + 0.03 * (n - 0.5)) / (0.2 * width);
    float lane = sky_bell(lx * lx);
    vec3 glow = mix(sky_pal(1, 0.05), sky_pal(3, 0.11), n * band);
    vec3 col = glow * band * (0.3 + 1.2 * n * n) * (1.0 - 0.75 * lane);
    col *= (u_params.x > 0.0 ? u_params.x : 1.0) * sky_breath(0.06);
    col += 0.5 * sky_star_dots(rel + 11.0, 110.0, 0.5 * band * band * (1.0 - lane), 0.8, 2.0);
    f_color = vec4(col * u_intensity, 0.0);
}
#endif
