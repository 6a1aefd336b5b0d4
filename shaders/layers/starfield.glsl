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
    vec3 col = sky_star_dots(p, 80.0, 0.25 * dens, 0.8, sky_seed2().x);
    col += sky_star_bright(p + 3.1, 28.0, 0.3 * dens, 1.1, sky_seed2().y, tw, 0.0);
    col += sky_star_bright(p + 7.7, 8.0, 0.25 * dens, 1.4, 5.0, tw * 0.6, u_params.z);
    col *= 0.5 + 0.5 * smoothstep(0.0, 0.45, p.y);
    f_color = vec4(col * u_intensity, 0.0);
}
#endif
