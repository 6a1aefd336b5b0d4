#version 330 core
// Ruins: broken columns and a fallen lintel (midground).
#define LAND_KIND 2
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_SPRITE ruins_boxes
#include "lib/land_vertex.glsl"
#include "lib/noise.glsl"
// Seven sprites (`sprites = 7` in assets/visuals; lib/land_architecture.glsl): 0 the ground
// (one triangle over the whole width), 1 the lintel across the cells of the two columns it rests
// on, 2..6 the columns (ci -2..2) above: each pixel shows only the column of its 0.23 wide
// cell, so a column's box is cut to its cell. Each reaches its shapes plus the soft edge and 2
// pixels; outside, nothing shows. Shared edges lie on the 4x4 pixel blocks llvmpipe shades.
vec2 ruins_boxes(int sprite, vec2 corner) {
    float asp = aspect();
    float px = land_height_px();
    float m = 3.2 / px;
    float cx = asp * 0.5;
    float ground = ceil((0.09 + m) * px * 0.25) * 4.0 / px;    // the ground's ripple
    if (sprite == 0) {
        return quad_below(ground, corner);
    }
    float lintel = ceil((0.18 + m) * px * 0.25) * 4.0 / px;    // the lintel's top end
    vec4 box;
    if (sprite == 1) {
        box = vec4(cx - 0.115, ground, cx + 0.345, lintel);
    } else {
        float ci = float(sprite - 4);
        // lib/land_architecture.glsl: rh, the column's broken top (tilted, rippled)
        float rh = hash11(ci * 3.3 + hash11(u_seed * 1.731 + 17.17) * 10.0);
        float top = 0.12 + 0.4 * rh + 0.02 + 0.014 * abs(rh - 0.5) + m;
        float bottom = ci == 0.0 || ci == 1.0 ? lintel : ground;
        float x0 = cx + ci * 0.23;
        box = vec4(max(x0 - 0.045 - m, x0 - 0.115), bottom, min(x0 + 0.045 + m, x0 + 0.115),
                   max(top, bottom));
    }
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_architecture.glsl"
#endif
