#version 330 core
// Rain: thin slanted streaks on two depths of grid columns (own cell only), soft and dim.
// u_params: x fall speed, y slant, z density 0..1, w brightness.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

float streaks(vec2 p, float cols, float rows, float speed, float seed, float dens) {
    vec2 g = vec2(p.x * cols, p.y * rows);
    float ch = hash11(floor(g.x) + seed);
    g.y += u_time * speed * (0.8 + 0.4 * ch) + ch * 31.0;
    vec2 h = hash22(floor(g) + seed);
    vec2 f = fract(g);
    float e = step(1.0 - dens, h.y);
    float x = abs(f.x - 0.2 - 0.6 * h.x) * (u_resolution.y / cols);   // pixels
    float len = 0.2 + 0.25 * h.y;
    float y = f.y - 0.5;
    float along = smoothstep(len, 0.0, abs(y)) * (0.6 + 0.4 * smoothstep(len, -len, y));
    return sky_bell(x * x * 1.5) * along * e;
}

void main() {
    vec2 p = sky_coords(v_uv);
    float slant = u_params.y;
    p.x += p.y * slant;
    float speed = u_params.x > 0.0 ? u_params.x : 1.0;
    float dens = u_params.z > 0.0 ? u_params.z : 0.5;
    float s = streaks(p, 90.0, 3.0, 2.2 * speed, v_rand.x * 50.0, dens);
    s += 0.5 * streaks(p + 0.53, 160.0, 5.0, 1.5 * speed, v_rand.y * 50.0, dens);
    vec3 col = sky_pal_toward(3, vec3(0.8, 0.88, 1.0), 0.6, 0.12) * s
        * (u_params.w > 0.0 ? u_params.w : 1.0);
    f_color = vec4(col, s * 0.12) * u_intensity;
}
#endif
