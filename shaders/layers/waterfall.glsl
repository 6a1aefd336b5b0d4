#version 330 core
// A waterfall: a veil of falling water streaks with a bright lip, and spray mist rising
// from the plunge pool. u_params: x centre (0..1, 0 = from the seed), y width, z fall
// speed, w top height.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_RECT waterfall_rect
#include "lib/sky_fullscreen.glsl"

// veil and spray stay within |x| < 3.25 (spray 0 from |x| * 0.8 >= 2.6), x in half-widths,
// which are widest on the bottom row
vec4 waterfall_rect() {
    float asp = aspect();
    float cx = asp * (u_params.x > 0.0 ? u_params.x : 0.4 + 0.2 * v_rand.z);
    float top = u_params.w > 0.0 ? u_params.w : 0.82;
    float hw = (u_params.y > 0.0 ? u_params.y : 0.09) * (1.0 + 0.35 * top);
    float reach = 3.25 * hw + 2.0 / u_resolution.y;
    return vec4(cx - reach, 0.0, cx + reach, 1.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float cx = asp * (u_params.x > 0.0 ? u_params.x : 0.4 + 0.2 * v_rand.z);
    float top = u_params.w > 0.0 ? u_params.w : 0.82;
    float hw = (u_params.y > 0.0 ? u_params.y : 0.09) * (1.0 + 0.35 * (top - p.y));
    float x = (p.x - cx) / hw;                            // -1..1 across the fall
    float speed = u_params.z > 0.0 ? u_params.z : 1.0;
    float fall = u_time * 0.5 * speed;
    float n1 = vnoise(vec2(x * 9.0, p.y * 1.2 + fall) + sky_seed2());
    float n2 = vnoise(vec2(x * 3.0 + 5.0, p.y * 3.0 + fall * 1.4 - 0.6 * (top - p.y)));
    float veil = smoothstep(1.0, 0.75 - 0.15 * n2, abs(x)) * smoothstep(top + 0.005, top - 0.01, p.y);
    float streak = smoothstep(0.25, 0.95, n1 * 0.7 + n2 * 0.5);
    float lt = max(top - p.y, 0.0) * 40.0;
    float lip = veil / (1.0 + lt * lt);
    vec3 water = sky_pal_toward(2, vec3(0.7, 0.85, 1.0), 0.5, 0.05);
    vec3 foam = sky_pal_toward(3, vec3(0.9, 0.95, 1.0), 0.6, 0.5);
    vec3 col = water * veil + foam * (streak * 0.35 * veil + lip * 0.5);
    // spray at the foot
    float foot = 0.12;
    float st = max(p.y - foot, 0.0) * 9.0;
    float spray = smoothstep(2.6, 0.5, abs(x) * (0.8 + 0.4 * n2)) / (1.0 + st + st * st * 0.5)
        * smoothstep(-0.15, foot, p.y);
    spray *= 0.55 + 0.45 * n2;
    col += foam * spray * 0.3;
    float alpha = max(veil * (0.75 + 0.2 * streak), spray * 0.5);
    f_color = vec4(col, alpha) * u_intensity;
}
#endif
