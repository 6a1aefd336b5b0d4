#version 330 core
// The surface of the moon (midground, under the black sky the space layer draws, with steady
// stars over it): a plain of grey dust to a near, sharp horizon (no air, so no haze), pocked
// with craters of every size,
// each a bowl with a raised rim whose far wall catches the low sun from the right while its
// near wall lies in hard black shadow; boulders with black shadows; a low range of crater
// walls along the horizon. Ground depth: z = EYE / (HORIZON - y); the craters lie on the
// ground plane in cells, two sizes of cells, one crater to a cell.
#include "lib/header.glsl"
const float HORIZON = 0.4;
const float EYE = 0.2;
#define LAND_RECT vec4(0.0, 0.0, asp, 1.0)
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK moonscape_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;     // aspect, edge softness, the middle's x, time
flat out vec3 v_key;      // the sun low on the right: with no air to soften it, always harsh
flat out vec3 v_shade;    // what lights the shadows: only the Earth's faint blue
flat out vec3 v_dust;     // the dust's own grey

void moonscape_vertex() {
    float asp = aspect();
    v_key = mix(vec3(1.0, 0.93, 0.82), v_pal_light, 0.1) * 0.95;
    v_shade = vec3(0.04, 0.06, 0.11);
    v_view = vec4(asp, 1.3 / land_height_px(), asp * (0.5 + 0.02 * sin(u_time * 0.01)), u_time);
    v_dust = mix(vec3(0.42, 0.42, 0.44), v_pal_light * 0.42, 0.05);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/sky_shapes.glsl"
#include "lib/sky_stars.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_key;
flat in vec3 v_shade;
flat in vec3 v_dust;

// The crater of the ground cell (size `cell`) around ground point g, if any: its light on g
// (-1 in its shadow .. 1 lit, 0 outside it) and how far g is into it (1 at its middle).
vec2 crater(vec2 g, float cell, float seed) {
    vec2 id = floor(g / cell);
    float h = hash21(id + seed);
    if (h > 0.55) return vec2(0.0);                       // about half the cells have one
    vec2 c = (id + 0.5 + 0.3 * (vec2(h, fract(h * 7.3)) - 0.5)) * cell;
    float r = cell * (0.2 + 0.22 * fract(h * 13.1));
    vec2 o = (g - c) / r;
    float d = length(o);
    // inside the bowl the wall facing the sun (its left side) is lit, the other in shadow;
    // the rim rises just past the edge, lit on its sunward face
    float inside = 1.0 - smoothstep(0.92, 1.0, d);
    float wall = clamp(-o.x * 1.6, -1.0, 1.0);
    float rim = smoothstep(0.9, 1.0, d) * (1.0 - smoothstep(1.0, 1.3, d));
    float light = inside * wall + rim * (0.5 + 0.4 * o.x);
    return vec2(light, inside * (1.0 - d));
}

void main() {
    float asp = v_view.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float soft = v_view.y;
    float cx = v_view.z;
    vec3 col = vec3(0.0);
    float cov = 0.0;
    // ---- the far crater walls along the horizon, lit on their sunward (right) faces
    float ridge = 0.012 + 0.025 * pow(vnoise(vec2(p.x * 4.0 + u_seed, 0.3)), 1.5)
                + 0.008 * vnoise(vec2(p.x * 19.0, 1.7));
    float range = land_fill(p.y - HORIZON - ridge, soft) * step(HORIZON - 0.002, p.y);
    float slope = vnoise(vec2(p.x * 4.0 + u_seed + 0.02, 0.3)) - vnoise(vec2(p.x * 4.0 + u_seed - 0.02, 0.3));
    vec3 hills = v_dust * (v_key * (0.35 + 0.9 * clamp(0.5 - slope * 6.0, 0.0, 1.0)) + v_shade);
    land_lay(col, cov, range, hills);
    // ---- the ground: grey dust, darker seas of old lava in broad patches, craters
    float below = max(HORIZON - p.y, 1e-4);
    float z = EYE / below;
    vec2 g = vec2((p.x - cx) * z, z);
    float fine = vnoise(g * vec2(14.0, 6.0)) * 0.5 + vnoise(g * vec2(45.0, 20.0)) * 0.5;
    float seas = smoothstep(0.35, 0.65, vnoise(g * 0.18 + u_seed));
    vec3 dust = v_dust * mix(1.0, 0.6, seas) * (0.82 + 0.3 * fine);
    float lit = 0.45;                                      // the flat plain under a low sun
    vec2 big = crater(g, 3.0, u_seed);
    vec2 small = crater(g, 0.8, u_seed + 17.0);
    float light = big.x + small.x * (1.0 - abs(big.x));
    float shadow = smoothstep(-0.1, -0.4, light);          // hard black shadow: no air to fill it
    lit = mix(lit + 0.9 * max(light, 0.0), 0.02, shadow);
    // boulders: small rocks, each casting its shadow to the left
    vec2 cell = floor(g / 0.35);
    float hb = hash21(cell + 3.0);
    vec2 at = (cell + 0.5 + 0.35 * (vec2(hb, fract(hb * 5.7)) - 0.5)) * 0.35;
    vec2 ob = (g - at) / (0.025 + 0.03 * fract(hb * 11.3));
    float rock = step(hb, 0.3) * (1.0 - smoothstep(0.8, 1.0, length(ob * vec2(1.0, 2.0))));
    float fallen = step(hb, 0.3) * (1.0 - smoothstep(0.8, 1.0, length((ob + vec2(1.6, 0.0)) * vec2(0.6, 2.0))));
    lit = mix(lit, 0.04, fallen * (1.0 - rock));
    lit = mix(lit, 0.5 + 0.6 * clamp(ob.x, 0.0, 1.0), rock);
    // detail fades to its average with distance, as a pixel covers more ground
    float far = smoothstep(6.0, 30.0, z);
    vec3 ground = dust * (v_key * mix(lit, 0.5, far * 0.6) + v_shade);
    land_lay(col, cov, step(p.y, HORIZON), ground);
    // ---- the stars over it, steady and sharp with no air to make them twinkle: light only,
    // over the black of space that the motif's other layer draws
    float px = land_height_px();
    vec2 faint = sky_star_dots(p * 80.0 + u_seed, 0.12, px / 80.0);
    vec2 bright = sky_star_dots(p * 20.0 + u_seed + 5.0, 0.1, px / 20.0);
    vec3 stars = (faint.x * 0.3 * faint.y + bright.x * bright.y) * vec3(0.9, 0.92, 1.0);
    f_color = vec4(col * cov + stars * (1.0 - cov), cov) * land_opacity();
}
#endif
