// Geometry for a layer's draw (vertex stage, no vertex buffer: gl_VertexID alone). A layer is
// drawn with 6 vertices (or 6 per sprite): a full-screen triangle plus an empty one, or two
// triangles covering exactly a box, so llvmpipe shades only the pixels a layer can paint.

// The corners of a quad, -1..1 each way, as two triangles.
const vec2 QUAD_CORNERS[6] = vec2[](vec2(-1.0, -1.0), vec2(1.0, -1.0), vec2(1.0, 1.0),
                                    vec2(-1.0, -1.0), vec2(1.0, 1.0), vec2(-1.0, 1.0));

// Vertex `id` (0..5) in uv units: the whole screen (one big triangle, then an empty one).
vec2 quad_fullscreen(int id) {
    return id < 3 ? vec2(float((id << 1) & 2), float(id & 2)) : vec2(-1.0);
}

// A corner (-1..1 each way) of the box (x0, y0, x1, y1 in uv units) clipped to the screen.
vec2 quad_box_corner(vec4 box, vec2 corner) {
    vec2 lo = clamp(box.xy, 0.0, 1.0);
    vec2 hi = max(clamp(box.zw, 0.0, 1.0), lo);
    return mix(lo, hi, corner * 0.5 + 0.5);
}

// Vertex `id` (0..5) in uv units: the box (x0, y0, x1, y1 in uv units) clipped to the screen.
vec2 quad_box(vec4 box, int id) {
    return quad_box_corner(box, QUAD_CORNERS[id % 6]);
}

// A corner (-1..1 each way) of one triangle covering the whole width below y (uv units); the
// quad's second triangle is left empty. For a band across the screen this beats a box: llvmpipe
// shades the 4x4 pixel blocks along a box's diagonal once for each of its two triangles.
vec2 quad_below(float y, vec2 corner) {
    corner.y = corner.x < 0.0 ? -1.0 : corner.y;
    return corner.y > 0.0 ? vec2(0.5, y - 3.0) : vec2(corner.x * 1.5 + 0.5, y);
}
