#version 330 core
// A track running away across the land (midground): a country lane, a dirt road or a footpath,
// winding gently to the horizon. Two ruts of bare earth with a strip of grass between them,
// ragged grassy edges, puddles in the ruts that hold the sky's light, and on some tracks (by
// the dream's seed) a line of wooden fence posts with two sagging wires along the right side. The eye walks slowly down it, so
// the ground flows toward it. No lamps and no traffic: at night the track is a pale ribbon in
// the sky's light and the puddles glint. The land on either side and the sky are the other
// layers'. Ground depth: z = EYE / (HORIZON - y), x = (screen x - the track's centre) * z.
#include "lib/header.glsl"
const float HORIZON = 0.4;
const float EYE = 0.1;
const float HALF = 0.062;     // the track's half-width (ground units)
const float RUT = 0.03;      // the ruts' distance from its middle
const float VERGE = 0.05;     // the grass edges' width beyond it
const float POST_GAP = 0.55;  // the fence posts' spacing along the track
const float POST_X = 0.15;    // their distance from its middle (on the right)
const float POST_H = 0.085;   // their height
const float WIND = 0.13;      // how far the track winds aside far off (screen units)
const float PUDDLES = 1.3;    // the stretch of rut that may hold one puddle
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK track_vertex
#define LAND_RECT vec4(0.0, 0.0, asp, HORIZON + 0.01)
#include "lib/noise.glsl"
#include "lib/land_vertex.glsl"
flat out vec4 v_view;   // aspect, edge softness, the track's centre x, the eye's travel
flat out vec4 v_look;   // the winding's phase, night (0..1), its sign, opacity
flat out float v_fence; // 1 where this track has its fence
flat out vec3 v_earth;  // bare earth in the light of the hour
flat out vec3 v_grass;  // the grass of the middle strip and the edges
flat out vec3 v_wood;   // the fence's weathered wood

