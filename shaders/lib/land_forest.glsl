// Shared body of the forest, trees programs; each defines LAND_KIND (compile-time, so unused
// kinds fold away: llvmpipe executes every branch). Three rows of trees (lib/land_tree.glsl)
// in depth: the far rows small, soft and faded toward the sky, the near row large and dark,
// each lit from the key light's side with a rim of the palette's glow (midground).
// LAND_KIND: 0 a conifer forest, 1 broad-crowned trees, 2 bare winter trees (TREE_BARE).
// Needs lib/header.glsl, lib/noise.glsl and lib/land_common.glsl; the vertex section uses
// lib/land_forest_vertex.glsl (per-draw constants).
#if LAND_KIND == 2
#define TREE_BARE
#endif
#include "lib/land_tree.glsl"
noperspective in vec2 v_uv;
flat in vec3 v_forest_x;
flat in vec2 v_forest_edge;
flat in vec3 v_forest_c0, v_forest_c1, v_forest_c2;
flat in vec3 v_forest_g0, v_forest_g1, v_forest_g2;
flat in vec3 v_forest_k0, v_forest_k1, v_forest_k2;
out vec4 f_color;

#if LAND_KIND == 0
const vec3 CONIFERS = vec3(0.85, 0.8, 0.75);   // the share of conifers in each row, far .. near
const vec3 GAPS = vec3(0.0, 0.15, 0.1);        // and of empty places
#elif LAND_KIND == 1
const vec3 CONIFERS = vec3(0.3, 0.15, 0.1);
const vec3 GAPS = vec3(0.05, 0.15, 0.2);
#else
const vec3 CONIFERS = vec3(0.25, 0.15, 0.1);
const vec3 GAPS = vec3(0.05, 0.25, 0.4);
#endif

// What the pixel at p sees of depth row i (0 far .. 2 near): its trees (the far row's as a
// skyline), and below them the row's undergrowth (a hit in shade). noise: the leaf noise at p.
TreeHit forest_row(vec2 p, float i, float noise) {
    float cw = FOREST_CELL(i);
    float base = 0.36 - i * 0.085 + 0.012 * lsin(p.x * (3.0 + i) + i * 2.0);
    float xoff = v_forest_x[int(i)];
    vec4 kind = vec4(CONIFERS[int(i)], GAPS[int(i)], noise, i);
    TreeHit hit = i < 0.5 ? tree_skyline(p, vec2(cw, base), xoff, kind)
                          : tree_row(p, vec2(cw, base), xoff, kind, u_time);
    float x = p.x * (40.0 - i * 10.0) + xoff;
    float bush = vec3(0.009, 0.006, 0.009)[int(i)] * (1.3 + 0.7 * lsin(x * 0.37) + 1.2 * noise);
#if LAND_KIND == 0
    // the forest's own mass behind the row, its spires breaking its top
    float tips = max(1.0 - abs(fract(x * 0.31) - 0.5) * 3.0,
                     1.0 - abs(fract(x * 0.53 + 0.3) - 0.5) * 4.0);
    bush += (0.003 + 0.003 * i) * (0.6 + lsin(x * 0.13 + i) * 0.4 + max(tips, 0.0) * 1.3);
#endif
    float ground = p.y - base - bush;
    return ground < hit.d ? TreeHit(ground, vec2(0.0, -0.7), 1.0) : hit;
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float noise = vnoise(p * vec2(90.0, 100.0));
    TreeHit far = forest_row(p, 0.0, noise);
    TreeHit mid = forest_row(p, 1.0, noise);
    TreeHit near = forest_row(p, 2.0, noise);
    vec3 d = vec3(far.d, mid.d, near.d);
    // 1 - smoothstep(-w, w, d), w = 1.2 px near, softer further off (smoothstep is symmetric)
    vec3 s = clamp(0.5 - d * v_forest_edge.x * vec3(0.6, 0.8, 1.0), 0.0, 1.0);
    vec3 cov = s * s * (3.0 - 2.0 * s);
    vec3 side = vec3(tree_rim_side(far), tree_rim_side(mid), tree_rim_side(near));
    vec3 rim = exp(min(d, 0.0) * vec3(1.0 / 0.004, 1.0 / 0.003, 1.0 / 0.0025)) * cov * side;
    vec3 lit = vec3(tree_light(far, noise), tree_light(mid, noise), tree_light(near, noise));
    // depth fog lifts the lower part of each row (colours carry the opacity already)
    vec3 fog = v_pal_haze * (v_forest_edge.y * smoothstep(0.4, 0.15, p.y));
    vec3 col = (v_forest_c2 + v_forest_k2 * lit.z + fog * 0.08) * cov.z + v_forest_g2 * rim.z;
    float a = cov.z;
    col += (1.0 - a) * ((v_forest_c1 + v_forest_k1 * lit.y + fog * 0.15) * cov.y
                        + v_forest_g1 * rim.y);
    a += (1.0 - a) * cov.y;
    col += (1.0 - a) * ((v_forest_c0 + v_forest_k0 * lit.x + fog * 0.25) * cov.x
                        + v_forest_g0 * rim.x);
    a += (1.0 - a) * cov.x;
    f_color = vec4(col, a * v_forest_edge.y);
}
