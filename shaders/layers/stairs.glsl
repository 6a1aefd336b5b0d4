#version 330 core
// Floating stairs rising through the air, each slab bobbing gently (midground).
#define LAND_KIND 1
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_SPRITE stairs_slab
#include "lib/land_vertex.glsl"
// One box per slab (`sprites = 12` in assets/visuals; lib/land_architecture.glsl): each pixel
// shows only the slab of its 0.09 wide cell, so the box is the slab's reach (0.041 across, its
// underside 0.035 below its centre, its light line's glow 0.013 + 0.033 above: under 2e-4 of
// the glow beyond) plus the soft edge and 2 pixels, cut to its cell; outside, nothing shows.
vec2 stairs_slab(int sprite, vec2 corner) {
    float asp = aspect();
    float m = 3.2 / land_height_px();
    float si = float(sprite);
    float x = asp * 0.5 - 0.5;                      // the cells' left end
    float sx = x + (si + 0.5) * 0.09;
    float sy = 0.12 + si * 0.055 + 0.01 * sin(u_time * 0.3 + si * 0.9);
    vec2 xs = vec2(sx - 0.041 - m, sx + 0.041 + m);
    if (sprite > 0) xs.x = max(xs.x, x + si * 0.09);
    if (sprite < 11) xs.y = min(xs.y, x + (si + 1.0) * 0.09);
    vec4 box = vec4(xs.x, sy - 0.035 - m, xs.y, sy + 0.046 + m);
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_architecture.glsl"
#endif
