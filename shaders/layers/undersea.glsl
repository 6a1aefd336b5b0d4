#version 330 core
// Under the sea (background): it replaces the sky and the land with the water itself. The
// surface shimmers far overhead in a web of moving light, shafts of it slant down through the
// water and fade with depth, the water darkens from a lit teal near the top to near black in
// the deep, specks of drifting matter sink slowly through it, and a sea floor of rippled sand
// and dark rock lies along the bottom with strands of weed swaying up from it. By night only
// a little of the moon's light comes down. What the dream names in the water (fish, a whale,
// jellyfish) shows in front of it.
#include "lib/header.glsl"
#include "lib/noise.glsl"
const float FLOOR = 0.08;   // the sea floor's mean height
const int WEEDS = 6;        // strands of weed along the floor

// The sea floor's height at x (seed: the dream's noise offset): long dunes of sand and a few
// rocks standing out of them.
float undersea_floor(float x, vec2 seed) {
    float dunes = FLOOR + 0.04 * vnoise(vec2(x * 1.3, 2.0) + seed);
    float rock = smoothstep(0.5, 0.9, vnoise(vec2(x * 2.2, 7.0) + seed));
    float crags = vnoise(vec2(x * 9.0, 3.0)) * 0.6 + vnoise(vec2(x * 27.0, 5.0)) * 0.4;
    return dunes + 0.12 * rock * rock * (0.4 + 0.6 * crags);
}
#if defined VERTEX_SHADER
#define SKY_VERTEX_HOOK undersea_vertex
#include "lib/sky_fullscreen.glsl"
#include "lib/atmosphere.glsl"
flat out vec3 v_shallow;  // the water near the surface, lit
flat out vec3 v_deep;     // the water in the deep
flat out vec3 v_sun;      // the light that comes down from above
flat out vec3 v_sand;     // the sea floor where the light reaches it
flat out vec3 v_weed[WEEDS];  // each strand of weed: its root x, the floor there, its top

void undersea_vertex() {
    float asp = aspect();
    for (int i = 0; i < WEEDS; i++) {
        float fi = float(i);
        float root = asp * (fi + 0.2 + 0.6 * hash11(fi * 3.1 + v_rand.z * 50.0)) / float(WEEDS);
        float base = undersea_floor(root, v_rand.xy * 97.0);
        v_weed[i] = vec3(root, base, base + 0.18 + 0.3 * hash11(fi * 5.7 + v_rand.w * 40.0));
    }
    float day = 1.0 - atmosphere_night() * 0.85;
    // leaning to blue-green, the more the warmer the fill (the dream's coral, orange or
    // red belongs to what is in the water, not to the water)
    float warm = clamp((v_pal[1].r - v_pal[1].b) * 3.0, 0.0, 1.0);
    vec3 sea = mix(v_pal[1], vec3(0.25, 1.2, 1.3), 0.55 + 0.4 * warm);
    v_shallow = sea * 0.22 * day;
    v_deep = mix(v_pal[0], vec3(0.2, 0.6, 1.0), 0.4) * 0.012;
    v_sun = mix(v_pal[3], vec3(0.9, 1.1, 1.0), 0.5) * 0.5 * day;
    v_sand = mix(v_pal[2], vec3(1.2, 1.05, 0.8), 0.8) * 0.2 * day;
}
#elif defined FRAGMENT_SHADER
#include "lib/sky_common.glsl"
flat in vec3 v_shallow;
flat in vec3 v_deep;
flat in vec3 v_sun;
flat in vec3 v_sand;
flat in vec3 v_weed[WEEDS];
out vec4 f_color;



void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float t = u_time;
    // ---- the water: lit near the surface, dark in the deep
    vec3 col = mix(v_deep, v_shallow, pow(clamp(p.y, 0.0, 1.0), 1.7));
    // ---- the surface overhead: a web of bright lines that moves, densest at the top
    vec2 q = vec2(p.x * 5.0, (1.0 - p.y) * 14.0 + 2.0) + sky_seed2();
    float web = 1.0 - abs(vnoise(q + vec2(t * 0.11, t * 0.05)) - vnoise(q * 1.7 - vec2(t * 0.07, 0.0)));
    web = pow(web, 9.0) * smoothstep(0.8, 1.0, p.y);
    col += v_sun * (0.9 * web + 0.35 * smoothstep(0.9, 1.0, p.y));
    // ---- shafts of light slanting down, fading with depth, swaying slowly
    float slant = p.x + (1.0 - p.y) * 0.3;
    float shafts = vnoise(vec2(slant * 6.0 + sky_seed2().x, t * 0.04));
    shafts = pow(shafts, 3.0) * smoothstep(0.05, 0.9, p.y) * (0.5 + 0.5 * vnoise(vec2(slant * 19.0, t * 0.1)));
    col += v_sun * shafts * 0.9;
    // ---- drifting specks, sinking slowly
    vec2 g = vec2(p.x * 38.0, (p.y + t * 0.006) * 38.0);
    vec2 cell = floor(g);
    float h = hash21(cell + sky_seed2());
    vec2 at = fract(g) - vec2(0.3 + 0.4 * hash11(h * 7.0), 0.3 + 0.4 * h);
    float speck = step(0.82, h) * exp(-dot(at, at) * 420.0);
    col += (v_sun * 0.6 + v_shallow) * speck * (0.3 + 0.7 * p.y);
    // ---- the sea floor: rippled sand lit from above, rocks dark against the water
    float bed = undersea_floor(p.x, sky_seed2());
    float px = 1.5 / u_resolution.y;
    float ground = smoothstep(bed + px, bed - px, p.y);
    float rock = smoothstep(0.015, 0.05, bed - FLOOR - 0.04);
    float ripple = 0.75 + 0.25 * sin(p.x * 60.0 + vnoise(p * 9.0) * 6.0);
    vec3 sand = v_sand * ripple * (0.45 + 0.55 * smoothstep(bed - 0.12, bed, p.y));
    vec3 stone = v_deep * 2.0 + v_shallow * 0.12;
    vec3 floor_col = mix(sand, stone, rock) * (1.0 + 0.6 * shafts);
    col = mix(col, floor_col, ground);
    // ---- weed: strands rising from the floor, swaying with the swell
    float weed = 0.0;
    for (int i = 0; i < WEEDS; i++) {
        float fi = float(i);
        float root = v_weed[i].x, base = v_weed[i].y, top = v_weed[i].z;
        float rise = clamp((p.y - base) / (top - base), 0.0, 1.0);
        float sway = rise * rise * (0.05 * sin(t * 0.5 + fi * 1.7 + p.y * 4.0) + 0.015 * sin(p.y * 23.0 + fi));
        float width = 0.012 * (1.0 - 0.65 * rise) * (0.8 + 0.4 * sin(p.y * 60.0 + fi * 3.0));
        float on = smoothstep(width + px, width - px, abs(p.x - root - sway))
            * step(p.y, top) * step(base - 0.01, p.y);
        weed = max(weed, on);
    }
    col = mix(col, v_deep * 2.0 + v_shallow * 0.18 + v_sand * 0.25, weed * 0.95);
    f_color = vec4(col, 1.0) * clamp(u_intensity * 1.25, 0.0, 1.0);
}
#endif
