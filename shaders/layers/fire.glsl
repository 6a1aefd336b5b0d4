#version 330 core
// Fire: flame tongues licking upwards from the bottom of the frame (3 octaves), deep red
// to a pale core, the palette's warm colour mixed in. u_params: x flame height, y
// brightness, z width (0..1 of the frame), w speed.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_RECT fire_rect
#include "lib/sky_fullscreen.glsl"

// the flames and their ground light stay within |x| < wid of the centre (span is 0 beyond)
vec4 fire_rect() {
    float asp = aspect();
    float wid = (u_params.z > 0.0 ? u_params.z : 0.6) * asp * 0.5 + 2.0 / u_resolution.y;
    return vec4(asp * 0.5 - wid, 0.0, asp * 0.5 + wid, 1.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float t = u_time * (u_params.w > 0.0 ? u_params.w : 1.0);
    float H = u_params.x > 0.0 ? u_params.x : 0.35;
    float wid = (u_params.z > 0.0 ? u_params.z : 0.6) * asp * 0.5;
    float x = p.x - asp * 0.5;
    vec2 q = vec2(p.x * 7.0, p.y * 1.6 - t * 0.45);
    q.x += 0.5 * p.y * sky_wave(p.y * 0.5 - t * 0.08 + p.x * 0.3);
    float n = fbm(q + sky_seed2(), 3);
    float span = smoothstep(wid, wid * 0.4, abs(x));
    float h = H * (0.5 + 0.5 * span) * (0.8 + 0.25 * sky_wave(p.x * 0.9 + t * 0.02));
    float y = p.y / h;                                    // 0 at the base, 1 at the tips
    float heat = (1.0 - y) * 1.15 + (n - 0.5) * 2.6 * (0.3 + y);
    heat = clamp(heat, 0.0, 1.0) * span;
    float flame = smoothstep(0.08, 0.4, heat);
    vec3 ember = sky_pal_toward(1, vec3(0.8, 0.12, 0.03), 0.9, 0.05);
    vec3 orange = sky_pal_toward(3, vec3(1.0, 0.38, 0.06), 0.92, 0.2);
    vec3 core = vec3(1.0, 0.62, 0.28) * 0.55;
    vec3 col = mix(ember, orange, smoothstep(0.2, 0.6, heat));
    col = mix(col, core, smoothstep(0.7, 1.0, heat));
    col *= flame * (u_params.y > 0.0 ? u_params.y : 1.0) * sky_breath(0.1);
    float gy = p.y * 5.0;
    col += orange * 0.05 * span * sky_bell(gy * gy);        // warm light on the ground
    f_color = vec4(col, flame * 0.7) * u_intensity;
}
#endif
