#version 330 core
// An overhead canopy of leaves hanging from the top edge in clumps of their own sizes, light
// leaking through its gaps and catching the clumps' lower edges (foreground); it sways.
// u_params.x: how low the canopy hangs (0 default).
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(-1.0, 0.52 - u_params.x, asp + 1.0, 1.01)
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
// How far the clumps of a row of scallops `per` to a unit wide hang below the canopy's top at
// x: each clump a rounded lobe of its own depth between `low` and `high`.
float clumps(float x, float per, float low, float high, float k) {
    float at = x * per + k;
    float c = floor(at);
    float f = fract(at) * 2.0 - 1.0;
    return mix(low, high, hash11(c * 3.7 + k)) * sqrt(max(1.0 - f * f, 0.0));
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float px = land_px();
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    // the wind sways the lower leaves more than the top
    float x = p.x + lsin(u_time * 0.15 + p.y * 3.0) * 0.006 * (1.6 - p.y);
    // two overlapping rows of hanging clumps, then the leaves' ragged edge
    float hang = max(clumps(x, 4.3, 0.07, 0.2, 0.0), clumps(x, 7.9, 0.04, 0.12, 0.37));
    float leaves = vnoise(p * vec2(70.0, 80.0));
    float d = 0.86 - u_params.x - hang - p.y + 0.03 * (leaves - 0.5);
    float cov = land_fill(d, px * 1.5);
    float rim = exp(-max(-d, 0.0) * 90.0) * cov;
    float holes = smoothstep(0.55, 0.75, vnoise(p * vec2(9.0, 14.0))) * smoothstep(0.0, 0.1, -d);
    cov *= 1.0 - 0.85 * holes;
    // the clumps' lower edges catch the light
    vec3 col = dark * cov + glow * (0.45 * rim + 0.08 * holes * cov);
    f_color = vec4(col, cov) * land_opacity();
}
#endif
