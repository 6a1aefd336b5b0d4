#version 330 core
// A vineyard (midground), seen from the grass aisle between two rows: rows of vines trained
// on wire between posts run away from the eye to the far hills, their leaves in hedges with
// dark bunches of grapes hanging under them; beyond, rolling hills striped with more rows, a
// farmhouse with a lit window and dark cypresses on the ridge. The key light comes from the
// right, so the rows on the left show their lit faces and those on the right their shaded
// ones. The sky is left to the layers behind. Each row is a hedge HEIGHT high and 2 * HALF
// thick along the depth axis, at x = +-(k + 0.5) * SPACING: the ray of a pixel meets the
// hedges' tops where it sinks to HEIGHT, else the inner face of the next row out, else the
// ground between them, found without a loop.
#include "lib/header.glsl"
const float HORIZON = 0.5;
const float EYE = 0.22;           // the eye's height over the ground
const float SPACING = 0.55;       // between the rows' middles, ground units
const float HEIGHT = 0.19;        // the hedges' height
const float CANOPY = 0.085;       // the leaves start this high; under them, the trunks in shade
const float HALF = 0.045;         // half their thickness
const float LEAF = 0.028;         // a leaf's size
const float POSTS = 1.7;          // between the posts along a row
const float RIDGE = HORIZON + 0.09;    // the far hills' mean height
#define LAND_RECT vec4(0.0, 0.0, asp, RIDGE + 0.1)
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK vineyard_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_building.glsl"
flat out vec4 v_view;     // aspect, edge softness, the rows' vanishing x, time
flat out vec3 v_key;      // the key light from the right: the moon or the sun
flat out vec3 v_amb;      // the sky's light on the shaded sides
flat out vec3 v_air;      // the haze that distance leans toward
flat out vec3 v_lamp;     // the farmhouse window's light

