#version 330 core
// Storm clouds rolling overhead with a soft lightning glow inside them now and then (at
// most one every ~9 s, a smooth swell, never a strobe); with no flash and light shading,
// plain drifting clouds. u_params: x coverage 0..1, y flash 0..1, z darkness 0..1, w drift.
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
    float drift = u_params.w > 0.0 ? u_params.w : 1.0;
    vec2 q = vec2(p.x * 1.4 + u_time * 0.012 * drift, p.y * 2.6) + sky_seed2();
    q += 0.25 * vec2(sin(q.y * 1.7 + u_time * 0.02), cos(q.x * 1.3));
    float n = fbm(q, 3);
    float cov = u_params.x > 0.0 ? u_params.x : 0.6;
    float hgt = smoothstep(0.25, 0.85, p.y);
    float d = smoothstep(0.62 - 0.35 * cov, 0.9 - 0.35 * cov, n + 0.3 * hgt - 0.1);
    float dark = clamp(u_params.z, 0.0, 1.0);
    float thin = 1.0 - d;
    vec3 lit = sky_pal_toward(3, vec3(0.9, 0.9, 1.0), 0.5, mix(0.12, 0.02, dark));
    vec3 shade = sky_pal_toward(0, vec3(0.6, 0.62, 0.7), 0.5, mix(0.03, 0.006, dark));
    vec3 col = mix(lit, shade, smoothstep(0.2, 1.0, d) * (0.6 + 0.4 * (1.0 - hgt)));
    col += lit * thin * d * 1.5;                          // bright thin edges
    // lightning: a smooth swell inside the clouds
    float k = floor(u_time / 9.0);
    float ph = fract(u_time / 9.0);
    float on = step(0.4, hash11(k + v_rand.x * 91.0));
    float x = clamp((ph - 0.35) / 0.16, 0.0, 1.0);
    float env = sin(x * 3.14159) * sin(x * 3.14159) * on * u_params.y;
    vec2 fp = vec2(asp * (0.15 + 0.7 * hash11(k * 1.7 + 3.0)), 0.62 + 0.2 * hash11(k + 9.0));
    float fl = env * exp(-length(p - fp) * 3.5);
    col += sky_pal_toward(2, vec3(0.8, 0.85, 1.0), 0.6, 0.9) * fl * (0.25 + d);
    float a = d * mix(0.7, 0.9, dark);
    f_color = vec4(col * d, a) * u_intensity;
}
#endif
