#version 330 core
// The ridge the four-legged creatures of land_beast.glsl stand on (midground, drawn before
// them): dark ground under a rim of light, rising from the left to a flat top on the right.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_SPRITE ground_sprite
#include "lib/land_vertex.glsl"
// One triangle under the ridge's highest point (0.222), 2 px of margin for its soft edge.
vec2 ground_sprite(int sprite, vec2 corner) {
    return quad_below(0.222 + 2.0 / land_height_px(), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_ridge.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float dr = p.y - beast_ridge(p.x, aspect());
    float cov = land_fill(dr, land_px() * 1.2);
    float rim = exp(-max(-dr, 0.0) * 350.0) * cov;
    vec3 col = land_pal_dark() * 0.8 * cov + land_pal_glow() * land_breath() * (0.55 * rim);
    f_color = vec4(col, cov) * land_opacity();
}
#endif
