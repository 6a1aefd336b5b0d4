#version 330 core
// A vegetable garden at nightfall (midground), seen from its path: rows of cabbages, lettuces
// and bean poles hung with leaves run across the beds to a hedge and the dark shapes of fruit
// trees at the back, fading into the dusk; a glasshouse on the right, lit warm from within,
// shows its glazing bars and the plants inside, and its light spills on the beds in front.
// The moon lights the rows from the left. The sky is left to the layers behind. Ground depth:
// z = EYE / (HORIZON - y); each row of plants stands upright at its own depth.
#include "lib/header.glsl"
const float HORIZON = 0.47;
const float EYE = 0.2;
const float ROWS = 0.55;          // the rows' spacing in depth
const float FIRST = 0.7;          // the nearest row's depth
const float HEDGE = 7.2;          // the hedge's depth
const vec4 GLASS = vec4(0.74, 3.6, 0.6, 0.5);    // the glasshouse: x (of the width), depth, half-width, wall height (ground units)
#define LAND_RECT vec4(0.0, 0.0, asp, 0.75)
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK garden_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;     // aspect, edge softness, the eye's drift, time
flat out vec3 v_moon;     // the moonlight
flat out vec3 v_lamp;     // the glasshouse's warm light
flat out vec3 v_leaf;     // the leaves' green

