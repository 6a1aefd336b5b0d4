#version 330 core
// Light from above: soft god rays fanning from a source beyond the top edge, or (x = 1)
// threads of light: thin, glowing, slowly waving filaments. u_params: x mode (0 shafts,
// 1 threads), y brightness, z source x (0..1, 0 = from the seed), w ray count scale.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float sx = asp * (u_params.z > 0.0 ? u_params.z : 0.25 + 0.5 * v_rand.z);
    vec2 src = vec2(sx, 1.35);
    float dy = src.y - p.y;
    float fan = (p.x - sx) / dy;                          // tangent of the ray angle
    float cnt = u_params.w > 0.0 ? u_params.w : 1.0;
    float t = u_time * 0.03;
    float wav = u_params.x * 0.25 * sky_wave(p.y * 0.6 + t * 0.5 + fan * 0.3);
    float n1 = vnoise(vec2((fan + wav) * 5.0 * cnt + v_rand.x * 30.0, t + p.y * 0.6 * u_params.x));
    float n2 = vnoise(vec2((fan + wav) * 13.0 * cnt - v_rand.y * 20.0, t * 1.3 + 4.0 + p.y * 0.9 * u_params.x));
    float n = n1 * 0.65 + n2 * 0.35;
    float fall = exp(-dy * 1.1) * smoothstep(1.8, 0.2, abs(fan));
    vec3 warm = sky_pal_toward(3, vec3(1.0, 0.9, 0.7), 0.35, 1.0);
    // shafts: soft bands
    float shafts = (smoothstep(0.3, 0.9, n) * 0.8 + 0.2 * n) * fall * 0.18;
    // threads: iso-lines of the same field, a couple of pixels wide with a faint glow
    float iso = abs(fract(n * 3.0) - 0.5);
    float px = fwidth(n * 3.0) + 1e-4;
    float ip = iso / px;
    float thread = (smoothstep(1.3, 0.0, ip) + 0.3 / (1.0 + ip * 0.4 + ip * ip * 0.02))
        * smoothstep(0.25, 0.65, n) * fall * 0.45;
    float m = clamp(u_params.x, 0.0, 1.0);
    vec3 col = warm * mix(shafts, thread, m) * (u_params.y > 0.0 ? u_params.y : 1.0);
    col *= sky_breath(0.1);
    f_color = vec4(col * u_intensity, 0.0);
}
#endif
