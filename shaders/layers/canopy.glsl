#version 330 core
// An overhead leaf canopy hanging from the top edge, light leaking through gaps (foreground).
// u_params.x: how low the canopy hangs (0 default).
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(-1.0, 0.52 - u_params.x, asp + 1.0, 1.01)
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
void main() {
    vec2 p = aspect_coords(v_uv);
    float px = land_px();
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    // overhead canopy hanging from the top edge, with gaps letting light through
    float x = p.x + lsin(u_time * 0.15 + p.y * 3.0) * 0.006;
    float n = vnoise(vec2(x * 7.0, 3.0));
    float clump = pow(1.0 - abs(fract(x * 5.0 + n) - 0.5) * 2.0, 2.0);
    float edge = 0.78 - u_params.x + 0.06 * n - 0.13 * clump - 0.02 * lsin(x * 61.0) * lsin(x * 23.0);
    // leaf serrations along the edge
    float leaf = 0.012 * abs(lsin(x * 140.0 + p.y * 30.0));
    float d = edge - leaf - p.y;
    float cov = land_fill(d, px * 1.5);
    float rim = exp(-max(-d, 0.0) * 90.0) * cov;
    float holes = smoothstep(0.55, 0.75, vnoise(p * vec2(9.0, 14.0))) * smoothstep(0.0, 0.1, -d);
    cov *= 1.0 - 0.85 * holes;
    vec3 col = dark * cov + glow * (0.45 * rim + 0.08 * holes * cov);
    f_color = vec4(col, cov) * land_opacity();
}
#endif
