#version 330 core
// A marsh (drawn over the still water of the marsh motif, whose horizon lies at HORIZON): a flat
// wetland seen from a little above it, where banks of tawny reeds and tussock grass break the
// water into winding channels and pools that mirror the sky; two dead trees stand in the water,
// mirrored under them; a low line of dark trees along the far edge and a mist lying over the
// far water; by night, pale will-o'-the-wisps hover over the pools. The key light comes from
// the right. Ground depth: z = EYE / (HORIZON - y); each reed stands upright at its own depth.
#include "lib/header.glsl"
const float HORIZON = 0.42;          // the water's horizon (the motif's params.x)
const float EYE = 0.16;              // the eye's height over the water
const float REED = 0.07;             // the reeds' tallest height
const float STEMS = 60.0;            // reeds per ground unit across a row
const float ROWS = 3.0;              // rows of reeds to each doubling of depth
const float BAND = HORIZON + 0.075;  // the top of the marsh band; only the dead trees rise above it
// The two dead trees standing in the water: ground x (from the middle), depth, height.
const vec3 SNAGS[2] = vec3[2](vec3(0.7, 5.5, 0.55), vec3(-0.62, 2.4, 0.75));

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK marsh_vertex
#define LAND_SPRITE marsh_sprite
#include "lib/land_vertex.glsl"
#include "lib/land_building.glsl"
flat out vec4 v_view;     // aspect, edge softness, the middle's x, time
flat out vec3 v_key;      // the key light from the right: the moon or the sun
flat out vec3 v_amb;      // the sky's light on the shaded sides
flat out vec3 v_air;      // the haze that distance leans toward
flat out vec4 v_wisp;     // the will-o'-the-wisps' colour (none by day), their pulse

void marsh_vertex() {
    float asp = aspect();
    float day = 1.0 - atmosphere_night();
    v_view = vec4(asp, 1.3 / land_height_px(), asp * (0.5 + 0.03 * sin(u_time * 0.011)), u_time);
    vec3 lamp;
    building_light(day, v_key, v_amb, lamp);
    v_air = mix(v_pal_air * 0.7 + v_pal_haze * 0.3, atmosphere_day(0.3), day);
    v_wisp = vec4(mix(vec3(0.5, 1.0, 0.8), v_pal_glow, 0.2) * (1.0 - day) * v_breath,
                  0.75 + 0.25 * sin(u_time * 1.3));
}

