#version 330 core
// Wind: long faint streaks gusting across the frame with tiny drifting flecks at their
// heads; stretched grid cells (own cell only). u_params: x speed, y rows
// per screen height, z curl, w brightness.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

vec2 gusts(vec2 p, float rows, float speed, float seed) {
    vec2 g = vec2(p.x * 1.8, p.y * rows);
    float rh = hash11(floor(g.y) + seed);
    g.x -= u_time * speed * (0.6 + 0.8 * rh) + rh * 7.0;
    vec2 h = hash22(floor(g) + seed);
    vec2 f = fract(g);
    float live = step(0.45, h.x);
    float len = 0.45 + 0.4 * h.y;
    float s = clamp((f.x - 0.5 * (1.0 - len)) / len, 0.0, 1.0);   // 0..1 along the streak
    float cy = 0.5 + 0.3 * (h.y - 0.5) + u_params.z * 0.18 * sky_wave(s * 0.8 + h.x + u_time * 0.03);
    float dy = (f.y - cy) * u_resolution.y / rows;       // pixels
    float taper = s * (1.0 - s) * 4.0;
    float line = sky_bell(dy * dy * 0.35) * taper * taper * live;
    float fx = (s - 0.95) * len * u_resolution.y / 1.8;
    float fleck = sky_bell((dy * dy + fx * fx) * 0.15) * live * step(0.75, h.y);
    return vec2(line, fleck);
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float speed = (u_params.x > 0.0 ? u_params.x : 1.0) * 0.25;
    float rows = u_params.y > 0.0 ? u_params.y : 14.0;
    vec2 a = gusts(p, rows, speed, v_rand.x * 40.0);
    float l = a.x;
    float fl = a.y;
    vec3 c = sky_pal_toward(3, vec3(0.9, 0.9, 0.85), 0.5, 1.0);
    vec3 col = c * (0.05 * l + 0.25 * fl) * (u_params.w > 0.0 ? u_params.w : 1.0);
    f_color = vec4(col, 0.04 * l + 0.3 * fl) * u_intensity;
}
#endif
