#version 330 core
// A canyon (midground), seen from its rim: the far wall of banded red rock under a flat rim,
// buttes and mesas standing out of the depths in four planes, stepped where their harder
// strata hold, a river glinting far down between them, and the ledge of rock one stands on
// at the lower left. The sun comes from one side: the faces turned to it are lit warm, the
// others and the gullies lie in the sky's cool light. Further is hazier, toward the sky's
// colour. The sky is left to the layers behind.
#include "lib/header.glsl"
const float RIM = 0.6;          // the far rim's height
const int PLANES = 4;           // buttes between the far wall and the near rim, far to near
const float RIVER = 0.4;        // the river's height far down
#define LAND_RECT vec4(0.0, 0.0, asp, RIM + 0.06)
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK canyon_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_building.glsl"
flat out vec4 v_view;     // aspect, edge softness, the sun's side (-1 left, 1 right), time
flat out vec3 v_key;      // the sun or the moon
flat out vec3 v_amb;      // the sky's light in the shade
flat out vec3 v_air;      // the haze that distance leans toward

void canyon_vertex() {
    float asp = aspect();
    float day = 1.0 - atmosphere_night();
    vec3 lamp;
    building_light(day, v_key, v_amb, lamp);
    v_key *= 1.15;
    v_air = mix(v_pal_air * 0.7 + v_pal_haze * 0.3, atmosphere_day(0.35), day);
    v_view = vec4(asp, 1.3 / land_height_px(), fract(u_seed * 0.618) < 0.5 ? -1.0 : 1.0, u_time);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_key;
flat in vec3 v_amb;
flat in vec3 v_air;

// A line of buttes' height at x (0..1): flat tops and steep sides, stepped in terraces.
float mesa(float x, float seed) {
    float n = vnoise1(x + seed * 7.31) * 0.7 + vnoise1(x * 2.3 + seed * 3.17 + 5.0) * 0.3;
    float m = clamp((n - 0.42) * 3.0, 0.0, 1.0);
    float s = m * 3.0;
    return mix(m, (floor(s) + smoothstep(0.25, 0.75, fract(s))) / 3.0, 0.5);
}

// The banded rock at height y and across x: red and cream strata, gullies worn down it.
vec3 rock(vec2 p, float scale) {
    float wobble = vnoise1(p.x * 5.0 * scale) * 0.03;
    float y = (p.y + wobble) * scale;
    float layer = vnoise1(y * 22.0 + 1.7);                         // strata of uneven thickness
    vec3 red = mix(vec3(0.42, 0.16, 0.07), v_pal_glow * vec3(0.45, 0.2, 0.1), 0.1);
    vec3 cream = vec3(0.55, 0.38, 0.24);
    vec3 c = mix(red, cream, smoothstep(0.55, 0.85, layer) * 0.6);
    c *= 0.82 + 0.18 * smoothstep(0.2, 0.5, vnoise1(y * 50.0 + 4.1));
    float gully = vnoise(vec2(p.x * 55.0 * scale, p.y * 4.0));
    return c * (0.82 + 0.18 * gully);
}

// The light on a plane of rock at p, whose skyline is `top` with slope `slope`: the faces
// under a skyline falling away from the sun are turned to it, the caps catch it, the feet lie
// in shade.
vec3 lit(vec2 p, float top, float slope, float base) {
    float facing = clamp(-slope * v_view.z * 3.0, -1.0, 1.0);
    float cap = smoothstep(0.012, 0.0, top - p.y);
    float foot = smoothstep(base, base + 0.12, p.y);
    float sun = clamp(0.3 + 0.7 * facing + 0.4 * cap, 0.0, 1.2) * (0.2 + 0.8 * foot);
    return v_key * sun * 1.4 + v_amb * (0.4 + 0.4 * foot);
}

// Lays a shape of coverage c and colour `paint` behind what is already there (front to back).
void behind(inout vec3 col, inout float cov, float c, vec3 paint) {
    col += (1.0 - cov) * c * paint;
    cov += (1.0 - cov) * c;
}

void main() {
    float asp = v_view.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float soft = v_view.y;
    vec3 col = vec3(0.0);
    float cov = 0.0;
    // front to back: a pixel of near rock is done at once
    // ---- the ledge one stands on, dark against the depths
    float ledge_top = 0.1 + 0.2 * smoothstep(0.5 * asp, 0.0, p.x) + 0.01 * vnoise1(p.x * 20.0);
    float ledge = land_fill(p.y - ledge_top, soft);
    if (ledge > 0.0) behind(col, cov, ledge, rock(p, 0.6) * (v_key * 0.25 + v_amb * 0.5) * 0.5);
    // ---- the buttes, plane by plane from the near rim to the far wall, each hazier the
    // further it stands
    for (int i = PLANES - 1; i >= 0 && cov < 0.995; i--) {
        float fi = float(i) / float(PLANES - 1);
        float base = mix(RIM - 0.16, 0.06, fi);
        float height = mix(0.1, 0.22, fi);
        if (p.y > base + height + soft) continue;                  // over its highest top
        float freq = mix(4.0, 1.5, fi);
        float seed = u_seed + float(i) * 11.3;
        float x = p.x * freq / asp;
        float m = mesa(x, seed);
        float top = base + height * m;
        float solid = land_fill(p.y - top, soft * 2.0);
        if (solid <= 0.0) continue;
        float slope = height * (mesa(x + 0.02, seed) - m) / 0.02 * freq / asp;
        vec3 c = rock(p, mix(1.4, 0.8, fi)) * lit(p, top, slope, base - 0.1);
        behind(col, cov, solid, mix(c, v_air, mix(0.3, 0.03, fi)));
    }
    if (cov < 0.995) {
        // ---- the river far down, glinting with the sky
        float bend = RIVER + 0.015 * sin(p.x * 5.0 + u_seed) + 0.006 * sin(p.x * 17.0);
        float river = land_fill(abs(p.y - bend) - 0.006, soft);
        float glint = 0.6 + 0.4 * sin(p.x * 90.0 - v_view.w * 0.6 + sin(p.x * 13.0));
        behind(col, cov, river, mix(v_air * 1.2 * glint, v_key, 0.2));
        // ---- the far wall under its flat rim, its depths in shade
        float rim = RIM + 0.012 * vnoise1(p.x * 3.0 + u_seed) + 0.02 * mesa(p.x * 1.2 + 7.0, u_seed);
        float wall = land_fill(p.y - rim, soft);
        if (wall > 0.0) {
            float depth = smoothstep(RIVER - 0.05, rim, p.y);
            vec3 far = rock(p, 1.2) * (v_key * 0.55 * depth * depth + v_amb * (0.4 + 0.5 * depth));
            behind(col, cov, wall, mix(far, v_air, 0.35));
        }
    }
    f_color = vec4(col, cov) * land_opacity();   // opaque once it is named: no sky through the rock
}
#endif
