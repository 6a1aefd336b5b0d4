#version 330 core
// A tall slender tower with lit windows and a glowing crown (midground).
#define LAND_KIND 1
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK city_vertex
#define LAND_SPRITE tower_boxes
#include "lib/land_vertex.glsl"
#include "lib/noise.glsl"
#include "lib/land_city.glsl"
#include "lib/land_city_vertex.glsl"
// Three sprites (`sprites = 3` in assets/visuals): the skyline band below CITY_TOP (one
// triangle), the tower's shaft above it and the box of its crown's glow (exp(-60 r) under
// 2e-4 beyond 0.145), meeting on the 4x4 pixel blocks llvmpipe shades.
vec2 tower_boxes(int sprite, vec2 corner) {
    float px = u_resolution.y;                      // land units to pixels, both ways
    float band = ceil(CITY_TOP * px * 0.25) * 4.0 / px;
    if (sprite == 0) return quad_below(band, corner);
    float x = v_city_at.y;                          // the tower's axis
    float glow = floor((0.96 - 0.145) * px * 0.25) * 4.0 / px;
    // the shaft's half width at the band (lib/land_city.glsl), its soft edge and 2 pixels
    float ts = clamp((band - 0.88) * (1.0 / (0.2 - 0.88)), 0.0, 1.0);
    float hw = 0.03 + 0.02 * (ts * ts * (3.0 - 2.0 * ts)) + v_city.y + 2.0 / px;
    vec4 box = sprite == 1 ? vec4(x - hw, band, x + hw, glow)
                           : vec4(x - 0.145, glow, x + 0.145, 1.0);
    return quad_box_corner(box / vec4(v_city.x, 1.0, v_city.x, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_city.glsl"
#endif
