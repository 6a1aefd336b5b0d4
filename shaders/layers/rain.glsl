#version 330 core
// Rain: thin slanted streaks on two depths of grid columns (own cell only), soft and dim.
// u_params: x fall speed, y slant, z density 0..1, w brightness.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_VERTEX_HOOK rain_vertex
#include "lib/sky_fullscreen.glsl"
flat out vec4 v_fall;    // per depth (near, far): time x fall speed, column hash seed
flat out vec3 v_step;    // per depth: pixels per cell width; the density's threshold
flat out vec3 v_col;     // streak colour at full strength

void rain_vertex() {
    float speed = u_params.x > 0.0 ? u_params.x : 1.0;
    float dens = u_params.z > 0.0 ? u_params.z : 0.5;
    v_fall = vec4(u_time * (2.2 * speed), u_time * (1.5 * speed), v_rand.xy * 50.0);
    v_step = vec3(u_resolution.y / 90.0, u_resolution.y / 160.0, 1.0 - dens);
    vec3 ref = vec3(0.8, 0.88, 1.0);
    v_col = mix(v_pal[3], ref / dot(ref, vec3(0.2126, 0.7152, 0.0722)), 0.6) * 0.12
          * (u_params.w > 0.0 ? u_params.w : 1.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
flat in vec4 v_fall;
flat in vec3 v_step;
flat in vec3 v_col;
out vec4 f_color;

// One depth of streaks: cols x rows cells per unit, `fall` = time x speed, px = pixels per
// cell width.
float streaks(vec2 p, float cols, float rows, float fall, float seed, float px) {
    vec2 g = vec2(p.x * cols, p.y * rows);
    float ch = hash11(floor(g.x) + seed);
    g.y += fall * (0.8 + 0.4 * ch) + ch * 31.0;
    vec2 h = hash22(floor(g) + seed);
    vec2 f = fract(g);
    float e = step(v_step.z, h.y);
    float x = abs(f.x - 0.2 - 0.6 * h.x) * px;   // pixels
    float len = 0.2 + 0.25 * h.y;
    float y = (f.y - 0.5) / len;                  // -1..1 along the streak
    float a = clamp(1.0 - abs(y), 0.0, 1.0);
    float b = clamp(0.5 - 0.5 * y, 0.0, 1.0);
    float along = a * a * (3.0 - 2.0 * a) * (0.6 + 0.4 * (b * b * (3.0 - 2.0 * b)));
    return sky_bell(x * x * 1.5) * along * e;
}

void main() {
    vec2 p = sky_coords(v_uv);
    float slant = u_params.y;
    p.x += p.y * slant;
    float s = streaks(p, 90.0, 3.0, v_fall.x, v_fall.z, v_step.x);
    s += 0.5 * streaks(p + 0.53, 160.0, 5.0, v_fall.y, v_fall.w, v_step.y);
    f_color = vec4(v_col * s, s * 0.12) * u_intensity;
}
#endif
