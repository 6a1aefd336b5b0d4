// The far shore (both stages; needs lib/header.glsl). A ground layer (one that stands on the
// land: `ground = true` in assets/visuals) moves back when open water (a `surface` layer:
// lake, sea) lies in front: its picture shrinks about the middle of the screen and its ground
// line (land y = 0) rises to the water's horizon, so the forest or the city stands on the far
// shore instead of drowning under the water; what lies below its ground line is clipped away
// (lib/land_vertex.glsl writes gl_ClipDistance[0], enabled for ground layers). u_shore.y is 1
// on the far shore and 0 where the land always stands: while the water fades, the compositor
// draws a ground layer both ways and dissolves between them (compositor.placements); other
// layers get 0.

#include "lib/camera.glsl"

const float LAND_FAR_SCALE = 0.5;  // the picture's size on a far shore (covers x -0.5..1.5)

// The picture's scale: 1, or LAND_FAR_SCALE on a far shore.
float land_shore_scale() { return mix(1.0, LAND_FAR_SCALE, u_shore.y); }

// The picture's uv (where the layer computes its shapes) -> the buffer's uv, through the far
// shore and then the camera (lib/camera.glsl: the layer's depth, u_depth).
vec2 land_to_screen(vec2 p) {
    float s = land_shore_scale();
    return camera_to_screen(vec2(0.5 + (p.x - 0.5) * s, p.y * s + u_shore.x * u_shore.y), u_depth);
}

// The buffer's uv -> the picture's uv.
vec2 land_from_screen(vec2 q) {
    float s = land_shore_scale();
    q = camera_from_screen(q, u_depth);
    return vec2(0.5 + (q.x - 0.5) / s, (q.y - u_shore.x * u_shore.y) / s);
}

// The buffer's pixels per unit of the picture's height (its edges stay a pixel soft).
float land_height_px() { return u_resolution.y * land_shore_scale() * camera_scale(u_depth); }
