#version 330 core
// Starfield: cell-based twinkling stars in three depths; the brightest have soft cross
// glints. u_params: x density 0..1, y twinkle 0..1, z glint 0..1, w unused.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
#include "lib/sky_stars.glsl"
out vec4 f_color;

void main() {
    vec2 p = sky_coords(v_uv) + vec2(u_time * 0.002, 0.0);
    float dens = u_params.x > 0.0 ? u_params.x : 0.6;
    float tw = u_params.y;
    vec3 col = sky_star_cells(p, 75.0, 0.3 * dens, 0.9, sky_seed2().x, tw, 0.0);
    col += sky_star_cells(p + 3.1, 30.0, 0.35 * dens, 1.2, sky_seed2().y, tw, 0.0);
    col += sky_star_cells(p + 7.7, 9.0, 0.25 * dens, 1.5, 5.0, tw * 0.6, u_params.z);
    col *= 0.5 + 0.5 * smoothstep(0.0, 0.45, p.y);
    f_color = vec4(col * u_intensity, 0.0);
}
#endif
