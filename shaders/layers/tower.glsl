#version 330 core
// A tall slender tower with lit windows and a glowing crown (midground), standing alone or
// over a city (the city motif draws the skyline).
#define LAND_KIND 1
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK city_vertex
#define LAND_SPRITE tower_boxes
#include "lib/land_vertex.glsl"
#include "lib/noise.glsl"
#include "lib/land_city.glsl"
#include "lib/land_city_vertex.glsl"
// Two sprites (`sprites = 2` in assets/visuals): the tower's shaft from the bottom of the
// screen and the box of its crown's glow (exp(-60 r) under 2e-4 beyond 0.145), meeting on the
// 4x4 pixel blocks llvmpipe shades. It has no skyline of its own: a city motif draws that.
vec2 tower_boxes(int sprite, vec2 corner) {
    float px = land_height_px();                    // land units to pixels, both ways
    float x = v_city_at.y;                          // the tower's axis
    float glow = floor((0.96 - 0.145) * px * 0.25) * 4.0 / px;
    // the shaft's widest half width (lib/land_city.glsl), its soft edge and 2 pixels
    float hw = 0.05 + v_city.y + 2.0 / px;
    vec4 box = sprite == 0 ? vec4(x - hw, -0.01, x + hw, glow)
                           : vec4(x - 0.145, glow, x + 0.145, 1.0);
    return quad_box_corner(box / vec4(v_city.x, 1.0, v_city.x, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_city.glsl"
#endif
