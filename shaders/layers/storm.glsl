#version 330 core
// Storm clouds rolling overhead with a soft lightning glow inside them now and then (at
// most one every ~9 s, a smooth swell, never a strobe); with no flash and light shading,
// plain drifting clouds. u_params: x coverage 0..1, y flash 0..1, z darkness 0..1, w drift.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_VERTEX_HOOK storm_vertex
#include "lib/sky_fullscreen.glsl"
flat out vec4 v_flash;   // xy where the lightning glows, z its envelope 0..1

void storm_vertex() {
    float asp = aspect();
    float k = floor(u_time / 9.0);
    float x = clamp((fract(u_time / 9.0) - 0.35) / 0.16, 0.0, 1.0);
    float s = sin(x * 3.14159);
    float on = step(0.4, hash11(k + v_rand.x * 91.0));
    v_flash = vec4(asp * (0.15 + 0.7 * hash11(k * 1.7 + 3.0)), 0.62 + 0.2 * hash11(k + 9.0),
                   s * s * on * u_params.y, 0.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
flat in vec4 v_flash;
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float drift = u_params.w > 0.0 ? u_params.w : 1.0;
    vec2 q = vec2(p.x * 1.5 + u_time * 0.012 * drift, p.y * 3.2) + sky_seed2();
    q.x += 0.3 * sky_wave(q.y * 0.3 + u_time * 0.003);
    float n = fbm(q, 3);
    float cov = u_params.x > 0.0 ? u_params.x : 0.6;
    float hgt = smoothstep(0.3, 0.9, p.y);
    float v = n + 0.35 * hgt - 0.12;
    float lo = 0.62 - 0.3 * cov;
    float d = smoothstep(lo, lo + 0.22, v);
    float thick = smoothstep(lo + 0.05, lo + 0.45, v);      // deep inside the cloud
    float dark = clamp(u_params.z, 0.0, 1.0);
    vec3 lit = sky_pal_toward(3, vec3(0.85, 0.88, 1.0), mix(0.5, 0.8, dark), mix(0.2, 0.035, dark));
    vec3 shade = sky_pal_toward(0, vec3(0.6, 0.62, 0.7), 0.5, mix(0.05, 0.004, dark));
    // light comes from above: tops and thin edges lit, bellies in shade
    // relief from the screen-space slope of the density: upper edges catch the light
    float relief = clamp(0.45 - dFdy(v) * u_resolution.y * 0.04 + dFdx(v) * u_resolution.y * 0.015,
                         0.0, 1.0);
    vec3 col = mix(shade, lit, relief * (1.0 - 0.5 * thick) + 0.3 * hgt * (1.0 - thick));
    col += lit * (d - thick) * 0.5;
    vec2 fd = p - v_flash.xy;
    float fl = v_flash.z / (1.0 + dot(fd, fd) * 14.0);
    col += sky_pal_toward(2, vec3(0.8, 0.85, 1.0), 0.6, 0.6) * fl * (0.15 + thick);
    f_color = vec4(col * d, d * mix(0.75, 0.92, dark)) * u_intensity;
}
#endif