// The marsh band, then the upper part of each dead tree.
vec2 marsh_sprite(int sprite, vec2 corner) {
    float asp = v_view.x;
    vec4 box = vec4(0.0, 0.0, asp, BAND);
    if (sprite > 0) {
        vec3 s = SNAGS[sprite - 1];
        float x = v_view.z + s.x / s.y;
        box = vec4(x - 0.3 / s.y, BAND, x + 0.3 / s.y, HORIZON - (EYE - s.z - 0.15) / s.y);
    }
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
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
flat in vec4 v_wisp;

// How far ground point (x, z) is into a bank (> 0) or a pool (< 0); the broad shape alone
// (`fine` false) places the reeds, which stand in the shallows too.
float bank(float x, float z, bool fine) {
    vec2 q = vec2(x * 1.5, z * 1.1) + vec2(u_seed * 3.7, 0.0);
    float broad = vnoise(q) * 0.75 - 0.35 - 0.06 * smoothstep(2.0, 0.4, z);   // more water nearest
    return fine ? broad + vnoise(q * 2.7) * 0.25 - 0.125 : broad;
}

// A dead tree standing in the water at ground point `at`: how far the pixel p is from its
// trunk and bare branches (< 0 inside), in ground units; cx is the picture's middle.
float snag(vec2 p, float cx, vec3 at, float seed) {
    vec2 q = vec2((p.x - cx) * at.y - at.x, EYE - (HORIZON - p.y) * at.y);
    float h = at.z;
    float d = sd_taper(q, vec2(0.0, 0.0), vec2(0.03, h), 0.035, 0.008);
    for (int i = 0; i < 3; i++) {
        float k = float(i);
        float y0 = h * (0.45 + 0.17 * k);
        float side = mod(k + seed, 2.0) < 1.0 ? 1.0 : -1.0;
        vec2 tip = vec2(side * (0.16 - 0.04 * k) * (0.8 + 0.4 * hash11(seed + k)), y0 + 0.12 - 0.02 * k);
        d = min(d, sd_taper(q, vec2(0.02 * k / 3.0, y0), tip, 0.014, 0.004));
        d = min(d, sd_taper(q, tip * 0.6 + vec2(0.0, y0 * 0.4), tip * 0.6 + vec2(side * 0.02, y0 * 0.4 + 0.09), 0.007, 0.003));
    }
    return d;
}

void main() {
    float asp = v_view.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float soft = v_view.y;
    float cx = v_view.z;
    float t = v_view.w;
    vec3 key = v_key, amb = v_amb, air = v_air;
    vec3 col = vec3(0.0);
    float cov = 0.0;
    float below = max(HORIZON - p.y, 1e-4);
    float zp = EYE / below;                                // the depth of the water under the pixel
    float on_water = step(p.y, HORIZON);
    // ---- the far treeline, low and dark, fading into the haze
    float crowns = 0.008 + 0.022 * pow(vnoise(vec2(p.x * 22.0, u_seed)), 2.0) + 0.012 * vnoise(vec2(p.x * 6.0, 3.0));
    float treeline = land_fill(p.y - HORIZON - crowns, soft) * step(HORIZON - 0.002, p.y);
    vec3 far_trees = mix(vec3(0.08, 0.1, 0.07) * (amb * 1.6 + key * 0.5), air, 0.6);
    land_lay(col, cov, treeline, far_trees);
    // its reflection along the far water's edge
    float mirrored = land_fill(below - crowns * 0.8, soft) * on_water * step(below, 0.04);
    land_lay(col, cov, mirrored * 0.45, far_trees * 0.7);
    // ---- the dead trees, far one first, and their reflections in the pools
    float snag_at = 1e3;                                   // the depth of the dead tree drawn
    for (int i = 0; i < 2; i++) {
        vec3 at = SNAGS[i];
        float base = HORIZON - EYE / at.y;
        float w = soft * at.y;
        float top = (at.z + 0.15) / at.y;                  // its height on the screen, and its reflection's
        bool near = abs(p.x - cx - at.x / at.y) < 0.3 / at.y && abs(p.y - base) < top;
        if (near && p.y >= base) {
            float d = snag(p, cx, at, float(i) * 5.0 + 2.0);
            float lit = smoothstep(-0.02, 0.02, (p.x - cx) * at.y - at.x);
            vec3 wood = vec3(0.2, 0.18, 0.16) * (amb * 1.2 + key * (0.2 + 0.7 * lit));
            float c = land_fill(d, w);
            land_lay(col, cov, c, mix(wood, air, 0.05 * at.y));
            snag_at = mix(snag_at, at.y, step(0.5, c));
        } else if (near && base - p.y < top * 0.6 && bank((p.x - cx) * zp, zp, true) < 0.0) {
            float ripple = (vnoise(vec2(p.x * 90.0, p.y * 300.0 - t * 0.5)) - 0.5) * 0.004;
            float d = snag(vec2(p.x + ripple, 2.0 * base - p.y), cx, at, float(i) * 5.0 + 2.0);
            land_lay(col, cov, land_fill(d, w * 2.0) * 0.5, vec3(0.05, 0.05, 0.05) * (amb + key * 0.3));
        }
    }
    // ---- the banks: flat tussock grass where the ground comes up out of the water
    float gx = (p.x - cx) * zp;
    float here = bank(gx, zp, true);
    float fog = 1.0 - exp(-zp * 0.09);
    vec3 grass = mix(vec3(0.15, 0.16, 0.1), vec3(0.27, 0.24, 0.15), vnoise(vec2(gx, zp) * 9.0));
    float edge = soft * zp * 2.0;
    float ground = land_fill(-here, edge) * on_water * (1.0 - step(snag_at, zp));   // not over a nearer tree
    grass = mix(vec3(0.07, 0.055, 0.04), grass, smoothstep(0.0, 0.03, here));   // wet mud at the water's edge
    land_lay(col, cov, ground, mix(grass * (amb * 1.5 + key * 0.6), air, fog));
    // ---- the reeds standing on the banks, in rows ROWS to a doubling of depth: of the rows
    // whose stems could reach the pixel (from depths zp * (1 - REED / EYE) to zp), the nearest
    // covers it
    float zn = p.y < HORIZON ? zp * (1.0 - REED / EYE) : (EYE - REED) / max(p.y - HORIZON, 1e-4);
    float first = ceil(log2(max(zn, 0.05)) * ROWS);
    float last = floor(log2(min(p.y < HORIZON ? zp : 40.0, 40.0)) * ROWS);
    float reed = 0.0;
    float reed_z = 0.0;
    float reed_up = 0.0;
    for (int i = 0; i < 7; i++) {
        float r = first + float(i);
        if (r > last || reed > 0.0) break;
        float z0 = exp2(r / ROWS);
        float x0 = (p.x - cx) * z0 * STEMS + r * 0.37;
        float up = (EYE - (HORIZON - p.y) * z0) / REED;    // up the reed, 0 at its foot, 1 at the tallest
        float cell = floor(x0);
        float h = hash21(vec2(cell, r));
        float tall = 0.35 + 0.65 * h;
        float sway = 0.2 * up * up * lsin(t * 0.9 + cell * 0.7 + r);
        float stem = abs(x0 - cell - 0.2 - 0.6 * fract(h * 7.3) - sway);
        float thin = smoothstep(0.4, 2.0, z0 * STEMS * soft);          // a stem under a pixel: its average
        // one in four is a bulrush: a brown head high on its stem, a thin spike above it
        float v = (up / tall - 0.6) / 0.25;
        float head = step(fract(h * 31.7), 0.25) * sqrt(max(1.0 - (2.0 * v - 1.0) * (2.0 * v - 1.0), 0.0));
        float c = mix(smoothstep(0.1, 0.05, stem + 0.04 * up - 0.16 * head), 0.6, thin);
        // reeds fringe the banks along the water; further in, only a few stand
        float b = bank((cell + 0.5 - r * 0.37) / STEMS, z0, false);
        float fringe = step(0.01, b) * max(step(b, 0.2), step(fract(h * 13.1), 0.07));
        // and at the water's edge a dense bed of young reeds, its top ragged
        float blade = abs(fract(x0 * 3.0) - 0.5) * 2.0;             // its blades' pointed tips
        float bed = step(0.01, b) * step(b, 0.09) * step(up, (0.2 + 0.3 * hash21(vec2(floor(x0 * 3.0), r))) * (1.0 - 0.5 * blade));
        float standing = c * step(up, tall) * fringe;
        reed = max(standing, mix(bed, 0.6 * bed, thin)) * step(0.0, up);
        reed_z = z0;
        reed_up = standing > 0.0 ? up / tall + 2.0 * step(0.01, head) : up * 0.8;   // 2+: a head
    }
    vec3 straw = mix(vec3(0.14, 0.15, 0.07), vec3(0.42, 0.38, 0.2), smoothstep(0.0, 0.9, reed_up));
    straw = mix(straw, vec3(0.2, 0.11, 0.05), step(2.0, reed_up));          // a bulrush's head
    float lit = 0.55 + 0.45 * smoothstep(-0.5, 0.5, lsin(p.x * 400.0 / max(reed_z, 0.3)));
    vec3 reeds = mix(straw * (amb * 1.4 + key * lit * 0.8), air, 1.0 - exp(-reed_z * 0.09));
    float in_front = step(reed_z, snag_at);
    col = mix(col, reeds, reed * mix(1.0 - cov, 1.0, in_front));
    cov = max(cov, reed);
    // ---- mist lying over the far water
    float mist = 0.4 * smoothstep(2.5, 12.0, zp) * on_water * (0.8 + 0.2 * lsin(p.x * 7.0 + t * 0.05) * lsin(p.x * 3.1 - t * 0.03))
               + 0.25 * land_fill(p.y - HORIZON - 0.03, 0.03) * step(HORIZON, p.y);
    col = mix(col, air * 1.1, mist * (1.0 - 0.5 * reed));
    cov = max(cov, mist);
    // ---- will-o'-the-wisps by night: three pale lights hovering low over the pools
    vec3 glow = vec3(0.0);
    for (int i = 0; i < 3; i++) {
        float k = float(i);
        vec2 at = vec2(0.22 + 0.28 * k + 0.05 * lsin(t * 0.07 + k * 2.0), 0.0) * asp;
        at.y = HORIZON - 0.05 - 0.04 * fract(k * 0.61) + 0.012 * lsin(t * 0.23 + k * 1.7);
        float r = length((p - at) * vec2(1.0, 1.3));
        float pulse = v_wisp.w * (0.8 + 0.2 * lsin(t * 2.1 + k * 3.0));
        glow += v_wisp.rgb * pulse * (exp(-r * 220.0) * 1.6 + exp(-r * 45.0) * 0.25);
        // and its light drawn down in the water under it
        glow += v_wisp.rgb * pulse * 0.12 * exp(-abs(p.x - at.x) * 260.0) * smoothstep(at.y - 0.08, at.y - 0.015, p.y) * step(p.y, at.y - 0.015);
    }
    f_color = vec4(col * cov + glow * (1.0 - reed * 0.8), cov) * land_opacity();
}
#endif
