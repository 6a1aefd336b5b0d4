#version 330 core
// Fire: flame tongues licking upwards from the bottom of the frame (3 octaves), deep red
// to a pale core, the palette's warm colour mixed in. u_params: x flame height, y
// brightness, z width (0..1 of the frame), w speed.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

void main() {
    vec2 p = sky_coords(v_uv);
    float asp = sky_aspect();
    float t = u_time * (u_params.w > 0.0 ? u_params.w : 1.0);
    float H = u_params.x > 0.0 ? u_params.x : 0.35;
    float wid = (u_params.z > 0.0 ? u_params.z : 0.6) * asp * 0.5;
    float cx = asp * 0.5;
    vec2 q = vec2(p.x * 4.0, p.y * 3.0 - t * 0.45);
    q.x += 0.25 * sin(p.y * 5.0 - t * 0.6 + p.x * 2.0);
    float n = fbm(q + sky_seed2(), 3);
    float span = smoothstep(wid, wid * 0.55, abs(p.x - cx));
    float h = H * (0.65 + 0.35 * sin(p.x * 6.0 + t * 0.15) * sin(p.x * 2.3 - t * 0.11)) * span;
    float heat = clamp(1.0 - p.y / max(h, 1e-3) + (n - 0.5) * 1.4, 0.0, 1.0) * span;
    float flame = smoothstep(0.05, 0.45, heat);
    vec3 ember = sky_pal_toward(1, vec3(0.8, 0.12, 0.03), 0.7, 0.08);
    vec3 orange = sky_pal_toward(3, vec3(1.0, 0.45, 0.1), 0.6, 0.45);
    vec3 core = vec3(1.0, 0.85, 0.6) * 1.4;
    vec3 col = mix(ember, orange, smoothstep(0.2, 0.6, heat));
    col = mix(col, core, smoothstep(0.65, 1.0, heat));
    col *= flame * (u_params.y > 0.0 ? u_params.y : 1.0) * sky_breath(0.1);
    col += orange * 0.08 * exp(-p.y * 4.0) * span;       // glow on the ground
    f_color = vec4(col, flame * 0.25) * u_intensity;
}
#endif
