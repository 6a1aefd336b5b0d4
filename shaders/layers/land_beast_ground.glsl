#version 330 core
// The ground the four-legged creatures of land_beast.glsl stand on (midground, drawn before
// them; lib/land_ridge.glsl): a far ridge paled by the air, and a near one of dark ground
// under a rim of light, rising toward the dream's side.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_SPRITE ground_sprite
#include "lib/land_vertex.glsl"
// One triangle under the far ridge's highest point (0.237), 2 px of margin for its soft edge.
vec2 ground_sprite(int sprite, vec2 corner) {
    return quad_below(0.237 + 2.0 / land_height_px(), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_ridge.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float rx = v_uv.x, side = u_camera.w, w = land_px() * 1.2;
    float dr = p.y - beast_ridge(rx, side);
    float df = p.y - beast_far_ridge(rx, side);
    float cov = land_fill(dr, w);
    float far = land_fill(df, w) * (1.0 - cov);
    float rim = exp(-max(-dr, 0.0) * 350.0) * cov;
    float far_rim = exp(-max(-df, 0.0) * 500.0) * far;
    vec3 glow = land_pal_glow() * land_breath();
    vec3 col = land_pal_dark() * 0.8 * cov + glow * (0.55 * rim)
             + mix(land_pal_dark(), land_pal_air(), 0.3) * far + glow * (0.25 * far_rim);
    f_color = vec4(col, cov + far) * land_opacity();
}
#endif
