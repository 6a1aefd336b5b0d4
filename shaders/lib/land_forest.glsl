// Shared body of the forest, trees programs; each defines LAND_KIND
// (compile-time, so unused kinds fold away: llvmpipe executes every branch).
// Forest silhouettes in three depth layers with a bioluminescent rim (midground).
// LAND_KIND: 0 pointed conifers (forest), 1 round-crowned trees.
// Needs lib/header.glsl, lib/noise.glsl and lib/land_common.glsl; the vertex section uses
// lib/land_forest_vertex.glsl (per-draw constants).
noperspective in vec2 v_uv;
flat in vec3 v_forest_x;
flat in vec2 v_forest_edge;
flat in vec3 v_forest_c0, v_forest_c1, v_forest_c2;
flat in vec3 v_forest_f0, v_forest_f1, v_forest_f2;
flat in vec3 v_forest_g0, v_forest_g1, v_forest_g2;
out vec4 f_color;

// Signed distance (negative inside) to the tree line of depth layer i at p; xoff: the
// layer's offset in cells.
float treeline(vec2 p, float i, float xoff) {
    float cw = 0.035 * (1.0 + i * i * 0.9);
    float x = p.x / cw + xoff;
    float cell = floor(x);
    float lx = (fract(x) - 0.5) * cw;
    float r = hash11(cell * 1.37 + i * 11.0);
    float base = 0.36 - i * 0.085 + 0.012 * lsin(p.x * (3.0 + i) + i * 2.0);
    float r2 = hash11(cell * 7.31 + i * 3.0);
    float ht = (0.06 + 0.08 * i) * (0.35 + 0.9 * r * r) * step(0.12, r2);
    float top = base + ht;
#if LAND_KIND == 0
    // conifer: half width grows downward in tiers
    float dy = top - p.y;
    float tier = 0.7 + 0.3 * fract(dy / (0.018 + 0.01 * i));
    float hw = min(dy * (0.2 + 0.12 * r2) * tier, cw * 0.5);
    float d = max(abs(lx) - hw, -dy);
    return min(d, p.y - base);   // undergrowth fills below the base line
#else
    // round crown on a short trunk, over a rolling hedge: long trunks on a straight base line
    // read as a fence
    top = base + cw * 0.75 + ht * 0.3;
    vec2 c = vec2(lx, p.y - (top - cw * 0.45));
    float lump = 0.06 * cw * lsin(c.x * 260.0 / (1.0 + i)) * lsin(c.y * 240.0 / (1.0 + i));
    float d = min(length(c * vec2(1.0, 1.15)) - cw * 0.47 + lump,
                  max(abs(lx) - cw * 0.06, p.y - top + cw * 0.4));
    float hedge = cw * (0.24 + 0.07 * lsin(x * 3.1) + 0.05 * lsin(x * 7.9 + 1.7));
    return min(d, p.y - base - hedge);
#endif
}

void main() {
    vec2 p = aspect_coords(v_uv);
    vec3 d = vec3(treeline(p, 0.0, v_forest_x[0]), treeline(p, 1.0, v_forest_x[1]),
                  treeline(p, 2.0, v_forest_x[2]));
    // 1 - smoothstep(-w, w, d), w = 1.2 px (smoothstep is symmetric about its middle)
    vec3 s = clamp(0.5 - d * v_forest_edge.x, 0.0, 1.0);
    vec3 cov = s * s * (3.0 - 2.0 * s);
    vec3 rim = exp(min(d, 0.0) * vec3(1.0 / 0.004, 1.0 / 0.003, 1.0 / 0.0025)) * cov;
    // depth fog lifts the lower part of far layers (colours carry the opacity already)
    float fogb = smoothstep(0.4, 0.15, p.y);
    vec3 col = (v_forest_c2 + v_forest_f2 * fogb) * cov.z + v_forest_g2 * rim.z;
    float a = cov.z;
    col += (1.0 - a) * ((v_forest_c1 + v_forest_f1 * fogb) * cov.y + v_forest_g1 * rim.y);
    a += (1.0 - a) * cov.y;
    col += (1.0 - a) * ((v_forest_c0 + v_forest_f0 * fogb) * cov.x + v_forest_g0 * rim.x);
    a += (1.0 - a) * cov.x;
    f_color = vec4(col, a * v_forest_edge.y);
}
