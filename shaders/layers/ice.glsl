#version 330 core
// Frost creeping in from the frame's edges: crystal facets (two sheared triangle grids)
// with bright edges and slowly glimmering shards. u_params: x reach (0..1), y facet scale,
// z glimmer, w opacity.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

// facet shade and edge closeness for a sheared grid split into triangles
vec2 facets(vec2 p, float scale, mat2 m, float seed) {
    vec2 g = m * p * scale;
    vec2 f = fract(g);
    float tri = step(f.x, f.y);
    float id = hash21(floor(g) * 2.0 + tri + seed);
    float e = min(min(f.x, f.y), min(min(1.0 - f.x, 1.0 - f.y), abs(f.x - f.y) * 0.7071));
    return vec2(id, e * u_resolution.y / scale);
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float n = vnoise(p * 5.0 + sky_seed2());
    float ed = min(min(p.x, asp - p.x), min(p.y, 1.0 - p.y));
    float reach = (u_params.x > 0.0 ? u_params.x : 0.5) * 0.35;
    float frost = smoothstep(reach * (0.4 + 1.1 * n), 0.0, ed);
    frost *= frost;
    float sc = u_params.y > 0.0 ? u_params.y : 1.0;
    vec2 a = facets(p, 14.0 * sc, mat2(1.0, 0.35, -0.5, 1.1), 1.0);
    vec2 b = facets(p + 0.3, 31.0 * sc, mat2(0.8, -0.6, 0.7, 0.9), 7.0);
    float shade = 0.35 + 0.4 * a.x + 0.25 * b.x;
    float edges = 0.5 / (1.0 + a.y * a.y) + 1.0 / (1.0 + b.y * b.y * 1.5);
    float glim = smoothstep(0.9, 1.0, sky_wave(u_time * 0.05 + b.x * 7.0) * 0.5 + 0.5)
        * (u_params.z > 0.0 ? u_params.z : 1.0);
    vec3 cool = sky_pal_toward(2, vec3(0.75, 0.9, 1.0), 0.6, 1.0);
    vec3 col = cool * (0.04 * shade + 0.1 * edges * (0.4 + 0.6 * b.x) + 0.25 * glim * a.x) * sky_breath(0.08);
    float op = (u_params.w > 0.0 ? u_params.w : 0.5);
    f_color = vec4(col * frost, frost * op * (0.3 + 0.4 * shade)) * u_intensity;
}
#endif