void garden_vertex() {
    v_view = vec4(aspect(), 1.5 / u_resolution.y, 0.02 * sin(u_time * 0.013), u_time);
    v_moon = mix(vec3(0.55, 0.64, 0.9), v_pal_glow, 0.15) * 0.45;
    v_lamp = mix(vec3(1.0, 0.66, 0.3), v_pal_light, 0.2) * (1.6 * v_breath);
    v_leaf = mix(vec3(0.2, 0.5, 0.12), v_pal_glow * vec3(0.4, 0.9, 0.4), 0.1);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_tree.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_moon;
flat in vec3 v_lamp;
flat in vec3 v_leaf;

// The glasshouse's light reaching ground point (x, z), its door at ground x `door`.
float lamp_pool(float x, float z, float door) {
    vec2 d = vec2(x - door, z - GLASS.y + 0.6);
    return 0.6 / (1.0 + dot(d, d) * 1.2);
}

// The plant of row k that the pixel at p (the garden's middle at x = cx) might show: at its
// lx (across from the plant's stem), height over the ground, radius, depth; of its kind
// (0 cabbages, 1 lettuces, 2 bean poles), cell, x across the row; d its distance (< 0
// inside), lane 0 on the path.
struct Plant { vec4 at; vec3 of; float d; float lane; };

Plant plant_in_row(float k, vec2 p, float cx, float t) {
    float zk = FIRST + k * ROWS;
    float x = (p.x - cx) * zk;                             // across, in ground units
    float h = EYE - (HORIZON - p.y) * zk;                  // height over the ground
    float kind = mod(k, 3.0);
    float lane = smoothstep(0.34, 0.44, abs(x + 0.1 * lsin(zk * 0.7)));   // not on the path
    float sp = kind < 1.5 ? 0.32 : 0.45;
    float cell = floor(x / sp);
    float hc = hash11(cell * 3.1 + k * 7.0);              // this plant's own size and place
    float lx = (fract(x / sp) - 0.5) * sp + (hc - 0.5) * 0.05;
    float r = (kind < 0.5 ? 0.11 : 0.075) * (0.8 + 0.4 * fract(hc * 13.7));
    // cabbages and lettuces: round heads of leaves; bean poles: a cane with leaves alternating
    // up it, swaying
    float head = length(vec2(lx, (h - r * 0.8) * 1.15)) - r;
    float bx = lx - 0.03 * h * lsin(t * 0.8 + cell + k);
    float up = h * 14.0 + cell;
    float leaf = length(vec2(bx - (fract(floor(up) * 0.5) < 0.25 ? 0.024 : -0.024), (fract(up) - 0.5) * 0.055)) - 0.024;
    float bean = max(min(abs(bx) - 0.007, leaf), h - 0.55 - 0.06 * fract(hc * 7.3));
    return Plant(vec4(lx, h, r, zk), vec3(kind, cell, x), max(kind < 1.5 ? head : bean, -h), lane);
}

void main() {
    float asp = v_view.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float soft = v_view.y;
    float t = v_view.w;
    float cx = asp * (0.42 + v_view.z);
    float gx0 = (asp * GLASS.x - cx) * GLASS.y;           // the glasshouse's centre, ground units
    vec2 toward = vec2(-0.7, 0.45);                       // the moon's side, across the leaves
    vec3 col = vec3(0.0);
    float cov = 0.0;
    float depth = 1e3;                                     // of what covers the pixel so far
    // ---- the ground: dark soil in beds, a pale path up the middle
    float below = max(HORIZON - p.y, 1e-4);
    float gz = EYE / below;
    float gx = (p.x - cx) * gz;
    float path = smoothstep(0.32 + gz * soft / below, 0.32, abs(gx + 0.1 * lsin(gz * 0.7)));
    float grain = vnoise(vec2(gx, gz) * 24.0);
    vec3 soil = vec3(0.09, 0.065, 0.05) * (0.7 + 0.5 * grain);
    vec3 gravel = vec3(0.15, 0.14, 0.13) * (0.75 + 0.4 * grain);
    vec3 ground = mix(soil, gravel, path) * (v_moon + v_lamp * lamp_pool(gx, gz, gx0) * 0.5);
    float on_ground = step(p.y, HORIZON);
    col = ground;
    cov = on_ground;
    depth = gz;
    // ---- the rows of plants, nearest first: the pixel takes the first row that covers it (the
    // shapes are tested in the loop, the one found is lit after it)
    float found = 0.0;                                     // coverage by the rows so far
    float hit = 0.0;                                       // the row it takes
    // rows behind the ground the ray meets, or too far off for their tallest plants to reach
    // up to the pixel, cannot cover it: the loop stops before them
    float reach = p.y < HORIZON ? gz : (0.62 - EYE) / max(p.y - HORIZON, 1e-4);
    float rows = min((reach - FIRST) / ROWS, 11.0);
    for (int i = 0; i < 12; i++) {
        float k = float(i);
        if (k > rows) break;
        Plant pl = plant_in_row(k, p, cx, t);
        float w = soft * pl.at.w;
        float c = (1.0 - smoothstep(-w, w, pl.d)) * pl.lane * step(pl.at.w, HEDGE - 0.4);
        hit = mix(hit, k, step(found, 0.5) * step(0.5, c));
        found += (1.0 - found) * c;
    }
    Plant pl = plant_in_row(hit, p, cx, t);
    vec4 plant_at = pl.at;
    vec3 plant_of = pl.of;
    // light: the moon from the left on the rounded leaves, the glasshouse's glow on those near
    // it; the leaves' veins and folds; shade low down; haze further off
    float kind = plant_of.x;
    vec2 rel = vec2(plant_at.x, plant_at.y - plant_at.z * 0.8);
    vec2 nrm = rel / max(length(rel), 1e-4);
    float ang = latan2(rel.y, rel.x);
    float lit = kind < 1.5 ? clamp(dot(nrm, normalize(toward)) * 0.6 + 0.5, 0.0, 1.0)
                           : 0.6 + 0.25 * lsin(plant_at.x * 90.0 + plant_at.y * 60.0);
    float veins = kind < 1.5 ? 0.8 + 0.2 * smoothstep(0.0, 0.3, abs(lsin(ang * 3.0 + plant_of.y + plant_at.x * 20.0))) : 1.0;
    vec3 leaf = v_leaf * (kind < 0.5 ? vec3(0.7, 0.95, 1.1) : vec3(1.1, 1.1, 0.7)) * veins;
    vec3 plant = leaf * smoothstep(-0.02, plant_at.z * 0.9, plant_at.y)
               * (v_moon * lit * 0.8 + v_lamp * lamp_pool(plant_of.z, plant_at.w, gx0) * (0.3 + 0.5 * lit));
    plant = mix(plant, v_pal_haze * 1.5, smoothstep(1.0, HEDGE, plant_at.w) * 0.5);
    col = mix(col, plant, found);
    cov = max(cov, found);
    // ---- the glasshouse: its gable end toward us, its long side running back on the left
    float gw = GLASS.z;
    vec2 gq = vec2((p.x - cx) * GLASS.y - gx0, EYE - (HORIZON - p.y) * GLASS.y);
    float roof = GLASS.w + (gw - abs(gq.x)) * 0.6;
    float gable = step(abs(gq.x), gw) * step(0.0, gq.y) * step(gq.y, roof);
    float zs = (gx0 - gw) / max(p.x - cx, 1e-4);            // the ray meets the side's plane
    vec2 sq = vec2(zs - GLASS.y, EYE - (HORIZON - p.y) * zs);
    float side = (1.0 - gable) * step(0.0, sq.x) * step(sq.x, 2.5) * step(0.0, sq.y) * step(sq.y, GLASS.w);
    vec2 bq = gable > 0.5 ? gq : vec2(sq.x * 0.8, sq.y);
    float bars = max(smoothstep(0.03, 0.012, abs(fract(bq.x / 0.22) - 0.5) * 0.22),
                     smoothstep(0.03, 0.012, abs(fract(bq.y / 0.2) - 0.5) * 0.2));
    float rim = gable * smoothstep(0.045, 0.02, min(gw - abs(gq.x), roof - gq.y));
    float frame = max(bars, rim);
    float plants_in = smoothstep(0.45, 0.55, vnoise(bq * vec2(6.0, 4.0)) + (0.25 - bq.y) * 1.2);
    vec3 glow = v_lamp * (0.5 + 0.5 * (1.0 - bq.y / max(roof, 1e-3))) * mix(1.0, 0.5, side);
    vec3 pane = mix(glow, v_leaf * v_lamp * 0.2, plants_in * 0.8);
    vec3 glasshouse = mix(pane, vec3(0.03, 0.025, 0.02) + v_moon * 0.06 + v_lamp * 0.04, frame);
    float house = max(gable, side) * (1.0 - found) * step(GLASS.y, depth);
    col = mix(col, glasshouse, house);
    cov = max(cov, house);
    // its light through the haze around it
    float halo = exp(-length(gq - vec2(0.0, 0.3)) * 3.5) * 0.15;
    // ---- the hedge and the fruit trees at the back, fading into the dusk
    float hy = HORIZON - EYE / HEDGE;
    float hedge_top = hy + 0.03 + 0.012 * vnoise(vec2(p.x * 40.0, 1.0)) + 0.006 * lsin(p.x * 90.0);
    // four fruit trees of their own sizes and shapes (lib/land_tree.glsl) at uneven places, each
    // within its quarter of the width: a pixel needs only the tree of its own quarter
    float leaf_noise = vnoise(p * vec2(150.0, 170.0));
    float j = clamp(floor(p.x / (asp * 0.23)), 0.0, 3.0);
    float r = hash11(j + 3.0);
    float size = 0.8 + 0.4 * fract(r * 7.7);
    vec2 foot = vec2(asp * 0.23 * (j + 0.35 + 0.3 * r), hy);
    TreeHit back = land_tree(p - foot, vec2(0.13, 0.05) * size,
                             vec4(0.0, fract(r * 3.1), r, leaf_noise));
    float tree = 1.0 - smoothstep(-soft, soft, back.d);
    float hedge = max(step(p.y, hedge_top), tree) * step(hy - 0.005, p.y) * (1.0 - found) * (1.0 - house);
    vec3 far_col = mix(v_leaf * v_moon * 0.5, v_pal_haze * 1.2 + v_moon * 0.08, 0.55 + 0.25 * tree)
                 + v_moon * (0.15 * tree * tree_light(back, leaf_noise));
    col = mix(col, far_col, hedge);
    cov = max(cov, hedge);
    f_color = vec4(col * cov + v_lamp * halo * (1.0 - cov), cov) * land_opacity();
}
#endif