void track_vertex() {
    float asp = aspect();
    v_view = vec4(asp, 1.5 / u_resolution.y, asp * (0.5 + 0.01 * sin(u_time * 0.017)),
                  u_time * 0.09);
    float night = 1.0 - smoothstep(0.15, 0.6, u_daylight);
    float sign = hash11(u_seed * 2.113 + 1.7) < 0.5 ? -1.0 : 1.0;
    v_look = vec4(hash11(u_seed * 1.379 + 5.1) * 6.2832, night, sign,
                  clamp(u_intensity * 1.25, 0.0, 1.0));
    // by day dry earth, warm against the grass; at night it keeps a little of the sky's light
    vec3 earth_day = mix(vec3(0.5, 0.38, 0.26), v_pal_light, 0.1) * 0.36;
    v_earth = mix(earth_day, v_pal_dark * 1.6 + v_pal_air * 0.16, night);
    vec3 grass_day = mix(vec3(0.19, 0.21, 0.13), v_pal_light * 0.3, 0.45) * 0.5;
    v_grass = mix(grass_day, v_pal_dark * 1.2 + v_pal_air * 0.04, night);
    v_wood = mix(vec3(0.2, 0.16, 0.12), v_pal_dark * 0.9, night);
    v_fence = step(0.5, hash11(u_seed * 3.71 + 2.7));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec4 v_look;
flat in vec3 v_earth;
flat in vec3 v_grass;
flat in vec3 v_wood;
flat in float v_fence;

// The track's centre on the screen at depth z: straight under the eye, winding further off.
float track_centre(float z) {
    float far = clamp(log(z * 2.5) * 0.31, 0.0, 1.0);  // 0 under the eye .. 1 some 13 units off
    return v_view.z + v_look.z * WIND * far * sin(far * 7.0 + v_look.x);
}

// The depth at which the fence line (ground x = POST_X) passes screen x, or 0 where it does not.
float fence_depth(float sx) {
    float z = POST_X / max(sx - v_view.z, 1e-3);
    z = POST_X / max(sx - track_centre(z), 1e-3);
    z = POST_X / max(sx - track_centre(z), 1e-3);
    return sx > track_centre(z) ? z : 0.0;
}

void main() {
    float asp = v_view.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float soft = v_view.y;
    float night = v_look.y;
    float travel = v_view.w;
    float z = EYE / max(HORIZON - p.y, 1e-4);
    float x = (p.x - track_centre(z)) * z;   // across the track, ground units
    float zz = z + travel;                     // along it, flowing toward the eye
    float px = soft * z;                       // a pixel across, in ground units
    float ground = step(p.y, HORIZON);
    float ax = abs(x);
    float grain = vnoise(vec2(x * 28.0, zz * 7.0));
    float fine = vnoise(vec2(x * 95.0, zz * 26.0));
    // ---- the track: its edges wander and the grass eats into them
    float half_w = HALF * (0.85 + 0.3 * vnoise(vec2(zz * 1.6, 3.1))) + 0.014 * (grain - 0.5);
    float track = smoothstep(half_w + px, half_w - px, ax);
    float strip = smoothstep(0.016 + px, 0.008, ax + 0.008 * (grain - 0.5));
    float groove = smoothstep(0.012, 0.0, abs(ax - RUT));
    vec3 earth = v_earth * (0.78 + 0.4 * grain) * (0.9 + 0.2 * fine) * (1.0 - 0.32 * groove);
    float tuft = smoothstep(0.3, 0.8, vnoise(vec2(x * 170.0, zz * 14.0)));
    vec3 grass = v_grass * (0.55 + 0.8 * tuft) * (0.8 + 0.4 * grain);
    vec3 col = mix(grass, earth, track * (1.0 - strip * (0.55 + 0.45 * tuft)));
    // ---- puddles in the ruts, holding the sky's light
    float cell = floor(zz / PUDDLES);
    float side = x > 0.0 ? 1.0 : 0.0;
    float has = step(0.55, hash11(cell * 3.17 + side * 11.3 + u_seed));
    vec2 pd = vec2((ax - RUT) / 0.016, (fract(zz / PUDDLES) - 0.5) * PUDDLES / 0.09);
    float puddle = has * smoothstep(1.0, 0.8, length(pd)) * track * smoothstep(0.5, 0.9, z);
    vec3 sky = land_pal_air() * mix(0.95, 1.15, night) + v_pal_light * 0.08;
    col = mix(col, sky * (0.75 + 0.25 * fine), puddle * 0.8);
    // ---- the grass edges beyond it, thinning into the land
    float verge = smoothstep(half_w + VERGE * (0.6 + 0.8 * grain), half_w, ax) * (0.55 + 0.45 * tuft);
    float cov = max(track, verge) * ground;
    // ---- the haze over the far track
    float far = 1.0 - exp(-z * 0.08);
    col = mix(col, land_pal_air() * mix(0.95, 1.05, 1.0 - night), far * 0.85);
    // ---- the fence: posts along the right and two wires sagging between them
    float fz = fence_depth(p.x);
    float post_z = max(floor((fz + travel) / POST_GAP + 0.5) * POST_GAP - travel, 0.2);
    float post_x = track_centre(post_z) + POST_X / post_z;
    float foot = HORIZON - EYE / post_z;
    float top = HORIZON - (EYE - POST_H) / post_z;
    float post = step(abs(p.x - post_x), max(0.005 / post_z, soft * 0.6)) * step(foot, p.y)
        * step(p.y, top) * smoothstep(0.2, 0.28, post_z) * step(0.01, fz);
    float f = fract((fz + travel) / POST_GAP + 0.5);
    float sag = 0.014 * 4.0 * f * (1.0 - f);
    float wire = 0.0;
    for (int i = 0; i < 2; i++) {
        float h = POST_H * (i == 0 ? 0.82 : 0.48) - sag;
        float wy = HORIZON - (EYE - h) / fz;
        wire = max(wire, smoothstep(max(0.0012 / fz, soft * 0.5), 0.0, abs(p.y - wy)));
    }
    wire *= smoothstep(0.2, 0.28, fz) * smoothstep(30.0, 8.0, fz) * 0.7;
    float fence = max(post, wire) * v_fence;
    vec3 wood = v_wood * (0.8 + 0.3 * vnoise(vec2(p.y * 300.0, post_z)));
    col = mix(col, mix(wood, land_pal_air(), (1.0 - exp(-max(fz, post_z) * 0.08)) * 0.8), fence);
    cov = max(cov, fence);
    f_color = vec4(col * cov, cov) * v_look.w;
}
#endif
