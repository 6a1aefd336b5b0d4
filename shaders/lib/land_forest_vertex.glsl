// Vertex side of the forest, trees programs: their per-draw constants for lib/land_forest.glsl,
// computed once per vertex instead of per pixel. The layer defines LAND_KIND and
// `#define LAND_VERTEX_HOOK forest_vertex` before including lib/land_vertex.glsl, then includes
// this file.
flat out vec3 v_forest_x;    // per depth row (far .. near): x offset in cells (seed, drift)
flat out vec2 v_forest_edge; // 1 / (2 w) for an edge softness w, opacity
flat out vec3 v_forest_c0, v_forest_c1, v_forest_c2;  // each row's colour (times opacity)
flat out vec3 v_forest_g0, v_forest_g1, v_forest_g2;  // rim glow (same)
flat out vec3 v_forest_k0, v_forest_k1, v_forest_k2;  // key light (same)

void forest_vertex() {
    for (int i = 0; i < 3; i++) {
        float fi = float(i);
        float seed = hash11(u_seed * 1.731 + fi * 17.17);   // land_rand(i)
        v_forest_x[i] = seed * 90.0 + u_time * 0.002 * (fi + 1.0) / FOREST_CELL(fi);
    }
    float op = clamp(u_intensity * 1.25, 0.0, 1.0);          // land_opacity()
    v_forest_edge = vec2(0.5 * land_height_px() / 1.2, op);
    vec3 glow = v_pal_glow * v_breath * op;
    // the far rows fade toward the sky: aerial perspective
    vec3 c0 = mix(v_pal_dark, v_pal_air, 0.6);
    vec3 c1 = mix(v_pal_dark, v_pal_air, 0.28);
    v_forest_c0 = c0 * op;
    v_forest_c1 = c1 * op;
    v_forest_c2 = v_pal_dark * op;
    v_forest_g0 = glow * 0.25;
    v_forest_g1 = glow * 0.4;
    v_forest_g2 = glow * 0.6;
    // the key light as bright as the sky is: dark silhouettes under a night sky, lit crowns by day
    vec3 key = mix(v_pal_light, v_pal_glow, 0.5) * clamp(luma(v_pal_air) * 0.8, 0.02, 0.2) * op;
    v_forest_k0 = key * 0.5;
    v_forest_k1 = key * 0.75;
    v_forest_k2 = key;
}
