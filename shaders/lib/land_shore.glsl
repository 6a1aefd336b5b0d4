// The far shore (both stages; needs lib/header.glsl). A ground layer (one that stands on the
// land: `ground = true` in assets/visuals) moves back when open water (a `surface` layer:
// lake, sea) lies in front: its picture shrinks about the middle of the screen and its ground
// line (land y = 0) rises to the water's horizon, so the forest or the city stands on the far
// shore instead of drowning under the water; what lies below its ground line is clipped away
// (lib/land_vertex.glsl writes gl_ClipDistance[0], enabled for ground layers). u_shore.y is 1
// on the far shore and 0 where the land always stands: while the water fades, the compositor
// draws a ground layer both ways and dissolves between them (compositor.placements); other
// layers get 0.

//
// A creature of the water (`swims = true`) drawn over open water is seen in it instead: u_shore.y
// is -1, and the band of its picture that it fills (SWIM_BAND: y0, y1 in the picture; a layer
// defines its own first) fills the water from just under the horizon u_shore.x to near the
// bottom of the frame, at its own size or smaller; what would rise above the water line is
// clipped away (lib/land_vertex.glsl).

#include "lib/camera.glsl"

const float LAND_FAR_SCALE = 0.5;  // the picture's size on a far shore (covers x -0.5..1.5)
const float SWIM_GAP = 0.02;  // how far under the horizon a creature's band ends
const float SWIM_FLOOR = 0.03;  // and how far over the frame's bottom it begins
#ifndef SWIM_BAND
#define SWIM_BAND vec2(0.0, 1.0)
#endif

// Whether the picture is seen in open water (u_shore.y -1).
bool land_in_water() { return u_shore.y < 0.0; }

// The picture's scale: 1, LAND_FAR_SCALE on a far shore, or in the water its band's fit.
float land_shore_scale() {
    if (!land_in_water()) return mix(1.0, LAND_FAR_SCALE, u_shore.y);
    vec2 band = SWIM_BAND;
    return min((u_shore.x - SWIM_GAP - SWIM_FLOOR) / (band.y - band.x), 1.0);
}

// How far the scaled picture is raised (lowered, in the water).
float land_shore_lift() {
    if (!land_in_water()) return u_shore.x * u_shore.y;
    return u_shore.x - SWIM_GAP - SWIM_BAND.y * land_shore_scale();
}

// The picture's uv (where the layer computes its shapes) -> the buffer's uv, through the far
// shore or the water and then the camera (lib/camera.glsl: the layer's depth, u_depth).
vec2 land_to_screen(vec2 p) {
    float s = land_shore_scale();
    return camera_to_screen(vec2(0.5 + (p.x - 0.5) * s, p.y * s + land_shore_lift()), u_depth);
}

// The buffer's uv -> the picture's uv.
vec2 land_from_screen(vec2 q) {
    float s = land_shore_scale();
    q = camera_from_screen(q, u_depth);
    return vec2(0.5 + (q.x - 0.5) / s, (q.y - land_shore_lift()) / s);
}

// How far the picture's point p lies inside what is kept of it: over its ground line, or in
// the water under the horizon (for gl_ClipDistance).
float land_kept(vec2 p) {
    if (land_in_water()) return u_shore.x - 0.5 * SWIM_GAP - (p.y * land_shore_scale() + land_shore_lift());
    return p.y + 0.01;
}

// The buffer's pixels per unit of the picture's height (its edges stay a pixel soft).
float land_height_px() { return u_resolution.y * land_shore_scale() * camera_scale(u_depth); }