void vineyard_vertex() {
    float asp = aspect();
    float day = 1.0 - atmosphere_night();
    v_view = vec4(asp, 1.3 / land_height_px(), asp * (0.46 + 0.02 * sin(u_time * 0.012)), u_time);
    building_light(day, v_key, v_amb, v_lamp);
    v_air = mix(v_pal_air * 0.7 + v_pal_haze * 0.3, atmosphere_day(0.3), day);
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
flat in vec3 v_lamp;

// The leaves at point (along, up) of a hedge, `w` a pixel's size there: how much a leaf
// covers it (0..1, the gaps between leaves dark) and that leaf's own shade; a pixel wider
// than a leaf sees their average.
vec2 leaves(float along, float up, float row, float w) {
    // two offset layers of lobed leaves, each of its own size, place and tilt, in rough
    // cells; each leaf lit toward the key (up and to the right) with a darker vein down it
    vec2 q = vec2(along, up) / LEAF + vec2(row * 7.3, u_seed);
    float cover = 0.0, shade = 0.5;
    for (int i = 0; i < 2; i++) {
        vec2 c = q * (1.0 + 0.37 * float(i)) + vec2(0.5, 0.31) * float(i);
        vec2 cell = floor(c);
        float h = hash21(cell + float(i) * 13.0);
        vec2 f = fract(c) - 0.5 - 0.6 * (vec2(h, fract(h * 7.7)) - 0.5);
        f = rot2(h * 1.2 - 0.6) * f;
        float a = latan2(f.y, f.x);
        float r = length(f) / ((0.3 + 0.16 * fract(h * 3.3)) * (0.8 + 0.2 * lcos(5.0 * a + 1.57)));
        float leaf = smoothstep(1.0, 0.8, r);
        float lit = 0.7 + 0.3 * dot(f / max(length(f), 1e-3), vec2(0.6, 0.8)) * r;
        float vein = 1.0 - 0.25 * smoothstep(0.06, 0.0, abs(f.x)) * step(f.y, 0.0);
        float own = (0.4 + 0.6 * fract(h * 5.1)) * lit * vein;
        shade = mix(shade, own, step(cover, leaf));
        cover = max(cover, leaf);
    }
    float clumps = smoothstep(0.35, 0.75, vnoise(q * 0.18));          // denser and sparser stretches
    float far = smoothstep(0.3, 1.0, w / LEAF);
    return vec2(mix(max(cover, clumps * 0.5), 0.8, far), mix(shade, 0.55, far));
}

// The hedge's ragged top at `along` of row `row`.
float crown(float along, float row) {
    return HEIGHT * (0.86 + 0.14 * vnoise(vec2(along * 5.0, row * 3.1 + u_seed)));
}

// A bunch of grapes at (along, up) of a hedge's face: 0..1, and how much its grapes catch the
// light. One hangs in about every other gap along the wire, under the leaves.
vec2 grapes(float along, float up, float row) {
    float cell = floor(along / 0.3);
    float h = hash21(vec2(cell, row));
    float x = (fract(along / 0.3) - 0.5 - 0.3 * (h - 0.5)) * 0.3;
    float y = up - CANOPY - 0.01 * h;
    float bunch = sd_triangle_iso(vec2(x, -y) - vec2(0.0, 0.07), vec2(0.028, 0.07));
    vec2 g = fract(vec2(x, y) / 0.013) - 0.5;
    float round_ = 1.0 - smoothstep(0.3, 0.5, length(g));
    float shine = smoothstep(0.25, 0.0, length(g - vec2(0.15, 0.18)));
    return vec2(step(h, 0.55) * land_fill(bunch, 0.004) * (0.6 + 0.4 * round_), shine);
}

void main() {
    float asp = v_view.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float soft = v_view.y;
    float cx = v_view.z;
    float t = v_view.w;
    vec3 col = vec3(0.0);
    float cov = 0.0;
    vec3 leaf_green = mix(vec3(0.16, 0.3, 0.08), v_pal_glow * vec3(0.3, 0.55, 0.2), 0.15);
    // ---- the far hills, striped with rows of vines that follow their slope, a farmhouse
    // with a lit window and cypresses on the ridge, all fading into the haze
    float sway = 0.04 * vnoise(vec2(p.x * 2.2 + u_seed, 0.5)) + 0.015 * lsin(p.x * 4.0 + 1.0);
    float ridge = RIDGE + sway - 0.035;
    float hill = land_fill(p.y - ridge, soft) * step(HORIZON - 0.01, p.y);
    float stripes = 0.8 + 0.2 * lsin((p.x * 3.0 + (ridge - p.y) * 9.0) * 22.0);
    float distance = 0.1 + 0.15 * smoothstep(RIDGE, HORIZON, p.y);    // the lower, the further
    vec3 far = mix(leaf_green * (v_amb * 1.2 + v_key * 0.55) * stripes, v_air, distance);
    land_lay(col, cov, hill, far);
    // the farmhouse: a pale wall under a low roof, its window warm by night
    vec2 fh = p - vec2(cx + 0.3 * asp, ridge - 0.004);
    float wall = sd_box(fh - vec2(0.0, 0.012), vec2(0.026, 0.012));
    float roof = sd_triangle_iso(fh - vec2(0.0, 0.038), vec2(0.032, 0.014));
    float house = land_fill(min(wall, roof), soft);
    float window = land_fill(sd_box(fh - vec2(0.009, 0.012), vec2(0.004, 0.004)), soft);
    vec3 walls = mix(mix(vec3(0.5, 0.42, 0.32), vec3(0.35, 0.15, 0.1), step(wall, roof))
                     * (v_amb * 1.3 + v_key * 0.8), v_air, 0.35);
    land_lay(col, cov, house, mix(walls, v_lamp * 1.4, window * step(luma(v_key), 0.4)));
    // three cypresses beside it, tall dark flames
    for (int i = 0; i < 3; i++) {
        float k = float(i);
        vec2 c = p - vec2(cx + 0.3 * asp - 0.055 - 0.022 * k + 0.09 * step(1.5, k), ridge - 0.004);
        float tall = 0.06 + 0.015 * fract(k * 0.37 + 0.2);
        float u = clamp(c.y / tall, 0.0, 1.0);
        float d = abs(c.x) - 0.009 * sqrt(u) * (1.0 - u) * 2.2;
        float cy = land_fill(max(d, max(-c.y, c.y - tall)), soft);
        land_lay(col, cov, cy, mix(vec3(0.04, 0.07, 0.04) * (v_amb * 1.4 + v_key * 0.3), v_air, 0.3));
    }
    // ---- the ground and the rows, below the horizon
    float below = max(HORIZON - p.y, 1e-4);
    float dx = abs(p.x - cx);
    float side = p.x < cx ? -1.0 : 1.0;
    float zg = EYE / below;                                    // the ground's depth
    float z = zg;
    float kind = 0.0;                                          // 0 ground, 1 a top, 2 a face
    float along = 0.0, up = 0.0, row = 0.0;
    float zt = (EYE - HEIGHT) / below;                         // where the ray sinks to HEIGHT
    float xt = dx * zt;
    float k = floor(xt / SPACING);                             // the row it is over, or the next one out
    float middle = (k + 0.5) * SPACING;
    if (abs(xt - middle) < HALF && zt > 0.35) {
        z = zt; kind = 1.0; row = side * k; along = zt; up = HEIGHT;
    } else {
        // the inner face of the first row out past the gap, or where the ray passes over its
        // ragged crown, the next one's
        float next = xt < middle ? middle : middle + SPACING;
        for (int i = 0; i < 2; i++) {
            float zf = (next - HALF) / max(dx, 1e-4);
            float h = EYE - below * zf;
            float r = side * floor(next / SPACING);
            if (zf >= zg) break;
            if (h <= crown(zf, r)) {
                z = zf; kind = 2.0; row = r; along = zf; up = h;
                break;
            }
            next += SPACING;
        }
    }
    float fog = 1.0 - exp(-z * 0.06);
    float w = soft * z * 1.5;                                  // a pixel's width at that depth
    vec3 ground_col;
    {
        float gx = (p.x - cx) * zg;
        float tuft = vnoise(vec2(gx * 30.0, zg * 12.0)) * 0.6 + vnoise(vec2(gx * 7.0, zg * 3.0)) * 0.4;
        // grass down the aisles, worn to the earth in two wheel ruts
        float a = abs(fract(gx / SPACING) - 0.5) * SPACING;          // from the aisle's middle
        float rut = smoothstep(0.035 + w, 0.035, abs(a - 0.1) + 0.02 * tuft);
        vec3 grass = mix(vec3(0.07, 0.12, 0.04), vec3(0.17, 0.24, 0.07), tuft);
        vec3 earth = mix(vec3(0.18, 0.12, 0.08), vec3(0.26, 0.19, 0.12), tuft);
        ground_col = mix(grass, earth, rut * 0.8) * (v_amb * 1.3 + v_key * 0.65);
    }
    vec3 here = ground_col;
    if (kind > 0.5) {
        float lit = kind == 1.0 ? 0.5 : (side < 0.0 ? 0.95 : 0.3);   // the left rows face the light
        vec2 l = leaves(along, up, row, w);
        vec3 leaf = leaf_green * (0.6 + 0.8 * l.y) * (v_amb * 1.4 + v_key * lit);
        vec3 inside = leaf_green * 0.25 * (v_amb + v_key * 0.15);     // the hedge's shade within
        vec3 hedge = mix(inside, leaf, l.x);
        if (kind == 2.0) {
            // under the canopy, the gnarled trunks in its shade; the grapes hang at its edge
            float trunk = smoothstep(0.012 + w, 0.012, abs(fract(along / 0.42 + 0.5 * hash11(row)) - 0.5) * 0.42
                                     + 0.004 * lsin(up * 140.0));
            vec3 under = mix(inside * 0.6, vec3(0.16, 0.11, 0.08) * (v_amb * 1.2 + v_key * lit * 0.5), trunk);
            float canopy = smoothstep(CANOPY - 0.01, CANOPY + 0.01, up + 0.01 * vnoise(vec2(along * 20.0, row)));
            hedge = mix(under, hedge, canopy);
            vec2 g = grapes(along, up, row);
            vec3 fruit = vec3(0.12, 0.03, 0.14) * (v_amb * 1.5 + v_key * lit) + v_key * g.y * 0.35;
            hedge = mix(hedge, fruit, g.x * (1.0 - smoothstep(3.0, 8.0, z)));
            // the posts, and the wire they carry along the canopy
            float post = smoothstep(0.012 + w, 0.012, abs(fract(along / POSTS + 0.3 * row) - 0.5) * POSTS);
            float wire = smoothstep(0.003 + w * 0.5, 0.0, abs(up - HEIGHT * 0.8)) * (1.0 - l.x);
            vec3 wood = vec3(0.3, 0.24, 0.18) * (v_amb * 1.2 + v_key * lit);
            hedge = mix(hedge, wood, max(post * (1.0 - smoothstep(0.006, 0.02, w)), wire * 0.5));
        }
        here = hedge;
    }
    float land = step(p.y, HORIZON);
    land_lay(col, cov, land, mix(here, v_air, fog));
    // a haze lying along the far rows
    float haze = 0.2 * smoothstep(HORIZON - 0.04, HORIZON, p.y) * step(p.y, HORIZON + 0.01);
    col = mix(col, v_air * 1.1, haze * cov);
    f_color = vec4(col * cov, cov) * land_opacity();
}
#endif
