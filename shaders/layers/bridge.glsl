#version 330 core
// An arched bridge across the water line with lamps along the deck (midground).
#define LAND_KIND 2
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK city_vertex
#define LAND_SPRITE bridge_boxes
#include "lib/land_vertex.glsl"
#include "lib/land_city_vertex.glsl"
// The bridge's pixels (lib/land_city.glsl) as BRIDGE_SLICES + 2 boxes (`sprites` in
// assets/visuals): slices side by side across the span, each from just under the arch (the
// lowest point of the arch in the slice) up to the lamps' glow, and under the two outermost
// slices the two piers down to the water. The boxes do not overlap.
#define BRIDGE_SLICES 14
vec2 bridge_boxes(int sprite, vec2 corner) {
    float asp = aspect();
    float span = asp * 0.42;                   // the deck's half length
    float m = 3.0 / u_resolution.y;            // soft edges and a pixel to spare
    float reach = span + 0.012 + m;            // the piers' outer sides
    float width = 2.0 * reach / float(BRIDGE_SLICES);
    // the arch's lowest point in the outermost slice, less its half thickness (lib/land_city)
    float low = 0.12 - 0.006 - m;
    vec4 box;
    if (sprite < BRIDGE_SLICES) {
        float x0 = -reach + width * float(sprite);
        float outer = min(max(abs(x0), abs(x0 + width)), span) / span;
        float bottom = sprite == 0 || sprite == BRIDGE_SLICES - 1
                     ? low : 0.12 + 0.17 * (1.0 - outer * outer) - 0.006 - m;
        box = vec4(x0, bottom, x0 + width, 0.36);
    } else {
        float side = sprite == BRIDGE_SLICES ? -1.0 : 1.0;
        box = vec4(side * span - 0.012 - m, -0.01, side * span + 0.012 + m, low);
    }
    box.xz += asp * 0.5;
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_city.glsl"
#endif
