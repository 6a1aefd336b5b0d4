// Helpers for any program, in either stage: luminance and the buffer's aspect ratio.
#include "lib/header.glsl"

// Relative luminance of a linear RGB colour (Rec. 709 weights).
float luma(vec3 c) { return dot(c, vec3(0.2126, 0.7152, 0.0722)); }

// The buffer's height in pixels, at least 1: an aspect ratio never divides by zero.
float buffer_height() { return max(u_resolution.y, 1.0); }

// The buffer's width over its height.
float aspect() { return u_resolution.x / buffer_height(); }

// Aspect-correct coordinates of a uv: x in 0..aspect, y in 0..1 (bottom to top). Computed as
// uv.x * width / height, not uv.x * aspect(): hashed coordinates turn a rounding difference
// into a different picture.
vec2 aspect_coords(vec2 uv) { return vec2(uv.x * u_resolution.x / buffer_height(), uv.y); }
